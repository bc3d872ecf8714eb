// Attributions of gradual strengths (removal, gradient, Shapley) and of inconsistency budgets.
// Every expected value is computed here independently: full evaluations of edited maps,
// central finite differences, the Shapley axioms, and hand derivations of published examples.
#include <catch2/catch.hpp>

#include <argmap/attribution.hpp>
#include <argmap/gradual.hpp>
#include <argmap/io.hpp>

#include <nlohmann/json.hpp>

#include <cmath>
#include <map>
#include <random>

using namespace argmap;

namespace {

GradualSemantics sem(const char* name) {
    auto s = parse_gradual(name);
    REQUIRE(s);
    return *s;
}

Claim claim_of(std::string id, double weight, std::vector<std::string> camps = {}) {
    Claim c;
    c.id = std::move(id);
    c.weight = weight;
    c.camps = std::move(camps);
    return c;
}

Relation relation_of(std::string id, RelationType type, std::string source, std::string target, double weight = 1.0) {
    Relation r;
    r.id = std::move(id);
    r.type = type;
    r.source = std::move(source);
    r.target = std::move(target);
    r.weight = weight;
    return r;
}

Camp camp_of(std::string id) {
    Camp c;
    c.id = std::move(id);
    return c;
}

GradualOptions tight() {
    GradualOptions o;
    o.epsilon = 1e-14;
    o.max_iterations = 200000;
    return o;
}

// A random map: claims c0..c(n-1) with base weights in [0.1, 0.9] and camps; attacks and
// supports between random pairs (acyclic: only from a higher to a lower index), some undercuts.
ArgumentMap random_map(std::mt19937& rng, int n, int relations, bool acyclic, int undercuts = 0) {
    std::uniform_real_distribution<double> u(0, 1);
    ArgumentMap m;
    m.add_camp(camp_of("pro"));
    m.add_camp(camp_of("con"));
    for (int i = 0; i < n; ++i) {
        Claim c;
        c.id = "c" + std::to_string(i);
        c.weight = std::round((0.1 + 0.8 * u(rng)) * 1000) / 1000;
        const double r = u(rng);
        if (r < 0.4) c.camps = {"pro"};
        else if (r < 0.8) c.camps = {"con"};
        else if (r < 0.9) c.camps = {"pro", "con"};
        m.add_claim(c);
    }
    for (int k = 0; k < relations; ++k) {
        int a = static_cast<int>(rng() % n), b = static_cast<int>(rng() % n);
        if (a == b) continue;
        if (acyclic && a < b) std::swap(a, b);
        Relation r;
        r.type = u(rng) < 0.6 ? RelationType::attack : RelationType::support;
        r.source = "c" + std::to_string(a);
        r.target = "c" + std::to_string(b);
        r.weight = std::round((0.2 + 0.8 * u(rng)) * 1000) / 1000;
        try {
            m.add_relation(r);
        } catch (const ModelError&) {  // a repeated relation
        }
    }
    for (int k = 0; k < undercuts && !m.relations().empty(); ++k) {
        const Relation& target = m.relations()[rng() % m.relations().size()];
        if (target.type == RelationType::undercut) continue;
        // An undercutter that comes after both ends keeps the graph acyclic.
        const int lo = std::max(std::stoi(target.source.substr(1)), std::stoi(target.target.substr(1)));
        if (acyclic && lo + 1 >= n) continue;
        const int from = acyclic ? lo + 1 + static_cast<int>(rng() % (n - lo - 1)) : static_cast<int>(rng() % n);
        Relation r;
        r.type = RelationType::undercut;
        r.source = "c" + std::to_string(from);
        r.target = target.id;
        r.weight = 0.8;
        try {
            m.add_relation(r);
        } catch (const ModelError&) {
        }
    }
    return m;
}

double strength_of(const ArgumentMap& m, const std::string& claim, const GradualSemantics& s) {
    const auto r = evaluate_gradual(m, s, tight());
    REQUIRE(r.converged);
    return r.strength[*m.claim_index(claim)];
}

// The claim with the most relations into it.
std::string busiest(const ArgumentMap& m) {
    std::string best = m.claims()[0].id;
    std::size_t most = 0;
    for (const auto& c : m.claims())
        if (m.relations_into(c.id).size() > most) {
            most = m.relations_into(c.id).size();
            best = c.id;
        }
    return best;
}

}  // namespace

TEST_CASE("removal contributions are differences of two full evaluations", "[attribution][removal]") {
    std::mt19937 rng(11);
    int checked = 0;
    for (const char* name : {"df-quad", "qe", "h-categorizer", "euler", "mlp", "card-based", "sum:linear"}) {
        const auto s = sem(name);
        for (int trial = 0; trial < 12; ++trial) {
            const bool acyclic = trial % 2 == 0;
            const ArgumentMap m = random_map(rng, 9, 16, acyclic, 2);
            if (!evaluate_gradual(m, s, tight()).converged) continue;
            ++checked;
            const std::string claim = busiest(m);
            AttributionOptions o;
            o.gradual = tight();
            const Attribution a = attribute_by_removal(m, claim, s, o);
            INFO(name << " trial " << trial << " claim " << claim);
            const double with = strength_of(m, claim, s);
            CHECK(a.strength == Approx(with).margin(1e-12));
            CHECK(a.contributions.size() == m.relations_into(claim).size());
            for (const auto& c : a.contributions) {
                ArgumentMap edited = m;
                edited.remove_relation(c.relation);
                CHECK(c.value == Approx(with - strength_of(edited, claim, s)).margin(1e-10));
                CHECK(c.target == claim);
            }
            // Ranked, and camp shares are sums over the camps of the sources.
            for (std::size_t i = 1; i < a.contributions.size(); ++i)
                CHECK(a.contributions[i - 1].value >= a.contributions[i].value);
            std::map<std::string, double> sums;
            for (const auto& c : a.contributions) {
                if (c.camps.empty()) sums[""] += c.value;
                for (const auto& camp : c.camps) sums[camp] += c.value;
            }
            REQUIRE(a.camps.size() == sums.size());
            for (const auto& share : a.camps) CHECK(share.value == Approx(sums[share.camp]).margin(1e-15));
        }
    }
    CHECK(checked >= 60);
}

TEST_CASE("gradients agree with central finite differences", "[attribution][gradient]") {
    std::mt19937 rng(5);
    std::uniform_real_distribution<double> u(0, 1);
    const char* names[] = {"h-categorizer", "max-based",       "card-based",     "df-quad",   "qe",
                           "euler",         "mlp",             "sum:linear",     "sum:quadratic",
                           "product:euler", "product:quadratic", "top:euler",    "top:linear", "sum:mlp"};
    int compared = 0, cyclic_compared = 0;
    for (const char* name : names) {
        const auto s = sem(name);
        for (int trial = 0; trial < 16; ++trial) {
            const bool acyclic = trial % 2 == 0;
            const int n = 8;
            std::vector<double> base(n);
            for (auto& b : base) b = 0.1 + 0.8 * u(rng);
            std::vector<WeightedEdge> att, sup;
            for (int k = 0; k < 14; ++k) {
                arg_t a = rng() % n, b = rng() % n;
                if (a == b) continue;
                if (acyclic && a < b) std::swap(a, b);
                (u(rng) < 0.6 ? att : sup).push_back({a, b, 0.2 + 0.8 * u(rng)});
            }
            // One gated attack (an undercut's auxiliary argument 0 gating it) on some trials.
            std::vector<std::int64_t> att_gates(att.size(), -1), sup_gates(sup.size(), -1);
            if (trial % 4 == 1 && att.size() > 1 && att[0].to != 0 && att[0].from != 0) att_gates[0] = 0;
            const WeightedBipolarFramework g(base, att, sup, att_gates, sup_gates);
            GradualOptions o = tight();
            if (!acyclic) o.method = GradualMethod::discrete;
            auto r = strengths(g, s, o);
            if (!r.converged && !acyclic) {  // where Jacobi oscillates, RK4 may still find the fixed point
                o.method = GradualMethod::continuous;
                o.step = 0.2;
                r = strengths(g, s, o);
            }
            if (!r.converged) continue;
            const arg_t target = static_cast<arg_t>(rng() % n);
            const StrengthGradient d = strength_gradient(g, s, r.strength, target, o);
            INFO(name << (acyclic ? " acyclic" : " cyclic") << " trial " << trial << " target " << target);
            REQUIRE(d.converged);
            for (arg_t b = 0; b < static_cast<arg_t>(n); ++b) {
                if (d.kink[b]) continue;
                const double h = 1e-5;
                auto at = [&](double delta) {
                    auto moved = base;
                    moved[b] += delta;
                    const WeightedBipolarFramework gm(moved, att, sup, att_gates, sup_gates);
                    auto rm = strengths(gm, s, o);
                    REQUIRE(rm.converged);
                    return rm.strength[target];
                };
                const double fd = (at(h) - at(-h)) / (2 * h);
                INFO("argument " << b);
                CHECK(d.derivative[b] == Approx(fd).margin(1e-6).epsilon(1e-5));
                ++compared;
                cyclic_compared += !acyclic;
            }
        }
    }
    CHECK(compared > 800);
    CHECK(cyclic_compared > 300);
}

TEST_CASE("map gradients (undercuts included) agree with finite differences of evaluate_gradual", "[attribution][gradient]") {
    std::mt19937 rng(21);
    int compared = 0;
    for (const char* name : {"df-quad", "qe", "euler", "h-categorizer"}) {
        const auto s = sem(name);
        for (int trial = 0; trial < 6; ++trial) {
            const ArgumentMap m = random_map(rng, 9, 14, trial % 2 == 0, 3);
            if (!evaluate_gradual(m, s, tight()).converged) continue;
            const std::string claim = busiest(m);
            AttributionOptions o;
            o.gradual = tight();
            const Attribution a = attribute_by_gradient(m, claim, s, o);
            REQUIRE(a.converged);
            for (const auto& c : a.contributions) {
                if (!c.differentiable) continue;
                const double h = 1e-5;
                auto at = [&](double delta) {
                    ArgumentMap moved = m;
                    Claim x = *moved.find_claim(c.source);
                    x.weight += delta;
                    moved.update_claim(x);
                    return strength_of(moved, claim, s);
                };
                INFO(name << " trial " << trial << " d " << claim << " / d " << c.source);
                CHECK(c.value == Approx((at(h) - at(-h)) / (2 * h)).margin(1e-6).epsilon(1e-5));
                ++compared;
            }
        }
    }
    CHECK(compared > 60);
}

TEST_CASE("gradients on a cycle: the adjoint solve is the inverse of I - J", "[attribution][gradient]") {
    // a <-> b under h-categorizer, base 1: s = 1/(1+s) at the golden ratio conjugate phi.
    // d s_a / d w_a: differentiate s_a = w_a/(1 + s_b), s_b = w_b/(1 + s_a) at w = 1:
    //   ds_a = dw_a/(1+phi) - phi/(1+phi) ds_b,  ds_b = -phi/(1+phi) ds_a   (dw_b = 0)
    //   => ds_a/dw_a = (1/(1+phi)) / (1 - phi^2/(1+phi)^2), and ds_a/dw_b = ... by symmetry.
    const WeightedBipolarFramework g({1, 1}, std::vector<WeightedEdge>{{0, 1, 1}, {1, 0, 1}}, std::vector<WeightedEdge>{});
    const auto s = sem("h-categorizer");
    const auto r = strengths(g, s, tight());
    REQUIRE(r.converged);
    const double phi = (std::sqrt(5.0) - 1) / 2, q = phi / (1 + phi);
    const auto d = strength_gradient(g, s, r.strength, 0, tight());
    const double own = (1 / (1 + phi)) / (1 - q * q);
    CHECK(d.derivative[0] == Approx(own).epsilon(1e-9));
    // ds_a/dw_b: ds_a = -q ds_b, ds_b = dw_b/(1+phi) - q ds_a  => ds_a/dw_b = -q/(1+phi) / (1 - q^2).
    CHECK(d.derivative[1] == Approx(-q / (1 + phi) / (1 - q * q)).epsilon(1e-9));
}

TEST_CASE("gradients where Jacobi iteration diverges: RK4 strengths, BiCGSTAB adjoint", "[attribution][gradient]") {
    // Eight arguments attacking each other (weight 1) under MLP: at the fixed point s ~ 0.2 each
    // update has slope about -0.16 per attacker, so J has eigenvalue about -1.1: Jacobi
    // oscillates, the continuous system converges, and the adjoint needs the fallback solver.
    const int n = 8;
    std::vector<double> base;
    std::vector<WeightedEdge> att;
    for (int i = 0; i < n; ++i) {
        base.push_back(0.4 + 0.02 * i);
        for (int j = 0; j < n; ++j)
            if (i != j) att.push_back({static_cast<arg_t>(i), static_cast<arg_t>(j), 1.0});
    }
    const auto s = sem("mlp");
    GradualOptions o = tight();
    o.method = GradualMethod::discrete;
    o.max_iterations = 5000;
    REQUIRE_FALSE(strengths(WeightedBipolarFramework(base, att, std::vector<WeightedEdge>{}), s, o).converged);
    o.method = GradualMethod::continuous;
    o.step = 0.2;
    o.max_iterations = 200000;
    const WeightedBipolarFramework g(base, att, std::vector<WeightedEdge>{});
    const auto r = strengths(g, s, o);
    REQUIRE(r.converged);
    const auto d = strength_gradient(g, s, r.strength, 3, o);
    REQUIRE(d.converged);
    for (arg_t b = 0; b < static_cast<arg_t>(n); ++b) {
        const double h = 1e-5;
        auto at = [&](double delta) {
            auto moved = base;
            moved[b] += delta;
            const auto rm = strengths(WeightedBipolarFramework(moved, att, std::vector<WeightedEdge>{}), s, o);
            REQUIRE(rm.converged);
            return rm.strength[3];
        };
        INFO("argument " << b);
        CHECK(d.derivative[b] == Approx((at(h) - at(-h)) / (2 * h)).margin(1e-6).epsilon(1e-5));
    }
}

TEST_CASE("gradient attribution reproduces Yin, Potyka and Toni's DF-QuAD examples", "[attribution][gradient]") {
    // Yin, Potyka and Toni, "Argument Attribution Explanations in Quantitative Bipolar
    // Argumentation Frameworks", ECAI 2023 (arXiv 2307.13582), Table 1 (fake news): topic A
    // supported by B and C, attacked by D; E attacks B; F attacks D; G and H attack F; every
    // base score 0.5. They report strength(A) = 0.59375 and the gradients below, and (column
    // sigma'_X(A)) the strength of A when X's base score is set to 0. The map is our own
    // encoding of that graph.
    const ArgumentMap m = [] {
        ArgumentMap m;
        for (const char* id : {"A", "B", "C", "D", "E", "F", "G", "H"}) m.add_claim(claim_of(id, 0.5));
        auto rel = [&](RelationType t, const char* from, const char* to) {
            m.add_relation(relation_of("", t, from, to));
        };
        rel(RelationType::support, "B", "A");
        rel(RelationType::support, "C", "A");
        rel(RelationType::attack, "D", "A");
        rel(RelationType::attack, "E", "B");
        rel(RelationType::attack, "F", "D");
        rel(RelationType::attack, "G", "F");
        rel(RelationType::attack, "H", "F");
        return m;
    }();
    const auto s = sem("df-quad");
    const Attribution a = attribute_by_gradient(m, "A", s);
    CHECK(a.strength == Approx(0.59375));
    CHECK(a.exact);
    const std::map<std::string, std::pair<double, double>> table = {
        // claim: (gradient, strength of A with the claim's base score 0)
        {"C", {0.375, 0.40625}},  {"B", {0.125, 0.53125}},    {"F", {0.0625, 0.5625}}, {"G", {-0.0625, 0.625}},
        {"H", {-0.0625, 0.625}}, {"E", {-0.125, 0.65625}}, {"D", {-0.4375, 0.8125}}};
    std::size_t seen = 0;
    for (const auto& c : a.contributions) {
        const auto it = table.find(c.source);
        if (it == table.end()) continue;  // A itself
        ++seen;
        INFO(c.source);
        CHECK(c.value == Approx(it->second.first).margin(1e-12));
        // Their completeness property on singly connected arguments: -base * gradient is the
        // change when the base score drops to 0.
        ArgumentMap zero = m;
        Claim z = *zero.find_claim(c.source);
        z.weight = 0;
        zero.update_claim(z);
        CHECK(strength_of(zero, "A", s) == Approx(it->second.second).margin(1e-12));
        CHECK(-c.weight * c.value == Approx(it->second.second - a.strength).margin(1e-12));
    }
    CHECK(seen == table.size());
    // Ranked as their Table 1: C, B, F, then G/H, E, D last (A's own base derivative sits where it falls).
    CHECK(a.contributions.back().source == "D");

    // Table 2 (movie recommender, "The Post"): m supported by acting fA and directing fD,
    // attacked by writing fW; fA supported by two actors. Values as printed (5 decimals).
    ArgumentMap movie;
    movie.add_claim(claim_of("m", 0.79));
    movie.add_claim(claim_of("fA", 0.16));
    movie.add_claim(claim_of("fD", 0.05));
    movie.add_claim(claim_of("fW", 0.02));
    movie.add_claim(claim_of("fA1", 0.05));
    movie.add_claim(claim_of("fA2", 0.07));
    movie.add_relation(relation_of("", RelationType::support, "fA", "m"));
    movie.add_relation(relation_of("", RelationType::support, "fD", "m"));
    movie.add_relation(relation_of("", RelationType::attack, "fW", "m"));
    movie.add_relation(relation_of("", RelationType::support, "fA1", "fA"));
    movie.add_relation(relation_of("", RelationType::support, "fA2", "fA"));
    const Attribution b = attribute_by_gradient(movie, "m", s);
    CHECK(b.strength == Approx(0.85).margin(0.005));
    const std::map<std::string, double> table2 = {
        {"fA", 0.17625}, {"fA2", 0.15920}, {"fA1", 0.15585}, {"fD", 0.15584}, {"fW", -0.21000}};
    for (const auto& c : b.contributions)
        if (table2.count(c.source)) {
            INFO(c.source);
            CHECK(c.value == Approx(table2.at(c.source)).margin(1e-5));
        }
}

TEST_CASE("gradient attribution flags kinks", "[attribution][gradient]") {
    // DF-QuAD at va == vs: t (base 0.3) attacked by a and supported by b, both 0.5.
    ArgumentMap m;
    m.add_claim(claim_of("t", 0.3));
    m.add_claim(claim_of("a", 0.5));
    m.add_claim(claim_of("b", 0.5));
    m.add_relation(relation_of("", RelationType::attack, "a", "t"));
    m.add_relation(relation_of("", RelationType::support, "b", "t"));
    const Attribution d = attribute_by_gradient(m, "t", sem("df-quad"));
    CHECK_FALSE(d.exact);
    for (const auto& c : d.contributions) CHECK(c.differentiable == (c.source == "t"));
    CHECK(d.message.find("not differentiable") != std::string::npos);
    // One-sided: raising a's base score lowers t at rate w = 0.3; raising b's raises it at 1 - w.
    for (const auto& c : d.contributions) {
        if (c.source == "a") CHECK(c.value == Approx(-0.3));
        if (c.source == "b") CHECK(c.value == Approx(0.7));
    }
    // Off the kink (b weaker) DF-QuAD is differentiable.
    Claim b = *m.find_claim("b");
    b.weight = 0.4;
    m.update_claim(b);
    CHECK(attribute_by_gradient(m, "t", sem("df-quad")).exact);
    // max-based with two equally strong attackers: a tie.
    Claim a = *m.find_claim("a");
    a.weight = 0.4;
    m.update_claim(a);
    ArgumentMap tie = m;
    tie.add_relation(relation_of("", RelationType::attack, "b", "t"));
    CHECK_FALSE(attribute_by_gradient(tie, "t", sem("max-based")).exact);
}

TEST_CASE("Shapley values: efficiency, symmetry and null players", "[attribution][shapley]") {
    std::mt19937 rng(3);
    int checked = 0;
    for (const char* name : {"df-quad", "qe", "h-categorizer", "euler", "top:linear"}) {
        const auto s = sem(name);
        for (int trial = 0; trial < 8; ++trial) {
            const ArgumentMap m = random_map(rng, 7, 9, trial % 2 == 0, 1);
            if (!evaluate_gradual(m, s, tight()).converged) continue;
            const std::string claim = busiest(m);
            AttributionOptions o;
            o.gradual = tight();
            const Attribution a = attribute_by_shapley(m, claim, s, o);
            if (!a.exact) continue;
            INFO(name << " trial " << trial);
            // v(all) and v(none) computed independently: the full map and the claim's base score.
            CHECK(a.strength == Approx(strength_of(m, claim, s)).margin(1e-10));
            CHECK(a.baseline == Approx(m.find_claim(claim)->weight).margin(1e-12));
            double total = 0;
            for (const auto& c : a.contributions) total += c.value;
            CHECK(total == Approx(a.strength - a.baseline).margin(1e-12));
            ++checked;
        }
    }
    CHECK(checked >= 20);

    // Symmetry: t attacked by a and b alike; null player: a relation of weight 0.
    ArgumentMap m;
    m.add_claim(claim_of("t", 0.9));
    m.add_claim(claim_of("a", 0.6));
    m.add_claim(claim_of("b", 0.6));
    m.add_claim(claim_of("c", 0.8));
    m.add_claim(claim_of("d", 0.7));
    m.add_relation(relation_of("ra", RelationType::attack, "a", "t", 0.5));
    m.add_relation(relation_of("rb", RelationType::attack, "b", "t", 0.5));
    m.add_relation(relation_of("rc", RelationType::support, "c", "t", 0.9));
    m.add_relation(relation_of("rd", RelationType::attack, "d", "c", 0.0));
    for (const char* name : {"df-quad", "qe", "h-categorizer", "card-based", "euler"}) {
        const Attribution a = attribute_by_shapley(m, "t", sem(name));
        std::map<std::string, double> phi;
        for (const auto& c : a.contributions) phi[c.relation] = c.value;
        INFO(name);
        CHECK(phi.size() == 4);
        CHECK(phi["ra"] == Approx(phi["rb"]).margin(1e-15));
        CHECK(phi["rd"] == Approx(0).margin(1e-15));
    }
}

TEST_CASE("sampled Shapley values lie within their stated error of the exact ones", "[attribution][shapley]") {
    std::mt19937 rng(8);
    int compared = 0;
    for (const char* name : {"df-quad", "qe", "h-categorizer"}) {
        const auto s = sem(name);
        for (int trial = 0; trial < 4; ++trial) {
            const ArgumentMap m = random_map(rng, 7, 10, true, 1);
            const std::string claim = busiest(m);
            AttributionOptions o;
            const Attribution exact = attribute_by_shapley(m, claim, s, o);
            REQUIRE(exact.exact);
            o.max_exact_players = 0;
            o.samples = 3000;
            o.seed = 42 + static_cast<std::uint64_t>(trial);
            const Attribution sampled = attribute_by_shapley(m, claim, s, o);
            CHECK_FALSE(sampled.exact);
            CHECK(sampled.samples == 3000);
            CHECK(sampled.seed == o.seed);
            std::map<std::string, double> truth;
            for (const auto& c : exact.contributions) truth[c.relation] = c.value;
            double total = 0;
            for (const auto& c : sampled.contributions) {
                INFO(name << " " << c.relation << " sampled " << c.value << " +- " << c.standard_error);
                CHECK(std::fabs(c.value - truth[c.relation]) <= 4 * c.standard_error + 1e-12);
                total += c.value;
                ++compared;
            }
            // Every permutation's marginals add up to v(all) - v(none), so the means do too.
            CHECK(total == Approx(sampled.strength - sampled.baseline).margin(1e-12));
            // Same seed, same values.
            const Attribution again = attribute_by_shapley(m, claim, s, o);
            for (std::size_t i = 0; i < again.contributions.size(); ++i)
                CHECK(again.contributions[i].value == sampled.contributions[i].value);
        }
    }
    CHECK(compared > 20);
}

TEST_CASE("attribution output: text and JSON", "[attribution]") {
    ArgumentMap m;
    m.add_camp(camp_of("zogg"));
    m.add_claim(claim_of("t", 0.8));
    m.add_claim(claim_of("s", 0.7, {"zogg"}));
    m.add_claim(claim_of("o", 0.6));
    m.add_relation(relation_of("r1", RelationType::support, "s", "t", 0.5));
    m.add_relation(relation_of("r2", RelationType::attack, "o", "t", 0.5));
    for (auto method : {AttributionMethod::removal, AttributionMethod::gradient, AttributionMethod::shapley}) {
        const Attribution a = attribute(m, "t", sem("df-quad"), method);
        const auto j = nlohmann::json::parse(to_json(a));
        CHECK(j["claim"] == "t");
        CHECK(j["method"] == std::string(to_string(method)));
        CHECK(j["strength"].get<double>() == Approx(a.strength));
        REQUIRE(j["contributions"].size() == a.contributions.size());
        const std::string text = to_text(a);
        CHECK(text.find("Why \"t\" has strength") != std::string::npos);
        CHECK(text.find("zogg") != std::string::npos);
    }
    CHECK_THROWS_AS(attribute_by_removal(m, "nope", sem("qe")), ModelError);
    CHECK(parse_attribution_method("shapley") == AttributionMethod::shapley);
    CHECK_FALSE(parse_attribution_method("lime"));
}

TEST_CASE("budget attribution: which dropped attacks make a claim accepted", "[attribution][budget]") {
    // t attacked by a (0.4) and b (0.3), both unattacked: both must go, total 0.7.
    ArgumentMap m;
    for (const char* id : {"t", "a", "b", "u", "v"}) m.add_claim(claim_of(id, 1.0));
    m.add_relation(relation_of("ra", RelationType::attack, "a", "t", 0.4));
    m.add_relation(relation_of("rb", RelationType::attack, "b", "t", 0.3));
    const BudgetAttribution x = attribute_budget(m, "t", Semantics::grounded, false);
    REQUIRE(x.budget.answer == Answer::yes);
    CHECK(x.budget.budget == Approx(0.7));
    CHECK(x.verified);
    REQUIRE(x.dropped.size() == 2);
    std::map<std::string, double> rel;
    for (const auto& d : x.dropped) {
        REQUIRE(d.relations.size() == 1);
        rel[d.relations[0]] = d.weight;
        CHECK(d.to == "t");
        CHECK(d.needed);
    }
    CHECK(rel == std::map<std::string, double>{{"ra", 0.4}, {"rb", 0.3}});
    // Independent check: the map without those relations has t in.
    ArgumentMap edited = m;
    edited.remove_relation("ra");
    edited.remove_relation("rb");
    CHECK(evaluate(edited, Semantics::grounded).acceptance[0] == Acceptance::sceptical);

    // With an undercut: u undercuts ra, v attacks u (0.2). Cheapest: drop v -> u (u then
    // undercuts ra) and rb; rather than ra and rb.
    m.add_relation(relation_of("ru", RelationType::undercut, "u", "ra", 1.0));
    m.add_relation(relation_of("rv", RelationType::attack, "v", "u", 0.2));
    const BudgetAttribution y = attribute_budget(m, "t", Semantics::grounded, false);
    REQUIRE(y.budget.answer == Answer::yes);
    CHECK(y.budget.budget == Approx(0.5));
    CHECK(y.verified);
    std::map<std::string, double> rel2;
    for (const auto& d : y.dropped) rel2[d.relations.at(0)] = d.weight;
    CHECK(rel2 == std::map<std::string, double>{{"rb", 0.3}, {"rv", 0.2}});
    const auto j = nlohmann::json::parse(to_json(y));
    CHECK(j["verified"] == true);
    CHECK(to_text(y).find("Checked") != std::string::npos);
    // Already accepted: nothing to drop.
    const BudgetAttribution z = attribute_budget(m, "a", Semantics::grounded, false);
    CHECK(z.dropped.empty());
    CHECK(to_text(z).find("already") != std::string::npos);
}
