// argmap/whatif.hpp: hypothetical edits and what they would move, incremental re-evaluation,
// and the causes of the conclusions that changed between two revisions.
//
//   auto m = argmap::io::...;                        // [tram] attacked by [cost], [cost] by [grant]
//   std::vector<argmap::Edit> edits{argmap::Edit::retract("grant"),
//                                   argmap::Edit::attack("noise", "tram")};
//   argmap::WhatIf w = argmap::what_if(m, edits);    // grounded by default
//   for (const auto& c : w.changes)                  // tram: in -> out, cost: out -> in
//       std::cout << c.claim << ": " << argmap::to_string(*c.before) << " -> " << argmap::to_string(*c.after) << "\n";
//
//   argmap::EvaluationSpec spec;
//   spec.semantics = argmap::Semantics::preferred;
//   argmap::IncrementalEvaluator ev(m, spec);
//   for (const auto& e : stream) ev.apply(e);        // each edit re-solves only what it can reach
//
//   argmap::Causes why = argmap::causes(v1, v2);     // per changed conclusion: the edits that,
//                                                    // undone alone, restore its old status
//
// Edits are kept small and local on purpose (a revision/operation model lives elsewhere): an
// Edit names one operation on a map by claim and relation ids; apply(map, edit) performs it
// with the map's own validation, so every Edit has one meaning with or without an evaluator.
//
// Threads: what_if() and causes() only read their maps. An IncrementalEvaluator is a mutable
// object: one thread at a time per evaluator (different evaluators are independent).
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "argmap/extensions.hpp"
#include "argmap/gradual.hpp"
#include "argmap/model.hpp"

namespace argmap {

/// One structural operation on a map.
struct Edit {
    enum class Op {
        add_claim,            ///< `claim` is added
        remove_claim,         ///< `claim.id` is retracted, with every relation touching it
        update_claim,         ///< the claim with `claim.id` takes the fields of `claim`
        set_claim_weight,     ///< `claim.id` gets base weight `claim.weight`
        add_relation,         ///< `relation` is added (an empty id gets the map's next "r<N>")
        remove_relation,      ///< `relation.id` is removed, with its undercuts
        set_relation_weight,  ///< `relation.id` gets weight `relation.weight`
    };
    Op op = Op::remove_claim;
    Claim claim;
    Relation relation;

    static Edit add(Claim c);
    static Edit retract(std::string claim_id);
    static Edit update(Claim c);
    static Edit claim_weight(std::string claim_id, double weight);
    static Edit add(Relation r);
    static Edit attack(std::string from, std::string to, double weight = 1.0);
    static Edit support(std::string from, std::string to, double weight = 1.0);
    static Edit remove_relation(std::string relation_id);
    static Edit relation_weight(std::string relation_id, double weight);
};

/// "retract c", "add attack a -> b", "weight r3 := 0.4", ...
std::string describe(const Edit& edit);

/// Performs the edit on the map; throws ModelError as the map's own edits do.
void apply(ArgumentMap& map, const Edit& edit);

/// What a claim's status is measured by: an extension semantics (the default, grounded) or,
/// when `gradual` is set, a gradual semantics.
struct EvaluationSpec {
    Semantics semantics = Semantics::grounded;
    std::optional<GradualSemantics> gradual;
    ProjectionOptions projection;       ///< gradual semantics use only min_relation_weight
    GradualOptions gradual_options;
    Limits limits;
};

/// A claim's status under an EvaluationSpec.
struct EvaluatedStatus {
    Acceptance acceptance = Acceptance::rejected;  ///< extension semantics
    std::optional<Label> label;                    ///< grounded, ideal and eager
    double strength = 0;                           ///< gradual semantics
    friend bool operator==(const EvaluatedStatus&, const EvaluatedStatus&) = default;
};
/// Equal statuses: same acceptance and label, strengths within epsilon.
bool same_status(const EvaluatedStatus& a, const EvaluatedStatus& b, double epsilon);
/// "in", "credulous", "0.4375".
std::string to_string(const EvaluatedStatus& s, bool gradual);

struct StatusChange {
    std::string claim;
    std::optional<EvaluatedStatus> before, after;  ///< nullopt: the claim is not in the map then
};

/// Holds a map's projection and its evaluation, and keeps both current under a stream of
/// edits, recomputing only what an edit can reach:
///
/// - grounded: labels of the arguments downstream of the edit, with the labels upstream fixed
///   (grounded is decomposable);
/// - complete, preferred, ideal, admissible: directional (Baroni and Giacomin 2007), so nothing
///   upstream moves. Arguments that the new grounded labelling decides are settled at once
///   (every complete extension agrees with it); the undecided ones downstream are solved on the
///   framework of the undecided arguments restricted to their undecided ancestors;
/// - cf2: directional; solved on the downstream arguments and all their ancestors;
/// - naive, conflict-free: not directional but local (a claim's status depends on its own
///   conflicts only), so only the two ends of a changed attack are solved again;
/// - stable, semi-stable, eager: not directional (a change downstream can remove every stable
///   extension, or change which ranges are maximal): full re-evaluation, on the undecided part
///   of the grounded labelling only (their extensions all extend the grounded one);
/// - stage: not directional and not grounded-based: full re-evaluation;
/// - gradual semantics: the arguments reachable from the edit, acyclic parts in topological
///   order, each cyclic strongly connected component iterated on its own (upstream fixed).
///
/// With a support interpretation other than `none` the projection is not local (derived
/// attacks follow support chains): every edit re-projects and re-evaluates the whole map.
class IncrementalEvaluator {
public:
    explicit IncrementalEvaluator(const ArgumentMap& map, EvaluationSpec spec = {}, double epsilon = 1e-9);
    IncrementalEvaluator(IncrementalEvaluator&&) noexcept;
    IncrementalEvaluator& operator=(IncrementalEvaluator&&) noexcept;
    ~IncrementalEvaluator();

    /// Applies the edits as one step (validated like map edits; on ModelError nothing
    /// changes) and returns the claims whose status moved (strengths by more than epsilon).
    std::vector<StatusChange> apply(std::span<const Edit> edits);
    std::vector<StatusChange> apply(const Edit& edit) { return apply(std::span<const Edit>(&edit, 1)); }
    /// Reverts the last step that apply() took; returns what moved back. False when none.
    std::optional<std::vector<StatusChange>> undo();

    const EvaluationSpec& spec() const noexcept;
    /// Status of a claim of the current map, or nullopt.
    std::optional<EvaluatedStatus> status(std::string_view claim) const;
    /// Current claims and their statuses, in map order (added claims last).
    std::vector<std::pair<std::string, EvaluatedStatus>> statuses() const;
    /// unknown when limits fired at some point (statuses are then partial).
    Answer answer() const noexcept;
    /// Gradual: false when some component did not converge.
    bool converged() const noexcept;

    /// What the last step recomputed: arguments whose status was solved again, and whether it
    /// was a full re-evaluation.
    struct Work {
        std::size_t recomputed = 0;
        std::size_t arguments = 0;  ///< arguments in the framework
        bool full = false;
    };
    Work last_work() const noexcept;

    /// True for the extension semantics whose statuses upstream of an edit cannot change.
    static bool directional(Semantics s) noexcept;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// What hypothetical edits would move: the claims whose status differs before and after.
struct WhatIf {
    std::vector<StatusChange> changes;
    Answer answer = Answer::yes;
    bool converged = true;
};
WhatIf what_if(const ArgumentMap& map, std::span<const Edit> edits, const EvaluationSpec& spec = {}, double epsilon = 1e-9);

/// One structural change between two maps, and the edits that undo it on the later map. A
/// removed claim comes back with the removed relations that hang on it; an added claim goes
/// with its relations.
struct StructuralChange {
    std::string description;  ///< "+ claim x", "- support a -> b", "~ attack a -> b weight 0.8 -> 0.3"
    std::vector<Edit> undo;
};
/// The changes from `before` to `after` (claims by id, relations by type and ends).
std::vector<StructuralChange> structural_changes(const ArgumentMap& before, const ArgumentMap& after);

struct CausesOptions {
    EvaluationSpec spec;
    double epsilon = 1e-6;               ///< gradual: strength changes at or below this are no change
    std::size_t max_set = 3;             ///< largest set of changes tried together
    std::size_t max_evaluations = 5000;  ///< re-evaluations spent on sets of two or more
};

/// Why a conclusion changed.
struct ConclusionChange {
    std::string claim;
    EvaluatedStatus before, after;
    /// Each a set of indices into Causes::changes that, undone together, restore the old status,
    /// of the smallest size found (size 1: single causes). Empty when none was found.
    std::vector<std::vector<std::size_t>> causes;
    /// True when no set of at most max_set changes restores it: only the changes jointly do.
    bool joint = false;
};

struct Causes {
    std::vector<StructuralChange> changes;
    std::vector<ConclusionChange> conclusions;  ///< claims in both maps whose status changed
    Answer answer = Answer::yes;                ///< unknown when limits fired
};
Causes causes(const ArgumentMap& before, const ArgumentMap& after, const CausesOptions& options = {});

}  // namespace argmap
