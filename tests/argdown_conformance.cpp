// Argdown conformance: argmap's Argdown reader against the real Argdown CLI (@argdown/cli 1.7.5).
//
//   argdown_conformance --cli PATH --corpus DIR --work DIR [--verbose]
//
// 1. Runs `argdown json 'DIR/*.argdown' WORK/json` once over the whole corpus.
// 2. For every corpus file compares argmap's reading of the .argdown (format argdown) with
//    argmap's reading of the CLI's JSON (format argdown-json, Argdown's own interpretation):
//      - claims: the set of (id, kind), so statements and arguments by title;
//      - texts: for claims in both, the text without inline markup (Argdown's JSON holds plain
//        text; argmap keeps Markdown as written) and with white space folded;
//      - sections: for claims in both, the group (the heading a claim belongs to);
//      - relations: the set of (type, source, target), an undercut's target spelled as the
//        relation it attacks, recursively ("undercut U -> (support A -> C)").
//    Both readers dedupe relations, so sets compare like for like; ids of relations are ignored
//    (argmap numbers them), and so is the order of claims and relations.
// 3. Writes every map argmap read with argmap's Argdown writer, runs the CLI once over all the
//    written files and checks the CLI accepts each and reads back argmap's claims and relations.
// A file passes when it is read by both and every comparison agrees. Prints each mismatch and
// closes with "argdown conformance: N passed, M failed"; exits 1 when M > 0, 2 when the CLI is
// missing or not version 1.7.5.
#include <argmap/io.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <sys/wait.h>

namespace fs = std::filesystem;
using namespace argmap;

namespace {

constexpr const char* wanted_version = "1.7.5";

std::string shell_quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\'') out += "'\\''";
        else out += c;
    }
    return out + "'";
}

// Runs a shell command; returns its exit status and what it printed (stdout and stderr).
int run(const std::string& command, std::string& output) {
    output.clear();
    std::FILE* p = ::popen((command + " 2>&1").c_str(), "r");
    if (!p) return -1;
    char buf[4096];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) output.append(buf, n);
    const int status = ::pclose(p);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string fold(const std::string& s) {
    std::string out;
    for (char c : s) {
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (space) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

bool word_char(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

// A text without inline markup, for comparing argmap's text (Markdown as written) with
// Argdown's JSON text (plain: emphasis markers and link targets removed, the emoji shortcodes
// it knows replaced by emoji): links become their text; `**`, `__` and `*`, `_` at a word's
// edge, `:shortcode:`s and emoji go; white space is folded.
std::string plain(const std::string& s) {
    std::string t;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '[') {  // [text](url) -> text
            const std::size_t close = s.find("](", i);
            const std::size_t end = close == std::string::npos ? close : s.find(')', close);
            if (end != std::string::npos && s.find('\n', i) > close) {
                t += s.substr(i + 1, close - i - 1);
                i = end;
                continue;
            }
        }
        if (s[i] == ':') {  // :shortcode:
            std::size_t j = i + 1;
            while (j < s.size() && (std::islower(static_cast<unsigned char>(s[j])) || std::isdigit(static_cast<unsigned char>(s[j])) ||
                                    s[j] == '_' || s[j] == '+' || s[j] == '-'))
                ++j;
            if (j < s.size() && s[j] == ':' && j > i + 1) {
                i = j;
                continue;
            }
        }
        const auto u = static_cast<unsigned char>(s[i]);
        if (u >= 0xE2 && u <= 0xF0 && i + 2 < s.size()) {  // emoji and their joiners/selectors
            const auto b1 = static_cast<unsigned char>(s[i + 1]), b2 = static_cast<unsigned char>(s[i + 2]);
            const bool misc = u == 0xE2 && (b1 == 0x98 || b1 == 0x99 || b1 == 0x9A || b1 == 0x9B || b1 == 0x9C || b1 == 0x9D || b1 == 0x9E);
            const bool select = u == 0xEF && b1 == 0xB8 && b2 == 0x8F;
            const bool joiner = u == 0xE2 && b1 == 0x80 && b2 == 0x8D;
            const bool pictograph = u == 0xF0 && b1 == 0x9F && i + 3 < s.size();
            if (misc || select || joiner) {
                i += 2;
                continue;
            }
            if (pictograph) {
                i += 3;
                continue;
            }
        }
        t += s[i];
    }
    std::string out;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if ((c == '*' || c == '_') && i + 1 < t.size() && t[i + 1] == c) {
            ++i;
            continue;
        }
        if (c == '*' || c == '_') {
            const bool before = i > 0 && word_char(static_cast<unsigned char>(t[i - 1]));
            const bool after = i + 1 < t.size() && word_char(static_cast<unsigned char>(t[i + 1]));
            if (!(before && after)) continue;
        }
        out += c;
    }
    return fold(out);
}

std::string spell(const ArgumentMap& m, const Relation& r, int depth = 0) {
    std::string target = r.target;
    if (r.type == RelationType::undercut) {
        const Relation* hit = m.find_relation(r.target);
        target = hit && depth < 16 ? "(" + spell(m, *hit, depth + 1) + ")" : "?" + r.target;
    }
    return std::string(to_string(r.type)) + " " + r.source + " -> " + target;
}

struct Reading {
    std::set<std::string> claims;               // "kind id"
    std::map<std::string, std::string> texts;   // id -> folded text
    std::map<std::string, std::string> groups;  // id -> section
    std::set<std::string> relations;
};

Reading reading(const ArgumentMap& m) {
    Reading r;
    for (const Claim& c : m.claims()) {
        r.claims.insert(std::string(to_string(c.kind)) + " " + c.id);
        r.texts[c.id] = plain(c.text);
        r.groups[c.id] = c.group;
    }
    for (const Relation& rel : m.relations()) r.relations.insert(spell(m, rel));
    return r;
}

// The differences between two readings, one line each; `a` and `b` name the two sides.
std::vector<std::string> compare(const Reading& x, const Reading& y, const std::string& a, const std::string& b, bool texts) {
    std::vector<std::string> out;
    auto sets = [&](const std::set<std::string>& s, const std::set<std::string>& t, const char* what) {
        for (const auto& e : s)
            if (!t.count(e)) out.push_back(std::string(what) + " only in " + a + ": " + e);
        for (const auto& e : t)
            if (!s.count(e)) out.push_back(std::string(what) + " only in " + b + ": " + e);
    };
    sets(x.claims, y.claims, "claim");
    if (texts)
        for (const auto& [id, text] : x.texts)
            if (auto it = y.texts.find(id); it != y.texts.end() && it->second != text)
                out.push_back("text of '" + id + "': " + a + " \"" + text + "\", " + b + " \"" + it->second + "\"");
    if (texts)
        for (const auto& [id, group] : x.groups)
            if (auto it = y.groups.find(id); it != y.groups.end() && it->second != group)
                out.push_back("section of '" + id + "': " + a + " \"" + group + "\", " + b + " \"" + it->second + "\"");
    sets(x.relations, y.relations, "relation");
    return out;
}

// The CLI's complaint about each file it rejected: "Argdown syntax errors in PATH: N" and the
// lines after it, without colour codes, keyed by file name.
std::map<std::string, std::string> rejections(const std::string& output) {
    std::string clean;
    for (std::size_t i = 0; i < output.size(); ++i) {
        if (output[i] == '\x1b') {
            while (i < output.size() && output[i] != 'm') ++i;
            continue;
        }
        clean += output[i];
    }
    std::map<std::string, std::string> out;
    const std::string marker = "syntax errors in ";
    for (std::size_t at = clean.find(marker); at != std::string::npos;) {
        const std::size_t name_start = at + marker.size();
        const std::size_t colon = clean.find(": ", name_start);
        const std::size_t next = clean.find(marker, name_start);
        if (colon == std::string::npos) break;
        std::string body = clean.substr(colon, (next == std::string::npos ? clean.size() : clean.rfind('\n', next)) - colon);
        if (auto cancel = body.find("JSON export canceled"); cancel != std::string::npos) body.erase(cancel);
        out[fs::path(clean.substr(name_start, colon - name_start)).filename().string()] = fold(body.substr(2));
        at = next;
    }
    return out;
}

int usage() {
    std::cerr << "usage: argdown_conformance --cli PATH --corpus DIR --work DIR [--verbose]\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    std::string cli, corpus, work;
    bool verbose = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--verbose") verbose = true;
        else if (i + 1 < argc && a == "--cli") cli = argv[++i];
        else if (i + 1 < argc && a == "--corpus") corpus = argv[++i];
        else if (i + 1 < argc && a == "--work") work = argv[++i];
        else return usage();
    }
    if (corpus.empty() || work.empty()) return usage();
    if (cli.empty() || cli.find("NOTFOUND") != std::string::npos || !fs::exists(cli)) {
        std::cerr << "argdown conformance: the Argdown CLI was not found (" << (cli.empty() ? "no --cli" : cli)
                  << "); install @argdown/cli " << wanted_version
                  << " with scripts/install-deps.sh and re-run cmake (it looks for 'argdown' on PATH, or set -DARGDOWN_CLI=...)\n";
        return 2;
    }
    std::string out;
    if (run(shell_quote(cli) + " --version", out) != 0 || fold(out).find(wanted_version) == std::string::npos) {
        std::cerr << "argdown conformance: " << cli << " is not @argdown/cli " << wanted_version << " (--version says: " << fold(out) << ")\n";
        return 2;
    }

    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(corpus))
        if (e.path().extension() == ".argdown") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    if (files.empty()) {
        std::cerr << "argdown conformance: no .argdown files in " << corpus << "\n";
        return 2;
    }
    const fs::path json_dir = fs::path(work) / "json", written_dir = fs::path(work) / "written",
                   written_json_dir = fs::path(work) / "written-json";
    for (const auto& d : {json_dir, written_dir, written_json_dir}) {
        fs::remove_all(d);
        fs::create_directories(d);
    }

    // (a) Argdown's reading of the whole corpus, one CLI run.
    const int rc = run(shell_quote(cli) + " json " + shell_quote((fs::path(corpus) / "*.argdown").string()) + " " +
                           shell_quote(json_dir.string()),
                       out);
    if (verbose) std::cout << "argdown json over the corpus exited " << rc << "\n" << out;
    const auto rejected = rejections(out);

    // (b) argmap's reading of each file against argmap's reading of Argdown's JSON.
    std::map<std::string, std::vector<std::string>> problems;
    std::map<std::string, ArgumentMap> argmap_maps;
    for (const auto& f : files) {
        const std::string name = f.filename().string();
        auto& p = problems[name];
        ArgumentMap mine, theirs;
        const auto mr = io::load_map(f.string(), mine, io::Format::argdown);
        const fs::path jf = json_dir / (f.stem().string() + ".json");
        if (!fs::exists(jf))
            p.push_back("the Argdown CLI rejects this file: " + (rejected.count(name) ? rejected.at(name) : fold(out)));
        const auto tr = fs::exists(jf) ? io::load_map(jf.string(), theirs, io::Format::argdown_json) : io::ParseResult{};
        if (!mr) p.push_back("argmap does not read it: " + mr.description());
        if (fs::exists(jf) && !tr) p.push_back("argmap does not read Argdown's JSON: " + tr.description());
        if (verbose)
            for (const auto& w : tr.warnings) std::cout << name << ": note on Argdown's JSON: " << w.to_string() << "\n";
        if (mr) argmap_maps.emplace(name, mine);
        if (mr && fs::exists(jf) && tr)
            for (auto& d : compare(reading(mine), reading(theirs), "argmap", "Argdown", true)) p.push_back(std::move(d));
    }

    // (d) argmap's Argdown writer: accepted by the CLI, with the same claims and relations.
    for (const auto& [name, m] : argmap_maps) {
        try {
            io::save_map(m, (written_dir / name).string(), io::Format::argdown);
        } catch (const std::exception& e) {
            problems[name].push_back(std::string("argmap's writer fails: ") + e.what());
        }
    }
    if (!argmap_maps.empty()) {
        const int wrc = run(shell_quote(cli) + " json " + shell_quote((written_dir / "*.argdown").string()) + " " +
                                shell_quote(written_json_dir.string()),
                            out);
        if (verbose) std::cout << "argdown json over argmap's written files exited " << wrc << "\n" << out;
    }
    const auto written_rejected = rejections(out);
    for (const auto& [name, m] : argmap_maps) {
        auto& p = problems[name];
        const fs::path jf = written_json_dir / (fs::path(name).stem().string() + ".json");
        if (!fs::exists(written_dir / name)) continue;
        if (!fs::exists(jf)) {
            p.push_back("written: the Argdown CLI rejects argmap's Argdown output " + (written_dir / name).string() + ": " +
                        (written_rejected.count(name) ? written_rejected.at(name) : std::string("no JSON exported")));
            continue;
        }
        ArgumentMap back;
        const auto r = io::load_map(jf.string(), back, io::Format::argdown_json);
        if (!r) {
            p.push_back("written: argmap does not read Argdown's JSON of its output: " + r.description());
            continue;
        }
        Reading ours = reading(m), again = reading(back);
        for (auto& d : compare(ours, again, "argmap's map", "Argdown's reading of argmap's output", false))
            p.push_back("written: " + d);
    }

    // Reading and writing apart (a file counts for writing when argmap read it).
    std::size_t reading_ok = 0, writing_ok = 0;
    for (const auto& f : files) {
        const auto& p = problems[f.filename().string()];
        const auto written = std::count_if(p.begin(), p.end(), [](const std::string& d) { return d.rfind("written: ", 0) == 0; });
        reading_ok += static_cast<std::size_t>(written) == p.size();
        writing_ok += argmap_maps.count(f.filename().string()) && written == 0;
    }
    std::size_t passed = 0, failed = 0;
    for (const auto& f : files) {
        const std::string name = f.filename().string();
        const auto& p = problems[name];
        if (p.empty()) {
            ++passed;
            if (verbose) std::cout << "PASS " << name << "\n";
            continue;
        }
        ++failed;
        std::cout << "FAIL " << name << "\n";
        for (const auto& d : p) std::cout << "  " << d << "\n";
    }
    std::cout << "reading: " << reading_ok << " of " << files.size() << " files read as Argdown reads them; writing: "
              << writing_ok << " of " << argmap_maps.size() << " maps argmap read are written so that Argdown reads them back\n";
    std::cout << "argdown conformance: " << passed << " passed, " << failed << " failed\n";
    return failed > 0 ? 1 : 0;
}
