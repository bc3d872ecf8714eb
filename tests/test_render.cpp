#include <catch2/catch.hpp>

#include <argmap/io.hpp>
#include <argmap/render.hpp>

#include <pugixml.hpp>

using namespace argmap;

namespace {

ArgumentMap example() {
    ArgumentMap m;
    REQUIRE(io::read_argdown_file(std::string(ARGMAP_EXAMPLES) + "/central-asia/central-asia.argdown", m));
    return m;
}

// All text drawn inside the SVG group of the node whose <title> is `name`.
std::string svg_node_text(const std::string& svg, const std::string& name) {
    pugi::xml_document doc;
    REQUIRE(doc.load_string(svg.c_str()));
    std::string out;
    for (auto g : doc.select_nodes("//*[local-name()='g'][@class='node']")) {
        auto node = g.node();
        if (node.select_node("*[local-name()='title']").node().child_value() != name) continue;
        for (auto t : node.select_nodes(".//*[local-name()='text']")) {
            out += t.node().text().get();
            out += "\n";
        }
    }
    return out;
}

}  // namespace

TEST_CASE("DOT has one cluster per camp, shapes by kind, fills by label, styled edges", "[render]") {
    const ArgumentMap m = example();
    const auto labels = evaluate_grounded(m);
    const std::string dot = to_dot(m, labels);
    for (const auto& camp : m.camps()) CHECK_THAT(dot, Catch::Contains("subgraph cluster_" + camp.id));
    CHECK_THAT(dot, Catch::Contains("shape=doubleoctagon"));  // the thesis
    CHECK_THAT(dot, Catch::Contains("shape=note"));           // evidence
    CHECK_THAT(dot, Catch::Contains("#b7e4c7"));              // in
    CHECK_THAT(dot, Catch::Contains("#f5b7b1"));              // out
    CHECK_THAT(dot, Catch::Contains("#fde68a"));              // undec
    CHECK_THAT(dot, Catch::Contains("arrowhead=tee"));        // attack
    CHECK_THAT(dot, Catch::Contains("style=dashed"));         // undercut
    CHECK_THAT(dot, Catch::Contains("shape=point"));          // the inference an undercut hits
    // Pen width follows weight: a relation of weight 0.3 gets 0.6 + 2.4 * 0.3.
    CHECK_THAT(dot, Catch::Contains("penwidth=1.32"));
}

TEST_CASE("labels with quotes, angle brackets, backslashes and non-ASCII render correctly", "[render][escaping]") {
    ArgumentMap m;
    m.add_camp({"c\"amp", "Camp \"<q>\" & co", "", "#123456", {}});
    Claim c;
    c.id = "id \"with\" <odd> \\chars\\";
    c.text = "He said \"no\" <b>bold</b> & C:\\path\\n — Ünïcödé 中文 😀";
    c.camps = {"c\"amp"};
    m.add_claim(c);
    Claim d;
    d.id = "plain";
    d.text = "x";
    m.add_claim(d);
    Relation r;
    r.type = RelationType::attack;
    r.source = "plain";
    r.target = c.id;
    m.add_relation(r);
    RenderOptions o;
    o.wrap_width = 200;
    const std::string svg = render(m, evaluate_grounded(m), ImageFormat::svg, o);
    const std::string text = svg_node_text(svg, c.id);
    INFO(text);
    CHECK_THAT(text, Catch::Contains(c.text));
    CHECK_THAT(text, Catch::Contains(c.id));
    // The DOT text parses back through Graphviz (rendering it is the proof) and keeps the names.
    const std::string dot = to_dot(m, {}, o);
    CHECK_THAT(dot, Catch::Contains("&lt;b&gt;bold&lt;/b&gt;"));
}

TEST_CASE("long texts are wrapped", "[render]") {
    ArgumentMap m;
    Claim c;
    c.id = "long";
    c.text = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen";
    m.add_claim(c);
    RenderOptions o;
    o.wrap_width = 20;
    const std::string text = svg_node_text(render(m, {}, ImageFormat::svg, o), "long");
    CHECK_THAT(text, Catch::Contains("one two three four\n"));
    CHECK_THAT(text, Catch::Contains("five six seven eight\n"));
}

TEST_CASE("PNG and SVG files are written; bad paths and label counts are errors", "[render]") {
    const ArgumentMap m = example();
    const std::string png = render(m, {}, ImageFormat::png);
    REQUIRE(png.size() > 8);
    CHECK(png.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
    CHECK_THROWS_AS(render_file(m, {}, "/nonexistent-dir/x.svg"), RenderError);
    CHECK_THROWS_AS(render_file(m, {}, "x.bmp"), RenderError);
    std::vector<Label> wrong(2, Label::in);
    CHECK_THROWS_AS(to_dot(m, wrong), RenderError);
}
