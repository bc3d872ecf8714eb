// Dispatch of acceptance, search, enumeration and counting to the technique that fits each
// semantics: linear propagation (grounded), one SAT call (stable, complete, admissible,
// conflict-free), CEGAR loops over maximal objectives (preferred, naive, semi-stable, stage),
// and intersection followed by the largest admissible subset (ideal, eager).
#include "argmap/extensions.hpp"

#include <algorithm>
#include <array>

#include "semantics/maximal.hpp"

namespace argmap {

namespace {

using detail::MaxProblem;
using detail::Objective;
using sat::Base;
using sat::Result;

constexpr std::array<Semantics, 11> every = {
    Semantics::conflict_free, Semantics::naive,  Semantics::admissible, Semantics::complete,
    Semantics::grounded,      Semantics::preferred, Semantics::stable,  Semantics::semi_stable,
    Semantics::stage,         Semantics::ideal,  Semantics::eager};

std::optional<MaxProblem> maximal_problem(Semantics s) {
    switch (s) {
    case Semantics::preferred: return MaxProblem{Base::complete, true, Objective::in_set};
    case Semantics::naive: return MaxProblem{Base::conflict_free, false, Objective::in_set};
    case Semantics::semi_stable: return MaxProblem{Base::complete, true, Objective::range};
    case Semantics::stage: return MaxProblem{Base::conflict_free, false, Objective::range};
    default: return std::nullopt;
    }
}

// Base encoding of the semantics whose extensions are exactly the models.
std::optional<std::pair<Base, bool>> plain_problem(Semantics s) {
    switch (s) {
    case Semantics::conflict_free: return std::pair{Base::conflict_free, false};
    case Semantics::admissible: return std::pair{Base::admissible, false};
    case Semantics::complete: return std::pair{Base::complete, true};
    case Semantics::stable: return std::pair{Base::stable, true};
    default: return std::nullopt;
    }
}

// The largest admissible subset of `candidates` (which lies inside a conflict-free set):
// drop members with an attacker that the remaining set does not attack, until nothing changes.
std::vector<arg_t> largest_admissible_subset(const Framework& af, std::vector<arg_t> set) {
    std::vector<char> member(af.size(), 0);
    for (arg_t a : set) member[a] = 1;
    for (bool changed = true; changed;) {
        changed = false;
        for (arg_t a : set) {
            if (!member[a]) continue;
            for (arg_t b : af.attackers(a)) {
                bool defended = false;
                for (arg_t c : af.attackers(b))
                    if (member[c]) {
                        defended = true;
                        break;
                    }
                if (!defended || member[b]) {
                    member[a] = 0;
                    changed = true;
                    break;
                }
            }
        }
    }
    std::vector<arg_t> out;
    for (arg_t a : set)
        if (member[a]) out.push_back(a);
    return out;
}

// Unique-status semantics: grounded, ideal, eager.
std::optional<std::vector<arg_t>> unique_extension(const Framework& af, Semantics s, const Limits& limits) {
    if (s == Semantics::grounded) return grounded_extension(af);
    const MaxProblem p = *maximal_problem(s == Semantics::ideal ? Semantics::preferred : Semantics::semi_stable);
    auto common = detail::maximal_intersection(af, p, limits);
    if (!common) return std::nullopt;
    return largest_admissible_subset(af, std::move(*common));
}

bool is_unique(Semantics s) { return s == Semantics::grounded || s == Semantics::ideal || s == Semantics::eager; }

bool contains(const std::vector<arg_t>& e, arg_t a) { return std::binary_search(e.begin(), e.end(), a); }

void check_argument(const Framework& af, arg_t a) {
    if (a >= af.size())
        throw std::out_of_range("argument " + std::to_string(a) + " is outside 0.." + std::to_string(af.size()) + "-1");
}

}  // namespace

std::string_view iccma_code(Semantics s) noexcept {
    switch (s) {
    case Semantics::conflict_free: return "CF";
    case Semantics::naive: return "NA";
    case Semantics::admissible: return "ADM";
    case Semantics::complete: return "CO";
    case Semantics::grounded: return "GR";
    case Semantics::preferred: return "PR";
    case Semantics::stable: return "ST";
    case Semantics::semi_stable: return "SST";
    case Semantics::stage: return "STG";
    case Semantics::ideal: return "ID";
    case Semantics::eager: return "EA";
    }
    return "CO";
}

std::optional<Semantics> parse_semantics(std::string_view name) noexcept {
    static constexpr std::array<std::string_view, 11> names = {
        "conflict-free", "naive", "admissible", "complete", "grounded", "preferred",
        "stable", "semi-stable", "stage", "ideal", "eager"};
    for (std::size_t i = 0; i < every.size(); ++i)
        if (name == names[i] || name == iccma_code(every[i])) return every[i];
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

Decision credulous(const Framework& af, Semantics s, arg_t a, const Limits& limits) {
    check_argument(af, a);
    if (is_unique(s)) {
        auto e = unique_extension(af, s, limits);
        if (!e) return {};
        return {contains(*e, a) ? Answer::yes : Answer::no, contains(*e, a) ? e : std::nullopt};
    }
    if (auto p = maximal_problem(s)) return detail::maximal_credulous(af, *p, a, limits);
    auto [base, fix] = *plain_problem(s);
    sat::Solver solver(af, base, limits, fix);
    solver.assume(solver.in(a));
    switch (solver.solve()) {
    case Result::sat: return {Answer::yes, solver.model_extension()};
    case Result::unsat: return {Answer::no, std::nullopt};
    case Result::unknown: return {};
    }
    return {};
}

Decision sceptical(const Framework& af, Semantics s, arg_t a, const Limits& limits) {
    check_argument(af, a);
    if (is_unique(s)) {
        auto e = unique_extension(af, s, limits);
        if (!e) return {};
        return {contains(*e, a) ? Answer::yes : Answer::no, contains(*e, a) ? std::nullopt : e};
    }
    switch (s) {
    case Semantics::complete: {  // sceptical complete = grounded
        auto g = grounded_extension(af);
        if (contains(g, a)) return {Answer::yes, std::nullopt};
        return {Answer::no, g};
    }
    case Semantics::conflict_free:
    case Semantics::admissible: return {Answer::no, std::vector<arg_t>{}};  // the empty set
    default: break;
    }
    if (auto p = maximal_problem(s)) return detail::maximal_sceptical(af, *p, a, limits);
    auto [base, fix] = *plain_problem(s);  // stable
    sat::Solver solver(af, base, limits, fix);
    solver.assume(-solver.in(a));
    switch (solver.solve()) {
    case Result::sat: return {Answer::no, solver.model_extension()};
    case Result::unsat: return {Answer::yes, std::nullopt};
    case Result::unknown: return {};
    }
    return {};
}

Decision some_extension(const Framework& af, Semantics s, const Limits& limits) {
    if (is_unique(s)) {
        auto e = unique_extension(af, s, limits);
        if (!e) return {};
        return {Answer::yes, std::move(e)};
    }
    if (auto p = maximal_problem(s)) return detail::maximal_some(af, *p, limits);
    if (s == Semantics::complete) return {Answer::yes, grounded_extension(af)};
    if (s == Semantics::conflict_free || s == Semantics::admissible) return {Answer::yes, std::vector<arg_t>{}};
    auto [base, fix] = *plain_problem(s);
    sat::Solver solver(af, base, limits, fix);
    switch (solver.solve()) {
    case Result::sat: return {Answer::yes, solver.model_extension()};
    case Result::unsat: return {Answer::no, std::nullopt};
    case Result::unknown: return {};
    }
    return {};
}

Answer enumerate_extensions(const Framework& af, Semantics s, const ExtensionVisitor& visit, const Limits& limits) {
    if (is_unique(s)) {
        auto e = unique_extension(af, s, limits);
        if (!e) return Answer::unknown;
        visit(*e);
        return Answer::yes;
    }
    if (auto p = maximal_problem(s)) return detail::maximal_enumerate(af, *p, visit, limits);
    auto [base, fix] = *plain_problem(s);
    sat::Solver solver(af, base, limits, fix);
    std::vector<int> block;
    while (true) {
        switch (solver.solve()) {
        case Result::unsat: return Answer::yes;
        case Result::unknown: return Answer::unknown;
        case Result::sat: break;
        }
        const auto e = solver.model_extension();
        if (!visit(e)) return Answer::yes;
        block.clear();
        std::size_t k = 0;
        for (arg_t a = 0; a < af.size(); ++a) {
            const bool member = k < e.size() && e[k] == a;
            if (member) ++k;
            block.push_back(member ? -solver.in(a) : solver.in(a));
        }
        solver.add_clause(block);
    }
}

Count count_extensions(const Framework& af, Semantics s, const Limits& limits) {
    Count c;
    c.answer = enumerate_extensions(af, s, [&](std::span<const arg_t>) { ++c.count; return true; }, limits);
    return c;
}

}  // namespace argmap
