// Removal attribution: for every attack and support into the claim, the claim's strength with
// the relation minus its strength without it (and without the undercuts of it, which then
// gate nothing). The claim's strength depends on its ancestors only, and removing an edge into
// the claim moves only the claim and what it reaches; so the claim's ancestors are evaluated
// once, and each removal re-evaluates the claim's strongly connected part with everything
// upstream frozen at its final strength (what IncrementalEvaluator does for gradual edits,
// without building one for the whole map). On acyclic graphs that is the claim alone.
#include "explain/ancestry.hpp"

namespace argmap {

Attribution attribute_by_removal(const ArgumentMap& map, std::string_view claim, const GradualSemantics& s,
                                 const AttributionOptions& options) {
    const attribution::AncestorGraph g = attribution::ancestor_graph(map, claim, options.min_relation_weight);
    Attribution a;
    a.method = AttributionMethod::removal;
    a.claim = std::string(claim);
    a.semantics = to_string(s);
    const GradualResult all = g.evaluate(s, options.gradual);
    a.strength = all.strength[g.target];
    a.converged = all.converged;
    a.evaluations = 1;
    const attribution::AncestorGraph part = attribution::frozen_upstream(g, all.strength);
    std::vector<char> present(part.edges.size(), 1);
    for (std::size_t i = 0; i < part.edges.size(); ++i) {
        if (part.edges[i].to != part.target) continue;
        present[i] = 0;
        const GradualResult without = part.evaluate(s, options.gradual, present);
        present[i] = 1;
        ++a.evaluations;
        a.converged &= without.converged;
        Contribution c = attribution::relation_contribution(map, part.edges[i].relation);
        c.value = a.strength - without.strength[part.target];
        a.contributions.push_back(std::move(c));
    }
    if (!a.converged) a.message = "some evaluation did not converge (" + all.message + "); values are approximate";
    attribution::rank_and_share(a);
    return a;
}

}  // namespace argmap
