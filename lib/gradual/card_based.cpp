// Weighted card-based semantics (Amgoud, Doder and Vesic 2022, after Amgoud and Ben-Naim 2016):
//   s(a) = w(a) / (1 + |A*| + (sum_{b attacks a} v(b,a) * s(b)) / |A*|)
// where A* is the set of attackers whose weighted strength v(b,a) * s(b) is positive, and
// s(a) = w(a) when A* is empty. Attack-only: supports are ignored.
#include "gradual/driver.hpp"

namespace argmap::gradual {

namespace {
struct CardBased {
    explicit CardBased(const GradualSemantics&) {}
    double operator()(const WeightedBipolarFramework& g, arg_t a, const double* s) const {
        double sum = 0;
        std::size_t count = 0;
        const arg_t* src = g.attack_sources();
        for (auto k = g.attack_begin(a), e = g.attack_end(a); k < e; ++k) {
            const double v = attack_weight(g, k, s) * s[src[k]];
            sum += v;
            count += v > 0;
        }
        if (count == 0) return g.base(a);
        return g.base(a) / (1.0 + static_cast<double>(count) + sum / static_cast<double>(count));
    }
};
}  // namespace

const Impl card_based_impl = impl_of<CardBased>();

}  // namespace argmap::gradual
