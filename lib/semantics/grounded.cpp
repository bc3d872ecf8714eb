// Grounded semantics (Dung 1995, Def. 20): the least fixed point of F(S) = {a | S defends a}.
// Labelling form: an argument is in when all its attackers are out, out when some attacker is
// in; what the propagation never reaches is undec. Each attack is looked at at most twice. The
// propagation is complete_closure.cpp's, from the empty set (F's least fixed point above it).
#include "argmap/semantics.hpp"
#include "semantics/technique.hpp"

namespace argmap {

Labelling grounded_labelling(const Framework& af) { return detail::least_complete_labelling(af, {}); }

std::vector<arg_t> grounded_extension(const Framework& af) { return in_arguments(grounded_labelling(af)); }

std::vector<Label> evaluate_grounded(const ArgumentMap& map, const ProjectionOptions& options) {
    const Projection p = project(map, options);
    const Labelling all = grounded_labelling(p.framework);
    std::vector<Label> out(p.argument_of.size());
    for (std::size_t c = 0; c < out.size(); ++c) out[c] = all[p.argument_of[c]];
    return out;
}

}  // namespace argmap

namespace argmap::detail {

namespace {
std::optional<std::vector<arg_t>> grounded_of(const Framework& af, const Limits&) { return grounded_extension(af); }
}  // namespace

const SemanticsOps grounded_ops = unique_ops<grounded_of>();

}  // namespace argmap::detail
