// CF2 extensions (Baroni, Giacomin and Guida 2005, SCC-recursiveness): E is a cf2 extension
// of F iff F is one strongly connected component and E is a naive extension of F, or for
// every SCC S of F, E ∩ S is a cf2 extension of F restricted to UP(S, E) = {a ∈ S | no
// b ∈ E \ S attacks a}. Enumerated by walking the SCCs in topological order
// (strongly_connected_components); each task stops as soon as its answer is known.
#include <algorithm>

#include "semantics/technique.hpp"

namespace argmap::detail {

namespace {

// Enumerates the cf2 extensions of af restricted to `part` (sorted, original numbering);
// calls visit with extensions in original numbering. Returns false when stopped or out of time.
class Cf2 {
public:
    Cf2(const Framework& af, const Limits& limits) : af_(af), limits_(limits) {}

    // Returns yes (done), no (visitor stopped) or unknown (limits).
    Answer run(const std::vector<arg_t>& part, const std::function<bool(const std::vector<arg_t>&)>& visit) {
        if (limits_.expired()) return Answer::unknown;
        if (part.empty()) return visit({}) ? Answer::yes : Answer::no;
        const Framework sub = restrict_to(af_, part);
        const Components comps = strongly_connected_components(sub);
        if (comps.count == 1) {
            Answer inner = Answer::yes;
            const Answer a = maximal_enumerate(sub, naive_problem, [&](std::span<const arg_t> e) {
                std::vector<arg_t> mapped;
                for (arg_t x : e) mapped.push_back(part[x]);
                if (!visit(mapped)) {
                    inner = Answer::no;
                    return false;
                }
                return true;
            }, limits_);
            return a == Answer::unknown ? Answer::unknown : inner;
        }
        std::vector<std::vector<arg_t>> members(comps.count);  // sub numbering, sorted
        for (arg_t x = 0; x < sub.size(); ++x) members[comps.of[x]].push_back(x);
        std::vector<char> chosen(sub.size(), 0);
        return walk(sub, part, members, 0, chosen, visit);
    }

private:
    const Framework& af_;
    const Limits& limits_;

    Answer walk(const Framework& sub, const std::vector<arg_t>& part, const std::vector<std::vector<arg_t>>& members,
                std::size_t k, std::vector<char>& chosen, const std::function<bool(const std::vector<arg_t>&)>& visit) {
        if (k == members.size()) {
            std::vector<arg_t> e;
            for (arg_t x = 0; x < sub.size(); ++x)
                if (chosen[x]) e.push_back(part[x]);
            return visit(e) ? Answer::yes : Answer::no;
        }
        // UP(S, E): members of S not attacked by what earlier components put in E.
        std::vector<arg_t> up;
        for (arg_t x : members[k]) {
            bool attacked = false;
            for (arg_t y : sub.attackers(x))
                if (chosen[y]) {
                    attacked = true;
                    break;
                }
            if (!attacked) up.push_back(part[x]);
        }
        std::vector<std::vector<arg_t>> options;
        const Answer a = run(up, [&](const std::vector<arg_t>& e) {
            options.push_back(e);
            return true;
        });
        if (a == Answer::unknown) return a;
        for (const auto& e : options) {
            std::vector<arg_t> local;  // sub numbering of e
            for (arg_t x : e) local.push_back(static_cast<arg_t>(std::lower_bound(part.begin(), part.end(), x) - part.begin()));
            for (arg_t x : local) chosen[x] = 1;
            const Answer r = walk(sub, part, members, k + 1, chosen, visit);
            for (arg_t x : local) chosen[x] = 0;
            if (r != Answer::yes) return r;
        }
        return Answer::yes;
    }
};

Answer cf2_enumerate(const Framework& af, const ExtensionVisitor& visit, const Limits& limits) {
    std::vector<arg_t> all(af.size());
    for (arg_t a = 0; a < af.size(); ++a) all[a] = a;
    Cf2 cf2(af, limits);
    const Answer a = cf2.run(all, [&](const std::vector<arg_t>& e) { return visit(e); });
    return a == Answer::unknown ? Answer::unknown : Answer::yes;
}

// First extension satisfying pred, or none; unknown when limits fire.
Decision first_where(const Framework& af, const Limits& limits, const std::function<bool(std::span<const arg_t>)>& pred) {
    Decision d{Answer::no, std::nullopt};
    const Answer a = cf2_enumerate(af, [&](std::span<const arg_t> e) {
        if (!pred(e)) return true;
        d = {Answer::yes, std::vector<arg_t>(e.begin(), e.end())};
        return false;
    }, limits);
    if (a == Answer::unknown && d.answer != Answer::yes) return {};
    return d;
}

bool has(std::span<const arg_t> e, arg_t a) { return std::binary_search(e.begin(), e.end(), a); }

}  // namespace

const SemanticsOps cf2_ops{
    [](const Framework& af, arg_t a, const Limits& l) {
        return first_where(af, l, [a](std::span<const arg_t> e) { return has(e, a); });
    },
    [](const Framework& af, arg_t a, const Limits& l) -> Decision {
        Decision d = first_where(af, l, [a](std::span<const arg_t> e) { return !has(e, a); });
        if (d.answer == Answer::unknown) return d;
        if (d.answer == Answer::yes) return {Answer::no, std::move(d.witness)};
        return {Answer::yes, std::nullopt};
    },
    [](const Framework& af, const Limits& l) { return first_where(af, l, [](std::span<const arg_t>) { return true; }); },
    cf2_enumerate};

}  // namespace argmap::detail
