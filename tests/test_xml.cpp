#include <catch2/catch.hpp>

#include <argmap/io.hpp>

#include <random>

#include "helpers.hpp"

using namespace argmap;
using helpers::random_map;
using io::ParseStatus;


TEST_CASE("native XML round-trips the Central Asia map exactly", "[xml][roundtrip]") {
    ArgumentMap m;
    REQUIRE(io::read_argdown_file(std::string(ARGMAP_EXAMPLES) + "/central-asia/central-asia.argdown", m));
    const std::string xml = io::write_xml(m);
    ArgumentMap back;
    const auto r = io::read_xml(xml, back, "ca.xml");
    INFO(r.description());
    REQUIRE(r);
    CHECK(back == m);
    CHECK(io::write_xml(back) == xml);  // and writing again gives the same bytes
}

TEST_CASE("native XML round-trips random maps with unicode and markup in every field", "[xml][roundtrip]") {
    for (std::uint32_t seed = 1; seed <= 300; ++seed) {
        const ArgumentMap m = random_map(seed);
        const std::string xml = io::write_xml(m);
        ArgumentMap back;
        const auto r = io::read_xml(xml, back, "random.xml");
        INFO("seed " << seed << ": " << r.description());
        REQUIRE(r);
        REQUIRE(back == m);
    }
}

TEST_CASE("malformed native XML gets an error with position or element path", "[xml][errors]") {
    struct Case {
        std::string text;
        ParseStatus status;
        std::size_t line;
        const char* element;
        const char* message;
    };
    const std::string head = "<?xml version=\"1.0\"?>\n<argmap version=\"1\">\n";
    const Case cases[] = {
        {"<argmap version=\"1\"><claims>\n<claim id=\"a\"></claims></argmap>", ParseStatus::syntax_error, 2, "", "malformed XML"},
        {"", ParseStatus::syntax_error, 1, "", "malformed XML"},
        {"<other/>", ParseStatus::invalid_value, 1, "/other", "expected root element <argmap>"},
        {"<argmap version=\"2\"/>", ParseStatus::unsupported, 1, "/argmap", "unsupported version"},
        {head + "<claims>\n  <claim id=\"a\" weight=\"1.5\"><text>x</text></claim>\n</claims></argmap>", ParseStatus::invalid_value, 4, "/argmap/claims[1]/claim[1]", "weight must be a number in [0,1]"},
        {head + "<claims>\n<claim id=\"a\"><text>x</text></claim>\n<claim id=\"a\"><text>y</text></claim>\n</claims></argmap>", ParseStatus::duplicate_id, 5, "/argmap/claims[1]/claim[2]", "duplicate claim id 'a'"},
        {head + "<claims><claim id=\"a\"><text>x</text></claim></claims>\n<relations>\n<relation id=\"r\" type=\"attack\" source=\"a\" target=\"ghost\"/>\n</relations></argmap>", ParseStatus::unknown_reference, 5, "/argmap/relations[1]/relation[1]", "unknown claim 'ghost'"},
        {head + "<claims><claim id=\"a\"><text>x</text><colour/></claim></claims></argmap>", ParseStatus::unsupported, 3, "/argmap/claims[1]/claim[1]/colour[1]", "unexpected element <colour>"},
        {head + "<claims><claim id=\"a\" kind=\"poem\"/></claims></argmap>", ParseStatus::invalid_value, 3, "/argmap/claims[1]/claim[1]", "unknown kind 'poem'"},
        {head + "<claims><claim/></claims></argmap>", ParseStatus::invalid_value, 3, "/argmap/claims[1]/claim[1]", "missing attribute 'id'"},
        {head + "<claims><claim id=\"a\" colour=\"red\"/></claims></argmap>", ParseStatus::unsupported, 3, "/argmap/claims[1]/claim[1]", "unexpected attribute 'colour'"},
        {head + "<claims><claim id=\"a\"><camp ref=\"nobody\"/></claim></claims></argmap>", ParseStatus::unknown_reference, 3, "/argmap/claims[1]/claim[1]", "unknown camp 'nobody'"},
        {head + "<relations/></argmap>", ParseStatus::syntax_error, 3, "/argmap/relations[1]", "must come after <claims>"},
        {"<?xml version=\"1.0\"?>\n<!DOCTYPE argmap [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<argmap version=\"1\"><title>&xxe;</title></argmap>", ParseStatus::unsupported, 2, "/", "DOCTYPE is not allowed"},
        {head + "<title>caf\xC3</title></argmap>", ParseStatus::invalid_utf8, 3, "", "invalid UTF-8"},
        {head + "<claims><claim id=\"a\"><text>x<b/></text></claim></claims></argmap>", ParseStatus::unsupported, 3, "/argmap/claims[1]/claim[1]/text[1]/b", "unexpected element inside text"},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        ArgumentMap m;
        const auto r = io::read_xml(c.text, m, "bad.xml");
        INFO(r.description());
        REQUIRE_FALSE(r);
        CHECK(r.status == c.status);
        CHECK(r.error.line == c.line);
        CHECK(r.error.element == c.element);
        CHECK_THAT(r.error.message, Catch::Contains(c.message));
        CHECK(m.empty());
    }
}

TEST_CASE("load_map and save_map pick the format by extension", "[xml][io]") {
    CHECK(io::format_of("a/b.ARGDOWN") == io::Format::argdown);
    CHECK(io::format_of("x.xml") == io::Format::xml);
    CHECK_FALSE(io::format_of("x.docx"));
    ArgumentMap m;
    const auto r = io::load_map("map.docx", m);
    CHECK(r.status == ParseStatus::unsupported);
    CHECK_THROWS_AS(io::save_map(m, "out.docx"), io::WriteError);
}
