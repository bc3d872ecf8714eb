// The malformed-input corpus: tests/data/bad/ holds files written to be wrong in one way each,
// in every format argmap reads; tests/data/bad/EXPECTED.tsv gives for each the status, the line,
// column and element path (JSON pointer) the error must name, and a part of the message. Every
// file is read through the library (load_map, format by extension); none may crash, hang, leave
// a partial map or point elsewhere. (generate.py in that folder wrote the files.)
#include <catch2/catch.hpp>

#include <argmap/history.hpp>
#include <argmap/io.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace fs = std::filesystem;
using namespace argmap;

namespace {

struct Expected {
    std::string file, status, line, column, element, message;
};

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> out;
    std::stringstream s(line);
    for (std::string f; std::getline(s, f, '\t');) out.push_back(f);
    return out;
}

std::vector<Expected> expectations(const fs::path& dir) {
    std::ifstream in(dir / "EXPECTED.tsv");
    REQUIRE(in);
    std::vector<Expected> out;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        const auto f = split_tabs(line);
        INFO(line);
        REQUIRE(f.size() == 6);
        out.push_back({f[0], f[1], f[2], f[3], f[4], f[5]});
    }
    return out;
}

std::string status_name(io::ParseStatus s) {
    switch (s) {
    case io::ParseStatus::ok: return "ok";
    case io::ParseStatus::file_error: return "file_error";
    case io::ParseStatus::syntax_error: return "syntax_error";
    case io::ParseStatus::invalid_value: return "invalid_value";
    case io::ParseStatus::unknown_reference: return "unknown_reference";
    case io::ParseStatus::duplicate_id: return "duplicate_id";
    case io::ParseStatus::invalid_utf8: return "invalid_utf8";
    case io::ParseStatus::unsupported: return "unsupported";
    case io::ParseStatus::limit_exceeded: return "limit_exceeded";
    }
    return "?";
}

const fs::path bad_dir = fs::path(ARGMAP_TEST_DATA) / "bad";

}  // namespace

TEST_CASE("bad inputs: the corpus covers every format with at least 100 files, all listed", "[bad-input]") {
    const auto cases = expectations(bad_dir);
    CHECK(cases.size() >= 100);
    std::set<std::string> listed, on_disk;
    std::map<std::string, int> per_format;
    for (const auto& c : cases) {
        CHECK(listed.insert(c.file).second);  // listed once
        const auto f = io::format_of(c.file);
        INFO(c.file);
        REQUIRE(f.has_value());
        ++per_format[std::string(io::to_string(*f))];
    }
    for (const auto& e : fs::recursive_directory_iterator(bad_dir)) {
        if (!e.is_regular_file()) continue;
        const auto rel = fs::relative(e.path(), bad_dir).string();
        if (rel == "EXPECTED.tsv" || rel == "generate.py") continue;
        on_disk.insert(rel);
    }
    CHECK(listed == on_disk);
    for (const char* f : {"argdown", "xml", "json", "graphml", "aif", "argdown-json", "bag", "i23", "apx", "tgf"}) {
        INFO(f);
        CHECK(per_format[f] >= 4);
    }
}

TEST_CASE("bad inputs: each file fails with its status, position and message", "[bad-input]") {
    std::size_t errors = 0, warnings = 0;
    for (const auto& c : expectations(bad_dir)) {
        const std::string path = (bad_dir / c.file).string();
        ArgumentMap map;
        Claim stale;
        stale.id = "stale";
        map.add_claim(stale);  // must be cleared on failure
        // history/: a history is checked by replaying it (load_history); the rest by load_map.
        History history;
        const bool is_history = c.file.rfind("history/", 0) == 0;
        const auto r = is_history ? io::load_history(path, history) : io::load_map(path, map);
        INFO(c.file << "\n  got: " << r.description() << " [" << status_name(r.status) << "]");
        if (c.status == "warning") {
            // Lenient: read, with a warning that says where and what.
            ++warnings;
            REQUIRE(r);
            bool found = false;
            for (const auto& w : r.warnings) {
                INFO("warning: " << w.to_string());
                found = found || ((c.line == "-" || std::to_string(w.line) == c.line) && (c.column == "-" || std::to_string(w.column) == c.column) &&
                                  (c.element == "-" || w.element == c.element) && w.message.find(c.message) != std::string::npos);
            }
            CHECK(found);
            continue;
        }
        ++errors;
        CHECK(status_name(r.status) == c.status);
        if (is_history) CHECK(history.empty());
        else CHECK(map.empty());
        CHECK(r.error.file == path);
        if (c.line != "-") CHECK(std::to_string(r.error.line) == c.line);
        if (c.column != "-") CHECK(std::to_string(r.error.column) == c.column);
        if (c.element != "-") CHECK(r.error.element == c.element);
        if (c.message != "-") CHECK_THAT(r.error.message, Catch::Contains(c.message));
        // Every error says where: a line, or an element path / JSON pointer.
        CHECK((r.error.line > 0 || !r.error.element.empty()));
        // The one-line description starts with file:line:column when the line is known.
        if (r.error.line > 0) {
            const std::string prefix = path + ":" + std::to_string(r.error.line) + (r.error.column ? ":" + std::to_string(r.error.column) : "");
            CHECK(r.description().rfind(prefix, 0) == 0);
        }
        CHECK(r.error.message.size() > 5);
    }
    CHECK(errors >= 100);
    CHECK(warnings >= 2);
}

TEST_CASE("bad inputs: GraphML parts the model cannot hold are reported, not dropped silently", "[bad-input]") {
    const std::string text = R"(<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <graph id="G" edgedefault="directed">
    <node id="a"><graph id="inner" edgedefault="directed"><node id="a1"/></graph></node>
    <node id="b"/>
    <hyperedge><endpoint node="a"/><endpoint node="b"/></hyperedge>
  </graph>
  <graph id="H" edgedefault="directed"><node id="c"/></graph>
</graphml>
)";
    ArgumentMap map;
    const auto r = io::read_graphml(text, map, "lossy.graphml");
    REQUIRE(r);
    CHECK(map.claims().size() == 2);
    std::vector<std::string> seen;
    for (const auto& w : r.warnings) seen.push_back(w.to_string());
    INFO(Catch::Detail::stringify(seen));
    REQUIRE(r.warnings.size() == 3);
    auto has = [&](const std::string& path, std::size_t line, const char* words) {
        for (const auto& w : r.warnings)
            if (w.element == path && w.line == line && w.message.find(words) != std::string::npos) return true;
        return false;
    };
    CHECK(has("/graphml/graph[2]", 8, "only the first <graph>"));
    CHECK(has("/graphml/graph/hyperedge", 6, "hyperedges are not read"));
    CHECK(has("/graphml/graph/node[1]/graph", 4, "nested graph"));
}
