// The ICCMA benchmark generators (bench/iccma): same seed, same bytes; and each family has the
// shape its definition promises, checked here from the definition, not from the generator.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "family.hpp"

using namespace iccma_bench;

namespace {

std::string bytes(const GeneratedFramework& af) {
    std::ostringstream out;
    write_i23(out, af);
    return out.str();
}

using Edge = std::pair<Argument, Argument>;

/// Unordered pairs joined by at least one attack, and how many joined both ways.
struct Undirected {
    std::set<Edge> edges;
    std::size_t mutual = 0;
};

Undirected undirected(const GeneratedFramework& af) {
    std::set<Edge> directed(af.attacks.begin(), af.attacks.end());
    Undirected u;
    for (auto [a, b] : directed) {
        u.edges.insert({std::min(a, b), std::max(a, b)});
        if (a < b && directed.count({b, a})) ++u.mutual;
    }
    return u;
}

void require_simple(const GeneratedFramework& af) {
    std::set<Edge> seen;
    for (auto [a, b] : af.attacks) {
        REQUIRE(a < af.arguments);
        REQUIRE(b < af.arguments);
        REQUIRE(a != b);
        REQUIRE(seen.insert({a, b}).second);  // no attack listed twice
    }
}

}  // namespace

TEST_CASE("every family gives the same bytes for the same seed and others for another seed", "[iccma-families]") {
    StableGeneratorParameters sp;
    sp.arguments = 150;
    sp.extensions_min = 2;
    sp.extensions_max = 5;
    sp.extension_size_min = 10;
    sp.extension_size_max = 25;
    sp.grounded_size_min = 1;
    sp.grounded_size_max = 4;
    sp.attack_probability = 0.02;
    const std::map<std::string, GeneratedFramework (*)(std::uint64_t)> families = {
        {"afgen", [](std::uint64_t s) { return afgen(120, 0.3, 0.2, s); }},
        {"er", [](std::uint64_t s) { return erdos_renyi(120, 0.05, s); }},
        {"ba", [](std::uint64_t s) { return barabasi_albert(300, 2, 0.3, s); }},
        {"ws", [](std::uint64_t s) { return watts_strogatz(200, 6, 0.3, 0.2, s); }},
        {"grid", [](std::uint64_t s) { return grid(12, 9, 8, 0.3, s); }},
    };
    for (const auto& [name, make] : families) {
        INFO(name);
        const auto once = bytes(make(7)), twice = bytes(make(7));
        CHECK(once == twice);
        CHECK(once != bytes(make(8)));
    }
    CHECK(bytes(stable_generator(sp, 7)) == bytes(stable_generator(sp, 7)));
    CHECK(bytes(stable_generator(sp, 7)) != bytes(stable_generator(sp, 8)));
    CHECK(bytes(admbuster(100)) == bytes(admbuster(100)));
}

TEST_CASE("the seeded draws are the mt19937_64 sequence itself", "[iccma-families]") {
    // The standard fixes the 10000th output of a default-seeded mt19937_64.
    Random random(5489u);
    std::uint64_t x = 0;
    for (int i = 0; i < 10000; ++i) x = random.bits();
    CHECK(x == 9981545732273789042ull);
    Random r(1);
    for (int i = 0; i < 1000; ++i) {
        const auto v = r.below(7);
        REQUIRE(v < 7);
        const double u = r.unit();
        REQUIRE((u >= 0 && u < 1));
    }
}

TEST_CASE("AFGen D(n,p,q): pairs in conflict with probability p, mutual with probability q", "[iccma-families]") {
    const Argument n = 300;
    const auto af = afgen(n, 0.4, 0.25, 11);
    require_simple(af);
    const auto u = undirected(af);
    const double pairs = n * (n - 1) / 2.0;
    // 44,850 pairs: the observed fractions are within a few standard deviations of p and q.
    CHECK(std::abs(u.edges.size() / pairs - 0.4) < 0.015);
    CHECK(std::abs(double(u.mutual) / u.edges.size() - 0.25) < 0.02);
    CHECK(af.attacks.size() == u.edges.size() + u.mutual);
}

TEST_CASE("Erdos-Renyi: ordered pairs with probability p, no self-attacks", "[iccma-families]") {
    const Argument n = 400;
    const auto af = erdos_renyi(n, 0.1, 3);
    require_simple(af);
    const double expected = 0.1 * n * (n - 1);
    CHECK(std::abs(af.attacks.size() - expected) < 5 * std::sqrt(expected));
}

TEST_CASE("Barabasi-Albert: every argument joins min(m, v) earlier ones", "[iccma-families]") {
    const Argument n = 500, m = 3;
    const auto af = barabasi_albert(n, m, 0.3, 5);
    require_simple(af);
    const auto u = undirected(af);
    std::vector<Argument> earlier(n, 0);
    for (auto [a, b] : u.edges) ++earlier[b];  // a < b: b chose a
    for (Argument v = 0; v < n; ++v) REQUIRE(earlier[v] == std::min(m, v));
    // Preferential attachment: the oldest arguments gather far more than m edges.
    std::vector<Argument> degree(n, 0);
    for (auto [a, b] : u.edges) ++degree[a], ++degree[b];
    CHECK(*std::max_element(degree.begin(), degree.end()) > 5 * m);
}

TEST_CASE("Watts-Strogatz: n k / 2 edges, ring neighbours when nothing is rewired", "[iccma-families]") {
    const Argument n = 100, k = 6;
    const auto ring = watts_strogatz(n, k, 0.0, 0.0, 1);
    require_simple(ring);
    const auto u = undirected(ring);
    CHECK(u.edges.size() == n * k / 2);
    CHECK(u.mutual == 0);
    for (auto [a, b] : u.edges) {
        const Argument d = std::min(b - a, n - (b - a));
        REQUIRE((d >= 1 && d <= k / 2));
    }
    const auto rewired = watts_strogatz(n, k, 0.5, 0.2, 1);
    require_simple(rewired);
    const auto r = undirected(rewired);
    CHECK(r.edges.size() == n * k / 2);
    std::size_t far = 0;
    for (auto [a, b] : r.edges) far += std::min(b - a, n - (b - a)) > k / 2;
    CHECK(far > 0);
}

TEST_CASE("grid: attacks join grid neighbours only, each neighbour pair once", "[iccma-families]") {
    for (unsigned hood : {4u, 8u}) {
        const Argument w = 7, h = 5;
        const auto af = grid(w, h, hood, 0.3, 2);
        require_simple(af);
        const auto u = undirected(af);
        const std::size_t expected = (w - 1) * h + w * (h - 1) + (hood == 8 ? 2 * (w - 1) * (h - 1) : 0);
        CHECK(u.edges.size() == expected);
        for (auto [a, b] : u.edges) {
            const int dx = std::abs(int(a % w) - int(b % w)), dy = std::abs(int(a / w) - int(b / w));
            if (hood == 4) REQUIRE(dx + dy == 1);
            else REQUIRE((std::max(dx, dy) == 1));
        }
    }
}

TEST_CASE("StableGenerator: every planted set is a stable extension", "[iccma-families]") {
    StableGeneratorParameters p;
    p.arguments = 300;
    p.extensions_min = 3;
    p.extensions_max = 6;
    p.extension_size_min = 20;
    p.extension_size_max = 60;
    p.grounded_size_min = 2;
    p.grounded_size_max = 6;
    p.attack_probability = 0.01;
    for (std::uint64_t seed : {1u, 2u, 3u}) {
        const auto af = stable_generator(p, seed);
        require_simple(af);
        REQUIRE_FALSE(af.planted.empty());
        for (const auto& e : af.planted) {
            const std::set<Argument> in(e.begin(), e.end());
            std::set<Argument> range(in);
            for (auto [a, b] : af.attacks) {
                REQUIRE_FALSE((in.count(a) && in.count(b)));  // conflict-free
                if (in.count(a)) range.insert(b);
            }
            CHECK(range.size() == af.arguments);  // attacks everything outside
        }
    }
}

TEST_CASE("AdmBuster: the ICCMA 2017 shape", "[iccma-families]") {
    const Argument n = 40;
    const auto af = admbuster(n);
    // Names in file order: a, b1, c1, ..., bk, ck, d.
    const Argument k = (n - 2) / 2;
    std::vector<std::string> name{"a"};
    for (Argument i = 1; i <= k; ++i) name.push_back("b" + std::to_string(i)), name.push_back("c" + std::to_string(i));
    name.push_back("d");
    REQUIRE(name.size() == af.arguments);
    std::set<std::pair<std::string, std::string>> got;
    for (auto [a, b] : af.attacks) got.insert({name[a], name[b]});
    REQUIRE(got.size() == af.attacks.size());
    std::set<std::pair<std::string, std::string>> want{{"b1", "a"}, {"c1", "a"}, {"d", "b19"}, {"d", "c19"}};
    for (Argument i = 1; i < k; ++i) {
        const auto s = std::to_string(i), t = std::to_string(i + 1);
        want.insert({"b" + t, "b" + s});
        want.insert({"c" + t, "c" + s});
        if (i % 2 == 0) {
            want.insert({"b" + t, "c" + s});
            want.insert({"c" + t, "b" + s});
        }
    }
    CHECK(got == want);
    // The published admbuster_1000 has 1,498 attacks.
    CHECK(admbuster(1000).attacks.size() == 1498);
    CHECK_THROWS(admbuster(7));
}
