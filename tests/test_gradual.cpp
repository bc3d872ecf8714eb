#include <catch2/catch.hpp>

#include <argmap/gradual.hpp>
#include <argmap/io.hpp>

#include <cmath>
#include <random>

using namespace argmap;

namespace {

GradualSemantics sem(const char* name) {
    auto s = parse_gradual(name);
    REQUIRE(s);
    return *s;
}

std::vector<double> run(const WeightedBipolarFramework& g, const char* name, GradualMethod m = GradualMethod::automatic) {
    GradualOptions o;
    o.method = m;
    o.epsilon = 1e-12;
    o.max_iterations = 100000;
    o.step = 0.5;
    const auto r = strengths(g, sem(name), o);
    INFO(name << ": " << r.message);
    REQUIRE(r.converged);
    return r.strength;
}

using E = std::vector<WeightedEdge>;

}  // namespace

TEST_CASE("h-categorizer by hand", "[gradual][h-categorizer]") {
    // c -> b -> a, all base 1: s(c) = 1, s(b) = 1/(1+1) = 0.5, s(a) = 1/(1+0.5) = 2/3.
    WeightedBipolarFramework chain({1, 1, 1}, E{{2, 1, 1}, {1, 0, 1}}, E{});
    auto s = run(chain, "h-categorizer");
    CHECK(s[2] == Approx(1.0));
    CHECK(s[1] == Approx(0.5));
    CHECK(s[0] == Approx(2.0 / 3.0));
    // Weight 0.5 on c -> b: s(b) = 1/(1+0.5) = 2/3, s(a) = 1/(1+2/3) = 0.6.
    WeightedBipolarFramework weighted({1, 1, 1}, E{{2, 1, 0.5}, {1, 0, 1}}, E{});
    s = run(weighted, "h-categorizer");
    CHECK(s[1] == Approx(2.0 / 3.0));
    CHECK(s[0] == Approx(0.6));
    // Besnard and Hunter (2001): a <-> b with base 1 settles at x = 1/(1+x), the golden ratio
    // conjugate (sqrt(5) - 1)/2 = 0.6180339887...
    WeightedBipolarFramework cycle({1, 1}, E{{0, 1, 1}, {1, 0, 1}}, E{});
    s = run(cycle, "h-categorizer");
    CHECK(s[0] == Approx((std::sqrt(5.0) - 1) / 2).epsilon(1e-9));
    CHECK(s[1] == Approx((std::sqrt(5.0) - 1) / 2).epsilon(1e-9));
}

TEST_CASE("max-based and card-based by hand", "[gradual][max-based][card-based]") {
    // a (base 1) attacked by b (base 0.5) and c (base 1), both unattacked.
    WeightedBipolarFramework g({1, 0.5, 1}, E{{1, 0, 1}, {2, 0, 1}}, E{});
    // max-based: 1 / (1 + max(0.5, 1)) = 0.5.
    CHECK(run(g, "max-based")[0] == Approx(0.5));
    // card-based: two attackers with positive strength, sum 1.5: 1 / (1 + 2 + 1.5/2) = 1/3.75.
    CHECK(run(g, "card-based")[0] == Approx(1.0 / 3.75));
    // h-categorizer: 1 / (1 + 1.5) = 0.4.
    CHECK(run(g, "h-categorizer")[0] == Approx(0.4));
    // An attacker of strength 0 does not count for card-based: base 0 attacker leaves a alone.
    WeightedBipolarFramework zero({0.7, 0}, E{{1, 0, 1}}, E{});
    CHECK(run(zero, "card-based")[0] == Approx(0.7));
}

TEST_CASE("DF-QuAD by hand", "[gradual][df-quad]") {
    // a base 0.5; attackers b 0.6 and c 0.5; supporter d 0.8.
    // va = 1 - (1-0.6)(1-0.5) = 0.8, vs = 0.8: equal, so s(a) = 0.5.
    WeightedBipolarFramework even({0.5, 0.6, 0.5, 0.8}, E{{1, 0, 1}, {2, 0, 1}}, E{{3, 0, 1}});
    CHECK(run(even, "df-quad")[0] == Approx(0.5));
    // Supporter 0.9: vs = 0.9 > va = 0.8, s(a) = 0.5 + (1-0.5)(0.9-0.8) = 0.55.
    WeightedBipolarFramework up({0.5, 0.6, 0.5, 0.9}, E{{1, 0, 1}, {2, 0, 1}}, E{{3, 0, 1}});
    CHECK(run(up, "df-quad")[0] == Approx(0.55));
    // No supporter, attack weight 0.5 on b: va = 1 - (1-0.3)(1-0.5) = 0.65, s(a) = 0.5 - 0.5*0.65 = 0.175.
    WeightedBipolarFramework down({0.5, 0.6, 0.5}, E{{1, 0, 0.5}, {2, 0, 1}}, E{});
    CHECK(run(down, "df-quad")[0] == Approx(0.175));
}

TEST_CASE("quadratic energy, Euler-based and MLP-based by hand", "[gradual][qe][euler][mlp]") {
    // a base 0.5 attacked by b base 1: energy E = -1.
    WeightedBipolarFramework att({0.5, 1}, E{{1, 0, 1}}, E{});
    // QE: h(1) = 1/(1+1) = 0.5, s = 0.5 - 0.5*0.5 = 0.25.
    CHECK(run(att, "qe")[0] == Approx(0.25));
    // Euler: 1 - (1 - 0.25)/(1 + 0.5 e^-1) = 1 - 0.75/1.18393972 = 0.36652...
    CHECK(run(att, "euler")[0] == Approx(1 - 0.75 / (1 + 0.5 * std::exp(-1.0))));
    // MLP: logistic(ln(1) - 1) = 1/(1+e) = 0.26894...
    CHECK(run(att, "mlp")[0] == Approx(1 / (1 + std::exp(1.0))));
    // a base 0.5 supported by b base 1 with weight 0.5: E = 0.5.
    WeightedBipolarFramework sup({0.5, 1}, E{}, E{{1, 0, 0.5}});
    // QE: h(0.5) = 0.25/1.25 = 0.2, s = 0.5 + 0.5*0.2 = 0.6.
    CHECK(run(sup, "qe")[0] == Approx(0.6));
    // Euler: 1 - 0.75/(1 + 0.5 e^0.5).
    CHECK(run(sup, "euler")[0] == Approx(1 - 0.75 / (1 + 0.5 * std::exp(0.5))));
    // MLP: logistic(0 + 0.5) = 0.62245...
    CHECK(run(sup, "mlp")[0] == Approx(1 / (1 + std::exp(-0.5))));
    // Base scores 0 and 1 are fixed points of MLP whatever the attacks.
    WeightedBipolarFramework ends({0, 1, 1}, E{{2, 1, 1}}, E{{2, 0, 1}});
    const auto m = run(ends, "mlp");
    CHECK(m[0] == 0.0);
    CHECK(m[1] == 1.0);
}

TEST_CASE("modular forms: top aggregation and linear conservativeness", "[gradual][modular]") {
    // a base 0.5, supporters 0.4 and 0.9, attacker 0.3: top alpha = 0.9 - 0.3 = 0.6;
    // linear k=1: 0.5 + 0.5*0.6 = 0.8.
    WeightedBipolarFramework g({0.5, 0.4, 0.9, 0.3}, E{{3, 0, 1}}, E{{1, 0, 1}, {2, 0, 1}});
    CHECK(run(g, "top:linear")[0] == Approx(0.8));
    // sum alpha = 1.3 - 0.3 = 1.0: linear 0.5 + 0.5*1 = 1.0.
    CHECK(run(g, "sum:linear")[0] == Approx(1.0));
    // sum:euler with alpha = 1: 1 - 0.75/(1 + 0.5e).
    CHECK(run(g, "sum:euler")[0] == Approx(1 - 0.75 / (1 + 0.5 * std::exp(1.0))));
    GradualSemantics k2 = sem("sum:linear");
    k2.conservativeness = 2;  // 0.5 + 0.5*1/2 = 0.75
    CHECK(strengths(g, k2).strength[0] == Approx(0.75));
    CHECK_FALSE(parse_gradual("sum:cubic"));
    CHECK_FALSE(parse_gradual("median:linear"));
    CHECK_FALSE(parse_gradual("nonsense"));
    CHECK(to_string(sem("product:mlp")) == "product:mlp");
}

namespace {

WeightedBipolarFramework random_graph(std::mt19937& rng, arg_t n, bool acyclic, double density) {
    std::uniform_real_distribution<double> u(0, 1);
    std::vector<double> base(n);
    for (auto& b : base) b = u(rng);
    E att, sup;
    for (arg_t a = 0; a < n; ++a)
        for (arg_t b = 0; b < n; ++b) {
            if (a == b || (acyclic && a <= b) || u(rng) > density) continue;
            (u(rng) < 0.5 ? att : sup).push_back({a, b, u(rng)});
        }
    return WeightedBipolarFramework(base, att, sup);
}

const char* all_names[] = {"h-categorizer", "max-based", "card-based", "df-quad", "qe", "euler", "mlp",
                           "sum:linear", "product:linear", "top:linear", "sum:quadratic", "product:euler", "top:mlp"};

}  // namespace

TEST_CASE("properties on random graphs", "[gradual][property]") {
    std::mt19937 rng(7);
    for (int round = 0; round < 300; ++round) {
        const bool acyclic = round % 2 == 0;
        const arg_t n = 2 + rng() % 12;
        const auto g = random_graph(rng, n, acyclic, 0.3);
        for (const char* name : all_names) {
            INFO(name << " round " << round);
            GradualOptions o;
            o.epsilon = 1e-10;
            o.max_iterations = 20000;
            const auto r = strengths(g, sem(name), o);
            if (!r.converged) {
                CHECK_FALSE(acyclic);          // only cycles may fail, and then it is said
                CHECK_FALSE(r.message.empty());
                continue;
            }
            for (arg_t a = 0; a < n; ++a) {
                CHECK(r.strength[a] >= 0.0);
                CHECK(r.strength[a] <= 1.0);
                // Unattacked and unsupported: the base score.
                if (g.attack_begin(a) == g.attack_end(a) && g.support_begin(a) == g.support_end(a))
                    CHECK(r.strength[a] == Approx(g.base(a)).margin(1e-12));
            }
            if (acyclic) {
                // Exact evaluation equals the iterated and the integrated fixed point.
                CHECK(r.method == GradualMethod::exact);
                GradualOptions d = o;
                d.method = GradualMethod::discrete;
                const auto it = strengths(g, sem(name), d);
                REQUIRE(it.converged);
                GradualOptions c = o;
                c.method = GradualMethod::continuous;
                c.step = 0.5;
                c.epsilon = 1e-11;
                c.max_iterations = 200000;
                const auto ode = strengths(g, sem(name), c);
                REQUIRE(ode.converged);
                for (arg_t a = 0; a < n; ++a) {
                    CHECK(it.strength[a] == Approx(r.strength[a]).margin(1e-8));
                    CHECK(ode.strength[a] == Approx(r.strength[a]).margin(1e-7));
                }
            }
        }
    }
}

TEST_CASE("named semantics equal their modular forms", "[gradual][modular]") {
    const std::pair<const char*, const char*> pairs[] = {
        {"df-quad", "product:linear"}, {"qe", "sum:quadratic"}, {"euler", "sum:euler"}, {"mlp", "sum:mlp"}};
    std::mt19937 rng(11);
    for (int round = 0; round < 100; ++round) {
        const auto g = random_graph(rng, 2 + rng() % 15, round % 2 == 0, 0.25);
        std::vector<double> in(g.size()), a(g.size()), b(g.size());
        std::uniform_real_distribution<double> u(0, 1);
        for (auto& x : in) x = u(rng);
        for (auto [named, modular] : pairs) {
            gradual_step(g, sem(named), in, a);
            gradual_step(g, sem(modular), in, b);
            for (std::size_t i = 0; i < a.size(); ++i) CHECK(a[i] == Approx(b[i]).margin(1e-12));
        }
    }
}

TEST_CASE("adding an attacker never raises the strength of its target", "[gradual][property]") {
    std::mt19937 rng(3);
    std::uniform_real_distribution<double> u(0, 1);
    for (int round = 0; round < 300; ++round) {
        const arg_t n = 2 + rng() % 10;
        std::vector<double> base(n + 1);
        for (auto& b : base) b = u(rng);
        E att, sup;
        for (arg_t a = 0; a < n; ++a)
            for (arg_t b = a + 1; b < n; ++b)
                if (u(rng) < 0.3) (u(rng) < 0.5 ? att : sup).push_back({a, b, u(rng)});
        const arg_t target = rng() % n;
        // Argument n is isolated before, and attacks target after.
        const WeightedBipolarFramework before(base, att, sup);
        E att2 = att;
        att2.push_back({n, target, u(rng)});
        const WeightedBipolarFramework after(base, att2, sup);
        for (const char* name : {"df-quad", "qe", "euler", "mlp", "h-categorizer", "max-based", "card-based"}) {
            INFO(name);
            const double s0 = strengths(before, sem(name)).strength[target];
            const double s1 = strengths(after, sem(name)).strength[target];
            CHECK(s1 <= s0 + 1e-12);
        }
    }
}

TEST_CASE("non-convergence is reported, never hidden", "[gradual][convergence]") {
    // A 2-cycle of strong mutual attacks under DF-QuAD oscillates under Jacobi iteration:
    // from (1, 1) it jumps to (0, 0) and back.
    WeightedBipolarFramework g({1, 1}, E{{0, 1, 1}, {1, 0, 1}}, E{});
    GradualOptions o;
    o.method = GradualMethod::discrete;
    o.max_iterations = 500;
    const auto r = strengths(g, sem("df-quad"), o);
    CHECK_FALSE(r.converged);
    CHECK(r.iterations == 500);
    CHECK_THAT(r.message, Catch::Contains("no convergence"));
    // The continuous method settles where the discrete one cycles.
    o.method = GradualMethod::continuous;
    o.step = 0.1;
    o.max_iterations = 100000;
    const auto c = strengths(g, sem("df-quad"), o);
    CHECK(c.converged);
    CHECK(c.strength[0] == Approx(0.5).margin(1e-6));
    // Exact evaluation refuses a cycle.
    o.method = GradualMethod::exact;
    const auto e = strengths(g, sem("df-quad"), o);
    CHECK_FALSE(e.converged);
    CHECK_THAT(e.message, Catch::Contains("cycle"));
    // A deadline in the past stops at once.
    o.method = GradualMethod::discrete;
    o.limits.deadline = std::chrono::steady_clock::now() - std::chrono::seconds(1);
    CHECK_FALSE(strengths(g, sem("df-quad"), o).converged);
}

TEST_CASE("bad frameworks are rejected", "[gradual]") {
    CHECK_THROWS_AS(WeightedBipolarFramework({1.5}, E{}, E{}), std::invalid_argument);
    CHECK_THROWS_AS(WeightedBipolarFramework({0.5}, E{{0, 1, 1}}, E{}), std::invalid_argument);
    CHECK_THROWS_AS(WeightedBipolarFramework({0.5, 0.5}, E{{0, 1, 2}}, E{}), std::invalid_argument);
}

TEST_CASE("maps: undercuts gate the relation they attack", "[gradual][map]") {
    ArgumentMap m;
    REQUIRE(io::read_argdown(R"(
[t]: thesis {weight: 0.5}
  - <o>: objection {weight: 1}
    _ [u]: the objection does not bear on t {weight: 1}
)", m, "u.argdown"));
    // Without the undercut, DF-QuAD gives t = 0.5 - 0.5*1 = 0. The undercut (strength 1) attacks
    // the auxiliary inference (base 1) down to 0, so the attack weighs 1 * 0 = 0 and t keeps 0.5.
    const auto r = evaluate_gradual(m, sem("df-quad"));
    REQUIRE(r.converged);
    REQUIRE(r.strength.size() == 3);
    CHECK(r.strength[0] == Approx(0.5));
    CHECK(r.strength[1] == Approx(1.0));
    m.remove_relation(m.relations()[1].id);
    CHECK(evaluate_gradual(m, sem("df-quad")).strength[0] == Approx(0.0));
}

TEST_CASE("Uncertainpy BAG: the e-democracy example of Rago et al. (2016) under DF-QuAD", "[gradual][bag]") {
    ArgumentMap m;
    const auto r = io::load_map(std::string(ARGMAP_TEST_DATA) + "/e-democracy.bag", m);
    INFO(r.description());
    REQUIRE(r);
    REQUIRE(m.claims().size() == 9);
    REQUIRE(m.relations().size() == 7);
    const auto s = evaluate_gradual(m, sem("df-quad"));
    REQUIRE(s.converged);
    auto at = [&](const char* id) { return s.strength[*m.claim_index(id)]; };
    // P2 (0.5) attacked by C2 0.2, C3 0.6, C4 0.5: va = 1 - 0.8*0.4*0.5 = 0.84; 0.5 - 0.5*0.84 = 0.08.
    CHECK(at("P2") == Approx(0.08));
    // A1 (0.5) supported by P1 0.7 and P2 0.08: vs = 1 - 0.3*0.92 = 0.724; 0.5 + 0.5*0.724 = 0.862.
    CHECK(at("A1") == Approx(0.862));
    // A2 (0.5) attacked by C1 0.2, supported by P3 0.9: 0.5 + 0.5*(0.9 - 0.2) = 0.85.
    CHECK(at("A2") == Approx(0.85));
    // Written back as BAG it reads the same.
    ArgumentMap back;
    REQUIRE(io::read_bag(io::write_bag(m), back, "back.bag"));
    CHECK(back == m);
}

TEST_CASE("malformed BAG input names line and column", "[gradual][bag][errors]") {
    struct Case {
        const char* text;
        io::ParseStatus status;
        std::size_t line, column;
        const char* message;
    };
    const Case cases[] = {
        {"arg(a, 0.5).\nnode(b).", io::ParseStatus::syntax_error, 2, 1, "expected arg(name, base)"},
        {"arg(a, 1.5).", io::ParseStatus::invalid_value, 1, 8, "number in [0,1]"},
        {"arg(a 0.5).", io::ParseStatus::syntax_error, 1, 1, "arg takes a name and a base score"},
        {"arg(a, 0.5).\natt(a, b).", io::ParseStatus::unknown_reference, 2, 8, "unknown argument 'b'"},
        {"arg(a, 0.5)", io::ParseStatus::syntax_error, 1, 12, "expected '.'"},
        {"arg(a-b, 0.5).", io::ParseStatus::syntax_error, 1, 5, "expected a name"},
        {"arg(a, 0.5).\narg(a, 0.5).", io::ParseStatus::duplicate_id, 2, 1, "duplicate claim id"},
        {"arg(a, 0.5).\narg(b, 0.5).\natt(a, b, 2).", io::ParseStatus::invalid_value, 3, 11, "number in [0,1]"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        ArgumentMap m;
        const auto r = io::read_bag(c.text, m, "bad.bag");
        INFO(r.description());
        REQUIRE_FALSE(r);
        CHECK(r.status == c.status);
        CHECK(r.error.line == c.line);
        CHECK(r.error.column == c.column);
        CHECK_THAT(r.error.message, Catch::Contains(c.message));
    }
}
