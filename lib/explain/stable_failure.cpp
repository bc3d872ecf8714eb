// Why there is no stable extension: a subset-minimal set M of arguments such that no
// conflict-free set includes or attacks every member of M (an unsatisfiable core of the stable
// encoding's "in or attacked" clauses, shrunk by deletion), and an odd cycle of attacks among
// them (a framework without odd cycles has a stable extension, Dung 1995).
#include <algorithm>

#include "explain/extension_detail.hpp"
#include "semantics/sat/solver.hpp"

namespace argmap::detail {

namespace {

// An odd cycle in af restricted to `part` (sorted), in original numbering; empty if none.
// Per strongly connected component: BFS parity from a root; an edge u -> w joining equal
// parities gives two closed walks through the root whose lengths differ by an odd number, so
// one is odd; an odd closed walk splits into simple cycles, one of them odd.
std::vector<arg_t> odd_cycle_in(const Framework& af, const std::vector<arg_t>& part) {
    const Framework sub = restrict_to(af, part);
    const Components comps = strongly_connected_components(sub);
    const arg_t n = sub.size();
    for (std::uint32_t c = 0; c < comps.count; ++c) {
        arg_t root = n;
        for (arg_t v = 0; v < n && root == n; ++v)
            if (comps.of[v] == c) root = v;
        auto bfs = [&](bool forward) {
            std::vector<std::size_t> dist(n, unranked);
            std::vector<arg_t> parent(n, n), queue{root};
            dist[root] = 0;
            for (std::size_t h = 0; h < queue.size(); ++h) {
                const arg_t u = queue[h];
                for (arg_t w : forward ? sub.targets(u) : sub.attackers(u))
                    if (comps.of[w] == c && dist[w] == unranked) {
                        dist[w] = dist[u] + 1;
                        parent[w] = u;
                        queue.push_back(w);
                    }
            }
            return std::pair{dist, parent};
        };
        const auto forward = bfs(true);    // root ~> v
        const auto backward = bfs(false);  // v ~> root
        const std::vector<std::size_t>& down = forward.first;
        const std::vector<arg_t>& from_root = forward.second;
        const std::vector<arg_t>& to_root = backward.second;
        auto path_from_root = [&](arg_t v) {
            std::vector<arg_t> p;
            for (arg_t x = v; x != root; x = from_root[x]) p.push_back(x);
            p.push_back(root);
            std::reverse(p.begin(), p.end());
            return p;  // root ... v
        };
        auto path_to_root = [&](arg_t v) {
            std::vector<arg_t> p;
            for (arg_t x = v; x != root; x = to_root[x]) p.push_back(x);
            return p;  // v ... (last before root)
        };
        for (arg_t u = 0; u < n; ++u) {
            if (comps.of[u] != c) continue;
            for (arg_t w : sub.targets(u)) {
                if (comps.of[w] != c || (down[u] + 1 + down[w]) % 2 == 0) continue;
                // Closed walks root ~> u -> w ~> root and root ~> w ~> root: one is odd.
                std::vector<arg_t> walk = path_from_root(u);
                for (arg_t x : path_to_root(w)) walk.push_back(x);
                if (walk.size() % 2 == 0) {
                    walk = path_from_root(w);
                    walk.pop_back();
                    for (arg_t x : path_to_root(w)) walk.push_back(x);
                }
                // walk is a closed walk v0 v1 ... v(k-1) (back to v0); peel simple cycles off.
                std::vector<arg_t> stack;
                std::vector<std::size_t> at(n, unranked);
                for (std::size_t i = 0; i <= walk.size(); ++i) {
                    const arg_t v = walk[i % walk.size()];
                    if (at[v] != unranked) {
                        std::vector<arg_t> cycle(stack.begin() + static_cast<std::ptrdiff_t>(at[v]), stack.end());
                        if (cycle.size() % 2 == 1) {
                            for (arg_t& x : cycle) x = part[x];
                            return cycle;
                        }
                        for (arg_t y : cycle) at[y] = unranked;
                        stack.resize(at[v] == unranked ? stack.size() - cycle.size() : at[v]);
                    }
                    at[v] = stack.size();
                    stack.push_back(v);
                }
            }
        }
    }
    return {};
}

}  // namespace

void explain_stable_failure(const Framework& af, const Limits& limits, AcceptanceExplanation& x) {
    sat::Solver s(af, sat::Base::conflict_free, limits, false);
    std::vector<int> act(af.size());
    for (arg_t a = 0; a < af.size(); ++a) {
        act[a] = s.new_var();
        s.add_clause({-act[a], s.in(a), s.attacked(a)});
    }
    auto unsat_with = [&](const std::vector<arg_t>& m) {
        for (arg_t a : m) s.assume(act[a]);
        return s.solve();
    };
    std::vector<arg_t> core(af.size());
    for (arg_t a = 0; a < af.size(); ++a) core[a] = a;
    auto shrink_to_failed = [&] {
        std::vector<arg_t> kept;
        for (arg_t a : core)
            if (s.failed(act[a])) kept.push_back(a);
        core = std::move(kept);
    };
    if (unsat_with(core) != sat::Result::unsat) {
        x.answer = Answer::unknown;  // a stable extension exists after all, or limits fired
        return;
    }
    shrink_to_failed();
    // Deletion: drop each member whose absence keeps it unsatisfiable.
    for (std::size_t i = 0; i < core.size();) {
        std::vector<arg_t> trial = core;
        trial.erase(trial.begin() + static_cast<std::ptrdiff_t>(i));
        const auto r = unsat_with(trial);
        if (r == sat::Result::unknown) {
            x.answer = Answer::unknown;
            return;
        }
        if (r == sat::Result::unsat) {
            const arg_t removed = core[i];
            core = std::move(trial);
            shrink_to_failed();
            // Members before i stay needed (fewer members only makes satisfying easier).
            i = static_cast<std::size_t>(std::lower_bound(core.begin(), core.end(), removed) - core.begin());
        } else {
            ++i;
        }
    }
    x.unsettled = core;
    x.odd_cycle = odd_cycle_in(af, core);
    if (x.odd_cycle.empty()) {
        // The cycle may run through arguments outside the core: look in everything that reaches it.
        std::vector<arg_t> reach;
        for (arg_t m : core)
            for (arg_t y : ancestors(af, m)) reach.push_back(y);
        std::sort(reach.begin(), reach.end());
        reach.erase(std::unique(reach.begin(), reach.end()), reach.end());
        x.odd_cycle = odd_cycle_in(af, reach);
    }
}

}  // namespace argmap::detail
