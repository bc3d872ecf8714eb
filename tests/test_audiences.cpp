#include <catch2/catch.hpp>

#include <argmap/extensions.hpp>
#include <argmap/io.hpp>

#include "helpers.hpp"

using namespace argmap;
using helpers::parse;


TEST_CASE("value-based argumentation: each audience keeps the attacks it endorses", "[audiences]") {
    // Bench-Capon (2003), the Hal and Carla shape: a promotes life, b promotes property, they
    // attack each other; c (property) attacks a.
    const auto m = parse(R"(===
camps:
  vitalists: {name: Life first, prefers: [life, property]}
  owners: {name: Property first, prefers: [property, life]}
===
[a]: Hal may take the insulin. {values: [life]}
[b]: Carla's property must be respected. {values: [property]}
[c]: Hal could have paid. {values: [property]}
[a]
  - [b]
  -> [b]
  - [c]
)");
    ProjectionOptions life;
    life.audience = "vitalists";
    // For the vitalists b's and c's attacks on a fail (life > property): a in, b out, c in.
    CHECK(evaluate(m, Semantics::grounded, life).labels == std::vector<Label>{Label::in, Label::out, Label::in});
    ProjectionOptions property;
    property.audience = "owners";
    // For the owners a's attack on b fails: b in, c in, a out.
    CHECK(evaluate(m, Semantics::grounded, property).labels == std::vector<Label>{Label::out, Label::in, Label::in});
    const AudienceReport report = evaluate_audiences(m);
    REQUIRE(report.camps.size() == 2);
    CHECK(report.camps[0].camp == "vitalists");
    CHECK(report.objective == std::vector<bool>{false, false, true});  // only c, accepted by both
    CHECK(report.subjective == std::vector<bool>{true, true, true});
    // Without an audience every attack counts: c defeats a, so b stands.
    CHECK(evaluate(m, Semantics::grounded).labels == std::vector<Label>{Label::out, Label::in, Label::in});
}

TEST_CASE("a camp without preferences prefers its own claims", "[audiences]") {
    const auto m = parse(R"(===
camps:
  x: X
  y: Y
===
[p]: from x {camp: x}
  - [q]: from y {camp: y}
  -> [q]
)");
    ProjectionOptions ox;
    ox.audience = "x";
    CHECK(evaluate(m, Semantics::grounded, ox).labels == std::vector<Label>{Label::in, Label::out});
    ProjectionOptions oy;
    oy.audience = "y";
    CHECK(evaluate(m, Semantics::grounded, oy).labels == std::vector<Label>{Label::out, Label::in});
    ProjectionOptions bad;
    bad.audience = "z";
    CHECK_THROWS_AS(evaluate(m, Semantics::grounded, bad), ModelError);
}
