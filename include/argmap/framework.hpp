// argmap/framework.hpp: the compact abstract argumentation framework the solvers work on.
//
// A Framework is immutable and integer-indexed: arguments are 0..size()-1, attacks are kept in
// compressed sparse rows in both directions (targets of each argument, attackers of each
// argument), each row sorted and free of duplicates. No strings, no per-argument allocation.
//
// Threads: a Framework never changes after construction; share it (and a Projection) between
// any number of threads. project() only reads its map.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <span>
#include <string>
#include <vector>

#include "argmap/model.hpp"

namespace argmap {

using arg_t = std::uint32_t;

struct Attack {
    arg_t from;
    arg_t to;
};

class Framework {
public:
    Framework() = default;
    /// Builds the CSR rows in O(n + m). Throws std::out_of_range on an argument >= n.
    Framework(arg_t n, std::span<const Attack> attacks);

    arg_t size() const noexcept { return n_; }
    std::size_t attack_count() const noexcept { return targets_.size(); }

    std::span<const arg_t> targets(arg_t a) const noexcept {
        return {targets_.data() + out_off_[a], targets_.data() + out_off_[a + 1]};
    }
    std::span<const arg_t> attackers(arg_t a) const noexcept {
        return {attackers_.data() + in_off_[a], attackers_.data() + in_off_[a + 1]};
    }
    /// O(log deg) membership test.
    bool attacks(arg_t a, arg_t b) const noexcept;
    bool self_attacking(arg_t a) const noexcept { return attacks(a, a); }

    /// All attacks in (from, to) order.
    std::vector<Attack> attack_list() const;

private:
    arg_t n_ = 0;
    std::vector<std::uint64_t> out_off_{0}, in_off_{0};
    std::vector<arg_t> targets_, attackers_;
};

/// How support relations shape the attack graph when a map is projected.
/// How support relations shape the attack graph when a map is projected (Cayrol and
/// Lagasquie-Schiex 2013, "Bipolarity in argumentation graphs"). sup+ is a chain of one or
/// more supports; derived attacks come from attacks that are not undercut.
enum class SupportInterpretation {
    none,        ///< supports are drawn but change no attack (the default)
    deductive,   ///< a sup+ x att c => a att c (supported); a att b, c sup+ b => a att c (mediated)
    necessary,   ///< a att b, b sup+ c => a att c (secondary); b sup+ a, b att c => a att c (extended)
    evidential,  ///< Oren and Norman 2008: a claim needs a support chain from evidence (kind
                 ///< evidence is prima facie); one without is attacked by an unattacked auxiliary
};
std::string_view to_string(SupportInterpretation s) noexcept;
std::optional<SupportInterpretation> parse_support_interpretation(std::string_view name) noexcept;

struct ProjectionOptions {
    SupportInterpretation support = SupportInterpretation::none;
    /// Relations with weight strictly below this are left out (a plain threshold view).
    double min_relation_weight = 0.0;
    /// Evaluate for this camp as an audience (Bench-Capon 2003): an attack a -> b is dropped
    /// when the camp prefers a value of b to every value of a. Empty: no audience.
    std::string audience;
};

/// A framework together with the mapping back to the map it came from.
///
/// Attacks that are undercut are flattened (Boella, Gabbay, van der Torre and Villata 2009,
/// meta-argumentation): attack r: a -> b becomes a -> X_r -> Y_r -> b, where X_r ("a is not
/// accepted") and Y_r ("r holds") are auxiliary arguments and every undercut of r attacks Y_r.
/// Undercuts of a support do not change extension semantics (gradual semantics gate it).
struct Projection {
    Framework framework;
    std::vector<std::int64_t> claim_of;  ///< per argument: claim index, or -1 for an auxiliary one
    std::vector<arg_t> argument_of;      ///< per claim: its argument
    /// Per auxiliary argument of a flattened undercut: the relation index it stands for, and
    /// whether it is Y_r ("the relation holds") rather than X_r; -1 elsewhere.
    std::vector<std::int64_t> relation_of;
    /// Weight of each attack, aligned with framework.attack_list(): the relation's weight; the
    /// inner edges of a flattened undercut weigh infinity (only a -> X_r, costing r, drops r).
    std::vector<double> attack_weight;
};

Projection project(const ArgumentMap& map, const ProjectionOptions& options = {});

}  // namespace argmap

namespace argmap {

/// Strongly connected components (an iterative Tarjan: no recursion, so a chain of a million
/// arguments is fine), numbered in topological order: every attack between two components goes
/// from the lower number to the higher one.
struct Components {
    std::uint32_t count = 0;
    std::vector<std::uint32_t> of;  ///< per argument
};
Components strongly_connected_components(const Framework& af);

/// The framework restricted to `keep` (sorted arguments), renumbered 0..keep.size()-1.
Framework restrict_to(const Framework& af, std::span<const arg_t> keep);

}  // namespace argmap
