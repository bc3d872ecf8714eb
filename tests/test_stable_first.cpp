// Credulous acceptance under stage and semi-stable asks first for a stable extension holding the
// argument (every stable extension is a stage and a semi-stable extension), then whether any
// stable extension exists (if one does, the stage and semi-stable extensions are the stable
// ones) before the range search; semi-stable runs its range search for a slice of time in
// between (detail::stable_first_credulous, checked here without the slice too). Each of these
// cases is met here a counted number of times, for both semantics, and answered like the
// brute-force oracle on small frameworks and like the direct path (argmap::direct) on larger
// ones, every witness checked.
#include <catch2/catch.hpp>

#include <argmap/extensions.hpp>

#include <algorithm>
#include <random>

#include "against_oracle.hpp"
#include "semantics/decomposition.hpp"

using namespace argmap;
using helpers::make;
using helpers::mask;
using helpers::member;
using Instance = helpers::Instance;

namespace {

// The cases of credulous(a): a stable extension holding a (YES), no stable extension holding it
// while one exists (NO), no stable extension at all (the range search, YES or NO).
struct Branches {
    int stable_holds = 0, stable_exists_no = 0, range_yes = 0, range_no = 0;
};

}  // namespace

TEST_CASE("semi-stable and stage credulous: every case against the oracle", "[stable-first]") {
    std::mt19937 rng(20261201);
    Branches sst, stg;
    const Limits no_limits;
    for (int round = 0; round < helpers::rounds(1500); ++round) {
        const int n = 5 + static_cast<int>(rng() % 7);
        const Instance in = make(n, helpers::attacks_with_odd_cycle(rng, n));
        const auto stable = oracle::extensions(in.ref, "ST");
        for (Semantics s : {Semantics::semi_stable, Semantics::stage}) {
            const auto expected = oracle::extensions(in.ref, std::string(iccma_code(s)));
            Branches& count = s == Semantics::stage ? stg : sst;
            for (int a = 0; a < n; ++a) {
                INFO(iccma_code(s) << " round " << round << " argument " << a);
                const std::uint32_t bit = 1u << a;
                const bool held = std::any_of(stable.begin(), stable.end(), [&](auto e) { return e & bit; });
                const bool cred = std::any_of(expected.begin(), expected.end(), [&](auto e) { return e & bit; });
                if (held) ++count.stable_holds;
                else if (!stable.empty()) ++count.stable_exists_no;
                else ++(cred ? count.range_yes : count.range_no);
                const Decision d = credulous(in.af, s, static_cast<arg_t>(a));
                REQUIRE(d.answer == (cred ? Answer::yes : Answer::no));
                if (cred) {
                    REQUIRE(d.witness);
                    REQUIRE(member(expected, mask(*d.witness)));
                    REQUIRE((mask(*d.witness) & bit));
                }
                // The stable questions alone (no slice of range search): they answer exactly
                // when a stable extension exists, YES with a stable one holding the argument.
                const auto first = detail::stable_first_credulous(in.af, s, static_cast<arg_t>(a), no_limits, {});
                REQUIRE(first.has_value() == !stable.empty());
                if (first) {
                    REQUIRE(first->answer == (held ? Answer::yes : Answer::no));
                    if (held) REQUIRE((member(stable, mask(*first->witness)) && (mask(*first->witness) & bit)));
                }
            }
        }
    }
    for (const Branches* b : {&sst, &stg}) {
        CHECK(b->stable_holds >= helpers::at_least(1000));
        CHECK(b->stable_exists_no >= helpers::at_least(1000));
        CHECK(b->range_yes >= helpers::at_least(800));
        CHECK(b->range_no >= helpers::at_least(1500));
    }
}

TEST_CASE("semi-stable and stage credulous: the public path agrees with the direct one", "[stable-first]") {
    std::mt19937 rng(1201);
    int yes_stable = 0, yes_other = 0, no = 0;
    for (int round = 0; round < helpers::rounds(400); ++round) {
        const int n = 20 + static_cast<int>(rng() % 41);
        auto attacks = helpers::random_attacks(rng, n, (1 + rng() % 6) / static_cast<double>(n));
        if (rng() % 2 == 0) attacks.push_back({static_cast<arg_t>(rng() % n), 0});  // sometimes attack 0 once more
        if (rng() % 3 == 0) attacks.push_back({1, 1});
        helpers::sort_unique(attacks);
        const Framework af(static_cast<arg_t>(n), attacks);
        const bool has_stable = some_extension(af, Semantics::stable).answer == Answer::yes;
        for (Semantics s : {Semantics::semi_stable, Semantics::stage})
            for (int k = 0; k < 4; ++k) {
                const auto a = static_cast<arg_t>(rng() % n);
                INFO(iccma_code(s) << " round " << round << " argument " << a);
                const Decision d = credulous(af, s, a);
                const Decision old = direct::credulous(af, s, a);
                REQUIRE(d.answer == old.answer);
                REQUIRE(d.answer != Answer::unknown);
                if (d.answer == Answer::no) {
                    ++no;
                    continue;
                }
                REQUIRE(d.witness);
                REQUIRE(std::binary_search(d.witness->begin(), d.witness->end(), a));
                if (has_stable) {
                    // Then the extensions are the stable ones.
                    REQUIRE(helpers::sets::stable(af, *d.witness));
                    ++yes_stable;
                } else {
                    REQUIRE((s == Semantics::stage ? helpers::sets::conflict_free(af, *d.witness) : helpers::sets::admissible(af, *d.witness)));
                    ++yes_other;
                }
            }
    }
    CHECK(yes_stable >= helpers::at_least(200));
    CHECK(yes_other >= helpers::at_least(500));
    CHECK(no >= helpers::at_least(800));
}
