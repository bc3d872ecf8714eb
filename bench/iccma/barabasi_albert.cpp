// Barabási–Albert: the scale-free "BA" family of AFBenchGen2 (ICCMA 2017, 2019; instance names
// BA_<n>_<mutual %>_<index>).
//
// Source: Barabási and Albert, "Emergence of scaling in random networks" (Science 1999),
// preferential attachment; AFBenchGen2 orients each edge and turns a fraction of them into
// mutual attacks (its "probability of cycles").
//
// Parameters: n arguments added one by one; argument v joins min(m, v) distinct earlier
// arguments, each chosen with probability proportional to its current degree (uniformly while
// no edge exists); every such edge is oriented by `orient` (mutual with probability `mutual`).
// Hence exactly min(m, v) earlier neighbours per argument v and sum_v min(m, v) edges.
#include "family.hpp"

#include <algorithm>

namespace iccma_bench {

GeneratedFramework barabasi_albert(Argument n, Argument m, double mutual, std::uint64_t seed) {
    Random random(seed);
    GeneratedFramework af;
    af.arguments = n;
    std::vector<Argument> endpoints;  // each argument once per incident edge: degree-weighted draws
    std::vector<Argument> chosen;
    for (Argument v = 0; v < n; ++v) {
        chosen.clear();
        const Argument want = std::min(m, v);
        while (chosen.size() < want) {
            const Argument t = endpoints.empty() ? static_cast<Argument>(random.below(v))
                                                 : endpoints[random.below(endpoints.size())];
            if (std::find(chosen.begin(), chosen.end(), t) == chosen.end()) chosen.push_back(t);
        }
        for (Argument t : chosen) {
            orient(random, v, t, mutual, af.attacks);
            endpoints.push_back(v);
            endpoints.push_back(t);
        }
    }
    return af;
}

}  // namespace iccma_bench
