// justification_status (every argument's status at once) and the ideal extension through
// credulous acceptance, against the brute-force oracle and against the per-argument queries.
#include <catch2/catch.hpp>

#include <argmap/extensions.hpp>

#include <algorithm>
#include <random>

#include "helpers.hpp"

using namespace argmap;
using helpers::Instance;

namespace {

// The status of every argument straight from the oracle's extensions.
std::vector<Acceptance> oracle_status(const oracle::AF& af, Semantics s, bool& has_extension) {
    const auto exts = oracle::extensions(af, std::string(iccma_code(s)));
    has_extension = !exts.empty();
    std::vector<Acceptance> out(static_cast<std::size_t>(af.n), Acceptance::rejected);
    if (exts.empty()) return out;
    for (int a = 0; a < af.n; ++a) {
        const auto in = std::count_if(exts.begin(), exts.end(), [&](std::uint32_t e) { return (e >> a) & 1u; });
        if (in == static_cast<long>(exts.size())) out[static_cast<std::size_t>(a)] = Acceptance::sceptical;
        else if (in > 0) out[static_cast<std::size_t>(a)] = Acceptance::credulous;
    }
    return out;
}

void check_against_oracle(const Instance& in, Semantics s) {
    INFO(iccma_code(s) << " with " << in.af.size() << " arguments, attacks " << in.af.attack_count());
    bool has = true;
    const auto expected = oracle_status(in.ref, s, has);
    const JustificationStatus got = justification_status(in.af, s);
    REQUIRE(got.answer == Answer::yes);
    CHECK(got.has_extension == has);
    CHECK(got.status == expected);
}

}  // namespace

TEST_CASE("justification status: every framework of up to 4 arguments, every semantics", "[justification][exhaustive]") {
    for (Semantics s : all_semantics())
        helpers::every_framework_up_to_isomorphism(4, [&](const Instance& in) { check_against_oracle(in, s); });
}

TEST_CASE("justification status: disjoint unions of small frameworks against the oracle", "[justification]") {
    std::mt19937 rng(20261201);
    for (int round = 0; round < helpers::rounds(300); ++round) {
        int n = 0;
        const double p = round % 3 == 0 ? 0.15 : round % 3 == 1 ? 0.3 : 0.5;
        const auto attacks = helpers::disjoint_union(rng, 1 + round % 4, 4, p, n);
        const Instance in = helpers::make(n, attacks);
        for (Semantics s : all_semantics()) check_against_oracle(in, s);
    }
}

// Larger frameworks: the status must be what one credulous and one sceptical query per argument
// say (the per-argument path: one query each, no certificates shared between arguments).
TEST_CASE("justification status agrees with the per-argument queries on larger frameworks", "[justification]") {
    std::mt19937 rng(7);
    for (int round = 0; round < helpers::rounds(30); ++round) {
        int n = 0;
        const auto attacks = helpers::disjoint_union(rng, 2 + round % 5, 10, round % 2 ? 0.12 : 0.25, n);
        const Framework af(static_cast<arg_t>(n), attacks);
        for (Semantics s : all_semantics()) {
            INFO(iccma_code(s) << " round " << round << " n " << n);
            const JustificationStatus got = justification_status(af, s);
            REQUIRE(got.answer == Answer::yes);
            const Decision some = some_extension(af, s);
            CHECK(got.has_extension == (some.answer == Answer::yes));
            for (arg_t a = 0; a < af.size(); ++a) {
                Acceptance expected = Acceptance::rejected;
                if (some.answer == Answer::yes && credulous(af, s, a).answer == Answer::yes)
                    expected = sceptical(af, s, a).answer == Answer::yes ? Acceptance::sceptical : Acceptance::credulous;
                CHECK(got.status[a] == expected);
            }
        }
    }
}

TEST_CASE("justification status: one component without a stable extension leaves nothing accepted", "[justification]") {
    // 0 <-> 1 has two stable extensions; 2 attacks itself and has none.
    const Framework af(3, std::vector<Attack>{{0, 1}, {1, 0}, {2, 2}});
    const JustificationStatus st = justification_status(af, Semantics::stable);
    CHECK_FALSE(st.has_extension);
    CHECK(st.status == std::vector<Acceptance>(3, Acceptance::rejected));
    const JustificationStatus pr = justification_status(af, Semantics::preferred);
    CHECK(pr.has_extension);
    CHECK(pr.status == std::vector<Acceptance>{Acceptance::credulous, Acceptance::credulous, Acceptance::rejected});
}

TEST_CASE("justification status answers unknown when the limits fire", "[justification]") {
    const Framework af(2, std::vector<Attack>{{0, 1}, {1, 0}});
    Limits expired;
    expired.deadline = std::chrono::steady_clock::now() - std::chrono::seconds(1);
    const JustificationStatus js = justification_status(af, Semantics::preferred, expired);
    CHECK(js.answer == Answer::unknown);
    CHECK(js.decided == std::vector<bool>{false, false});
}

TEST_CASE("justification status: a complete answer decides every argument", "[justification]") {
    const Framework af(5, std::vector<Attack>{{0, 1}, {1, 0}, {2, 3}, {3, 4}, {4, 2}});
    for (Semantics s : all_semantics()) {
        INFO(iccma_code(s));
        const JustificationStatus js = justification_status(af, s);
        REQUIRE(js.answer == Answer::yes);
        CHECK(js.decided == std::vector<bool>(5, true));
    }
}

// Wherever the limits stop it, what is marked decided is the final status: deadlines from
// already passed to a few hundred microseconds stop it at different points (before any query,
// inside a component, between components); the claim holds at every one of them.
TEST_CASE("justification status: decided arguments keep their status when the limits fire", "[justification]") {
    std::mt19937 rng(1130);
    std::size_t stopped = 0, partial = 0;
    for (int round = 0; round < 60; ++round) {
        int n = 0;
        const auto attacks = helpers::disjoint_union(rng, 2 + round % 5, 9, round % 2 ? 0.15 : 0.3, n);
        const Framework af(static_cast<arg_t>(n), attacks);
        // A grounded part too: an unattacked argument defeating another.
        std::vector<Attack> with_chain = attacks;
        with_chain.push_back({static_cast<arg_t>(n), static_cast<arg_t>(n + 1)});
        const Framework g(static_cast<arg_t>(n + 2), with_chain);
        for (const Framework* f : {&af, &g})
            for (Semantics s : all_semantics()) {
                const JustificationStatus full = justification_status(*f, s);
                REQUIRE(full.answer == Answer::yes);
                for (int micros : {-1, 0, 20, 100, 400}) {
                    INFO(iccma_code(s) << " round " << round << " deadline " << micros << " us");
                    Limits l;
                    l.deadline = std::chrono::steady_clock::now() + std::chrono::microseconds(micros);
                    const JustificationStatus js = justification_status(*f, s, l);
                    REQUIRE(js.decided.size() == f->size());
                    if (js.answer == Answer::yes) {
                        CHECK(js.status == full.status);
                        CHECK(js.decided == std::vector<bool>(f->size(), true));
                        continue;
                    }
                    ++stopped;
                    bool some = false;
                    for (arg_t a = 0; a < f->size(); ++a)
                        if (js.decided[a]) {
                            some = true;
                            CHECK(js.status[a] == full.status[a]);
                            if (s == Semantics::stable) CHECK(js.status[a] == Acceptance::rejected);
                        }
                    partial += some;
                }
            }
    }
    // The deadlines did stop some runs, and some of those kept a partial answer.
    CHECK(stopped > 0);
    CHECK(partial > 0);
}

TEST_CASE("justification status: with expired limits the grounded labelling still decides", "[justification]") {
    // 0 -> 1 -> 2 decided by the grounded labelling; 3 <-> 4 not.
    const Framework af(5, std::vector<Attack>{{0, 1}, {1, 2}, {3, 4}, {4, 3}});
    Limits expired;
    expired.deadline = std::chrono::steady_clock::now() - std::chrono::seconds(1);
    for (Semantics s : {Semantics::complete, Semantics::preferred, Semantics::semi_stable, Semantics::ideal, Semantics::eager}) {
        INFO(iccma_code(s));
        const JustificationStatus js = justification_status(af, s, expired);
        if (js.answer == Answer::yes) {  // ideal's greedy admissible sets need no solver here
            CHECK(js.status == justification_status(af, s).status);
            continue;
        }
        CHECK(js.decided == std::vector<bool>{true, true, true, false, false});
        CHECK(js.status[0] == Acceptance::sceptical);
        CHECK(js.status[1] == Acceptance::rejected);
        CHECK(js.status[2] == Acceptance::sceptical);
    }
    // Stable: a component not reached could have no stable extension, so only rejected is kept.
    const JustificationStatus st = justification_status(af, Semantics::stable, expired);
    CHECK(st.answer == Answer::unknown);
    CHECK(st.decided == std::vector<bool>{false, true, false, false, false});
    // Grounded is linear and answers whatever the limits.
    const JustificationStatus gr = justification_status(af, Semantics::grounded, expired);
    CHECK(gr.answer == Answer::yes);
    CHECK(gr.status == std::vector<Acceptance>{Acceptance::sceptical, Acceptance::rejected, Acceptance::sceptical,
                                                Acceptance::rejected, Acceptance::rejected});
}

// The ideal extension by credulous acceptance (main path) against the intersection of the
// preferred extensions (argmap::direct) and, where small, against the oracle.
TEST_CASE("ideal extension by credulous acceptance", "[justification][ideal]") {
    std::mt19937 rng(2007);
    for (int round = 0; round < 400; ++round) {
        const int n = 3 + round % 11;
        const auto attacks = helpers::random_attacks(rng, n, round % 2 ? 0.15 : 0.3);
        const Instance in = helpers::make(n, attacks);
        const Decision d = some_extension(in.af, Semantics::ideal);
        REQUIRE(d.answer == Answer::yes);
        CHECK(helpers::mask(*d.witness) == oracle::extensions(in.ref, "ID").front());
    }
    // Dense frameworks (6 to 9 attacks per argument; such parts went through the intersection
    // before the covering asked only about relevant arguments), and below dense and sparse
    // parts side by side in one framework.
    for (int round = 0; round < 200; ++round) {
        const int n = 8 + round % 6;
        const auto attacks = helpers::random_attacks(rng, n, 0.7);
        const Instance in = helpers::make(n, attacks);
        const Decision d = some_extension(in.af, Semantics::ideal);
        REQUIRE(d.answer == Answer::yes);
        CHECK(helpers::mask(*d.witness) == oracle::extensions(in.ref, "ID").front());
    }
    for (int round = 0; round < 200; ++round) {
        int n = 0;
        const double p = round % 3 == 0 ? 0.05 : round % 3 == 1 ? 0.1 : 0.5;
        const auto attacks = helpers::disjoint_union(rng, 1 + round % 5, 40, p, n);
        const Framework af(static_cast<arg_t>(n), attacks);
        const Decision fast = some_extension(af, Semantics::ideal);
        const Decision slow = direct::some_extension(af, Semantics::ideal);
        REQUIRE(fast.answer == Answer::yes);
        REQUIRE(slow.answer == Answer::yes);
        CHECK(*fast.witness == *slow.witness);
    }
}
