#include <catch2/catch.hpp>

#include <argmap/io.hpp>
#include <argmap/semantics.hpp>
#include <argmap/text.hpp>

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
        {"[A]: ok\n  + ", ParseStatus::syntax_error, 2, 5, "expected a statement or an argument after the relation symbol"},
        {"<A>\n(1) [P]: p\n(2 [Q]: q", ParseStatus::syntax_error, 3, 4, "found a statement definition '[Q]:'"},
        {"[A]: x\n----", ParseStatus::syntax_error, 2, 1, "found an inference line"},
        {"<A>\n(1) <B>: no", ParseStatus::syntax_error, 2, 5, "premises and conclusions are statements"},
        {"  + [B]: orphan", ParseStatus::syntax_error, 1, 3, "a relation needs a parent"},
        {"[A]: x\n\n  - [B]: after a blank line", ParseStatus::syntax_error, 3, 3, "a relation needs a parent"},
        {"[A]: x\n  [B]: no symbol", ParseStatus::syntax_error, 2, 3, "found a statement definition '[B]:'"},
        {"[A]: x {weight: 2}", ParseStatus::invalid_value, 1, 17, "number in [0,1]"},
        {"[A]: x {weight: heavy}", ParseStatus::invalid_value, 1, 17, "number in [0,1]"},
        {"[A]: x {kind: poem}", ParseStatus::invalid_value, 1, 15, "unknown kind 'poem'"},
        {"[A]: x {camp: ghosts}", ParseStatus::unknown_reference, 1, 15, "unknown camp 'ghosts'"},
        {"[A]: x {weight: [0.5}", ParseStatus::syntax_error, 1, 0, "malformed YAML data"},
        {"[A]: x {weight: 0.5} trailing", ParseStatus::syntax_error, 1, 22, "found text 'trailing'"},
        {"[A]: x {a: 1, a: 2}", ParseStatus::syntax_error, 1, 15, "duplicate key 'a'"},
        {"[A]: x {relation_weight: 0.5}", ParseStatus::invalid_value, 1, 26, "only to a relation line"},
        {"===\ntitle x\n===\n\n[A]: x", ParseStatus::syntax_error, 2, 1, "must be a YAML mapping"},
        {"===\ntitle: a: b\n===\n\n[A]: x", ParseStatus::syntax_error, 2, 0, "malformed YAML data"},
        {"===\ncamps: [a]\n===\n", ParseStatus::invalid_value, 2, 8, "'camps' must be a mapping"},
        {"===\ncamps:\n  a: {color: not-a-colour}\n===\n", ParseStatus::invalid_value, 3, 6, "colour of camp"},
        {"[A]: caf\xC3\n", ParseStatus::invalid_utf8, 1, 9, "invalid UTF-8"},
        {"[A]: a **bold never closed", ParseStatus::syntax_error, 1, 8, "unclosed bold text"},
        {"[A]: snake_case", ParseStatus::syntax_error, 1, 11, "unclosed italic text"},
        {"[A]: x \\\n", ParseStatus::syntax_error, 1, 8, "unexpected character"},
        {"(1) [P]: p\n----", ParseStatus::syntax_error, 2, 5, "a line break after the inference line"},
        {"(1) [P]: p\n----\n", ParseStatus::syntax_error, 3, 1, "the conclusion"},
        {"<A>\n\n(1) p\n----\n(2) q\n\n<A>\n\n(1) r\n----\n(2) s", ParseStatus::syntax_error, 9, 1, "already has a premise-conclusion structure"},
        {"[A]: x\n  + [B] {relation_weight: 0.5, relation_id: r1}\n  - [C] {relation_id: r1}", ParseStatus::duplicate_id, 3, 3, "duplicate relation id"},
        {"[A]: x {a: {b: {c: {d: {e: {f: {g: {h: {i: {j: {k: {l: {m: {n: {o: {p: {q: {r: {s: {t: {u: {v: {w: {x: {y: {z: {0: {1: {2: {3: {4: {5: {6: {7: 1}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}", ParseStatus::syntax_error, 1, 0, "deeper than 32"},
        {"# ", ParseStatus::syntax_error, 1, 3, "expected heading text"},
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

TEST_CASE("data argmap does not know is kept, structured values as JSON", "[argdown]") {
    ArgumentMap m;
    const auto r = io::read_argdown("[A]: x {nested: {a: 1, b: [x, 2.5, true]}, note: plain}\n\n[B]", m, "w.argdown");
    REQUIRE(r);
    CHECK(m.find_claim("A")->data.at("nested") == R"({"a":1,"b":["x",2.5,true]})");
    CHECK(m.find_claim("A")->data.at("note") == "plain");
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].line == 3);
    CHECK_THAT(r.warnings[0].message, Catch::Contains("never given a text"));
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

namespace {

// Seeded xorshift64 strings over an alphabet, the same on every platform.
class RandomStrings {
public:
    explicit RandomStrings(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        state_ ^= state_ << 13;
        state_ ^= state_ >> 7;
        state_ ^= state_ << 17;
        return state_;
    }
    /// 1 to max_length characters drawn from alphabet.
    std::string draw(std::string_view alphabet, std::size_t max_length) {
        std::string s;
        const std::size_t length = 1 + next() % max_length;
        for (std::size_t i = 0; i < length; ++i) s += alphabet[next() % alphabet.size()];
        return s;
    }

private:
    std::uint64_t state_;
};

// Whether a one-claim map with this text either reads back with the same text after
// write_argdown, or is one lost_in() or WriteError says Argdown cannot hold (those count false).
bool text_round_trips(const std::string& text) {
    ArgumentMap m;
    Claim c;
    c.id = "t";
    c.text = text;
    m.add_claim(c);
    if (!io::lost_in(m, io::Format::argdown).empty()) return false;
    std::string written;
    try {
        written = io::write_argdown(m);
    } catch (const io::WriteError&) {
        return false;
    }
    ArgumentMap back;
    const auto r = io::read_argdown(written, back, "written.argdown");
    INFO("text: '" << text << "' written: " << written);
    REQUIRE(r);
    REQUIRE(back.find_claim("t"));
    CHECK(back.find_claim("t")->text == text);
    return true;
}

}  // namespace

TEST_CASE("blanks after escapes and punctuation are written so they read back", "[argdown][roundtrip]") {
    // The Argdown lexer keeps the spaces after an escaped character (not a tab), one blank after
    // punctuation, emphasis, links and mentions, and skips any other blank between tokens. The
    // reading below is what the Argdown CLI 1.7.5 prints for this line (`argdown json`).
    CHECK(parse_ok("[a]: \\[\\\table for\\  x,  y \\[ \t z\n").find_claim("a")->text == "[\table for  x, y [ z");

    // argmap takes tags out of the text (Argdown's JSON keeps "in  x #tag y\tz."); the blanks
    // around them stay as written.
    CHECK(parse_ok("[a]: in  x #tag y\tz.\n").find_claim("a")->text == "in  x y\tz.");

    // "===" where a token starts opens front matter up to the next "===".
    for (const std::string text : {"[=== x ===", "a, === b ===", "*a*=== ===", "x === y ==="}) CHECK(text_round_trips(text));

    // Every text over an alphabet of blanks and the characters that end a token either reads
    // back as itself or lost_in() says what Argdown loses.
    RandomStrings random(0x9E3779B97F4A7C15ull);
    std::size_t checked = 0;
    for (int n = 0; n < 30000; ++n) checked += text_round_trips(random.draw("ab \t\n,.:;-[]#\\*_()/@<>{}`+%=", 16));
    CHECK(checked > 15000);
    // Runs of emphasis markers between words and blanks ("*h ***r******i**").
    for (int n = 0; n < 20000; ++n) text_round_trips(random.draw("ab **__.", 14));
}

TEST_CASE("titles are written so they read back", "[argdown][roundtrip]") {
    // Random titles of statements and arguments over the characters that start relations,
    // references and escapes: each either reads back as itself or the writer refuses it.
    RandomStrings random(0x2545F4914F6CDD1Dull);
    std::size_t checked = 0;
    for (int n = 0; n < 20000; ++n) {
        const std::string title = random.draw("ab +-_<>[]\\:#(){}", 6);
        if (title.front() == ' ' || title.back() == ' ') continue;  // titles are trimmed
        ArgumentMap m;
        Claim c;
        c.id = title;
        c.text = "t";
        c.kind = n % 2 ? ClaimKind::argument : ClaimKind::claim;
        m.add_claim(c);
        Claim other;
        other.id = "x";
        other.text = "u";
        m.add_claim(other);
        Relation rel;
        rel.source = title;
        rel.target = "x";
        m.add_relation(rel);
        std::string written;
        try {
            written = io::write_argdown(m);
        } catch (const io::WriteError&) {
            continue;
        }
        ArgumentMap back;
        const auto r = io::read_argdown(written, back, "written.argdown");
        INFO("title: '" << title << "' written: " << written << "\n" << r.description());
        REQUIRE(r);
        REQUIRE(back.find_claim(title));
        CHECK(back.relations().size() == 1);
        ++checked;
    }
    CHECK(checked > 10000);
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
    // Data on the inference line is kept with the argument, as JSON.
    CHECK(m.find_claim("Climate argument")->data.at("argdown:inference-data") == R"({"uses":[1,2]})");
    CHECK(m.find_claim("Low carbon")->group == "Energy");
}

TEST_CASE("real-world-style maps: every construct lands as the right claims and relations", "[argdown][maps]") {
    const std::string dir = std::string(ARGMAP_TEST_DATA) + "/argdown/";
    {
        ArgumentMap m;
        const auto r = io::read_argdown_file(dir + "uniforms.argdown", m);
        INFO(r.description());
        REQUIRE(r);
        // <Equality> is written below [Uniforms] and concludes [Uniforms]: Argdown moves the
        // relations of a reconstructed argument to its conclusion, which makes a self-support
        // that Argdown drops; argmap drops it too and says so.
        REQUIRE(r.warnings.size() == 1);
        CHECK(r.warnings[0].line == 14);
        CHECK_THAT(r.warnings[0].message, Catch::Contains("joins 'Uniforms' to itself"));
        CHECK(m.title() == "Should schools require uniforms?");
        CHECK(m.metadata().at("author") == "argmap test suite");
        CHECK(m.camps().size() == 2);
        const Claim& thesis = *m.find_claim("Uniforms");
        CHECK(thesis.kind == ClaimKind::thesis);
        CHECK(thesis.tags == std::vector<std::string>{"policy"});
        CHECK(thesis.group == "The question");
        CHECK(thesis.data.at("argdown:equivalent-texts") == "Pupils should wear school uniforms.");
        CHECK(find(m, RelationType::support, "Equality", "Uniforms"));       // the PCS conclusion
        CHECK(find(m, RelationType::attack, "Expression", "Uniforms"));      // an argument without PCS keeps its relation
        CHECK(find(m, RelationType::attack, "Expression elsewhere", "Expression"));
        // <Cost> is reconstructed: its attack on [Uniforms] (<- notation) is its conclusion's,
        // and the undercut below it hits its inference, the step to that conclusion.
        CHECK_FALSE(find(m, RelationType::attack, "Cost", "Uniforms"));
        CHECK(find(m, RelationType::attack, "Uniforms harm the poor", "Uniforms"));
        const Relation* inference = find(m, RelationType::support, "Cost", "Uniforms harm the poor");
        REQUIRE(inference);
        CHECK(find(m, RelationType::undercut, "Subsidies", inference->id));
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

// ---- The language as Argdown defines it. Every expected reading below was checked against
// @argdown/cli 1.7.5 (`argdown json`) on the same input: its statements, arguments and
// relations, mapped into the model as docs/formats.md says.

TEST_CASE("texts continue on the following lines, indented or not, until a blank line or a new element", "[argdown][text]") {
    const auto m = parse_ok(R"(Free text first
wrapped.

  indented free paragraph
  continues.

[T]: A statement
  that continues here
and here without indent.
  + [S]: support for it
    hard wrapped.
  - <A>: An argument
    wrapped too.
)");
    CHECK(m.find_claim("Untitled 1")->text == "Free text first wrapped.");
    CHECK(m.find_claim("Untitled 2")->text == "indented free paragraph continues.");
    CHECK(m.find_claim("T")->text == "A statement that continues here and here without indent.");
    CHECK(m.find_claim("S")->text == "support for it hard wrapped.");
    CHECK(m.find_claim("A")->text == "An argument wrapped too.");
    CHECK(find(m, RelationType::support, "S", "T"));
    CHECK(find(m, RelationType::attack, "A", "T"));
}

TEST_CASE("untitled statements and arguments are numbered in the order Argdown meets them", "[argdown][text]") {
    const auto m = parse_ok(R"(A paragraph.

[T]: thesis
  + untitled support
    - untitled attack on it

(1) p
(2) q
----
(3) r
)");
    CHECK(m.find_claim("Untitled 1")->text == "A paragraph.");
    CHECK(m.find_claim("Untitled 2")->text == "untitled support");
    CHECK(m.find_claim("Untitled 3")->text == "untitled attack on it");
    // A PCS without an argument title line is an untitled argument, numbered before its statements.
    const Claim* arg = m.find_claim("Untitled 4");
    REQUIRE(arg);
    CHECK(arg->kind == ClaimKind::argument);
    CHECK(find(m, RelationType::support, "Untitled 5", "Untitled 4"));
    CHECK(find(m, RelationType::support, "Untitled 6", "Untitled 4"));
    CHECK(find(m, RelationType::support, "Untitled 4", "Untitled 7"));
    CHECK(find(m, RelationType::attack, "Untitled 3", "Untitled 2"));
    CHECK(find(m, RelationType::support, "Untitled 2", "T"));
}

TEST_CASE("inline Markdown stays in the text; plain_text gives what renderers show", "[argdown][text]") {
    const auto m = parse_ok(
        "[A]: Some **bold**, __strong__, *it* and _em_, `code`, :heart: .->. and a [link](http://x.org/a_b) "
        "about @[B] and @<C>. #tagged\n\n[B]: b\n\n<C>: c\n");
    const std::string& text = m.find_claim("A")->text;
    CHECK(text == "Some **bold**, __strong__, *it* and _em_, `code`, :heart: .->. and a [link](http://x.org/a_b) about @[B] and @<C>.");
    CHECK(m.find_claim("A")->tags == std::vector<std::string>{"tagged"});
    // The plain form is the text Argdown's own JSON export gives for this statement.
    CHECK(plain_text(text) == "Some bold, strong, it and em, `code`, ❤ → and a link about @[B] and @<C>.");
    CHECK(plain_text("snake_case and 2 * 3 stay") == "snake_case and 2 * 3 stay");
    CHECK(plain_text("*a**b*") == "ab");  // Argdown closes the italic before it opens a bold
    CHECK(plain_text("C:\\path\\n") == "C:\\path\\n");  // texts hold no escapes
    CHECK(plain_text("e.g. U.S.A.") == "e.g. U.S.A.");
    // Links and mentions at their edges, each as `argdown json` (CLI 1.7.5) gives it: an empty
    // link text is no link, a mention is one token, has a title and does not cross a line.
    CHECK(plain_text("x [](*a*) y") == "x [](a) y");
    CHECK(plain_text("x @[a:y:] y") == "x @[a:y:] y");
    CHECK(plain_text("@[]*]* z") == "@[]*]* z");
    CHECK(plain_text("x @<a *b> c* d") == "x @<a *b> c* d");
    CHECK(plain_text("@[a\n*b]* c") == "@[a\nb] c");  // the CLI folds the line break to a space
}

TEST_CASE("YAML front matter in full and data blocks over several lines", "[argdown][data]") {
    ArgumentMap m;
    const auto r = io::read_argdown(R"(===
title: >
  A folded
  title
author: Jane
keywords:
  - one
  - two
model:
  mode: loose
color:
  tagColors:
    pro: "#00ff00"
camps:
  pro:
    name: Pro side
    prefers:
      - safety
      - cost
===

[S]: A statement with data {
  weight: 0.5
  source: Book
  values: [safety]
}

[L]: Block data below the text
{
  tags: [a, b]
  kind: evidence
}

[P]: tagged #pro
)",
                                    m, "front.argdown");
    INFO(r.description());
    REQUIRE(r);
    CHECK(m.title() == "A folded title\n");
    CHECK(m.metadata().at("author") == "Jane");
    CHECK(m.metadata().at("argdown:yaml:keywords") == R"(["one","two"])");
    CHECK(m.metadata().at("argdown:yaml:model") == R"({"mode":"loose"})");
    CHECK(m.metadata().at("argdown:tag-colors") == "pro #00ff00");
    CHECK(m.find_camp("pro")->preferences == std::vector<std::string>{"safety", "cost"});
    const Claim& s = *m.find_claim("S");
    CHECK(s.weight == 0.5);
    CHECK(s.provenance.source == "Book");
    CHECK(s.values == std::vector<std::string>{"safety"});
    CHECK(m.find_claim("L")->tags == std::vector<std::string>{"a", "b"});
    CHECK(m.find_claim("L")->kind == ClaimKind::evidence);
    CHECK(m.find_claim("P")->tags == std::vector<std::string>{"pro"});
    CHECK(r.warnings.empty());
}

TEST_CASE("YAML errors point at the file's line and column", "[argdown][data][errors]") {
    ArgumentMap m;
    auto r = io::read_argdown("===\ntitle: ok\nlist: [a, b\n===\n\n[A]: x\n", m, "y.argdown");
    REQUIRE_FALSE(r);
    CHECK(r.error.line == 4);
    CHECK_THAT(r.error.message, Catch::Contains("malformed YAML"));
    r = io::read_argdown("[A]: x {\n  weight: 0.5\n  weight: 0.6\n}\n", m, "y.argdown");
    REQUIRE_FALSE(r);
    CHECK(r.error.line == 3);
    CHECK(r.error.column == 3);
    CHECK_THAT(r.error.message, Catch::Contains("duplicate key 'weight'"));
    r = io::read_argdown("[A]: x {\n  kind: poem\n}\n", m, "y.argdown");
    REQUIRE_FALSE(r);
    CHECK(r.error.line == 2);
    CHECK(r.error.column == 9);
}

TEST_CASE("argument descriptions before a PCS, relations on PCS statements and undercuts of inferences", "[argdown][pcs]") {
    const auto m = parse_ok(R"(<A>: First description.

<A>

(1) [P]: premise
(2) [Q]: other premise
    - [R]: attack on Q
    _ [U]: undercut below a premise, before any inference line
----
(3) [C]: conclusion
  +> [S]: something C supports

<A>
  -> [T]: A attacks T
  <_ [W]: undercuts A
)");
    CHECK(m.find_claim("A")->text == "First description.");
    CHECK(find(m, RelationType::support, "P", "A"));
    CHECK(find(m, RelationType::support, "Q", "A"));
    const Relation* inference = find(m, RelationType::support, "A", "C");
    REQUIRE(inference);
    CHECK(find(m, RelationType::attack, "R", "Q"));
    // Below a statement, Argdown's undercut hits that statement's own inference: Q's step to A.
    const Relation* q_a = find(m, RelationType::support, "Q", "A");
    CHECK(find(m, RelationType::undercut, "U", q_a->id));
    CHECK(find(m, RelationType::support, "C", "S"));
    // Relations of a reconstructed argument are its conclusion's; undercuts hit its inference.
    CHECK(find(m, RelationType::attack, "C", "T"));
    CHECK_FALSE(find(m, RelationType::attack, "A", "T"));
    CHECK(find(m, RelationType::undercut, "W", inference->id));
    CHECK(m.relations().size() == 8);
}

TEST_CASE("contradictions, strict mode and redundant attacks on arguments", "[argdown]") {
    const auto strict = parse_ok(R"(===
model:
  mode: strict
===

[A]: a
  + [B]: b
  - [C]: c
  >< [D]: d
  <- <X>: an argument
)");
    const Relation* entails = find(strict, RelationType::support, "B", "A");
    REQUIRE(entails);
    CHECK(entails->data.at("argdown:relation-type") == "entails");
    CHECK(find(strict, RelationType::attack, "C", "A")->data.at("argdown:relation-type") == "contrary");
    CHECK(find(strict, RelationType::attack, "A", "D")->data.at("argdown:relation-type") == "contradictory");
    CHECK(find(strict, RelationType::attack, "D", "A")->data.at("argdown:relation-type") == "contradictory");
    CHECK(find(strict, RelationType::attack, "X", "A")->data.empty());  // argument to statement: attack

    // A statement attacking an argument and one of its premises attacks only the premise.
    const auto m = parse_ok(R"(<A>

(1) [P]: p
(2) [Q]: q
----
(3) [C]: c

[X]: x
  -> [P]
  -> <A>

[Z]: z
  -> <A>
)");
    CHECK(find(m, RelationType::attack, "X", "P"));
    CHECK_FALSE(find(m, RelationType::attack, "X", "A"));
    CHECK(find(m, RelationType::attack, "Z", "A"));
}

TEST_CASE("sections nest; tags, mentions and lists", "[argdown]") {
    const auto m = parse_ok(R"(# Top

## Sub one

[X]: in sub one #(two words) #t

### Deeper

[Y]: deeper, mentions @[X] and @<Arg>

# Second

[X]: another member of X

* [L1]: list item
* <Arg>: list argument
  + [L2]: supports it
)");
    CHECK(m.find_claim("X")->group == "Sub one");
    CHECK(m.find_claim("X")->tags == std::vector<std::string>{"two words", "t"});
    CHECK(m.find_claim("X")->data.at("argdown:equivalent-texts") == "another member of X");
    CHECK(m.find_claim("Y")->group == "Deeper");
    CHECK(m.find_claim("Y")->text == "deeper, mentions @[X] and @<Arg>");
    CHECK(m.metadata().at("argdown:sections") == "Top\n  Sub one\n    Deeper\nSecond");
    CHECK(m.find_claim("L1")->group == "Second");
    CHECK(find(m, RelationType::support, "L2", "Arg"));
}

TEST_CASE("what Argdown refuses but is merely missing a blank line is read with a warning", "[argdown]") {
    ArgumentMap m;
    const auto r = io::read_argdown("[A]: a\n  + [B]: b\n[C]: c\n<D>: d\n(1) p\n----\n(2) q\n", m, "l.argdown");
    INFO(r.description());
    REQUIRE(r);
    CHECK(find(m, RelationType::support, "B", "A"));
    CHECK(m.find_claim("C")->text == "c");
    CHECK(find(m, RelationType::support, "D", "q") == nullptr);
    CHECK(find(m, RelationType::support, "Untitled 1", "D"));
    CHECK(find(m, RelationType::support, "D", "Untitled 2"));
    REQUIRE(r.warnings.size() == 3);
    CHECK(r.warnings[0].line == 3);
    CHECK(r.warnings[1].line == 4);
    CHECK(r.warnings[2].line == 5);
    // Text Argdown itself reads as text stays text.
    const auto t = parse_ok("[A]: x {weight: 0.5\n\n[B]: [unclosed and <unclosed\n");
    CHECK(t.find_claim("A")->text == "x {weight: 0.5");
    CHECK(t.find_claim("B")->text == "[unclosed and <unclosed");
}

TEST_CASE("what Argdown reads that the model has no place for is kept and written back", "[argdown][roundtrip]") {
    ArgumentMap m;
    const auto r = io::read_argdown(R"(===
title: Kept
model:
  mode: strict
color:
  tagColors:
    pro: "#00ff00"
===

# Top

## Inner

[A]: **Bold** text with :heart: #pro {note: kept, list: [1, 2]}
  + [B]: b
  >< [C]: c

<Arg>: An argument.
  - [A]
)",
                                    m, "keep.argdown");
    INFO(r.description());
    REQUIRE(r);
    const std::string written = io::write_argdown(m);
    INFO(written);
    ArgumentMap back;
    const auto r2 = io::read_argdown(written, back, "written.argdown");
    INFO(r2.description());
    REQUIRE(r2);
    CHECK(back == m);
    CHECK(find(back, RelationType::support, "B", "A")->data.at("argdown:relation-type") == "entails");
    CHECK(find(back, RelationType::attack, "C", "A")->data.at("argdown:relation-type") == "contradictory");
}

TEST_CASE("an argument titled like a statement becomes the claim <title>", "[argdown]") {
    ArgumentMap m;
    const auto r = io::read_argdown("[Market]: The harbour should host a market.\n\n<Market>: It brings life.\n  +> [Market]\n", m, "same.argdown");
    REQUIRE(r);
    CHECK(m.find_claim("Market")->kind == ClaimKind::claim);
    CHECK(m.find_claim("<Market>")->kind == ClaimKind::argument);
    CHECK(m.find_claim("<Market>")->text == "It brings life.");
    CHECK(find(m, RelationType::support, "<Market>", "Market"));
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].line == 3);
}

TEST_CASE("an undercut of one of several relations leaving a claim is a loss lost_in() names", "[argdown][roundtrip]") {
    // b attacks a and c; d undercuts only b -> a. Argdown's undercut attacks the inference of
    // the claim it hangs below, that is every relation leaving b, so it cannot single one out.
    ArgumentMap m;
    REQUIRE(io::read_map(R"(<argmap xmlns="https://argmap.dev/ns/native/1" version="1"><claims>
<claim id="a"><text>A.</text></claim><claim id="b"><text>B.</text></claim>
<claim id="c"><text>C.</text></claim><claim id="d"><text>D.</text></claim></claims><relations>
<relation id="r1" type="attack" source="b" target="a"/><relation id="r2" type="attack" source="b" target="c"/>
<relation id="u" type="undercut" source="d" target="r1"/></relations></argmap>)",
                         io::Format::xml, m));
    const auto lost = io::lost_in(m, io::Format::argdown);
    REQUIRE(lost.size() == 1);
    CHECK(lost[0].find("1 undercuts of one of several relations leaving a claim") == 0);
    // Read back, the undercut hangs on both relations leaving b (the loss named above).
    const auto back = parse_ok(io::write_argdown(m));
    std::size_t undercuts = 0;
    for (const auto& r : back.relations()) undercuts += r.type == RelationType::undercut;
    CHECK(undercuts == 2);
    // With b's second relation gone, the undercut is unambiguous and nothing is lost.
    m.remove_relation("r2");
    CHECK(io::lost_in(m, io::Format::argdown).empty());
    const auto single = parse_ok(io::write_argdown(m));
    CHECK(single.relations().size() == 2);
}
