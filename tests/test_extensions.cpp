#include <catch2/catch.hpp>

#include <argmap/extensions.hpp>

#include <algorithm>
#include <array>
#include <random>

#include "against_oracle.hpp"

using namespace argmap;
using helpers::make;
using helpers::mask;
using helpers::member;
using Instance = helpers::Instance;
using Pair = helpers::Instance;

namespace {

// Every framework with 1 to 4 arguments up to isomorphism: every semantics here is defined by
// the attack relation alone, so renaming arguments renames the answers (the random tests below
// meet the other numberings).
void exhaustive(Semantics s) {
    helpers::every_framework_up_to_isomorphism(4, [&](const Instance& in) { helpers::check_public_api(in, s); });
}

}  // namespace

// The representatives are exactly the isomorphism classes: binary relations on n unlabelled
// points, OEIS A000595: 2, 10, 104, 3044.
TEST_CASE("exhaustive enumeration meets every framework up to isomorphism once", "[extensions]") {
    const std::array<std::size_t, 5> classes{1, 2, 10, 104, 3044};
    for (int n = 1; n <= 4; ++n) {
        std::size_t count = 0;
        for (std::uint32_t bits = 0; bits < (1u << (n * n)); ++bits) count += helpers::canonical(n, bits);
        CHECK(count == classes[static_cast<std::size_t>(n)]);
    }
}

// One test case per semantics so ctest can run them in parallel. 2 + 10 + 104 + 3,044 frameworks each.
TEST_CASE("exhaustive up to 4 arguments: conflict-free", "[extensions][exhaustive]") { exhaustive(Semantics::conflict_free); }
TEST_CASE("exhaustive up to 4 arguments: naive", "[extensions][exhaustive]") { exhaustive(Semantics::naive); }
TEST_CASE("exhaustive up to 4 arguments: admissible", "[extensions][exhaustive]") { exhaustive(Semantics::admissible); }
TEST_CASE("exhaustive up to 4 arguments: complete", "[extensions][exhaustive]") { exhaustive(Semantics::complete); }
TEST_CASE("exhaustive up to 4 arguments: grounded", "[extensions][exhaustive]") { exhaustive(Semantics::grounded); }
TEST_CASE("exhaustive up to 4 arguments: preferred", "[extensions][exhaustive]") { exhaustive(Semantics::preferred); }
TEST_CASE("exhaustive up to 4 arguments: stable", "[extensions][exhaustive]") { exhaustive(Semantics::stable); }
TEST_CASE("exhaustive up to 4 arguments: semi-stable", "[extensions][exhaustive]") { exhaustive(Semantics::semi_stable); }
TEST_CASE("exhaustive up to 4 arguments: stage", "[extensions][exhaustive]") { exhaustive(Semantics::stage); }
TEST_CASE("exhaustive up to 4 arguments: ideal", "[extensions][exhaustive]") { exhaustive(Semantics::ideal); }
TEST_CASE("exhaustive up to 4 arguments: eager", "[extensions][exhaustive]") { exhaustive(Semantics::eager); }
TEST_CASE("exhaustive up to 4 arguments: cf2", "[extensions][exhaustive]") { exhaustive(Semantics::cf2); }

TEST_CASE("random frameworks of 5 to 10 arguments against the oracle", "[extensions][random]") {
    std::mt19937 rng(1129);
    for (int round = 0; round < helpers::rounds(2000); ++round) {
        const int n = 5 + static_cast<int>(rng() % 6);
        const double density = (1 + rng() % 4) / 8.0;  // share of all ordered pairs
        const auto attacks = helpers::random_attacks(rng, n, density);
        const Instance in = make(n, attacks);
        for (Semantics s : all_semantics()) helpers::check_public_api(in, s);
    }
}

TEST_CASE("random frameworks of 11 to 14 arguments against the oracle", "[extensions][random]") {
    std::mt19937 rng(2026);
    for (int round = 0; round < helpers::rounds(200); ++round) {
        const int n = 11 + static_cast<int>(rng() % 4);
        const double density = (2 + rng() % 3) / 8.0;  // share of all ordered pairs
        const auto attacks = helpers::random_attacks(rng, n, density);
        const Instance in = make(n, attacks);
        for (Semantics s : all_semantics()) helpers::check_public_api(in, s);
    }
}

TEST_CASE("published examples for every semantics", "[extensions][published]") {
    auto exts = [](int n, std::vector<Attack> att, Semantics s) {
        const Instance in = make(n, att);
        std::vector<std::uint32_t> out;
        enumerate_extensions(in.af, s, [&](std::span<const arg_t> e) { out.push_back(mask(e)); return true; });
        std::sort(out.begin(), out.end());
        return out;
    };
    using V = std::vector<std::uint32_t>;
    // Floating reinstatement (Baroni, Caminada, Giacomin 2011): a<->b, a->c, b->c, c->d.
    const std::vector<Attack> fr{{0, 1}, {1, 0}, {0, 2}, {1, 2}, {2, 3}};
    CHECK(exts(4, fr, Semantics::preferred) == V{0b1001, 0b1010});
    CHECK(exts(4, fr, Semantics::grounded) == V{0});
    CHECK(exts(4, fr, Semantics::ideal) == V{0});  // d is in every preferred but not defended alone
    // Semi-stable (Caminada 2006): a<->b, b->c, c->c, and a lone self-attacker d.
    // No stable extension (d is never in or attacked); preferred {a}, {b}; semi-stable {b},
    // whose range {a,b,c} beats {a,b}.
    const std::vector<Attack> sst{{0, 1}, {1, 0}, {1, 2}, {2, 2}, {3, 3}};
    CHECK(exts(4, sst, Semantics::stable) == V{});
    CHECK(exts(4, sst, Semantics::preferred) == V{0b0001, 0b0010});
    CHECK(exts(4, sst, Semantics::semi_stable) == V{0b0010});
    // Eager vs ideal (Caminada 2007): a<->b, b->c, c->c, c->d. Preferred {a}, {b,d}; semi-stable
    // {b,d} only, so eager is {b,d} while ideal (inside both preferred) is empty.
    const std::vector<Attack> ea{{0, 1}, {1, 0}, {1, 2}, {2, 2}, {2, 3}};
    CHECK(exts(4, ea, Semantics::semi_stable) == V{0b1010});
    CHECK(exts(4, ea, Semantics::eager) == V{0b1010});
    CHECK(exts(4, ea, Semantics::ideal) == V{0});
    // Odd cycle a->b->c->a: only the empty complete extension; three naive and stage extensions.
    const std::vector<Attack> odd{{0, 1}, {1, 2}, {2, 0}};
    CHECK(exts(3, odd, Semantics::preferred) == V{0});
    CHECK(exts(3, odd, Semantics::stage) == V{0b001, 0b010, 0b100});
    CHECK(exts(3, odd, Semantics::naive) == V{0b001, 0b010, 0b100});
    CHECK(exts(3, odd, Semantics::cf2) == V{0b001, 0b010, 0b100});
    // CF2 on a chain into an odd cycle (Baroni, Giacomin, Guida 2005): e -> a, a->b->c->a.
    // e is unattacked, so a is out of UP; in {b, c} the cycle is broken: b in, c out.
    const std::vector<Attack> chain{{3, 0}, {0, 1}, {1, 2}, {2, 0}};
    CHECK(exts(4, chain, Semantics::cf2) == V{0b1010});
    CHECK(exts(4, chain, Semantics::preferred) == V{0b1010});
}

TEST_CASE("relations that hold on every run", "[extensions][property]") {
    std::mt19937 rng(99);
    for (int round = 0; round < 200; ++round) {
        const int n = 4 + static_cast<int>(rng() % 9);
        const auto attacks = helpers::random_attacks(rng, n, 0.2);
        const Framework af(static_cast<arg_t>(n), attacks);
        auto all = [&](Semantics s) {
            std::vector<std::uint32_t> v;
            REQUIRE(enumerate_extensions(af, s, [&](std::span<const arg_t> e) { v.push_back(mask(e)); return true; }) == Answer::yes);
            return v;
        };
        const auto g = mask(grounded_extension(af));
        for (auto e : all(Semantics::complete)) CHECK((g & ~e) == 0);
        const auto pr = all(Semantics::preferred), sst = all(Semantics::semi_stable);
        for (auto e : all(Semantics::stable)) {
            CHECK(member(pr, e));
            CHECK(member(sst, e));
        }
        std::uint32_t meet = ~0u;
        for (auto e : pr) meet &= e;
        const auto id = all(Semantics::ideal);
        REQUIRE(id.size() == 1);
        CHECK((id[0] & ~meet) == 0);
        CHECK((g & ~id[0]) == 0);
    }
}

TEST_CASE("an expired deadline or a raised cancel flag gives unknown", "[extensions][limits]") {
    std::vector<Attack> attacks;
    for (arg_t a = 0; a < 60; ++a) attacks.push_back({a, (a + 1) % 60});
    const Framework af(60, attacks);
    Limits past;
    past.deadline = std::chrono::steady_clock::now() - std::chrono::seconds(1);
    CHECK(credulous(af, Semantics::preferred, 3, past).answer == Answer::unknown);
    CHECK(sceptical(af, Semantics::stable, 3, past).answer == Answer::unknown);
    CHECK(count_extensions(af, Semantics::complete, past).answer == Answer::unknown);
    std::atomic<bool> stop{true};
    Limits cancelled;
    cancelled.cancel = &stop;
    CHECK(some_extension(af, Semantics::semi_stable, cancelled).answer == Answer::unknown);
    stop = false;
    CHECK(some_extension(af, Semantics::semi_stable, cancelled).answer == Answer::yes);
}

TEST_CASE("labelling form of an extension", "[extensions][labelling]") {
    // a <-> b, b -> c: the preferred extension {a, c} labels b out.
    const Framework af(3, std::vector<Attack>{{0, 1}, {1, 0}, {1, 2}});
    CHECK(labelling_of(af, std::vector<arg_t>{0, 2}) == Labelling{Label::in, Label::out, Label::in});
    CHECK(labelling_of(af, std::vector<arg_t>{1}) == Labelling{Label::out, Label::in, Label::out});
    CHECK(labelling_of(af, std::vector<arg_t>{}) == Labelling{Label::undec, Label::undec, Label::undec});
    // Every complete extension gives a complete labelling (Caminada 2006, Thm. 2).
    enumerate_extensions(af, Semantics::complete, [&](std::span<const arg_t> e) {
        CHECK(is_complete_labelling(af, labelling_of(af, e)));
        return true;
    });
}

TEST_CASE("a map evaluated under several semantics", "[extensions][map]") {
    ArgumentMap m;
    for (auto id : {"quaker", "republican", "pacifist", "liar"}) {
        Claim c;
        c.id = id;
        m.add_claim(c);
    }
    auto attack = [&](const char* s, const char* t) {
        Relation r;
        r.source = s;
        r.target = t;
        m.add_relation(r);
    };
    attack("quaker", "republican");  // the Nixon diamond
    attack("republican", "quaker");
    attack("republican", "pacifist");
    const auto gr = evaluate(m, Semantics::grounded);
    CHECK(gr.labels == std::vector<Label>{Label::undec, Label::undec, Label::undec, Label::in});
    const auto pr = evaluate(m, Semantics::preferred);
    CHECK(pr.labels.empty());
    CHECK(pr.acceptance == std::vector<Acceptance>{Acceptance::credulous, Acceptance::credulous, Acceptance::credulous,
                                                   Acceptance::sceptical});
    attack("liar", "liar");  // now no stable extension
    const auto st = evaluate(m, Semantics::stable);
    CHECK_FALSE(st.has_extension);
    CHECK(std::count(st.acceptance.begin(), st.acceptance.end(), Acceptance::rejected) == 4);
    const auto sst = evaluate(m, Semantics::semi_stable);
    CHECK(sst.has_extension);
    CHECK(sst.acceptance[2] == Acceptance::credulous);
    CHECK(sst.acceptance[3] == Acceptance::rejected);
}
