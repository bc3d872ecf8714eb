// The justification status of every argument at once (credulous and sceptical acceptance of
// all arguments), instead of two queries per argument on the whole framework.
//
// 1. Unique-status semantics (grounded, ideal, eager): one extension decides everything.
// 2. Every other semantics here is a product over weakly connected components: the extensions
//    of a disjoint union are exactly the unions of one extension per part (conflict-freeness,
//    defence and range never cross parts, so maximality of a set or of its range holds part by
//    part; CF2 recurses on SCCs, which stay inside a part). Hence an argument's status is its
//    status in its own component, provided every component has an extension; when one has
//    none (only stable), the framework has none and nothing is accepted.
// 3. Inside a component: where the grounded labelling is part of every extension (complete,
//    preferred, stable, semi-stable: reducible_by_grounded) its in arguments are sceptical and
//    its out arguments rejected without a query. The rest are asked one by one, but every
//    certificate settles others: a credulous witness or a sceptical counterexample is an
//    extension, so its members are credulously accepted and its non-members not sceptically.
// 4. When the limits fire, what is known is kept and marked `decided`: the components done,
//    the arguments of the current one whose status the certificates already settled, and what
//    the grounded labelling decides everywhere. Under stable only `rejected` survives: a
//    component not reached may have no stable extension, which would reject everything.
#include <algorithm>
#include <numeric>

#include "argmap/extensions.hpp"
#include "semantics/decomposition.hpp"
#include "semantics/technique.hpp"

namespace argmap {

namespace {

/// What is known of one argument while its component is decided.
struct Known {
    bool credulous = false;      // in some extension seen
    bool not_sceptical = false;  // outside some extension seen
};

/// Sets the status of every argument the grounded labelling decides: in sceptical, out rejected
/// (for semantics whose every extension is complete).
void settle_by_grounded(const Labelling& grounded, JustificationStatus& out) {
    for (std::size_t a = 0; a < grounded.size(); ++a)
        if (grounded[a] != Label::undec) {
            out.status[a] = grounded[a] == Label::in ? Acceptance::sceptical : Acceptance::rejected;
            out.decided[a] = true;
        }
}

/// Decides the arguments of one component (`part`, original numbers; `local` maps them to
/// 0..k-1), those the grounded labelling decides being settled already. Returns no when the
/// component has no extension, unknown when limits fired (what is settled by then is kept).
Answer decide_component(const Framework& af, Semantics s, std::span<const arg_t> part, std::vector<arg_t>& local,
                        JustificationStatus& out, const Limits& limits) {
    const auto k = static_cast<arg_t>(part.size());
    const auto decided = [&](arg_t i) { return bool(out.decided[part[i]]); };
    bool open = false;
    for (arg_t i = 0; i < k && !open; ++i) open = !decided(i);
    // A component the grounded labelling decides whole needs no query (under stable the
    // grounded extension is then its stable one).
    if (!open) return Answer::yes;
    const Framework sub = detail::component_framework(af, part, local);

    std::vector<Known> known(k);
    const auto settle = [&](const std::vector<arg_t>& extension) {
        std::size_t j = 0;
        for (arg_t i = 0; i < k; ++i) {
            const bool member = j < extension.size() && extension[j] == i;
            if (member) {
                ++j;
                known[i].credulous = true;
            } else {
                known[i].not_sceptical = true;
            }
        }
    };
    // Limits fired: an argument certificates showed in one extension and out of another is
    // credulous for certain; the others of this component stay undecided.
    const auto stopped = [&] {
        for (arg_t i = 0; i < k; ++i)
            if (!decided(i) && known[i].credulous && known[i].not_sceptical) {
                out.status[part[i]] = Acceptance::credulous;
                out.decided[part[i]] = true;
            }
        return Answer::unknown;
    };
    const Decision some = some_extension(sub, s, limits);  // does the component have any extension?
    if (some.answer != Answer::yes) return some.answer;
    settle(*some.witness);
    for (arg_t i = 0; i < k; ++i) {
        const arg_t a = part[i];
        if (decided(i)) continue;
        if (!known[i].credulous) {
            const Decision dc = credulous(sub, s, i, limits);
            if (dc.answer == Answer::unknown) return stopped();
            if (dc.answer == Answer::no) {
                out.status[a] = Acceptance::rejected;
                out.decided[a] = true;
                continue;
            }
            settle(*dc.witness);
        }
        if (!known[i].not_sceptical) {
            const Decision ds = sceptical(sub, s, i, limits);
            if (ds.answer == Answer::unknown) return stopped();
            if (ds.answer == Answer::no) settle(*ds.witness);
        }
        out.status[a] = known[i].not_sceptical ? Acceptance::credulous : Acceptance::sceptical;
        out.decided[a] = true;
    }
    return Answer::yes;
}

}  // namespace

namespace detail {

WeakComponents weak_components(const Framework& af) {
    const arg_t n = af.size();
    WeakComponents w;
    w.order.reserve(n);
    std::vector<char> seen(n, 0);
    for (arg_t root = 0; root < n; ++root) {
        if (seen[root]) continue;
        w.start.push_back(w.order.size());
        seen[root] = 1;
        w.order.push_back(root);
        for (std::size_t i = w.start.back(); i < w.order.size(); ++i) {
            const arg_t a = w.order[i];
            for (auto row : {af.targets(a), af.attackers(a)})
                for (arg_t b : row)
                    if (!seen[b]) {
                        seen[b] = 1;
                        w.order.push_back(b);
                    }
        }
    }
    w.start.push_back(w.order.size());
    return w;
}

Framework component_framework(const Framework& af, std::span<const arg_t> part, std::vector<arg_t>& local) {
    const auto k = static_cast<arg_t>(part.size());
    for (arg_t i = 0; i < k; ++i) local[part[i]] = i;
    std::vector<Attack> attacks;
    for (arg_t i = 0; i < k; ++i)
        for (arg_t b : af.targets(part[i])) attacks.push_back({i, local[b]});
    return Framework(k, attacks);
}

}  // namespace detail

JustificationStatus justification_status(const Framework& af, Semantics s, const Limits& limits) {
    JustificationStatus out;
    out.status.assign(af.size(), Acceptance::rejected);
    out.decided.assign(af.size(), false);
    if (s == Semantics::grounded) {  // linear: no limits needed
        settle_by_grounded(grounded_labelling(af), out);
        out.decided.assign(af.size(), true);  // undec: in no extension
        return out;
    }
    if (detail::unique_status(s)) {
        const Decision d = some_extension(af, s, limits);
        if (d.answer == Answer::yes) {
            for (arg_t a : *d.witness) out.status[a] = Acceptance::sceptical;
            out.decided.assign(af.size(), true);
            return out;
        }
        // The ideal and the eager extension are complete: they hold the grounded extension and
        // nothing it attacks.
        out.answer = Answer::unknown;
        settle_by_grounded(grounded_labelling(af), out);
        return out;
    }
    if (detail::reducible_by_grounded(s)) settle_by_grounded(grounded_labelling(af), out);
    const detail::WeakComponents w = detail::weak_components(af);
    std::vector<arg_t> local(af.size());
    for (std::size_t c = 0; c + 1 < w.start.size(); ++c) {
        const std::span<const arg_t> part(w.order.data() + w.start[c], w.start[c + 1] - w.start[c]);
        const Answer a = decide_component(af, s, part, local, out, limits);
        if (a == Answer::unknown) {
            out.answer = Answer::unknown;
            if (s == Semantics::stable)  // a component not reached may have no stable extension
                for (std::size_t x = 0; x < out.status.size(); ++x)
                    if (out.status[x] != Acceptance::rejected) out.decided[x] = false;
            return out;
        }
        if (a == Answer::no) {
            out.has_extension = false;
            std::fill(out.status.begin(), out.status.end(), Acceptance::rejected);
            out.decided.assign(af.size(), true);
            return out;
        }
    }
    return out;
}

}  // namespace argmap
