// Projection of an ArgumentMap onto a Framework. Claims keep their order as arguments 0..k-1;
// undercut attacks are flattened with two auxiliary arguments each (see framework.hpp).
#include "argmap/framework.hpp"

#include <algorithm>
#include <limits>
#include <tuple>

namespace argmap {

std::string_view to_string(SupportInterpretation s) noexcept {
    switch (s) {
    case SupportInterpretation::none: return "none";
    case SupportInterpretation::deductive: return "deductive";
    case SupportInterpretation::necessary: return "necessary";
    case SupportInterpretation::evidential: return "evidential";
    }
    return "none";
}

std::optional<SupportInterpretation> parse_support_interpretation(std::string_view name) noexcept {
    for (auto s : {SupportInterpretation::none, SupportInterpretation::deductive, SupportInterpretation::necessary,
                   SupportInterpretation::evidential})
        if (to_string(s) == name) return s;
    return std::nullopt;
}

namespace {

// reach[x]: claims reachable from x by one or more supports (sorted).
std::vector<std::vector<arg_t>> support_closure(arg_t k, const std::vector<std::vector<arg_t>>& supports) {
    std::vector<std::vector<arg_t>> reach(k);
    std::vector<char> seen(k);
    std::vector<arg_t> stack;
    for (arg_t x = 0; x < k; ++x) {
        std::fill(seen.begin(), seen.end(), 0);
        stack.assign(supports[x].begin(), supports[x].end());
        while (!stack.empty()) {
            const arg_t y = stack.back();
            stack.pop_back();
            if (seen[y]) continue;
            seen[y] = 1;
            reach[x].push_back(y);
            for (arg_t z : supports[y]) stack.push_back(z);
        }
        std::sort(reach[x].begin(), reach[x].end());
    }
    return reach;
}

}  // namespace

Projection project(const ArgumentMap& map, const ProjectionOptions& options) {
    const auto claims = map.claims();
    const auto relations = map.relations();
    Projection p;
    const arg_t k = static_cast<arg_t>(claims.size());
    p.argument_of.resize(k);
    p.claim_of.resize(k);
    for (arg_t i = 0; i < k; ++i) {
        p.argument_of[i] = i;
        p.claim_of[i] = i;
    }
    // Audience (value-based argumentation): rank of each claim's best value in the camp's order.
    std::vector<std::size_t> rank;
    if (!options.audience.empty()) {
        const Camp* camp = map.find_camp(options.audience);
        if (!camp) throw ModelError("unknown camp '" + options.audience + "' as audience");
        std::vector<std::string> order = camp->preferences;
        if (order.empty()) order.push_back(camp->id);
        constexpr std::size_t unranked = static_cast<std::size_t>(-1);
        rank.assign(k, unranked);
        for (arg_t c = 0; c < k; ++c) {
            const auto& values = claims[c].values.empty() ? claims[c].camps : claims[c].values;
            for (const auto& v : values) {
                const auto it = std::find(order.begin(), order.end(), v);
                if (it != order.end()) rank[c] = std::min<std::size_t>(rank[c], static_cast<std::size_t>(it - order.begin()));
            }
        }
    }
    auto kept = [&](const Relation& r) {
        if (r.weight < options.min_relation_weight) return false;
        if (rank.empty() || r.type != RelationType::attack || r.source == r.target) return true;
        // The attack fails as a defeat when the target's value is preferred to the attacker's.
        return !(rank[*map.claim_index(r.target)] < rank[*map.claim_index(r.source)]);
    };

    // An attack-like relation (attack or undercut) that is itself undercut is flattened.
    std::vector<bool> undercut(relations.size(), false);
    for (const Relation& r : relations)
        if (r.type == RelationType::undercut && kept(r)) {
            const auto t = *map.relation_index(r.target);
            if (relations[t].type != RelationType::support && kept(relations[t])) undercut[t] = true;
        }

    arg_t next = k;
    std::vector<arg_t> holds(relations.size(), 0);  // Y_r for flattened relations
    std::vector<Attack> attacks;
    std::vector<double> weights;  // parallel to attacks
    constexpr double fixed = std::numeric_limits<double>::infinity();
    auto add = [&](arg_t from, arg_t to, double w) {
        attacks.push_back({from, to});
        weights.push_back(w);
    };
    for (std::size_t i = 0; i < relations.size(); ++i)
        if (undercut[i]) {
            holds[i] = next + 1;  // X_r = next, Y_r = next + 1
            next += 2;
        }
    p.relation_of.assign(next, -1);
    for (std::size_t i = 0; i < relations.size(); ++i)
        if (undercut[i]) p.relation_of[holds[i]] = p.relation_of[holds[i] - 1] = static_cast<std::int64_t>(i);
    for (std::size_t i = 0; i < relations.size(); ++i) {
        const Relation& r = relations[i];
        if (!kept(r) || r.type == RelationType::support) continue;
        std::size_t target_rel = 0;
        arg_t target;
        if (r.type == RelationType::attack) {
            target = static_cast<arg_t>(*map.claim_index(r.target));
        } else {
            target_rel = *map.relation_index(r.target);
            if (!undercut[target_rel]) continue;  // undercut of a support or of a dropped relation
            target = holds[target_rel];
        }
        const arg_t source = static_cast<arg_t>(*map.claim_index(r.source));
        if (undercut[i]) {
            const arg_t y = holds[i], x = y - 1;
            add(source, x, r.weight);
            add(x, y, fixed);
            add(y, target, fixed);
        } else {
            add(source, target, r.weight);
        }
    }
    // Supports.
    if (options.support != SupportInterpretation::none) {
        std::vector<std::vector<arg_t>> sup(k);
        std::vector<Attack> plain;  // claim-to-claim attacks that are not undercut
        std::vector<double> plain_w;
        for (std::size_t i = 0; i < relations.size(); ++i) {
            const Relation& r = relations[i];
            if (!kept(r) || r.type == RelationType::undercut) continue;
            const arg_t s = static_cast<arg_t>(*map.claim_index(r.source)), t = static_cast<arg_t>(*map.claim_index(r.target));
            if (r.type == RelationType::support) sup[s].push_back(t);
            else if (!undercut[i]) {
                plain.push_back({s, t});
                plain_w.push_back(r.weight);
            }
        }
        const auto reach = support_closure(k, sup);
        switch (options.support) {
        case SupportInterpretation::deductive:
            for (arg_t a = 0; a < k; ++a)
                for (arg_t x : reach[a])
                    for (std::size_t j = 0; j < plain.size(); ++j)
                        if (plain[j].from == x) add(a, plain[j].to, plain_w[j]);  // supported attack
            for (arg_t c = 0; c < k; ++c)
                for (arg_t b : reach[c])
                    for (std::size_t j = 0; j < plain.size(); ++j)
                        if (plain[j].to == b) add(plain[j].from, c, plain_w[j]);  // mediated attack
            break;
        case SupportInterpretation::necessary:
            for (std::size_t j = 0; j < plain.size(); ++j)
                for (arg_t c : reach[plain[j].to]) add(plain[j].from, c, plain_w[j]);  // secondary attack
            for (arg_t b = 0; b < k; ++b)
                for (arg_t a : reach[b])
                    for (std::size_t j = 0; j < plain.size(); ++j)
                        if (plain[j].from == b) add(a, plain[j].to, plain_w[j]);  // extended attack
            break;
        case SupportInterpretation::evidential: {
            // e-supported: evidence, or supported by an e-supported claim (least fixed point).
            std::vector<char> grounded_in_evidence(k, 0);
            std::vector<arg_t> queue;
            for (arg_t c = 0; c < k; ++c)
                if (claims[c].kind == ClaimKind::evidence) {
                    grounded_in_evidence[c] = 1;
                    queue.push_back(c);
                }
            for (std::size_t h = 0; h < queue.size(); ++h)
                for (arg_t t : sup[queue[h]])
                    if (!grounded_in_evidence[t]) {
                        grounded_in_evidence[t] = 1;
                        queue.push_back(t);
                    }
            if (std::find(grounded_in_evidence.begin(), grounded_in_evidence.end(), 0) != grounded_in_evidence.end()) {
                const arg_t bottom = next++;  // "no evidence": unattacked, defeats the unsupported
                for (arg_t c = 0; c < k; ++c)
                    if (!grounded_in_evidence[c]) add(bottom, c, fixed);
            }
            break;
        }
        case SupportInterpretation::none: break;
        }
    }
    p.claim_of.resize(next, -1);
    p.relation_of.resize(next, -1);
    p.framework = Framework(next, attacks);
    // Weights in attack_list() order; a repeated attack costs its cheapest statement.
    std::vector<std::size_t> order(attacks.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        return std::tie(attacks[x].from, attacks[x].to, weights[x]) < std::tie(attacks[y].from, attacks[y].to, weights[y]);
    });
    for (std::size_t i = 0; i < order.size(); ++i)
        if (i == 0 || attacks[order[i]].from != attacks[order[i - 1]].from || attacks[order[i]].to != attacks[order[i - 1]].to)
            p.attack_weight.push_back(weights[order[i]]);
    return p;
}

}  // namespace argmap
