// ReadLimits (input size, nesting, claims, relations, text length) and solver Limits
// (deadline, cancellation flag set from another thread).
#include <catch2/catch.hpp>

#include <argmap/extensions.hpp>
#include <argmap/history.hpp>
#include <argmap/io.hpp>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <limits>
#include <random>
#include <string>
#include <thread>

using argmap::io::Format;
using argmap::io::ParseStatus;
using argmap::io::ReadLimits;

namespace {

std::string nested(std::size_t depth, std::string_view open, std::string_view inner, std::string_view close) {
    std::string s;
    for (std::size_t i = 0; i < depth; ++i) s += open;
    s += inner;
    for (std::size_t i = 0; i < depth; ++i) s += close;
    return s;
}

argmap::io::ParseResult read(std::string_view text, Format f, argmap::ArgumentMap& map, const ReadLimits& limits = {}) {
    return argmap::io::read_map(text, f, map, "in", limits);
}

}  // namespace

TEST_CASE("the default limits admit the shipped examples and test data", "[limits]") {
    for (const char* file : {ARGMAP_EXAMPLES "/central-asia/central-asia.argdown", ARGMAP_TEST_DATA "/aifdb.json",
                             ARGMAP_TEST_DATA "/networkx.graphml", ARGMAP_TEST_DATA "/e-democracy.bag",
                             ARGMAP_TEST_DATA "/floating.af", ARGMAP_TEST_DATA "/sst.apx"}) {
        argmap::ArgumentMap map;
        INFO(file);
        CHECK(argmap::io::load_map(file, map));
        CHECK_FALSE(map.empty());
    }
}

TEST_CASE("an input larger than max_bytes fails before it is parsed or read", "[limits]") {
    argmap::ArgumentMap map;
    ReadLimits small;
    small.max_bytes = 10;
    auto r = read("[a]: text of a\n", Format::argdown, map, small);
    CHECK(r.status == ParseStatus::limit_exceeded);
    CHECK_THAT(r.description(), Catch::Contains("in: error: the input is 15 bytes; ReadLimits::max_bytes is 10"));
    CHECK(map.empty());

    // A 1 GiB file (sparse: no disk used) against the default 256 MiB: refused by its size.
    const auto path = std::filesystem::temp_directory_path() / "argmap-limits-1gib.argdown";
    { std::ofstream(path, std::ios::binary) << "[a]: a\n"; }
    std::filesystem::resize_file(path, std::uintmax_t{1} << 30);
    r = argmap::io::load_map(path.string(), map);
    std::filesystem::remove(path);
    CHECK(r.status == ParseStatus::limit_exceeded);
    CHECK_THAT(r.error.message, Catch::Contains("1073741824 bytes") && Catch::Contains("ReadLimits::max_bytes is 268435456"));
    CHECK(r.error.file == path.string());
}

TEST_CASE("nesting past max_depth fails at the first level too deep", "[limits]") {
    argmap::ArgumentMap map;
    ReadLimits limits;
    limits.max_depth = 8;

    SECTION("JSON arrays in a native JSON map") {
        const std::string text = "{\"claims\": " + nested(20, "[", "", "]") + "}";
        const auto r = read(text, Format::json, map, limits);
        CHECK(r.status == ParseStatus::limit_exceeded);
        // The ninth bracket: the object is level 1, the 8th '[' level 9 at column 1 + 11 + 7.
        CHECK(r.error.line == 1);
        CHECK(r.error.column == 19);
        CHECK_THAT(r.error.message, Catch::Contains("nesting deeper than 8 levels; ReadLimits::max_depth is 8"));
    }
    SECTION("AIF and Argdown's JSON are checked the same way") {
        const std::string text = nested(100000, "[", "", "]");
        CHECK(read(text, Format::aif, map, limits).status == ParseStatus::limit_exceeded);
        CHECK(read(text, Format::argdown_json, map, limits).status == ParseStatus::limit_exceeded);
        // Under the default (100) the JSON readers' own cap of 64 answers first.
        const auto r = read(text, Format::argdown_json, map);
        CHECK_FALSE(r);
        CHECK(r.status != ParseStatus::limit_exceeded);
    }
    SECTION("XML elements, comments and self-closing elements aside") {
        const std::string text = "<?xml version=\"1.0\"?>\n<!-- <a><a><a><a><a><a><a><a><a><a> -->\n<argmap><x/><x/>" +
                                 nested(10, "<g a=\">\">", "", "</g>") + "</argmap>";
        const auto r = read(text, Format::xml, map, limits);
        CHECK(r.status == ParseStatus::limit_exceeded);
        CHECK(r.error.line == 3);
        CHECK(r.error.column == 17 + 7 * 9);  // the 8th <g>, level 9
        limits.max_depth = 11;
        CHECK(read(text, Format::xml, map, limits).status != ParseStatus::limit_exceeded);
        CHECK(read(text, Format::graphml, map).status != ParseStatus::limit_exceeded);
    }
    SECTION("YAML brackets and indentation levels in Argdown") {
        auto r = read("===\nx: " + nested(20, "[", "", "]") + "\n===\n\n[a]: a\n", Format::argdown, map, limits);
        CHECK(r.status == ParseStatus::limit_exceeded);
        CHECK(r.error.line == 2);
        CHECK(r.error.column == 4 + 8);  // the 9th bracket
        r = read("===\nx: " + nested(100000, "[", "", "]") + "\n===\n\n[a]: a\n", Format::argdown, map);
        CHECK(r.status == ParseStatus::limit_exceeded);
        CHECK(r.error.column == 4 + 100);
        std::string deep = "[a]: a\n";
        for (int i = 1; i <= 20; ++i) deep += std::string(2 * static_cast<std::size_t>(i), ' ') + "- [x" + std::to_string(i) + "]\n";
        argmap::ArgumentMap chain;
        r = read(deep, Format::argdown, chain, limits);  // level 9 is line 10, indented by 18
        CHECK(r.status == ParseStatus::limit_exceeded);
        CHECK(r.error.line == 10);
        CHECK(r.error.column == 19);
        CHECK(chain.empty());
        limits.max_depth = 20;
        CHECK(read(deep, Format::argdown, chain, limits));
        CHECK(chain.relations().size() == 20);
    }
    CHECK(map.empty());
}

TEST_CASE("claims, relations and texts past their limits are named", "[limits]") {
    argmap::ArgumentMap map;
    ReadLimits limits;
    SECTION("an i23 header declaring more arguments than max_claims fails before any allocation") {
        const auto r = read("# huge\np af 4000000000\n1 2\n", Format::i23, map);
        CHECK(r.status == ParseStatus::limit_exceeded);
        CHECK(r.error.line == 2);
        CHECK(r.error.column == 6);
        CHECK_THAT(r.error.message, Catch::Contains("'p af 4000000000' declares more arguments than the limit; ReadLimits::max_claims is 5000000"));
        argmap::io::NamedFramework nf;
        CHECK(argmap::io::read_af("p af 99999999999999999999999\n", argmap::io::AfFormat::i23, nf).status == ParseStatus::limit_exceeded);
    }
    SECTION("claims") {
        limits.max_claims = 2;
        const auto r = read("arg(a, 0.5).\narg(b, 0.5).\narg(c, 0.5).\n", Format::bag, map, limits);
        CHECK(r.status == ParseStatus::limit_exceeded);
        CHECK_THAT(r.error.message, Catch::Contains("3 claims, the first past the limit is 'c'; ReadLimits::max_claims is 2"));
        limits.max_claims = 3;
        argmap::ArgumentMap three;
        CHECK(read("arg(a, 0.5).\narg(b, 0.5).\narg(c, 0.5).\n", Format::bag, three, limits));
        CHECK(three.claims().size() == 3);
    }
    SECTION("relations, and arguments and attacks of a framework") {
        limits.max_relations = 1;
        auto r = read("a\nb\n#\na b\nb a\n", Format::tgf, map, limits);
        CHECK(r.status == ParseStatus::limit_exceeded);
        CHECK_THAT(r.error.message, Catch::Contains("2 relations") && Catch::Contains("max_relations is 1"));
        argmap::io::NamedFramework nf;
        r = argmap::io::read_af("p af 2\n1 2\n2 1\n", argmap::io::AfFormat::i23, nf, "af", limits);
        CHECK(r.status == ParseStatus::limit_exceeded);
        CHECK_THAT(r.description(), Catch::Contains("af: error: 2 attacks; ReadLimits::max_relations is 1"));
    }
    SECTION("text length") {
        limits.max_text_bytes = 16;
        const auto r = read("[short]: " + std::string(40, 'x') + "\n", Format::argdown, map, limits);
        CHECK(r.status == ParseStatus::limit_exceeded);
        CHECK_THAT(r.error.message, Catch::Contains("the text of claim 'short' is 40 bytes; ReadLimits::max_text_bytes is 16"));
    }
    CHECK(map.empty());
}

namespace {

// Hard for a single SAT call and for enumeration: a dense random framework of a few hundred
// arguments (sceptical preferred acceptance needs CEGAR over preferred extensions), and many
// mutually attacking pairs (exponentially many stable extensions to count).
argmap::Framework dense_random(int n, double p, unsigned seed) {
    std::mt19937 rng(seed);
    std::bernoulli_distribution attack(p);
    std::vector<argmap::Attack> attacks;
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            if (i != j && attack(rng)) attacks.push_back({static_cast<argmap::arg_t>(i), static_cast<argmap::arg_t>(j)});
    return argmap::Framework(static_cast<argmap::arg_t>(n), attacks);
}

argmap::Framework many_pairs(int pairs) {
    std::vector<argmap::Attack> attacks;
    for (int i = 0; i < pairs; ++i) {
        const auto a = static_cast<argmap::arg_t>(2 * i), b = static_cast<argmap::arg_t>(2 * i + 1);
        attacks.push_back({a, b});
        attacks.push_back({b, a});
    }
    return argmap::Framework(static_cast<argmap::arg_t>(2 * pairs), attacks);
}

using Clock = std::chrono::steady_clock;

/// Runs `solve` with a cancellation flag that another thread sets after `after`; returns the
/// latency from setting the flag to `solve` returning, and whether the answer was unknown.
template <class Solve>
std::pair<Clock::duration, bool> cancel_after(Clock::duration after, Solve solve) {
    std::atomic<bool> cancel{false};
    argmap::Limits limits;
    limits.cancel = &cancel;
    Clock::time_point set_at{};
    std::thread canceller([&] {
        std::this_thread::sleep_for(after);
        set_at = Clock::now();
        cancel.store(true);
    });
    const bool unknown = solve(limits) == argmap::Answer::unknown;
    const auto returned = Clock::now();
    canceller.join();
    return {returned - set_at, unknown};
}

}  // namespace

TEST_CASE("a cancellation flag set from another thread stops hard solver calls promptly", "[limits][cancel]") {
    using namespace std::chrono_literals;
    SECTION("counting stable extensions one by one (2^150 of them)") {
        // count_extensions splits the pairs into components and answers at once; the direct
        // path enumerates them.
        const auto af = many_pairs(150);
        const auto [latency, unknown] = cancel_after(
            200ms, [&](const argmap::Limits& l) { return argmap::direct::count_extensions(af, argmap::Semantics::stable, l).answer; });
        CHECK(unknown);
        CHECK(latency < 1s);
    }
    SECTION("counting preferred extensions of a dense random framework") {
        const auto af = dense_random(300, 0.3, 7);
        const auto [latency, unknown] = cancel_after(
            200ms, [&](const argmap::Limits& l) { return argmap::count_extensions(af, argmap::Semantics::preferred, l).answer; });
        CHECK(unknown);
        CHECK(latency < 1s);
    }
    SECTION("sceptical preferred acceptance inside one SAT search") {
        const auto af = dense_random(300, 0.3, 11);
        const auto [latency, unknown] = cancel_after(
            200ms, [&](const argmap::Limits& l) { return argmap::sceptical(af, argmap::Semantics::preferred, 0, l).answer; });
        CHECK(unknown);
        CHECK(latency < 1s);
    }
}

TEST_CASE("a deadline stops a hard solver call promptly", "[limits][cancel]") {
    using namespace std::chrono_literals;
    const auto af = dense_random(300, 0.3, 7);
    argmap::Limits limits;
    limits.deadline = Clock::now() + 200ms;
    const auto answer = argmap::count_extensions(af, argmap::Semantics::preferred, limits).answer;
    const auto late = Clock::now() - limits.deadline;
    CHECK(answer == argmap::Answer::unknown);
    CHECK(late < 1s);
}

TEST_CASE("Limits::after: a deadline seconds from now, expired at 0, none beyond the clock", "[limits]") {
    using namespace std::chrono_literals;
    const auto before = Clock::now();
    const auto hour = argmap::Limits::after(3600);
    const auto after = Clock::now();
    CHECK(hour.deadline >= before + 3600s);
    CHECK(hour.deadline <= after + 3600s);
    CHECK_FALSE(hour.expired());
    const auto half = argmap::Limits::after(0.5);
    CHECK(half.deadline - after < 501ms);
    CHECK(half.deadline - before >= 500ms);
    // Zero, negative and NaN timeouts leave no time at all.
    for (double s : {0.0, -1.0, -1e300, std::numeric_limits<double>::quiet_NaN()}) {
        INFO(s);
        const auto l = argmap::Limits::after(s);
        const auto now = Clock::now();
        CHECK(l.expired());
        CHECK(l.deadline <= now);
    }
    // Timeouts the clock cannot hold are no deadline rather than a wrapped-around, past one.
    for (double s : {1e12, 1e30, std::numeric_limits<double>::infinity(), std::numeric_limits<double>::max()}) {
        INFO(s);
        CHECK(argmap::Limits::after(s).deadline == Clock::time_point::max());
        CHECK_FALSE(argmap::Limits::after(s).expired());
    }
    // Just inside the clock's range still a deadline, in the future (no overflow on the way).
    const double century = 100.0 * 365 * 24 * 3600;
    const auto c = argmap::Limits::after(century);
    CHECK(c.deadline != Clock::time_point::max());
    CHECK(c.deadline > Clock::now() + std::chrono::hours(24 * 365 * 99));
    // A solver call under a far deadline answers.
    const auto af = many_pairs(3);
    CHECK(argmap::credulous(af, argmap::Semantics::preferred, 0, argmap::Limits::after(1e30)).answer == argmap::Answer::yes);
}

TEST_CASE("Limits::timeout: 0 or less is no limit, otherwise after(seconds)", "[limits]") {
    using namespace std::chrono_literals;
    for (double s : {0.0, -1.0, -1e300, std::numeric_limits<double>::quiet_NaN()}) {
        INFO(s);
        const auto l = argmap::Limits::timeout(s);
        CHECK(l.deadline == Clock::time_point::max());
        CHECK_FALSE(l.expired());
    }
    const auto before = Clock::now();
    const auto hour = argmap::Limits::timeout(3600);
    const auto after = Clock::now();
    CHECK(hour.deadline >= before + 3600s);
    CHECK(hour.deadline <= after + 3600s);
    CHECK(argmap::Limits::timeout(std::numeric_limits<double>::infinity()).deadline == Clock::time_point::max());
    // A tiny positive timeout is a real, soon expired deadline, not "no limit".
    const auto tiny = argmap::Limits::timeout(1e-9);
    CHECK(tiny.deadline != Clock::time_point::max());
    CHECK(tiny.deadline <= Clock::now() + 1s);
}

TEST_CASE("history files obey ReadLimits like maps", "[limits][history]") {
    argmap::ArgumentMap v1, v2;
    auto claim = [](int i) {
        argmap::Claim c;
        c.id = "c" + std::to_string(i);
        c.text = "claim " + std::to_string(i);
        return c;
    };
    for (int i = 0; i < 3; ++i) v1.add_claim(claim(i));
    v2 = v1;
    for (int i = 3; i < 6; ++i) v2.add_claim(claim(i));
    argmap::History h;
    h.commit(v1);
    h.commit(v2);
    ReadLimits five;
    five.max_claims = 5;
    for (Format f : {Format::xml, Format::json}) {
        const std::string text = f == Format::xml ? argmap::io::write_xml(h) : argmap::io::write_json(h);
        argmap::History back;
        auto r = f == Format::xml ? argmap::io::read_xml(text, back, "h", five) : argmap::io::read_json(text, back, "h", five);
        CHECK(r.status == ParseStatus::limit_exceeded);
        CHECK(r.description().find("max_claims") != std::string::npos);
        CHECK(back.empty());
        ReadLimits small;
        small.max_bytes = text.size() - 1;
        r = f == Format::xml ? argmap::io::read_xml(text, back, "h", small) : argmap::io::read_json(text, back, "h", small);
        CHECK(r.status == ParseStatus::limit_exceeded);
        // Within the defaults the same text is read whole.
        r = f == Format::xml ? argmap::io::read_xml(text, back, "h") : argmap::io::read_json(text, back, "h");
        REQUIRE(r);
        CHECK(back.size() == 2);
        CHECK(back.head() == v2);
        // load_history refuses a file past max_bytes before reading it.
        const auto path = std::filesystem::temp_directory_path() / (f == Format::xml ? "argmap-limits-history.xml" : "argmap-limits-history.json");
        std::ofstream(path, std::ios::binary) << text;
        r = argmap::io::load_history(path.string(), back, std::nullopt, small);
        CHECK(r.status == ParseStatus::limit_exceeded);
        CHECK(argmap::io::load_history(path.string(), back, std::nullopt, five).status == ParseStatus::limit_exceeded);
        REQUIRE(argmap::io::load_history(path.string(), back));
        CHECK(back.head() == v2);
        std::filesystem::remove(path);
    }
    // Nesting is checked on the text before parsing.
    argmap::History back;
    ReadLimits shallow;
    shallow.max_depth = 3;
    CHECK(argmap::io::read_xml(argmap::io::write_xml(h), back, "h", shallow).status == ParseStatus::limit_exceeded);
}
