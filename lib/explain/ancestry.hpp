// What the three attribution techniques share: a claim's ancestors in the gradual projection
// of a map, with the map relation behind every edge, so that the claim can be re-evaluated on
// any subset of those relations. A claim's strength depends on its ancestors only (each update
// reads the argument's own attackers, supporters and gates), so this is an exact restriction.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "argmap/attribution.hpp"

namespace argmap::attribution {

/// One weighted edge of the gradual projection and the relation it stands for.
struct Edge {
    arg_t from, to;
    double weight;
    std::int64_t gate;      ///< the auxiliary argument gating it (an undercut's target), or -1
    bool support;
    std::size_t relation;   ///< index into map.relations()
};

/// The ancestors of one claim, renumbered 0..size-1 in projection order.
struct AncestorGraph {
    std::vector<std::int64_t> claim;  ///< per argument: claim index, or -1 for an undercut's auxiliary
    std::vector<double> base;
    std::vector<Edge> edges;          ///< every edge among the ancestors, in relation order
    arg_t target = 0;

    arg_t size() const noexcept { return static_cast<arg_t>(base.size()); }
    /// The framework with the edges whose flag is set (all edges when `present` is empty).
    WeightedBipolarFramework framework(std::span<const char> present = {}) const;
    /// Strengths of that framework.
    GradualResult evaluate(const GradualSemantics& s, const GradualOptions& o, std::span<const char> present = {}) const;
};

/// Projects the map as project_gradual does and keeps the claim's ancestors. Throws ModelError
/// for an unknown claim.
AncestorGraph ancestor_graph(const ArgumentMap& map, std::string_view claim, double min_relation_weight);

/// The part of `g` that a change of the edges into the target can move: the target and what it
/// reaches (its strongly connected part, since everything in `g` reaches the target), with every
/// other argument feeding it turned into a source whose base score is its final strength.
/// Parentless arguments keep their base score under every semantics, so evaluating this graph
/// is evaluating `g` with everything upstream frozen.
AncestorGraph frozen_upstream(const AncestorGraph& g, std::span<const double> strength);

/// A contribution describing relation `r` of the map.
Contribution relation_contribution(const ArgumentMap& map, std::size_t r);
/// Sorts the contributions (largest value first) and sums them per camp.
void rank_and_share(Attribution& a);

}  // namespace argmap::attribution
