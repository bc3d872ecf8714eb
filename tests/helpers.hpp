// Small helpers shared by the tests.
#pragma once

#include <catch2/catch.hpp>

#include <argmap/framework.hpp>
#include <argmap/io.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "oracle.hpp"

namespace helpers {

/// The share of the randomized and exhaustive checks to run: all of them, unless the environment
/// sets ARGMAP_TEST_SHARE=k, which runs one in k. scripts/sanitize.sh sets it for the suite under
/// ASan+UBSan, which looks for memory errors and undefined behaviour on the same code paths;
/// scripts/test.sh, the README's test command, always runs every check.
inline unsigned test_share() {
    static const unsigned k = [] {
        const char* v = std::getenv("ARGMAP_TEST_SHARE");
        const long parsed = v ? std::strtol(v, nullptr, 10) : 1;
        return parsed >= 1 && parsed <= 1000 ? static_cast<unsigned>(parsed) : 1u;
    }();
    return k;
}
/// How many rounds of a randomized test to run: n, or n / k under a share of one in k.
inline int rounds(int n) { return std::max(1, n / static_cast<int>(test_share())); }
/// A lower bound on how often a case is met over `rounds(n)` rounds, given the bound for all n:
/// under a share of one in k, half of bound / k, since a shorter run strays further from its mean.
inline int at_least(int bound) {
    const int k = static_cast<int>(test_share());
    return k == 1 ? bound : bound / (2 * k);
}
/// Whether the i-th framework of an exhaustive walk is checked: all of them, or one in k.
inline bool in_share(std::size_t i) { return i % test_share() == 0; }
/// How many of `total` frameworks an exhaustive walk checks: in_share of 0 .. total - 1.
inline int checked_of(int total) { return (total + static_cast<int>(test_share()) - 1) / static_cast<int>(test_share()); }

/// A framework and its oracle twin built from the same attacks.
struct Instance {
    argmap::Framework af;
    oracle::AF ref;
};

inline Instance make(int n, const std::vector<argmap::Attack>& attacks) {
    oracle::AF ref;
    ref.n = n;
    ref.attackers.assign(n, 0);
    for (auto e : attacks) ref.attackers[e.to] |= 1u << e.from;
    return {argmap::Framework(static_cast<argmap::arg_t>(n), attacks), ref};
}

inline std::uint32_t mask(std::span<const argmap::arg_t> v) {
    std::uint32_t m = 0;
    for (argmap::arg_t a : v) m |= 1u << a;
    return m;
}

/// Independent checks of a set of arguments (sorted, no repeats) on a whole framework, from the
/// attacks alone: what certificates of the SAT paths are compared with.
namespace sets {
inline bool has(std::span<const argmap::arg_t> e, argmap::arg_t a) { return std::binary_search(e.begin(), e.end(), a); }
inline bool conflict_free(const argmap::Framework& af, std::span<const argmap::arg_t> e) {
    for (argmap::arg_t x : e)
        for (argmap::arg_t t : af.targets(x))
            if (has(e, t)) return false;
    return true;
}
/// Per argument: attacked by a member of e.
inline std::vector<char> attacked_by(const argmap::Framework& af, std::span<const argmap::arg_t> e) {
    std::vector<char> hit(af.size(), 0);
    for (argmap::arg_t x : e)
        for (argmap::arg_t t : af.targets(x)) hit[t] = 1;
    return hit;
}
/// Conflict-free and every attacker of a member attacked by a member.
inline bool admissible(const argmap::Framework& af, std::span<const argmap::arg_t> e) {
    if (!conflict_free(af, e)) return false;
    const auto hit = attacked_by(af, e);
    for (argmap::arg_t x : e)
        for (argmap::arg_t b : af.attackers(x))
            if (!hit[b]) return false;
    return true;
}
/// Conflict-free, sorted without repeats, and exactly the arguments it defends are in.
inline bool complete(const argmap::Framework& af, std::span<const argmap::arg_t> e) {
    if (!std::is_sorted(e.begin(), e.end()) || std::adjacent_find(e.begin(), e.end()) != e.end()) return false;
    if (!conflict_free(af, e)) return false;
    const auto hit = attacked_by(af, e);
    for (argmap::arg_t a = 0; a < af.size(); ++a) {
        bool defended = true;
        for (argmap::arg_t b : af.attackers(a)) defended = defended && hit[b];
        if (defended != has(e, a)) return false;
    }
    return true;
}
/// Conflict-free and attacking every argument outside.
inline bool stable(const argmap::Framework& af, std::span<const argmap::arg_t> e) {
    if (!conflict_free(af, e)) return false;
    const auto hit = attacked_by(af, e);
    for (argmap::arg_t a = 0; a < af.size(); ++a)
        if (!hit[a] && !has(e, a)) return false;
    return true;
}
}  // namespace sets

/// The attacks coded by `bits` over n arguments: bit k is the attack k/n -> k%n.
inline std::vector<argmap::Attack> decode(int n, std::uint32_t bits) {
    std::vector<argmap::Attack> attacks;
    for (int k = 0; k < n * n; ++k)
        if ((bits >> k) & 1u) attacks.push_back({static_cast<argmap::arg_t>(k / n), static_cast<argmap::arg_t>(k % n)});
    return attacks;
}

/// The attack relation `bits` with the arguments renamed by perm.
inline std::uint32_t renamed(int n, std::uint32_t bits, const std::array<int, 4>& perm) {
    std::uint32_t out = 0;
    for (int k = 0; k < n * n; ++k)
        if ((bits >> k) & 1u) out |= 1u << (perm[k / n] * n + perm[k % n]);
    return out;
}

/// Whether `bits` (n <= 4) is the least code among all renamings of its framework: one
/// representative per isomorphism class (3,044 of the 65,536 frameworks with 4 arguments, 104
/// of 512 with 3; test_extensions.cpp checks the counts against OEIS A000595).
inline bool canonical(int n, std::uint32_t bits) {
    std::array<int, 4> perm{0, 1, 2, 3};
    do {
        if (renamed(n, bits, perm) < bits) return false;
    } while (std::next_permutation(perm.begin(), perm.begin() + n));
    return true;
}

/// Calls f(Instance) once per framework of 1 to `up_to` (<= 4) arguments (of those with `up_to`
/// arguments, if 3 or 4, one in k under ARGMAP_TEST_SHARE=k).
template <class F>
void every_framework(int up_to, F f) {
    for (int n = 1; n <= up_to; ++n)
        for (std::uint32_t bits = 0; bits < (1u << (n * n)); ++bits)
            if (n < std::max(up_to, 3) || in_share(bits)) f(make(n, decode(n, bits)));
}

/// Calls f(Instance) once per framework of 1 to `up_to` (<= 4) arguments up to isomorphism (of
/// those with `up_to` arguments, if 3 or 4, one class in k under ARGMAP_TEST_SHARE=k).
template <class F>
void every_framework_up_to_isomorphism(int up_to, F f) {
    for (int n = 1; n <= up_to; ++n) {
        std::size_t seen = 0;
        for (std::uint32_t bits = 0; bits < (1u << (n * n)); ++bits)
            if (canonical(n, bits) && (n < std::max(up_to, 3) || in_share(seen++))) f(make(n, decode(n, bits)));
    }
}

/// Every ordered pair (self-attacks included) becomes an attack with probability p.
template <class Rng>
std::vector<argmap::Attack> random_attacks(Rng& rng, int n, double p) {
    std::uniform_real_distribution<double> u(0, 1);
    std::vector<argmap::Attack> attacks;
    for (int a = 0; a < n; ++a)
        for (int b = 0; b < n; ++b)
            if (u(rng) < p) attacks.push_back({static_cast<argmap::arg_t>(a), static_cast<argmap::arg_t>(b)});
    return attacks;
}

/// Sorts attacks by (from, to) and drops repeats, after extra attacks were appended.
inline void sort_unique(std::vector<argmap::Attack>& attacks) {
    const auto key = [](argmap::Attack x) { return std::pair(x.from, x.to); };
    std::sort(attacks.begin(), attacks.end(), [&](argmap::Attack x, argmap::Attack y) { return key(x) < key(y); });
    attacks.erase(std::unique(attacks.begin(), attacks.end(), [&](argmap::Attack x, argmap::Attack y) { return key(x) == key(y); }),
                  attacks.end());
}

/// Random attacks of density 0.1–0.4 plus, on half, an odd cycle (a self-attacker or a
/// 3-cycle) through existing arguments: such frameworks often have no stable extension and
/// leave arguments undecided in preferred ones.
template <class Rng>
std::vector<argmap::Attack> attacks_with_odd_cycle(Rng& rng, int n) {
    const double density = (1 + rng() % 4) / 10.0;
    auto attacks = random_attacks(rng, n, density);
    if (rng() % 2 == 0) {
        const int len = 1 + 2 * static_cast<int>(rng() % 2);
        const int start = static_cast<int>(rng() % static_cast<unsigned>(n - len + 1));
        for (int i = 0; i < len; ++i)
            attacks.push_back({static_cast<argmap::arg_t>(start + i), static_cast<argmap::arg_t>(start + (i + 1) % len)});
    }
    sort_unique(attacks);
    return attacks;
}

/// Parses Argdown that the test expects to be valid.
inline argmap::ArgumentMap parse(const char* text) {
    argmap::ArgumentMap m;
    const auto r = argmap::io::read_argdown(text, m, "test.argdown");
    INFO(r.description());
    REQUIRE(r);
    return m;
}

// Random text over ASCII, markup characters, whitespace and multi-byte code points.
inline std::string random_text(std::mt19937& rng, std::size_t max_len) {
    static const std::vector<std::string> alphabet = {
        "a", "Z", "0", " ", "  ", "\t", "\n", "\r\n", "\r", "<", ">", "&", "\"", "'", "]]>", "\\", "#", "{", "}",
        "é", "ß", "Ж", "中", "文", "ع", "✓", "😀", "\xF0\x9F\x8C\x8D", "\xC2\xA0", "&amp;", "<!--", "-->"};
    std::string s;
    const std::size_t n = rng() % (max_len + 1);
    for (std::size_t i = 0; i < n; ++i) s += alphabet[rng() % alphabet.size()];
    return s;
}

inline std::string random_id(std::mt19937& rng, const std::string& prefix, int i) {
    std::string s = prefix + std::to_string(i);
    if (rng() % 2) s += " " + random_text(rng, 3);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t' || s.back() == '\r')) s.pop_back();
    for (char& c : s)
        if (c == '\n' || c == '\t' || c == '\r') c = '_';
    return s;
}

inline std::string random_date(std::mt19937& rng) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04u-%02u-%02u", 1990 + static_cast<unsigned>(rng() % 60), 1 + static_cast<unsigned>(rng() % 12),
                  1 + static_cast<unsigned>(rng() % 28));
    return buf;
}

/// Marks about a third of the claims as predictions: open, or held/failed with a resolution
/// date and up to three other claims as evidence.
inline void add_random_predictions(std::mt19937& rng, argmap::ArgumentMap& m) {
    const auto n = m.claims().size();
    for (std::size_t i = 0; i < n; ++i) {
        if (rng() % 3) continue;
        argmap::Claim c = m.claims()[i];
        argmap::Prediction p;
        p.horizon = random_date(rng);
        p.status = static_cast<argmap::PredictionStatus>(rng() % 3);
        if (p.status != argmap::PredictionStatus::open) {
            p.resolved_on = random_date(rng);
            for (int k = rng() % 4; k > 0; --k) {
                const std::string& e = m.claims()[rng() % n].id;
                if (e != c.id && std::find(p.evidence.begin(), p.evidence.end(), e) == p.evidence.end()) p.evidence.push_back(e);
            }
        }
        if (rng() % 2) p.note = random_text(rng, 6);
        c.prediction = std::move(p);
        m.update_claim(std::move(c));
    }
}

inline argmap::ArgumentMap random_map(std::uint32_t seed) {
    std::mt19937 rng(seed);
    argmap::ArgumentMap m;
    m.set_title(random_text(rng, 8));
    for (int i = 0; i < 3; ++i) m.set_metadata("k" + std::to_string(i), random_text(rng, 5));
    const int camps = rng() % 4;
    for (int i = 0; i < camps; ++i)
        m.add_camp({random_id(rng, "camp", i), random_text(rng, 6), random_text(rng, 10), i % 2 ? "#a1b2c3" : "",
                    i % 2 ? std::vector<std::string>{"security", "v é"} : std::vector<std::string>{}});
    const int claims = 1 + rng() % 25;
    for (int i = 0; i < claims; ++i) {
        argmap::Claim c;
        c.id = random_id(rng, "c", i);
        c.text = random_text(rng, 20);
        c.kind = static_cast<argmap::ClaimKind>(rng() % 5);
        c.weight = (rng() % 1000001) / 1000000.0;
        if (rng() % 3 == 0) c.weight = 1.0 / 3.0;
        for (const auto& camp : m.camps())
            if (rng() % 2) c.camps.push_back(camp.id);
        for (int t = rng() % 3; t > 0; --t) c.tags.push_back("t" + random_text(rng, 4));
        c.group = rng() % 2 ? random_text(rng, 5) : "";
        c.provenance = {random_text(rng, 4), random_text(rng, 3), rng() % 2 ? "2020-03-01" : "", rng() % 2 ? "https://x.org/?a=1&b=<2>" : ""};
        if (rng() % 2) c.data["key " + std::to_string(i)] = random_text(rng, 5);
        if (rng() % 3 == 0) c.values = {"security", "v é"};
        m.add_claim(c);
    }
    const int relations = rng() % (claims * 2 + 1);
    for (int i = 0; i < relations; ++i) {
        argmap::Relation r;
        r.type = static_cast<argmap::RelationType>(rng() % 3);
        r.source = m.claims()[rng() % claims].id;
        r.weight = (rng() % 1000) / 999.0;
        if (r.type == argmap::RelationType::undercut) {
            if (m.relations().empty()) continue;
            r.target = m.relations()[rng() % m.relations().size()].id;
        } else {
            r.target = m.claims()[rng() % claims].id;
        }
        if (rng() % 3 == 0) r.id = random_id(rng, "rel", i);
        if (rng() % 4 == 0) r.data["note " + std::to_string(i)] = random_text(rng, 4);
        try {
            m.add_relation(r);
        } catch (const argmap::ModelError&) {
            // self-support or a repeated relation: fine, the generator just skips it
        }
    }
    add_random_predictions(rng, m);
    return m;
}


// A disjoint union of `parts` random frameworks of 1..max_part arguments (attack density p).
inline std::vector<argmap::Attack> disjoint_union(std::mt19937& rng, int parts, int max_part, double p, int& n) {
    std::vector<argmap::Attack> attacks;
    n = 0;
    std::uniform_int_distribution<int> size(1, max_part);
    for (int i = 0; i < parts; ++i) {
        const int k = size(rng);
        for (auto e : random_attacks(rng, k, p))
            attacks.push_back({static_cast<argmap::arg_t>(e.from + n), static_cast<argmap::arg_t>(e.to + n)});
        n += k;
    }
    // Shuffle the numbering so that components interleave.
    std::vector<argmap::arg_t> perm(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) perm[static_cast<std::size_t>(i)] = static_cast<argmap::arg_t>(i);
    std::shuffle(perm.begin(), perm.end(), rng);
    for (auto& e : attacks) e = {perm[e.from], perm[e.to]};
    return attacks;
}


}  // namespace helpers
