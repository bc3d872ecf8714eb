// Explanations under extension semantics, checked by an independent verifier written here: it
// reads the certificates (sets, dispute trees, witnesses) as bitmasks and checks them against
// Dung's definitions and the brute-force oracle, never calling the explanation code's helpers.
#include <catch2/catch.hpp>

#include <argmap/explain_extension.hpp>
#include <argmap/extensions.hpp>
#include <argmap/io.hpp>
#include <argmap/render.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <bit>
#include <functional>
#include <random>

#include "helpers.hpp"

using namespace argmap;
using helpers::make;
using helpers::mask;

namespace {

using Mask = std::uint32_t;
bool in(Mask s, arg_t a) { return (s >> a) & 1u; }

// ---- the verifier's own notions, on an oracle::AF ----

bool attacks_set(const oracle::AF& af, Mask s, int b) { return (af.attackers[b] & s) != 0; }

// The well-founded part of d: members join once every attacker is attacked by joined members.
Mask well_founded_part(const oracle::AF& af, Mask d) {
    Mask joined = 0;
    for (bool grew = true; grew;) {
        grew = false;
        const Mask hit = oracle::attacked_by(af, joined);
        for (int x = 0; x < af.n; ++x)
            if (in(d, x) && !in(joined, x) && (af.attackers[x] & ~hit) == 0) {
                joined |= 1u << x;
                grew = true;
            }
    }
    return joined;
}

bool complete_based(Semantics s) {
    return s == Semantics::complete || s == Semantics::grounded || s == Semantics::preferred || s == Semantics::stable ||
           s == Semantics::semi_stable || s == Semantics::ideal || s == Semantics::eager;
}
bool admissible_semantics(Semantics s) {
    return s != Semantics::conflict_free && s != Semantics::naive && s != Semantics::stage && s != Semantics::cf2;
}

// A dispute tree over the defence set: every proponent node in the set, every attacker of an
// expanded proponent node present once as an opponent, each opponent answered by a member that
// attacks it; a "cycle" stop only for an argument already on the branch; "shown above" only for
// an argument expanded before. Returns the proponent arguments met.
Mask check_tree(const oracle::AF& af, Mask set, const DisputeNode& root) {
    Mask expanded = 0, met = 0;
    std::vector<int> path;
    std::function<void(const DisputeNode&)> walk = [&](const DisputeNode& n) {
        const int p = static_cast<int>(n.argument);
        REQUIRE(n.proponent);
        REQUIRE(in(set, p));
        met |= 1u << p;
        if (n.stop == DisputeNode::Stop::cycle) {
            REQUIRE(std::find(path.begin(), path.end(), p) != path.end());
            REQUIRE(n.children.empty());
            return;
        }
        if (n.stop == DisputeNode::Stop::shown_above) {
            REQUIRE(in(expanded, p));
            REQUIRE(n.children.empty());
            return;
        }
        REQUIRE(n.stop == DisputeNode::Stop::none);  // small frameworks never reach the depth limit
        REQUIRE(!in(expanded, p));
        expanded |= 1u << p;
        path.push_back(p);
        Mask opponents = 0;
        for (const auto& o : n.children) {
            REQUIRE(!o.proponent);
            REQUIRE(af.attacks(static_cast<int>(o.argument), p));
            REQUIRE(!in(opponents, o.argument));
            opponents |= 1u << o.argument;
            REQUIRE(o.children.size() == 1);  // answered
            REQUIRE(af.attacks(static_cast<int>(o.children[0].argument), static_cast<int>(o.argument)));
            walk(o.children[0]);
        }
        REQUIRE(opponents == af.attackers[p]);  // every attacker answered
        path.pop_back();
    };
    walk(root);
    return met;
}

bool has_cycle_stop(const DisputeNode& n) {
    if (n.stop == DisputeNode::Stop::cycle) return true;
    return std::any_of(n.children.begin(), n.children.end(), has_cycle_stop);
}

// A defence of `a`: admissible, contains a, its tree valid and using every member, the
// well-foundedness flag true exactly when no member defends itself, and subset-minimal
// (well-founded sets for grounded arguments; admissible sets otherwise) by brute force.
void check_defence(const oracle::AF& af, const Defence& d, int a, bool a_grounded) {
    const Mask set = mask(d.set);
    REQUIRE(std::is_sorted(d.set.begin(), d.set.end()));
    REQUIRE(oracle::admissible(af, set));
    REQUIRE(in(set, a));
    REQUIRE(d.tree.argument == static_cast<arg_t>(a));
    REQUIRE(check_tree(af, set, d.tree) == set);
    const bool wf = well_founded_part(af, set) == set;
    REQUIRE(d.well_founded == wf);
    if (wf) REQUIRE(!has_cycle_stop(d.tree));
    if (a_grounded) REQUIRE(wf);  // grounded arguments get a well-founded (grounded) dispute tree
    if (wf) {
        for (Mask t = set; t; t = (t - 1) & set)
            if (t != set && in(t, a)) REQUIRE(!in(well_founded_part(af, t), a));
    } else {
        REQUIRE(!in(well_founded_part(af, set), a));
        for (Mask t = set; t; t = (t - 1) & set)
            if (t != set && in(t, a)) REQUIRE(!oracle::admissible(af, t));
    }
}

// Checks one explanation against the oracle's extensions of its semantics.
void verify(const oracle::AF& af, const std::vector<Mask>& exts, Semantics s, int a, const AcceptanceExplanation& x) {
    REQUIRE(x.answer == Answer::yes);
    const Mask grounded = oracle::grounded(af);
    REQUIRE(x.in_grounded == in(grounded, a));
    const bool cred = std::any_of(exts.begin(), exts.end(), [&](Mask e) { return in(e, a); });
    const bool scep = !exts.empty() && std::all_of(exts.begin(), exts.end(), [&](Mask e) { return in(e, a); });
    if (exts.empty()) {
        REQUIRE(x.verdict == Verdict::no_extension);
        const Mask m = mask(x.unsettled);
        auto settled_by_some_cf = [&](Mask target) {
            for (Mask c = 0; c <= oracle::all(af); ++c)
                if (oracle::conflict_free(af, c) && (target & ~oracle::range(af, c)) == 0) return true;
            return false;
        };
        REQUIRE(m != 0);
        REQUIRE(!settled_by_some_cf(m));
        for (int y = 0; y < af.n; ++y)
            if (in(m, y)) REQUIRE(settled_by_some_cf(m & ~(1u << y)));
        const auto& c = x.odd_cycle;
        REQUIRE(c.size() % 2 == 1);
        REQUIRE(std::popcount(mask(c)) == static_cast<int>(c.size()));  // simple
        for (std::size_t i = 0; i < c.size(); ++i)
            REQUIRE(af.attacks(static_cast<int>(c[i]), static_cast<int>(c[(i + 1) % c.size()])));
        return;
    }
    const Mask ext = mask(x.extension);
    REQUIRE(std::find(exts.begin(), exts.end(), ext) != exts.end());  // really an extension of s
    if (scep) REQUIRE(x.verdict == Verdict::sceptical);
    else if (cred) REQUIRE(x.verdict == Verdict::credulous);
    else REQUIRE(x.verdict == Verdict::rejected);

    if (cred) {
        REQUIRE(in(ext, a));
        if (admissible_semantics(s)) REQUIRE(x.defence);
        if (x.defence) {
            REQUIRE((mask(x.defence->set) & ~ext) == 0);  // inside the certificate extension
            check_defence(af, *x.defence, a, in(grounded, a) && (complete_based(s) || s == Semantics::admissible));
        } else {
            // No admissible set inside the extension contains a.
            for (Mask t = ext; t; t = (t - 1) & ext)
                if (in(t, a)) REQUIRE(!oracle::admissible(af, t));
        }
    }
    if (scep && !x.attackers.empty()) {
        REQUIRE(!x.certificate.empty());
        Mask listed = 0;
        for (const auto& w : x.attackers) {
            const int b = static_cast<int>(w.attacker);
            listed |= 1u << b;
            for (arg_t c : w.answered_by) REQUIRE(af.attacks(static_cast<int>(c), b));
            if (admissible_semantics(s)) {
                for (Mask e : exts) REQUIRE((e & mask(w.answered_by)) != 0);  // answered in every extension
                if (w.always)
                    for (Mask e : exts) REQUIRE(in(e, *w.always));
            } else {
                for (Mask e : exts) REQUIRE(!in(e, b));
            }
        }
        REQUIRE(listed == af.attackers[a]);
    }
    if (!cred) {
        REQUIRE(!in(ext, a));
        if (x.defeater) {
            REQUIRE(in(ext, *x.defeater));
            REQUIRE(af.attacks(static_cast<int>(*x.defeater), a));
            if (x.defence) {
                REQUIRE((mask(x.defence->set) & ~ext) == 0);
                check_defence(af, *x.defence, static_cast<int>(*x.defeater),
                              in(grounded, *x.defeater) && complete_based(s));
            }
        } else {
            // Only when no extension attacks a; then the reasons it cannot join this one.
            for (Mask e : exts) REQUIRE(!attacks_set(af, e, a));
            Mask unanswered = 0, conflicts = 0;
            for (int b = 0; b < af.n; ++b) {
                if (af.attacks(b, a) && !attacks_set(af, ext, b)) unanswered |= 1u << b;
                if (af.attacks(a, b) && in(ext, b)) conflicts |= 1u << b;
            }
            REQUIRE(mask(x.unanswered) == unanswered);
            REQUIRE(mask(x.conflicts) == conflicts);
            REQUIRE(x.self_attacking == af.attacks(a, a));
            const bool some_reason = (unanswered | conflicts) != 0 || x.self_attacking;
            REQUIRE(some_reason);
        }
        if (admissible_semantics(s)) {
            bool some_admissible = false;
            for (Mask t = 0; t <= oracle::all(af); ++t) some_admissible |= in(t, a) && oracle::admissible(af, t);
            REQUIRE(x.no_admissible_set == !some_admissible);
        }
    }
}

}  // namespace

TEST_CASE("extension explanations pass the independent verifier on random frameworks", "[explain-extension][property]") {
    std::mt19937 rng(20261130);
    int checked = 0;
    for (int round = 0; round < helpers::rounds(240); ++round) {
        const int n = 1 + round % 12;
        const double p = std::uniform_real_distribution<double>(0.05, 0.35)(rng);
        const auto inst = make(n, helpers::random_attacks(rng, n, p));
        INFO("round " << round << ", " << n << " arguments");
        for (Semantics s : all_semantics()) {
            INFO(to_string(s));
            const auto exts = oracle::extensions(inst.ref, std::string(iccma_code(s)));
            for (int a = 0; a < n; ++a) {
                INFO("argument " << a);
                verify(inst.ref, exts, s, a, explain_acceptance(inst.af, s, static_cast<arg_t>(a)));
                ++checked;
            }
        }
    }
    CHECK(checked > helpers::at_least(10000));
}

TEST_CASE("floating defence: sceptical without a grounded defender", "[explain-extension]") {
    // c <-> d, both attack b, b attacks a: a is in every preferred extension, by turns.
    const auto inst = make(4, {{2, 3}, {3, 2}, {2, 1}, {3, 1}, {1, 0}});
    const auto x = explain_acceptance(inst.af, Semantics::preferred, 0);
    CHECK(x.verdict == Verdict::sceptical);
    CHECK_FALSE(x.in_grounded);
    REQUIRE(x.attackers.size() == 1);
    CHECK(x.attackers[0].attacker == 1);
    CHECK(x.attackers[0].answered_by == std::vector<arg_t>{2, 3});
    CHECK_FALSE(x.attackers[0].always);
    verify(inst.ref, oracle::extensions(inst.ref, "PR"), Semantics::preferred, 0, x);
}

TEST_CASE("circular defence is marked; grounded defence is well-founded and minimal", "[explain-extension]") {
    // a <-> b: a defends itself.
    const auto cyc = make(2, {{0, 1}, {1, 0}});
    const auto x = explain_acceptance(cyc.af, Semantics::preferred, 0);
    REQUIRE(x.defence);
    CHECK_FALSE(x.defence->well_founded);
    CHECK(x.defence->set == std::vector<arg_t>{0});
    REQUIRE(x.defence->tree.children.size() == 1);
    CHECK(x.defence->tree.children[0].children[0].stop == DisputeNode::Stop::cycle);
    // t attacked by b; b attacked by g (unattacked) and by u; u attacked by v; v attacked by t.
    // {t, u} is admissible but circular; {t, g} is the grounded defence.
    const auto g = make(5, {{1, 0}, {2, 1}, {3, 1}, {4, 3}, {0, 4}});  // t=0 b=1 g=2 u=3 v=4
    const auto y = explain_acceptance(g.af, Semantics::grounded, 0);
    REQUIRE(y.defence);
    CHECK(y.defence->well_founded);
    CHECK(y.defence->set == std::vector<arg_t>{0, 2});
}

TEST_CASE("stable failure names an odd cycle", "[explain-extension]") {
    // a -> b -> c -> a, and d unattacked attacking nothing.
    const auto inst = make(4, {{0, 1}, {1, 2}, {2, 0}});
    const auto x = explain_acceptance(inst.af, Semantics::stable, 3);
    CHECK(x.verdict == Verdict::no_extension);
    CHECK(x.unsettled == std::vector<arg_t>{0, 1, 2});
    CHECK(x.odd_cycle.size() == 3);
    verify(inst.ref, {}, Semantics::stable, 3, x);
}

namespace {

ArgumentMap central_asia() {
    ArgumentMap map;
    const auto r = io::read_argdown_file(std::string(ARGMAP_EXAMPLES) + "/central-asia/central-asia.argdown", map);
    INFO(r.description());
    REQUIRE(r);
    return map;
}

// Extension checks that do not need enumeration (the Central Asia framework is too large for
// the bitmask oracle): conflict-free, admissible, complete, grounded, stable by definition.
void check_extension_shape(const Framework& af, Semantics s, const std::vector<arg_t>& e) {
    std::vector<char> m(af.size(), 0), hit(af.size(), 0);
    for (arg_t a : e) m[a] = 1;
    for (arg_t a : e)
        for (arg_t b : af.targets(a)) hit[b] = 1;
    for (arg_t a : e) REQUIRE(!hit[a]);
    if (!admissible_semantics(s)) return;
    auto defended = [&](arg_t a) {
        for (arg_t b : af.attackers(a))
            if (!hit[b]) return false;
        return true;
    };
    for (arg_t a : e) REQUIRE(defended(a));
    if (s == Semantics::complete || s == Semantics::grounded || s == Semantics::preferred || s == Semantics::semi_stable ||
        s == Semantics::stable || s == Semantics::ideal || s == Semantics::eager)
        for (arg_t a = 0; a < af.size(); ++a) REQUIRE(defended(a) == bool(m[a]));
    if (s == Semantics::stable)
        for (arg_t a = 0; a < af.size(); ++a) REQUIRE((m[a] || hit[a]));
    if (s == Semantics::grounded) REQUIRE(e == grounded_extension(af));
}

}  // namespace

TEST_CASE("every claim of the Central Asia map, every semantics and camp", "[explain-extension][property]") {
    const ArgumentMap map = central_asia();
    std::vector<std::string> camps{""};
    for (const auto& c : map.camps()) camps.push_back(c.id);
    for (const auto& camp : camps) {
        ProjectionOptions o;
        o.audience = camp;
        const Projection p = project(map, o);
        for (Semantics s : all_semantics()) {
            INFO(to_string(s) << " camp '" << camp << "'");
            const MapEvaluation ev = evaluate(map, s, o);
            for (std::size_t c = 0; c < map.claims().size(); ++c) {
                const auto& id = map.claims()[c].id;
                INFO(id);
                const ClaimExplanation x = explain_claim(map, id, s, o);
                REQUIRE(x.core.answer == Answer::yes);
                const arg_t a = p.argument_of[c];
                if (!ev.has_extension) {
                    REQUIRE(x.core.verdict == Verdict::no_extension);
                    continue;
                }
                const Verdict expected = ev.acceptance[c] == Acceptance::sceptical ? Verdict::sceptical
                                         : ev.acceptance[c] == Acceptance::credulous ? Verdict::credulous
                                                                                      : Verdict::rejected;
                REQUIRE(x.core.verdict == expected);
                check_extension_shape(p.framework, s, x.core.extension);
                REQUIRE(std::binary_search(x.core.extension.begin(), x.core.extension.end(), a) ==
                        (expected != Verdict::rejected));
                if (x.core.defence) {
                    const auto& d = *x.core.defence;
                    std::vector<char> m(p.framework.size(), 0);
                    for (arg_t y : d.set) m[y] = 1;
                    for (arg_t y : d.set)  // admissible: every attacker answered from inside
                        for (arg_t b : p.framework.attackers(y)) {
                            REQUIRE(!m[b]);
                            bool answered = false;
                            for (arg_t z : p.framework.attackers(b)) answered = answered || m[z];
                            REQUIRE(answered);
                        }
                    if (x.core.in_grounded && expected != Verdict::rejected && admissible_semantics(s))
                        REQUIRE(d.well_founded);
                }
                if (x.core.defeater) REQUIRE(p.framework.attacks(*x.core.defeater, a));
                // The JSON is well-formed and says the same.
                const auto j = nlohmann::json::parse(to_json(x));
                REQUIRE(j["verdict"] == std::string(to_string(x.core.verdict)));
                REQUIRE(!to_text(x).empty());
                REQUIRE(std::find(x.claims_used.begin(), x.claims_used.end(), id) != x.claims_used.end());
            }
        }
    }
}

TEST_CASE("an audience's discarded attacks are exactly those its projection drops", "[explain-extension]") {
    const auto m = helpers::parse(R"(===
camps:
  vitalists: {name: Life first, prefers: [life, property]}
  owners: {name: Property first, prefers: [property, life]}
===
[a]: Hal may take the insulin. {values: [life]}
[b]: Carla's property must be respected. {values: [property]}
[c]: Hal could have paid. {values: [property]}
[a]
  - [b]
  -> [b]
  - [c]
)");
    const auto life = discarded_attacks(m, "vitalists");
    REQUIRE(life.size() == 2);  // b -> a and c -> a: life ranks above property
    for (const auto& d : life) {
        CHECK(d.target == "a");
        CHECK(d.target_value == "life");
        CHECK(d.source_value == "property");
    }
    const auto own = discarded_attacks(m, "owners");
    REQUIRE(own.size() == 1);
    CHECK(own[0].source == "a");
    CHECK(own[0].target == "b");
    CHECK_THROWS_AS(discarded_attacks(m, "nobody"), ModelError);
    // Against the projection, on the Central Asia map.
    const ArgumentMap ca = central_asia();
    for (const auto& camp : ca.camps()) {
        ProjectionOptions o;
        o.audience = camp.id;
        const Framework all = project(ca).framework, kept = project(ca, o).framework;
        // Undercut attacks are flattened through auxiliary arguments: compare the others.
        std::vector<std::string> undercut;
        for (const auto& r : ca.relations())
            if (r.type == RelationType::undercut) undercut.push_back(r.target);
        auto is_undercut = [&](const std::string& id) { return std::find(undercut.begin(), undercut.end(), id) != undercut.end(); };
        std::vector<std::string> dropped;
        for (const auto& r : ca.relations()) {
            if (r.type != RelationType::attack || r.source == r.target || is_undercut(r.id)) continue;
            const arg_t s = static_cast<arg_t>(*ca.claim_index(r.source)), t = static_cast<arg_t>(*ca.claim_index(r.target));
            if (all.attacks(s, t) && !kept.attacks(s, t)) dropped.push_back(r.id);
        }
        std::vector<std::string> said;
        for (const auto& d : discarded_attacks(ca, camp.id))
            if (!is_undercut(d.relation)) said.push_back(d.relation);
        CHECK(said == dropped);
    }
}

TEST_CASE("the picture of an explanation draws only its part, or highlights it", "[explain-extension][render]") {
    const ArgumentMap map = central_asia();
    const ClaimExplanation x = explain_claim(map, "Co-existence", Semantics::preferred);
    RenderOptions o;
    o.focus_claims = x.claims_used;
    o.focus_relations = x.relations_used;
    const std::string part = to_dot(map, x.labels, o);
    // Every claim used is a node; a claim far from the explanation is not.
    for (const auto& c : x.claims_used) CHECK(part.find("\"" + c + "\"") != std::string::npos);
    REQUIRE(std::find(x.claims_used.begin(), x.claims_used.end(), "Pipelines 2009") == x.claims_used.end());
    CHECK(part.find("Pipelines 2009") == std::string::npos);
    o.highlight = true;
    const std::string whole = to_dot(map, x.labels, o);
    CHECK(whole.find("Pipelines 2009") != std::string::npos);
    CHECK(whole.find("gray70") != std::string::npos);  // the rest is greyed
}

TEST_CASE("long defence chains stay linear and the tree is cut at the depth limit", "[explain-extension]") {
    // x(i+1) attacks x(i); the last one is unattacked: x0 is in, defended by every other one.
    const arg_t n = 20001;
    std::vector<Attack> attacks;
    for (arg_t i = 0; i + 1 < n; ++i) attacks.push_back({i + 1, i});
    const Framework af(n, attacks);
    const auto x = explain_acceptance(af, Semantics::grounded, 0);
    REQUIRE(x.defence);
    CHECK(x.defence->set.size() == 10001);
    CHECK(x.defence->well_founded);
    const DisputeNode* node = &x.defence->tree;
    std::size_t levels = 0;
    while (node->stop == DisputeNode::Stop::none) {
        REQUIRE(node->children.size() == 1);
        REQUIRE(node->children[0].children.size() == 1);
        node = &node->children[0].children[0];
        ++levels;
    }
    CHECK(levels == max_dispute_depth);
    CHECK(node->stop == DisputeNode::Stop::depth_limit);
}
