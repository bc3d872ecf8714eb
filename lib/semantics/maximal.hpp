// Search for extensions that are maximal in an objective (the in-set for preferred and naive,
// the range for semi-stable and stage) over a base encoding, by the CEGAR-style loops of
// Cerutti et al. (2013) and Dvořák et al. (2014): find a model, grow it under assumptions until
// no larger one exists, then block everything under it.
#pragma once

#include <optional>

#include "semantics/sat/solver.hpp"

namespace argmap::detail {

enum class Objective { in_set, range };

struct MaxProblem {
    sat::Base base;
    bool fix_grounded;
    Objective objective;
    sat::Config config{};
    /// Range objectives: ask for a stable extension first (range everything); when one exists
    /// the maximal ones are exactly the stable ones and the question is answered there.
    bool stable_first = false;
    /// Raced against this one for single queries when Limits::threads > 1.
    const MaxProblem* alternative = nullptr;
    /// Growing: prefer true for the objective literals not yet reached (CaDiCaL's phase), so
    /// that each step takes in as much as it can instead of the one more literal asked for.
    bool prefer_growth = false;
    /// Credulous acceptance over ranges: grow each model with the argument kept in, to a range
    /// maximal among the sets holding it, and ask for a larger range; none is YES, else the
    /// larger one grows to a maximal range, checked as without this flag, and the ranges under
    /// both are blocked. (Without it the model grows freely and may drop the argument.)
    bool grow_keeping_query = false;
    /// Acceptance: each growth runs on a solver of its own that commits every step (maximise's
    /// `commit`), seeded with the model's objective set (and the argument, when kept); the
    /// search's solver only finds the models, checks and blocks.
    bool grow_apart = false;
};

// Configurations measured by bench/bench_encodings.cpp (docs/ARCHITECTURE.md, lib/semantics/sat
// row, has the figures). Growing by an activation literal beat CaDiCaL's constrain() for
// preferred and semi-stable (up to 10x on DS-PR of a dense AFGen framework); for stage
// constrain() won (DS-STG: 1.9 s against 11.8 s on the same framework).
inline constexpr sat::Config labelling_config{"labelling", sat::Encoding::labelling, {}};
inline constexpr sat::Config constrain_config{"in-attacked,constrain", sat::Encoding::in_attacked, {}, true};
inline constexpr sat::Config stable_phase_config{"in-attacked,stabilizeonly", sat::Encoding::in_attacked,
                                                 {{{"stabilizeonly", 1}}}};
// CaDiCaL's --unsat configuration (focused mode only, no random walks): the stable base's
// default. bench_encodings (variants one, one+focused) on 62 files (5 per generated family, the
// real ones), CPU s summed with 80 s per loss: DC-ST 235 -> 155 (60 -> 61 solved), DS-ST 318 ->
// 326, SE-ST 202 -> 190; per file it goes either way (ws DC-ST 0.18 -> 3.5, a StableGenerator
// file 80 -> 2.6), and it lost for DC-CO over the complete base (274 -> 546), which keeps the default.
inline constexpr sat::Config focused_config{"in-attacked,focused", sat::Encoding::in_attacked,
                                            {{{"stabilize", 0}, {"walk", 0}}}};

// Preferred grows admissible sets (maximal admissible = preferred) in the labelling encoding
// (Fudge's SE-PR loop is of this kind); the complete base is the portfolio's alternative.
inline constexpr MaxProblem preferred_complete_problem{sat::Base::complete, true, Objective::in_set, {}, false, nullptr};
inline constexpr MaxProblem preferred_problem{sat::Base::admissible, true, Objective::in_set, labelling_config, false,
                                              &preferred_complete_problem};
inline constexpr MaxProblem naive_problem{sat::Base::conflict_free, false, Objective::in_set};
// Semi-stable and stage grow ranges directly; asking for a stable extension first was not
// faster on the measured files (10x slower for SE-SST on WS_300), so it is a portfolio
// alternative. (Their DC through the public API asks the stable questions first, in
// extensions.cpp, on the stable base's own configuration.)
inline constexpr MaxProblem semi_stable_alternative{sat::Base::complete, true, Objective::range, {}, true, nullptr};
inline constexpr MaxProblem semi_stable_complete_problem{sat::Base::complete, true, Objective::range, {}, false,
                                                         &semi_stable_alternative};
// Semi-stable extensions are exactly the admissible sets with a maximal range (Caminada 2006:
// if such a set S defended a ∉ S, S ∪ {a} would be admissible, hence conflict-free, so a ∉
// range(S) and the range would grow; and every admissible set lies in a complete one with at
// least its range). So the range grows over the admissible base, in the labelling encoding
// (range literals add the forced out direction, so ranges are exact), and every model whose
// range is maximal is a complete, semi-stable extension: the loops of maximal.cpp need no
// closure. The complete base (the earlier default) is the portfolio's alternative. Figures:
// semi_stable.cpp.
inline constexpr MaxProblem semi_stable_problem{sat::Base::admissible, true, Objective::range, labelling_config, false,
                                                &semi_stable_complete_problem, true};
// Semi-stable (admissible base) and stage grow with prefer_growth: on the ICCMA grid files, which
// have no stable extension, growth otherwise adds one to three range literals per SAT call
// (about 500 calls for SE-STG on the 150×150 grid); figures in docs/benchmarks.md ("Stage
// without a stable extension"). The complete base lost with it (SE-SST on ws_3000_16: 4.5 ->
// 18.4 s), so the alternatives keep CaDiCaL's own phases.
// Stage's credulous search keeps the argument in while growing (grow_keeping_query): DC-STG on
// Watts–Strogatz files 28.6 -> 5.2 s, 43.8 -> 24.9 s (docs/benchmarks.md, "Stage credulous:
// growing with the argument kept in"), each growth apart on a solver that commits its steps
// (grow_apart): on 72 runs per task (the files of "A slice of range search first" and the
// er_sparse files lost before) PAR-2 DC-STG 23.94 -> 10.94 s (60 -> 69 solved), DS-STG 16.96 ->
// 6.81 s (64 -> 71), no file slower (docs/benchmarks.md, "Growing ranges by unit clauses").
inline constexpr MaxProblem stage_alternative{sat::Base::conflict_free, false, Objective::range, {}, true, nullptr,
                                              false, true};
inline constexpr MaxProblem stage_problem{sat::Base::conflict_free, false, Objective::range, constrain_config, false,
                                          &stage_alternative, true, true, true};

/// The maximal objective set reached from the current model (the solver's last result was sat).
/// Returns false when limits fired. `ext` gets an extension realising `obj`.
/// With prefer_growth, the literals still outside are given the phase true before each step;
/// with `keep` (a literal), every step assumes it: maximal among the models satisfying it.
/// With `commit`, for a solver that serves this growth only: the objective literals reached and
/// `keep` become unit clauses, and each "something more" a permanent clause, instead of
/// assumptions and one-shot clauses; the solver is left unsatisfiable at the end.
bool maximise(sat::Solver& s, const std::vector<int>& objective, std::vector<arg_t>& ext, std::vector<arg_t>& obj,
              bool prefer_growth = false, int keep = 0, bool commit = false);

std::vector<int> objective_literals(sat::Solver& s, Objective o);
/// Sceptical acceptance of `a` under an in-set objective, first step: is there a set of the
/// base (conflict-free at least) holding an attacker of a? sat: `ext` is a maximal one grown
/// from it (so a counterexample: a is not in it) and `obj` its objective set; unsat: none, and
/// the solver keeps that as clauses (no attacker of a in); unknown: limits fired, or the
/// question's `conflicts` (> 0; the growth has none) ran out.
sat::Result attacked_counterexample(const Framework& af, sat::Solver& s, const std::vector<int>& objective, arg_t a,
                                    bool prefer_growth, std::vector<arg_t>& ext, std::vector<arg_t>& obj, int conflicts = 0);

/// That step in rounds of conflict budgets doubling from `first_conflicts` to `last_conflicts`,
/// each followed by a search for a stable extension without a under the same budget (a stable
/// extension is preferred and naive, and attacks a) until that search proves there is none. A
/// decision (NO with its counterexample, or unknown when limits fired), or nullopt: no set of the
/// base attacks a, or the budgets ran out (the caller's search goes on). The default is one
/// round of 2,000 conflicts: it answers the BA and grid files that needed it without a conflict,
/// and costs at most ~1.5 s elsewhere; rounds up to 16,000 also answered a dense AFGen file
/// (by the stable search) but cost up to 7 s on others (docs/benchmarks.md, "Preferred
/// sceptical: a counterexample that attacks the argument first"). `by_stable`, when given,
/// tells whether the stable search found the counterexample.
std::optional<Decision> attacking_counterexample(const Framework& af, const MaxProblem& p, sat::Solver& s,
                                                const std::vector<int>& objective, arg_t a, const Limits& limits,
                                                int first_conflicts = 2000, int last_conflicts = 2000,
                                                bool* by_stable = nullptr);



Decision maximal_credulous(const Framework& af, const MaxProblem& p, arg_t a, const Limits& limits);
Decision maximal_sceptical(const Framework& af, const MaxProblem& p, arg_t a, const Limits& limits);
Decision maximal_some(const Framework& af, const MaxProblem& p, const Limits& limits);
Answer maximal_enumerate(const Framework& af, const MaxProblem& p, const ExtensionVisitor& visit, const Limits& limits);
/// The intersection of all maximal extensions, or nullopt when limits fired.
std::optional<std::vector<arg_t>> maximal_intersection(const Framework& af, const MaxProblem& p, const Limits& limits);

}  // namespace argmap::detail
