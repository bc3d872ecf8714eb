// An independent, slow oracle for small frameworks: sets are bitmasks, every definition is
// taken literally from Dung (1995) and checked by enumeration. Nothing here calls the library.
#pragma once

#include <cstdint>
#include <vector>

namespace oracle {

struct AF {
    int n = 0;
    std::vector<std::uint32_t> attackers;  // attackers[a]: bitmask of arguments attacking a
    bool attacks(int a, int b) const { return (attackers[b] >> a) & 1u; }
};

inline std::uint32_t attacked_by(const AF& af, std::uint32_t s) {
    std::uint32_t out = 0;
    for (int b = 0; b < af.n; ++b)
        if (af.attackers[b] & s) out |= 1u << b;
    return out;
}

inline bool conflict_free(const AF& af, std::uint32_t s) { return (attacked_by(af, s) & s) == 0; }

// F(S) = { a | every attacker of a is attacked by S }  (Dung 1995, Def. 16)
inline std::uint32_t characteristic(const AF& af, std::uint32_t s) {
    const std::uint32_t hit = attacked_by(af, s);
    std::uint32_t out = 0;
    for (int a = 0; a < af.n; ++a)
        if ((af.attackers[a] & ~hit) == 0) out |= 1u << a;
    return out;
}

inline bool admissible(const AF& af, std::uint32_t s) {
    return conflict_free(af, s) && (s & ~characteristic(af, s)) == 0;
}

inline bool complete(const AF& af, std::uint32_t s) { return admissible(af, s) && characteristic(af, s) == s; }

// Least fixed point of F, by iteration from the empty set (Dung 1995, Def. 20).
inline std::uint32_t grounded(const AF& af) {
    std::uint32_t s = 0;
    while (true) {
        const std::uint32_t next = characteristic(af, s);
        if (next == s) return s;
        s = next;
    }
}

inline std::vector<std::uint32_t> complete_extensions(const AF& af) {
    std::vector<std::uint32_t> out;
    for (std::uint32_t s = 0; s < (1u << af.n); ++s)
        if (complete(af, s)) out.push_back(s);
    return out;
}

}  // namespace oracle
