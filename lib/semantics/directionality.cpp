// Query relevance under directional semantics (Baroni and Giacomin 2007): for an unattacked
// set U (one no outside argument attacks), the extensions of F restricted to U are exactly
// the restrictions to U of the extensions of F. The ancestors of an argument form such a set,
// so credulous and sceptical acceptance under complete and preferred semantics are decided on
// them alone. Grounded, ideal and cf2 are directional too (grounded needs no SAT; ideal and
// cf2 keep their own path); stable, semi-stable and stage are not (an odd cycle downstream
// removes every stable extension).
//
// Certificates stay extensions of the whole framework: the labelling of the ancestors'
// extension is fixed and the rest D = F \ U is solved conditioned on it (Conditioned below).
// For complete labellings L, L is complete in F iff L↓U is complete in F↓U and L↓D is complete
// in the conditioned rest (in/out/undec of an argument of D depends only on its attackers).
// Preferred: if L↓U is preferred in F↓U and L↓D is a preferred (in-maximal complete) labelling
// of the conditioned rest, L is preferred: a complete L' with more in has L'↓U ⊇ L↓U in in, so
// L'↓U = L↓U by maximality, and then L'↓D would beat L↓D.
#include <algorithm>
#include <limits>

#include "semantics/decomposition.hpp"

namespace argmap::detail {

std::vector<arg_t> relevant_arguments(const Framework& af, arg_t a) {
    std::vector<char> seen(af.size(), 0);
    std::vector<arg_t> stack{a}, out;
    seen[a] = 1;
    while (!stack.empty()) {
        const arg_t x = stack.back();
        stack.pop_back();
        out.push_back(x);
        for (arg_t b : af.attackers(x))
            if (!seen[b]) {
                seen[b] = 1;
                stack.push_back(b);
            }
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<arg_t> Conditioned::lift(std::span<const arg_t> e) const {
    std::vector<arg_t> out;
    out.reserve(e.size());
    for (arg_t x : e)
        if (x < original.size()) out.push_back(original[x]);
    return out;  // `original` is increasing, so is out
}

Conditioned condition(const Framework& af, std::span<const arg_t> part, const Labelling& outside) {
    ConditionScratch scratch;
    return condition(af, part, outside, scratch);
}

Conditioned condition(const Framework& af, std::span<const arg_t> part, const Labelling& outside, ConditionScratch& scratch) {
    constexpr arg_t none = ConditionScratch::none;
    std::vector<arg_t>& local = scratch.local;
    if (local.size() != af.size()) local.assign(af.size(), none);
    // Part members are marked first; the forced-out ones keep the mark, the others get their index.
    constexpr arg_t member = none - 1;
    for (arg_t p : part) local[p] = member;
    Conditioned c;
    std::vector<arg_t> guarded;
    for (arg_t p : part) {
        bool in_attacker = false, undec_attacker = false;
        for (arg_t b : af.attackers(p)) {
            if (local[b] != none) continue;  // b is in the part
            if (outside[b] == Label::in) in_attacker = true;
            else if (outside[b] == Label::undec) undec_attacker = true;
        }
        if (in_attacker) {
            c.forced_out.push_back(p);
            continue;
        }
        local[p] = static_cast<arg_t>(c.original.size());
        c.original.push_back(p);
        if (undec_attacker) guarded.push_back(local[p]);
    }
    std::vector<Attack> attacks;
    for (arg_t x = 0; x < c.original.size(); ++x)
        for (arg_t t : af.targets(c.original[x]))
            if (local[t] != none && local[t] != member) attacks.push_back({x, local[t]});
    arg_t n = static_cast<arg_t>(c.original.size());
    if (!guarded.empty()) {
        c.has_guard = true;
        const arg_t g = n++;
        attacks.push_back({g, g});
        for (arg_t x : guarded) attacks.push_back({g, x});
    }
    c.af = Framework(n, attacks);
    for (arg_t p : part) local[p] = none;  // the scratch is clean again
    return c;
}

namespace {

arg_t position(std::span<const arg_t> sorted, arg_t a) {
    return static_cast<arg_t>(std::lower_bound(sorted.begin(), sorted.end(), a) - sorted.begin());
}

// Extends `e` (an extension of af restricted to the unattacked set `up`, original numbering)
// to an extension of af: the rest is solved with up's labelling fixed.
std::optional<std::vector<arg_t>> extend_downstream(const Framework& af, Semantics s, std::span<const arg_t> up,
                                                    const std::vector<arg_t>& e, const Limits& limits) {
    Labelling label(af.size(), Label::undec);
    for (arg_t x : e) label[x] = Label::in;
    for (arg_t x : e)
        for (arg_t t : af.targets(x)) label[t] = Label::out;  // the members attack no member
    std::vector<arg_t> down;
    for (arg_t x = 0, k = 0; x < af.size(); ++x) {
        if (k < up.size() && up[k] == x) {
            ++k;
            continue;
        }
        down.push_back(x);
    }
    const Conditioned c = condition(af, down, label);
    Decision rest;
    if (s == Semantics::complete) rest = {Answer::yes, grounded_extension(c.af)};
    else rest = scc_some_or_reduced(c.af, s, limits);  // SCC by SCC when the rest splits
    if (rest.answer != Answer::yes || !rest.witness) return std::nullopt;  // limits (both always have one)
    const std::vector<arg_t> below = c.lift(*rest.witness);
    std::vector<arg_t> out;
    std::merge(e.begin(), e.end(), below.begin(), below.end(), std::back_inserter(out));
    return out;
}

template <class Solve>
Decision relevant(const Framework& af, Semantics s, arg_t a, const Limits& limits, Solve solve) {
    const std::vector<arg_t> up = relevant_arguments(af, a);
    if (up.size() == af.size()) return solve(af, a);
    const Framework sub = restrict_to(af, up);
    Decision d = solve(sub, position(up, a));
    if (!d.witness) return d;
    std::vector<arg_t> e;
    for (arg_t x : *d.witness) e.push_back(up[x]);
    auto whole = extend_downstream(af, s, up, e, limits);
    if (!whole) return {};
    d.witness = std::move(*whole);
    return d;
}

}  // namespace

Decision relevant_credulous(const Framework& af, Semantics s, arg_t a, const Limits& limits) {
    return relevant(af, s, a, limits, [&](const Framework& f, arg_t x) { return reduced_credulous(f, s, x, limits); });
}

Decision relevant_sceptical(const Framework& af, Semantics s, arg_t a, const Limits& limits) {
    return relevant(af, s, a, limits, [&](const Framework& f, arg_t x) { return reduced_sceptical(f, s, x, limits); });
}

}  // namespace argmap::detail
