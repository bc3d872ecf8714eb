#include <catch2/catch.hpp>

#include <argmap/model.hpp>

using namespace argmap;

namespace {
Claim claim(std::string id, std::string text = "text") {
    Claim c;
    c.id = std::move(id);
    c.text = std::move(text);
    return c;
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

TEST_CASE("claims, camps and relations are stored in order and found by id", "[model]") {
    ArgumentMap m;
    m.add_camp({"a", "Camp A", "", "#112233", {}});
    auto c = claim("x", "ünïcödé ✓");
    c.camps = {"a"};
    c.kind = ClaimKind::thesis;
    m.add_claim(c);
    m.add_claim(claim("y"));
    m.add_claim(claim("z"));
    const auto& r1 = m.add_relation(rel(RelationType::attack, "y", "x", 0.5));
    CHECK(r1.id == "r1");
    m.add_relation(rel(RelationType::support, "z", "x"));
    m.add_relation(rel(RelationType::undercut, "z", "r1"));
    REQUIRE(m.claims().size() == 3);
    CHECK(m.claims()[0].text == "ünïcödé ✓");
    CHECK(m.find_claim("y")->id == "y");
    CHECK(m.find_claim("nope") == nullptr);
    CHECK(*m.claim_index("z") == 2);
    auto into = m.relations_into("x");
    REQUIRE(into.size() == 2);
    CHECK(into[0]->id == "r1");
    CHECK(into[1]->type == RelationType::support);
    CHECK(m.relations_from("z").size() == 2);
    CHECK(m.undercuts_of("r1").size() == 1);
}

TEST_CASE("edits that would make a map inconsistent throw ModelError", "[model]") {
    ArgumentMap m;
    m.add_camp({"a", "A", "", "", {}});
    m.add_claim(claim("x"));
    m.add_claim(claim("y"));
    CHECK_THROWS_AS(m.add_claim(claim("x")), ModelError);                       // duplicate id
    CHECK_THROWS_AS(m.add_claim(claim("")), ModelError);                        // empty id
    CHECK_THROWS_AS(m.add_claim(claim(" pad")), ModelError);                    // leading space
    CHECK_THROWS_AS(m.add_claim(claim("bad\x01")), ModelError);                 // control char in id
    CHECK_THROWS_AS(m.add_claim(claim("t", std::string("\xC3\x28"))), ModelError);  // invalid UTF-8
    auto w = claim("w");
    w.weight = 1.5;
    CHECK_THROWS_AS(m.add_claim(w), ModelError);
    w.weight = -0.1;
    CHECK_THROWS_AS(m.add_claim(w), ModelError);
    w.weight = std::numeric_limits<double>::quiet_NaN();
    CHECK_THROWS_AS(m.add_claim(w), ModelError);
    auto k = claim("k");
    k.camps = {"nope"};
    CHECK_THROWS_AS(m.add_claim(k), ModelError);                                // unknown camp
    k.camps = {"a", "a"};
    CHECK_THROWS_AS(m.add_claim(k), ModelError);                                // camp twice
    CHECK_THROWS_AS(m.add_camp({"a", "again", "", "", {}}), ModelError);
    CHECK_THROWS_AS(m.add_camp({"b", "B", "", "#12", {}}), ModelError);             // bad colour
    CHECK_THROWS_AS(m.add_relation(rel(RelationType::attack, "x", "nope")), ModelError);
    CHECK_THROWS_AS(m.add_relation(rel(RelationType::attack, "nope", "x")), ModelError);
    CHECK_THROWS_AS(m.add_relation(rel(RelationType::support, "x", "x")), ModelError);  // self-support
    CHECK_THROWS_AS(m.add_relation(rel(RelationType::attack, "x", "y", 2.0)), ModelError);
    CHECK_THROWS_AS(m.add_relation(rel(RelationType::undercut, "x", "r9")), ModelError);  // unknown relation
    m.add_relation(rel(RelationType::attack, "x", "y"));
    CHECK_THROWS_AS(m.add_relation(rel(RelationType::attack, "x", "y")), ModelError);  // repeated
    CHECK_THROWS_AS(m.add_relation(rel(RelationType::attack, "y", "x", 1.0, "r1")), ModelError);  // dup id
    CHECK_THROWS_AS(m.add_relation(rel(RelationType::undercut, "y", "u", 1.0, "u")), ModelError);  // self-undercut
    // A self-attack is legitimate in abstract argumentation.
    CHECK_NOTHROW(m.add_relation(rel(RelationType::attack, "x", "x")));
    // The failed edits left nothing behind.
    CHECK(m.claims().size() == 2);
    CHECK(m.relations().size() == 2);
}

TEST_CASE("the error message names what is wrong", "[model]") {
    ArgumentMap m;
    m.add_claim(claim("x"));
    try {
        m.add_relation(rel(RelationType::attack, "x", "ghost"));
        FAIL("no exception");
    } catch (const ModelError& e) {
        CHECK_THAT(e.what(), Catch::Contains("unknown claim 'ghost'"));
    }
}

TEST_CASE("removing a claim removes its relations and the undercuts of those", "[model]") {
    ArgumentMap m;
    for (auto id : {"a", "b", "c", "d"}) m.add_claim(claim(id));
    m.add_relation(rel(RelationType::attack, "a", "b", 1, "ab"));
    m.add_relation(rel(RelationType::undercut, "c", "ab", 1, "c-ab"));
    m.add_relation(rel(RelationType::undercut, "d", "c-ab", 1, "d-c-ab"));
    m.add_relation(rel(RelationType::support, "c", "d", 1, "cd"));
    m.remove_claim("a");
    REQUIRE(m.relations().size() == 1);
    CHECK(m.relations()[0].id == "cd");
    CHECK(m.relations_into("d").size() == 1);
    CHECK(*m.claim_index("d") == 2);
    m.remove_relation("cd");
    CHECK(m.relations().empty());
    CHECK_THROWS_AS(m.remove_claim("a"), ModelError);
}

TEST_CASE("removing a camp clears it from claims; copies are independent and equal", "[model]") {
    ArgumentMap m;
    m.add_camp({"a", "A", "", "", {}});
    auto c = claim("x");
    c.camps = {"a"};
    m.add_claim(c);
    ArgumentMap copy = m;
    CHECK(copy == m);
    m.remove_camp("a");
    CHECK(m.claims()[0].camps.empty());
    CHECK_FALSE(copy == m);
    CHECK(copy.claims()[0].camps.size() == 1);
}

TEST_CASE("UTF-8 validation rejects overlongs, surrogates and truncation", "[model][utf8]") {
    CHECK(is_valid_utf8("plain"));
    CHECK(is_valid_utf8("\xE2\x9C\x93 \xF0\x9F\x98\x80"));
    CHECK_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate
    CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // > U+10FFFF
    CHECK_FALSE(is_valid_utf8("ab\xE2\x9C"));        // truncated
    CHECK(find_invalid_utf8("ab\xFFz") == 2);
}
