// The ideal extension (Dung, Mancarella and Toni 2007): the largest admissible set contained
// in every preferred extension. Two ways:
//
// * by credulous acceptance (after Dunne 2009): with CA the credulously accepted arguments
//   (in some admissible set), the ideal extension I is the largest admissible subset of CA
//   minus the arguments CA attacks. Proof: a member of the ideal extension is in every
//   preferred extension, so no credulously accepted argument attacks it. Conversely let S be
//   admissible with no member attacked by CA, and E preferred: E does not attack S, and S does
//   not attack E (E would attack back, into S), so E ∪ S is conflict-free, and it defends
//   itself; by maximality S ⊆ E. CA \ CA+ is conflict-free (a member attacked by a member
//   would be attacked by CA), so its largest admissible subset exists (the union of its
//   admissible subsets; largest_admissible_subset computes it for any set inside a
//   conflict-free one).
//
//   Covering only what matters (ideal_by_covering). K ⊆ CA are the arguments known to be in
//   an admissible set (greedy small admissible sets, then SAT models closed to the least
//   complete extension above them, complete_closure.cpp).
//   The bound U: start from the arguments that are not self-attacking and not in K+, and drop
//   an argument with an attacker no remaining argument attacks, until none is left. I ⊆ U: I
//   is in the start set (I ⊆ CA, and I ∩ K+ = ∅ since K+ ⊆ CA+), and no step drops a member
//   of I, since I ⊆ the current set and I attacks every attacker of its members. K only
//   grows, so U only shrinks. An open argument (not self-attacking, not in K) is relevant
//   when it is in U or attacks a member of U; once irrelevant it stays so. Each SAT call asks
//   for an admissible set containing a relevant open argument; its model, closed under
//   defence, joins K. The calls stop when no open argument is relevant, or at UNSAT (then no
//   relevant open argument R is in CA). At that point every argument is in K, self-attacking
//   (not in CA), in R (not in CA) or irrelevant (Z: not in U, attacks nothing in U). Let
//   T = U ∩ K, conflict-free (a member attacked by a member is in K+). Then I = L(T), the
//   largest admissible subset of T: (1) T ⊆ CA \ CA+: an attacker of x ∈ T in CA would be in K
//   (but x ∉ K+), or self-attacking, in R (neither is in CA) or in Z (which attacks nothing
//   in U); so L(T) is an admissible subset of CA \ CA+, L(T) ⊆ I. (2) I ⊆ U and U ∩ CA ⊆ K
//   (a member of U outside K is open and in U, so relevant: in R, not in CA), so I ⊆ T; I is
//   admissible, so I ⊆ L(T). Whether the arguments of Z are credulously accepted never matters.
//   Credulous acceptance is directional (S ∩ ancestors(y) is admissible when S is), but on
//   the instances measured the ancestors of the relevant arguments were most of the
//   component (docs/benchmarks.md), so the SAT calls see the whole component.
// * by intersection: the intersection of the preferred extensions (CEGAR, maximal.cpp)
//   followed by its largest admissible subset.
// The main path takes the grounded extension and then each weak component of the
// grounded-reduced framework apart by credulous acceptance (ideal_by_components);
// argmap::direct intersects on the whole framework.
#include <algorithm>
#include <cstdint>
#include <optional>

#include "semantics/decomposition.hpp"
#include "semantics/technique.hpp"

namespace argmap::detail {

namespace {

std::optional<std::vector<arg_t>> ideal_by_intersection(const Framework& af, const Limits& limits) {
    return admissible_core(af, preferred_problem, limits);
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

/// The upper bound U of the file's header: from the arguments that may be credulously
/// accepted and that no known accepted one attacks, drop every argument with an attacker the
/// remaining ones do not attack, until none is left (the greatest such subset).
/// exclude_targets_of(z) for each newly accepted z keeps it up to date; the bound only shrinks,
/// O(n + m) over all calls.
class IdealBound {
public:
    IdealBound(const Framework& af, const std::vector<char>& start) : af_(af), member_(start), countered_(af.size(), 0) {
        for (arg_t a = 0; a < af.size(); ++a)
            if (member_[a])
                for (arg_t b : af.targets(a)) ++countered_[b];
        for (arg_t a = 0; a < af.size(); ++a)
            if (member_[a])
                for (arg_t b : af.attackers(a))
                    if (countered_[b] == 0) {
                        remove(a);
                        break;
                    }
        settle();
    }
    void exclude_targets_of(arg_t z) {
        for (arg_t b : af_.targets(z))
            if (member_[b]) remove(b);
        settle();
    }
    bool contains(arg_t a) const { return member_[a] != 0; }
    /// Whether the credulous acceptance of `a` can still matter: a is in the bound or attacks
    /// a member of it.
    bool touches(arg_t a) const {
        if (member_[a]) return true;
        for (arg_t b : af_.targets(a))
            if (member_[b]) return true;
        return false;
    }

private:
    void remove(arg_t a) {
        member_[a] = 0;
        removed_.push_back(a);
    }
    // A removed argument stops countering its targets; a target no member counters any more
    // exposes the members it attacks.
    void settle() {
        while (!removed_.empty()) {
            const arg_t a = removed_.back();
            removed_.pop_back();
            for (arg_t b : af_.targets(a))
                if (--countered_[b] == 0)
                    for (arg_t c : af_.targets(b))
                        if (member_[c]) remove(c);
        }
    }
    const Framework& af_;
    std::vector<char> member_;
    std::vector<std::uint32_t> countered_;  // members attacking the argument
    std::vector<arg_t> removed_;
};

}  // namespace

std::optional<std::vector<arg_t>> ideal_by_covering(const Framework& af, const Limits& limits, const IdealCovering& options) {
    std::vector<char> accepted(af.size(), 0);  // K
    std::vector<char> member(af.size(), 0);
    std::vector<std::uint32_t> attacks_set(af.size(), 0);
    std::vector<arg_t> set;
    // Cheap witnesses first: small admissible sets found greedily around each argument.
    if (options.greedy_budget > 0)
        for (arg_t a = 0; a < af.size(); ++a)
            if (!accepted[a] && greedy_admissible(af, a, options.greedy_budget, member, attacks_set, set))
                for (arg_t x : set) accepted[x] = 1;
    // The bound starts from the arguments that are not self-attacking (those are in no
    // admissible set) and not attacked by K.
    std::vector<char> start(af.size(), 0);
    for (arg_t a = 0; a < af.size(); ++a)
        if (accepted[a])
            for (arg_t b : af.targets(a)) start[b] = 2;
    for (arg_t a = 0; a < af.size(); ++a) start[a] = start[a] != 2 && !af.self_attacking(a);
    IdealBound bound(af, start);
    const auto accept = [&](arg_t x) {
        if (accepted[x]) return;
        accepted[x] = 1;
        bound.exclude_targets_of(x);
    };
    std::vector<arg_t> open;  // not self-attacking, not known accepted, and relevant
    const auto keep_relevant = [&] { std::erase_if(open, [&](arg_t i) { return accepted[i] != 0 || !bound.touches(i); }); };
    for (arg_t a = 0; a < af.size(); ++a)
        if (!accepted[a] && !af.self_attacking(a)) open.push_back(a);
    keep_relevant();
    // Larger greedy sets, for the relevant open arguments only, within O(n + m) work in all.
    if (options.relevant_budget > 0) {
        const std::size_t work_limit = 4 * (static_cast<std::size_t>(af.size()) + af.attack_count());
        std::size_t work = 0;
        for (std::size_t i = 0; i < open.size() && work < work_limit; ++i) {
            const arg_t a = open[i];
            if (accepted[a] || !bound.touches(a)) continue;
            const bool ok = greedy_admissible(af, a, options.relevant_budget, member, attacks_set, set);
            work += set.size();
            if (ok)
                for (arg_t x : set) accept(x);
        }
        keep_relevant();
    }
    // SAT calls, each asking for an admissible set with a relevant open argument.
    std::optional<sat::Solver> s;
    std::vector<int> clause;
    std::vector<arg_t> model;
    while (!open.empty()) {
        if (!s) {
            s.emplace(af, sat::Base::admissible, limits, false, labelling_config);
            for (arg_t i = 0; i < af.size(); ++i) s->phase(s->in(i));  // larger admissible sets settle more per call
        }
        const int act = s->new_var();
        clause.assign(1, -act);
        for (arg_t i : open) clause.push_back(s->in(i));
        s->add_clause(clause);
        s->assume(act);
        const sat::Result res = s->solve();
        if (res == sat::Result::unknown) return std::nullopt;
        if (res == sat::Result::unsat) break;  // no relevant open argument is credulously accepted
        model.clear();
        for (arg_t i = 0; i < af.size(); ++i)
            if (s->value(s->in(i))) model.push_back(i);
        s->add_clause({-act});  // retire this round's clause
        // The least complete extension above the model (complete_closure.cpp) settles more.
        for (arg_t i : complete_closure(af, model)) accept(i);
        keep_relevant();
    }
    // T = U ∩ K (no member is attacked by K: the bound excludes K+); the answer is L(T).
    std::vector<arg_t> candidates;
    for (arg_t a = 0; a < af.size(); ++a)
        if (accepted[a] && bound.contains(a)) candidates.push_back(a);
    return largest_admissible_subset(af, std::move(candidates));
}

namespace {

/// The ideal extension is the grounded extension plus, for every weak component of the
/// grounded-reduced framework, that component's ideal extension: the preferred extensions of
/// a framework are the grounded extension plus one of the reduced framework (grounded
/// reduction), those of a disjoint union are unions of one per part, and a set of the reduced
/// framework is admissible there iff it is admissible together with the grounded extension.
/// Every component goes through the covering: until the covering asked only about the
/// relevant arguments, components of 6 and more attacks per argument went through the
/// intersection of the preferred extensions, which the covering now beats on every ICCMA
/// family measured, dense ones included (docs/benchmarks.md, "SE-ID: covering only what matters").
std::optional<std::vector<arg_t>> ideal_by_components(const Framework& af, const Limits& limits) {
    const GroundedReduction r = reduce_by_grounded(af);
    std::vector<arg_t> ideal = r.grounded_in;
    const WeakComponents w = weak_components(r.rest);
    std::vector<arg_t> local(r.rest.size());
    for (std::size_t c = 0; c + 1 < w.start.size(); ++c) {
        const std::span<const arg_t> part(w.order.data() + w.start[c], w.start[c + 1] - w.start[c]);
        const Framework sub = component_framework(r.rest, part, local);
        const auto e = ideal_by_covering(sub, limits);
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
