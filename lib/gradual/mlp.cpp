// MLP-based semantics (Potyka 2021, "Interpreting neural networks as quantitative argumentation
// frameworks"): s(a) = logistic(ln(w / (1 - w)) + sum_sup v*s - sum_att v*s). A base score of
// 0 or 1 is a fixed point (the logit is infinite).
#include <cmath>

#include "gradual/driver.hpp"

namespace argmap::gradual {

namespace {
struct MlpBased {
    explicit MlpBased(const GradualSemantics&) {}
    double operator()(const WeightedBipolarFramework& g, arg_t a, const double* s) const {
        const double w = g.base(a);
        if (w <= 0) return 0;
        if (w >= 1) return 1;
        double x = std::log(w / (1 - w));
        const arg_t* ss = g.support_sources();
        for (auto k = g.support_begin(a), e = g.support_end(a); k < e; ++k) x += support_weight(g, k, s) * s[ss[k]];
        const arg_t* as = g.attack_sources();
        for (auto k = g.attack_begin(a), e = g.attack_end(a); k < e; ++k) x -= attack_weight(g, k, s) * s[as[k]];
        return 1 / (1 + std::exp(-x));
    }
};
}  // namespace

const Impl mlp_impl = impl_of<MlpBased>();

}  // namespace argmap::gradual
