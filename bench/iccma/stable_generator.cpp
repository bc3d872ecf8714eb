// StableGenerator: frameworks with planted stable extensions (probo's StableGenerator, used for
// the "stb_*" instances of ICCMA 2017 and 2019).
//
// Source: Thimm's probo benchmark suite as described in the ICCMA 2017 benchmark description
// (Gaggl et al., AIJ 2020): choose a grounded part and a number of target extensions, then add
// random attacks that keep every target conflict-free and make it attack everything outside it.
//
// Parameters: n arguments; a set G of unattacked arguments, |G| uniform in
// [grounded_size_min, grounded_size_max]; k target cores, k uniform in
// [extensions_min, extensions_max] (k <= 64), each a uniform random subset of the other arguments
// with size uniform in [extension_size_min, extension_size_max]; a core contained in another
// core is dropped (it could not be stable). Target T_i = G + core_i.
// Attacks: every ordered pair (a, b), a != b, with probability attack_probability, kept if b is
// not in G and no target holds both a and b; then, for each target T_i and each argument b
// outside T_i not yet attacked by T_i, one attack from a member of core_i chosen uniformly among
// those sharing no target with b. A target for which such a member is missing for some b is not
// planted. `planted` lists the targets that are stable by construction (conflict-free, attacking
// every argument outside them).
#include "family.hpp"

#include <algorithm>
#include <stdexcept>

namespace iccma_bench {

namespace {

Argument between(Random& random, Argument lo, Argument hi) {
    if (hi < lo) throw std::invalid_argument("stable_generator: a range has its maximum below its minimum");
    return lo + static_cast<Argument>(random.below(std::uint64_t(hi - lo) + 1));
}

/// k distinct elements of `pool`, uniformly (partial Fisher–Yates on a copy).
std::vector<Argument> sample(Random& random, std::vector<Argument> pool, Argument k) {
    k = std::min<Argument>(k, static_cast<Argument>(pool.size()));
    for (Argument i = 0; i < k; ++i) std::swap(pool[i], pool[i + random.below(pool.size() - i)]);
    pool.resize(k);
    std::sort(pool.begin(), pool.end());
    return pool;
}

}  // namespace

GeneratedFramework stable_generator(const StableGeneratorParameters& p, std::uint64_t seed) {
    if (p.extensions_max > 64) throw std::invalid_argument("stable_generator: at most 64 extensions");
    Random random(seed);
    const Argument n = p.arguments;
    GeneratedFramework af;
    af.arguments = n;

    std::vector<Argument> all(n);
    for (Argument a = 0; a < n; ++a) all[a] = a;
    const auto grounded = sample(random, all, between(random, p.grounded_size_min, p.grounded_size_max));
    std::vector<bool> in_grounded(n, false);
    for (Argument a : grounded) in_grounded[a] = true;
    std::vector<Argument> rest;
    for (Argument a = 0; a < n; ++a)
        if (!in_grounded[a]) rest.push_back(a);

    const Argument k = between(random, p.extensions_min, p.extensions_max);
    std::vector<std::vector<Argument>> cores;
    for (Argument i = 0; i < k; ++i) cores.push_back(sample(random, rest, between(random, p.extension_size_min, p.extension_size_max)));
    // Drop duplicates and cores inside other cores.
    std::vector<std::vector<Argument>> kept;
    for (std::size_t i = 0; i < cores.size(); ++i) {
        bool inside = false;
        for (std::size_t j = 0; j < cores.size() && !inside; ++j)
            if (i != j && std::includes(cores[j].begin(), cores[j].end(), cores[i].begin(), cores[i].end()))
                inside = cores[i] != cores[j] || j < i;
        if (!inside) kept.push_back(cores[i]);
    }
    cores = std::move(kept);

    // membership[a]: bit i set when a is in target i (G is in every target).
    std::vector<std::uint64_t> membership(n, 0);
    const std::uint64_t every = cores.size() == 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << cores.size()) - 1;
    for (Argument a : grounded) membership[a] = every;
    for (std::size_t i = 0; i < cores.size(); ++i)
        for (Argument a : cores[i]) membership[a] |= std::uint64_t(1) << i;
    auto allowed = [&](Argument a, Argument b) { return a != b && !in_grounded[b] && (membership[a] & membership[b]) == 0; };

    std::vector<std::vector<Argument>> attackers(n);  // attackers[b]
    for (Argument a = 0; a < n; ++a)
        for (Argument b = 0; b < n; ++b)
            if (random.chance(p.attack_probability) && allowed(a, b)) {
                af.attacks.emplace_back(a, b);
                attackers[b].push_back(a);
            }

    std::vector<Argument> candidates;
    for (std::size_t i = 0; i < cores.size(); ++i) {
        const std::uint64_t bit = std::uint64_t(1) << i;
        bool stable = true;
        for (Argument b = 0; b < n; ++b) {
            if (membership[b] & bit) continue;
            const bool attacked = std::any_of(attackers[b].begin(), attackers[b].end(), [&](Argument a) { return (membership[a] & bit) != 0; });
            if (attacked) continue;
            candidates.clear();
            for (Argument a : cores[i])
                if (allowed(a, b)) candidates.push_back(a);
            if (candidates.empty()) {
                stable = false;
                continue;
            }
            const Argument a = candidates[random.below(candidates.size())];
            af.attacks.emplace_back(a, b);
            attackers[b].push_back(a);
        }
        if (stable) {
            std::vector<Argument> target = grounded;
            target.insert(target.end(), cores[i].begin(), cores[i].end());
            std::sort(target.begin(), target.end());
            af.planted.push_back(std::move(target));
        }
    }
    return af;
}

}  // namespace iccma_bench
