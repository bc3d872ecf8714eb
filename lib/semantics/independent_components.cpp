// Semi-stable and stage queries decided on the query's weakly connected component.
//
// No attack joins two weak components, so the extensions of the framework are exactly the
// unions of one extension per component, for every semantics here (justification.cpp argues
// it): conflict-freeness, admissibility and completeness hold part by part, and the range of a
// union is the disjoint union of the ranges, so range-maximality is decided part by part too.
// Semi-stable and stage extensions always exist (finite frameworks), so
//  - a is credulously (sceptically) accepted iff it is in its own component;
//  - a certificate is the component's certificate plus one extension of every other part.
// Neither semantics is directional nor reducible part by part otherwise (stage is not even
// grounded-reducible), so without this split their SAT searches maximise ranges over the whole
// framework, each step over every part at once. An argument alone in its component is in every
// extension of that part unless it attacks itself (then the part's only extension is empty).
#include <algorithm>

#include "semantics/decomposition.hpp"

namespace argmap::detail {

namespace {

bool split_by_components(Semantics s) noexcept { return s == Semantics::semi_stable || s == Semantics::stage; }

/// An extension of every component but `skip` (original numbers, appended to `out`), or false
/// when the limits fired.
bool extensions_of_other_parts(const Framework& af, Semantics s, const WeakComponents& w, std::size_t skip,
                               std::vector<arg_t>& local, std::vector<arg_t>& out, const Limits& limits) {
    for (std::size_t c = 0; c + 1 < w.start.size(); ++c) {
        if (c == skip) continue;
        const std::span<const arg_t> part(w.order.data() + w.start[c], w.start[c + 1] - w.start[c]);
        if (part.size() == 1) {
            const arg_t a = part[0];
            const auto t = af.targets(a);
            if (std::find(t.begin(), t.end(), a) == t.end()) out.push_back(a);
            continue;
        }
        const Decision d = some_extension(component_framework(af, part, local), s, limits);
        if (d.answer != Answer::yes) return false;  // every part has one: only the limits stop this
        for (arg_t i : *d.witness) out.push_back(part[i]);
    }
    return true;
}

struct Located {
    WeakComponents w;
    std::size_t component = 0;
    std::vector<arg_t> local;
    Framework part;
    arg_t index = 0;  // the query argument in `part`
};

/// The query's component as its own framework, or nullopt when the framework is one component.
std::optional<Located> locate(const Framework& af, arg_t a) {
    Located l;
    l.w = weak_components(af);
    if (l.w.start.size() <= 2) return std::nullopt;
    for (std::size_t c = 0; c + 1 < l.w.start.size(); ++c) {
        const auto first = l.w.order.begin() + static_cast<std::ptrdiff_t>(l.w.start[c]);
        const auto last = l.w.order.begin() + static_cast<std::ptrdiff_t>(l.w.start[c + 1]);
        const auto it = std::find(first, last, a);
        if (it == last) continue;
        l.component = c;
        l.index = static_cast<arg_t>(it - first);
        l.local.assign(af.size(), 0);
        l.part = component_framework(af, std::span<const arg_t>(&*first, static_cast<std::size_t>(last - first)), l.local);
        return l;
    }
    return std::nullopt;  // not reached: a belongs to some component
}

/// The component's decision with its certificate made whole.
Decision completed(const Framework& af, Semantics s, Located& l, Decision d, const Limits& limits) {
    if (!d.witness) return d;
    const std::size_t from = l.w.start[l.component];
    std::vector<arg_t> whole;
    for (arg_t i : *d.witness) whole.push_back(l.w.order[from + i]);
    if (!extensions_of_other_parts(af, s, l.w, l.component, l.local, whole, limits)) return {};
    std::sort(whole.begin(), whole.end());
    d.witness = std::move(whole);
    return d;
}

}  // namespace

std::optional<Decision> component_credulous(const Framework& af, Semantics s, arg_t a, const Limits& limits) {
    if (!split_by_components(s)) return std::nullopt;
    auto l = locate(af, a);
    if (!l) return std::nullopt;
    return completed(af, s, *l, credulous(l->part, s, l->index, limits), limits);
}

std::optional<Decision> component_sceptical(const Framework& af, Semantics s, arg_t a, const Limits& limits) {
    if (!split_by_components(s)) return std::nullopt;
    auto l = locate(af, a);
    if (!l) return std::nullopt;
    return completed(af, s, *l, sceptical(l->part, s, l->index, limits), limits);
}

std::optional<Decision> component_some(const Framework& af, Semantics s, const Limits& limits) {
    if (!split_by_components(s)) return std::nullopt;
    const WeakComponents w = weak_components(af);
    if (w.start.size() <= 2) return std::nullopt;
    std::vector<arg_t> local(af.size()), whole;
    if (!extensions_of_other_parts(af, s, w, w.start.size(), local, whole, limits)) return Decision{};
    std::sort(whole.begin(), whole.end());
    return Decision{Answer::yes, std::move(whole)};
}

}  // namespace argmap::detail
