// Stage and semi-stable searches growing ranges with the phase true on the range literals not
// yet reached (MaxProblem::prefer_growth), and without it, and credulous acceptance growing
// with the argument kept in (MaxProblem::grow_keeping_query) and without; each growth of an
// acceptance search on the search's own solver or apart on one that commits its steps
// (MaxProblem::grow_apart: stage_problem has it, the other problems not; SE commits for every
// range problem): every problem of maximal.hpp for
// these two semantics (portfolio alternatives cut off, each run alone) against the brute-force
// oracle (oracle.hpp: range-maximal conflict-free sets and range-maximal complete extensions,
// straight from the definitions) on every framework of up to 4 arguments, on random ones, and
// on small grids like those of the ICCMA grid family (attacks between neighbouring cells in
// one or both directions, usually without a stable extension). Every witness must be one of
// the oracle's extensions (check_answers), and the intersection of all of them is checked too.
// No timing here: bench/bench_encodings.cpp (variants stg-lib*, sst-lib*) measures.
#include <catch2/catch.hpp>

#include <argmap/extensions.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <random>
#include <vector>

#include "against_oracle.hpp"
#include "semantics/technique.hpp"

using namespace argmap;
using namespace argmap::detail;
using Instance = helpers::Instance;

namespace {

struct Named {
    const char* semantics;  // the oracle's code
    const char* name;
    MaxProblem problem;
};

std::vector<Named> problems() {
    std::vector<Named> out;
    for (bool grow : {false, true})
        for (bool keep : {false, true}) {  // MaxProblem::grow_keeping_query, with growth preferred
            if (keep && !grow) continue;
            for (const auto& [code, name, p] :
                 {std::tuple{"STG", "stage", stage_problem}, std::tuple{"STG", "stage stable-first", stage_alternative},
                  std::tuple{"SST", "semi-stable", semi_stable_problem},
                  std::tuple{"SST", "semi-stable complete base", semi_stable_complete_problem},
                  std::tuple{"SST", "semi-stable stable-first", semi_stable_alternative}}) {
                MaxProblem q = p;
                q.alternative = nullptr;
                q.prefer_growth = grow;
                q.grow_keeping_query = keep;
                out.push_back({code, name, q});
            }
        }
    return out;
}

// The oracle's extensions of one framework, each semantics computed once (on 16 arguments the
// brute force dominates the test, above all under ASan).
struct OracleOf {
    const Instance& in;
    std::map<std::string, std::vector<std::uint32_t>> known;
    const std::vector<std::uint32_t>& operator()(const std::string& code) {
        auto it = known.find(code);
        if (it == known.end()) it = known.emplace(code, oracle::extensions(in.ref, code)).first;
        return it->second;
    }
};

// EE, SE, DC and DS of every problem, and the intersection of all extensions, against the oracle.
void check_against_oracle(const Instance& in, const std::vector<Named>& under_test, OracleOf& oracle_of) {
    const Limits l;
    for (const auto& [code, name, problem] : under_test) {
        const MaxProblem& p = problem;  // a plain reference: clang 14 cannot capture a structured binding
        INFO(name << (p.prefer_growth ? ", preferring growth" : "") << (p.grow_keeping_query ? ", keeping the query" : ""));
        const auto& expected = oracle_of(code);
        helpers::check_answers(
            in, expected, [&](const ExtensionVisitor& visit) { return maximal_enumerate(in.af, p, visit, l); },
            [&] { return maximal_some(in.af, p, l); }, [&](arg_t a) { return maximal_credulous(in.af, p, a, l); },
            [&](arg_t a) { return maximal_sceptical(in.af, p, a, l); });
        std::uint32_t common = oracle::all(in.ref);
        for (auto e : expected) common &= e;
        const auto got = maximal_intersection(in.af, p, l);
        REQUIRE(got);
        REQUIRE(helpers::mask(*got) == common);
    }
}

// A k×k grid: each pair of cells a king's move apart is attacked one way (direction at
// random) with probability `one_way`, both ways with probability `both`, not at all otherwise.
std::vector<Attack> random_grid(std::mt19937& rng, int k, double one_way, double both) {
    std::uniform_real_distribution<double> u(0, 1);
    std::vector<Attack> attacks;
    auto id = [&](int r, int c) { return static_cast<arg_t>(r * k + c); };
    for (int r = 0; r < k; ++r)
        for (int c = 0; c < k; ++c)
            for (auto [dr, dc] : {std::pair{0, 1}, std::pair{1, -1}, std::pair{1, 0}, std::pair{1, 1}}) {
                const int r2 = r + dr, c2 = c + dc;
                if (r2 >= k || c2 < 0 || c2 >= k) continue;
                const double x = u(rng);
                const arg_t a = id(r, c), b = id(r2, c2);
                if (x < both) {
                    attacks.push_back({a, b});
                    attacks.push_back({b, a});
                } else if (x < both + one_way) {
                    if (rng() % 2) attacks.push_back({a, b});
                    else attacks.push_back({b, a});
                }
            }
    return attacks;
}

}  // namespace

TEST_CASE("stage and semi-stable range growth on every framework of up to 4 arguments (up to isomorphism)",
          "[range-growth][exhaustive]") {
    const auto under_test = problems();
    int frameworks = 0;
    helpers::every_framework_up_to_isomorphism(4, [&](const Instance& in) {
        ++frameworks;
        OracleOf oracle_of{in, {}};
        check_against_oracle(in, under_test, oracle_of);
    });
    REQUIRE(frameworks == 2 + 10 + 104 + helpers::checked_of(3044));  // OEIS A000595
}

TEST_CASE("stage and semi-stable range growth on random frameworks of 5 to 11 arguments", "[range-growth][random]") {
    std::mt19937 rng(20261202);
    const auto under_test = problems();
    int several_stage = 0, no_stable = 0;
    for (int round = 0; round < helpers::rounds(800); ++round) {
        const int n = 5 + round % 7;
        const double p = std::uniform_real_distribution<double>(0.05, 0.45)(rng);
        const Instance in = helpers::make(n, helpers::random_attacks(rng, n, p));
        INFO("round " << round << " n " << n << " p " << p);
        OracleOf oracle_of{in, {}};
        check_against_oracle(in, under_test, oracle_of);
        several_stage += oracle_of("STG").size() > 1;
        no_stable += oracle_of("ST").empty();
    }
    // Not vacuous: the range search does the work only without a stable extension, and DC and
    // DS differ only with several extensions.
    CHECK(several_stage >= helpers::at_least(150));
    CHECK(no_stable >= helpers::at_least(200));
}

TEST_CASE("stage and semi-stable range growth on random grids of 3×3 and 4×4 cells", "[range-growth][random]") {
    std::mt19937 rng(1202);
    const auto under_test = problems();
    int no_stable = 0, several_stage = 0;
    for (int round = 0; round < helpers::rounds(240); ++round) {
        const int k = 3 + round % 2;
        // Mostly one-way attacks: odd cycles through neighbouring cells, so often no stable extension.
        const double both = std::uniform_real_distribution<double>(0.0, 0.1)(rng);
        const double one_way = std::uniform_real_distribution<double>(0.8, 1.0 - both)(rng);
        const Instance in = helpers::make(k * k, random_grid(rng, k, one_way, both));
        INFO("round " << round << " k " << k << " one-way " << one_way << " both " << both);
        OracleOf oracle_of{in, {}};
        check_against_oracle(in, under_test, oracle_of);
        no_stable += oracle_of("ST").empty();
        several_stage += oracle_of("STG").size() > 1;
    }
    CHECK(no_stable >= helpers::at_least(40));
    CHECK(several_stage >= helpers::at_least(100));
}
