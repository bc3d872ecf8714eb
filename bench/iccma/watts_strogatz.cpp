// Watts–Strogatz: the small-world "WS" family of AFBenchGen2 (ICCMA 2017, 2019; instance names
// WS_<n>_<k>_<beta %>_<mutual %>).
//
// Source: Watts and Strogatz, "Collective dynamics of 'small-world' networks" (Nature 1998);
// AFBenchGen2 orients the edges of the rewired ring.
//
// Parameters: n arguments on a ring, each joined to its k/2 successors (k even, k < n), so n k / 2
// edges; each edge {a, a + d} has its far end rewired with probability beta to a uniformly chosen
// argument that is neither a nor already joined to a (the edge count stays n k / 2); every edge is
// then oriented by `orient` (mutual with probability `mutual`).
#include "family.hpp"

#include <set>
#include <stdexcept>

namespace iccma_bench {

GeneratedFramework watts_strogatz(Argument n, Argument k, double beta, double mutual, std::uint64_t seed) {
    if (k % 2 != 0 || k >= n) throw std::invalid_argument("watts_strogatz: k must be even and below n");
    Random random(seed);
    GeneratedFramework af;
    af.arguments = n;
    std::set<std::pair<Argument, Argument>> edges;  // unordered, stored (min, max)
    auto key = [](Argument a, Argument b) { return a < b ? std::pair{a, b} : std::pair{b, a}; };
    for (Argument a = 0; a < n; ++a)
        for (Argument d = 1; d <= k / 2; ++d) edges.insert(key(a, (a + d) % n));
    for (Argument d = 1; d <= k / 2; ++d)  // the classic order: one ring distance at a time
        for (Argument a = 0; a < n; ++a) {
            if (!random.chance(beta)) continue;
            const Argument b = (a + d) % n;
            Argument c = static_cast<Argument>(random.below(n));
            Argument tries = 0;
            while ((c == a || edges.count(key(a, c))) && ++tries < 8 * n) c = static_cast<Argument>(random.below(n));
            if (c == a || edges.count(key(a, c))) continue;  // a is joined to everyone: keep the edge
            edges.erase(key(a, b));
            edges.insert(key(a, c));
        }
    for (const auto& [a, b] : edges) orient(random, a, b, mutual, af.attacks);
    return af;
}

}  // namespace iccma_bench
