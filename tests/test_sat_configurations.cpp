// Every solver configuration and search variant of the SAT layer (encodings, CaDiCaL options,
// stable-first, constrain vs activation literal) against the brute-force oracle, against the
// old path on larger random frameworks, and the portfolio (Limits::threads = 2) against one
// thread. No timing here: bench/bench_encodings.cpp measures.
#include <catch2/catch.hpp>

#include <argmap/extensions.hpp>

#include <algorithm>
#include <random>
#include <string>

#include "against_oracle.hpp"
#include "semantics/technique.hpp"

using namespace argmap;
using namespace argmap::detail;
using helpers::check_answers;
using helpers::decode;
using helpers::every_framework;
using helpers::make;
using helpers::mask;
using helpers::member;
using Instance = helpers::Instance;

namespace {

sat::Config config(const char* name, sat::Encoding e, sat::Option o = {}, bool constrain = false) {
    sat::Config c;
    c.name = name;
    c.encoding = e;
    c.options[0] = o;
    c.grow_by_constrain = constrain;
    return c;
}

// The old path: in/attacked, CaDiCaL defaults, constrain().
const sat::Config old_config = config("old", sat::Encoding::in_attacked, {}, true);

std::vector<sat::Config> configs() {
    return {old_config,
            config("labelling", sat::Encoding::labelling),
            config("in-attacked", sat::Encoding::in_attacked),
            config("labelling,elim=0", sat::Encoding::labelling, {"elim", 0}),
            config("in-attacked,stabilizeonly", sat::Encoding::in_attacked, {"stabilizeonly", 1}),
            config("labelling,phase=0", sat::Encoding::labelling, {"phase", 0}, true),
            focused_config};
}

struct Named {
    std::string code;  // ICCMA code of the semantics
    MaxProblem problem;
};

// Every maximal search variant under every configuration.
std::vector<Named> max_variants() {
    std::vector<Named> out;
    for (const auto& c : configs()) {
        out.push_back({"PR", {sat::Base::complete, true, Objective::in_set, c, false, nullptr}});
        out.push_back({"PR", {sat::Base::admissible, true, Objective::in_set, c, false, nullptr}});
        out.push_back({"NA", {sat::Base::conflict_free, false, Objective::in_set, c, false, nullptr}});
        for (bool first : {false, true}) {
            out.push_back({"SST", {sat::Base::complete, true, Objective::range, c, first, nullptr}});
            out.push_back({"SST", {sat::Base::admissible, true, Objective::range, c, first, nullptr}});
            out.push_back({"STG", {sat::Base::conflict_free, false, Objective::range, c, first, nullptr}});
        }
    }
    return out;
}

void check_max(const Instance& in, const Named& v) {
    INFO(v.code << " base " << static_cast<int>(v.problem.base) << " config " << v.problem.config.name << " stable-first "
                << v.problem.stable_first);
    const Limits l;
    check_answers(
        in, oracle::extensions(in.ref, v.code), [&](const ExtensionVisitor& visit) { return maximal_enumerate(in.af, v.problem, visit, l); },
        [&] { return maximal_some(in.af, v.problem, l); }, [&](arg_t a) { return maximal_credulous(in.af, v.problem, a, l); },
        [&](arg_t a) { return maximal_sceptical(in.af, v.problem, a, l); });
}

struct OneCall {
    std::string code;
    sat::Base base;
    bool fix;
};
const std::vector<OneCall> one_calls{{"CF", sat::Base::conflict_free, false},
                                     {"ADM", sat::Base::admissible, false},
                                     {"CO", sat::Base::complete, true},
                                     {"ST", sat::Base::stable, true}};

void check_one(const Instance& in, const OneCall& o, const sat::Config& c) {
    INFO(o.code << " config " << c.name);
    const Limits l;
    check_answers(
        in, oracle::extensions(in.ref, o.code), [&](const ExtensionVisitor& visit) { return sat_enumerate(in.af, o.base, o.fix, visit, l, c); },
        [&] { return sat_some(in.af, o.base, o.fix, l, c); }, [&](arg_t a) { return sat_credulous(in.af, o.base, o.fix, a, l, c); },
        [&](arg_t a) { return sat_sceptical(in.af, o.base, o.fix, a, l, c); });
}

}  // namespace

TEST_CASE("every search variant and configuration on every framework of up to 3 arguments", "[sat][exhaustive]") {
    const auto variants = max_variants();
    every_framework(3, [&](const Instance& in) {
        for (const auto& v : variants) check_max(in, v);
        for (const auto& o : one_calls)
            for (const auto& c : configs()) check_one(in, o, c);
    });
}

TEST_CASE("the portfolio alternatives on frameworks of 4 arguments", "[sat][exhaustive]") {
    // The defaults themselves answer the public API, which test_extensions.cpp checks on every
    // framework of up to 4 arguments; here the alternatives raced against them, on every 16th.
    const std::vector<Named> alternatives{{"PR", preferred_complete_problem},
                                          {"SST", semi_stable_complete_problem},
                                          {"SST", semi_stable_alternative},
                                          {"STG", stage_alternative}};
    for (std::uint32_t bits = 0; bits < (1u << 16); bits += 16 * helpers::test_share()) {
        const Instance in = make(4, decode(4, bits ^ (bits >> 5)));
        for (const auto& v : alternatives) check_max(in, v);
        for (const auto& o : one_calls)
            for (std::size_t k = 1; k < one_call_configs(o.base).size(); ++k) check_one(in, o, one_call_configs(o.base)[k]);
    }
}

TEST_CASE("every search variant and configuration on random frameworks of 4 to 12 arguments", "[sat][random]") {
    std::mt19937 rng(20261130);
    const auto variants = max_variants();
    for (int round = 0; round < helpers::rounds(60); ++round) {
        const int n = 4 + round % 9;
        const double p = std::uniform_real_distribution<double>(0.05, 0.4)(rng);
        const Instance in = make(n, helpers::random_attacks(rng, n, p));
        INFO("round " << round << " n " << n);
        for (const auto& v : variants) check_max(in, v);
        for (const auto& o : one_calls)
            for (const auto& c : configs()) check_one(in, o, c);
    }
}

namespace {

using helpers::sets::complete;
using helpers::sets::conflict_free;

Framework random_framework(std::mt19937& rng, int n) {
    const double p = std::uniform_real_distribution<double>(1.0 / n, 4.0 / n)(rng);
    return Framework(static_cast<arg_t>(n), helpers::random_attacks(rng, n, p));
}

}  // namespace

TEST_CASE("new defaults agree with the old path on random frameworks of 20 to 60 arguments", "[sat][random]") {
    std::mt19937 rng(7);
    const MaxProblem old_pr{sat::Base::complete, true, Objective::in_set, old_config, false, nullptr};
    const MaxProblem old_sst{sat::Base::complete, true, Objective::range, old_config, false, nullptr};
    const MaxProblem old_stg{sat::Base::conflict_free, false, Objective::range, old_config, false, nullptr};
    const std::vector<std::pair<const MaxProblem*, const MaxProblem*>> pairs{
        {&preferred_problem, &old_pr}, {&semi_stable_problem, &old_sst}, {&stage_problem, &old_stg}};
    const Limits l;
    for (int round = 0; round < helpers::rounds(1000); ++round) {
        const int n = 20 + round % 41;
        const Framework af = random_framework(rng, n);
        const arg_t a = static_cast<arg_t>(rng() % static_cast<unsigned>(n));
        INFO("round " << round << " n " << n << " argument " << a);
        for (const auto& [now, old] : pairs) {
            const bool in_set = now->objective == Objective::in_set;
            const Decision s = maximal_some(af, *now, l);
            REQUIRE(s.answer == Answer::yes);
            // Range-maximal admissible sets are complete (Caminada 2006), so only stage's may not be.
            if (in_set || now->base != sat::Base::conflict_free) REQUIRE(complete(af, *s.witness));
            else REQUIRE(conflict_free(af, *s.witness));
            const Decision c = maximal_credulous(af, *now, a, l), c0 = maximal_credulous(af, *old, a, l);
            REQUIRE(c.answer == c0.answer);
            const Decision k = maximal_sceptical(af, *now, a, l), k0 = maximal_sceptical(af, *old, a, l);
            REQUIRE(k.answer == k0.answer);
            if (c.answer == Answer::yes) REQUIRE(std::binary_search(c.witness->begin(), c.witness->end(), a));
            if (k.answer == Answer::no) REQUIRE_FALSE(std::binary_search(k.witness->begin(), k.witness->end(), a));
        }
        for (const auto& o : one_calls) {
            const auto& c = one_call_configs(o.base).front();
            const Decision d = sat_credulous(af, o.base, o.fix, a, l, c), d0 = sat_credulous(af, o.base, o.fix, a, l, old_config);
            REQUIRE(d.answer == d0.answer);
            const Decision e = sat_some(af, o.base, o.fix, l, c), e0 = sat_some(af, o.base, o.fix, l, old_config);
            REQUIRE(e.answer == e0.answer);
            if (o.base == sat::Base::complete && e.witness) REQUIRE(complete(af, *e.witness));
        }
    }
}

TEST_CASE("two threads give the answers of one thread", "[sat][threads]") {
    std::mt19937 rng(2026);
    Limits one, two;
    two.threads = 2;
    for (int round = 0; round < helpers::rounds(300); ++round) {
        const bool small = round % 2 == 0;
        const int n = small ? 4 + round % 9 : 20 + round % 41;
        const double p = std::uniform_real_distribution<double>(1.0 / n, 4.0 / n)(rng);
        const Instance in = make(small ? n : 1, {});  // the oracle only for the small ones
        const auto attacks = helpers::random_attacks(rng, n, p);
        const Framework af(static_cast<arg_t>(n), attacks);
        const arg_t a = static_cast<arg_t>(rng() % static_cast<unsigned>(n));
        INFO("round " << round << " n " << n);
        for (Semantics s : {Semantics::preferred, Semantics::semi_stable, Semantics::stage, Semantics::stable,
                            Semantics::complete, Semantics::admissible, Semantics::naive}) {
            // Naive sceptical acceptance walks the naive extensions holding the argument: too
            // many on the larger frameworks for a test.
            if (s == Semantics::naive && !small) continue;
            INFO(to_string(s));
            const Decision c1 = credulous(af, s, a, one), c2 = credulous(af, s, a, two);
            REQUIRE(c1.answer == c2.answer);
            const Decision k1 = sceptical(af, s, a, one), k2 = sceptical(af, s, a, two);
            REQUIRE(k1.answer == k2.answer);
            const Decision e1 = some_extension(af, s, one), e2 = some_extension(af, s, two);
            REQUIRE(e1.answer == e2.answer);
            if (small) {
                // Every certificate of the two-thread run is an extension (oracle).
                const Instance ref = make(n, attacks);
                const auto expected = oracle::extensions(ref.ref, std::string(iccma_code(s)));
                if (c2.witness) REQUIRE(member(expected, mask(*c2.witness)));
                if (k2.witness) REQUIRE(member(expected, mask(*k2.witness)));
                if (e2.witness) REQUIRE(member(expected, mask(*e2.witness)));
            }
        }
        (void)in;
    }
}

TEST_CASE("an unknown CaDiCaL option is an error naming it", "[sat]") {
    const Framework af(2, std::vector<Attack>{{0, 1}});
    sat::Config c;
    c.options[0] = {"no-such-option", 1};
    REQUIRE_THROWS_WITH(sat::Solver(af, sat::Base::complete, Limits{}, true, c), Catch::Contains("no-such-option"));
}
