// Projection of an ArgumentMap onto a Framework. Claims keep their order as arguments 0..k-1;
// undercut attacks are flattened with two auxiliary arguments each (see framework.hpp).
#include "argmap/framework.hpp"

namespace argmap {

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
    auto kept = [&](const Relation& r) { return r.weight >= options.min_relation_weight; };

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
    for (std::size_t i = 0; i < relations.size(); ++i)
        if (undercut[i]) {
            holds[i] = next + 1;  // X_r = next, Y_r = next + 1
            next += 2;
        }
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
            attacks.push_back({source, x});
            attacks.push_back({x, y});
            attacks.push_back({y, target});
        } else {
            attacks.push_back({source, target});
        }
    }
    p.claim_of.resize(next, -1);
    p.framework = Framework(next, attacks);
    return p;
}

}  // namespace argmap
