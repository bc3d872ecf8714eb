// The eager extension (Caminada 2007): the largest admissible set contained in every
// semi-stable extension. Intersection of the semi-stable extensions, then its largest
// admissible subset.
#include "semantics/technique.hpp"

namespace argmap::detail {

namespace {
constexpr MaxProblem semi_stable_problem{sat::Base::complete, true, Objective::range};
std::optional<std::vector<arg_t>> eager_extension(const Framework& af, const Limits& limits) {
    auto common = maximal_intersection(af, semi_stable_problem, limits);
    if (!common) return std::nullopt;
    return largest_admissible_subset(af, std::move(*common));
}
}  // namespace

const SemanticsOps eager_ops = unique_ops<eager_extension>();

}  // namespace argmap::detail
