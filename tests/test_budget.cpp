#include <catch2/catch.hpp>

#include <argmap/extensions.hpp>
#include <argmap/io.hpp>

#include <cmath>
#include <random>

#include "helpers.hpp"

using namespace argmap;

TEST_CASE("budgets by hand", "[budget]") {
    // a -> b (0.3), c -> b (0.5), d -> c (0.9).
    const std::vector<Attack> att{{0, 1}, {2, 1}, {3, 2}};
    const Framework af(4, att);
    std::vector<double> w(af.attack_count());
    const auto list = af.attack_list();
    for (std::size_t i = 0; i < list.size(); ++i)
        w[i] = list[i].from == 0 ? 0.3 : list[i].from == 2 ? 0.5 : 0.9;
    // Grounded: c is out (d defeats it), so only a -> b must go: 0.3.
    auto r = minimal_budget(af, w, Semantics::grounded, 1, false);
    REQUIRE(r.answer == Answer::yes);
    CHECK(r.budget == Approx(0.3));
    REQUIRE(r.dropped.size() == 1);
    CHECK(list[r.dropped[0]].from == 0);
    // Already accepted: budget 0.
    CHECK(minimal_budget(af, w, Semantics::grounded, 0, false).budget == 0.0);
    // c needs d -> c gone: 0.9.
    CHECK(minimal_budget(af, w, Semantics::grounded, 2, true).budget == Approx(0.9));
    // Within a budget of 0.2, b stays rejected; within 0.3 it is accepted.
    CHECK(accepted_within(af, w, Semantics::grounded, 1, false, 0.2).answer == Answer::no);
    CHECK(accepted_within(af, w, Semantics::grounded, 1, false, 0.3).answer == Answer::yes);
    // Infinite weights are never dropped; a self-attacker with an infinite loop is never accepted.
    const Framework loop(1, std::vector<Attack>{{0, 0}});
    const std::vector<double> inf{std::numeric_limits<double>::infinity()};
    CHECK(minimal_budget(loop, inf, Semantics::grounded, 0, false).answer == Answer::no);
    // Other semantics are refused, not guessed.
    CHECK(minimal_budget(af, w, Semantics::stable, 1, false).answer == Answer::unknown);
}

TEST_CASE("minimal budgets equal a brute-force search over all attack subsets", "[budget][oracle]") {
    std::mt19937 rng(5);
    std::uniform_real_distribution<double> u(0, 1);
    for (int round = 0; round < helpers::rounds(300); ++round) {
        const int n = 2 + static_cast<int>(rng() % 4);
        const auto att = helpers::random_attacks(rng, n, 1.0 / 3);
        const Framework af(static_cast<arg_t>(n), att);
        const auto list = af.attack_list();
        std::vector<double> w(list.size());
        for (auto& x : w) x = std::round(u(rng) * 100) / 100;
        for (Semantics s : {Semantics::grounded, Semantics::preferred})
            for (bool scep : {false, true})
                for (int q = 0; q < n; ++q) {
                    // Oracle: every subset of attacks to drop, accepted by the textbook definitions.
                    double best = std::numeric_limits<double>::infinity();
                    for (std::uint32_t drop = 0; drop < (1u << list.size()); ++drop) {
                        oracle::AF ref;
                        ref.n = n;
                        ref.attackers.assign(n, 0);
                        double cost = 0;
                        for (std::size_t i = 0; i < list.size(); ++i) {
                            if ((drop >> i) & 1u) cost += w[i];
                            else ref.attackers[list[i].to] |= 1u << list[i].from;
                        }
                        const auto exts = oracle::extensions(ref, s == Semantics::grounded ? "GR" : "PR");
                        const std::uint32_t bit = 1u << q;
                        const bool ok = scep ? std::all_of(exts.begin(), exts.end(), [&](auto e) { return e & bit; })
                                             : std::any_of(exts.begin(), exts.end(), [&](auto e) { return e & bit; });
                        if (ok) best = std::min(best, cost);
                    }
                    const auto r = minimal_budget(af, w, s, static_cast<arg_t>(q), scep);
                    INFO("round " << round << " query " << q << " sceptical " << scep);
                    REQUIRE(r.answer == Answer::yes);  // dropping every attack always works
                    CHECK(r.budget == Approx(best).margin(1e-9));
                    double paid = 0;
                    for (auto i : r.dropped) paid += w[i];
                    CHECK(paid == Approx(r.budget).margin(1e-9));
                }
    }
}

TEST_CASE("minimal budgets on a map use relation weights", "[budget][map]") {
    ArgumentMap m;
    REQUIRE(io::read_argdown("[t]: thesis\n  - [o]: objection {relation_weight: 0.4}\n    - [r]: rebuttal {relation_weight: 0.7}\n  - [p]: another {relation_weight: 0.2}\n", m, "b.argdown"));
    const auto b = minimal_budgets(m, Semantics::grounded);
    // t is attacked by o (defended by r) and by p (0.2): dropping p -> t costs 0.2.
    CHECK(b[0].credulous.budget == Approx(0.2));
    // o needs r -> o (0.7) gone.
    CHECK(b[1].credulous.budget == Approx(0.7));
}
