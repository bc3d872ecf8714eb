// Euler-based semantics (Amgoud and Ben-Naim 2018, "Evaluation of arguments in weighted
// bipolar graphs"):  E = sum_sup v*s - sum_att v*s,  s(a) = 1 - (1 - w^2) / (1 + w * e^E).
// Strengths stay in [0,1); a base score of 0 stays 0.
#include <cmath>

#include "gradual/modular.hpp"

namespace argmap::gradual {

namespace {
struct EulerBased {
    explicit EulerBased(const GradualSemantics&) {}
    double operator()(const WeightedBipolarFramework& g, arg_t a, const double* s) const {
        const double energy = SumAggregation::alpha(g, a, s);
        const double w = g.base(a);
        return 1 - (1 - w * w) / (1 + w * std::exp(energy));
    }
};
}  // namespace

const Impl euler_impl = impl_of<EulerBased>();

}  // namespace argmap::gradual
