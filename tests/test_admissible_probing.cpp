// Credulous acceptance over the admissible base in rounds of doubling conflict budgets with
// shuffled probes and a stable track (admissible_credulous_probing, complete.cpp). Budgets as
// small as one conflict force many rounds, probes and stable-track calls. Checked against the
// brute-force oracle on every framework of up to 4 arguments and on random ones of 5 to 10; on
// random larger ones against the single complete-base SAT call. Every YES model is checked
// here, from the definitions, to be an admissible set holding the query, and its closure a
// complete extension.
#include <catch2/catch.hpp>

#include <argmap/extensions.hpp>

#include <algorithm>
#include <random>
#include <vector>

#include "against_oracle.hpp"
#include "semantics/technique.hpp"

using namespace argmap;
using namespace argmap::detail;
using helpers::make;
using Instance = helpers::Instance;

namespace {

// Admissible from the definitions (Dung 1995, Def. 6): conflict-free, every attacker of a
// member attacked by a member. Independent of the library's code.
bool is_admissible(const Framework& af, const std::vector<arg_t>& s) {
    std::vector<char> in(af.size(), 0), attacked(af.size(), 0);
    for (arg_t a : s) in[a] = 1;
    for (arg_t a : s)
        for (arg_t b : af.targets(a)) attacked[b] = 1;
    for (arg_t a : s) {
        if (attacked[a]) return false;
        for (arg_t b : af.attackers(a))
            if (!attacked[b]) return false;
    }
    return true;
}

// Complete (Dung 1995, Def. 23): admissible and containing every argument it defends.
bool is_complete(const Framework& af, const std::vector<arg_t>& e) {
    if (!is_admissible(af, e)) return false;
    std::vector<char> in(af.size(), 0), attacked(af.size(), 0);
    for (arg_t a : e) in[a] = 1;
    for (arg_t a : e)
        for (arg_t b : af.targets(a)) attacked[b] = 1;
    for (arg_t a = 0; a < af.size(); ++a) {
        bool defended = true;
        for (arg_t b : af.attackers(a)) defended = defended && attacked[b];
        if (defended && !in[a]) return false;
    }
    return true;
}

void require_answer(const Framework& af, arg_t a, Answer want, const AdmissibleProbes& schedule) {
    const Decision d = admissible_credulous_probing(af, a, {}, schedule);
    REQUIRE(d.answer == want);
    if (want != Answer::yes) return;
    REQUIRE(d.witness);
    REQUIRE(std::binary_search(d.witness->begin(), d.witness->end(), a));
    REQUIRE(is_admissible(af, *d.witness));
    REQUIRE(is_complete(af, complete_closure(af, *d.witness)));
}

const AdmissibleProbes schedules[] = {{1, true, false}, {1, false, true}, {1, true, true}, {2000, true, false}};

}  // namespace

TEST_CASE("probing agrees with the oracle on every framework up to 4 arguments", "[admissible-probing]") {
    helpers::every_framework_up_to_isomorphism(4, [](const Instance& in) {
        const auto complete = oracle::complete_extensions(in.ref);
        for (int q = 0; q < in.ref.n; ++q) {
            const bool expected = std::any_of(complete.begin(), complete.end(), [&](auto e) { return (e >> q) & 1u; });
            INFO("n " << in.ref.n << " query " << q);
            for (const auto& s : schedules) require_answer(in.af, static_cast<arg_t>(q), expected ? Answer::yes : Answer::no, s);
        }
    });
}

TEST_CASE("probing agrees with the oracle on random frameworks of 5 to 10 arguments", "[admissible-probing]") {
    std::mt19937 rng(1201);
    for (int round = 0; round < 1500; ++round) {
        const int n = 5 + static_cast<int>(rng() % 6);
        const double p = std::uniform_real_distribution<double>(0.05, 0.5)(rng);
        const Instance in = make(n, helpers::random_attacks(rng, n, p));
        // Credulous complete = in some admissible set (Dung 1995, Thm. 25): the oracle's admissible sets.
        for (int q = 0; q < n; ++q) {
            bool expected = false;
            for (std::uint32_t s = 0; s < (1u << n) && !expected; ++s)
                expected = ((s >> q) & 1u) && oracle::admissible(in.ref, s);
            INFO("round " << round << " query " << q);
            require_answer(in.af, static_cast<arg_t>(q), expected ? Answer::yes : Answer::no, schedules[round % 4]);
        }
    }
}

TEST_CASE("probing agrees with the complete-base SAT call on random frameworks of 20 to 120 arguments", "[admissible-probing]") {
    std::mt19937 rng(55);
    const sat::Config inatt{"in-attacked", sat::Encoding::in_attacked, {}};
    int yes = 0, no = 0;
    for (int round = 0; round < 1500; ++round) {
        const int n = 20 + static_cast<int>(rng() % 101);
        const double per = std::uniform_real_distribution<double>(0.5, 8.0)(rng);
        const Framework af(static_cast<arg_t>(n), helpers::random_attacks(rng, n, std::min(1.0, per / n)));
        const arg_t a = static_cast<arg_t>(rng() % static_cast<unsigned>(n));
        INFO("round " << round << " n " << n << " query " << a);
        const Decision ref = sat_credulous(af, sat::Base::complete, true, a, {}, inatt);
        REQUIRE(ref.answer != Answer::unknown);
        (ref.answer == Answer::yes ? yes : no) += 1;
        require_answer(af, a, ref.answer, schedules[round % 4]);
    }
    REQUIRE(yes > 200);
    REQUIRE(no > 200);
}

TEST_CASE("probing gives up when the limits fire", "[admissible-probing]") {
    std::mt19937 rng(3);
    const Framework af(200, helpers::random_attacks(rng, 200, 6.0 / 200));
    const Decision d = admissible_credulous_probing(af, 0, Limits::after(0), {1, true});
    REQUIRE(d.answer == Answer::unknown);
}
