// Structural techniques that shrink what a SAT call sees (grounded_reduction.cpp,
// directionality.cpp) and count extensions without enumerating them all (counting.cpp).
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "argmap/extensions.hpp"
#include "argmap/semantics.hpp"
#include "semantics/technique.hpp"

namespace argmap::detail {

// ---- justification.cpp ----

/// Weakly connected components: `order` lists the arguments grouped by component, component c
/// holding order[start[c] .. start[c + 1]).
struct WeakComponents {
    std::vector<arg_t> order;
    std::vector<std::size_t> start;
};

WeakComponents weak_components(const Framework& af);
/// The framework on `part`, a union of weak components (no attack crosses its border),
/// numbered in part's order; `local` (af.size() long) is working memory.
Framework component_framework(const Framework& af, std::span<const arg_t> part, std::vector<arg_t>& local);

// ---- independent_components.cpp ----

/// Semi-stable and stage queries decided on the query argument's weak component, the
/// certificate completed by one extension of every other component; nullopt for the other
/// semantics and for frameworks of one component.
std::optional<Decision> component_credulous(const Framework& af, Semantics s, arg_t a, const Limits& limits);
std::optional<Decision> component_sceptical(const Framework& af, Semantics s, arg_t a, const Limits& limits);
std::optional<Decision> component_some(const Framework& af, Semantics s, const Limits& limits);

// ---- grounded_reduction.cpp ----

/// The framework with the arguments the grounded labelling decides taken out: `rest` is the
/// framework restricted to the undecided arguments `undecided` (sorted, original numbering),
/// `grounded_in` the grounded extension.
struct GroundedReduction {
    Labelling grounded;
    std::vector<arg_t> grounded_in, undecided;
    Framework rest;
    /// The extension of the whole framework that extension `e` of `rest` stands for.
    std::vector<arg_t> lift(std::span<const arg_t> e) const;
    /// The index of original argument a in `rest`, or nullopt when the grounded labelling decides it.
    std::optional<arg_t> local(arg_t a) const;
};
GroundedReduction reduce_by_grounded(const Framework& af);

/// True for the semantics whose every extension is a complete extension with the grounded
/// labelling's in and out arguments as they are, and whose extensions of the reduced framework
/// lift one to one: complete, preferred, stable, semi-stable (see grounded_reduction.cpp).
bool reducible_by_grounded(Semantics s) noexcept;

/// The four tasks on the grounded reduction, answered by the direct path on `rest`.
Decision reduced_credulous(const Framework& af, Semantics s, arg_t a, const Limits& limits);
Decision reduced_sceptical(const Framework& af, Semantics s, arg_t a, const Limits& limits);
Decision reduced_some(const Framework& af, Semantics s, const Limits& limits);
Answer reduced_enumerate(const Framework& af, Semantics s, const ExtensionVisitor& visit, const Limits& limits);
/// The same on a reduction already computed.
Decision reduced_credulous(const GroundedReduction& r, Semantics s, arg_t a, const Limits& limits);
Decision reduced_sceptical(const GroundedReduction& r, Semantics s, arg_t a, const Limits& limits);
Decision reduced_some(const GroundedReduction& r, Semantics s, const Limits& limits);
Answer reduced_enumerate(const GroundedReduction& r, Semantics s, const ExtensionVisitor& visit, const Limits& limits);

// ---- extensions.cpp ----

/// Credulous acceptance of `a` under stage or semi-stable through stable extensions first
/// (every stable extension is a stage and a semi-stable one, and when one exists they are all
/// stable): YES with a stable extension holding a; for semi-stable next the range search, for
/// `range_slice` only; then NO if a stable extension exists. nullopt when none of these
/// answers: there is no stable extension, and the range search decides. Unknown when `limits` fired.
std::optional<Decision> stable_first_credulous(const Framework& af, Semantics s, arg_t a, const Limits& limits,
                                               std::chrono::milliseconds range_slice);
/// The same on a reduction already computed (the caller's range search can reuse it).
std::optional<Decision> stable_first_credulous(const GroundedReduction& reduction, Semantics s, arg_t a,
                                               const Limits& limits, std::chrono::milliseconds range_slice);

// ---- directionality.cpp ----

/// The arguments that can reach `a` along attacks, `a` included, sorted (an unattacked set).
std::vector<arg_t> relevant_arguments(const Framework& af, arg_t a);

/// A part of a framework with the labels of the arguments outside it fixed (a conditioned
/// framework, after the SCC-recursive scheme of Baroni, Giacomin and Guida 2005): the part's
/// arguments attacked by an `in` argument outside are out and left out; those attacked by an
/// `undec` one outside are attacked by one fresh self-attacking argument (always undec, so
/// they can be out or undec but never in). Attackers labelled `out` are dropped.
struct Conditioned {
    Framework af;
    std::vector<arg_t> original;   ///< per argument of af except the last when has_guard: its original number
    std::vector<arg_t> forced_out; ///< part arguments attacked by an outside `in` one
    bool has_guard = false;        ///< af's last argument is the self-attacking guard
    std::vector<arg_t> lift(std::span<const arg_t> e) const;
};
/// `part` sorted; `outside` gives the labels of every argument not in part that attacks it.
Conditioned condition(const Framework& af, std::span<const arg_t> part, const Labelling& outside);
/// Reusable working memory for conditioning many small parts of one framework in O(part + its
/// attacks) each (scc_recursive.cpp) rather than O(af.size()).
struct ConditionScratch {
    static constexpr arg_t none = static_cast<arg_t>(-1);
    std::vector<arg_t> local;  ///< per argument of af: none between calls
};
Conditioned condition(const Framework& af, std::span<const arg_t> part, const Labelling& outside, ConditionScratch& scratch);

/// Directional semantics (complete, preferred): credulous and sceptical acceptance of `a`
/// decided on the framework restricted to a's ancestors; a certificate is extended to an
/// extension of the whole framework by solving the rest with the ancestors' labels fixed.
Decision relevant_credulous(const Framework& af, Semantics s, arg_t a, const Limits& limits);
Decision relevant_sceptical(const Framework& af, Semantics s, arg_t a, const Limits& limits);

// ---- scc_recursive.cpp ----

/// Tuning of the SCC-recursive path; the defaults are the library's, tests change them.
struct SccOptions {
    /// Dead ends (a component without a stable labelling under the upstream choice) allowed
    /// before the search gives up and the monolithic path answers.
    std::size_t dead_end_budget = 256;
    /// Also gives up when the dead-end components, summed by size, exceed this many times the
    /// framework's size: a dead end at a large component is a large SAT call (often UNSAT),
    /// and repeating it for each upstream choice costs more than one monolithic call (BA,
    /// 200,000 arguments: DC-ST met ~250 dead ends at a 94,453-argument SCC, over 60 s,
    /// against 2.1 s monolithic).
    std::size_t dead_end_work = 2;
    /// Take the SCC path even when the framework does not split (tests).
    bool always = false;
    /// Where the SCC path does not answer, answer by the grounded reduction already computed
    /// (all but stage); false: return nullopt instead (tests).
    bool fallback = true;
    /// Conditioned components of at most this many arguments have their labellings listed
    /// from the definitions instead of asking a SAT solver (0: always the solver, for tests).
    arg_t list_up_to = 8;
};

/// The strongly connected components of a framework after the grounded reduction.
struct SccShape {
    std::uint32_t components = 0;   ///< of the undecided rest
    std::uint32_t nontrivial = 0;   ///< with more than one argument
    arg_t largest = 0;              ///< arguments in the largest one
};
SccShape scc_shape(const Framework& af);

/// SE, EE, DC and DS by solving the SCCs of the grounded-reduced framework in topological
/// order, each conditioned on the labels chosen upstream. Where that does not apply (a
/// framework with at most one non-trivial SCC, a budget exhausted before anything was
/// answered, semi-stable and stage without a stable extension) the grounded reduction's
/// monolithic path answers (reduced_*, with the reduction computed here); nullopt leaves it
/// to the caller: other semantics, stage, or SccOptions::fallback false.
///   some:       preferred, stable; semi-stable and stage when a stable extension exists.
///   enumerate:  complete, preferred, stable; semi-stable and stage when a stable one exists.
///   credulous, sceptical: stable; semi-stable and stage when a stable extension exists.
std::optional<Decision> scc_some(const Framework& af, Semantics s, const Limits& limits, const SccOptions& options = {});
std::optional<Answer> scc_enumerate(const Framework& af, Semantics s, const ExtensionVisitor& visit, const Limits& limits,
                                    const SccOptions& options = {});
std::optional<Decision> scc_credulous(const Framework& af, Semantics s, arg_t a, const Limits& limits, const SccOptions& options = {});
std::optional<Decision> scc_sceptical(const Framework& af, Semantics s, arg_t a, const Limits& limits, const SccOptions& options = {});
/// scc_some where it applies, else reduced_some (preferred, stable, semi-stable).
Decision scc_some_or_reduced(const Framework& af, Semantics s, const Limits& limits);

// ---- counting.cpp ----

/// Exact count in decimal, or nullopt when limits fired. `cache_bytes` bounds each of the two
/// generations of the model counter's component cache (tests shrink it to exercise eviction).
inline constexpr std::size_t count_cache_bytes = std::size_t{384} << 20;
std::optional<std::string> count_decimal(const Framework& af, Semantics s, const Limits& limits,
                                         std::size_t cache_bytes = count_cache_bytes);

/// The direct path of each task (one SAT instance over the whole framework).
const SemanticsOps& direct_ops(Semantics s);

}  // namespace argmap::detail
