#include <catch2/catch.hpp>

#include <argmap/io.hpp>
#include <argmap/semantics.hpp>

using namespace argmap;
using io::ParseStatus;

namespace {

const Relation* find(const ArgumentMap& m, RelationType t, std::string_view s, std::string_view d) {
    for (const auto& r : m.relations())
        if (r.type == t && r.source == s && r.target == d) return &r;
    return nullptr;
}

ArgumentMap parse_ok(std::string_view text) {
    ArgumentMap m;
    auto r = io::read_argdown(text, m, "t.argdown");
    INFO(r.description());
    REQUIRE(r);
    return m;
}

}  // namespace

TEST_CASE("statements, arguments, tags, data and headings", "[argdown]") {
    const auto m = parse_ok(R"(===
title: A small debate
author: "Jane \"J\" Doe"
camps:
  pro: {name: Pro side, color: "#00aa00"}
  con:
    name: Con side
    description: The sceptics
===

# Main question

[T]: We should do it. #policy #(long tag) {kind: thesis, weight: 0.8, camp: pro, source: "Report", locator: "p. 3", date: 2020-01-02, url: "https://example.org/x"}
<A1>: Because it helps.   {camps: [pro, con], extra: value}

## Objections
[O]: It costs a lot \#not-a-tag and \{braces\}. // a comment
/* a block
   comment */
[P]: After the comment. /* inline */
[Q]: Also fine. <!-- html comment -->
)");
    CHECK(m.title() == "A small debate");
    CHECK(m.metadata().at("author") == "Jane \"J\" Doe");
    REQUIRE(m.camps().size() == 2);
    CHECK(m.find_camp("pro")->color == "#00aa00");
    CHECK(m.find_camp("con")->description == "The sceptics");
    REQUIRE(m.claims().size() == 5);
    const Claim& t = *m.find_claim("T");
    CHECK(t.text == "We should do it.");
    CHECK(t.tags == std::vector<std::string>{"policy", "long tag"});
    CHECK(t.kind == ClaimKind::thesis);
    CHECK(t.weight == 0.8);
    CHECK(t.camps == std::vector<std::string>{"pro"});
    CHECK(t.provenance.source == "Report");
    CHECK(t.provenance.locator == "p. 3");
    CHECK(t.provenance.date == "2020-01-02");
    CHECK(t.provenance.url == "https://example.org/x");
    CHECK(t.group == "Main question");
    const Claim& a = *m.find_claim("A1");
    CHECK(a.kind == ClaimKind::argument);
    CHECK(a.text == "Because it helps.");
    CHECK(a.camps.size() == 2);
    CHECK(a.data.at("extra") == "value");
    const Claim& o = *m.find_claim("O");
    CHECK(o.text == "It costs a lot #not-a-tag and {braces}.");
    CHECK(o.group == "Objections");
    CHECK(m.find_claim("P")->text == "After the comment.");
    CHECK(m.find_claim("Q")->text == "Also fine.");
}

TEST_CASE("every relation notation", "[argdown]") {
    const auto m = parse_ok(R"(
[T]: Thesis.
  + [S1]: Supports T.
  - [A1]: Attacks T.
  <+ [S2]: Also supports T.
  <- [A2]: Also attacks T.
  +> [C1]: T supports C1.
  -> [C2]: T attacks C2.
  >< [K]: Contradicts T.
  + <Arg>: An argument for T.
    _ [U]: Undercuts Arg's inference. {relation_weight: 0.4}
    - [R]: Attacks Arg itself. {relation_weight: 0.25, relation_id: rebut}
)");
    CHECK(find(m, RelationType::support, "S1", "T"));
    CHECK(find(m, RelationType::attack, "A1", "T"));
    CHECK(find(m, RelationType::support, "S2", "T"));
    CHECK(find(m, RelationType::attack, "A2", "T"));
    CHECK(find(m, RelationType::support, "T", "C1"));
    CHECK(find(m, RelationType::attack, "T", "C2"));
    CHECK(find(m, RelationType::attack, "K", "T"));
    CHECK(find(m, RelationType::attack, "T", "K"));
    const Relation* arg_t = find(m, RelationType::support, "Arg", "T");
    REQUIRE(arg_t);
    const Relation* u = find(m, RelationType::undercut, "U", arg_t->id);
    REQUIRE(u);
    CHECK(u->weight == 0.4);
    const Relation* r = find(m, RelationType::attack, "R", "Arg");
    REQUIRE(r);
    CHECK(r->id == "rebut");
    CHECK(r->weight == 0.25);
    CHECK(m.relations().size() == 11);
}

TEST_CASE("a top-level undercut hits the argument's only inference, wherever it is stated", "[argdown]") {
    const auto m = parse_ok(R"(
<Arg>
  _ [U]: No.
[T]: Thesis.
  + <Arg>: For T.
[V]
  _> <Arg>
)");
    const Relation* arg_t = find(m, RelationType::support, "Arg", "T");
    REQUIRE(arg_t);
    CHECK(find(m, RelationType::undercut, "U", arg_t->id));
    CHECK(find(m, RelationType::undercut, "V", arg_t->id));
}

TEST_CASE("repeated mentions merge; references before definitions work", "[argdown]") {
    const auto m = parse_ok(R"(
[A]
  - [B]
[B]: Defined later.
[A]: Defined.
  - [B] {relation_weight: 0.5}
)");
    CHECK(m.claims().size() == 2);
    CHECK(m.find_claim("B")->text == "Defined later.");
    REQUIRE(m.relations().size() == 1);
    CHECK(m.relations()[0].weight == 0.5);
}

TEST_CASE("malformed Argdown gets the documented error at the right place", "[argdown][errors]") {
    struct Case {
        const char* text;
        ParseStatus status;
        std::size_t line, column;
        const char* message;
    };
    const Case cases[] = {
        {"[A]: ok\n  what is this", ParseStatus::syntax_error, 2, 1, "without a relation symbol"},
        {"[A]: ok\n  + ", ParseStatus::syntax_error, 2, 5, "expected a statement"},
        {"(1) [P]: premise", ParseStatus::syntax_error, 1, 1, "needs an argument title line"},
        {"<A>\n(1) [P]: p\n(2 [Q]: q", ParseStatus::syntax_error, 3, 3, "expected ')'"},
        {"[A]: x\n----", ParseStatus::syntax_error, 2, 1, "inside a premise-conclusion structure"},
        {"<A>\n(1) <B>: no", ParseStatus::syntax_error, 2, 5, "premises and conclusions are statements"},
        {"[A: unclosed", ParseStatus::syntax_error, 1, 1, "expected ']'"},
        {"<A: unclosed", ParseStatus::syntax_error, 1, 1, "expected '>'"},
        {"  + [B]: orphan", ParseStatus::syntax_error, 1, 3, "relation has no parent"},
        {"[A]: x\n  [B]: no symbol", ParseStatus::syntax_error, 2, 1, "without a relation symbol"},
        {"[A]: x {weight: 2}", ParseStatus::invalid_value, 1, 17, "number in [0,1]"},
        {"[A]: x {weight: heavy}", ParseStatus::invalid_value, 1, 17, "number in [0,1]"},
        {"[A]: x {kind: poem}", ParseStatus::invalid_value, 1, 15, "unknown kind 'poem'"},
        {"[A]: x {camp: ghosts}", ParseStatus::unknown_reference, 1, 15, "unknown camp 'ghosts'"},
        {"[A]: x {weight: 0.5", ParseStatus::syntax_error, 1, 20, "expected ',' or '}'"},
        {"[A]: x {weight: 0.5} trailing", ParseStatus::syntax_error, 1, 22, "after the data block"},
        {"[A]: x {a: 1, a: 2}", ParseStatus::syntax_error, 1, 15, "duplicate key 'a'"},
        {"[A]: x\n<A>: y", ParseStatus::duplicate_id, 2, 1, "both as a statement and as an argument"},
        {"[A]: x\n  + [A]: x", ParseStatus::invalid_value, 2, 3, "cannot support itself"},
        {"[A]: x {relation_weight: 0.5}", ParseStatus::invalid_value, 1, 26, "only to a relation line"},
        {"===\ntitle: x\n", ParseStatus::syntax_error, 1, 1, "never closed"},
        {"===\ntitle x\n===\n", ParseStatus::syntax_error, 2, 8, "expected 'key: value'"},
        {"===\ncamps: [a]\n===\n", ParseStatus::invalid_value, 2, 8, "'camps' must be a mapping"},
        {"===\ncamps:\n  a: {color: not-a-colour}\n===\n", ParseStatus::invalid_value, 3, 6, "colour of camp"},
        {"[A]: x\n/* never closed", ParseStatus::syntax_error, 2, 1, "unterminated comment"},
        {"[A]: caf\xC3\n", ParseStatus::invalid_utf8, 1, 9, "invalid UTF-8"},
        {"[A]: x\n<B>\n  _ [U]", ParseStatus::unknown_reference, 3, 3, "exactly one inference"},
        {"[A]: x\n  + [B] {relation_weight: 0.5, relation_id: r1}\n  - [C] {relation_id: r1}", ParseStatus::duplicate_id, 3, 3, "duplicate relation id"},
        {"[A]: x {a: {b: {c: {d: {e: {f: {g: {h: {i: {j: {k: {l: {m: {n: {o: {p: {q: {r: {s: {t: {u: {v: {w: {x: {y: {z: {0: {1: {2: {3: {4: {5: {6: {7: 1}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}", ParseStatus::syntax_error, 1, 0, "deeper than 32"},
        {"# ", ParseStatus::syntax_error, 1, 2, "expected heading text"},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        ArgumentMap m;
        Claim pre;
        pre.id = "stale";
        m.add_claim(pre);
        const auto r = io::read_argdown(c.text, m, "bad.argdown");
        INFO(r.description());
        REQUIRE_FALSE(r);
        CHECK(r.status == c.status);
        CHECK(r.error.file == "bad.argdown");
        CHECK(r.error.line == c.line);
        if (c.column) CHECK(r.error.column == c.column);
        CHECK_THAT(r.error.message, Catch::Contains(c.message));
        CHECK_THAT(r.description(), Catch::StartsWith("bad.argdown:" + std::to_string(c.line) + ":"));
        CHECK(m.empty());  // the output is cleared on failure
    }
}

TEST_CASE("unknown data that cannot be kept is reported as a warning", "[argdown]") {
    ArgumentMap m;
    const auto r = io::read_argdown("[A]: x {nested: {a: 1}}\n[B]", m, "w.argdown");
    REQUIRE(r);
    REQUIRE(r.warnings.size() == 2);
    CHECK(r.warnings[0].line == 1);
    CHECK_THAT(r.warnings[0].message, Catch::Contains("'nested' ignored"));
    CHECK_THAT(r.warnings[1].message, Catch::Contains("never given a text"));
}

TEST_CASE("a missing file is a file error naming the path", "[argdown]") {
    ArgumentMap m;
    const auto r = io::read_argdown_file("/nonexistent/dir/x.argdown", m);
    CHECK(r.status == ParseStatus::file_error);
    CHECK_THAT(r.description(), Catch::StartsWith("/nonexistent/dir/x.argdown: error: cannot open file"));
}

TEST_CASE("Argdown written by argmap reads back as the same map", "[argdown][roundtrip]") {
    ArgumentMap m;
    const auto r = io::read_argdown_file(std::string(ARGMAP_EXAMPLES) + "/central-asia/central-asia.argdown", m);
    REQUIRE(r);
    ArgumentMap back;
    const std::string text = io::write_argdown(m);
    const auto r2 = io::read_argdown(text, back, "written.argdown");
    INFO(r2.description());
    REQUIRE(r2);
    CHECK(back == m);

    // Awkward texts: markers the reader would otherwise take as tags, data or comments.
    ArgumentMap odd;
    Claim c;
    c.id = "a]b";
    c.text = "100% #1 {x} a//b c/*d <!--e back\\slash";
    c.tags = {"two words", "x)y"};
    c.group = "G";
    odd.add_claim(c);
    Claim d;
    d.id = "plain";
    odd.add_claim(d);
    ArgumentMap odd_back;
    const auto r3 = io::read_argdown(io::write_argdown(odd), odd_back, "odd.argdown");
    INFO(io::write_argdown(odd));
    INFO(r3.description());
    REQUIRE(r3);
    CHECK(odd_back == odd);
}

TEST_CASE("the Central Asia map is complete and evaluates", "[argdown][example]") {
    ArgumentMap m;
    const auto r = io::read_argdown_file(std::string(ARGMAP_EXAMPLES) + "/central-asia/central-asia.argdown", m);
    INFO(r.description());
    REQUIRE(r);
    CHECK(r.warnings.empty());
    CHECK(m.claims().size() >= 30);
    REQUIRE(m.camps().size() == 3);
    std::size_t theses = 0;
    for (const auto& c : m.claims()) {
        INFO(c.id);
        CHECK_FALSE(c.text.empty());
        CHECK_FALSE(c.provenance.locator.empty());
        CHECK_FALSE(c.camps.empty());
        theses += c.kind == ClaimKind::thesis;
    }
    CHECK(theses == 1);
    std::size_t undercuts = 0;
    for (const auto& rel : m.relations()) undercuts += rel.type == RelationType::undercut;
    CHECK(undercuts >= 3);
    const auto labels = evaluate_grounded(m);
    // The author's thesis stands; the alliance reading and the clash forecast fall.
    CHECK(labels[*m.claim_index("Co-existence")] == Label::in);
    CHECK(labels[*m.claim_index("De facto alliance")] == Label::out);
    CHECK(labels[*m.claim_index("Clash in Central Asia")] == Label::out);
    CHECK(labels[*m.claim_index("Open Chinese base")] == Label::undec);
}

TEST_CASE("premise-conclusion structures, inference rules and equivalence classes", "[argdown][pcs]") {
    ArgumentMap m;
    const auto r = io::read_argdown(R"(# Energy

[Nuclear]: We should keep the nuclear plants running.
[Nuclear]: Nuclear power should stay in the mix.

<Climate argument>: Closing the plants raises emissions.

(1) [Low carbon]: Nuclear plants emit almost no CO2.
(2) Replacing them means burning more gas. #energy
    - <Renewables>: Renewables can replace them instead.
-- Modus ponens {uses: [1, 2]} --
(3) [Emissions]: Closing them would raise emissions.
(4) Higher emissions are bad.
----
(5) [Nuclear]

<Cost argument>

(1) [Expensive]: The plants are expensive to maintain.
(2) [Unsafe]: They carry a risk of accidents.
)",
                                    m, "pcs.argdown");
    INFO(r.description());
    REQUIRE(r);
    // The equivalence class keeps the first text and the other.
    CHECK(m.find_claim("Nuclear")->text == "We should keep the nuclear plants running.");
    CHECK(m.find_claim("Nuclear")->data.at("argdown:equivalent-texts") == "Nuclear power should stay in the mix.");
    // Untitled premises get Argdown's generated titles.
    REQUIRE(m.find_claim("Untitled 1"));
    CHECK(m.find_claim("Untitled 1")->text == "Replacing them means burning more gas.");
    CHECK(m.find_claim("Untitled 1")->tags == std::vector<std::string>{"energy"});
    CHECK(m.find_claim("Untitled 2")->text == "Higher emissions are bad.");
    // Premises support the argument; the argument supports its main conclusion, which is
    // equivalent to the statement [Nuclear]: so the argument supports that statement.
    CHECK(find(m, RelationType::support, "Low carbon", "Climate argument"));
    CHECK(find(m, RelationType::support, "Untitled 1", "Climate argument"));
    CHECK(find(m, RelationType::support, "Untitled 2", "Climate argument"));
    CHECK(find(m, RelationType::support, "Climate argument", "Nuclear"));
    // The intermediate conclusion is neither a premise nor the main conclusion.
    CHECK_FALSE(find(m, RelationType::support, "Emissions", "Climate argument"));
    CHECK_FALSE(find(m, RelationType::support, "Climate argument", "Emissions"));
    // A relation indented below a PCS statement attaches to that statement.
    CHECK(find(m, RelationType::attack, "Renewables", "Untitled 1"));
    CHECK(m.find_claim("Climate argument")->data.at("argdown:inference") == "Modus ponens");
    // A PCS without an inference line: all premises, and a warning with its position.
    CHECK(find(m, RelationType::support, "Expensive", "Cost argument"));
    CHECK(find(m, RelationType::support, "Unsafe", "Cost argument"));
    bool warned = false;
    for (const auto& w : r.warnings) warned |= w.message.find("ends without a conclusion") != std::string::npos && w.line == 20;
    CHECK(warned);
    bool data_warning = false;
    for (const auto& w : r.warnings) data_warning |= w.message.find("data on inference lines") != std::string::npos && w.line == 11;
    CHECK(data_warning);
    CHECK(m.find_claim("Low carbon")->group == "Energy");
}

TEST_CASE("real-world-style maps: every construct lands as the right claims and relations", "[argdown][maps]") {
    const std::string dir = std::string(ARGMAP_TEST_DATA) + "/argdown/";
    {
        ArgumentMap m;
        const auto r = io::read_argdown_file(dir + "uniforms.argdown", m);
        INFO(r.description());
        REQUIRE(r);
        CHECK(r.warnings.empty());
        CHECK(m.title() == "Should schools require uniforms?");
        CHECK(m.metadata().at("author") == "argmap test suite");
        CHECK(m.camps().size() == 2);
        const Claim& thesis = *m.find_claim("Uniforms");
        CHECK(thesis.kind == ClaimKind::thesis);
        CHECK(thesis.tags == std::vector<std::string>{"policy"});
        CHECK(thesis.group == "The question");
        CHECK(thesis.data.at("argdown:equivalent-texts") == "Pupils should wear school uniforms.");
        CHECK(find(m, RelationType::support, "Equality", "Uniforms"));       // + below the thesis, and the PCS conclusion
        CHECK(find(m, RelationType::attack, "Expression", "Uniforms"));
        CHECK(find(m, RelationType::attack, "Expression elsewhere", "Expression"));
        const Relation* cost = find(m, RelationType::attack, "Cost", "Uniforms");  // <- notation
        REQUIRE(cost);
        CHECK(find(m, RelationType::undercut, "Subsidies", cost->id));
        CHECK(find(m, RelationType::support, "Visible income", "Equality"));
        CHECK(find(m, RelationType::support, "Visible differences hurt", "Equality"));
        CHECK(find(m, RelationType::attack, "Weak evidence", "Visible differences hurt"));
        CHECK(find(m, RelationType::support, "Uniform price", "Cost"));
        CHECK(find(m, RelationType::support, "Untitled 1", "Cost"));
        CHECK(find(m, RelationType::support, "Cost", "Uniforms harm the poor"));
        CHECK(find(m, RelationType::attack, "Uniforms help the poor", "Uniforms harm the poor"));  // ><
        CHECK(find(m, RelationType::attack, "Uniforms harm the poor", "Uniforms help the poor"));
        CHECK(m.find_claim("Equality")->data.at("argdown:inference") == "Modus ponens");
        CHECK(m.find_claim("Uniform price")->group == "Arguments in detail");
        CHECK(m.find_claim("Expression")->camps == std::vector<std::string>{"students"});
    }
    {
        ArgumentMap m;
        const auto r = io::read_argdown_file(dir + "four-day-week.argdown", m);
        INFO(r.description());
        REQUIRE(r);
        CHECK(m.find_camp("unions")->preferences == std::vector<std::string>{"wellbeing", "output"});
        const Claim& p = *m.find_claim("Productivity");
        CHECK(p.provenance.source == "Pilot report");
        CHECK(p.provenance.locator == "p. 12");
        CHECK(p.values == std::vector<std::string>{"output"});
        CHECK(p.weight == 0.7);
        const Relation* coverage = find(m, RelationType::attack, "Coverage", "Four days");
        REQUIRE(coverage);
        const Relation* rotas = find(m, RelationType::undercut, "Rotas", coverage->id);
        REQUIRE(rotas);
        CHECK(rotas->weight == 0.6);
        CHECK(find(m, RelationType::support, "Four days", "Recruitment"));  // +>
        CHECK(find(m, RelationType::attack, "Four days", "Overtime"));      // ->
        CHECK(find(m, RelationType::attack, "Selection", "Productivity")->weight == 0.5);
        const Relation* pilot = find(m, RelationType::support, "Pilot", "Four days");
        REQUIRE(pilot);
        CHECK(find(m, RelationType::undercut, "Selection", pilot->id));  // _> on the argument's only inference
        // The two camps read the same map differently as audiences.
        ProjectionOptions unions, employers;
        unions.audience = "unions";
        employers.audience = "employers";
        const auto u = evaluate_grounded(m, unions), e = evaluate_grounded(m, employers);
        const std::size_t t = *m.claim_index("Four days");
        CHECK(u[t] == Label::in);  // wellbeing outranks output: Coverage's attack fails
        CHECK(e[t] == Label::in);  // Rotas undercuts Coverage's attack anyway
    }
}
