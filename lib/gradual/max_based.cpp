// Weighted max-based semantics (Amgoud, Doder and Vesic 2022, after Amgoud and Ben-Naim 2016):
//   s(a) = w(a) / (1 + max_{b attacks a} v(b,a) * s(b)),  the max of no attacker being 0.
// Attack-only: supports are ignored.
#include "gradual/driver.hpp"

namespace argmap::gradual {

namespace {
struct MaxBased {
    explicit MaxBased(const GradualSemantics&) {}
    double operator()(const WeightedBipolarFramework& g, arg_t a, const double* s) const {
        double top = 0;
        const arg_t* src = g.attack_sources();
        for (auto k = g.attack_begin(a), e = g.attack_end(a); k < e; ++k) top = std::max(top, attack_weight(g, k, s) * s[src[k]]);
        return g.base(a) / (1.0 + top);
    }
};
}  // namespace

const Impl max_based_impl = impl_of<MaxBased>();

}  // namespace argmap::gradual
