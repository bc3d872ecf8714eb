// The generator families of the ICCMA benchmark sets (2017–2023), written from their published
// descriptions. Every generator is a pure function of its parameters and seed: the random
// numbers come from std::mt19937_64 (whose output sequence the C++ standard fixes) through the
// distributions in Random below, never through std:: distributions (their output may differ
// between standard library versions). Arguments are 0-based here; write_i23 makes them 1-based.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace iccma_bench {

using Argument = std::uint32_t;
using Attack = std::pair<Argument, Argument>;  // (attacker, attacked)

struct GeneratedFramework {
    Argument arguments = 0;
    std::vector<Attack> attacks;
    /// Sets the generator planted on purpose (StableGenerator: its stable extensions), sorted.
    std::vector<std::vector<Argument>> planted;
};

/// Portable draws from a seeded std::mt19937_64.
class Random {
public:
    explicit Random(std::uint64_t seed) : engine_(seed) {}
    std::uint64_t bits() { return engine_(); }
    /// Uniform in [0, bound), bound > 0, by rejection (no modulo bias).
    std::uint64_t below(std::uint64_t bound) {
        const std::uint64_t reject_under = (0 - bound) % bound;  // 2^64 mod bound
        for (;;) {
            const std::uint64_t x = engine_();
            if (x >= reject_under) return x % bound;
        }
    }
    /// Uniform in [0, 1) with 53 random bits.
    double unit() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }

private:
    std::mt19937_64 engine_;
};

/// Orientation of one undirected edge {a, b}: both ways with probability `mutual`, otherwise
/// one way, each direction equally likely.
void orient(Random& random, Argument a, Argument b, double mutual, std::vector<Attack>& out);

GeneratedFramework afgen(Argument n, double p, double q, std::uint64_t seed);
GeneratedFramework erdos_renyi(Argument n, double p, std::uint64_t seed);
GeneratedFramework barabasi_albert(Argument n, Argument m, double mutual, std::uint64_t seed);
GeneratedFramework watts_strogatz(Argument n, Argument k, double beta, double mutual, std::uint64_t seed);

struct StableGeneratorParameters {
    Argument arguments = 0;
    Argument extensions_min = 1, extensions_max = 1;  // at most 64
    Argument extension_size_min = 1, extension_size_max = 1;
    Argument grounded_size_min = 0, grounded_size_max = 0;
    double attack_probability = 0;
};
GeneratedFramework stable_generator(const StableGeneratorParameters& p, std::uint64_t seed);

/// neighbourhood 4 (von Neumann) or 8 (Moore).
GeneratedFramework grid(Argument width, Argument height, unsigned neighbourhood, double mutual, std::uint64_t seed);

/// The ICCMA 2017 AdmBuster framework with n arguments (n even, n >= 4); it has no seed.
GeneratedFramework admbuster(Argument n);

/// ICCMA 2023 format: "p af N" then one "i j" line per attack, 1-based.
void write_i23(std::ostream& out, const GeneratedFramework& af);

}  // namespace iccma_bench
