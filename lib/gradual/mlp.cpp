// MLP-based semantics (Potyka 2021, "Interpreting neural networks as quantitative argumentation
// frameworks"): s(a) = logistic(ln(w / (1 - w)) + sum_sup v*s - sum_att v*s). A base score of
// 0 or 1 is a fixed point (the logit is infinite).
#include <cmath>

#include "gradual/modular.hpp"

namespace argmap::gradual {

namespace {
struct MlpBased {
    explicit MlpBased(const GradualSemantics&) {}
    double operator()(const WeightedBipolarFramework& g, arg_t a, const double* s) const {
        const double w = g.base(a);
        if (w <= 0) return 0;
        if (w >= 1) return 1;
        const double x = std::log(w / (1 - w)) + SumAggregation::alpha(g, a, s);
        return 1 / (1 + std::exp(-x));
    }
};
}  // namespace

const Impl mlp_impl = impl_of<MlpBased>();

}  // namespace argmap::gradual
