#include <catch2/catch.hpp>

#include <argmap/semantics.hpp>

#include <random>

#include "helpers.hpp"

using namespace argmap;
using helpers::make;
using helpers::mask;
using Instance = helpers::Instance;
using Pair = helpers::Instance;

namespace {


// The grounded labelling must give the oracle's extension, be complete, and label out exactly
// the arguments the extension attacks.
void check(const Pair& p) {
    const Labelling lab = grounded_labelling(p.af);
    const std::uint32_t expected = oracle::grounded(p.ref);
    REQUIRE(mask(in_arguments(lab)) == expected);
    REQUIRE(is_complete_labelling(p.af, lab));
    const std::uint32_t hit = oracle::attacked_by(p.ref, expected);
    for (int a = 0; a < p.ref.n; ++a) REQUIRE((lab[a] == Label::out) == bool((hit >> a) & 1u));
}

}  // namespace

TEST_CASE("grounded equals the oracle on every framework with up to 4 arguments", "[grounded][exhaustive]") {
    std::size_t frameworks = 0;
    for (int n = 0; n <= 4; ++n) {
        const int pairs = n * n;
        for (std::uint32_t bits = 0; bits < (1u << pairs); ++bits) {
            std::vector<Attack> attacks;
            for (int k = 0; k < pairs; ++k)
                if ((bits >> k) & 1u) attacks.push_back({static_cast<arg_t>(k / n), static_cast<arg_t>(k % n)});
            check(make(n, attacks));
            ++frameworks;
        }
    }
    CHECK(frameworks == 1 + 2 + 16 + 512 + 65536);
}

TEST_CASE("grounded equals the oracle on random frameworks of 5 to 14 arguments", "[grounded][random]") {
    std::mt19937 rng(20261129);
    for (int round = 0; round < 3000; ++round) {
        const int n = 5 + static_cast<int>(rng() % 10);
        const double density = (rng() % 100) / 300.0;
        const auto attacks = helpers::random_attacks(rng, n, density);
        check(make(n, attacks));
    }
}

TEST_CASE("grounded is contained in every complete extension (checked by enumeration)", "[grounded][property]") {
    std::mt19937 rng(42);
    for (int round = 0; round < 400; ++round) {
        const int n = 3 + static_cast<int>(rng() % 8);
        const auto attacks = helpers::random_attacks(rng, n, 0.25);
        const Pair p = make(n, attacks);
        const std::uint32_t g = mask(grounded_extension(p.af));
        const auto completes = oracle::complete_extensions(p.ref);
        REQUIRE_FALSE(completes.empty());
        std::uint32_t meet = ~0u;
        for (auto s : completes) {
            REQUIRE((g & ~s) == 0);
            meet &= s;
        }
        // Grounded is itself complete and therefore the least complete extension.
        CHECK(std::find(completes.begin(), completes.end(), g) != completes.end());
        CHECK(g == meet);
    }
}

TEST_CASE("published examples", "[grounded][published]") {
    auto in_set = [](int n, std::vector<Attack> attacks) { return mask(grounded_extension(make(n, attacks).af)); };
    // Reinstatement (Dung 1995; Caminada 2006): a -> b -> c. c is defended by a.
    CHECK(in_set(3, {{0, 1}, {1, 2}}) == 0b101);
    // Nixon diamond (Dung 1995, Ex. 2): a <-> b. Nothing is grounded.
    CHECK(in_set(2, {{0, 1}, {1, 0}}) == 0);
    // Floating reinstatement (Baroni, Caminada, Giacomin 2011): a <-> b, a -> c, b -> c, c -> d.
    // Sceptically d is reinstated under preferred, but grounded leaves c and d undecided.
    {
        const Pair p = make(4, {{0, 1}, {1, 0}, {0, 2}, {1, 2}, {2, 3}});
        const Labelling lab = grounded_labelling(p.af);
        CHECK(lab == Labelling{Label::undec, Label::undec, Label::undec, Label::undec});
    }
    // Odd cycle a -> b -> c -> a with an unattacked d attacking a (Baroni et al. 2011, Fig. 6 style):
    // d in, a out, b in, c out.
    {
        const Pair p = make(4, {{0, 1}, {1, 2}, {2, 0}, {3, 0}});
        CHECK(grounded_labelling(p.af) == Labelling{Label::out, Label::in, Label::out, Label::in});
    }
    // A self-attacking argument is never in, and what it alone attacks stays undecided.
    {
        const Pair p = make(2, {{0, 0}, {0, 1}});
        CHECK(grounded_labelling(p.af) == Labelling{Label::undec, Label::undec});
    }
}

TEST_CASE("grounded on a map follows undercuts", "[grounded][map]") {
    ArgumentMap m;
    for (auto id : {"t", "o", "e", "x"}) {
        Claim c;
        c.id = id;
        m.add_claim(c);
    }
    auto add = [&](RelationType t, std::string s, std::string d, std::string id = {}) {
        Relation r;
        r.id = std::move(id);
        r.type = t;
        r.source = std::move(s);
        r.target = std::move(d);
        return m.add_relation(r).id;
    };
    add(RelationType::attack, "o", "t");
    const std::string eo = add(RelationType::attack, "e", "o");
    // e defeats o, so t is reinstated.
    CHECK(evaluate_grounded(m) == std::vector<Label>{Label::in, Label::out, Label::in, Label::in});
    // x undercuts e's attack: o stands again, t falls; e itself is untouched.
    add(RelationType::undercut, "x", eo);
    CHECK(evaluate_grounded(m) == std::vector<Label>{Label::out, Label::in, Label::in, Label::in});
}
