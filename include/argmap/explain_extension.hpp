// argmap/explain_extension.hpp: why a claim is accepted or rejected under any extension
// semantics, with certificates a reader (or a program) can check.
//
//   credulous  an extension of S with the claim, and the smallest admissible set inside it that
//              contains the claim (subset-minimal, shrunk by SAT), drawn as a dispute tree
//              (Dung, Kowalski and Toni 2006): the proponent's claim, each attacker (opponent)
//              answered by a member of the set that attacks it. When the claim is in the grounded
//              extension the tree is well-founded (a grounded dispute tree: no argument defends
//              itself); otherwise no well-founded defence exists and the tree marks where the
//              defence closes a cycle.
//   sceptical  why no extension can leave the claim out: the grounded tree when it is grounded,
//              else per attacker the arguments that answer it in every extension; the solver's
//              UNSAT answer to "an extension without the claim" is the certificate.
//   rejected   an extension without the claim, the member that attacks it, or why it cannot be
//              added (the attackers it leaves unanswered, a conflict, a self-attack).
//   no extension (stable) a subset-minimal set of arguments that no conflict-free set can
//              settle (SAT core), and an odd cycle inside it.
//   audience   which attacks the camp discards and the value order that discards them.
//
//   auto x = argmap::explain_claim(map, "thesis", argmap::Semantics::preferred);
//   std::cout << argmap::to_text(x);
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "argmap/extensions.hpp"

namespace argmap {

/// A node of a dispute tree. Proponent nodes are members of the defence set; their children
/// are every attacker (opponent); an opponent's one child is the member that answers it.
struct DisputeNode {
    arg_t argument = 0;
    bool proponent = true;
    enum class Stop {
        none,        ///< expanded here
        cycle,       ///< the proponent argument is already on this branch: circular defence
        shown_above, ///< expanded elsewhere in the tree (the tree is shown as a DAG once)
        depth_limit  ///< deeper than max_dispute_depth proponent levels: its defence is in the set, not drawn
    } stop = Stop::none;
    std::vector<DisputeNode> children;
};

/// Proponent levels a dispute tree is drawn to (deeper defences stay in Defence::set).
inline constexpr std::size_t max_dispute_depth = 256;

/// A set that defends the claim, its dispute tree and the defence order.
struct Defence {
    std::vector<arg_t> set;   ///< sorted; admissible and contains the claim
    std::vector<std::size_t> rank;  ///< per member of `set` (aligned): grounded-style round, or npos if circular
    bool well_founded = false;      ///< every member ranked: no circular defence anywhere
    DisputeNode tree;
};

/// Per attacker of a sceptically accepted argument: what answers it in every extension.
struct AttackerAnswer {
    arg_t attacker = 0;
    std::vector<arg_t> answered_by;  ///< attackers of `attacker` that are in some extension
    /// The one member of answered_by that is in every extension (sceptically accepted), if any;
    /// otherwise every extension contains some member of answered_by (floating defence).
    std::optional<arg_t> always;
    bool self_attacking = false;     ///< the attacker attacks itself (non-admissible semantics)
};

enum class Verdict { sceptical, credulous, rejected, no_extension };
std::string_view to_string(Verdict v) noexcept;

/// The explanation of one argument's status under one semantics, on a framework.
struct AcceptanceExplanation {
    Semantics semantics = Semantics::grounded;
    arg_t argument = 0;
    Answer answer = Answer::yes;           ///< unknown when limits fired (the rest is then empty)
    Verdict verdict = Verdict::rejected;
    bool in_grounded = false;

    /// credulous/sceptical: an extension of `semantics` with the argument; rejected: one without it.
    std::vector<arg_t> extension;
    /// credulous/sceptical: the subset-minimal admissible set in `extension` with the argument
    /// (absent when the semantics accepts it without an admissible set: naive, stage, cf2, CF).
    /// rejected: the defence of the defeater inside `extension` (admissible semantics).
    std::optional<Defence> defence;

    // sceptical
    std::vector<AttackerAnswer> attackers;
    std::string certificate;               ///< how "no extension leaves it out" was shown

    // rejected
    std::optional<arg_t> defeater;         ///< the member of `extension` that attacks the argument
    std::vector<arg_t> unanswered;         ///< attackers that `extension` does not attack
    std::vector<arg_t> conflicts;          ///< members of `extension` the argument attacks
    bool self_attacking = false;
    bool no_admissible_set = false;        ///< no admissible set contains it (SAT: UNSAT)

    // no extension (stable)
    std::vector<arg_t> unsettled;          ///< subset-minimal: no conflict-free set is or attacks each of them
    std::vector<arg_t> odd_cycle;          ///< a0 -> a1 -> ... -> a0, odd length, inside `unsettled`'s component
};

/// Explains the status of `a` under `s`. Throws std::out_of_range for a bad argument.
AcceptanceExplanation explain_acceptance(const Framework& af, Semantics s, arg_t a, const Limits& limits = {});

/// An attack the audience discards: the camp prefers a value of the target to every value of the source.
struct DiscardedAttack {
    std::string relation, source, target;
    std::string source_value, target_value;  ///< best-ranked values ("" when unranked)
    bool relevant = false;  ///< in a ClaimExplanation: it touches a claim the explanation uses
};

/// The attacks camp `camp` discards as an audience (value-based argumentation, Bench-Capon 2003).
std::vector<DiscardedAttack> discarded_attacks(const ArgumentMap& map, std::string_view camp,
                                               double min_relation_weight = 0.0);

/// An explanation on a map: the framework explanation plus names and the part of the map it uses.
struct ClaimExplanation {
    std::string claim;
    std::string camp;                       ///< the audience, or empty
    AcceptanceExplanation core;
    std::vector<std::string> names;         ///< per framework argument: claim id or the relation it stands for
    std::vector<std::string> claims_used;   ///< claims the explanation mentions (map order)
    std::vector<std::string> relations_used;///< relations between them it relies on (map order)
    std::vector<Label> labels;              ///< per claim: labelling of `core.extension` (for pictures)
    std::vector<DiscardedAttack> discarded; ///< with an audience
};

/// Explains a claim's status under `s`, with options.audience as the camp. Throws ModelError
/// for an unknown claim or camp.
ClaimExplanation explain_claim(const ArgumentMap& map, std::string_view claim, Semantics s,
                               const ProjectionOptions& options = {}, const Limits& limits = {});

/// Readable text, one statement per line, trees indented.
std::string to_text(const ClaimExplanation& x);
/// JSON text (2-space indented): verdict, extension, defence tree, attackers, ... by claim id.
std::string to_json(const ClaimExplanation& x);

}  // namespace argmap
