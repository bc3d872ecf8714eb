// AFGen D(n, p, q): the dense random family of the ICCMA 2019 and 2023 benchmark sets.
//
// Source: the AFGen description in the ICCMA 2019 benchmark call (generator D(n, p, q)); the
// reading below is confirmed by the statistics of the AFGen instances in
// ../shared/data/iccma/generated/ (n=700, p=0.5, q=0.2: 50.1% of unordered pairs attacked,
// 19.9% of them both ways, directions balanced, no self-attacks).
//
// Parameters: n arguments; every unordered pair {a, b}, a != b, is in conflict with
// probability p; a conflict is mutual (a->b and b->a) with probability q, otherwise one
// direction chosen uniformly. Expected attacks: p (1 + q) n (n - 1) / 2.
#include "family.hpp"

namespace iccma_bench {

GeneratedFramework afgen(Argument n, double p, double q, std::uint64_t seed) {
    Random random(seed);
    GeneratedFramework af;
    af.arguments = n;
    for (Argument a = 0; a < n; ++a)
        for (Argument b = a + 1; b < n; ++b)
            if (random.chance(p)) orient(random, a, b, q, af.attacks);
    return af;
}

}  // namespace iccma_bench
