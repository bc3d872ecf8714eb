// The HTML report: the precomputed results are what the library computes, every claim's node can
// be found by id, and no text of a map can end the page's script or become markup. (The page's
// behaviour in a browser is checked by tests/report/check_report.py.)
#include <catch2/catch.hpp>

#include <argmap/explain.hpp>
#include <argmap/io.hpp>
#include <argmap/report.hpp>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include <cmath>

using namespace argmap;
using json = nlohmann::json;

namespace {

ArgumentMap load(const std::string& path) {
    ArgumentMap m;
    const auto r = io::load_map(path, m);
    INFO(r.description());
    REQUIRE(r);
    return m;
}

ArgumentMap central_asia() { return load(std::string(ARGMAP_EXAMPLES) + "/central-asia/central-asia.argdown"); }
ArgumentMap hostile() { return load(std::string(ARGMAP_TEST_DATA) + "/report/hostile.xml"); }

std::size_t count(const std::string& s, const std::string& what) {
    std::size_t n = 0;
    for (auto i = s.find(what); i != std::string::npos; i = s.find(what, i + 1)) ++n;
    return n;
}

// The JSON blob's text as the page holds it.
std::string blob(const std::string& html) {
    const std::string open = "<script type=\"application/json\" id=\"argmap-data\">";
    const auto a = html.find(open);
    REQUIRE(a != std::string::npos);
    const auto b = html.find("</script>", a);
    REQUIRE(b != std::string::npos);
    return html.substr(a + open.size(), b - a - open.size());
}

// The inline SVG as an XML document.
void parse_svg(const std::string& html, pugi::xml_document& doc) {
    const auto a = html.find("<svg");
    const auto b = html.find("</svg>");
    REQUIRE(a != std::string::npos);
    REQUIRE(b != std::string::npos);
    const std::string svg = html.substr(a, b + 6 - a);
    const auto r = doc.load_buffer(svg.data(), svg.size());
    INFO(r.description());
    REQUIRE(r);
}

}  // namespace

TEST_CASE("report JSON holds what evaluate, evaluate_gradual and explain_grounded compute", "[report]") {
    const ArgumentMap m = central_asia();
    const json j = json::parse(report_json(m));
    CHECK(j["format"] == "argmap-report");
    REQUIRE(j["claims"].size() == m.claims().size());
    for (std::size_t i = 0; i < m.claims().size(); ++i) {
        CHECK(j["claims"][i]["id"] == m.claims()[i].id);
        CHECK(j["claims"][i]["text"] == m.claims()[i].text);
        CHECK(j["claims"][i]["provenance"]["locator"] == m.claims()[i].provenance.locator);
        CHECK(j["claims"][i]["element"] == "claim_" + std::to_string(i));
    }
    // Every semantics for every audience, either with its result or as skipped.
    const std::size_t audiences = 1 + m.camps().size();
    REQUIRE(j["audiences"].size() == audiences);
    std::size_t skipped_extension = 0;
    for (const auto& s : j["skipped"]) skipped_extension += s.contains("semantics");
    CHECK(j["extension"].size() + skipped_extension == audiences * all_semantics().size());
    for (const auto& r : j["extension"]) {
        const auto s = parse_semantics(r["semantics"].get<std::string>());
        REQUIRE(s);
        ProjectionOptions p;
        p.audience = r["audience"].get<std::string>();
        const auto ev = evaluate(m, *s, p);
        REQUIRE(ev.answer == Answer::yes);
        INFO(to_string(*s) << " audience '" << p.audience << "'");
        CHECK(r["labelled"] == !ev.labels.empty());
        for (std::size_t i = 0; i < m.claims().size(); ++i) {
            CHECK(r["acceptance"][i] == std::string(to_string(ev.acceptance[i])));
            CHECK(r["status"][i] == (ev.labels.empty() ? std::string(to_string(ev.acceptance[i])) : std::string(to_string(ev.labels[i]))));
        }
    }
    CHECK_FALSE(j["extension"].empty());
    REQUIRE_FALSE(j["gradual"].empty());
    for (const auto& g : j["gradual"]) {
        const auto r = evaluate_gradual(m, *parse_gradual(g["semantics"].get<std::string>()));
        REQUIRE(r.converged);
        for (std::size_t i = 0; i < m.claims().size(); ++i) CHECK(g["strength"][i].get<double>() == r.strength[i]);
    }
    REQUIRE(j["explanations"].size() == audiences);
    for (const auto& x : j["explanations"]) {
        CHECK(x["kind"] == "grounded");
        ProjectionOptions p;
        p.audience = x["audience"].get<std::string>();
        const auto labels = evaluate_grounded(m, p);
        for (std::size_t i = 0; i < m.claims().size(); ++i) {
            CHECK(x["claims"][i]["subject"] == m.claims()[i].id);
            CHECK(x["claims"][i]["label"] == std::string(to_string(labels[i])));
            CHECK(x["claims"][i]["reason"] == explain_grounded(m, m.claims()[i].id, 6, p).reason);
        }
    }
}

TEST_CASE("report options choose semantics, gradual semantics and audiences", "[report]") {
    const ArgumentMap m = central_asia();
    ReportOptions o;
    o.semantics = {Semantics::grounded, Semantics::stable};
    o.gradual = {*parse_gradual("qe")};
    o.audiences = false;
    const json j = json::parse(report_json(m, o));
    CHECK(j["audiences"] == json::array({""}));
    REQUIRE(j["extension"].size() == 2);
    CHECK(j["extension"][1]["code"] == "ST");
    REQUIRE(j["gradual"].size() == 1);
    CHECK(j["gradual"][0]["semantics"] == "qe");
}

TEST_CASE("report page: one findable node per claim, the blob equals report_json, nothing fetched", "[report]") {
    const ArgumentMap m = central_asia();
    const std::string html = report_html(m);
    pugi::xml_document svg;
    parse_svg(html, svg);
    for (std::size_t i = 0; i < m.claims().size(); ++i) {
        const auto g = svg.select_node(("//*[@id='claim_" + std::to_string(i) + "']").c_str()).node();
        REQUIRE(g);
        CHECK(std::string(g.attribute("class").value()) == "node");
        CHECK(std::string(g.child("title").child_value()) == m.claims()[i].id);
    }
    for (std::size_t i = 0; i < m.camps().size(); ++i)
        CHECK(svg.select_node(("//*[@id='camp_" + std::to_string(i) + "'][@class='cluster']").c_str()));
    CHECK(json::parse(blob(html)) == json::parse(report_json(m)));
    CHECK(count(html, "<script") == 2);
    CHECK(html.find("<script src") == std::string::npos);
    CHECK(html.find("<link") == std::string::npos);
    CHECK(html.find("@import") == std::string::npos);
    CHECK(html.find("url(") == std::string::npos);
    CHECK(html.find("<!--") == std::string::npos);
    CHECK(html.find(" href=") == std::string::npos);
}

TEST_CASE("report page: hostile texts stay text", "[report]") {
    const ArgumentMap m = hostile();
    const std::string html = report_html(m);
    // The only script elements are the page's own, and the blob holds no markup at all.
    CHECK(count(html, "<script") == 2);
    CHECK(count(html, "</script") == 2);
    const std::string data = blob(html);
    CHECK(data.find('<') == std::string::npos);
    CHECK(data.find('>') == std::string::npos);
    const json j = json::parse(data);
    for (std::size_t i = 0; i < m.claims().size(); ++i) {
        CHECK(j["claims"][i]["id"] == m.claims()[i].id);
        CHECK(j["claims"][i]["text"] == m.claims()[i].text);
    }
    CHECK(j["title"] == m.title());
    // The SVG is well-formed XML whose titles are the ids, and the page's title is escaped.
    pugi::xml_document svg;
    parse_svg(html, svg);
    for (std::size_t i = 0; i < m.claims().size(); ++i)
        CHECK(std::string(svg.select_node(("//*[@id='claim_" + std::to_string(i) + "']").c_str()).node().child("title").child_value()) ==
              m.claims()[i].id);
    CHECK(svg.select_nodes("//*[local-name()='script' or local-name()='img' or local-name()='foreignObject']").empty());
    CHECK(html.find("<title>&lt;/title&gt;&lt;script&gt;") != std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
}

TEST_CASE("report with an expired deadline leaves out what it could not compute and says so", "[report]") {
    const ArgumentMap m = central_asia();
    ReportOptions o;
    o.timeout = 1e-9;
    o.audiences = false;
    const json j = json::parse(report_json(m, o));
    std::size_t skipped = 0;
    for (const auto& s : j["skipped"]) {
        if (!s.contains("semantics")) continue;
        ++skipped;
        CHECK_THAT(s["reason"].get<std::string>(), Catch::Contains("no answer within"));
    }
    CHECK(j["extension"].size() + skipped == all_semantics().size());
}
