// Grounded semantics (Dung 1995, Def. 20): the least fixed point of F(S) = {a | S defends a}.
// Labelling form: an argument is in when all its attackers are out, out when some attacker is
// in; what the propagation never reaches is undec. Each attack is looked at at most twice.
#include "argmap/semantics.hpp"

namespace argmap {

Labelling grounded_labelling(const Framework& af) {
    const arg_t n = af.size();
    Labelling label(n, Label::undec);
    // live[a]: attackers of a not yet labelled out.
    std::vector<std::uint32_t> live(n);
    std::vector<arg_t> queue;
    queue.reserve(n);
    for (arg_t a = 0; a < n; ++a) {
        live[a] = static_cast<std::uint32_t>(af.attackers(a).size());
        if (live[a] == 0) {
            label[a] = Label::in;
            queue.push_back(a);
        }
    }
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const arg_t a = queue[head];  // a is in: everything it attacks goes out
        for (arg_t b : af.targets(a)) {
            if (label[b] != Label::undec) continue;
            label[b] = Label::out;
            for (arg_t c : af.targets(b))
                if (--live[c] == 0 && label[c] == Label::undec) {
                    label[c] = Label::in;
                    queue.push_back(c);
                }
        }
    }
    return label;
}

std::vector<arg_t> grounded_extension(const Framework& af) { return in_arguments(grounded_labelling(af)); }

std::vector<Label> evaluate_grounded(const ArgumentMap& map, const ProjectionOptions& options) {
    const Projection p = project(map, options);
    const Labelling all = grounded_labelling(p.framework);
    std::vector<Label> out(p.argument_of.size());
    for (std::size_t c = 0; c < out.size(); ++c) out[c] = all[p.argument_of[c]];
    return out;
}

}  // namespace argmap

#include "semantics/technique.hpp"

namespace argmap::detail {

namespace {
std::optional<std::vector<arg_t>> grounded_of(const Framework& af, const Limits&) { return grounded_extension(af); }
}  // namespace

const SemanticsOps grounded_ops = unique_ops<grounded_of>();

}  // namespace argmap::detail
