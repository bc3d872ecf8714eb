#include <catch2/catch.hpp>

#include <argmap/io.hpp>

#include <algorithm>
#include <set>
#include <tuple>

#include "helpers.hpp"

using namespace argmap;
using io::Format;
using io::ParseStatus;

namespace {

ArgumentMap example() {
    ArgumentMap m;
    REQUIRE(io::read_argdown_file(std::string(ARGMAP_EXAMPLES) + "/central-asia/central-asia.argdown", m));
    return m;
}

ArgumentMap round_trip(const ArgumentMap& m, Format f) {
    ArgumentMap back;
    const std::string text = io::write_map(m, f);
    const auto r = io::read_map(text, f, back, "round-trip");
    INFO(io::to_string(f) << ": " << r.description());
    REQUIRE(r);
    return back;
}

using Edge = std::tuple<RelationType, std::string, std::string>;
std::set<Edge> edges(const ArgumentMap& m, bool attacks_only = false) {
    std::set<Edge> out;
    for (const auto& r : m.relations())
        if (r.type != RelationType::undercut && (!attacks_only || r.type == RelationType::attack))
            out.insert({r.type, r.source, r.target});
    return out;
}

}  // namespace

TEST_CASE("JSON keeps everything, on the example and on random unicode maps", "[formats][json]") {
    const ArgumentMap m = example();
    CHECK(round_trip(m, Format::json) == m);
    CHECK(io::lost_in(m, Format::json).empty());
    for (std::uint32_t seed = 1; seed <= 200; ++seed) {
        const ArgumentMap r = helpers::random_map(seed);
        INFO("seed " << seed);
        REQUIRE(round_trip(r, Format::json) == r);
    }
}

TEST_CASE("GraphML keeps claims, attacks, supports and camp names; loses what it lists", "[formats][graphml]") {
    const ArgumentMap m = example();
    const ArgumentMap back = round_trip(m, Format::graphml);
    // The list of what is lost, for this map.
    CHECK(io::lost_in(m, Format::graphml) ==
          std::vector<std::string>{"3 undercuts (GraphML edges cannot end on edges)",
                                   "camp descriptions and preferences (names and colours are kept)", "map metadata"});
    CHECK(back.title() == m.title());
    REQUIRE(back.claims().size() == m.claims().size());
    for (std::size_t i = 0; i < m.claims().size(); ++i) CHECK(back.claims()[i] == m.claims()[i]);  // every claim field
    CHECK(edges(back) == edges(m));
    REQUIRE(back.camps().size() == 3);
    CHECK(back.camps()[0].name == m.camps()[0].name);
    CHECK(back.camps()[0].color == m.camps()[0].color);
    for (const auto& r : back.relations()) CHECK(r.weight == m.find_relation(r.id)->weight);
}

TEST_CASE("GraphML as NetworkX writes it", "[formats][graphml]") {
    ArgumentMap m;
    const auto r = io::load_map(std::string(ARGMAP_TEST_DATA) + "/networkx.graphml", m);
    INFO(r.description());
    REQUIRE(r);
    REQUIRE(m.claims().size() == 3);
    CHECK(m.find_claim("tax")->text == "Raise the carbon tax.");
    CHECK(m.find_claim("tax")->weight == 0.6);
    CHECK(m.find_claim("jobs")->weight == 1.0);
    CHECK(edges(m) == std::set<Edge>{{RelationType::attack, "jobs", "tax"}, {RelationType::attack, "green", "jobs"},
                                     {RelationType::support, "green", "tax"}});
}

TEST_CASE("i23, APX, TGF and BAG carry what abstract frameworks can", "[formats][iccma][bag]") {
    ArgumentMap m;
    REQUIRE(io::read_argdown("[a]: one {weight: 0.5}\n  - [b]: two\n  + [c]: three {relation_weight: 0.25}\n[b]\n  - [a]\n", m, "t.argdown"));
    for (Format f : {Format::i23, Format::apx, Format::tgf}) {
        INFO(io::to_string(f));
        const ArgumentMap back = round_trip(m, f);
        CHECK(edges(back, true).size() == 2);
        std::vector<std::string> lost{"1 supports", "1 claim weights", "1 relation weights", "3 claim texts"};
        // i23 numbers its arguments: the ids a, b, c come back as 1, 2, 3.
        if (f == Format::i23)
            lost.insert(lost.begin(), "3 claim ids other than their position 1..N (i23 numbers arguments; names stay in comments only)");
        CHECK(io::lost_in(m, f) == lost);
    }
    CHECK(edges(round_trip(m, Format::apx), true) == edges(m, true));
    CHECK(edges(round_trip(m, Format::tgf), true) == edges(m, true));
    // i23 numbers arguments in map order.
    CHECK(edges(round_trip(m, Format::i23), true) == std::set<Edge>{{RelationType::attack, "2", "1"}, {RelationType::attack, "1", "2"}});
    const ArgumentMap bag = round_trip(m, Format::bag);
    CHECK(edges(bag) == edges(m));
    CHECK(bag.find_claim("a")->weight == 0.5);
    CHECK(io::lost_in(m, Format::bag) == std::vector<std::string>{"3 claim texts"});
    // Names a format cannot spell are refused, not mangled.
    ArgumentMap spaced;
    Claim c;
    c.id = "two words";
    spaced.add_claim(c);
    CHECK_THROWS_AS(io::write_tgf(spaced), io::WriteError);
    CHECK_THROWS_AS(io::write_apx(spaced), io::WriteError);
    CHECK_THROWS_AS(io::write_bag(spaced), io::WriteError);
    CHECK(io::write_i23(spaced) == "p af 1\n# 1 two words\n");
}

TEST_CASE("every reader reports bad input with a position or element path", "[formats][errors]") {
    struct Case {
        Format format;
        std::string text;
        ParseStatus status;
        std::size_t line;
        std::string element;
        const char* message;
    };
    const std::string nest(200, '[');
    const Case cases[] = {
        {Format::json, "{\n  \"format\": \"argmap\",\n  \"version\": 1,,\n}", ParseStatus::syntax_error, 3, "", "malformed JSON"},
        {Format::json, "{\"format\": \"argmap\", \"version\": 1, \"claims\": [{\"id\": \"a\", \"colour\": 1}]}", ParseStatus::unsupported, 0, "/claims/0/colour", "unknown member 'colour'"},
        {Format::json, "{\"format\": \"argmap\", \"version\": 1, \"claims\": [{\"id\": \"a\", \"weight\": 3}]}", ParseStatus::invalid_value, 0, "/claims/0/weight", "weight must be in [0,1]"},
        {Format::json, "{\"format\": \"argmap\", \"version\": 1, \"claims\": [{\"id\": 5}]}", ParseStatus::invalid_value, 0, "/claims/0/id", "expected a string"},
        {Format::json, "{\"format\": \"argmap\", \"version\": 1, \"claims\": [{\"id\": \"a\"}], \"relations\": [{\"type\": \"attack\", \"source\": \"a\", \"target\": \"z\"}]}", ParseStatus::unknown_reference, 0, "/relations/0", "unknown claim 'z'"},
        {Format::json, "{\"format\": \"argmap\", \"version\": 1, \"claims\": [{\"id\": \"a\"}, {\"id\": \"a\"}]}", ParseStatus::duplicate_id, 0, "/claims/1", "duplicate claim id"},
        {Format::json, "{\"format\": \"other\", \"version\": 1}", ParseStatus::unsupported, 0, "/format", "expected \"argmap\""},
        {Format::json, nest, ParseStatus::unsupported, 1, "", "deeper than 64"},  // at 1:66, the 66th [
        {Format::json, "{\"format\": \"argmap\", \"version\": 1, \"title\": \"caf\xC3\"}", ParseStatus::invalid_utf8, 1, "", "invalid UTF-8"},
        {Format::graphml, "<graphml><graph edgedefault=\"directed\">\n<node id=\"a\"><data key=\"nokey\">x</data></node></graph></graphml>", ParseStatus::unknown_reference, 2, "/graphml/graph/node[1]/data", "unknown key 'nokey'"},
        {Format::graphml, "<graphml><graph edgedefault=\"undirected\"/></graphml>", ParseStatus::unsupported, 1, "/graphml/graph", "undirected"},
        {Format::graphml, "<graphml><graph>\n<node id=\"a\"/>\n<edge source=\"a\" target=\"b\"/></graph></graphml>", ParseStatus::unknown_reference, 3, "/graphml/graph/edge[1]", "unknown claim 'b'"},
        {Format::graphml, "<?xml version=\"1.0\"?>\n<!DOCTYPE g [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<graphml/>", ParseStatus::unsupported, 2, "/", "DOCTYPE"},
        {Format::graphml, "<graphml><graph><node id=\"a\"></graph></graphml>", ParseStatus::syntax_error, 1, "", "malformed XML"},
        // Found by fuzz/fuzz_readers: these used to escape as exceptions.
        {Format::tgf, "a\x06\n", ParseStatus::syntax_error, 1, "", "control character"},
    };
    for (const Case& c : cases) {
        INFO(io::to_string(c.format) << ": " << c.text.substr(0, 120));
        ArgumentMap m;
        const auto r = io::read_map(c.text, c.format, m, "bad");
        INFO(r.description());
        REQUIRE_FALSE(r);
        CHECK(r.status == c.status);
        CHECK(r.error.line == c.line);
        CHECK(r.error.element == c.element);
        CHECK_THAT(r.error.message, Catch::Contains(c.message));
        CHECK(m.empty());
    }
}

TEST_CASE("formats by name and extension", "[formats]") {
    for (Format f : {Format::argdown, Format::xml, Format::json, Format::graphml, Format::aif, Format::bag, Format::i23,
                     Format::apx, Format::tgf})
        CHECK(io::parse_format(io::to_string(f)) == f);
    CHECK(io::format_of("x.aif.json") == Format::aif);
    CHECK(io::format_of("x.json") == Format::json);
    CHECK(io::format_of("x.GraphML") == Format::graphml);
    CHECK(io::format_of("x.af") == Format::i23);
    CHECK_FALSE(io::parse_format("yaml"));
}

TEST_CASE("huge and deeply nested inputs are read or refused, never crash", "[formats][huge]") {
    // 50,000 claims and 49,999 relations in Argdown: quadratic work would not finish here.
    std::string big;
    for (int i = 0; i < 50000; ++i) big += "[c" + std::to_string(i) + "]: claim " + std::to_string(i) + "\n";
    for (int i = 1; i < 50000; ++i) big += "[c" + std::to_string(i / 2) + "]\n  - [c" + std::to_string(i) + "]\n";
    ArgumentMap m;
    REQUIRE(io::read_argdown(big, m, "big.argdown"));
    CHECK(m.claims().size() == 50000);
    CHECK(m.relations().size() == 49999);
    // The same map through every lossless format.
    CHECK(round_trip(m, Format::xml) == m);
    CHECK(round_trip(m, Format::json) == m);
    // Relation chains nested by indentation: up to ReadLimits::max_depth levels are read, one
    // more is refused at the first character of the line that goes too deep (the reader
    // descends one statement and one relation block per level, so the cap bounds its stack).
    auto chain = [](int levels) {
        std::string deep = "[r]: root\n";
        for (int i = 1; i <= levels; ++i) deep += std::string(2 * i, ' ') + "- [d" + std::to_string(i) + "]\n";
        return deep;
    };
    const io::ReadLimits defaults;
    const int at_limit = static_cast<int>(defaults.max_depth);
    ArgumentMap d;
    REQUIRE(io::read_argdown(chain(at_limit), d, "deep.argdown"));
    CHECK(d.relations().size() == defaults.max_depth);
    const auto too_deep = io::read_argdown(chain(5000), d, "deep.argdown");
    CHECK(too_deep.status == io::ParseStatus::limit_exceeded);
    CHECK(too_deep.error.line == defaults.max_depth + 2);  // line 1 is the root, line k + 1 is level k
    CHECK(too_deep.error.column == 2 * defaults.max_depth + 3);
    io::ReadLimits deeper;
    deeper.max_depth = 1000;
    REQUIRE(io::read_argdown(chain(1000), d, "deep.argdown", deeper));
    CHECK(d.relations().size() == 1000);
    // 100,000 nested XML elements: a clear error, no stack overflow.
    std::string xml = "<argmap version=\"1\">";
    for (int i = 0; i < 100000; ++i) xml += "<claims>";
    ArgumentMap x;
    const auto r = io::read_xml(xml, x, "deep.xml");
    CHECK_FALSE(r);
    std::string gml = "<graphml><graph>";
    for (int i = 0; i < 100000; ++i) gml += "<node id=\"n\">";
    CHECK_FALSE(io::read_graphml(gml, x, "deep.graphml"));
}
