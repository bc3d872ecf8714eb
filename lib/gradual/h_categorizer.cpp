// Weighted h-categorizer (Amgoud, Ben-Naim, Doder and Vesic 2017; weighted form in Amgoud,
// Doder and Vesic 2022):  s(a) = w(a) / (1 + sum_{b attacks a} v(b,a) * s(b)).
// Attack-only: supports are ignored.
#include "gradual/driver.hpp"

namespace argmap::gradual {

namespace {
struct HCategorizer {
    explicit HCategorizer(const GradualSemantics&) {}
    double operator()(const WeightedBipolarFramework& g, arg_t a, const double* s) const {
        double sum = 0;
        const arg_t* src = g.attack_sources();
        for (auto k = g.attack_begin(a), e = g.attack_end(a); k < e; ++k) sum += attack_weight(g, k, s) * s[src[k]];
        return g.base(a) / (1.0 + sum);
    }
};
}  // namespace

const Impl h_categorizer_impl = impl_of<HCategorizer>();

}  // namespace argmap::gradual
