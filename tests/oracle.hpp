// An independent, slow oracle for small frameworks: sets are bitmasks, every definition is
// taken literally from Dung (1995) and checked by enumeration. Nothing here calls the library.
#pragma once

#include <cstdint>
#include <string>
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

inline std::uint32_t range(const AF& af, std::uint32_t s) { return s | attacked_by(af, s); }

inline std::uint32_t all(const AF& af) { return af.n == 32 ? ~0u : (1u << af.n) - 1; }

inline bool stable(const AF& af, std::uint32_t s) { return conflict_free(af, s) && range(af, s) == all(af); }

template <class Pred>
std::vector<std::uint32_t> subsets(const AF& af, Pred pred) {
    std::vector<std::uint32_t> out;
    for (std::uint32_t s = 0; s <= all(af); ++s)
        if (pred(s)) out.push_back(s);
    return out;
}

// Members of `sets` not strictly below another member under `key` (subset order).
template <class Key>
std::vector<std::uint32_t> maximal(const std::vector<std::uint32_t>& sets, Key key) {
    std::vector<std::uint32_t> out;
    for (auto s : sets) {
        bool dominated = false;
        for (auto t : sets)
            if (key(s) != key(t) && (key(s) & ~key(t)) == 0) dominated = true;
        if (!dominated) out.push_back(s);
    }
    return out;
}

inline std::uint32_t largest_admissible_within(const AF& af, std::uint32_t bound) {
    std::uint32_t best = 0;
    for (std::uint32_t s = 0; s <= all(af); ++s)
        if ((s & ~bound) == 0 && admissible(af, s) && __builtin_popcount(s) > __builtin_popcount(best)) best = s;
    return best;
}

inline std::uint32_t intersection(const AF& af, const std::vector<std::uint32_t>& sets) {
    std::uint32_t m = all(af);
    for (auto s : sets) m &= s;
    return m;
}

// Strongly connected components of af restricted to x, by transitive closure.
inline std::vector<std::uint32_t> components(const AF& af, std::uint32_t x) {
    std::vector<std::uint32_t> reach(af.n, 0);  // reach[a]: what a reaches inside x (a included)
    for (int a = 0; a < af.n; ++a)
        if ((x >> a) & 1u) {
            reach[a] = 1u << a;
            for (bool grew = true; grew;) {
                grew = false;
                for (int b = 0; b < af.n; ++b)
                    if (((x >> b) & 1u) && !((reach[a] >> b) & 1u) && (af.attackers[b] & reach[a])) {
                        reach[a] |= 1u << b;
                        grew = true;
                    }
            }
        }
    std::vector<std::uint32_t> out;
    std::uint32_t seen = 0;
    for (int a = 0; a < af.n; ++a)
        if (((x >> a) & 1u) && !((seen >> a) & 1u)) {
            std::uint32_t c = 0;
            for (int b = 0; b < af.n; ++b)
                if (((reach[a] >> b) & 1u) && ((reach[b] >> a) & 1u)) c |= 1u << b;
            seen |= c;
            out.push_back(c);
        }
    return out;
}

// Baroni, Giacomin, Guida (2005), read literally: is e a cf2 extension of af restricted to x?
inline bool cf2(const AF& af, std::uint32_t x, std::uint32_t e) {
    if (e & ~x) return false;
    const auto sccs = components(af, x);
    if (sccs.size() == 1) {  // naive in af restricted to x
        auto cf = [&](std::uint32_t s) { return (attacked_by(af, s) & s) == 0; };
        if (!cf(e)) return false;
        for (int a = 0; a < af.n; ++a)
            if (((x & ~e) >> a) & 1u && cf(e | (1u << a))) return false;
        return true;
    }
    for (auto s : sccs) {
        std::uint32_t up = 0;
        for (int a = 0; a < af.n; ++a)
            if (((s >> a) & 1u) && !(af.attackers[a] & (e & ~s))) up |= 1u << a;
        if (!cf2(af, up, e & s)) return false;
    }
    return true;
}

/// Extensions by name: CF NA ADM CO GR PR ST SST STG ID EA CF2, straight from the definitions.
inline std::vector<std::uint32_t> extensions(const AF& af, const std::string& sem) {
    auto id = [](std::uint32_t s) { return s; };
    auto rng = [&](std::uint32_t s) { return range(af, s); };
    auto cf = subsets(af, [&](std::uint32_t s) { return conflict_free(af, s); });
    if (sem == "CF") return cf;
    if (sem == "NA") return maximal(cf, id);
    auto adm = subsets(af, [&](std::uint32_t s) { return admissible(af, s); });
    if (sem == "ADM") return adm;
    auto co = subsets(af, [&](std::uint32_t s) { return complete(af, s); });
    if (sem == "CO") return co;
    if (sem == "GR") return {grounded(af)};
    if (sem == "PR") return maximal(adm, id);
    if (sem == "ST") return subsets(af, [&](std::uint32_t s) { return stable(af, s); });
    if (sem == "SST") return maximal(co, rng);
    if (sem == "STG") return maximal(cf, rng);
    if (sem == "ID") return {largest_admissible_within(af, intersection(af, maximal(adm, id)))};
    if (sem == "CF2") return subsets(af, [&](std::uint32_t s) { return cf2(af, all(af), s); });
    if (sem == "EA") return {largest_admissible_within(af, intersection(af, maximal(co, rng)))};
    return {};
}

}  // namespace oracle
