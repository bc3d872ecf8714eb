// Shapley attribution (Shapley 1953) over the relations among a claim's ancestors: the players
// are those relations, the value of a coalition is the claim's strength with only its relations
// present (v(empty) is the claim's base score, v(all) its strength). Exact by evaluating all
// 2^n coalitions when n <= max_exact_players:
//     phi_i = sum_{S without i} |S|! (n - |S| - 1)! / n! * (v(S + i) - v(S)),
// otherwise by Monte-Carlo sampling of permutations (Castro, Gomez and Tejada 2009): phi_i is
// the mean marginal contribution of i over random orders, with standard error sd / sqrt(samples).
// In both modes the values add up to v(all) - v(empty) (every permutation's marginals do).
#include <bit>
#include <cmath>
#include <stdexcept>

#include "explain/ancestry.hpp"

namespace argmap {

namespace {

// splitmix64 (Steele, Lea and Flood 2014): a fixed, portable generator so that a seed gives
// the same permutations on every platform.
struct SplitMix64 {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n) by rejection (no modulo bias).
    std::size_t below(std::size_t n) {
        const std::uint64_t limit = ~std::uint64_t(0) - (~std::uint64_t(0) % n);
        std::uint64_t x;
        do x = next();
        while (x >= limit);
        return static_cast<std::size_t>(x % n);
    }
};

}  // namespace

Attribution attribute_by_shapley(const ArgumentMap& map, std::string_view claim, const GradualSemantics& s,
                                 const AttributionOptions& options) {
    if (options.max_exact_players > 24) throw std::invalid_argument("max_exact_players above 24 needs 2^24+ evaluations");
    const attribution::AncestorGraph g = attribution::ancestor_graph(map, claim, options.min_relation_weight);
    Attribution a;
    a.method = AttributionMethod::shapley;
    a.claim = std::string(claim);
    a.semantics = to_string(s);
    const std::size_t n = g.edges.size();
    a.players = n;
    std::vector<char> present(n, 0);
    auto value = [&] {
        const GradualResult r = g.evaluate(s, options.gradual, present);
        ++a.evaluations;
        a.converged &= r.converged;
        return r.strength[g.target];
    };
    a.baseline = value();
    std::fill(present.begin(), present.end(), 1);
    a.strength = value();
    std::vector<double> phi(n, 0.0), se(n, 0.0);
    if (n <= options.max_exact_players) {
        const std::size_t coalitions = std::size_t(1) << n;
        std::vector<double> v(coalitions);
        for (std::size_t mask = 0; mask < coalitions; ++mask) {
            if (mask == 0) v[mask] = a.baseline;
            else if (mask == coalitions - 1) v[mask] = a.strength;
            else {
                for (std::size_t i = 0; i < n; ++i) present[i] = (mask >> i) & 1;
                v[mask] = value();
            }
        }
        // weight[k] = k! (n - k - 1)! / n!
        std::vector<double> weight(n);
        for (std::size_t k = 0; k < n; ++k)
            weight[k] = std::exp(std::lgamma(double(k) + 1) + std::lgamma(double(n - k)) - std::lgamma(double(n) + 1));
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t bit = std::size_t(1) << i;
            double sum = 0;
            for (std::size_t mask = 0; mask < coalitions; ++mask)
                if (!(mask & bit)) sum += weight[static_cast<std::size_t>(std::popcount(mask))] * (v[mask | bit] - v[mask]);
            phi[i] = sum;
        }
    } else {
        if (options.samples == 0) throw std::invalid_argument("sampled Shapley values need at least one sample");
        a.exact = false;
        a.seed = options.seed;
        SplitMix64 rng{options.seed};
        std::vector<std::size_t> order(n);
        std::vector<double> sum(n, 0.0), sumsq(n, 0.0);
        std::size_t drawn = 0;
        for (; drawn < options.samples; ++drawn) {
            if (options.gradual.limits.expired()) break;
            for (std::size_t i = 0; i < n; ++i) order[i] = i;
            for (std::size_t i = n - 1; i > 0; --i) std::swap(order[i], order[rng.below(i + 1)]);
            std::fill(present.begin(), present.end(), 0);
            double previous = a.baseline;
            for (std::size_t k = 0; k < n; ++k) {
                present[order[k]] = 1;
                const double current = k + 1 == n ? a.strength : value();
                const double marginal = current - previous;
                sum[order[k]] += marginal;
                sumsq[order[k]] += marginal * marginal;
                previous = current;
            }
        }
        a.samples = drawn;
        if (drawn == 0) throw std::runtime_error("Shapley sampling stopped by the deadline before the first sample");
        for (std::size_t i = 0; i < n; ++i) {
            phi[i] = sum[i] / double(drawn);
            if (drawn > 1) {
                const double var = std::max(0.0, (sumsq[i] - double(drawn) * phi[i] * phi[i]) / double(drawn - 1));
                se[i] = std::sqrt(var / double(drawn));
            }
        }
        a.message = std::to_string(n) + " relations are too many to enumerate (limit " +
                    std::to_string(options.max_exact_players) + "); values are sampled from " + std::to_string(drawn) +
                    " random orders, seed " + std::to_string(options.seed);
        if (drawn < options.samples) a.message += " (stopped by the deadline)";
    }
    for (std::size_t i = 0; i < n; ++i) {
        Contribution c = attribution::relation_contribution(map, g.edges[i].relation);
        c.value = phi[i];
        c.standard_error = se[i];
        a.contributions.push_back(std::move(c));
    }
    if (!a.converged) {
        if (!a.message.empty()) a.message += "; ";
        a.message += "some evaluation did not converge; values are approximate";
    }
    attribution::rank_and_share(a);
    return a;
}

}  // namespace argmap
