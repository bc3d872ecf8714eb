#include <catch2/catch.hpp>

#include <argmap/explain.hpp>

#include "helpers.hpp"

using namespace argmap;
using helpers::parse;

TEST_CASE("reinstatement: in because every attacker is out, out because of an accepted attacker", "[explain]") {
    const auto m = parse("[t]: thesis\n  - [o]: objection\n    - [e]: evidence\n    - [f]: second rebuttal\n      - [g]: g\n");
    const Explanation x = explain_grounded(m, "t");
    CHECK(x.subject == "t");
    CHECK(x.label == Label::in);
    CHECK(x.reason == "every attacker is out");
    REQUIRE(x.because.size() == 1);
    const Explanation& o = x.because[0];
    CHECK(o.subject == "o");
    CHECK(o.label == Label::out);
    // o has two attackers, e (in from the start) and f (out): the reason given is e.
    REQUIRE(o.because.size() == 1);
    CHECK(o.because[0].subject == "e");
    CHECK(o.because[0].label == Label::in);
    CHECK(o.because[0].reason == "nothing attacks it");
    CHECK(to_text(x) == "t is in: every attacker is out\n"
                        "  o is out: an accepted argument attacks it\n"
                        "    e is in: nothing attacks it\n");
}

TEST_CASE("undercuts are explained as the relation they attack", "[explain]") {
    const auto m = parse("[tram]: build it\n  - [cost]: too costly\n    - [grant]: a grant pays\n      _ [expire]: it expires\n");
    const Explanation x = explain_grounded(m, "tram");
    CHECK(x.label == Label::out);
    REQUIRE(x.because.size() == 1);
    const Explanation& cost = x.because[0];
    CHECK(cost.subject == "cost");
    CHECK(cost.label == Label::in);
    REQUIRE(cost.because.size() == 1);
    CHECK(cost.because[0].subject == "the attack grant -> cost (r2)");
    CHECK(cost.because[0].label == Label::out);
    REQUIRE(cost.because[0].because.size() == 1);
    CHECK(cost.because[0].because[0].subject == "expire");
}

TEST_CASE("undecided claims point at undecided attackers and stop at cycles", "[explain]") {
    const auto m = parse("[a]: a\n  - [b]: b\n  -> [b]\n[c]: c\n  - [a]\n");
    const Explanation x = explain_grounded(m, "c");
    CHECK(x.label == Label::undec);
    REQUIRE(x.because.size() == 1);
    CHECK(x.because[0].subject == "a");
    REQUIRE(x.because[0].because.size() == 1);
    CHECK(x.because[0].because[0].subject == "b");
    REQUIRE(x.because[0].because[0].because.size() == 1);
    const Explanation& again = x.because[0].because[0].because[0];
    CHECK(again.subject == "a");
    CHECK(again.because.empty());
    CHECK_THAT(again.reason, Catch::Contains("not expanded further"));
    // Depth limits cut the tree too.
    CHECK(explain_grounded(m, "c", 1).because[0].because.empty());
    CHECK_THROWS_AS(explain_grounded(m, "nobody"), ModelError);
}

TEST_CASE("every explanation agrees with the grounded labelling", "[explain][property]") {
    const auto m = [] {
        ArgumentMap map;
        REQUIRE(io::read_argdown_file(std::string(ARGMAP_EXAMPLES) + "/central-asia/central-asia.argdown", map));
        return map;
    }();
    const auto labels = evaluate_grounded(m);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const Explanation x = explain_grounded(m, m.claims()[i].id);
        CHECK(x.label == labels[i]);
        // An out claim names an accepted attacker; an in claim lists attackers that are all out.
        if (x.label == Label::out) {
            REQUIRE(x.because.size() == 1);
            CHECK(x.because[0].label == Label::in);
        }
        if (x.label == Label::in)
            for (const auto& c : x.because) CHECK(c.label == Label::out);
    }
}
