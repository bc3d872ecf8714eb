// Inconsistency budgets (Dunne, Hunter, McBurney, Parsons and Wooldridge 2011, "Weighted
// argument systems: basic definitions, algorithms, and complexity results"). Subsets of the
// attacks that can matter (those among the ancestors of the query) are visited in order of
// increasing total weight, so the first subset that makes the query accepted is the cheapest.
#include <algorithm>
#include <cmath>
#include <queue>

#include "argmap/extensions.hpp"

namespace argmap {

namespace {

// Arguments with a path to a (a included), by backward search.
std::vector<char> ancestors(const Framework& af, arg_t a) {
    std::vector<char> mark(af.size(), 0);
    std::vector<arg_t> stack{a};
    mark[a] = 1;
    while (!stack.empty()) {
        const arg_t x = stack.back();
        stack.pop_back();
        for (arg_t b : af.attackers(x))
            if (!mark[b]) {
                mark[b] = 1;
                stack.push_back(b);
            }
    }
    return mark;
}

}  // namespace

BudgetResult accepted_within(const Framework& af, std::span<const double> weights, Semantics s, arg_t a, bool sceptical,
                             double beta, const Limits& limits, std::size_t max_relevant) {
    BudgetResult out;
    if (s != Semantics::grounded && s != Semantics::preferred) {
        out.message = "budgets are defined here for grounded and preferred only";
        return out;
    }
    if (a >= af.size()) throw std::out_of_range("argument out of range");
    if (weights.size() != af.attack_count()) throw std::invalid_argument("one weight per attack expected");
    // The sub-framework of a's ancestors; its attacks and which of them may be dropped.
    const auto mark = ancestors(af, a);
    std::vector<arg_t> keep;
    std::vector<arg_t> index(af.size(), 0);
    for (arg_t x = 0; x < af.size(); ++x)
        if (mark[x]) {
            index[x] = static_cast<arg_t>(keep.size());
            keep.push_back(x);
        }
    const auto all = af.attack_list();
    std::vector<Attack> fixed;
    struct Candidate {
        Attack local;
        double weight;
        std::size_t global;
    };
    std::vector<Candidate> cand;
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (!mark[all[i].from] || !mark[all[i].to]) continue;
        const Attack local{index[all[i].from], index[all[i].to]};
        if (std::isfinite(weights[i])) cand.push_back({local, weights[i], i});
        else fixed.push_back(local);
    }
    if (cand.size() > max_relevant) {
        out.message = std::to_string(cand.size()) + " attacks bear on this argument; the search stops at " +
                      std::to_string(max_relevant);
        return out;
    }
    std::sort(cand.begin(), cand.end(), [](const Candidate& x, const Candidate& y) { return x.weight < y.weight; });
    const arg_t target = index[a];
    auto accepted = [&](const std::vector<char>& drop) -> Answer {
        std::vector<Attack> att = fixed;
        for (std::size_t i = 0; i < cand.size(); ++i)
            if (!drop[i]) att.push_back(cand[i].local);
        const Framework sub(static_cast<arg_t>(keep.size()), att);
        const Decision d = sceptical ? argmap::sceptical(sub, s, target, limits) : credulous(sub, s, target, limits);
        return d.answer;
    };
    // Best-first over subsets by total weight: a subset is (sum, its largest index, members).
    struct Node {
        double sum;
        std::vector<std::size_t> members;  // ascending indices into cand
        bool operator>(const Node& o) const { return sum > o.sum; }
    };
    std::priority_queue<Node, std::vector<Node>, std::greater<>> heap;
    heap.push({0.0, {}});
    std::vector<char> drop(cand.size());
    while (!heap.empty()) {
        if (limits.expired()) {
            out.message = "stopped by the deadline or cancellation";
            return out;
        }
        Node node = heap.top();
        heap.pop();
        if (node.sum > beta) break;
        std::fill(drop.begin(), drop.end(), 0);
        for (auto i : node.members) drop[i] = 1;
        const Answer ans = accepted(drop);
        if (ans == Answer::unknown) {
            out.message = "stopped by the deadline or cancellation";
            return out;
        }
        if (ans == Answer::yes) {
            out.answer = Answer::yes;
            out.budget = node.sum;
            for (auto i : node.members) out.dropped.push_back(cand[i].global);
            std::sort(out.dropped.begin(), out.dropped.end());
            return out;
        }
        // Successors: add the next index; or replace the last index by the next one.
        const std::size_t last = node.members.empty() ? static_cast<std::size_t>(-1) : node.members.back();
        const std::size_t next = last + 1;  // wraps to 0 for the empty set
        if (next < cand.size()) {
            Node add = node;
            add.members.push_back(next);
            add.sum += cand[next].weight;
            heap.push(std::move(add));
            if (!node.members.empty()) {
                Node swap = node;
                swap.members.back() = next;
                swap.sum += cand[next].weight - cand[last].weight;
                heap.push(std::move(swap));
            }
        }
    }
    out.answer = Answer::no;
    out.message = "not accepted within the budget";
    return out;
}

BudgetResult minimal_budget(const Framework& af, std::span<const double> weights, Semantics s, arg_t a, bool sceptical,
                            const Limits& limits, std::size_t max_relevant) {
    BudgetResult r = accepted_within(af, weights, s, a, sceptical, std::numeric_limits<double>::infinity(), limits, max_relevant);
    if (r.answer == Answer::no) r.message = "never accepted, even with every droppable attack disregarded";
    return r;
}

}  // namespace argmap

namespace argmap {

std::vector<ClaimBudget> minimal_budgets(const ArgumentMap& map, Semantics s, const ProjectionOptions& options,
                                         const Limits& limits) {
    const Projection p = project(map, options);
    std::vector<ClaimBudget> out;
    out.reserve(p.argument_of.size());
    for (arg_t a : p.argument_of)
        out.push_back({minimal_budget(p.framework, p.attack_weight, s, a, false, limits),
                       minimal_budget(p.framework, p.attack_weight, s, a, true, limits)});
    return out;
}

}  // namespace argmap
