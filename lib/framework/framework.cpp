// Framework: CSR construction by counting sort, O(n + m), rows sorted and de-duplicated.
#include "argmap/framework.hpp"

#include <algorithm>
#include <stdexcept>

namespace argmap {

Framework::Framework(arg_t n, std::span<const Attack> attacks) : n_(n) {
    for (const Attack& e : attacks)
        if (e.from >= n || e.to >= n)
            throw std::out_of_range("attack (" + std::to_string(e.from) + ", " + std::to_string(e.to) +
                                    ") names an argument outside 0.." + std::to_string(n) + "-1");
    // Pass 1: attackers by target, in input order.
    std::vector<std::uint64_t> in_off(std::size_t(n) + 1, 0);
    for (const Attack& e : attacks) ++in_off[e.to + 1];
    for (arg_t a = 0; a < n; ++a) in_off[a + 1] += in_off[a];
    std::vector<arg_t> by_target(attacks.size());
    {
        std::vector<std::uint64_t> pos(in_off.begin(), in_off.end() - 1);
        for (const Attack& e : attacks) by_target[pos[e.to]++] = e.from;
    }
    // Pass 2: targets by attacker; visiting targets in increasing order sorts every row.
    std::vector<std::uint64_t> out_off(std::size_t(n) + 1, 0);
    for (const Attack& e : attacks) ++out_off[e.from + 1];
    for (arg_t a = 0; a < n; ++a) out_off[a + 1] += out_off[a];
    std::vector<arg_t> targets(attacks.size());
    {
        std::vector<std::uint64_t> pos(out_off.begin(), out_off.end() - 1);
        for (arg_t b = 0; b < n; ++b)
            for (std::uint64_t k = in_off[b]; k < in_off[b + 1]; ++k) {
                const arg_t a = by_target[k];
                if (pos[a] > out_off[a] && targets[pos[a] - 1] == b) continue;  // duplicate attack
                targets[pos[a]++] = b;
            }
        // Compact rows that lost duplicates.
        std::uint64_t w = 0;
        for (arg_t a = 0; a < n; ++a) {
            const std::uint64_t begin = out_off[a], end = pos[a];
            out_off[a] = w;
            for (std::uint64_t k = begin; k < end; ++k) targets[w++] = targets[k];
        }
        out_off[n] = w;
        targets.resize(w);
    }
    std::vector<arg_t>().swap(by_target);
    // Pass 3: attackers from the de-duplicated targets; visiting attackers in order sorts rows.
    std::fill(in_off.begin(), in_off.end(), 0);
    for (arg_t b : targets) ++in_off[b + 1];
    for (arg_t a = 0; a < n; ++a) in_off[a + 1] += in_off[a];
    std::vector<arg_t> attackers(targets.size());
    {
        std::vector<std::uint64_t> pos(in_off.begin(), in_off.end() - 1);
        for (arg_t a = 0; a < n; ++a)
            for (std::uint64_t k = out_off[a]; k < out_off[a + 1]; ++k) attackers[pos[targets[k]]++] = a;
    }
    out_off_ = std::move(out_off);
    in_off_ = std::move(in_off);
    targets_ = std::move(targets);
    attackers_ = std::move(attackers);
}

bool Framework::attacks(arg_t a, arg_t b) const noexcept {
    if (a >= n_ || b >= n_) return false;
    auto row = targets(a);
    return std::binary_search(row.begin(), row.end(), b);
}

std::vector<Attack> Framework::attack_list() const {
    std::vector<Attack> out;
    out.reserve(attack_count());
    for (arg_t a = 0; a < n_; ++a)
        for (arg_t b : targets(a)) out.push_back({a, b});
    return out;
}

}  // namespace argmap
