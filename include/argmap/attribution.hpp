// argmap/attribution.hpp: why a claim has the strength it has under a gradual semantics, and
// which dropped attacks an inconsistency budget pays for.
//
// Three ways to share out a claim's final strength (one file each under lib/explain/):
//
//   removal   per relation into the claim: strength with it minus without it, on the claim's ancestors
//             (per removal only the claim's cyclic part moves: it is iterated with upstream frozen);
//   gradient  per claim among its ancestors: d strength(claim) / d base(other), exact through
//             the fixed point (implicit function theorem: the adjoint system (I - J)^T y = e
//             at the fixed point, J the Jacobian of one update step); at kinks of max-based,
//             card-based, top, DF-QuAD and linear influences a one-sided derivative, flagged;
//   shapley   per relation among the claim's ancestors: its Shapley value in the game whose
//             players are those relations and whose value of a coalition is the claim's
//             strength with only those relations present. Exact by enumeration up to
//             max_exact_players players, else Monte-Carlo permutation sampling (seeded) with a
//             standard error per value.
//
//   argmap::Attribution a = argmap::attribute_by_gradient(map, "thesis", *argmap::parse_gradual("df-quad"));
//   std::cout << argmap::to_text(a);        // ranked, with camp totals
//   std::string json = argmap::to_json(a);
//
// Yin, Potyka and Toni (ECAI 2023, "Argument Attribution Explanations in Quantitative Bipolar
// Argumentation Frameworks") define the gradient attribution for acyclic DF-QuAD graphs; here it
// is computed for every gradual semantics of gradual.hpp and for cyclic graphs too.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "argmap/extensions.hpp"
#include "argmap/gradual.hpp"
#include "argmap/model.hpp"

namespace argmap {

enum class AttributionMethod { removal, gradient, shapley };
std::string_view to_string(AttributionMethod m) noexcept;
/// "removal", "gradient", "shapley".
std::optional<AttributionMethod> parse_attribution_method(std::string_view name) noexcept;

/// One share of a claim's strength.
struct Contribution {
    /// removal, shapley: the relation's id, type, ends and weight.
    /// gradient: relation is empty, source is the claim whose base score moves, weight its base.
    std::string relation;
    RelationType type = RelationType::attack;
    std::string source, target;
    double weight = 0;
    double value = 0;            ///< the contribution (removal: difference; gradient: derivative; shapley: value)
    double standard_error = 0;   ///< sampled Shapley only
    bool differentiable = true;  ///< gradient: false when the derivative passes a kink (one-sided, see header)
    std::vector<std::string> camps;  ///< camps of the claim credited (the relation's source, or the claim)
};

/// Sum of the contributions credited to a camp's claims ("" for claims of no camp).
struct CampShare {
    std::string camp;
    double value = 0;
    std::size_t contributions = 0;
};

struct Attribution {
    AttributionMethod method = AttributionMethod::removal;
    std::string claim;
    std::string semantics;              ///< to_string(GradualSemantics)
    double strength = 0;                ///< the claim's strength with every relation present
    double baseline = 0;                ///< shapley: strength with no relation (the base score); removal, gradient: 0
    std::vector<Contribution> contributions;  ///< ranked: largest value first, most negative last
    std::vector<CampShare> camps;       ///< in order of first appearance in the ranking
    bool converged = true;              ///< every evaluation (and the adjoint solve) converged
    bool exact = true;                  ///< shapley: enumeration; gradient: no kink on the way
    std::size_t players = 0;            ///< shapley: relations in the game
    std::size_t samples = 0;            ///< sampled shapley: permutations drawn
    std::uint64_t seed = 0;             ///< sampled shapley
    std::size_t evaluations = 0;        ///< strength evaluations spent
    std::string message;                ///< what the reader should know (sampling, kinks, non-convergence)
};

struct AttributionOptions {
    GradualOptions gradual;             ///< how strengths are computed (epsilon also ends the adjoint solve)
    double min_relation_weight = 0.0;   ///< relations below it are left out (as project_gradual)
    std::size_t max_exact_players = 14; ///< shapley: enumerate all 2^players coalitions up to this
    std::size_t samples = 1000;         ///< shapley: permutations when sampling
    std::uint64_t seed = 1;             ///< shapley: seed of the permutation sampler
};

/// Throw ModelError for an unknown claim; std::invalid_argument for bad options.
Attribution attribute_by_removal(const ArgumentMap& map, std::string_view claim, const GradualSemantics& s,
                                 const AttributionOptions& options = {});
Attribution attribute_by_gradient(const ArgumentMap& map, std::string_view claim, const GradualSemantics& s,
                                  const AttributionOptions& options = {});
Attribution attribute_by_shapley(const ArgumentMap& map, std::string_view claim, const GradualSemantics& s,
                                 const AttributionOptions& options = {});
Attribution attribute(const ArgumentMap& map, std::string_view claim, const GradualSemantics& s, AttributionMethod m,
                      const AttributionOptions& options = {});

/// d strength(target) / d base(a) for every argument a of a framework, at the fixed point
/// `strength` (from strengths(g, s, ...)). Arguments that do not reach the target get 0.
struct StrengthGradient {
    std::vector<double> derivative;     ///< per argument
    std::vector<char> kink;             ///< per argument: its derivative passes a non-differentiable point
    bool converged = true;              ///< the adjoint solve converged (always, on acyclic graphs)
    std::size_t iterations = 0;         ///< adjoint iterations (1 on acyclic graphs)
    std::string message;
};
StrengthGradient strength_gradient(const WeightedBipolarFramework& g, const GradualSemantics& s,
                                   std::span<const double> strength, arg_t target, const GradualOptions& options = {});

/// Ranked contributions as sentences a student can follow.
std::string to_text(const Attribution& a);
/// One JSON object (claim, method, semantics, strength, contributions, camps, ...).
std::string to_json(const Attribution& a);

}  // namespace argmap

namespace argmap {

/// Which dropped attacks a minimal budget pays for, as relations of the map.
struct DroppedAttack {
    std::string from, to;                ///< claim ids (an auxiliary argument is described by its relation)
    std::vector<std::string> relations;  ///< the relations this attack stands for
    double weight = 0;
    bool needed = true;                  ///< putting it back alone makes the claim not accepted again
};

struct BudgetAttribution {
    std::string claim;
    Semantics semantics = Semantics::grounded;
    bool sceptical = false;
    BudgetResult budget;                 ///< minimal_budget's answer
    std::vector<DroppedAttack> dropped;
    bool verified = false;               ///< dropping exactly these makes the claim accepted (re-checked)
};

/// minimal_budget for one claim of a map, with its dropped attacks described and checked.
BudgetAttribution attribute_budget(const ArgumentMap& map, std::string_view claim, Semantics s, bool sceptical,
                                   const ProjectionOptions& options = {}, const Limits& limits = {});
/// The dropped attacks of an already computed budget (e.g. one of minimal_budgets()).
BudgetAttribution attribute_budget(const ArgumentMap& map, std::string_view claim, Semantics s, bool sceptical,
                                   const BudgetResult& budget, const ProjectionOptions& options = {},
                                   const Limits& limits = {});
std::string to_text(const BudgetAttribution& b);
std::string to_json(const BudgetAttribution& b);

}  // namespace argmap
