// The shared techniques of technique.hpp: single SAT calls with blocking clauses, and the
// wrappers that turn one computed extension into answers.
#include <algorithm>

#include "semantics/technique.hpp"
#include "semantics/sat/portfolio.hpp"

namespace argmap::detail {

using sat::Result;

const std::vector<sat::Config>& one_call_configs(sat::Base base) {
    // Measured by bench/bench_encodings.cpp; the labelling encoding only differs from
    // in/attacked for the conflict-free and admissible bases.
    // The stable base runs focused (maximal.hpp, focused_config, has the figures).
    static const std::vector<sat::Config> stable{focused_config, sat::Config{}};
    static const std::vector<sat::Config> complete{sat::Config{}, stable_phase_config};
    static const std::vector<sat::Config> free{sat::Config{}, labelling_config};
    if (base == sat::Base::stable) return stable;
    return base == sat::Base::complete ? complete : free;
}

Decision sat_credulous(const Framework& af, sat::Base base, bool fix, arg_t a, const Limits& limits) {
    return sat::race(limits, one_call_configs(base),
                     [&](const sat::Config& c, const Limits& l) { return sat_credulous(af, base, fix, a, l, c); });
}

Decision sat_sceptical(const Framework& af, sat::Base base, bool fix, arg_t a, const Limits& limits) {
    return sat::race(limits, one_call_configs(base),
                     [&](const sat::Config& c, const Limits& l) { return sat_sceptical(af, base, fix, a, l, c); });
}

Decision sat_some(const Framework& af, sat::Base base, bool fix, const Limits& limits) {
    return sat::race(limits, one_call_configs(base), [&](const sat::Config& c, const Limits& l) { return sat_some(af, base, fix, l, c); });
}

Answer sat_enumerate(const Framework& af, sat::Base base, bool fix, const ExtensionVisitor& visit, const Limits& limits) {
    return sat_enumerate(af, base, fix, visit, limits, one_call_configs(base).front());
}

Decision sat_credulous(const Framework& af, sat::Base base, bool fix, arg_t a, const Limits& limits, const sat::Config& config) {
    sat::Solver s(af, base, limits, fix, config);
    // The solver answers this one question: the query as a unit clause, which CaDiCaL may
    // simplify with at the root (an assumption it may not).
    s.add_clause({s.in(a)});
    switch (s.solve()) {
    case Result::sat: return {Answer::yes, s.model_extension()};
    case Result::unsat: return {Answer::no, std::nullopt};
    case Result::unknown: break;
    }
    return {};
}

Decision sat_sceptical(const Framework& af, sat::Base base, bool fix, arg_t a, const Limits& limits, const sat::Config& config) {
    sat::Solver s(af, base, limits, fix, config);
    // An assumption here, not a unit clause: measured slower as a unit on the real file
    // afgen_n700p5q2 (DS-ST 25.9 -> 59.7 s; docs/benchmarks.md, "The query as a unit clause").
    s.assume(-s.in(a));
    switch (s.solve()) {
    case Result::sat: return {Answer::no, s.model_extension()};
    case Result::unsat: return {Answer::yes, std::nullopt};
    case Result::unknown: break;
    }
    return {};
}

Decision sat_some(const Framework& af, sat::Base base, bool fix, const Limits& limits, const sat::Config& config) {
    sat::Solver s(af, base, limits, fix, config);
    switch (s.solve()) {
    case Result::sat: return {Answer::yes, s.model_extension()};
    case Result::unsat: return {Answer::no, std::nullopt};
    case Result::unknown: break;
    }
    return {};
}

Answer sat_enumerate(const Framework& af, sat::Base base, bool fix, const ExtensionVisitor& visit, const Limits& limits,
                     const sat::Config& config) {
    sat::Solver s(af, base, limits, fix, config);
    std::vector<int> block;
    while (true) {
        switch (s.solve()) {
        case Result::unsat: return Answer::yes;
        case Result::unknown: return Answer::unknown;
        case Result::sat: break;
        }
        const auto e = s.model_extension();
        if (!visit(e)) return Answer::yes;
        // The next model differs from this one in some in(a).
        block.clear();
        std::size_t k = 0;
        for (arg_t a = 0; a < af.size(); ++a) {
            const bool member = k < e.size() && e[k] == a;
            if (member) ++k;
            block.push_back(member ? -s.in(a) : s.in(a));
        }
        if (block.empty()) return Answer::yes;  // the empty framework has one extension
        s.add_clause(block);
    }
}

namespace {
bool contains(const std::vector<arg_t>& e, arg_t a) { return std::binary_search(e.begin(), e.end(), a); }
}  // namespace

Decision unique_credulous(UniqueFn compute, const Framework& af, arg_t a, const Limits& limits) {
    auto e = compute(af, limits);
    if (!e) return {};
    if (contains(*e, a)) return {Answer::yes, std::move(e)};
    return {Answer::no, std::nullopt};
}

Decision unique_sceptical(UniqueFn compute, const Framework& af, arg_t a, const Limits& limits) {
    auto e = compute(af, limits);
    if (!e) return {};
    if (contains(*e, a)) return {Answer::yes, std::nullopt};
    return {Answer::no, std::move(e)};
}

Decision unique_some(UniqueFn compute, const Framework& af, const Limits& limits) {
    auto e = compute(af, limits);
    if (!e) return {};
    return {Answer::yes, std::move(e)};
}

Answer unique_enumerate(UniqueFn compute, const Framework& af, const ExtensionVisitor& visit, const Limits& limits) {
    auto e = compute(af, limits);
    if (!e) return Answer::unknown;
    visit(*e);
    return Answer::yes;
}

std::vector<arg_t> largest_admissible_subset(const Framework& af, std::vector<arg_t> set) {
    // countered[b]: how many members attack b. A member goes when one of its attackers has no
    // member against it (or is a member); each removal lowers the counts of what it attacked,
    // and an attacker whose count reaches zero exposes the members it attacks. O(n + m).
    std::vector<char> member(af.size(), 0);
    std::vector<std::uint32_t> countered(af.size(), 0);
    for (arg_t a : set) member[a] = 1;
    for (arg_t a : set)
        for (arg_t b : af.targets(a)) ++countered[b];
    std::vector<arg_t> removed;
    for (arg_t a : set)
        for (arg_t b : af.attackers(a))
            if (countered[b] == 0 || member[b]) {
                removed.push_back(a);
                break;
            }
    for (arg_t a : removed) member[a] = 0;
    for (std::size_t i = 0; i < removed.size(); ++i)
        for (arg_t b : af.targets(removed[i]))
            if (--countered[b] == 0)
                for (arg_t c : af.targets(b))
                    if (member[c]) {
                        member[c] = 0;
                        removed.push_back(c);
                    }
    std::erase_if(set, [&](arg_t a) { return !member[a]; });
    return set;
}

std::optional<std::vector<arg_t>> admissible_core(const Framework& af, const MaxProblem& p, const Limits& limits) {
    auto common = maximal_intersection(af, p, limits);
    if (!common) return std::nullopt;
    return largest_admissible_subset(af, std::move(*common));
}

}  // namespace argmap::detail
