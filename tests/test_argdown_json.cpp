// The argdown-json reader on JSON that the real Argdown CLI (@argdown/cli 1.7.5) exported from
// the .argdown files next to it in tests/data/argdown-json/ (regenerate with
// `argdown json 'tests/data/argdown-json/*.argdown' tests/data/argdown-json`). Expectations
// come from reading the .argdown sources, not from the reader's output.
#include <catch2/catch.hpp>

#include <argmap/io.hpp>

#include <set>
#include <string>
#include <tuple>

using namespace argmap;
using io::ParseStatus;

namespace {

const std::string dir = std::string(ARGMAP_TEST_DATA) + "/argdown-json/";

ArgumentMap load(const std::string& name) {
    ArgumentMap m;
    const auto r = io::load_map(dir + name, m, io::Format::argdown_json);
    INFO(r.description());
    REQUIRE(r);
    return m;
}

using Edge = std::tuple<std::string, std::string, std::string>;  // type, source, target

// Relations with undercut targets spelled as "source->target" of the relation they hit.
std::set<Edge> edges(const ArgumentMap& m) {
    std::set<Edge> out;
    for (const Relation& r : m.relations()) {
        std::string target = r.target;
        if (r.type == RelationType::undercut) {
            const Relation* hit = m.find_relation(r.target);
            REQUIRE(hit);
            target = hit->source + "->" + hit->target;
        }
        out.insert({std::string(to_string(r.type)), r.source, target});
    }
    return out;
}

}  // namespace

TEST_CASE("argdown-json: statements, equivalence classes, tags, data, sections, relations", "[argdown-json]") {
    const ArgumentMap m = load("basics.json");
    REQUIRE(m.claims().size() == 5);
    const Claim* nt = m.find_claim("Night trains");
    REQUIRE(nt);
    CHECK(nt->kind == ClaimKind::claim);
    CHECK(nt->text == "Night trains should get public money.");  // the tag is kept apart
    CHECK(nt->tags == std::vector<std::string>{"transport"});
    CHECK(nt->data.at("argdown:equivalent-texts") == "Public money should go to sleeper services.");
    CHECK(nt->group == "Rail");
    const Claim* sf = m.find_claim("Short flights");
    REQUIRE(sf);
    CHECK(sf->text == "Night trains replace short flights.");
    CHECK(sf->weight == 0.8);
    CHECK(sf->provenance.source == "survey");
    CHECK(m.find_claim("Slow")->group == "Timetables");
    CHECK(m.metadata().at("argdown:sections") == "Rail\n  Timetables");
    CHECK(m.metadata().at("argdown:tag-colors").rfind("transport #", 0) == 0);
    CHECK(edges(m) == std::set<Edge>{
                          {"support", "Short flights", "Night trains"},
                          {"attack", "Cost", "Night trains"},
                          {"attack", "Cost", "Cheap"},  // >< is an attack each way
                          {"attack", "Cheap", "Cost"},
                          {"attack", "Slow", "Night trains"},
                          {"support", "Slow", "Cost"},
                      });
    // Claims come in the order the file mentions them.
    CHECK(m.claims()[0].id == "Night trains");
    CHECK(m.claims()[4].id == "Slow");
}

TEST_CASE("argdown-json: arguments, premise-conclusion structures, inference rules, undercuts", "[argdown-json]") {
    const ArgumentMap m = load("pcs.json");
    const Claim* climate = m.find_claim("Climate");
    REQUIRE(climate);
    CHECK(climate->kind == ClaimKind::argument);
    CHECK(climate->text == "Rail emits less than flying.");
    CHECK(climate->data.at("argdown:inference") == "from lower harm to preference");
    CHECK(climate->data.at("argdown:inference-data") == R"({"uses":[1,2]})");
    // Untitled premises are numbered by Argdown; the tag on the second one is a tag.
    const Claim* second = m.find_claim("Untitled 1");
    REQUIRE(second);
    CHECK(second->text == "Lower emissions matter.");
    CHECK(second->tags == std::vector<std::string>{"values"});
    REQUIRE(m.find_claim("Untitled 2"));
    CHECK(m.find_claim("Empty seats")->kind == ClaimKind::argument);
    // Premises support the argument, the argument its main conclusion (not the intermediate
    // one); the undercut hits that last inference.
    CHECK(edges(m) == std::set<Edge>{
                          {"support", "Emissions", "Climate"},
                          {"support", "Untitled 1", "Climate"},
                          {"support", "Untitled 2", "Climate"},
                          {"support", "Climate", "Night trains"},
                          {"undercut", "Empty seats", "Climate->Night trains"},
                      });
    REQUIRE(m.find_claim("Prefer rail"));
}

TEST_CASE("argdown-json: headings with tags and data", "[argdown-json]") {
    const ArgumentMap m = load("sections.json");
    // Written: "# Parking #transport {owner: "planning office"}" and "## Permits".
    CHECK(m.find_claim("Resident permits")->group == "Permits");
    CHECK(m.find_claim("Visitors")->group == "Parking");
    CHECK(m.metadata().at("argdown:sections") == "Parking\n  Permits");
    CHECK(m.metadata().at("argdown:section-tags:Parking") == "transport");
    CHECK(m.metadata().at("argdown:section-data:Parking") == R"({"owner":"planning office"})");
}

TEST_CASE("argdown-json: strict mode's entails, contrary and contradictory", "[argdown-json]") {
    const ArgumentMap m = load("strict.json");
    CHECK(edges(m) == std::set<Edge>{
                          {"support", "Rail", "Ban"},     // entails
                          {"attack", "Islands", "Ban"},   // contrary, as '-' reads
                          {"attack", "Ban", "Allow"},     // contradictory, as '><' reads
                          {"attack", "Allow", "Ban"},
                      });
}

TEST_CASE("argdown-json: Argdown's relation types are kept on the relations", "[argdown-json]") {
    const ArgumentMap strict = load("strict.json");
    auto type_of = [](const ArgumentMap& m, const std::string& a, const std::string& b) {
        for (const Relation* r : m.relations_from(a))
            if (r->target == b && r->type != RelationType::undercut) {
                auto it = r->data.find("argdown:relation-type");
                return it == r->data.end() ? std::string(to_string(r->type)) : it->second;
            }
        return std::string("none");
    };
    CHECK(type_of(strict, "Rail", "Ban") == "entails");
    CHECK(type_of(strict, "Islands", "Ban") == "contrary");
    CHECK(type_of(strict, "Ban", "Allow") == "contradictory");
    CHECK(type_of(strict, "Allow", "Ban") == "contradictory");
    const ArgumentMap loose = load("basics.json");
    CHECK(type_of(loose, "Short flights", "Night trains") == "support");
    CHECK(type_of(loose, "Cheap", "Cost") == "contradictory");
}

TEST_CASE("argdown-json: Argdown's plain text, with emphasis and links kept as ranges", "[argdown-json]") {
    const ArgumentMap m = load("markdown.json");
    const Claim* c = m.find_claim("Allotments");
    REQUIRE(c);
    // Written: "**Allotments** should be _cheaper_, see [the waiting list](https://example.org/list)."
    CHECK(c->text == "Allotments should be cheaper, see the waiting list.");
    const std::string& ranges = c->data.at("argdown:ranges");
    CHECK(ranges.find(R"("type":"bold")") != std::string::npos);
    CHECK(ranges.find(R"("type":"italic")") != std::string::npos);
    CHECK(ranges.find(R"("url":"https://example.org/list")") != std::string::npos);
}

TEST_CASE("argdown-json agrees with the Argdown reader on a file both read", "[argdown-json]") {
    for (const char* name : {"basics", "strict"}) {
        INFO(name);
        ArgumentMap from_text, from_json;
        REQUIRE(io::load_map(dir + name + ".argdown", from_text));
        REQUIRE(io::load_map(dir + name + ".json", from_json));
        CHECK(edges(from_text) == edges(from_json));
        REQUIRE(from_text.claims().size() == from_json.claims().size());
        for (const Claim& c : from_text.claims()) {
            const Claim* j = from_json.find_claim(c.id);
            REQUIRE(j);
            CHECK(j->text == c.text);
            CHECK(j->kind == c.kind);
            CHECK(j->tags == c.tags);
            CHECK(j->group == c.group);
            CHECK(j->weight == c.weight);
        }
    }
}

TEST_CASE("argdown-json: detected by content and by name; read only", "[argdown-json]") {
    CHECK(io::parse_format("argdown-json") == io::Format::argdown_json);
    CHECK(io::format_of("debate.argdown.json") == io::Format::argdown_json);
    ArgumentMap m;
    // A plain .json path: the content decides.
    REQUIRE(io::load_map(dir + "basics.json", m));
    CHECK(m.find_claim("Night trains"));
    CHECK_THROWS_AS(io::write_map(m, io::Format::argdown_json), io::WriteError);
    // An empty export is Argdown's too.
    REQUIRE(io::read_map(R"({"arguments": {}, "statements": {}, "relations": [], "sections": [], "tags": {}})",
                         io::Format::argdown_json, m));
    CHECK(m.empty());
}

TEST_CASE("argdown-json: bad input is located by JSON pointer", "[argdown-json]") {
    ArgumentMap m;
    auto r = io::read_map(R"({"statements": {"A": {"title": "A", "members": []}}, "arguments": {},
        "relations": [{"relationType": "attack", "from": "A", "fromType": "equivalence-class", "to": "B", "toType": "equivalence-class"}]})",
                          io::Format::argdown_json, m, "x.json");
    CHECK(r.status == ParseStatus::unknown_reference);
    CHECK(r.error.element == "/relations/0/to");
    CHECK(r.error.message.find("'B'") != std::string::npos);
    CHECK(m.empty());

    r = io::read_map(R"({"statements": {"a/b": {"title": "a/b", "data": {"weight": 2}}}, "arguments": {}})",
                     io::Format::argdown_json, m, "x.json");
    CHECK(r.status == ParseStatus::invalid_value);
    CHECK(r.error.element == "/statements/a~1b/data/weight");

    // Argdown keeps statement and argument titles apart; argmap names the argument "<X>", as the Argdown reader does.
    r = io::read_map(R"({"statements": {"X": {"title": "X"}}, "arguments": {"X": {"title": "X"}}})", io::Format::argdown_json, m, "x.json");
    REQUIRE(r.status == ParseStatus::ok);
    REQUIRE(m.find_claim("X"));
    REQUIRE(m.find_claim("<X>"));
    CHECK(m.find_claim("X")->kind == ClaimKind::claim);
    CHECK(m.find_claim("<X>")->kind == ClaimKind::argument);
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].element == "/arguments/X");
    CHECK(r.warnings[0].message.find("has the title of a statement") != std::string::npos);

    r = io::read_map("{\"statements\": {\n  \"A\": }", io::Format::argdown_json, m, "x.json");
    CHECK(r.status == ParseStatus::syntax_error);
    CHECK(r.error.line == 2);

    r = io::read_map(R"({"statements": [], "arguments": {}})", io::Format::argdown_json, m, "x.json");
    CHECK(r.status == ParseStatus::invalid_value);
    CHECK(r.error.element == "/statements");
}

TEST_CASE("argdown-json: what has no place is reported, not dropped silently", "[argdown-json]") {
    ArgumentMap m;
    const auto r = io::read_map(R"({"statements": {"A": {"title": "A", "members": [{"text": "a"}], "data": {"note": {"k": [1]}}},
                                                    "B": {"title": "B", "members": [{"text": "b"}]}},
        "arguments": {"U": {"title": "U", "members": [{"role": "argument-description", "text": "u"}]}},
        "relations": [{"relationType": "undercut", "from": "A", "fromType": "equivalence-class", "to": "U", "toType": "argument"},
                      {"relationType": "resembles", "from": "A", "to": "B"}],
        "frontMatter": {}})",
                                io::Format::argdown_json, m, "x.json");
    REQUIRE(r);
    CHECK(m.find_claim("A")->data.at("note") == R"({"k":[1]})");
    std::set<std::string> where;
    for (const auto& w : r.warnings) where.insert(w.element);
    CHECK(where == std::set<std::string>{"/relations/0", "/relations/1/relationType", "/frontMatter"});
    CHECK(m.relations().empty());
}
