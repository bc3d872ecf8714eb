// Seeded generators of the framework families ICCMA draws from. Every figure in the notes
// can be reproduced from (family, size, parameters, seed).
#pragma once

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <argmap/framework.hpp>

namespace bench {

using argmap::arg_t;
using argmap::Attack;

/// Erdős–Rényi: every ordered pair (a, b), a != b, is an attack with probability p.
inline std::vector<Attack> erdos_renyi(arg_t n, double p, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::vector<Attack> out;
    // Geometric skipping over the n*(n-1) pairs: O(m) instead of O(n^2).
    std::geometric_distribution<std::uint64_t> skip(p);
    const std::uint64_t pairs = std::uint64_t(n) * (n - 1);
    for (std::uint64_t k = skip(rng); k < pairs; k += 1 + skip(rng)) {
        const arg_t a = static_cast<arg_t>(k / (n - 1));
        arg_t b = static_cast<arg_t>(k % (n - 1));
        if (b >= a) ++b;
        out.push_back({a, b});
    }
    return out;
}

/// Barabási–Albert: each new argument attaches to m earlier ones chosen by degree; each edge
/// points either way with probability 1/2 (both ways with probability `mutual`).
inline std::vector<Attack> barabasi_albert(arg_t n, arg_t m, double mutual, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::vector<Attack> out;
    std::vector<arg_t> ends;  // each argument once per incident edge
    std::uniform_real_distribution<double> u(0, 1);
    for (arg_t v = 0; v < n; ++v) {
        std::vector<arg_t> chosen;
        const arg_t want = std::min(m, v);
        while (chosen.size() < want) {
            const arg_t t = ends.empty() ? static_cast<arg_t>(rng() % v) : ends[rng() % ends.size()];
            if (std::find(chosen.begin(), chosen.end(), t) == chosen.end()) chosen.push_back(t);
        }
        for (arg_t t : chosen) {
            const double r = u(rng);
            if (r < mutual) {
                out.push_back({v, t});
                out.push_back({t, v});
            } else if (r < (1 + mutual) / 2) {
                out.push_back({v, t});
            } else {
                out.push_back({t, v});
            }
            ends.push_back(v);
            ends.push_back(t);
        }
    }
    return out;
}

/// Watts–Strogatz: a ring where each argument attacks its k nearest successors, each edge
/// rewired to a random target with probability beta, reversed with probability 1/2.
inline std::vector<Attack> watts_strogatz(arg_t n, arg_t k, double beta, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(0, 1);
    std::vector<Attack> out;
    for (arg_t a = 0; a < n; ++a)
        for (arg_t d = 1; d <= k; ++d) {
            arg_t b = (a + d) % n;
            if (u(rng) < beta) b = static_cast<arg_t>(rng() % n);
            if (b == a) continue;
            if (u(rng) < 0.5) out.push_back({a, b});
            else out.push_back({b, a});
        }
    return out;
}

/// Grid: w x h arguments, each attacking its right and lower neighbour in a random direction,
/// both directions with probability `mutual`.
inline std::vector<Attack> grid(arg_t w, arg_t h, double mutual, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(0, 1);
    std::vector<Attack> out;
    auto link = [&](arg_t a, arg_t b) {
        const double r = u(rng);
        if (r < mutual) {
            out.push_back({a, b});
            out.push_back({b, a});
        } else if (r < (1 + mutual) / 2) {
            out.push_back({a, b});
        } else {
            out.push_back({b, a});
        }
    };
    for (arg_t y = 0; y < h; ++y)
        for (arg_t x = 0; x < w; ++x) {
            const arg_t a = y * w + x;
            if (x + 1 < w) link(a, a + 1);
            if (y + 1 < h) link(a, a + w);
        }
    return out;
}

/// m attacks drawn uniformly (with repetition) over n arguments.
inline std::vector<Attack> uniform(arg_t n, std::uint64_t m, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::vector<Attack> out(m);
    for (auto& e : out) e = {static_cast<arg_t>(rng() % n), static_cast<arg_t>(rng() % n)};
    return out;
}

}  // namespace bench
