// The ideal extension (Dung, Mancarella and Toni 2007): the largest admissible set contained
// in every preferred extension. Two ways:
//
// * by credulous acceptance (after Dunne 2009): with CA the credulously accepted arguments
//   (in some admissible set), the ideal extension is the largest admissible subset of CA
//   minus the arguments CA attacks. Proof: a member of the ideal extension is in every
//   preferred extension, so no credulously accepted argument attacks it. Conversely let S be
//   admissible with no member attacked by CA, and E preferred: E does not attack S, and S does
//   not attack E (E would attack back, into S), so E ∪ S is conflict-free, and it defends
//   itself; by maximality S ⊆ E. CA \ CA+ is conflict-free (a member attacked by a member
//   would be attacked by CA), so its largest admissible subset exists. CA comes from greedy
//   small admissible sets, then from SAT calls each asking for an admissible set with an
//   argument not yet covered, until none is left or UNSAT.
// * by intersection: the intersection of the preferred extensions (CEGAR, maximal.cpp)
//   followed by its largest admissible subset.
// The main path takes the grounded extension and then each weak component of the
// grounded-reduced framework apart, sparse ones by credulous acceptance and dense ones by
// intersection (ideal_by_components); argmap::direct intersects on the whole framework.
#include <algorithm>
#include <cstdint>

#include "semantics/decomposition.hpp"
#include "semantics/technique.hpp"

namespace argmap::detail {

namespace {

std::optional<std::vector<arg_t>> ideal_by_intersection(const Framework& af, const Limits& limits) {
    return admissible_core(af, preferred_problem, limits);
}

/// Adds to the admissible set `in` every argument it defends, until none is left (the least
/// complete extension containing it; Dung's fundamental lemma keeps it admissible). O(n + m).
void close_under_defence(const Framework& af, std::vector<char>& in) {
    std::vector<std::uint32_t> undefeated(af.size());  // attackers not yet attacked by the set
    std::vector<char> attacked(af.size(), 0);
    std::vector<arg_t> newly;
    for (arg_t a = 0; a < af.size(); ++a) {
        undefeated[a] = static_cast<std::uint32_t>(af.attackers(a).size());
        if (in[a]) newly.push_back(a);
    }
    for (std::size_t i = 0; i < newly.size(); ++i)
        for (arg_t b : af.targets(newly[i])) {
            if (attacked[b]) continue;
            attacked[b] = 1;
            for (arg_t c : af.targets(b))
                if (--undefeated[c] == 0 && !in[c]) {
                    in[c] = 1;
                    newly.push_back(c);
                }
        }
}

/// A small admissible set containing `a`, built greedily without backtracking: every attacker
/// of a member that the set does not attack yet gets one defender (the first attacker of it
/// that conflicts with nothing chosen); gives up after
/// `budget` members or when some attacker has no such defender. Fills `set` on success.
/// Members are checked against each other when added, and each member's attackers are met
/// when it is reached, so a set returned is conflict-free and defends itself.
bool greedy_admissible(const Framework& af, arg_t a, std::size_t budget, std::vector<char>& member,
                       std::vector<std::uint32_t>& attacks_set, std::vector<arg_t>& set) {
    // attacks_set[x]: members x attacks; member[x]: x chosen. Both are reset before returning.
    set.clear();
    bool ok = true;
    const auto conflicts = [&](arg_t x) {
        if (member[x] || attacks_set[x] || af.self_attacking(x)) return true;
        for (arg_t y : af.targets(x))
            if (member[y]) return true;
        return false;
    };
    const auto add = [&](arg_t x) {
        member[x] = 1;
        set.push_back(x);
        for (arg_t y : af.targets(x)) ++attacks_set[y];
    };
    if (conflicts(a)) ok = false;
    else add(a);
    for (std::size_t i = 0; ok && i < set.size(); ++i) {
        for (arg_t b : af.attackers(set[i])) {
            if (attacks_set[b]) continue;  // some member attacks b already
            const auto defenders = af.attackers(b);
            const auto d = std::find_if(defenders.begin(), defenders.end(), [&](arg_t c) { return !conflicts(c); });
            if (d == defenders.end() || set.size() >= budget) {
                ok = false;
                break;
            }
            add(*d);
        }
    }
    for (arg_t x : set) {
        member[x] = 0;
        for (arg_t y : af.targets(x)) --attacks_set[y];
    }
    return ok;
}

/// Credulous acceptance under preferred of every argument of `af` (a weak component of the
/// grounded-reduced framework): ask for an admissible set with an argument not yet known to be
/// in one, close it under defence, mark its members; until none is left or UNSAT.
std::optional<std::vector<char>> credulously_admissible_component(const Framework& af, const Limits& limits) {
    std::vector<char> accepted(af.size(), 0);
    sat::Solver s(af, sat::Base::admissible, limits, false, labelling_config);
    std::vector<arg_t> open(af.size());
    for (arg_t i = 0; i < af.size(); ++i) {
        open[i] = i;
        s.phase(s.in(i));  // larger admissible sets settle more arguments per call
    }
    // Cheap witnesses first: small admissible sets found greedily around each argument.
    {
        std::vector<char> member(af.size(), 0);
        std::vector<std::uint32_t> attacks_set(af.size(), 0);
        std::vector<arg_t> set;
        for (arg_t a = 0; a < af.size(); ++a)
            if (!accepted[a] && greedy_admissible(af, a, 64, member, attacks_set, set))
                for (arg_t x : set) accepted[x] = 1;
        std::erase_if(open, [&](arg_t i) { return accepted[i] != 0; });
    }
    std::vector<int> clause;
    std::vector<char> model(af.size());
    while (!open.empty()) {
        const int act = s.new_var();
        clause.assign(1, -act);
        for (arg_t i : open) clause.push_back(s.in(i));
        s.add_clause(clause);
        s.assume(act);
        const sat::Result res = s.solve();
        if (res == sat::Result::unknown) return std::nullopt;
        if (res == sat::Result::unsat) break;
        for (arg_t i = 0; i < af.size(); ++i) model[i] = s.value(s.in(i)) ? 1 : 0;
        s.add_clause({-act});  // retire this round's clause
        close_under_defence(af, model);
        for (arg_t i = 0; i < af.size(); ++i) accepted[i] = accepted[i] || model[i];
        std::erase_if(open, [&](arg_t i) { return accepted[i] != 0; });
    }
    return accepted;
}

/// The ideal extension of a weak component of the grounded-reduced framework through its
/// credulously accepted arguments CA: the largest admissible subset of CA \ CA+.
std::optional<std::vector<arg_t>> ideal_by_covering(const Framework& af, const Limits& limits) {
    const auto accepted = credulously_admissible_component(af, limits);
    if (!accepted) return std::nullopt;
    std::vector<char> attacked(af.size(), 0);
    for (arg_t a = 0; a < af.size(); ++a)
        if ((*accepted)[a])
            for (arg_t b : af.targets(a)) attacked[b] = 1;
    std::vector<arg_t> candidates;
    for (arg_t a = 0; a < af.size(); ++a)
        if ((*accepted)[a] && !attacked[a]) candidates.push_back(a);
    return largest_admissible_subset(af, std::move(candidates));
}

/// Components with at least this many attacks per argument go through the intersection of
/// the preferred extensions, sparser ones through credulous acceptance. Measured on the ICCMA
/// families (docs/benchmarks.md, 2026-12-01): covering wins where the greedy sets find most
/// witnesses (Barabási–Albert, grid, Traffic: 2–5 attacks per argument), the intersection
/// where the first preferred extensions already empty it (AFGen, dense Erdős–Rényi,
/// StableGenerator, Watts–Strogatz: 10 and more).
constexpr double dense_component = 6.0;

/// The ideal extension is the grounded extension plus, for every weak component of the
/// grounded-reduced framework, that component's ideal extension: the preferred extensions of
/// a framework are the grounded extension plus one of the reduced framework (grounded
/// reduction), those of a disjoint union are unions of one per part, and a set of the reduced
/// framework is admissible there iff it is admissible together with the grounded extension.
std::optional<std::vector<arg_t>> ideal_by_components(const Framework& af, const Limits& limits) {
    const GroundedReduction r = reduce_by_grounded(af);
    std::vector<arg_t> ideal = r.grounded_in;
    const WeakComponents w = weak_components(r.rest);
    std::vector<arg_t> local(r.rest.size());
    for (std::size_t c = 0; c + 1 < w.start.size(); ++c) {
        const std::span<const arg_t> part(w.order.data() + w.start[c], w.start[c + 1] - w.start[c]);
        const Framework sub = component_framework(r.rest, part, local);
        const bool dense = static_cast<double>(sub.attack_count()) >= dense_component * sub.size();
        const auto e = dense ? admissible_core(sub, preferred_problem, limits) : ideal_by_covering(sub, limits);
        if (!e) return std::nullopt;
        for (arg_t i : *e) ideal.push_back(r.undecided[part[i]]);
    }
    std::sort(ideal.begin(), ideal.end());
    return ideal;
}

}  // namespace

const SemanticsOps ideal_ops = unique_ops<ideal_by_intersection>();
const SemanticsOps ideal_by_acceptance_ops = unique_ops<ideal_by_components>();

}  // namespace argmap::detail
