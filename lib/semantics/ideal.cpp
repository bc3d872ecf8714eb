// The ideal extension (Dung, Mancarella and Toni 2007): the largest admissible set contained
// in every preferred extension. Computed as the intersection of the preferred extensions
// (CEGAR, maximal.cpp) followed by the largest admissible subset of it.
#include "semantics/technique.hpp"

namespace argmap::detail {

namespace {
std::optional<std::vector<arg_t>> ideal_extension(const Framework& af, const Limits& limits) {
    return admissible_core(af, preferred_problem, limits);
}
}  // namespace

const SemanticsOps ideal_ops = unique_ops<ideal_extension>();

}  // namespace argmap::detail
