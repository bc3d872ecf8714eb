// Explanations of grounded labels: the labelling is recomputed in rounds so that each in or
// out label points at what settled it first, which gives well-founded, cycle-free reasons.
#include "argmap/explain.hpp"

#include <algorithm>
#include <limits>

namespace argmap {

namespace {

constexpr std::size_t never = std::numeric_limits<std::size_t>::max();

struct Rounds {
    Labelling label;
    std::vector<std::size_t> round;  // when in/out was settled
};

// Round r: arguments all of whose attackers are out by round r-1 go in; arguments with an
// attacker in go out in the same round.
Rounds rounds(const Framework& af) {
    Rounds r{Labelling(af.size(), Label::undec), std::vector<std::size_t>(af.size(), never)};
    for (std::size_t round = 0;; ++round) {
        std::vector<arg_t> fresh;
        for (arg_t a = 0; a < af.size(); ++a) {
            if (r.label[a] != Label::undec) continue;
            bool all_out = true;
            for (arg_t b : af.attackers(a)) all_out &= r.label[b] == Label::out;
            if (all_out) fresh.push_back(a);
        }
        if (fresh.empty()) return r;
        for (arg_t a : fresh) {
            r.label[a] = Label::in;
            r.round[a] = round;
        }
        for (arg_t a : fresh)
            for (arg_t b : af.targets(a))
                if (r.label[b] == Label::undec) {
                    r.label[b] = Label::out;
                    r.round[b] = round;
                }
    }
}

struct Explainer {
    const ArgumentMap& map;
    const Projection& p;
    const Rounds& r;
    std::size_t max_depth;
    std::vector<char> on_path;

    std::string name(arg_t a) const {
        if (p.claim_of[a] >= 0) return map.claims()[static_cast<std::size_t>(p.claim_of[a])].id;
        if (p.relation_of[a] < 0) return "missing evidence";  // evidential support's auxiliary
        const Relation& rel = map.relations()[static_cast<std::size_t>(p.relation_of[a])];
        return "the " + std::string(to_string(rel.type)) + " " + rel.source + " -> " + rel.target + " (" + rel.id + ")";
    }
    // Undercut flattening allocates X_r, Y_r pairs right after the claims: Y_r ("r holds") is the odd one.
    bool holds_node(arg_t a) const {
        return p.relation_of[a] >= 0 && (a - p.argument_of.size()) % 2 == 1;
    }

    Explanation explain(arg_t a, std::size_t depth) {
        // X_r ("the source of r is not accepted") is folded into Y_r: explain through it.
        if (p.relation_of[a] >= 0 && !holds_node(a)) {
            const auto& rel = map.relations()[static_cast<std::size_t>(p.relation_of[a])];
            return explain(p.argument_of[*map.claim_index(rel.source)], depth);
        }
        Explanation e;
        e.subject = name(a);
        e.label = r.label[a];
        const auto attackers = p.framework.attackers(a);
        const bool claim = p.claim_of[a] >= 0;
        switch (e.label) {
        case Label::in:
            e.reason = attackers.empty() ? "nothing attacks it"
                                         : (claim ? "every attacker is out" : "its source is accepted and every undercut fails");
            break;
        case Label::out: e.reason = claim ? "an accepted argument attacks it" : "its source is not accepted or an accepted claim undercuts it"; break;
        case Label::undec: e.reason = "no attacker is accepted, but some are undecided"; break;
        }
        if (depth >= max_depth || on_path[a]) {
            if (!attackers.empty()) e.reason += " (not expanded further)";
            return e;
        }
        on_path[a] = 1;
        if (e.label == Label::out) {
            // The attacker that settled it first.
            arg_t best = attackers.front();
            for (arg_t b : attackers)
                if (r.label[b] == Label::in && (r.label[best] != Label::in || r.round[b] < r.round[best])) best = b;
            e.because.push_back(explain(best, depth + 1));
        } else {
            for (arg_t b : attackers)
                if (e.label == Label::in || r.label[b] == Label::undec) e.because.push_back(explain(b, depth + 1));
        }
        on_path[a] = 0;
        return e;
    }
};

void print(const Explanation& e, std::size_t indent, std::string& out) {
    out += std::string(2 * indent, ' ') + e.subject + " is " + std::string(to_string(e.label)) + ": " + e.reason + "\n";
    for (const auto& c : e.because) print(c, indent + 1, out);
}

}  // namespace

Explanation explain_grounded(const ArgumentMap& map, std::string_view claim, std::size_t max_depth,
                             const ProjectionOptions& options) {
    const auto c = map.claim_index(claim);
    if (!c) throw ModelError("unknown claim '" + std::string(claim) + "'");
    const Projection p = project(map, options);
    const Rounds r = rounds(p.framework);
    Explainer x{map, p, r, max_depth, std::vector<char>(p.framework.size(), 0)};
    return x.explain(p.argument_of[*c], 0);
}

std::string to_text(const Explanation& e) {
    std::string out;
    print(e, 0, out);
    return out;
}

}  // namespace argmap
