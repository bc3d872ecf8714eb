// The concurrency rules of the public headers, exercised: one map or framework evaluated from
// 8 threads at once (const use) gives what one thread gives, and readers and writers on
// different maps run side by side. Its own small executable (argmap_concurrency_tests) so CI
// can build it, and only it, under ThreadSanitizer.
#include <catch2/catch.hpp>

#include <argmap/extensions.hpp>
#include <argmap/gradual.hpp>
#include <argmap/io.hpp>
#include <argmap/semantics.hpp>

#include <functional>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace {

constexpr int threads = 8;

const std::string central_asia = ARGMAP_EXAMPLES "/central-asia/central-asia.argdown";

/// Runs `work(t)` on `threads` threads at once (released together) and joins them.
void on_threads(const std::function<void(int)>& work) {
    std::atomic<bool> go{false};
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([&, t] {
            while (!go.load()) std::this_thread::yield();
            work(t);
        });
    go = true;
    for (auto& th : pool) th.join();
}

/// Everything we compare for a map: grounded, preferred and stable acceptance, gradual strengths.
struct MapResults {
    std::vector<argmap::Label> grounded;
    std::vector<argmap::Acceptance> preferred, stable;
    argmap::Answer preferred_answer = argmap::Answer::unknown, stable_answer = argmap::Answer::unknown;
    std::vector<double> df_quad, euler;
    friend bool operator==(const MapResults&, const MapResults&) = default;
};

MapResults evaluate_all(const argmap::ArgumentMap& map) {
    MapResults r;
    r.grounded = argmap::evaluate_grounded(map);
    const auto pr = argmap::evaluate(map, argmap::Semantics::preferred);
    r.preferred = pr.acceptance;
    r.preferred_answer = pr.answer;
    const auto st = argmap::evaluate(map, argmap::Semantics::stable);
    r.stable = st.acceptance;
    r.stable_answer = st.answer;
    r.df_quad = argmap::evaluate_gradual(map, *argmap::parse_gradual("df-quad")).strength;
    r.euler = argmap::evaluate_gradual(map, *argmap::parse_gradual("euler")).strength;
    return r;
}

/// Everything we compare for a framework: grounded, preferred/stable counts and acceptance.
struct FrameworkResults {
    argmap::Labelling grounded;
    std::uint64_t preferred_count = 0, stable_count = 0;
    std::vector<argmap::Answer> credulous_pr, sceptical_pr, sceptical_st;
    friend bool operator==(const FrameworkResults&, const FrameworkResults&) = default;
};

FrameworkResults evaluate_all(const argmap::Framework& af) {
    FrameworkResults r;
    r.grounded = argmap::grounded_labelling(af);
    r.preferred_count = argmap::count_extensions(af, argmap::Semantics::preferred).count;
    r.stable_count = argmap::count_extensions(af, argmap::Semantics::stable).count;
    for (argmap::arg_t a = 0; a < af.size(); ++a) {
        r.credulous_pr.push_back(argmap::credulous(af, argmap::Semantics::preferred, a).answer);
        r.sceptical_pr.push_back(argmap::sceptical(af, argmap::Semantics::preferred, a).answer);
        r.sceptical_st.push_back(argmap::sceptical(af, argmap::Semantics::stable, a).answer);
    }
    return r;
}

argmap::Framework random_framework(std::mt19937& rng, int n, double p) {
    std::bernoulli_distribution attack(p);
    std::vector<argmap::Attack> attacks;
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            if (attack(rng)) attacks.push_back({static_cast<argmap::arg_t>(i), static_cast<argmap::arg_t>(j)});
    return argmap::Framework(static_cast<argmap::arg_t>(n), attacks);
}

}  // namespace

TEST_CASE("one map evaluated from 8 threads gives the single-thread results", "[concurrency]") {
    argmap::ArgumentMap map;
    const auto r = argmap::io::load_map(central_asia, map);
    REQUIRE(r);
    const MapResults expected = evaluate_all(map);
    REQUIRE(expected.grounded.size() == map.claims().size());
    REQUIRE(expected.preferred_answer == argmap::Answer::yes);

    std::vector<MapResults> got(threads);
    on_threads([&](int t) { got[static_cast<std::size_t>(t)] = evaluate_all(map); });
    for (int t = 0; t < threads; ++t) CHECK(got[static_cast<std::size_t>(t)] == expected);
}

TEST_CASE("random frameworks evaluated from 8 threads give the single-thread results", "[concurrency]") {
    std::mt19937 rng(20261130);
    std::vector<argmap::Framework> frameworks;
    for (int i = 0; i < 6; ++i) frameworks.push_back(random_framework(rng, 12 + 4 * i, 0.12));
    std::vector<FrameworkResults> expected;
    for (const auto& af : frameworks) expected.push_back(evaluate_all(af));

    // Every thread evaluates every framework, starting at a different one.
    std::vector<std::vector<FrameworkResults>> got(threads, std::vector<FrameworkResults>(frameworks.size()));
    on_threads([&](int t) {
        for (std::size_t k = 0; k < frameworks.size(); ++k) {
            const std::size_t i = (k + static_cast<std::size_t>(t)) % frameworks.size();
            got[static_cast<std::size_t>(t)][i] = evaluate_all(frameworks[i]);
        }
    });
    for (int t = 0; t < threads; ++t)
        for (std::size_t i = 0; i < frameworks.size(); ++i) CHECK(got[static_cast<std::size_t>(t)][i] == expected[i]);
}

TEST_CASE("readers and writers on different maps run side by side", "[concurrency]") {
    using argmap::io::Format;
    argmap::ArgumentMap original;
    REQUIRE(argmap::io::load_map(central_asia, original));
    const Format formats[] = {Format::xml, Format::json, Format::argdown, Format::graphml};
    std::vector<std::string> texts;
    for (Format f : formats) texts.push_back(argmap::io::write_map(original, f));

    // Each thread loads the example itself, writes each format and reads it back.
    std::vector<std::vector<std::string>> written(threads);
    std::vector<int> round_trips(threads, 0);
    on_threads([&](int t) {
        argmap::ArgumentMap map;
        if (!argmap::io::load_map(central_asia, map)) return;
        for (Format f : formats) {
            written[static_cast<std::size_t>(t)].push_back(argmap::io::write_map(map, f));
            argmap::ArgumentMap back;
            if (argmap::io::read_map(written[static_cast<std::size_t>(t)].back(), f, back, "again") &&
                (f == Format::xml || f == Format::json ? back == map : back.claims().size() == map.claims().size()))
                ++round_trips[static_cast<std::size_t>(t)];
        }
    });
    for (int t = 0; t < threads; ++t) {
        CHECK(written[static_cast<std::size_t>(t)] == texts);
        CHECK(round_trips[static_cast<std::size_t>(t)] == static_cast<int>(std::size(formats)));
    }
}
