// The ideal extension through credulous acceptance, covering only the arguments that can still
// change it (ideal_by_covering, lib/semantics/ideal.cpp): against the brute-force oracle on
// every framework of up to 4 arguments and on random small ones, and against the intersection
// of the preferred extensions (argmap::direct) on random sparse frameworks of several weak
// components. Each runs with the default greedy passes and with none (every open argument then
// goes through the SAT calls and the bound).
#include <catch2/catch.hpp>

#include <argmap/extensions.hpp>

#include <algorithm>
#include <chrono>
#include <random>

#include "helpers.hpp"
#include "semantics/technique.hpp"

using namespace argmap;
using detail::IdealCovering;
using detail::ideal_by_covering;

namespace {

constexpr IdealCovering sat_only{0, 0};
constexpr IdealCovering small_greedy{2, 3};  // greedy passes that give up early and often

std::uint32_t covering_mask(const Framework& af, const IdealCovering& options) {
    const auto e = ideal_by_covering(af, Limits{}, options);
    REQUIRE(e.has_value());
    return helpers::mask(*e);
}

// A sparse framework of `parts` groups of 3..max_part arguments with attacks only inside a
// group (so at least `parts` weak components): each argument attacks about `out` others of its
// group, a fifth of the attacks are mutual, and some arguments attack themselves (self-attacking
// attackers often make the ideal extension larger than the grounded one: a <-> b, b -> b gives
// ideal {a}, grounded {}).
std::vector<Attack> sparse_components(std::mt19937& rng, int parts, int max_part, double out, int& n) {
    std::vector<Attack> attacks;
    n = 0;
    std::uniform_int_distribution<int> size(3, max_part);
    std::uniform_real_distribution<double> u(0, 1);
    for (int c = 0; c < parts; ++c) {
        const int k = size(rng);
        std::uniform_int_distribution<int> pick(0, k - 1);
        for (int a = 0; a < k; ++a) {
            if (u(rng) < 0.08) attacks.push_back({static_cast<arg_t>(n + a), static_cast<arg_t>(n + a)});
            const int m = static_cast<int>(out) + (u(rng) < out - static_cast<int>(out) ? 1 : 0);
            for (int j = 0; j < m; ++j) {
                const int b = pick(rng);
                if (b == a) continue;
                attacks.push_back({static_cast<arg_t>(n + a), static_cast<arg_t>(n + b)});
                if (u(rng) < 0.2) attacks.push_back({static_cast<arg_t>(n + b), static_cast<arg_t>(n + a)});
            }
        }
        n += k;
    }
    std::vector<arg_t> perm(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) perm[static_cast<std::size_t>(i)] = static_cast<arg_t>(i);
    std::shuffle(perm.begin(), perm.end(), rng);
    for (auto& e : attacks) e = {perm[e.from], perm[e.to]};
    return attacks;  // duplicates are fine: Framework keeps one
}

// The reference: the ideal extension of each weak component by the intersection of its
// preferred extensions (argmap::direct), united (the preferred extensions of a disjoint union
// are the unions of one per part, so its ideal extension is the union of the parts' ones).
// The whole framework at once is too slow for the direct path: its preferred extensions
// multiply across the parts.
std::vector<arg_t> intersection_by_parts(int n, const std::vector<Attack>& attacks) {
    std::vector<int> root(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) root[static_cast<std::size_t>(i)] = i;
    const auto find = [&](int x) {
        while (root[static_cast<std::size_t>(x)] != x) x = root[static_cast<std::size_t>(x)] = root[static_cast<std::size_t>(root[static_cast<std::size_t>(x)])];
        return x;
    };
    for (auto e : attacks) root[static_cast<std::size_t>(find(static_cast<int>(e.from)))] = find(static_cast<int>(e.to));
    std::vector<arg_t> out;
    for (int r = 0; r < n; ++r) {
        if (find(r) != r) continue;
        std::vector<arg_t> part, local(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i)
            if (find(i) == r) {
                local[static_cast<std::size_t>(i)] = static_cast<arg_t>(part.size());
                part.push_back(static_cast<arg_t>(i));
            }
        std::vector<Attack> inside;
        for (auto e : attacks)
            if (find(static_cast<int>(e.from)) == r) inside.push_back({local[e.from], local[e.to]});
        const Decision d = direct::some_extension(Framework(static_cast<arg_t>(part.size()), inside), Semantics::ideal);
        REQUIRE(d.answer == Answer::yes);
        for (arg_t i : *d.witness) out.push_back(part[i]);
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_CASE("ideal by covering: every framework of up to 4 arguments", "[ideal][covering][exhaustive]") {
    std::size_t frameworks = 0, beyond_grounded = 0;
    helpers::every_framework(4, [&](const helpers::Instance& in) {
        const std::uint32_t expected = oracle::extensions(in.ref, "ID").front();
        CHECK(covering_mask(in.af, IdealCovering{}) == expected);
        CHECK(covering_mask(in.af, sat_only) == expected);
        ++frameworks;
        beyond_grounded += expected != oracle::grounded(in.ref);
    });
    CHECK(frameworks == static_cast<std::size_t>(2 + 16 + 512 + helpers::checked_of(65536)));
    CHECK(beyond_grounded > 0);
}

TEST_CASE("ideal by covering: random frameworks of 5 to 12 arguments", "[ideal][covering]") {
    std::mt19937 rng(2009);
    std::size_t nonempty = 0, beyond_grounded = 0;
    const int rounds = 2400;
    for (int round = 0; round < rounds; ++round) {
        const int n = 5 + round % 8;
        const double p = round % 4 == 0 ? 0.08 : round % 4 == 1 ? 0.15 : round % 4 == 2 ? 0.25 : 0.4;
        const helpers::Instance in = helpers::make(n, helpers::random_attacks(rng, n, p));
        const std::uint32_t expected = oracle::extensions(in.ref, "ID").front();
        INFO("round " << round);
        CHECK(covering_mask(in.af, IdealCovering{}) == expected);
        CHECK(covering_mask(in.af, sat_only) == expected);
        CHECK(covering_mask(in.af, small_greedy) == expected);
        nonempty += expected != 0;
        beyond_grounded += expected != oracle::grounded(in.ref);
    }
    // Not vacuous: many ideal extensions are non-empty, and some exceed the grounded extension.
    CHECK(nonempty > rounds / 4);
    CHECK(beyond_grounded > rounds / 50);
}

TEST_CASE("ideal by covering: sparse frameworks of several components against the intersection", "[ideal][covering]") {
    std::mt19937 rng(2007);
    std::size_t nonempty = 0, beyond_grounded = 0, checked = 0;
    const int rounds = 1000;
    for (int round = 0; round < rounds; ++round) {
        int n = 0;
        const int parts = 2 + round % 5;
        const double out = round % 3 == 0 ? 1.0 : round % 3 == 1 ? 1.6 : 2.5;
        const int max_part = std::min(20 + round % 21, 200 / parts);  // at most 200 arguments
        std::vector<Attack> attacks;
        do attacks = sparse_components(rng, parts, max_part, out, n);
        while (n < 20);
        ++checked;
        const Framework af(static_cast<arg_t>(n), attacks);
        INFO("round " << round << ", " << n << " arguments");
        const std::vector<arg_t> reference = intersection_by_parts(n, attacks);
        const auto fast = ideal_by_covering(af, Limits{});
        const auto sat = ideal_by_covering(af, Limits{}, sat_only);
        REQUIRE(fast.has_value());
        REQUIRE(sat.has_value());
        CHECK(*fast == reference);
        CHECK(*sat == reference);
        // The main path (grounded reduction, then per weak component) agrees too.
        const Decision main = some_extension(af, Semantics::ideal);
        REQUIRE(main.answer == Answer::yes);
        CHECK(*main.witness == reference);
        const Decision grounded = some_extension(af, Semantics::grounded);
        nonempty += !reference.empty();
        beyond_grounded += reference != *grounded.witness;
    }
    CHECK(checked == rounds);
    CHECK(nonempty > rounds / 2);
    CHECK(beyond_grounded > rounds / 10);
}

TEST_CASE("ideal by covering: limits that fire give no answer and never a wrong one", "[ideal][covering]") {
    std::mt19937 rng(1965);
    Limits expired;
    expired.deadline = std::chrono::steady_clock::now() - std::chrono::seconds(1);
    std::size_t stopped = 0, answered = 0;
    for (int round = 0; round < 300; ++round) {
        const int n = 4 + round % 9;
        const helpers::Instance in = helpers::make(n, helpers::random_attacks(rng, n, 0.2));
        const std::uint32_t expected = oracle::extensions(in.ref, "ID").front();
        for (const IdealCovering& options : {IdealCovering{}, sat_only}) {
            const auto e = ideal_by_covering(in.af, expired, options);
            if (!e) {
                ++stopped;
                continue;
            }
            ++answered;  // settled without a SAT call
            CHECK(helpers::mask(*e) == expected);
        }
    }
    CHECK(stopped > 0);
    CHECK(answered > 0);
}
