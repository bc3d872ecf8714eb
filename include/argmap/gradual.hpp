// argmap/gradual.hpp: gradual semantics. Every argument gets a strength in [0,1] from its base
// score and the strengths of its attackers and supporters, on a weighted bipolar framework.
//
//   argmap::WeightedBipolarFramework g({0.5, 0.8, 0.4},
//       std::vector<argmap::WeightedEdge>{{1, 0, 1.0}},    // attacks: 1 attacks 0
//       std::vector<argmap::WeightedEdge>{{2, 0, 0.5}});   // supports: 2 supports 0 with weight 0.5
//   auto r = argmap::strengths(g, *argmap::parse_gradual("df-quad"));
//   // r.strength[0], r.converged, r.iterations
//
// Semantics (one file each under lib/gradual/): h-categorizer, max-based, card-based (attack
// only, Amgoud et al.), df-quad (Rago et al. 2016), qe (Potyka 2018), euler (Amgoud & Ben-Naim
// 2018), mlp (Potyka 2021), and the modular form AGGREGATION:INFLUENCE (Mossakowski & Neuhaus
// 2018) with aggregation sum | product | top and influence linear | quadratic | euler | mlp.
//
// Threads: strengths() and evaluate_gradual() only read their input; a WeightedBipolarFramework
// never changes after construction. Evaluate one from many threads at once freely;
// GradualOptions::limits stops an iteration from another thread as in extensions.hpp.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "argmap/extensions.hpp"
#include "argmap/framework.hpp"
#include "argmap/model.hpp"

namespace argmap {

struct WeightedEdge {
    arg_t from;
    arg_t to;
    double weight = 1.0;
};

/// Base scores, weighted attacks and supports, kept as incoming CSR rows (what every gradual
/// semantics aggregates). An edge may be gated by an argument: its effective weight is then
/// weight x strength(gate) (how undercuts reach gradual semantics).
class WeightedBipolarFramework {
public:
    WeightedBipolarFramework() = default;
    /// Throws std::invalid_argument on an argument out of range or a score/weight outside [0,1].
    WeightedBipolarFramework(std::vector<double> base, std::span<const WeightedEdge> attacks,
                             std::span<const WeightedEdge> supports, std::span<const std::int64_t> attack_gates = {},
                             std::span<const std::int64_t> support_gates = {});

    arg_t size() const noexcept { return static_cast<arg_t>(base_.size()); }
    double base(arg_t a) const noexcept { return base_[a]; }
    std::span<const double> base_scores() const noexcept { return base_; }
    std::size_t attack_count() const noexcept { return att_src_.size(); }
    std::size_t support_count() const noexcept { return sup_src_.size(); }
    bool gated() const noexcept { return !att_gate_.empty() || !sup_gate_.empty(); }

    // Incoming rows: indices [begin, end) into the arrays below.
    std::uint64_t attack_begin(arg_t a) const noexcept { return att_off_[a]; }
    std::uint64_t attack_end(arg_t a) const noexcept { return att_off_[a + 1]; }
    std::uint64_t support_begin(arg_t a) const noexcept { return sup_off_[a]; }
    std::uint64_t support_end(arg_t a) const noexcept { return sup_off_[a + 1]; }
    const arg_t* attack_sources() const noexcept { return att_src_.data(); }
    const double* attack_weights() const noexcept { return att_w_.data(); }
    const arg_t* support_sources() const noexcept { return sup_src_.data(); }
    const double* support_weights() const noexcept { return sup_w_.data(); }
    /// Gate of each edge (-1: none); empty when no edge is gated.
    std::span<const std::int64_t> attack_gates() const noexcept { return att_gate_; }
    std::span<const std::int64_t> support_gates() const noexcept { return sup_gate_; }

    /// A topological order of arguments along all edges (and gates), or nullopt if cyclic.
    std::optional<std::vector<arg_t>> topological_order() const;

private:
    std::vector<double> base_;
    std::vector<std::uint64_t> att_off_{0}, sup_off_{0};
    std::vector<arg_t> att_src_, sup_src_;
    std::vector<double> att_w_, sup_w_;
    std::vector<std::int64_t> att_gate_, sup_gate_;
};

enum class Aggregation { sum, product, top };
enum class Influence { linear, quadratic, euler, mlp };

enum class GradualKind { h_categorizer, max_based, card_based, df_quad, quadratic_energy, euler_based, mlp_based, modular };

struct GradualSemantics {
    GradualKind kind = GradualKind::modular;
    Aggregation aggregation = Aggregation::sum;  ///< modular only (named ones are fixed forms of it)
    Influence influence = Influence::euler;      ///< modular only
    double conservativeness = 1.0;               ///< k of the linear influence
};

/// "h-categorizer", "max-based", "card-based", "df-quad", "qe", "euler", "mlp", or
/// "AGGREGATION:INFLUENCE" such as "sum:euler", "product:linear", "top:quadratic".
std::optional<GradualSemantics> parse_gradual(std::string_view name) noexcept;
std::string to_string(const GradualSemantics& s);

enum class GradualMethod {
    automatic,   ///< exact on acyclic graphs, else discrete iteration
    exact,       ///< topological order; fails (converged = false) on cyclic graphs
    discrete,    ///< Jacobi iteration s <- f(s)
    continuous,  ///< RK4 integration of ds/dt = f(s) - s
};

struct GradualOptions {
    GradualMethod method = GradualMethod::automatic;
    double epsilon = 1e-9;              ///< stop when no strength moves (or its derivative is) above this
    double step = 0.5;                  ///< RK4 step size
    std::size_t max_iterations = 10000; ///< iterations (discrete) or steps (continuous)
    Limits limits;
};

struct GradualResult {
    std::vector<double> strength;
    bool converged = false;
    std::size_t iterations = 0;
    double residual = 0;                ///< last max change (discrete) or max |f(s) - s| (continuous)
    GradualMethod method = GradualMethod::automatic;  ///< the method that ran
    std::string message;                ///< why it did not converge, if it did not
};

GradualResult strengths(const WeightedBipolarFramework& g, const GradualSemantics& s, const GradualOptions& options = {});

/// One synchronous update s_out = f(s_in) (for benchmarks and custom drivers). No allocation.
void gradual_step(const WeightedBipolarFramework& g, const GradualSemantics& s, std::span<const double> in,
                  std::span<double> out);

/// How a map becomes a weighted bipolar framework: claims keep their order and base weights;
/// relations keep their weights; an undercut of relation r gates r through an auxiliary
/// argument (base 1) that the undercutters attack.
struct GradualProjection {
    WeightedBipolarFramework framework;
    std::vector<arg_t> argument_of;  ///< per claim
};
GradualProjection project_gradual(const ArgumentMap& map, double min_relation_weight = 0.0);

/// Strength of every claim of a map, in map order (auxiliary arguments dropped).
GradualResult evaluate_gradual(const ArgumentMap& map, const GradualSemantics& s, const GradualOptions& options = {});

}  // namespace argmap
