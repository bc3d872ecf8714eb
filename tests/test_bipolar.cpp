#include <catch2/catch.hpp>

#include <argmap/extensions.hpp>
#include <argmap/io.hpp>

#include "helpers.hpp"

using namespace argmap;
using helpers::parse;

namespace {


// Attacks among claims (auxiliary arguments left out), as "x>y" strings, sorted.
std::vector<std::string> attacks(const ArgumentMap& m, SupportInterpretation s) {
    ProjectionOptions o;
    o.support = s;
    const Projection p = project(m, o);
    std::vector<std::string> out;
    for (const Attack& e : p.framework.attack_list())
        if (p.claim_of[e.from] >= 0 && p.claim_of[e.to] >= 0)
            out.push_back(m.claims()[p.claim_of[e.from]].id + ">" + m.claims()[p.claim_of[e.to]].id);
    std::sort(out.begin(), out.end());
    return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("deductive support: supported and mediated attacks", "[bipolar]") {
    // Cayrol and Lagasquie-Schiex (2013), Fig. 2 shape: a supports b, b attacks c;
    // d attacks e, f supports e.
    const auto m = parse("[a]\n  +> [b]\n[b]\n  -> [c]\n[d]\n  -> [e]\n[f]\n  +> [e]\n");
    CHECK(attacks(m, SupportInterpretation::none) == V{"b>c", "d>e"});
    // supported: a sup b att c => a att c.  mediated: d att e, f sup e => d att f.
    CHECK(attacks(m, SupportInterpretation::deductive) == V{"a>c", "b>c", "d>e", "d>f"});
}

TEST_CASE("necessary support: secondary and extended attacks", "[bipolar]") {
    // a attacks b, b supports c (b is necessary for c); d supports e, d attacks f.
    const auto m = parse("[a]\n  -> [b]\n[b]\n  +> [c]\n[d]\n  +> [e]\n  -> [f]\n");
    // secondary: a att b, b sup c => a att c.  extended: d sup e, d att f => e att f.
    CHECK(attacks(m, SupportInterpretation::necessary) == V{"a>b", "a>c", "d>f", "e>f"});
}

TEST_CASE("support chains are transitive", "[bipolar]") {
    const auto m = parse("[a]\n  +> [b]\n[b]\n  +> [c]\n[c]\n  -> [d]\n");
    CHECK(attacks(m, SupportInterpretation::deductive) == V{"a>d", "b>d", "c>d"});
}

TEST_CASE("evidential support: claims need a chain from evidence", "[bipolar]") {
    // e (evidence) supports x; y has no evidential support and attacks x; z is supported by y only.
    const auto m = parse("[e]: seen {kind: evidence}\n  +> [x]: claim\n[y]: rumour\n  -> [x]\n  +> [z]: built on the rumour\n");
    ProjectionOptions o;
    o.support = SupportInterpretation::evidential;
    const auto labels = evaluate(m, Semantics::grounded, o).labels;
    // e in; y and z have no evidence: out; so x, attacked only by y, is in.
    CHECK(labels == std::vector<Label>{Label::in, Label::in, Label::out, Label::out});
    // Without the interpretation y defeats x.
    CHECK(evaluate(m, Semantics::grounded).labels == std::vector<Label>{Label::in, Label::out, Label::in, Label::in});
}

TEST_CASE("support interpretation names", "[bipolar]") {
    for (auto s : {SupportInterpretation::none, SupportInterpretation::deductive, SupportInterpretation::necessary,
                   SupportInterpretation::evidential})
        CHECK(parse_support_interpretation(to_string(s)) == s);
    CHECK_FALSE(parse_support_interpretation("abductive"));
}
