// The ideal extension (Dung, Mancarella and Toni 2007): the largest admissible set contained
// in every preferred extension. Computed as the intersection of the preferred extensions
// (CEGAR, maximal.cpp) followed by the largest admissible subset of it.
#include "semantics/technique.hpp"

namespace argmap::detail {

namespace {
constexpr MaxProblem preferred_problem{sat::Base::complete, true, Objective::in_set};
std::optional<std::vector<arg_t>> ideal_extension(const Framework& af, const Limits& limits) {
    auto common = maximal_intersection(af, preferred_problem, limits);
    if (!common) return std::nullopt;
    return largest_admissible_subset(af, std::move(*common));
}
}  // namespace

const SemanticsOps ideal_ops = unique_ops<ideal_extension>();

}  // namespace argmap::detail
