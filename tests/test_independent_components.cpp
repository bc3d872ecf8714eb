// Semi-stable and stage queries decided on the query's weak component
// (lib/semantics/independent_components.cpp): disjoint unions of small random frameworks
// (isolated and self-attacking arguments included) against the brute-force oracle, every
// argument, answers and certificates; larger unions against the direct search on the whole
// framework.
#include <catch2/catch.hpp>

#include <argmap/extensions.hpp>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>

#include "helpers.hpp"
#include "semantics/decomposition.hpp"

using namespace argmap;

namespace {

constexpr Semantics split[] = {Semantics::semi_stable, Semantics::stage};

bool contains(const std::vector<arg_t>& e, arg_t a) { return std::binary_search(e.begin(), e.end(), a); }

/// Conflict-free, and for semi-stable complete: what a certificate must be at least, checked
/// from the definitions (range-maximality is checked by the oracle on the small frameworks).
bool plausible(const Framework& af, Semantics s, const std::vector<arg_t>& e) {
    if (!std::is_sorted(e.begin(), e.end())) return false;
    std::vector<char> in(af.size(), 0), attacked(af.size(), 0);
    for (arg_t a : e) in[a] = 1;
    for (arg_t a : e)
        for (arg_t b : af.targets(a)) {
            if (in[b]) return false;
            attacked[b] = 1;
        }
    if (s != Semantics::semi_stable) return true;
    for (arg_t a = 0; a < af.size(); ++a) {
        bool defended = true;
        for (arg_t b : af.attackers(a)) defended = defended && attacked[b];
        if (defended != bool(in[a])) return false;  // complete: in exactly when defended
    }
    return true;
}

}  // namespace

TEST_CASE("semi-stable and stage by weak components agree with the oracle", "[components]") {
    std::mt19937 rng(20261201);
    int split_cases = 0;
    for (int round = 0; round < helpers::rounds(400); ++round) {
        int n = 0;
        const double p = round % 3 == 0 ? 0.2 : round % 3 == 1 ? 0.35 : 0.5;
        const auto attacks = helpers::disjoint_union(rng, 2 + round % 4, 4, p, n);
        const auto in = helpers::make(n, attacks);
        for (Semantics s : split) {
            INFO(iccma_code(s) << " round " << round << " n " << n);
            const auto exts = oracle::extensions(in.ref, std::string(iccma_code(s)));
            const auto is_extension = [&](const std::vector<arg_t>& w) {
                return std::find(exts.begin(), exts.end(), helpers::mask(w)) != exts.end();
            };
            const Decision some = some_extension(in.af, s);
            REQUIRE(some.answer == Answer::yes);
            CHECK(is_extension(*some.witness));
            for (arg_t a = 0; a < in.af.size(); ++a) {
                bool in_some = false, in_all = true;
                for (std::uint32_t e : exts) {
                    in_some |= ((e >> a) & 1u) != 0;
                    in_all &= ((e >> a) & 1u) != 0;
                }
                const Decision dc = credulous(in.af, s, a);
                const Decision ds = sceptical(in.af, s, a);
                REQUIRE(dc.answer == (in_some ? Answer::yes : Answer::no));
                REQUIRE(ds.answer == (in_all ? Answer::yes : Answer::no));
                if (dc.answer == Answer::yes) CHECK((is_extension(*dc.witness) && contains(*dc.witness, a)));
                if (ds.answer == Answer::no) CHECK((is_extension(*ds.witness) && !contains(*ds.witness, a)));
                split_cases += dc.witness.has_value();
            }
        }
    }
    CHECK(split_cases > helpers::at_least(1000));
}

TEST_CASE("semi-stable and stage by weak components agree with the direct search", "[components]") {
    std::mt19937 rng(91);
    for (int round = 0; round < 24; ++round) {
        int n = 0;
        const auto attacks = helpers::disjoint_union(rng, 2 + round % 6, 14, round % 2 ? 0.12 : 0.25, n);
        const Framework af(static_cast<arg_t>(n), attacks);
        for (Semantics s : split) {
            INFO(iccma_code(s) << " round " << round << " n " << n);
            const Decision some = some_extension(af, s);
            REQUIRE(some.answer == Answer::yes);
            CHECK(plausible(af, s, *some.witness));
            for (arg_t a = 0; a < af.size(); a += 3) {
                const Decision dc = credulous(af, s, a);
                const Decision ds = sceptical(af, s, a);
                REQUIRE(dc.answer == direct::credulous(af, s, a).answer);
                REQUIRE(ds.answer == direct::sceptical(af, s, a).answer);
                if (dc.witness) CHECK((plausible(af, s, *dc.witness) && contains(*dc.witness, a)));
                if (ds.witness) CHECK((plausible(af, s, *ds.witness) && !contains(*ds.witness, a)));
            }
        }
    }
}

TEST_CASE("semi-stable and stage by weak components: limits give unknown, never a guess", "[components]") {
    std::mt19937 rng(5);
    int n = 0;
    const auto attacks = helpers::disjoint_union(rng, 4, 12, 0.3, n);
    const Framework af(static_cast<arg_t>(n), attacks);
    Limits expired;
    expired.deadline = std::chrono::steady_clock::now();
    for (Semantics s : split) {
        const Decision some = some_extension(af, s, expired);
        if (some.answer != Answer::unknown) CHECK(plausible(af, s, *some.witness));
        for (arg_t a = 0; a < af.size(); ++a) {
            const Decision dc = credulous(af, s, a, expired);
            const Decision ds = sceptical(af, s, a, expired);
            // An answer needs no SAT call only where nothing is left to search; any answer
            // given must be the true one.
            if (dc.answer != Answer::unknown) CHECK(dc.answer == direct::credulous(af, s, a).answer);
            if (ds.answer != Answer::unknown) CHECK(ds.answer == direct::sceptical(af, s, a).answer);
        }
    }
}

TEST_CASE("weak components: a partition into connected parts closed under attack", "[components]") {
    std::mt19937 rng(11);
    for (int round = 0; round < helpers::rounds(300); ++round) {
        int n = 0;
        const auto attacks = helpers::disjoint_union(rng, 1 + round % 5, 9, 0.25, n);
        const Framework af(static_cast<arg_t>(n), attacks);
        const detail::WeakComponents w = detail::weak_components(af);
        REQUIRE(w.order.size() == af.size());
        REQUIRE(w.start.front() == 0);
        REQUIRE(w.start.back() == af.size());
        std::vector<std::size_t> part(af.size(), SIZE_MAX);
        for (std::size_t c = 0; c + 1 < w.start.size(); ++c) {
            REQUIRE(w.start[c] < w.start[c + 1]);  // no empty component
            for (std::size_t i = w.start[c]; i < w.start[c + 1]; ++i) {
                REQUIRE(part[w.order[i]] == SIZE_MAX);  // each argument once
                part[w.order[i]] = c;
            }
        }
        // Closed: no attack between two components. Connected: within a component every
        // argument is reached from its first one along attacks in either direction.
        for (const Attack& e : attacks) CHECK(part[e.from] == part[e.to]);
        for (std::size_t c = 0; c + 1 < w.start.size(); ++c) {
            std::vector<char> seen(af.size(), 0);
            std::vector<arg_t> stack{w.order[w.start[c]]};
            seen[stack.back()] = 1;
            std::size_t reached = 0;
            while (!stack.empty()) {
                const arg_t a = stack.back();
                stack.pop_back();
                ++reached;
                for (auto row : {af.targets(a), af.attackers(a)})
                    for (arg_t b : row)
                        if (!seen[b]) {
                            seen[b] = 1;
                            stack.push_back(b);
                        }
            }
            CHECK(reached == w.start[c + 1] - w.start[c]);
        }
    }
}
