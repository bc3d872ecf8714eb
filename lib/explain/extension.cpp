// Entry points of the extension explanations: decide the status (credulous(), sceptical()),
// hand over to the file that explains that case, and on maps name the arguments and collect
// the part of the map the explanation uses.
#include <algorithm>
#include <set>
#include <stdexcept>

#include "explain/extension_detail.hpp"

namespace argmap {

std::string_view to_string(Verdict v) noexcept {
    switch (v) {
    case Verdict::sceptical: return "sceptical";
    case Verdict::credulous: return "credulous";
    case Verdict::rejected: return "rejected";
    case Verdict::no_extension: return "no extension";
    }
    return "rejected";
}

AcceptanceExplanation explain_acceptance(const Framework& af, Semantics s, arg_t a, const Limits& limits) {
    if (a >= af.size())
        throw std::out_of_range("argument " + std::to_string(a) + " is outside 0.." + std::to_string(af.size()) + "-1");
    AcceptanceExplanation x;
    x.semantics = s;
    x.argument = a;
    const std::vector<arg_t> grounded = grounded_extension(af);
    x.in_grounded = std::binary_search(grounded.begin(), grounded.end(), a);
    if (s == Semantics::stable) {
        const Decision some = some_extension(af, s, limits);
        if (some.answer == Answer::unknown) return x.answer = Answer::unknown, x;
        if (some.answer == Answer::no) {
            x.verdict = Verdict::no_extension;
            detail::explain_stable_failure(af, limits, x);
            return x;
        }
    }
    const Decision c = credulous(af, s, a, limits);
    if (c.answer == Answer::unknown) return x.answer = Answer::unknown, x;
    if (c.answer == Answer::no) {
        x.verdict = Verdict::rejected;
        detail::explain_rejection(af, s, a, grounded, limits, x);
        return x;
    }
    bool always = detail::unique_status(s);
    if (!always) {
        // Directional semantics (Baroni and Giacomin 2007) decide on the claim's ancestors alone.
        const bool directional = s == Semantics::complete || s == Semantics::preferred || s == Semantics::cf2;
        std::vector<arg_t> keep;
        if (directional) keep = detail::ancestors(af, a);
        const Decision d = directional ? sceptical(restrict_to(af, keep), s,
                                                   static_cast<arg_t>(std::lower_bound(keep.begin(), keep.end(), a) - keep.begin()),
                                                   limits)
                                       : sceptical(af, s, a, limits);
        if (d.answer == Answer::unknown) return x.answer = Answer::unknown, x;
        always = d.answer == Answer::yes;
    }
    x.verdict = always ? Verdict::sceptical : Verdict::credulous;
    detail::explain_credulous(af, s, a, grounded, *c.witness, limits, x);
    if (always && x.answer != Answer::unknown) detail::explain_sceptical(af, s, a, grounded, limits, x);
    return x;
}

namespace {

// The name of an argument: its claim, or what an auxiliary argument stands for.
std::string name_of(const ArgumentMap& map, const Projection& p, arg_t a) {
    if (p.claim_of[a] >= 0) return map.claims()[static_cast<std::size_t>(p.claim_of[a])].id;
    if (p.relation_of[a] < 0) return "missing evidence";
    const Relation& r = map.relations()[static_cast<std::size_t>(p.relation_of[a])];
    const bool holds = (a - p.argument_of.size()) % 2 == 1;  // X_r, Y_r pairs follow the claims
    return std::string(holds ? "the " : "the source of the ") + std::string(to_string(r.type)) + " " + r.source + " -> " +
           r.target + " (" + r.id + ")" + (holds ? "" : " is not accepted");
}

void collect(const DisputeNode& n, std::set<arg_t>& used) {
    used.insert(n.argument);
    for (const auto& c : n.children) collect(c, used);
}

}  // namespace

ClaimExplanation explain_claim(const ArgumentMap& map, std::string_view claim, Semantics s,
                               const ProjectionOptions& options, const Limits& limits) {
    const auto ci = map.claim_index(claim);
    if (!ci) throw ModelError("unknown claim '" + std::string(claim) + "'");
    const Projection p = project(map, options);
    ClaimExplanation out;
    out.claim = std::string(claim);
    out.camp = options.audience;
    out.core = explain_acceptance(p.framework, s, p.argument_of[*ci], limits);
    out.names.reserve(p.framework.size());
    for (arg_t a = 0; a < p.framework.size(); ++a) out.names.push_back(name_of(map, p, a));
    if (!options.audience.empty()) out.discarded = discarded_attacks(map, options.audience, options.min_relation_weight);

    // The arguments the explanation talks about, then the claims and relations behind them.
    const auto& x = out.core;
    std::set<arg_t> used{x.argument};
    if (x.defence) collect(x.defence->tree, used);
    if (x.defeater) used.insert(*x.defeater);
    for (const auto& w : x.attackers) {
        used.insert(w.attacker);
        used.insert(w.answered_by.begin(), w.answered_by.end());
    }
    for (const auto* v : {&x.unanswered, &x.conflicts, &x.unsettled, &x.odd_cycle}) used.insert(v->begin(), v->end());
    std::vector<char> claim_used(map.claims().size(), 0), relation_used(map.relations().size(), 0);
    for (arg_t a : used) {
        if (p.claim_of[a] >= 0) claim_used[static_cast<std::size_t>(p.claim_of[a])] = 1;
        else if (p.relation_of[a] >= 0) {
            const auto ri = static_cast<std::size_t>(p.relation_of[a]);
            relation_used[ri] = 1;
            const Relation& r = map.relations()[ri];
            claim_used[*map.claim_index(r.source)] = 1;
            if (r.type != RelationType::undercut) claim_used[*map.claim_index(r.target)] = 1;
        }
    }
    // Discarded attacks that touch the explanation are part of it (drawn, and listed first).
    for (auto& d : out.discarded) {
        const auto si = *map.claim_index(d.source), ti = *map.claim_index(d.target);
        d.relevant = claim_used[si] || claim_used[ti];
    }
    for (const auto& d : out.discarded)
        if (d.relevant) claim_used[*map.claim_index(d.source)] = claim_used[*map.claim_index(d.target)] = 1;
    const auto rels = map.relations();
    // Attacks between used claims that the framework keeps (an audience may drop some), the
    // discarded ones (drawn to show what was set aside), and undercuts of used relations.
    for (std::size_t i = 0; i < rels.size(); ++i) {
        const Relation& r = rels[i];
        if (r.type == RelationType::undercut) continue;
        if (r.type != RelationType::attack) continue;
        const auto si = *map.claim_index(r.source), ti = *map.claim_index(r.target);
        if (claim_used[si] && claim_used[ti] && (p.framework.attacks(p.argument_of[si], p.argument_of[ti]) || relation_used[i]))
            relation_used[i] = 1;
    }
    for (const auto& d : out.discarded)
        if (d.relevant) relation_used[*map.relation_index(d.relation)] = 1;
    for (std::size_t i = 0; i < rels.size(); ++i)
        if (rels[i].type == RelationType::undercut && claim_used[*map.claim_index(rels[i].source)] &&
            relation_used[*map.relation_index(rels[i].target)])
            relation_used[i] = 1;
    for (std::size_t i = 0; i < map.claims().size(); ++i)
        if (claim_used[i]) out.claims_used.push_back(map.claims()[i].id);
    for (std::size_t i = 0; i < rels.size(); ++i)
        if (relation_used[i]) out.relations_used.push_back(rels[i].id);
    if (x.answer == Answer::yes && x.verdict != Verdict::no_extension) {
        const Labelling lab = labelling_of(p.framework, x.extension);
        out.labels.reserve(map.claims().size());
        for (std::size_t i = 0; i < map.claims().size(); ++i) out.labels.push_back(lab[p.argument_of[i]]);
    }
    return out;
}

}  // namespace argmap
