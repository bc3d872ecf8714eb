#include <catch2/catch.hpp>

#include <argmap/framework.hpp>

#include <algorithm>
#include <random>
#include <set>

using namespace argmap;

TEST_CASE("CSR rows match the attack list, sorted and without duplicates", "[framework]") {
    std::mt19937 rng(7);
    for (int round = 0; round < 50; ++round) {
        const arg_t n = 1 + rng() % 30;
        std::vector<Attack> attacks;
        std::set<std::pair<arg_t, arg_t>> expected;
        const int m = static_cast<int>(rng() % 120);
        for (int i = 0; i < m; ++i) {
            Attack a{static_cast<arg_t>(rng() % n), static_cast<arg_t>(rng() % n)};
            attacks.push_back(a);
            expected.insert({a.from, a.to});
        }
        Framework af(n, attacks);
        REQUIRE(af.size() == n);
        REQUIRE(af.attack_count() == expected.size());
        std::set<std::pair<arg_t, arg_t>> got_out, got_in;
        for (arg_t a = 0; a < n; ++a) {
            auto t = af.targets(a);
            CHECK(std::is_sorted(t.begin(), t.end()));
            CHECK(std::adjacent_find(t.begin(), t.end()) == t.end());
            for (arg_t b : t) got_out.insert({a, b});
            auto s = af.attackers(a);
            CHECK(std::is_sorted(s.begin(), s.end()));
            for (arg_t b : s) got_in.insert({b, a});
        }
        CHECK(got_out == expected);
        CHECK(got_in == expected);
        for (auto [a, b] : expected) CHECK(af.attacks(a, b));
    }
}

TEST_CASE("an attack naming an argument out of range is rejected", "[framework]") {
    std::vector<Attack> attacks{{0, 3}};
    CHECK_THROWS_AS(Framework(3, attacks), std::out_of_range);
}

namespace {
ArgumentMap small_map() {
    ArgumentMap m;
    for (auto id : {"a", "b", "c", "u"}) {
        Claim c;
        c.id = id;
        m.add_claim(c);
    }
    return m;
}
Relation rel(RelationType t, std::string s, std::string d, double w = 1.0, std::string id = {}) {
    Relation r;
    r.id = std::move(id);
    r.type = t;
    r.source = std::move(s);
    r.target = std::move(d);
    r.weight = w;
    return r;
}
}  // namespace

TEST_CASE("projection keeps claims as the first arguments and leaves supports out", "[framework][projection]") {
    ArgumentMap m = small_map();
    m.add_relation(rel(RelationType::attack, "a", "b"));
    m.add_relation(rel(RelationType::support, "c", "a"));
    const Projection p = project(m);
    CHECK(p.framework.size() == 4);
    CHECK(p.framework.attack_count() == 1);
    CHECK(p.framework.attacks(0, 1));
    for (std::size_t i = 0; i < 4; ++i) CHECK(p.claim_of[p.argument_of[i]] == static_cast<std::int64_t>(i));
}

TEST_CASE("an undercut attack is flattened through two auxiliary arguments", "[framework][projection]") {
    ArgumentMap m = small_map();
    m.add_relation(rel(RelationType::attack, "a", "b", 1, "ab"));
    m.add_relation(rel(RelationType::undercut, "u", "ab"));
    const Projection p = project(m);
    const Framework& af = p.framework;
    REQUIRE(af.size() == 6);  // a b c u X Y
    CHECK(p.claim_of[4] == -1);
    CHECK(p.claim_of[5] == -1);
    CHECK(af.attacks(0, 4));  // a -> X
    CHECK(af.attacks(4, 5));  // X -> Y
    CHECK(af.attacks(5, 1));  // Y -> b
    CHECK(af.attacks(3, 5));  // u -> Y
    CHECK_FALSE(af.attacks(0, 1));
    CHECK(af.attack_count() == 4);
}

TEST_CASE("a weight threshold drops light relations, and their undercuts with them", "[framework][projection]") {
    ArgumentMap m = small_map();
    m.add_relation(rel(RelationType::attack, "a", "b", 0.3, "ab"));
    m.add_relation(rel(RelationType::attack, "c", "b", 0.9, "cb"));
    m.add_relation(rel(RelationType::undercut, "u", "ab", 0.9));
    ProjectionOptions o;
    o.min_relation_weight = 0.5;
    const Projection p = project(m, o);
    CHECK(p.framework.size() == 4);
    CHECK(p.framework.attack_count() == 1);
    CHECK(p.framework.attacks(2, 1));
}
