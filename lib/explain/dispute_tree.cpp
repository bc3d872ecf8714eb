// Dispute trees over admissible sets (Dung, Kowalski and Toni 2006) and the two ways of making
// the set small: SAT shrinking (a strict subset is asked for until UNSAT) for any admissible
// set, and greedy shrinking of a well-founded defence for grounded arguments.
#include <algorithm>
#include <deque>

#include "explain/extension_detail.hpp"
#include "semantics/sat/solver.hpp"

namespace argmap::detail {

namespace {

bool member(const std::vector<arg_t>& sorted, arg_t x) { return std::binary_search(sorted.begin(), sorted.end(), x); }

std::size_t position(const std::vector<arg_t>& sorted, arg_t x) {
    return static_cast<std::size_t>(std::lower_bound(sorted.begin(), sorted.end(), x) - sorted.begin());
}

}  // namespace

std::vector<arg_t> ancestors(const Framework& af, arg_t a) {
    std::vector<arg_t> out{a}, stack{a};
    std::vector<char> seen(af.size(), 0);
    seen[a] = 1;
    while (!stack.empty()) {
        const arg_t x = stack.back();
        stack.pop_back();
        for (arg_t b : af.attackers(x))
            if (!seen[b]) {
                seen[b] = 1;
                out.push_back(b);
                stack.push_back(b);
            }
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::size_t> defence_rounds(const Framework& af, const std::vector<arg_t>& set) {
    // Relevant arguments: the members and their attackers, with local indices.
    std::vector<arg_t> rel = set;
    for (arg_t d : set)
        for (arg_t b : af.attackers(d)) rel.push_back(b);
    std::sort(rel.begin(), rel.end());
    rel.erase(std::unique(rel.begin(), rel.end()), rel.end());
    std::vector<std::size_t> rank(set.size(), unranked), need(set.size());
    std::vector<char> attacked(rel.size(), 0);
    std::deque<std::size_t> queue;
    for (std::size_t i = 0; i < set.size(); ++i) {
        need[i] = af.attackers(set[i]).size();
        if (need[i] == 0) {
            rank[i] = 0;
            queue.push_back(i);
        }
    }
    while (!queue.empty()) {  // FIFO: rounds never decrease, so the last decrement is the latest attacker
        const std::size_t i = queue.front();
        queue.pop_front();
        for (arg_t b : af.targets(set[i])) {
            if (!member(rel, b)) continue;
            const std::size_t bi = position(rel, b);
            if (attacked[bi]) continue;
            attacked[bi] = 1;
            for (arg_t x : af.targets(b))
                if (member(set, x)) {
                    const std::size_t xi = position(set, x);
                    if (rank[xi] == unranked && --need[xi] == 0) {
                        rank[xi] = rank[i] + 1;
                        queue.push_back(xi);
                    }
                }
        }
    }
    return rank;
}

Defence dispute_tree(const Framework& af, arg_t a, std::vector<arg_t> set) {
    Defence d;
    d.set = std::move(set);
    d.rank = defence_rounds(af, d.set);
    d.well_founded = std::find(d.rank.begin(), d.rank.end(), unranked) == d.rank.end();
    std::vector<char> expanded(d.set.size(), 0), on_path(d.set.size(), 0);
    auto rank_of = [&](arg_t x) { return d.rank[position(d.set, x)]; };
    auto build = [&](auto& self, arg_t p, std::size_t depth) -> DisputeNode {
        DisputeNode n{p, true, DisputeNode::Stop::none, {}};
        const std::size_t pi = position(d.set, p);
        if (on_path[pi]) {
            n.stop = DisputeNode::Stop::cycle;
            return n;
        }
        if (expanded[pi]) {
            n.stop = DisputeNode::Stop::shown_above;
            return n;
        }
        if (depth >= max_dispute_depth) {
            n.stop = DisputeNode::Stop::depth_limit;
            return n;
        }
        expanded[pi] = on_path[pi] = 1;
        for (arg_t b : af.attackers(p)) {
            DisputeNode o{b, false, DisputeNode::Stop::none, {}};
            // The answer: the member of the earliest round that attacks b.
            std::optional<arg_t> best;
            for (arg_t c : af.attackers(b))
                if (member(d.set, c) && (!best || rank_of(c) < rank_of(*best))) best = c;
            if (best) o.children.push_back(self(self, *best, depth + 1));
            n.children.push_back(std::move(o));
        }
        on_path[pi] = 0;
        return n;
    };
    d.tree = build(build, a, 0);
    return d;
}

std::optional<std::vector<arg_t>> minimal_admissible(const Framework& af, arg_t a, const std::vector<arg_t>& pool,
                                                     const Limits& limits, Answer& answer) {
    const std::vector<arg_t> keep = ancestors(af, a);
    const Framework sub = restrict_to(af, keep);
    sat::Solver s(sub, sat::Base::admissible, limits, false);
    const arg_t la = static_cast<arg_t>(position(keep, a));
    s.add_clause({s.in(la)});
    if (!pool.empty())
        for (arg_t x = 0; x < keep.size(); ++x)
            if (!member(pool, keep[x])) s.add_clause({-s.in(x)});
    std::vector<arg_t> best;
    for (bool first = true;; first = false) {
        switch (s.solve()) {
        case sat::Result::unknown: answer = Answer::unknown; return std::nullopt;
        case sat::Result::unsat:
            if (first) {
                answer = Answer::no;
                return std::nullopt;
            }
            answer = Answer::yes;
            for (arg_t& x : best) x = keep[x];
            return best;
        case sat::Result::sat: break;
        }
        best = s.model_extension();
        // Only strict subsets from now on: what is out stays out, and one member more goes.
        std::vector<int> drop;
        for (arg_t x = 0, k = 0; x < keep.size(); ++x) {
            if (k < best.size() && best[k] == x) {
                ++k;
                if (x != la) drop.push_back(-s.in(x));
            } else {
                s.add_clause({-s.in(x)});
            }
        }
        if (drop.empty()) {
            answer = Answer::yes;
            for (arg_t& x : best) x = keep[x];
            return best;
        }
        s.constrain(drop);
    }
}

std::vector<arg_t> minimal_grounded_defence(const Framework& af, arg_t a, const std::vector<arg_t>& grounded) {
    // Start from the earliest-round defence of a inside the grounded extension ...
    const std::vector<std::size_t> round = defence_rounds(af, grounded);
    auto round_of = [&](arg_t x) { return round[position(grounded, x)]; };
    std::vector<arg_t> set{a}, todo{a};
    std::vector<char> taken;  // over grounded positions
    taken.assign(grounded.size(), 0);
    taken[position(grounded, a)] = 1;
    while (!todo.empty()) {
        const arg_t d = todo.back();
        todo.pop_back();
        for (arg_t b : af.attackers(d)) {
            std::optional<arg_t> best;
            for (arg_t c : af.attackers(b))
                if (member(grounded, c) && (!best || round_of(c) < round_of(*best))) best = c;
            const std::size_t bi = position(grounded, *best);  // a grounded member's attackers are all answered
            if (!taken[bi]) {
                taken[bi] = 1;
                set.push_back(*best);
                todo.push_back(*best);
            }
        }
    }
    std::sort(set.begin(), set.end());
    // ... then drop members, latest round first, while a keeps a well-founded defence. The
    // well-founded part is monotone in the set, so a member whose removal fails once is needed
    // in every subset: the result is subset-minimal.
    // Members every well-founded defence inside `set` needs are never tried: a is needed, and
    // so is the only member attacking an attacker of a needed member. This keeps long chains linear.
    auto needed_members = [&] {
        std::vector<char> needed(set.size(), 0);
        std::vector<arg_t> stack{a};
        needed[position(set, a)] = 1;
        while (!stack.empty()) {
            const arg_t d = stack.back();
            stack.pop_back();
            for (arg_t b : af.attackers(d)) {
                std::optional<arg_t> only;
                std::size_t answers = 0;
                for (arg_t c : af.attackers(b))
                    if (member(set, c) && ++answers == 1) only = c;
                if (answers != 1) continue;
                const std::size_t oi = position(set, *only);
                if (!needed[oi]) {
                    needed[oi] = 1;
                    stack.push_back(*only);
                }
            }
        }
        return needed;
    };
    std::vector<char> needed = needed_members();
    std::vector<arg_t> order = set;
    std::sort(order.begin(), order.end(), [&](arg_t x, arg_t y) { return round_of(x) > round_of(y); });
    for (arg_t x : order) {
        if (x == a || !member(set, x) || needed[position(set, x)]) continue;
        std::vector<arg_t> trial;
        for (arg_t y : set)
            if (y != x) trial.push_back(y);
        const auto r = defence_rounds(af, trial);
        if (r[position(trial, a)] == unranked) continue;
        set.clear();
        for (std::size_t i = 0; i < trial.size(); ++i)
            if (r[i] != unranked) set.push_back(trial[i]);
        needed = needed_members();
    }
    return set;
}

std::optional<Defence> defence_of(const Framework& af, arg_t a, const std::vector<arg_t>& pool, bool grounded_inside,
                                  const std::vector<arg_t>& grounded, const Limits& limits, Answer& answer) {
    if (grounded_inside && member(grounded, a)) {
        answer = Answer::yes;
        return dispute_tree(af, a, minimal_grounded_defence(af, a, grounded));
    }
    auto set = minimal_admissible(af, a, pool, limits, answer);
    if (!set) return std::nullopt;
    return dispute_tree(af, a, std::move(*set));
}

bool admissible_based(Semantics s) noexcept {
    switch (s) {
    case Semantics::conflict_free:
    case Semantics::naive:
    case Semantics::stage:
    case Semantics::cf2: return false;
    default: return true;
    }
}

bool unique_status(Semantics s) noexcept {
    return s == Semantics::grounded || s == Semantics::ideal || s == Semantics::eager;
}

}  // namespace argmap::detail
