// How a semantics answers the four questions. Each semantics defines one SemanticsOps in its
// own file, built from the shared techniques below; extensions.cpp dispatches on it.
#pragma once

#include "argmap/extensions.hpp"
#include "semantics/maximal.hpp"

namespace argmap::detail {

struct SemanticsOps {
    Decision (*credulous)(const Framework&, arg_t, const Limits&);
    Decision (*sceptical)(const Framework&, arg_t, const Limits&);
    Decision (*some)(const Framework&, const Limits&);
    Answer (*enumerate)(const Framework&, const ExtensionVisitor&, const Limits&);
};

extern const SemanticsOps conflict_free_ops, naive_ops, admissible_ops, complete_ops, grounded_ops, preferred_ops,
    stable_ops, semi_stable_ops, stage_ops, ideal_ops, eager_ops, cf2_ops;
/// The ideal extension through credulous acceptance (ideal.cpp); ideal_ops is the direct path.
extern const SemanticsOps ideal_by_acceptance_ops;

// ---- one SAT call: the models of a base encoding are exactly the extensions ----
// Without a config: the default of the base (one_call_configs), raced against the other
// configurations there when Limits::threads > 1.
Decision sat_credulous(const Framework& af, sat::Base base, bool fix_grounded, arg_t a, const Limits& limits);
Decision sat_sceptical(const Framework& af, sat::Base base, bool fix_grounded, arg_t a, const Limits& limits);
Decision sat_some(const Framework& af, sat::Base base, bool fix_grounded, const Limits& limits);
Answer sat_enumerate(const Framework& af, sat::Base base, bool fix_grounded, const ExtensionVisitor& visit, const Limits& limits);
// With one given config (tests and bench/bench_encodings.cpp).
Decision sat_credulous(const Framework& af, sat::Base base, bool fix_grounded, arg_t a, const Limits& limits, const sat::Config& config);
Decision sat_sceptical(const Framework& af, sat::Base base, bool fix_grounded, arg_t a, const Limits& limits, const sat::Config& config);
Decision sat_some(const Framework& af, sat::Base base, bool fix_grounded, const Limits& limits, const sat::Config& config);
Answer sat_enumerate(const Framework& af, sat::Base base, bool fix_grounded, const ExtensionVisitor& visit, const Limits& limits,
                     const sat::Config& config);
/// The configurations of a base for one SAT call, default first.
const std::vector<sat::Config>& one_call_configs(sat::Base base);

// ---- unique-status semantics: one extension, computed by `compute` ----
/// Grounded, ideal and eager: exactly one extension, so an argument is sceptically accepted
/// when it is in it and rejected otherwise (never only credulously).
constexpr bool unique_status(Semantics s) noexcept {
    return s == Semantics::grounded || s == Semantics::ideal || s == Semantics::eager;
}
using UniqueFn = std::optional<std::vector<arg_t>> (*)(const Framework&, const Limits&);
Decision unique_credulous(UniqueFn compute, const Framework& af, arg_t a, const Limits& limits);
Decision unique_sceptical(UniqueFn compute, const Framework& af, arg_t a, const Limits& limits);
Decision unique_some(UniqueFn compute, const Framework& af, const Limits& limits);
Answer unique_enumerate(UniqueFn compute, const Framework& af, const ExtensionVisitor& visit, const Limits& limits);

template <UniqueFn F>
constexpr SemanticsOps unique_ops() {
    return {[](const Framework& af, arg_t a, const Limits& l) { return unique_credulous(F, af, a, l); },
            [](const Framework& af, arg_t a, const Limits& l) { return unique_sceptical(F, af, a, l); },
            [](const Framework& af, const Limits& l) { return unique_some(F, af, l); },
            [](const Framework& af, const ExtensionVisitor& v, const Limits& l) { return unique_enumerate(F, af, v, l); }};
}

// ---- maximal objective sets (maximal.hpp) ----
template <const MaxProblem& P>
constexpr SemanticsOps maximal_ops() {
    return {[](const Framework& af, arg_t a, const Limits& l) { return maximal_credulous(af, P, a, l); },
            [](const Framework& af, arg_t a, const Limits& l) { return maximal_sceptical(af, P, a, l); },
            [](const Framework& af, const Limits& l) { return maximal_some(af, P, l); },
            [](const Framework& af, const ExtensionVisitor& v, const Limits& l) { return maximal_enumerate(af, P, v, l); }};
}

/// Credulous acceptance over the admissible base with shuffled probes (complete.cpp): the
/// labelling search runs in rounds of `first_conflicts` · 2^r conflicts, resumed with its
/// learned clauses; after round r, with `probes`, a fresh solver with CaDiCaL's variables
/// shuffled (seed r + 1) gets half that budget; with `stable_track`, a search for a stable
/// extension containing the argument (stable extensions are complete) gets the same budget,
/// resumed, until it proves there is none. YES carries the model (an admissible set).
struct AdmissibleProbes {
    int first_conflicts = 2000;
    bool probes = true;
    bool stable_track = false;
};
Decision admissible_credulous_probing(const Framework& af, arg_t a, const Limits& limits, const AdmissibleProbes& schedule = {});

/// The least complete extension containing `admissible_set` (sorted; it must be admissible):
/// the least fixed point of the characteristic function above it (complete_closure.cpp).
std::vector<arg_t> complete_closure(const Framework& af, std::span<const arg_t> admissible_set);
/// Its labelling: the extension in, what it attacks out, the rest undec. From the empty set,
/// the grounded labelling.
Labelling least_complete_labelling(const Framework& af, std::span<const arg_t> admissible_set);

/// The largest admissible subset of `set`, which must lie inside a conflict-free set: drop
/// members with an attacker the rest does not attack, until nothing changes.
std::vector<arg_t> largest_admissible_subset(const Framework& af, std::vector<arg_t> set);

/// Tuning of the ideal extension's covering (ideal.cpp): greedy admissible sets of at most
/// `greedy_budget` members around every argument, then of at most `relevant_budget` around the
/// relevant open ones, before the SAT calls (0 skips a pass; tests skip both to reach the SAT calls).
struct IdealCovering {
    std::size_t greedy_budget = 64;
    std::size_t relevant_budget = 4096;
};
/// The ideal extension of any framework through its credulously accepted arguments, deciding
/// only those that can still change it (ideal.cpp), or nullopt when limits fired.
std::optional<std::vector<arg_t>> ideal_by_covering(const Framework& af, const Limits& limits, const IdealCovering& options = {});

/// The largest admissible set inside every maximal extension of `p` (ideal: preferred;
/// eager: semi-stable), or nullopt when limits fired.
std::optional<std::vector<arg_t>> admissible_core(const Framework& af, const MaxProblem& p, const Limits& limits);

}  // namespace argmap::detail
