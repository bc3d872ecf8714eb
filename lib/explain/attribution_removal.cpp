// Removal attribution: for every attack and support into the claim, the claim's strength with
// the relation minus its strength without it (and without the undercuts of it, which then
// gate nothing). Each is a full evaluation of the claim on the modified graph, restricted to
// the claim's ancestors, on which alone its strength depends.
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
    std::vector<char> present(g.edges.size(), 1);
    for (std::size_t i = 0; i < g.edges.size(); ++i) {
        if (g.edges[i].to != g.target) continue;
        present[i] = 0;
        const GradualResult without = g.evaluate(s, options.gradual, present);
        present[i] = 1;
        ++a.evaluations;
        a.converged &= without.converged;
        Contribution c = attribution::relation_contribution(map, g.edges[i].relation);
        c.value = a.strength - without.strength[g.target];
        a.contributions.push_back(std::move(c));
    }
    if (!a.converged) a.message = "some evaluation did not converge (" + all.message + "); values are approximate";
    attribution::rank_and_share(a);
    return a;
}

}  // namespace argmap
