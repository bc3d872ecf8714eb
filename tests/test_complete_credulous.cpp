// Credulous acceptance under complete semantics through the admissible base: an argument is in
// some complete extension iff it is in some admissible set (Dung 1995, Thm. 25), and the
// admissible model is closed to the least complete extension above it (complete_closure).
// Checked against the brute-force oracle on every small framework, and on random larger ones
// against the complete-base SAT call (another encoding) and the direct path; every witness is
// checked here, from the definitions, to be a complete extension holding the query.
#include <catch2/catch.hpp>

#include <argmap/extensions.hpp>

#include <algorithm>
#include <random>
#include <vector>

#include "against_oracle.hpp"
#include "semantics/technique.hpp"

using namespace argmap;
using namespace argmap::detail;
using helpers::every_framework;
using helpers::make;
using helpers::mask;
using Instance = helpers::Instance;

namespace {

std::vector<arg_t> members(std::uint32_t s, int n) {
    std::vector<arg_t> out;
    for (int a = 0; a < n; ++a)
        if ((s >> a) & 1u) out.push_back(static_cast<arg_t>(a));
    return out;
}

// Complete from the definitions (Dung 1995, Def. 23), on the library's Framework: conflict-free,
// every member defended, every defended argument a member. Independent of the library's code.
bool is_complete(const Framework& af, const std::vector<arg_t>& e) {
    std::vector<char> in(af.size(), 0), attacked(af.size(), 0);
    for (arg_t a : e) in[a] = 1;
    for (arg_t a : e)
        for (arg_t b : af.targets(a)) attacked[b] = 1;
    for (arg_t a = 0; a < af.size(); ++a) {
        if (in[a] && attacked[a]) return false;
        bool defended = true;
        for (arg_t b : af.attackers(a)) defended = defended && attacked[b];
        if (defended != static_cast<bool>(in[a])) return false;
    }
    return true;
}

void require_witness(const Framework& af, const Decision& d, arg_t a) {
    REQUIRE(d.witness);
    REQUIRE(std::is_sorted(d.witness->begin(), d.witness->end()));
    REQUIRE(std::binary_search(d.witness->begin(), d.witness->end(), a));
    REQUIRE(is_complete(af, *d.witness));
}

// The admissible-base configurations the complete credulous path may use.
const sat::Config inatt{"in-attacked", sat::Encoding::in_attacked, {}};

}  // namespace

TEST_CASE("complete_closure is the least complete extension above each admissible set", "[complete-credulous]") {
    every_framework(4, [](const Instance& in) {
        const auto complete = oracle::complete_extensions(in.ref);
        for (std::uint32_t s = 0; s < (1u << in.ref.n); ++s) {
            if (!oracle::admissible(in.ref, s)) continue;
            // The oracle's least complete superset: the one inside every other.
            std::uint32_t least = ~0u;
            for (std::uint32_t e : complete)
                if ((e & s) == s && (least == ~0u || (e & least) == e)) least = e;
            REQUIRE(least != ~0u);
            for (std::uint32_t e : complete)
                if ((e & s) == s) REQUIRE((least & e) == least);
            INFO("n " << in.ref.n << " set " << s);
            REQUIRE(mask(complete_closure(in.af, members(s, in.ref.n))) == least);
        }
    });
}

// grounded_labelling is this propagation from the empty set, so the reference here is the
// characteristic function iterated from the empty set as the definition says (Dung 1995, Def. 20).
TEST_CASE("complete_closure of the empty set is the grounded extension", "[complete-credulous]") {
    std::mt19937 rng(41);
    for (int round = 0; round < 300; ++round) {
        const int n = 1 + static_cast<int>(rng() % 60);
        const Framework af(static_cast<arg_t>(n), helpers::random_attacks(rng, n, 3.0 / n));
        std::vector<char> in(static_cast<std::size_t>(n), 0);
        for (bool grew = true; grew;) {  // S := F(S) until it stops growing
            std::vector<char> attacked(static_cast<std::size_t>(n), 0);
            for (arg_t a = 0; a < af.size(); ++a)
                if (in[a])
                    for (arg_t b : af.targets(a)) attacked[b] = 1;
            grew = false;
            for (arg_t a = 0; a < af.size(); ++a) {
                bool defended = true;
                for (arg_t b : af.attackers(a)) defended = defended && attacked[b];
                if (defended && !in[a]) in[a] = 1, grew = true;
            }
        }
        std::vector<arg_t> least;
        for (arg_t a = 0; a < af.size(); ++a)
            if (in[a]) least.push_back(a);
        REQUIRE(complete_closure(af, std::vector<arg_t>{}) == least);
        REQUIRE(in_arguments(grounded_labelling(af)) == least);
    }
}

TEST_CASE("DC-CO against the oracle on every framework up to 4 arguments", "[complete-credulous]") {
    helpers::every_framework_up_to_isomorphism(4, [](const Instance& in) {
        const auto complete = oracle::complete_extensions(in.ref);
        for (int q = 0; q < in.ref.n; ++q) {
            const arg_t a = static_cast<arg_t>(q);
            const bool expected = std::any_of(complete.begin(), complete.end(), [&](auto e) { return (e >> q) & 1u; });
            const Answer want = expected ? Answer::yes : Answer::no;
            INFO("n " << in.ref.n << " query " << q);
            for (const Decision& d : {credulous(in.af, Semantics::complete, a), direct::credulous(in.af, Semantics::complete, a),
                                      complete_ops.credulous(in.af, a, {})}) {
                REQUIRE(d.answer == want);
                if (expected) require_witness(in.af, d, a);
            }
            for (const sat::Config& c : one_call_configs(sat::Base::admissible)) {
                Decision d = sat_credulous(in.af, sat::Base::admissible, true, a, {}, c);
                REQUIRE(d.answer == want);
                if (d.witness) {
                    d.witness = complete_closure(in.af, *d.witness);
                    require_witness(in.af, d, a);
                }
            }
        }
    });
}

TEST_CASE("DC-CO against the oracle on random frameworks of 5 to 10 arguments", "[complete-credulous]") {
    std::mt19937 rng(20261201);
    for (int round = 0; round < helpers::rounds(2000); ++round) {
        const int n = 5 + static_cast<int>(rng() % 6);
        const double p = std::uniform_real_distribution<double>(0.05, 0.5)(rng);
        const Instance in = make(n, helpers::random_attacks(rng, n, p));
        const auto complete = oracle::complete_extensions(in.ref);
        for (int q = 0; q < n; ++q) {
            const arg_t a = static_cast<arg_t>(q);
            const bool expected = std::any_of(complete.begin(), complete.end(), [&](auto e) { return (e >> q) & 1u; });
            INFO("round " << round << " query " << q);
            const Decision d = credulous(in.af, Semantics::complete, a);
            REQUIRE(d.answer == (expected ? Answer::yes : Answer::no));
            if (expected) {
                require_witness(in.af, d, a);
                REQUIRE(helpers::member(complete, mask(*d.witness)));
            }
        }
    }
}

TEST_CASE("DC-CO against the complete-base SAT call and the direct path on random frameworks", "[complete-credulous]") {
    std::mt19937 rng(7);
    int yes = 0, no = 0;
    for (int round = 0; round < helpers::rounds(3000); ++round) {
        const int n = 5 + static_cast<int>(rng() % 60);
        // Sparse to dense, with self-attacks: expected attackers per argument from 0.5 to 6.
        const double per = std::uniform_real_distribution<double>(0.5, 6.0)(rng);
        const Framework af(static_cast<arg_t>(n), helpers::random_attacks(rng, n, std::min(1.0, per / n)));
        const arg_t a = static_cast<arg_t>(rng() % static_cast<unsigned>(n));
        INFO("round " << round << " n " << n << " query " << a);
        // The reference: the old single call over the complete base, a model of which is complete.
        const Decision ref = sat_credulous(af, sat::Base::complete, true, a, {}, inatt);
        REQUIRE(ref.answer != Answer::unknown);
        (ref.answer == Answer::yes ? yes : no) += 1;
        Limits two;
        two.threads = 2;  // the portfolio: both encodings race, either may answer
        for (const Decision& d : {credulous(af, Semantics::complete, a), direct::credulous(af, Semantics::complete, a),
                                  complete_ops.credulous(af, a, {}), complete_ops.credulous(af, a, two)}) {
            REQUIRE(d.answer == ref.answer);
            if (d.answer == Answer::yes) require_witness(af, d, a);
        }
        // Credulous complete = credulous preferred (Dung 1995, Thm. 25 and Cor. 12).
        REQUIRE(credulous(af, Semantics::preferred, a).answer == ref.answer);
    }
    // Both answers are exercised.
    REQUIRE(yes > helpers::at_least(300));
    REQUIRE(no > helpers::at_least(300));
}
