// Attribution of inconsistency budgets (Dunne et al. 2011, see extensions.hpp): the attacks a
// minimal budget disregards, as the map's relations, re-checked: without exactly those attacks
// the claim is accepted, and each one, put back alone, is it still?
#include <algorithm>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "argmap/attribution.hpp"

namespace argmap {

namespace {

Decision decide(const Framework& af, Semantics s, arg_t a, bool sceptical, const Limits& limits) {
    return sceptical ? argmap::sceptical(af, s, a, limits) : credulous(af, s, a, limits);
}

Framework without(const Framework& af, const std::vector<Attack>& all, const std::vector<char>& drop) {
    std::vector<Attack> kept;
    for (std::size_t i = 0; i < all.size(); ++i)
        if (!drop[i]) kept.push_back(all[i]);
    return Framework(af.size(), kept);
}

// The map's relations behind attack (from, to) of the projection.
DroppedAttack describe(const ArgumentMap& map, const Projection& p, Attack e, double weight) {
    DroppedAttack d;
    d.weight = weight;
    const auto claims = map.claims();
    const auto rels = map.relations();
    const std::size_t k = p.argument_of.size();
    auto claim_id = [&](arg_t x) -> std::string {
        return p.claim_of[x] >= 0 ? claims[static_cast<std::size_t>(p.claim_of[x])].id : std::string();
    };
    if (p.claim_of[e.to] >= 0) {
        d.from = claim_id(e.from);
        d.to = claim_id(e.to);
        for (const auto& r : rels)
            if (r.type == RelationType::attack && r.source == d.from && r.target == d.to) d.relations.push_back(r.id);
        if (d.relations.empty()) d.relations.push_back("(derived from supports)");
        return d;
    }
    const std::int64_t rel = e.to < p.relation_of.size() ? p.relation_of[e.to] : -1;
    if (rel >= 0) {
        const Relation& r = rels[static_cast<std::size_t>(rel)];
        if ((e.to - k) % 2 == 0) {  // X_r: "the source of r is not accepted"; a -> X_r stands for r
            d.from = r.source;
            d.to = r.target;
            d.relations.push_back(r.id);
        } else {  // Y_r: "r holds", attacked by r's undercutters
            d.from = claim_id(e.from);
            d.to = r.id;
            for (const auto& u : rels)
                if (u.type == RelationType::undercut && u.source == d.from && u.target == r.id) d.relations.push_back(u.id);
        }
    }
    return d;
}

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

}  // namespace

BudgetAttribution attribute_budget(const ArgumentMap& map, std::string_view claim, Semantics s, bool sceptical,
                                   const BudgetResult& budget, const ProjectionOptions& options, const Limits& limits) {
    const auto c = map.claim_index(claim);
    if (!c) throw ModelError("unknown claim '" + std::string(claim) + "'");
    const Projection p = project(map, options);
    const arg_t a = p.argument_of[*c];
    BudgetAttribution out;
    out.claim = std::string(claim);
    out.semantics = s;
    out.sceptical = sceptical;
    out.budget = budget;
    if (budget.answer != Answer::yes) return out;
    const auto all = p.framework.attack_list();
    std::vector<char> drop(all.size(), 0);
    for (std::size_t i : budget.dropped) {
        if (i >= all.size()) throw std::out_of_range("budget names an attack out of range");
        drop[i] = 1;
    }
    out.verified = decide(without(p.framework, all, drop), s, a, sceptical, limits).answer == Answer::yes;
    for (std::size_t i : budget.dropped) {
        DroppedAttack d = describe(map, p, all[i], p.attack_weight[i]);
        drop[i] = 0;
        d.needed = decide(without(p.framework, all, drop), s, a, sceptical, limits).answer == Answer::no;
        drop[i] = 1;
        out.dropped.push_back(std::move(d));
    }
    return out;
}

BudgetAttribution attribute_budget(const ArgumentMap& map, std::string_view claim, Semantics s, bool sceptical,
                                   const ProjectionOptions& options, const Limits& limits) {
    const auto c = map.claim_index(claim);
    if (!c) throw ModelError("unknown claim '" + std::string(claim) + "'");
    const Projection p = project(map, options);
    const BudgetResult b = minimal_budget(p.framework, p.attack_weight, s, p.argument_of[*c], sceptical, limits);
    return attribute_budget(map, claim, s, sceptical, b, options, limits);
}

std::string to_text(const BudgetAttribution& b) {
    const std::string how = std::string(b.sceptical ? "sceptically" : "credulously") + " accepted under " +
                            std::string(to_string(b.semantics));
    std::string out;
    switch (b.budget.answer) {
    case Answer::unknown: return "\"" + b.claim + "\": no answer: " + b.budget.message + "\n";
    case Answer::no: return "\"" + b.claim + "\" cannot become " + how + " by disregarding attacks: " + b.budget.message + "\n";
    case Answer::yes: break;
    }
    if (b.dropped.empty()) return "\"" + b.claim + "\" is " + how + " already; no attack needs to be disregarded.\n";
    out += "\"" + b.claim + "\" becomes " + how + " when these attacks are disregarded (total weight " +
           num(b.budget.budget) + ", the least possible):\n";
    for (const auto& d : b.dropped) {
        out += "  attack \"" + d.from + "\" -> \"" + d.to + "\" (";
        for (std::size_t i = 0; i < d.relations.size(); ++i) out += (i ? ", " : "") + d.relations[i];
        out += "), weight " + num(d.weight) + (d.needed ? "; needed: put back alone, the claim is not accepted" : "") + "\n";
    }
    out += b.verified ? "Checked: disregarding exactly these attacks makes it accepted.\n"
                      : "Check FAILED: disregarding these attacks does not make it accepted.\n";
    return out;
}

std::string to_json(const BudgetAttribution& b) {
    nlohmann::ordered_json j;
    j["claim"] = b.claim;
    j["semantics"] = std::string(to_string(b.semantics));
    j["acceptance"] = b.sceptical ? "sceptical" : "credulous";
    j["answer"] = b.budget.answer == Answer::yes ? "yes" : b.budget.answer == Answer::no ? "no" : "unknown";
    if (b.budget.answer == Answer::yes) j["budget"] = b.budget.budget;
    j["dropped"] = nlohmann::ordered_json::array();
    for (const auto& d : b.dropped)
        j["dropped"].push_back(
            {{"from", d.from}, {"to", d.to}, {"relations", d.relations}, {"weight", d.weight}, {"needed", d.needed}});
    j["verified"] = b.verified;
    if (!b.budget.message.empty() && b.budget.answer != Answer::yes) j["message"] = b.budget.message;
    return j.dump(2);
}

}  // namespace argmap
