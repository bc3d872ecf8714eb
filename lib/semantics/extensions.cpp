// The public entry points: names and codes, argument checks, and dispatch. The direct path is
// the SemanticsOps that each semantics defines in its own file; the default path first applies
// the structural techniques of decomposition.hpp where they are sound:
//   credulous:  complete, preferred -> query relevance (ancestors) + grounded reduction;
//               stable, semi-stable -> grounded reduction.
//   sceptical:  preferred -> relevance + grounded reduction; stable, semi-stable -> grounded
//               reduction (complete is grounded already).
//   some, enumerate: preferred, stable, semi-stable, complete -> grounded reduction (some
//               complete is the grounded extension).
//   count:      counting.cpp (grounded reduction, independent components, model counting).
//   stage:      every task first looks for a stable extension (grounded reduction); when one
//               exists the stage extensions are the stable ones and the stable path answers;
//               the one found already answers DS when it lacks the argument.
//               Credulous stage asks first for a stable extension holding the argument
//               (YES with it), then whether any exists (NO if one does), then the range search.
//   weak components (independent_components.cpp), first: semi-stable and stage credulous,
//               sceptical and some on the query's component, other components adding one
//               extension each to the certificate.
//   SCC-recursive (scc_recursive.cpp), first where it applies, when the grounded-reduced
//               framework has more than one SCC of several arguments: some (preferred,
//               stable), enumerate (complete, preferred, stable), credulous and sceptical
//               (stable); semi-stable and stage through their stable extensions when one
//               exists. Otherwise, or past its backtracking budget, the paths above.
#include "argmap/extensions.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <stdexcept>
#include <string>

#include "semantics/decomposition.hpp"

namespace argmap {

Limits Limits::after(double seconds) noexcept {
    using clock = std::chrono::steady_clock;
    Limits l;
    const clock::time_point now = clock::now();
    if (!(seconds > 0)) {
        l.deadline = now;
        return l;
    }
    // Half the clock's remaining range keeps the conversion below clear of overflow.
    const double room = std::chrono::duration<double>(clock::time_point::max() - now).count() / 2;
    if (seconds < room) l.deadline = now + std::chrono::duration_cast<clock::duration>(std::chrono::duration<double>(seconds));
    return l;
}

namespace {

struct Entry {
    Semantics semantics;
    std::string_view code, name;
    const detail::SemanticsOps* ops;
};

constexpr std::array<Entry, 12> table{{
    {Semantics::conflict_free, "CF", "conflict-free", &detail::conflict_free_ops},
    {Semantics::naive, "NA", "naive", &detail::naive_ops},
    {Semantics::admissible, "ADM", "admissible", &detail::admissible_ops},
    {Semantics::complete, "CO", "complete", &detail::complete_ops},
    {Semantics::grounded, "GR", "grounded", &detail::grounded_ops},
    {Semantics::preferred, "PR", "preferred", &detail::preferred_ops},
    {Semantics::stable, "ST", "stable", &detail::stable_ops},
    {Semantics::semi_stable, "SST", "semi-stable", &detail::semi_stable_ops},
    {Semantics::stage, "STG", "stage", &detail::stage_ops},
    {Semantics::ideal, "ID", "ideal", &detail::ideal_ops},
    {Semantics::eager, "EA", "eager", &detail::eager_ops},
    {Semantics::cf2, "CF2", "cf2", &detail::cf2_ops},
}};

constexpr std::array<Semantics, table.size()> every = [] {
    std::array<Semantics, table.size()> out{};
    for (std::size_t i = 0; i < table.size(); ++i) out[i] = table[i].semantics;
    return out;
}();

const Entry& entry(Semantics s) {
    for (const Entry& e : table)
        if (e.semantics == s) return e;
    throw std::invalid_argument("unknown semantics");
}

void check_argument(const Framework& af, arg_t a) {
    if (a >= af.size())
        throw std::out_of_range("argument " + std::to_string(a) + " is outside 0.." + std::to_string(af.size()) + "-1");
}

}  // namespace

std::string_view iccma_code(Semantics s) noexcept {
    for (const Entry& e : table)
        if (e.semantics == s) return e.code;
    return "?";
}

std::string_view to_string(Semantics s) noexcept {
    for (const Entry& e : table)
        if (e.semantics == s) return e.name;
    return "?";
}

std::optional<Semantics> parse_semantics(std::string_view name) noexcept {
    for (const Entry& e : table)
        if (name == e.code || name == e.name) return e.semantics;
    return std::nullopt;
}

std::span<const Semantics> all_semantics() noexcept { return every; }

Labelling labelling_of(const Framework& af, std::span<const arg_t> extension) {
    Labelling lab(af.size(), Label::undec);
    for (arg_t a : extension) lab[a] = Label::in;
    for (arg_t a : extension)
        for (arg_t b : af.targets(a))
            if (lab[b] != Label::in) lab[b] = Label::out;
    return lab;
}

namespace {
// When a framework has a stable extension, its stage and semi-stable extensions are exactly its
// stable ones (a stable extension has the whole framework as range, so every range-maximal
// conflict-free or admissible set must too). Returns the search for a stable extension: yes
// with one, no when there is none.
Decision some_stable_extension(const Framework& af, const Limits& limits) {
    return detail::reduced_some(af, Semantics::stable, limits);
}
/// How long semi-stable credulous acceptance tries the range search before asking whether a
/// stable extension exists (detail::stable_first_credulous).
constexpr std::chrono::milliseconds semi_stable_slice{1000};
/// Stable when a stable extension exists, stage when none, nullopt on limits.
std::optional<Semantics> stage_as(const Framework& af, const Limits& limits) {
    const Decision d = some_stable_extension(af, limits);
    if (d.answer == Answer::unknown) return std::nullopt;
    return d.answer == Answer::yes ? Semantics::stable : Semantics::stage;
}
}  // namespace

namespace detail {
std::optional<Decision> stable_first_credulous(const Framework& af, Semantics s, arg_t a, const Limits& limits,
                                               std::chrono::milliseconds range_slice) {
    return stable_first_credulous(reduce_by_grounded(af), s, a, limits, range_slice);
}

std::optional<Decision> stable_first_credulous(const GroundedReduction& reduction, Semantics s, arg_t a,
                                               const Limits& limits, std::chrono::milliseconds range_slice) {
    const Decision held = reduced_credulous(reduction, Semantics::stable, a, limits);
    if (held.answer != Answer::no) return held;
    // Semi-stable: its range search for a short slice before asking whether any stable extension
    // exists, which took 2-10 s on Erdős–Rényi files the range search answers in under a second
    // (docs/benchmarks.md, "A slice of range search first").
    if (s == Semantics::semi_stable && range_slice.count() > 0) {
        Limits slice = limits;
        slice.deadline = std::min(limits.deadline, std::chrono::steady_clock::now() + range_slice);
        const Decision quick = reduced_credulous(reduction, s, a, slice);
        if (quick.answer != Answer::unknown || limits.expired()) return quick;
    }
    // None holds it: when a stable extension exists the stage (semi-stable) extensions are the
    // stable ones, so NO; otherwise the caller's range search.
    const Decision st = reduced_some(reduction, Semantics::stable, limits);
    if (st.answer == Answer::unknown) return Decision{};
    if (st.answer == Answer::yes) return Decision{Answer::no, std::nullopt};
    return std::nullopt;
}
}  // namespace detail

namespace {
/// The operations of the main path where they differ from the direct one.
const detail::SemanticsOps& main_ops(Semantics s) {
    return s == Semantics::ideal ? detail::ideal_by_acceptance_ops : *entry(s).ops;
}
}  // namespace

Decision credulous(const Framework& af, Semantics s, arg_t a, const Limits& limits) {
    check_argument(af, a);
    if (auto d = detail::component_credulous(af, s, a, limits)) return *d;
    if (auto d = detail::scc_credulous(af, s, a, limits)) return *d;
    if (s == Semantics::stage || s == Semantics::semi_stable) {
        // One reduction for the stable questions and semi-stable's range search.
        const detail::GroundedReduction reduction = detail::reduce_by_grounded(af);
        if (auto d = detail::stable_first_credulous(reduction, s, a, limits, semi_stable_slice)) return *d;
        if (s == Semantics::semi_stable) return detail::reduced_credulous(reduction, s, a, limits);
        return main_ops(s).credulous(af, a, limits);
    }
    if (s == Semantics::complete || s == Semantics::preferred) return detail::relevant_credulous(af, s, a, limits);
    if (s == Semantics::stable || s == Semantics::semi_stable) return detail::reduced_credulous(af, s, a, limits);
    return main_ops(s).credulous(af, a, limits);
}

Decision sceptical(const Framework& af, Semantics s, arg_t a, const Limits& limits) {
    check_argument(af, a);
    if (auto d = detail::component_sceptical(af, s, a, limits)) return *d;
    if (auto d = detail::scc_sceptical(af, s, a, limits)) return *d;
    if (s == Semantics::stage) {
        const Decision st = some_stable_extension(af, limits);
        if (st.answer == Answer::unknown) return {};
        if (st.answer == Answer::yes) {
            // A stable (so stage) extension without the argument answers NO by itself.
            if (std::find(st.witness->begin(), st.witness->end(), a) == st.witness->end()) return {Answer::no, st.witness};
            return detail::reduced_sceptical(af, Semantics::stable, a, limits);
        }
    }
    if (s == Semantics::preferred) return detail::relevant_sceptical(af, s, a, limits);
    if (s == Semantics::stable || s == Semantics::semi_stable) return detail::reduced_sceptical(af, s, a, limits);
    return main_ops(s).sceptical(af, a, limits);
}

Decision some_extension(const Framework& af, Semantics s, const Limits& limits) {
    if (auto d = detail::component_some(af, s, limits)) return *d;
    if (auto d = detail::scc_some(af, s, limits)) return *d;
    if (s == Semantics::stage) {
        const Decision st = detail::reduced_some(af, Semantics::stable, limits);
        if (st.answer != Answer::no) return st;  // a stable extension is a stage one (or unknown)
    }
    if (s == Semantics::preferred || s == Semantics::stable || s == Semantics::semi_stable)
        return detail::reduced_some(af, s, limits);
    return main_ops(s).some(af, limits);
}

Answer enumerate_extensions(const Framework& af, Semantics s, const ExtensionVisitor& visit, const Limits& limits) {
    if (auto a = detail::scc_enumerate(af, s, visit, limits)) return *a;
    if (s == Semantics::stage) {
        const auto as = stage_as(af, limits);
        if (!as) return Answer::unknown;
        s = *as;
    }
    if (detail::reducible_by_grounded(s)) return detail::reduced_enumerate(af, s, visit, limits);
    return main_ops(s).enumerate(af, visit, limits);
}

namespace {
Count count_of(std::optional<std::string> decimal) {
    Count c;
    if (!decimal) return c;
    c.answer = Answer::yes;
    c.decimal = std::move(*decimal);
    std::uint64_t v = 0;
    auto [ptr, ec] = std::from_chars(c.decimal.data(), c.decimal.data() + c.decimal.size(), v);
    if (ec == std::errc() && ptr == c.decimal.data() + c.decimal.size()) c.count = v;
    else c.count = UINT64_MAX, c.saturated = true;
    return c;
}
}  // namespace

Count count_extensions(const Framework& af, Semantics s, const Limits& limits) {
    if (s == Semantics::stage) {
        const auto as = stage_as(af, limits);
        if (!as) return {};
        s = *as;
    }
    return count_of(detail::count_decimal(af, s, limits));
}

namespace direct {

Decision credulous(const Framework& af, Semantics s, arg_t a, const Limits& limits) {
    check_argument(af, a);
    return entry(s).ops->credulous(af, a, limits);
}

Decision sceptical(const Framework& af, Semantics s, arg_t a, const Limits& limits) {
    check_argument(af, a);
    return entry(s).ops->sceptical(af, a, limits);
}

Decision some_extension(const Framework& af, Semantics s, const Limits& limits) { return entry(s).ops->some(af, limits); }

Answer enumerate_extensions(const Framework& af, Semantics s, const ExtensionVisitor& visit, const Limits& limits) {
    return entry(s).ops->enumerate(af, visit, limits);
}

Count count_extensions(const Framework& af, Semantics s, const Limits& limits) {
    std::uint64_t n = 0;
    const Answer a = entry(s).ops->enumerate(af, [&](std::span<const arg_t>) { ++n; return true; }, limits);
    if (a == Answer::unknown) return {};
    return count_of(std::to_string(n));
}

}  // namespace direct

namespace detail {
const SemanticsOps& direct_ops(Semantics s) { return *entry(s).ops; }
}  // namespace detail

}  // namespace argmap
