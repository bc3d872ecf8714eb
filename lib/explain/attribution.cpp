// Attributions of gradual strengths: the ancestor graph the three techniques share, ranking,
// camp shares, dispatch, and the text and JSON forms.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "explain/ancestry.hpp"

namespace argmap {

std::string_view to_string(AttributionMethod m) noexcept {
    switch (m) {
    case AttributionMethod::removal: return "removal";
    case AttributionMethod::gradient: return "gradient";
    case AttributionMethod::shapley: return "shapley";
    }
    return "removal";
}

std::optional<AttributionMethod> parse_attribution_method(std::string_view name) noexcept {
    for (auto m : {AttributionMethod::removal, AttributionMethod::gradient, AttributionMethod::shapley})
        if (to_string(m) == name) return m;
    return std::nullopt;
}

Attribution attribute(const ArgumentMap& map, std::string_view claim, const GradualSemantics& s, AttributionMethod m,
                      const AttributionOptions& options) {
    switch (m) {
    case AttributionMethod::removal: return attribute_by_removal(map, claim, s, options);
    case AttributionMethod::gradient: return attribute_by_gradient(map, claim, s, options);
    case AttributionMethod::shapley: return attribute_by_shapley(map, claim, s, options);
    }
    return attribute_by_removal(map, claim, s, options);
}

}  // namespace argmap

namespace argmap::attribution {

WeightedBipolarFramework AncestorGraph::framework(std::span<const char> present) const {
    std::vector<WeightedEdge> attacks, supports;
    std::vector<std::int64_t> attack_gates, support_gates;
    bool gated = false;
    for (std::size_t i = 0; i < edges.size(); ++i) {
        if (!present.empty() && !present[i]) continue;
        const Edge& e = edges[i];
        (e.support ? supports : attacks).push_back({e.from, e.to, e.weight});
        (e.support ? support_gates : attack_gates).push_back(e.gate);
        gated |= e.gate >= 0;
    }
    if (!gated) return WeightedBipolarFramework(base, attacks, supports);
    return WeightedBipolarFramework(base, attacks, supports, attack_gates, support_gates);
}

GradualResult AncestorGraph::evaluate(const GradualSemantics& s, const GradualOptions& o, std::span<const char> present) const {
    return strengths(framework(present), s, o);
}

AncestorGraph ancestor_graph(const ArgumentMap& map, std::string_view claim, double min_relation_weight) {
    const auto target = map.claim_index(claim);
    if (!target) throw ModelError("unknown claim '" + std::string(claim) + "'");
    const auto claims = map.claims();
    const auto rels = map.relations();
    // The projection of project_gradual: claims first, then one auxiliary argument (base 1) per
    // kept relation that a kept undercut attacks, gating that relation's edge.
    const std::size_t k = claims.size();
    auto kept = [&](const Relation& r) { return r.weight >= min_relation_weight; };
    std::vector<std::int64_t> aux(rels.size(), -1);
    std::size_t n = k;
    for (const auto& r : rels)
        if (r.type == RelationType::undercut && kept(r)) {
            const auto t = *map.relation_index(r.target);
            if (kept(rels[t]) && aux[t] < 0) aux[t] = static_cast<std::int64_t>(n++);
        }
    std::vector<Edge> all;
    for (std::size_t i = 0; i < rels.size(); ++i) {
        const Relation& r = rels[i];
        if (!kept(r)) continue;
        const arg_t from = static_cast<arg_t>(*map.claim_index(r.source));
        if (r.type == RelationType::undercut) {
            const auto t = *map.relation_index(r.target);
            if (aux[t] < 0) continue;
            all.push_back({from, static_cast<arg_t>(aux[t]), r.weight, aux[i], false, i});
        } else {
            all.push_back({from, static_cast<arg_t>(*map.claim_index(r.target)), r.weight, aux[i],
                           r.type == RelationType::support, i});
        }
    }
    // Backward search from the claim over sources and gates.
    std::vector<std::vector<std::size_t>> into(n);
    for (std::size_t i = 0; i < all.size(); ++i) into[all[i].to].push_back(i);
    std::vector<char> mark(n, 0);
    std::vector<std::size_t> stack{*target};
    mark[*target] = 1;
    while (!stack.empty()) {
        const std::size_t x = stack.back();
        stack.pop_back();
        for (std::size_t i : into[x]) {
            for (std::int64_t p : {static_cast<std::int64_t>(all[i].from), all[i].gate})
                if (p >= 0 && !mark[static_cast<std::size_t>(p)]) {
                    mark[static_cast<std::size_t>(p)] = 1;
                    stack.push_back(static_cast<std::size_t>(p));
                }
        }
    }
    AncestorGraph g;
    std::vector<arg_t> local(n, 0);
    for (std::size_t x = 0; x < n; ++x)
        if (mark[x]) {
            local[x] = g.size();
            g.claim.push_back(x < k ? static_cast<std::int64_t>(x) : -1);
            g.base.push_back(x < k ? claims[x].weight : 1.0);
        }
    g.target = local[*target];
    for (const Edge& e : all)
        if (mark[e.to]) {  // then its source and gate are ancestors too
            Edge l = e;
            l.from = local[e.from];
            l.to = local[e.to];
            if (e.gate >= 0) l.gate = local[static_cast<std::size_t>(e.gate)];
            g.edges.push_back(l);
        }
    return g;
}

AncestorGraph frozen_upstream(const AncestorGraph& g, std::span<const double> strength) {
    const arg_t n = g.size();
    std::vector<std::vector<std::size_t>> out(n);  // edges leaving each argument (as source or gate)
    for (std::size_t i = 0; i < g.edges.size(); ++i) {
        out[g.edges[i].from].push_back(i);
        if (g.edges[i].gate >= 0) out[static_cast<std::size_t>(g.edges[i].gate)].push_back(i);
    }
    std::vector<char> moves(n, 0);
    std::vector<arg_t> stack{g.target};
    moves[g.target] = 1;
    while (!stack.empty()) {
        const arg_t x = stack.back();
        stack.pop_back();
        for (std::size_t i : out[x])
            if (!moves[g.edges[i].to]) {
                moves[g.edges[i].to] = 1;
                stack.push_back(g.edges[i].to);
            }
    }
    AncestorGraph r;
    constexpr arg_t none = static_cast<arg_t>(-1);
    std::vector<arg_t> local(n, none);
    auto take = [&](arg_t x) {
        if (local[x] != none) return local[x];
        local[x] = r.size();
        r.claim.push_back(g.claim[x]);
        r.base.push_back(moves[x] ? g.base[x] : std::clamp(strength[x], 0.0, 1.0));  // frozen: its final strength
        return local[x];
    };
    for (arg_t x = 0; x < n; ++x)
        if (moves[x]) take(x);
    for (const Edge& e : g.edges)
        if (moves[e.to]) {
            Edge l = e;
            l.to = take(e.to);
            l.from = take(e.from);
            if (e.gate >= 0) l.gate = take(static_cast<arg_t>(e.gate));
            r.edges.push_back(l);
        }
    r.target = local[g.target];
    return r;
}

Contribution relation_contribution(const ArgumentMap& map, std::size_t r) {
    const Relation& rel = map.relations()[r];
    Contribution c;
    c.relation = rel.id;
    c.type = rel.type;
    c.source = rel.source;
    c.target = rel.target;
    c.weight = rel.weight;
    if (const Claim* s = map.find_claim(rel.source)) c.camps = s->camps;
    return c;
}

void rank_and_share(Attribution& a) {
    std::stable_sort(a.contributions.begin(), a.contributions.end(),
                     [](const Contribution& x, const Contribution& y) { return x.value > y.value; });
    a.camps.clear();
    auto share = [&](const std::string& camp, double v) {
        auto it = std::find_if(a.camps.begin(), a.camps.end(), [&](const CampShare& c) { return c.camp == camp; });
        if (it == a.camps.end()) it = a.camps.insert(a.camps.end(), CampShare{camp, 0, 0});
        it->value += v;
        ++it->contributions;
    };
    for (const auto& c : a.contributions) {
        if (c.camps.empty()) share("", c.value);
        for (const auto& camp : c.camps) share(camp, c.value);
    }
}

}  // namespace argmap::attribution

namespace argmap {

namespace {

std::string number(double v, bool sign) {
    char buf[32];
    std::snprintf(buf, sizeof buf, sign ? "%+.4f" : "%.4f", v);
    return buf;
}

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

std::string short_number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

}  // namespace

std::string to_text(const Attribution& a) {
    std::string out;
    out += "Why " + quoted(a.claim) + " has strength " + number(a.strength, false) + " under " + a.semantics + "\n";
    switch (a.method) {
    case AttributionMethod::removal:
        out += "Method: removal. Each relation into the claim is taken away on its own and the claim is\n"
               "evaluated again; the number is strength with it minus strength without it.\n";
        break;
    case AttributionMethod::gradient:
        out += "Method: gradient. The number is how fast the claim's strength moves when that claim's base\n"
               "score moves (a derivative): +0.5 means raising its base score by 0.1 raises this strength by\n"
               "about 0.05.\n";
        break;
    case AttributionMethod::shapley:
        out += "Method: Shapley values. Every relation that can reach the claim is a player; a player's value\n"
               "is its average effect over all orders of adding the relations one by one. The values add up to\n"
               "strength with all relations minus strength with none (" + number(a.strength, false) + " - " +
               number(a.baseline, false) + " = " + number(a.strength - a.baseline, true) + ").\n";
        if (a.players > 0 && a.exact)
            out += "Exact: all " + std::to_string(std::size_t(1) << std::min<std::size_t>(a.players, 62)) +
                   " coalitions of " + std::to_string(a.players) + " relations evaluated.\n";
        if (a.players > 0 && !a.exact)
            out += "Sampled: " + std::to_string(a.samples) + " random orders (seed " + std::to_string(a.seed) +
                   "); +- is one standard error.\n";
        break;
    }
    out += "\n";
    if (a.contributions.empty()) out += "  nothing reaches this claim: its strength is its base score.\n";
    for (const auto& c : a.contributions) {
        out += "  " + number(c.value, true);
        if (a.method == AttributionMethod::shapley && !a.exact) out += " +- " + number(c.standard_error, false);
        if (a.method == AttributionMethod::gradient) {
            out += "  " + quoted(c.source) + " (base " + short_number(c.weight) + ")";
            if (c.source == a.claim) out += " its own base score";
        } else {
            out += "  " + std::string(to_string(c.type)) + " " + c.relation + " from " + quoted(c.source) + " to " +
                   quoted(c.target) + " (weight " + short_number(c.weight) + ")";
        }
        if (!c.camps.empty()) {
            out += "  camp";
            if (c.camps.size() > 1) out += "s";
            for (std::size_t i = 0; i < c.camps.size(); ++i) out += (i ? ", " : " ") + c.camps[i];
        }
        if (!c.differentiable) out += "  [kink: one-sided]";
        out += "\n";
    }
    if (!a.camps.empty() && !a.contributions.empty()) {
        out += "\nBy camp (sum of the contributions credited to its claims):\n";
        for (const auto& c : a.camps)
            out += "  " + number(c.value, true) + "  " + (c.camp.empty() ? std::string("(no camp)") : c.camp) + " (" +
                   std::to_string(c.contributions) + ")\n";
    }
    if (!a.message.empty()) out += "\nNote: " + a.message + "\n";
    return out;
}

std::string to_json(const Attribution& a) {
    nlohmann::ordered_json j;
    j["claim"] = a.claim;
    j["method"] = std::string(to_string(a.method));
    j["semantics"] = a.semantics;
    j["strength"] = a.strength;
    if (a.method == AttributionMethod::shapley) {
        j["baseline"] = a.baseline;
        j["exact"] = a.exact;
        j["players"] = a.players;
        if (!a.exact) {
            j["samples"] = a.samples;
            j["seed"] = a.seed;
        }
    }
    if (a.method == AttributionMethod::gradient) j["differentiable"] = a.exact;
    j["converged"] = a.converged;
    j["evaluations"] = a.evaluations;
    j["contributions"] = nlohmann::ordered_json::array();
    for (const auto& c : a.contributions) {
        nlohmann::ordered_json x;
        if (a.method == AttributionMethod::gradient) {
            x["claim"] = c.source;
            x["base"] = c.weight;
            x["derivative"] = c.value;
            x["differentiable"] = c.differentiable;
        } else {
            x["relation"] = c.relation;
            x["type"] = std::string(to_string(c.type));
            x["source"] = c.source;
            x["target"] = c.target;
            x["weight"] = c.weight;
            x["value"] = c.value;
            if (a.method == AttributionMethod::shapley && !a.exact) x["standard_error"] = c.standard_error;
        }
        x["camps"] = c.camps;
        j["contributions"].push_back(std::move(x));
    }
    j["camps"] = nlohmann::ordered_json::array();
    for (const auto& c : a.camps)
        j["camps"].push_back({{"camp", c.camp}, {"value", c.value}, {"contributions", c.contributions}});
    if (!a.message.empty()) j["message"] = a.message;
    return j.dump(2);
}

}  // namespace argmap
