// AdmBuster: the ICCMA 2017 family built to defeat algorithms that grow admissible sets
// argument by argument (instances admbuster_<n>).
//
// Source: ICCMA 2017 benchmark description (Gaggl et al., AIJ 2020, "AdmBuster"); the shape below
// matches the published admbuster_1000 ... admbuster_50000 files argument for argument.
//
// Shape for n arguments (n even, n >= 4), k = (n - 2) / 2:
//   arguments  a, b1, c1, b2, c2, ..., bk, ck, d          (this order, 1-based in the file)
//   b1 -> a, c1 -> a                                        the query argument a
//   b(i+1) -> b(i), c(i+1) -> c(i)        for 1 <= i < k     two attack chains
//   b(i+1) -> c(i), c(i+1) -> b(i)        for even i < k    cross attacks between the chains
//   d -> bk, d -> ck                                        the unattacked head
// Attacks: 2 + 2 (k - 1) + 2 floor((k - 1) / 2) + 2.
#include "family.hpp"

#include <stdexcept>

namespace iccma_bench {

GeneratedFramework admbuster(Argument n) {
    if (n < 4 || n % 2 != 0) throw std::invalid_argument("admbuster: n must be even and at least 4");
    const Argument k = (n - 2) / 2;
    const Argument a = 0, d = n - 1;
    auto b = [](Argument i) { return 2 * i - 1; };  // b1 = 1, b2 = 3, ...
    auto c = [](Argument i) { return 2 * i; };      // c1 = 2, c2 = 4, ...
    GeneratedFramework af;
    af.arguments = n;
    af.attacks.emplace_back(b(1), a);
    af.attacks.emplace_back(c(1), a);
    for (Argument i = 1; i < k; ++i) {
        af.attacks.emplace_back(b(i + 1), b(i));
        af.attacks.emplace_back(c(i + 1), c(i));
        if (i % 2 == 0) {
            af.attacks.emplace_back(b(i + 1), c(i));
            af.attacks.emplace_back(c(i + 1), b(i));
        }
    }
    af.attacks.emplace_back(d, b(k));
    af.attacks.emplace_back(d, c(k));
    return af;
}

}  // namespace iccma_bench
