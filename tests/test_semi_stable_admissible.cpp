// Semi-stable extensions searched over the admissible base (Caminada 2006: the semi-stable
// extensions are exactly the admissible sets with a maximal range): the CEGAR loops of
// maximal.cpp with sat::Base::admissible, in both encodings, against the brute-force oracle
// (which takes range-maximal complete extensions) on every small framework and on random ones,
// and against the complete base on larger random frameworks. No timing here:
// bench/bench_encodings.cpp (variants sst-adm-*) measures.
#include <catch2/catch.hpp>

#include <argmap/extensions.hpp>

#include <algorithm>
#include <random>
#include <set>
#include <vector>

#include "against_oracle.hpp"
#include "semantics/technique.hpp"

using namespace argmap;
using namespace argmap::detail;
using Instance = helpers::Instance;

namespace {

sat::Config encoding(const char* name, sat::Encoding e) {
    sat::Config c;
    c.name = name;
    c.encoding = e;
    return c;
}

// The admissible-base problems under test: the library's default (with its portfolio
// alternatives cut off) and both encodings spelled out here, without the stable-first shortcut
// and with it.
std::vector<MaxProblem> admissible_problems() {
    REQUIRE(semi_stable_problem.base == sat::Base::admissible);
    MaxProblem library = semi_stable_problem;
    library.alternative = nullptr;
    std::vector<MaxProblem> out{library};
    for (const auto& c : {encoding("in-attacked", sat::Encoding::in_attacked), encoding("labelling", sat::Encoding::labelling)})
        for (bool first : {false, true}) out.push_back({sat::Base::admissible, true, Objective::range, c, first, nullptr});
    return out;
}

// The admissible sets whose range no admissible set strictly exceeds, from the definitions.
std::vector<std::uint32_t> range_maximal_admissible(const oracle::AF& af) {
    const auto adm = oracle::extensions(af, "ADM");
    std::vector<std::uint32_t> out;
    for (auto s : adm) {
        const std::uint32_t r = oracle::range(af, s);
        if (std::none_of(adm.begin(), adm.end(), [&](auto t) {
                const std::uint32_t q = oracle::range(af, t);
                return q != r && (r & ~q) == 0;
            }))
            out.push_back(s);
    }
    return out;
}

void check_against_oracle(const Instance& in, const std::vector<MaxProblem>& problems) {
    auto expected = oracle::extensions(in.ref, "SST");
    // The theorem the admissible base rests on, on this framework: range-maximal admissible
    // sets are the range-maximal complete extensions.
    auto by_admissible = range_maximal_admissible(in.ref);
    std::sort(expected.begin(), expected.end());
    std::sort(by_admissible.begin(), by_admissible.end());
    REQUIRE(by_admissible == expected);
    const Limits l;
    for (const auto& p : problems) {
        INFO("config " << p.config.name << " stable-first " << p.stable_first);
        // Every witness must be one of `expected` (check_answers), i.e. semi-stable.
        helpers::check_answers(
            in, expected, [&](const ExtensionVisitor& visit) { return maximal_enumerate(in.af, p, visit, l); },
            [&] { return maximal_some(in.af, p, l); }, [&](arg_t a) { return maximal_credulous(in.af, p, a, l); },
            [&](arg_t a) { return maximal_sceptical(in.af, p, a, l); });
    }
}

bool contains(const std::vector<arg_t>& e, arg_t a) { return std::binary_search(e.begin(), e.end(), a); }

// Complete (Dung 1995, Def. 23): conflict-free, and exactly the arguments whose attackers are
// all attacked by the set are in it.
bool complete(const Framework& af, const std::vector<arg_t>& e) {
    std::vector<char> hit(af.size(), 0);
    for (arg_t a : e)
        for (arg_t t : af.targets(a)) hit[t] = 1;
    for (arg_t a : e)
        if (hit[a]) return false;
    for (arg_t a = 0; a < af.size(); ++a) {
        bool defended = true;
        for (arg_t b : af.attackers(a)) defended = defended && hit[b];
        if (defended != contains(e, a)) return false;
    }
    return true;
}

}  // namespace

TEST_CASE("semi-stable over the admissible base on every framework of up to 4 arguments (up to isomorphism)",
          "[semi-stable-admissible][exhaustive]") {
    const auto problems = admissible_problems();
    int frameworks = 0;
    helpers::every_framework_up_to_isomorphism(4, [&](const Instance& in) {
        ++frameworks;
        check_against_oracle(in, problems);
    });
    REQUIRE(frameworks == 2 + 10 + 104 + helpers::checked_of(3044));  // OEIS A000595
}

TEST_CASE("semi-stable over the admissible base on random frameworks of 5 to 10 arguments",
          "[semi-stable-admissible][random]") {
    std::mt19937 rng(20261201);
    const auto problems = admissible_problems();
    int with_several = 0, with_self_attack = 0, dc_yes = 0, dc_no = 0, ds_yes = 0, ds_no = 0;
    for (int round = 0; round < helpers::rounds(1000); ++round) {
        const int n = 5 + round % 6;
        const double p = std::uniform_real_distribution<double>(0.05, 0.45)(rng);
        const auto attacks = helpers::random_attacks(rng, n, p);
        const Instance in = helpers::make(n, attacks);
        INFO("round " << round << " n " << n << " p " << p);
        check_against_oracle(in, problems);
        const auto sst = oracle::extensions(in.ref, "SST");
        with_several += sst.size() > 1;
        for (int a = 0; a < n; ++a) {
            const std::uint32_t bit = 1u << a;
            const bool cred = std::any_of(sst.begin(), sst.end(), [&](auto e) { return e & bit; });
            const bool scep = std::all_of(sst.begin(), sst.end(), [&](auto e) { return e & bit; });
            (cred ? dc_yes : dc_no)++;
            (scep ? ds_yes : ds_no)++;
        }
        with_self_attack += std::any_of(attacks.begin(), attacks.end(), [](const Attack& e) { return e.from == e.to; });
    }
    // Not vacuous: many frameworks have several semi-stable extensions (so DC and DS differ)
    // and many have self-attacking arguments (no stable extension to fall back on).
    CHECK(with_several >= helpers::at_least(50));
    CHECK(with_self_attack >= helpers::at_least(300));
    // check_answers asked DC and DS of every argument: both answers occur often for both.
    INFO("DC yes " << dc_yes << " no " << dc_no << ", DS yes " << ds_yes << " no " << ds_no);
    CHECK(dc_yes >= helpers::at_least(500));
    CHECK(dc_no >= helpers::at_least(500));
    CHECK(ds_yes >= helpers::at_least(500));
    CHECK(ds_no >= helpers::at_least(500));
}

TEST_CASE("semi-stable over the admissible base agrees with the complete base on random frameworks of 10 to 60 arguments",
          "[semi-stable-admissible][random]") {
    std::mt19937 rng(1201);
    MaxProblem complete_base = semi_stable_complete_problem;
    REQUIRE(complete_base.base == sat::Base::complete);
    complete_base.alternative = nullptr;
    const auto problems = admissible_problems();
    const Limits l;
    int dc_yes = 0, dc_no = 0, ds_yes = 0, ds_no = 0, several = 0;
    for (int round = 0; round < helpers::rounds(1000); ++round) {
        const int n = 10 + round % 51;
        const double p = std::uniform_real_distribution<double>(1.0 / n, 4.0 / n)(rng);
        const Framework af(static_cast<arg_t>(n), helpers::random_attacks(rng, n, p));
        const arg_t a = static_cast<arg_t>(rng() % static_cast<unsigned>(n));
        INFO("round " << round << " n " << n << " argument " << a);
        std::set<std::vector<arg_t>> reference;
        REQUIRE(maximal_enumerate(af, complete_base, [&](std::span<const arg_t> e) {
                    reference.emplace(e.begin(), e.end());
                    return true;
                }, l) == Answer::yes);
        REQUIRE(!reference.empty());
        const bool cred = std::any_of(reference.begin(), reference.end(), [&](const auto& e) { return contains(e, a); });
        const bool scep = std::all_of(reference.begin(), reference.end(), [&](const auto& e) { return contains(e, a); });
        (cred ? dc_yes : dc_no)++;
        (scep ? ds_yes : ds_no)++;
        several += reference.size() > 1;
        for (const auto& p : problems) {
            INFO("config " << p.config.name << " stable-first " << p.stable_first);
            std::vector<std::vector<arg_t>> got;
            REQUIRE(maximal_enumerate(af, p, [&](std::span<const arg_t> e) {
                        got.emplace_back(e.begin(), e.end());
                        return true;
                    }, l) == Answer::yes);
            REQUIRE(got.size() == reference.size());  // the same number, each once
            for (const auto& e : got) REQUIRE(reference.count(e) == 1);
            const Decision s = maximal_some(af, p, l);
            REQUIRE(s.answer == Answer::yes);
            REQUIRE(reference.count(*s.witness) == 1);
            const Decision c = maximal_credulous(af, p, a, l);
            REQUIRE(c.answer == (cred ? Answer::yes : Answer::no));
            if (cred) {
                REQUIRE(complete(af, *c.witness));
                REQUIRE(reference.count(*c.witness) == 1);
                REQUIRE(contains(*c.witness, a));
            }
            const Decision k = maximal_sceptical(af, p, a, l);
            REQUIRE(k.answer == (scep ? Answer::yes : Answer::no));
            if (!scep) {
                REQUIRE(complete(af, *k.witness));
                REQUIRE(reference.count(*k.witness) == 1);
                REQUIRE_FALSE(contains(*k.witness, a));
            }
        }
        // The intersection behind the eager extension, over either base.
        const auto common = maximal_intersection(af, problems.front(), l);
        REQUIRE(common);
        std::vector<arg_t> expected_common = *reference.begin();
        for (const auto& e : reference)
            std::erase_if(expected_common, [&](arg_t x) { return !contains(e, x); });
        REQUIRE(*common == expected_common);
    }
    // Both answers occur often for both questions: the agreement is not vacuous.
    INFO("DC yes " << dc_yes << " no " << dc_no << ", DS yes " << ds_yes << " no " << ds_no << ", several " << several);
    CHECK(dc_yes >= helpers::at_least(150));
    CHECK(dc_no >= helpers::at_least(150));
    CHECK(ds_yes >= helpers::at_least(150));
    CHECK(ds_no >= helpers::at_least(150));
    CHECK(several >= helpers::at_least(150));
}
