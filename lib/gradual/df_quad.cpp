// DF-QuAD (Rago, Toni, Aurisicchio and Baroni 2016), with relation weights scaling strengths:
//   F(v1..vn) = 1 - prod (1 - vi)     (F() = 0), va = F(attackers), vs = F(supporters)
//   s(a) = w - w*(va - vs)        if va >= vs
//        = w + (1 - w)*(vs - va)  otherwise.
// Written out here as in the paper; tests check it equals the modular product:linear.
#include "gradual/driver.hpp"

namespace argmap::gradual {

namespace {
struct DfQuad {
    explicit DfQuad(const GradualSemantics&) {}
    double operator()(const WeightedBipolarFramework& g, arg_t a, const double* s) const {
        double keep_att = 1, keep_sup = 1;
        const arg_t* as = g.attack_sources();
        for (auto k = g.attack_begin(a), e = g.attack_end(a); k < e; ++k) keep_att *= 1 - attack_weight(g, k, s) * s[as[k]];
        const arg_t* ss = g.support_sources();
        for (auto k = g.support_begin(a), e = g.support_end(a); k < e; ++k) keep_sup *= 1 - support_weight(g, k, s) * s[ss[k]];
        const double va = 1 - keep_att, vs = 1 - keep_sup, w = g.base(a);
        return va >= vs ? w - w * (va - vs) : w + (1 - w) * (vs - va);
    }
};
}  // namespace

const Impl df_quad_impl = impl_of<DfQuad>();

}  // namespace argmap::gradual
