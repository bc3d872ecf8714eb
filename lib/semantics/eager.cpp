// The eager extension (Caminada 2007): the largest admissible set contained in every
// semi-stable extension. Intersection of the semi-stable extensions, then its largest
// admissible subset.
#include "semantics/technique.hpp"

namespace argmap::detail {

namespace {
std::optional<std::vector<arg_t>> eager_extension(const Framework& af, const Limits& limits) {
    return admissible_core(af, semi_stable_problem, limits);
}
}  // namespace

const SemanticsOps eager_ops = unique_ops<eager_extension>();

}  // namespace argmap::detail
