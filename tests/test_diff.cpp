#include <catch2/catch.hpp>

#include <argmap/diff.hpp>

#include "helpers.hpp"

using namespace argmap;
using helpers::parse;

TEST_CASE("a diff lists edits and the labels they moved", "[diff]") {
    const auto v1 = parse("[tram]: build it\n  - [cost]: too costly {weight: 0.8}\n  - [noise]: it is noisy\n");
    const auto v2 = parse("[tram]: build it\n  - [cost]: too costly {weight: 0.6}\n    - [grant]: a grant pays {kind: evidence}\n"
                          "    _ [late]: the grant comes late {relation_weight: 0.5}\n");
    const MapDiff d = diff(v1, v2);
    CHECK(d.added_claims == std::vector<std::string>{"grant", "late"});
    CHECK(d.removed_claims == std::vector<std::string>{"noise"});
    REQUIRE(d.changed_claims.size() == 1);
    CHECK(d.changed_claims[0].first == "cost");
    CHECK(d.changed_claims[0].second == std::vector<std::string>{"weight"});
    CHECK(d.added_relations == std::vector<std::string>{"attack grant -> cost", "undercut late -> (attack cost -> tram)"});
    CHECK(d.removed_relations == std::vector<std::string>{"attack noise -> tram"});
    CHECK(d.reweighted_relations.empty());
    // In v1 cost and noise defeat the tram; in v2 grant defeats cost, but the undercut by
    // "late" hits cost's attack on tram, and noise is gone: tram stands.
    auto change = [&](const char* id) {
        for (const auto& c : d.label_changes)
            if (c.claim == id) return c;
        FAIL("no label change for " << id);
        return MapDiff::LabelChange{};
    };
    CHECK(change("tram").before == Label::out);
    CHECK(change("tram").after == Label::in);
    CHECK(change("cost").after == Label::out);
    CHECK_FALSE(change("grant").before);
    CHECK_FALSE(change("noise").after);
    // Nothing changes between a map and itself.
    const MapDiff same = diff(v2, v2);
    CHECK(same.empty());
    CHECK(same.label_changes.empty());
}

TEST_CASE("relations are matched by type and ends, not by id", "[diff]") {
    ArgumentMap a = parse("[x]\n  - [y]\n");
    ArgumentMap b;
    for (const auto& c : a.claims()) b.add_claim(c);
    Relation r = a.relations()[0];
    r.id = "other-id";
    r.weight = 0.5;
    b.add_relation(r);
    const MapDiff d = diff(a, b);
    CHECK(d.added_relations.empty());
    CHECK(d.removed_relations.empty());
    CHECK(d.reweighted_relations == std::vector<std::string>{"attack y -> x"});
}
