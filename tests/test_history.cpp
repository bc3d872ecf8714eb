// Claim tracking: invertible operations, revisions, persistence, timelines, git histories.
#include <catch2/catch.hpp>

#include <argmap/diff.hpp>
#include <argmap/history.hpp>
#include <argmap/timeline.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

#include "helpers.hpp"

using namespace argmap;

namespace {

// A random operation for `m`, possibly one that does not apply (apply() must then refuse it
// and leave the map alone). Fresh ids come from `counter`.
Operation random_operation(const ArgumentMap& m, std::mt19937& rng, int& counter) {
    auto pick = [&](std::size_t n) { return n == 0 ? std::size_t{0} : static_cast<std::size_t>(rng() % n); };
    const auto claims = m.claims();
    const auto rels = m.relations();
    const auto camps = m.camps();
    auto fresh_claim = [&] {
        Claim c;
        c.id = "n" + std::to_string(counter++) + (rng() % 2 ? " é" : "");
        c.text = helpers::random_text(rng, 10);
        c.kind = static_cast<ClaimKind>(rng() % 5);
        c.weight = (rng() % 101) / 100.0;
        for (const auto& camp : camps)
            if (rng() % 3 == 0) c.camps.push_back(camp.id);
        if (rng() % 3 == 0) c.data["k"] = helpers::random_text(rng, 4);
        return c;
    };
    switch (rng() % 16) {
    case 0: return op::AddClaim{fresh_claim(), pick(claims.size() + 1)};
    case 1: {
        if (claims.empty()) break;
        const std::size_t i = pick(claims.size());
        return op::RemoveClaim{claims[i], rng() % 8 ? i : pick(claims.size())};
    }
    case 2: {
        if (claims.empty()) break;
        Claim c = claims[pick(claims.size())];
        Claim d = c;
        switch (rng() % 5) {
        case 0: d.text = helpers::random_text(rng, 12); break;
        case 1: d.weight = (rng() % 101) / 100.0; break;
        case 2: d.kind = static_cast<ClaimKind>(rng() % 5); break;
        case 3: d.camps.clear(); break;
        default: d.tags.push_back("t" + std::to_string(counter++));
        }
        if (rng() % 10 == 0) c.text += "stale";  // a before-state that does not match
        return op::EditClaim{c, d};
    }
    case 3:
        if (claims.empty()) break;
        return op::MoveClaim{claims[pick(claims.size())].id, pick(claims.size()), pick(claims.size())};
    case 4: {
        if (claims.empty()) break;
        Relation r;
        r.id = "rel" + std::to_string(counter++);
        r.type = static_cast<RelationType>(rng() % 3);
        r.source = claims[pick(claims.size())].id;
        if (r.type == RelationType::undercut) {
            if (rels.empty()) break;
            r.target = rels[pick(rels.size())].id;
        } else {
            r.target = claims[pick(claims.size())].id;
        }
        r.weight = (rng() % 11) / 10.0;
        if (rng() % 3 == 0) r.data["why"] = helpers::random_text(rng, 4);
        return op::AddRelation{r, pick(rels.size() + 1)};
    }
    case 5: {
        if (rels.empty()) break;
        const std::size_t i = pick(rels.size());
        return op::RemoveRelation{rels[i], i};
    }
    case 6: {
        if (rels.empty()) break;
        const Relation& r = rels[pick(rels.size())];
        return op::ReweightRelation{r.id, rng() % 10 ? r.weight : 0.123, (rng() % 11) / 10.0};
    }
    case 7: {
        if (rels.empty()) break;
        Relation a = rels[pick(rels.size())], b = a;
        b.data["note"] = helpers::random_text(rng, 5);
        if (rng() % 2) b.weight = (rng() % 11) / 10.0;
        return op::EditRelation{a, b};
    }
    case 8:
        if (rels.empty()) break;
        return op::RenameRelation{rels[pick(rels.size())].id, rng() % 8 ? "rn" + std::to_string(counter++) : rels[pick(rels.size())].id};
    case 9:
        if (rels.empty()) break;
        return op::MoveRelation{rels[pick(rels.size())].id, pick(rels.size()), pick(rels.size())};
    case 10: {
        Camp c{"camp" + std::to_string(counter++), helpers::random_text(rng, 5), "", rng() % 2 ? "#112233" : "", {}};
        return op::AddCamp{c, pick(camps.size() + 1)};
    }
    case 11: {
        if (camps.empty()) break;
        const std::size_t i = pick(camps.size());
        return op::RemoveCamp{camps[i], i};
    }
    case 12: {
        if (camps.empty()) break;
        Camp a = camps[pick(camps.size())], b = a;
        b.name = helpers::random_text(rng, 6);
        if (rng() % 2) b.preferences = {"v" + std::to_string(counter++)};
        return op::EditCamp{a, b};
    }
    case 13:
        if (camps.empty()) break;
        return op::MoveCamp{camps[pick(camps.size())].id, pick(camps.size()), pick(camps.size())};
    case 14: return op::SetTitle{rng() % 10 ? m.title() : "wrong", helpers::random_text(rng, 6)};
    default: {
        const std::string key = "k" + std::to_string(rng() % 5);
        auto it = m.metadata().find(key);
        std::optional<std::string> now = it == m.metadata().end() ? std::nullopt : std::optional<std::string>(it->second);
        return op::SetMetadata{key, now, rng() % 3 ? std::optional<std::string>(helpers::random_text(rng, 4)) : std::nullopt};
    }
    }
    return op::SetTitle{m.title(), m.title() + "x"};
}

// `steps` random operations that apply, from `start`; the states along the way in `states`.
std::vector<Operation> random_edits(ArgumentMap& m, std::mt19937& rng, int steps, int& counter) {
    std::vector<Operation> done;
    for (int tries = 0; static_cast<int>(done.size()) < steps && tries < steps * 20; ++tries) {
        const Operation o = random_operation(m, rng, counter);
        const ArgumentMap before = m;
        try {
            argmap::apply(m, o);
        } catch (const HistoryError&) {
            REQUIRE(m == before);  // a refused operation leaves the map as it was
            continue;
        }
        done.push_back(o);
    }
    return done;
}

// A history of `n` commits of random edits starting from a random map.
History random_history(std::uint32_t seed, int n) {
    std::mt19937 rng(seed);
    ArgumentMap m = helpers::random_map(seed);
    History h;
    h.commit(m, {.author = "a", .message = "start", .timestamp = "2020-01-01T00:00:00Z"}, true);
    int counter = 0;
    for (int k = 1; k < n; ++k) {
        random_edits(m, rng, 1 + static_cast<int>(rng() % 4), counter);
        char ts[32];
        std::snprintf(ts, sizeof ts, "2020-01-%02dT12:00:00Z", k + 1);
        h.commit(m, {.author = k % 2 ? "bob" : "ann", .message = "edit " + std::to_string(k), .timestamp = ts}, true);
    }
    return h;
}

}  // namespace

TEST_CASE("random edit sequences apply and revert exactly", "[history]") {
    int applied = 0;
    for (std::uint32_t seed = 0; seed < 3000; ++seed) {
        std::mt19937 rng(seed * 7 + 1);
        ArgumentMap m = helpers::random_map(seed);
        std::vector<ArgumentMap> states{m};
        int counter = 0;
        const auto ops = random_edits(m, rng, 1 + static_cast<int>(rng() % 12), counter);
        {
            ArgumentMap replay = states[0];
            for (const auto& o : ops) {
                argmap::apply(replay, o);
                states.push_back(replay);
            }
            REQUIRE(replay == m);
        }
        applied += static_cast<int>(ops.size());
        for (std::size_t k = ops.size(); k-- > 0;) {
            argmap::revert(m, ops[k]);
            INFO("seed " << seed << ", reverting " << describe(ops[k]));
            REQUIRE(m == states[k]);
        }
        // The inverse of the inverse is the operation itself.
        for (const auto& o : ops) REQUIRE(inverse(inverse(o)) == o);
    }
    CHECK(applied > 15000);  // most proposed edits are valid ones
}

TEST_CASE("operations between two maps turn one into the other", "[history]") {
    for (std::uint32_t seed = 0; seed < 1500; ++seed) {
        std::mt19937 rng(seed + 99);
        const ArgumentMap a = helpers::random_map(seed);
        ArgumentMap b = a;
        int counter = 0;
        random_edits(b, rng, 1 + static_cast<int>(rng() % 10), counter);
        // Edited from a, and an unrelated map (everything replaced).
        for (const ArgumentMap& target : {b, helpers::random_map(seed + 5000)}) {
            const auto ops = operations_between(a, target);
            ArgumentMap m = a;
            for (const auto& o : ops) {
                INFO("seed " << seed << ": " << describe(o));
                REQUIRE_NOTHROW(argmap::apply(m, o));
            }
            REQUIRE(m == target);
            for (std::size_t k = ops.size(); k-- > 0;) argmap::revert(m, ops[k]);
            REQUIRE(m == a);
        }
        CHECK(operations_between(a, a).empty());
    }
}

TEST_CASE("edits from a file keep what did not change", "[history]") {
    const auto v1 = helpers::parse("[tram]: build it\n  - [cost]: too costly {weight: 0.8}\n  - [noise]: noisy\n");
    const auto v2 = helpers::parse("[tram]: build it\n  - [grant]: a grant pays\n  - [cost]: too costly {weight: 0.6}\n  - [noise]: noisy\n");
    // The Argdown reader numbers relations r1, r2, ... in order: adding one first renames the
    // others, and the kept attacks are renamed rather than removed and added again.
    const auto ops = operations_between(v1, v2);
    std::vector<std::string> text;
    for (const auto& o : ops) text.push_back(describe(o));
    CHECK(std::count_if(text.begin(), text.end(), [](const std::string& s) { return s.starts_with("- relation"); }) == 0);
    CHECK(std::count_if(text.begin(), text.end(), [](const std::string& s) { return s.starts_with("+ claim grant"); }) == 1);
    CHECK(std::count_if(text.begin(), text.end(), [](const std::string& s) { return s.find("renamed") != std::string::npos; }) == 2);
    CHECK(std::count_if(text.begin(), text.end(), [](const std::string& s) { return s.starts_with("~ claim cost (weight)"); }) == 1);
    ArgumentMap m = v1;
    for (const auto& o : ops) argmap::apply(m, o);
    CHECK(m == v2);
}

TEST_CASE("a revision compared with itself has no operations", "[history]") {
    const History h = random_history(5, 6);
    for (std::size_t k = 0; k <= h.size(); ++k) {
        const ArgumentMap m = h.checkout(k);
        CHECK(operations_between(m, m).empty());
        CHECK(diff(m, m).empty());
    }
    History g = h;
    CHECK(g.commit(h.head(), {.message = "nothing"}) == nullptr);
    CHECK(g.size() == h.size());
    REQUIRE(g.commit(h.head(), {.message = "nothing", .timestamp = "2021-01-01"}, true) != nullptr);
    CHECK(g.revisions().back().operations.empty());
    CHECK(g.head() == h.head());
}

TEST_CASE("checkout gives every revision's state", "[history]") {
    for (std::uint32_t seed = 0; seed < 200; ++seed) {
        std::mt19937 rng(seed);
        ArgumentMap m = helpers::random_map(seed);
        History h;
        std::vector<ArgumentMap> states{ArgumentMap{}};
        int counter = 0;
        for (int k = 0; k < 6; ++k) {
            if (k) random_edits(m, rng, 3, counter);
            h.commit(m, {.timestamp = "2021-02-0" + std::to_string(k + 1) + "T08:00:00Z"}, true);
            states.push_back(m);
        }
        for (std::size_t k = 0; k < states.size(); ++k) REQUIRE(h.checkout(k) == states[k]);
        // References: ids, numbers, dates.
        CHECK(h.resolve("3") == 3u);
        CHECK(h.resolve("0") == 0u);
        CHECK(h.resolve("2021-02-03") == 3u);
        CHECK(h.resolve("2021-02-03T07:59:59Z") == 2u);
        CHECK(h.resolve("2021-02-03T09:00:00+01:00") == 3u);
        CHECK(h.resolve("2020-12-31") == 0u);
        CHECK_FALSE(h.resolve("99"));
        CHECK_FALSE(h.resolve("no such"));
        REQUIRE(h.head() == states.back());
        // The history rebuilt from its revisions is the same.
        History again(std::vector<Revision>(h.revisions().begin(), h.revisions().end()));
        REQUIRE(again.head() == h.head());
    }
}

TEST_CASE("histories replay only when consistent", "[history]") {
    History h = random_history(11, 4);
    std::vector<Revision> revs(h.revisions().begin(), h.revisions().end());
    revs[1].id = revs[0].id;
    CHECK_THROWS_AS(History(revs), HistoryError);
    revs = {h.revisions().begin(), h.revisions().end()};
    revs[2].timestamp = "yesterday";
    CHECK_THROWS_WITH(History(revs), Catch::Contains("not ISO 8601"));
    revs = {h.revisions().begin(), h.revisions().end()};
    std::swap(revs[0], revs[1]);
    try {
        History bad(revs);
        FAIL("a revision applied out of order");
    } catch (const HistoryError& e) {
        CHECK(e.revision == 0u);
        CHECK(e.operation.has_value());
    }
    CHECK(parse_timestamp("2024-02-29") == 1709164800);
    CHECK(parse_timestamp("2024-02-29T00:00:00+01:00") == 1709164800 - 3600);
    CHECK(parse_timestamp("2024-02-29T12:30Z") == 1709164800 + 45000);
    CHECK_FALSE(parse_timestamp("2023-02-29"));
    CHECK_FALSE(parse_timestamp("2024-13-01"));
    CHECK_FALSE(parse_timestamp("2024-01-01T10:00:00+1"));
}

TEST_CASE("histories persist in native XML and JSON", "[history]") {
    for (std::uint32_t seed = 0; seed < 150; ++seed) {
        const History h = random_history(seed, 1 + seed % 6);
        for (auto format : {io::Format::xml, io::Format::json}) {
            const std::string text = format == io::Format::xml ? io::write_xml(h) : io::write_json(h);
            History back;
            const auto r = format == io::Format::xml ? io::read_xml(text, back, "h") : io::read_json(text, back, "h");
            INFO("seed " << seed << " " << io::to_string(format) << ": " << r.description());
            REQUIRE(r);
            REQUIRE(back == h);
            REQUIRE(back.head() == h.head());
            // Read as a plain map, the file is the head.
            ArgumentMap plain;
            REQUIRE(io::read_map(text, format, plain, "h"));
            REQUIRE(plain == h.head());
        }
    }
}

TEST_CASE("files without a history still read", "[history]") {
    const ArgumentMap m = helpers::random_map(3);
    for (auto format : {io::Format::xml, io::Format::json}) {
        const std::string text = io::write_map(m, format);
        History h;
        const auto r = format == io::Format::xml ? io::read_xml(text, h, "old") : io::read_json(text, h, "old");
        REQUIRE(r);
        CHECK(h.empty());
        REQUIRE(r.warnings.size() == 1);
        CHECK(r.warnings[0].message.find("no") != std::string::npos);
        ArgumentMap plain;
        REQUIRE(io::read_map(text, format, plain, "old"));
        CHECK(plain == m);
    }
}

TEST_CASE("a tampered history is an error at its element", "[history]") {
    History h;
    auto v1 = helpers::parse("[tram]: build it\n  - [cost]: too costly {weight: 0.8}\n");
    auto v2 = helpers::parse("[tram]: build it\n  - [cost]: too costly {weight: 0.6}\n    - [grant]: a grant pays {kind: evidence}\n");
    h.commit(v1, {.author = "ann", .message = "first", .timestamp = "2024-01-01T09:00:00Z"});
    h.commit(v2, {.author = "bob", .message = "grant", .timestamp = "2024-02-01T09:00:00Z"});
    const std::string xml = io::write_xml(h);

    SECTION("an operation whose before-state does not match") {
        std::string bad = xml;
        const auto at = bad.find("<edit-claim>");
        REQUIRE(at != std::string::npos);
        const auto w = bad.find("weight=\"0.8\"", at);
        REQUIRE(w != std::string::npos);
        bad.replace(w, 12, "weight=\"0.7\"");
        History out;
        const auto r = io::read_xml(bad, out, "t.xml");
        REQUIRE_FALSE(r);
        CHECK(r.error.element == "/argmap/history[1]/revision[2]/edit-claim[1]");
        CHECK(r.error.line > 0);
        CHECK(r.error.message.find("cost") != std::string::npos);
        CHECK(out.empty());
    }
    SECTION("a history that does not replay to the content") {
        std::string bad = xml;
        const auto at = bad.find("<text>a grant pays</text>");
        REQUIRE(at != std::string::npos);
        bad.replace(at, 25, "<text>a loan pays</text>");  // the content, not the history
        History out;
        const auto r = io::read_xml(bad, out, "t.xml");
        REQUIRE_FALSE(r);
        CHECK(r.error.element == "/argmap/history[1]");
        CHECK(r.error.message.find("does not replay") != std::string::npos);
        CHECK(r.error.message.find("grant") != std::string::npos);
    }
    SECTION("an unknown operation") {
        std::string bad = xml;
        const auto at = bad.find("<edit-claim>");
        bad.insert(at, "<paint-claim/>");
        History out;
        const auto r = io::read_xml(bad, out, "t.xml");
        REQUIRE_FALSE(r);
        CHECK(r.error.element == "/argmap/history[1]/revision[2]/paint-claim[1]");
        // The plain reader checks the history's syntax too.
        ArgumentMap plain;
        CHECK_FALSE(io::read_xml(bad, plain, "t.xml"));
    }
    SECTION("JSON: a reweight from the wrong weight") {
        std::string json = io::write_json(h);
        const auto at = json.find("\"op\": \"edit-claim\"");
        REQUIRE(at != std::string::npos);
        const auto w = json.find("\"weight\": 0.8", at);
        REQUIRE(w != std::string::npos);
        json.replace(w, 13, "\"weight\": 0.9");
        History out;
        const auto r = io::read_json(json, out, "t.json");
        REQUIRE_FALSE(r);
        CHECK(r.error.element.starts_with("/history/1/operations/"));
    }
}

namespace {

// Statuses of every claim computed from scratch on the checked-out revision.
void check_timeline_against_scratch(const History& h, const TimelineOptions& o) {
    const Timeline t = timeline(h, o);
    REQUIRE(t.revisions.size() == h.size());
    for (std::size_t k = 0; k < h.size(); ++k) {
        const ArgumentMap m = h.checkout(k + 1);
        const auto s = statuses(m, o);
        for (std::size_t i = 0; i < m.claims().size(); ++i) {
            const auto* row = t.row(m.claims()[i].id);
            REQUIRE(row);
            REQUIRE((*row)[k] == s[i]);
        }
        std::size_t present = 0;
        for (const auto& row : t.status) present += row[k].present;
        REQUIRE(present == m.claims().size());
    }
}

}  // namespace

TEST_CASE("timelines equal statuses computed from scratch at every revision", "[history]") {
    std::size_t evaluations = 0, revisions = 0;
    for (std::uint32_t seed = 0; seed < 60; ++seed) {
        History h = random_history(seed, 2 + seed % 7);
        // Some revisions that no semantics can see: texts and titles.
        ArgumentMap m = h.head();
        m.set_title("retitled");
        h.commit(m, {.timestamp = "2021-01-01"});
        if (!m.claims().empty()) {
            Claim c = m.claims()[0];
            c.text += " (reworded)";
            m.update_claim(c);
            h.commit(m, {.timestamp = "2021-01-02"});
        }
        TimelineOptions grounded;
        check_timeline_against_scratch(h, grounded);
        TimelineOptions preferred;
        preferred.semantics = Semantics::preferred;
        check_timeline_against_scratch(h, preferred);
        TimelineOptions gradual;
        gradual.semantics.reset();
        gradual.gradual = parse_gradual("df-quad");
        check_timeline_against_scratch(h, gradual);
        const Timeline t = timeline(h, grounded);
        evaluations += t.evaluations;
        revisions += t.revisions.size();
    }
    CHECK(evaluations < revisions);  // the text-only revisions were not evaluated again
}

TEST_CASE("a claim's timeline lists the revisions where it changed", "[history]") {
    History h;
    h.commit(helpers::parse("[tram]: build it\n  - [cost]: too costly {weight: 0.8}\n"), {.message = "v1", .timestamp = "2024-01-01"});
    h.commit(helpers::parse("[tram]: build it\n  - [cost]: too costly {weight: 0.6}\n    - [grant]: a grant pays\n"),
             {.message = "v2", .timestamp = "2024-02-01"});
    h.commit(helpers::parse("[tram]: build it, now\n  - [cost]: too costly {weight: 0.6}\n    - [grant]: a grant pays\n"),
             {.message = "v3", .timestamp = "2024-03-01"});
    h.commit(helpers::parse("[tram]: build it, now {weight: 0.5}\n"), {.message = "v4", .timestamp = "2024-04-01"});
    TimelineOptions o;
    o.gradual = parse_gradual("df-quad");
    const Timeline t = timeline(h, o);
    // Grounded: tram out (cost unattacked), in (grant defeats cost), in, in (cost gone).
    const auto changes = t.changes("tram");
    REQUIRE(changes.size() == 3);
    CHECK(changes[0].revision == 0);
    CHECK_FALSE(changes[0].before.present);
    CHECK(changes[0].after.label == Label::out);
    CHECK(changes[1].revision == 1);
    CHECK(changes[1].after.label == Label::in);
    CHECK(changes[2].revision == 3);  // v3 only reworded; v4 dropped the attack and halved the base
    CHECK(changes[2].after.label == Label::in);
    CHECK(changes[2].after.strength == Approx(0.5));
    // In v2 grant (1) defeats cost: cost 0.6 - 0.6 * 1 = 0, tram 1 - 1 * 0 = 1.
    CHECK((*t.row("tram"))[1].strength == Approx(1.0));
    // DF-QuAD strengths checked by hand: v1 tram 1 - 0.8 = 0.2 (cost 0.8 unattacked).
    CHECK((*t.row("tram"))[0].strength == Approx(0.2));
    const auto cost = t.changes("cost");
    REQUIRE(cost.size() == 3);
    CHECK_FALSE(cost.back().after.present);
    // The picture holds one band cell and one point per revision, with escaped text.
    const std::string svg = timeline_svg(t, "tram");
    CHECK(svg.starts_with("<?xml"));
    CHECK(svg.find("<svg") != std::string::npos);
    std::size_t rects = 0, circles = 0;
    for (std::size_t p = 0; (p = svg.find("<rect x=", p)) != std::string::npos; ++p) ++rects;
    for (std::size_t p = 0; (p = svg.find("<circle", p)) != std::string::npos; ++p) ++circles;
    CHECK(rects == 4);
    CHECK(circles == 4);
    CHECK_THROWS_AS(timeline_svg(t, "nobody"), std::invalid_argument);
}

TEST_CASE("timeline pictures escape what they show", "[history]") {
    History h;
    ArgumentMap m;
    Claim c;
    c.id = "a<b & \"c\"";
    m.add_claim(c);
    h.commit(m, {.timestamp = "2024-01-01", .id = "<rev>&"});
    const std::string svg = timeline_svg(timeline(h), "a<b & \"c\"");
    CHECK(svg.find("a&lt;b &amp; &quot;c&quot;") != std::string::npos);
    CHECK(svg.find("&lt;rev&gt;&amp;") != std::string::npos);
    CHECK(svg.find("<rev>") == std::string::npos);
}

namespace {

struct TempDir {
    std::filesystem::path path;
    TempDir() {
        std::random_device rd;
        path = std::filesystem::temp_directory_path() / ("argmap-git-" + std::to_string(rd()));
        std::filesystem::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
};

void write(const std::filesystem::path& p, const std::string& text) {
    std::ofstream(p, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("git: one revision per commit that changed the file, following renames", "[history][git]") {
    if (std::system("git --version > /dev/null 2>&1") != 0) {
        WARN("git is not installed; skipped");
        return;
    }
    TempDir dir;
    const std::string d = dir.path.string();
    auto git = [&](const std::string& args, const std::string& date = "2024-01-01T10:00:00+02:00", const std::string& author = "Ann") {
        const std::string cmd = "cd '" + d + "' && HOME='" + d + "' GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME='" + author +
                                "' GIT_AUTHOR_EMAIL=a@example.org GIT_COMMITTER_NAME=C GIT_COMMITTER_EMAIL=c@example.org GIT_AUTHOR_DATE='" +
                                date + "' GIT_COMMITTER_DATE='" + date + "' git " + args + " > /dev/null 2>&1";
        REQUIRE(std::system(cmd.c_str()) == 0);
    };
    const std::string v0 = "[old]: a draft\n";
    const std::string v1 = "[tram]: build it\n  - [cost]: too costly {weight: 0.8}\n";
    const std::string v2 = "[tram]: build it\n  - [cost]: too costly {weight: 0.6}\n    - [grant]: a grant pays {kind: evidence}\n";
    const std::string v3 = v2 + "    _ [late]: the grant comes late\n";
    const std::string v4 = v3 + "      - [early]: it came early\n";
    git("init -q -b main");
    write(dir.path / "tram.argdown", v0);
    git("add tram.argdown");
    git("commit -q -m draft", "2023-12-01T10:00:00+02:00");
    git("rm -q tram.argdown");
    git("commit -q -m 'drop the draft'", "2023-12-02T10:00:00+02:00");
    write(dir.path / "tram.argdown", v1);
    git("add tram.argdown");
    git("commit -q -m first", "2024-01-01T10:00:00+02:00");
    write(dir.path / "notes.txt", "not the map\n");
    git("add notes.txt");
    git("commit -q -m notes", "2024-01-02T10:00:00Z");
    write(dir.path / "tram.argdown", v2);
    git("commit -q -a -m 'a grant' -m 'found in the budget'", "2024-02-01T09:30:00-05:00", "Bob");
    git("mv tram.argdown debate.argdown");
    git("commit -q -m rename", "2024-02-02T10:00:00Z");
    write(dir.path / "debate.argdown", v3);
    git("commit -q -a -m late", "2024-03-01T10:00:00Z");
    git("checkout -q -b side");
    write(dir.path / "debate.argdown", v4);
    git("commit -q -a -m early", "2024-03-05T10:00:00Z", "Cem");
    git("checkout -q main");
    write(dir.path / "notes.txt", "still not the map\n");
    git("commit -q -a -m 'more notes'", "2024-03-06T10:00:00Z");
    git("merge -q --no-ff side -m 'merge side'", "2024-03-07T10:00:00Z", "Dee");

    const History h = git_history((dir.path / "debate.argdown").string());
    REQUIRE(h.size() == 4);
    const auto revs = h.revisions();
    CHECK(revs[0].message == "first");
    CHECK(revs[0].author == "Ann");
    CHECK(revs[0].timestamp == "2024-01-01T10:00:00+02:00");
    CHECK(revs[1].message == "a grant\n\nfound in the budget");
    CHECK(revs[1].author == "Bob");
    CHECK(revs[1].timestamp == "2024-02-01T09:30:00-05:00");
    CHECK(revs[2].message == "late");
    CHECK(revs[3].message == "merge side");
    CHECK(revs[3].author == "Dee");
    for (const auto& r : revs) CHECK(r.id.size() == 40);
    // Contents: each revision is the file as committed.
    const std::string versions[] = {v1, v2, v3, v4};
    for (std::size_t k = 0; k < 4; ++k) {
        ArgumentMap expected;
        REQUIRE(io::read_argdown(versions[k], expected));
        CHECK(h.checkout(k + 1) == expected);
    }
    // The commit id (or a prefix) selects a revision; a timeline works on it like on any history.
    CHECK(h.resolve(revs[1].id.substr(0, 8)) == 2u);
    const Timeline t = timeline(h);
    CHECK((*t.row("tram"))[0].label == Label::out);
    CHECK((*t.row("tram"))[1].label == Label::in);
    // Errors: a file that is not in HEAD; a directory that is not a repository.
    CHECK_THROWS_WITH(git_history((dir.path / "tram.argdown").string()), Catch::Contains("not in HEAD"));
    TempDir elsewhere;
    write(elsewhere.path / "x.argdown", "[a]\n");
    CHECK_THROWS_WITH(git_history((elsewhere.path / "x.argdown").string()), Catch::Contains("not inside a git repository"));
}

TEST_CASE("git: a version that does not parse names the commit and position", "[history][git]") {
    if (std::system("git --version > /dev/null 2>&1") != 0) return;
    TempDir dir;
    const std::string d = dir.path.string();
    auto git = [&](const std::string& args) {
        const std::string cmd = "cd '" + d + "' && HOME='" + d + "' GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=A GIT_AUTHOR_EMAIL=a@x "
                                "GIT_COMMITTER_NAME=A GIT_COMMITTER_EMAIL=a@x git " + args + " > /dev/null 2>&1";
        REQUIRE(std::system(cmd.c_str()) == 0);
    };
    git("init -q -b main");
    write(dir.path / "m.argdown", "[a]: x {weight: 7}\n");
    git("add m.argdown");
    git("commit -q -m bad");
    write(dir.path / "m.argdown", "[a]: x\n");
    git("commit -q -a -m good");
    CHECK_THROWS_WITH(git_history((dir.path / "m.argdown").string()), Catch::Matches(".*[0-9a-f]{10}:m\\.argdown:1:[0-9]+: error: .*weight.*"));
}
