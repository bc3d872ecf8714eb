// Audiences (value-based argumentation, Bench-Capon 2003): the attacks a camp discards. An
// attack a -> b fails as a defeat for the camp when the camp ranks some value of b above every
// value of a (values: the claim's values, else its camps; a camp without preferences ranks its
// own id first). Mirrors the rule project() applies.
#include <algorithm>

#include "argmap/explain_extension.hpp"

namespace argmap {

std::vector<DiscardedAttack> discarded_attacks(const ArgumentMap& map, std::string_view camp_id,
                                               double min_relation_weight) {
    const Camp* camp = map.find_camp(camp_id);
    if (!camp) throw ModelError("unknown camp '" + std::string(camp_id) + "' as audience");
    std::vector<std::string> order = camp->preferences;
    if (order.empty()) order.push_back(camp->id);
    // The best-ranked value of a claim and its rank (order.size() when unranked).
    auto best = [&](const Claim& c) {
        const auto& values = c.values.empty() ? c.camps : c.values;
        std::pair<std::size_t, std::string> out{order.size(), ""};
        for (const auto& v : values) {
            const auto r = static_cast<std::size_t>(std::find(order.begin(), order.end(), v) - order.begin());
            if (r < out.first) out = {r, v};
        }
        return out;
    };
    std::vector<DiscardedAttack> out;
    for (const Relation& r : map.relations()) {
        if (r.type != RelationType::attack || r.source == r.target || r.weight < min_relation_weight) continue;
        const auto s = best(map.claims()[*map.claim_index(r.source)]);
        const auto t = best(map.claims()[*map.claim_index(r.target)]);
        if (t.first < s.first) out.push_back({r.id, r.source, r.target, s.second, t.second});
    }
    return out;
}

}  // namespace argmap
