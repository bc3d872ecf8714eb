// Erdős–Rényi: the "ER" family of AFBenchGen2 used in ICCMA 2017 and 2019, run at several
// densities in the ICCMA 2023 set.
//
// Source: Cerutti, Giacomin, Vallati, "Generating Challenging Benchmark AFs" (COMMA 2014) and
// AFBenchGen2 (ICCMA 2017 benchmark description): every ordered pair is an attack independently
// with a fixed probability.
//
// Parameters: n arguments; each ordered pair (a, b), a != b, is an attack with probability p.
// No self-attacks. Expected attacks: p n (n - 1).
#include "family.hpp"

namespace iccma_bench {

GeneratedFramework erdos_renyi(Argument n, double p, std::uint64_t seed) {
    Random random(seed);
    GeneratedFramework af;
    af.arguments = n;
    for (Argument a = 0; a < n; ++a)
        for (Argument b = 0; b < n; ++b)
            if (a != b && random.chance(p)) af.attacks.emplace_back(a, b);
    return af;
}

}  // namespace iccma_bench
