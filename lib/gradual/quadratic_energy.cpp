// Quadratic energy (Potyka 2018, "Continuous dynamical systems for weighted bipolar
// argumentation"):  E = sum_sup v*s - sum_att v*s,  h(x) = max(x,0)^2 / (1 + max(x,0)^2),
//   s(a) = w - w*h(-E) + (1 - w)*h(E).
// Potyka evaluates it as the limit of ds/dt = f(s) - s; --method continuous does that.
#include "gradual/modular.hpp"

namespace argmap::gradual {

namespace {
struct QuadraticEnergy {
    explicit QuadraticEnergy(const GradualSemantics&) {}
    static double h(double x) {
        const double p = x > 0 ? x : 0;
        return p * p / (1 + p * p);
    }
    double operator()(const WeightedBipolarFramework& g, arg_t a, const double* s) const {
        const double energy = SumAggregation::alpha(g, a, s);
        const double w = g.base(a);
        return w - w * h(-energy) + (1 - w) * h(energy);
    }
};
}  // namespace

const Impl quadratic_energy_impl = impl_of<QuadraticEnergy>();

}  // namespace argmap::gradual
