// Every AGGREGATION:INFLUENCE combination of the modular form (see modular.hpp).
#include "gradual/modular.hpp"

namespace argmap::gradual {

namespace {
template <class Agg>
const Impl& with_influence(Influence i) {
    static const Impl linear = impl_of<Modular<Agg, LinearInfluence>>();
    static const Impl quadratic = impl_of<Modular<Agg, QuadraticInfluence>>();
    static const Impl euler = impl_of<Modular<Agg, EulerInfluence>>();
    static const Impl mlp = impl_of<Modular<Agg, MlpInfluence>>();
    switch (i) {
    case Influence::linear: return linear;
    case Influence::quadratic: return quadratic;
    case Influence::euler: return euler;
    case Influence::mlp: return mlp;
    }
    return euler;
}
}  // namespace

const Impl& modular_impl(Aggregation a, Influence i) {
    switch (a) {
    case Aggregation::sum: return with_influence<SumAggregation>(i);
    case Aggregation::product: return with_influence<ProductAggregation>(i);
    case Aggregation::top: return with_influence<TopAggregation>(i);
    }
    return with_influence<SumAggregation>(i);
}

}  // namespace argmap::gradual
