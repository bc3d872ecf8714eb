// Grounded preprocessing: the grounded labelling (one O(n + m) propagation) decides some
// arguments; the SAT instance then covers only the undecided rest U.
//
// Soundness, per semantics. Every complete labelling agrees with the grounded one on the
// arguments it labels in or out (the grounded labelling is the least complete labelling in
// the in/out order, Caminada 2006). An argument of U has no attacker labelled in (it would be
// out) and so only attackers labelled out outside U, which neither make it out nor stop it
// being in. Hence L is a complete labelling of F iff L agrees with the grounded labelling
// outside U and L restricted to U is a complete labelling of F restricted to U; the
// complete extensions of F are exactly G ∪ E with E complete in F↓U, one to one.
//  - complete: as above.
//  - preferred (maximal complete in-set): G is common to all, so maximality is decided on U.
//  - stable (complete labellings without undec): the decided part has no undec.
//  - semi-stable (complete with maximal range, i.e. minimal undec): the decided part is all
//    in range, so maximality of range is decided on U.
//  - NOT stage, naive, conflict-free, admissible, cf2: not complete-based; a stage extension
//    need not contain the grounded extension (a -> b -> c -> c: stage {a} and {b}, grounded
//    {a}). Ideal and eager keep their own path.
#include <algorithm>

#include "semantics/decomposition.hpp"

namespace argmap::detail {

bool reducible_by_grounded(Semantics s) noexcept {
    return s == Semantics::complete || s == Semantics::preferred || s == Semantics::stable || s == Semantics::semi_stable;
}

GroundedReduction reduce_by_grounded(const Framework& af) {
    GroundedReduction r;
    r.grounded = grounded_labelling(af);
    for (arg_t a = 0; a < af.size(); ++a) {
        if (r.grounded[a] == Label::in) r.grounded_in.push_back(a);
        else if (r.grounded[a] == Label::undec) r.undecided.push_back(a);
    }
    r.rest = restrict_to(af, r.undecided);
    return r;
}

std::vector<arg_t> GroundedReduction::lift(std::span<const arg_t> e) const {
    std::vector<arg_t> out;
    out.reserve(grounded_in.size() + e.size());
    std::vector<arg_t> mapped;
    mapped.reserve(e.size());
    for (arg_t x : e) mapped.push_back(undecided[x]);
    std::merge(grounded_in.begin(), grounded_in.end(), mapped.begin(), mapped.end(), std::back_inserter(out));
    return out;
}

std::optional<arg_t> GroundedReduction::local(arg_t a) const {
    const auto it = std::lower_bound(undecided.begin(), undecided.end(), a);
    if (it == undecided.end() || *it != a) return std::nullopt;
    return static_cast<arg_t>(it - undecided.begin());
}

namespace {
Decision lifted(const GroundedReduction& r, Decision d) {
    if (d.witness) d.witness = r.lift(*d.witness);
    return d;
}
}  // namespace

Decision reduced_credulous(const GroundedReduction& r, Semantics s, arg_t a, const Limits& limits) {
    if (r.grounded[a] == Label::out) return {Answer::no, std::nullopt};
    if (r.grounded[a] == Label::in) return lifted(r, direct_ops(s).some(r.rest, limits));  // every extension has a
    return lifted(r, direct_ops(s).credulous(r.rest, *r.local(a), limits));
}

Decision reduced_sceptical(const GroundedReduction& r, Semantics s, arg_t a, const Limits& limits) {
    if (r.grounded[a] == Label::in) return {Answer::yes, std::nullopt};
    if (r.grounded[a] == Label::out) {
        // No extension has a: NO with any extension, YES when there is none (stable only).
        Decision d = lifted(r, direct_ops(s).some(r.rest, limits));
        if (d.answer == Answer::yes) d.answer = Answer::no;
        else if (d.answer == Answer::no) d.answer = Answer::yes;
        return d;
    }
    return lifted(r, direct_ops(s).sceptical(r.rest, *r.local(a), limits));
}

Decision reduced_some(const GroundedReduction& r, Semantics s, const Limits& limits) {
    return lifted(r, direct_ops(s).some(r.rest, limits));
}

Answer reduced_enumerate(const GroundedReduction& r, Semantics s, const ExtensionVisitor& visit, const Limits& limits) {
    return direct_ops(s).enumerate(r.rest, [&](std::span<const arg_t> e) { return visit(r.lift(e)); }, limits);
}

Decision reduced_credulous(const Framework& af, Semantics s, arg_t a, const Limits& limits) {
    return reduced_credulous(reduce_by_grounded(af), s, a, limits);
}

Decision reduced_sceptical(const Framework& af, Semantics s, arg_t a, const Limits& limits) {
    return reduced_sceptical(reduce_by_grounded(af), s, a, limits);
}

Decision reduced_some(const Framework& af, Semantics s, const Limits& limits) {
    return reduced_some(reduce_by_grounded(af), s, limits);
}

Answer reduced_enumerate(const Framework& af, Semantics s, const ExtensionVisitor& visit, const Limits& limits) {
    return reduced_enumerate(reduce_by_grounded(af), s, visit, limits);
}

}  // namespace argmap::detail
