// What-if and incremental re-evaluation: every step of an IncrementalEvaluator is checked
// against evaluating the edited map from scratch (evaluate(), or strengths() on
// project_gradual()); causes are checked by undoing them on a copy of the map and evaluating
// that copy from scratch.
#include <catch2/catch.hpp>

#include <argmap/diff.hpp>
#include <argmap/whatif.hpp>

#include <cmath>
#include <map>
#include <random>
#include <set>

#include "helpers.hpp"

using namespace argmap;
using helpers::parse;

namespace {

// Statuses of every claim of a map, from scratch.
std::map<std::string, EvaluatedStatus> from_scratch(const ArgumentMap& m, const EvaluationSpec& spec) {
    std::map<std::string, EvaluatedStatus> out;
    if (spec.gradual) {
        const GradualProjection p = project_gradual(m, spec.projection.min_relation_weight);
        const GradualResult r = strengths(p.framework, *spec.gradual, spec.gradual_options);
        for (std::size_t c = 0; c < m.claims().size(); ++c) {
            EvaluatedStatus st;
            st.strength = r.converged ? r.strength[p.argument_of[c]] : std::nan("");
            out[m.claims()[c].id] = st;
        }
        return out;
    }
    const MapEvaluation ev = evaluate(m, spec.semantics, spec.projection);
    for (std::size_t c = 0; c < m.claims().size(); ++c) {
        EvaluatedStatus st;
        st.acceptance = ev.acceptance[c];
        if (!ev.labels.empty()) st.label = ev.labels[c];
        out[m.claims()[c].id] = st;
    }
    return out;
}

EvaluationSpec spec_of(Semantics s) {
    EvaluationSpec spec;
    spec.semantics = s;
    return spec;
}

std::map<std::string, EvaluatedStatus> current(const IncrementalEvaluator& ev) {
    std::map<std::string, EvaluatedStatus> out;
    for (auto& [id, st] : ev.statuses()) out[id] = st;
    return out;
}

// Small random maps with every relation type, weights, camps and values.
ArgumentMap small_map(std::mt19937& rng, int max_claims) {
    ArgumentMap m;
    m.add_camp({"red", "", "", "", {"liberty", "red"}});
    m.add_camp({"blue", "", "", "", {}});
    const int k = 1 + static_cast<int>(rng() % max_claims);
    for (int i = 0; i < k; ++i) {
        Claim c;
        c.id = "c" + std::to_string(i);
        c.weight = (rng() % 11) / 10.0;
        if (rng() % 3 == 0) c.camps.push_back(rng() % 2 ? "red" : "blue");
        if (rng() % 5 == 0) c.values.push_back("liberty");
        m.add_claim(c);
    }
    const int rels = static_cast<int>(rng() % (2 * k + 1));
    for (int i = 0; i < rels; ++i) {
        Relation r;
        const int t = static_cast<int>(rng() % 10);
        r.type = t < 6 ? RelationType::attack : t < 8 ? RelationType::support : RelationType::undercut;
        r.source = m.claims()[rng() % k].id;
        r.weight = (rng() % 11) / 10.0;
        if (r.type == RelationType::undercut) {
            if (m.relations().empty()) continue;
            r.target = m.relations()[rng() % m.relations().size()].id;
        } else {
            r.target = m.claims()[rng() % k].id;
        }
        try {
            m.add_relation(r);
        } catch (const ModelError&) {
        }
    }
    return m;
}

// A random edit, meaningful most of the time (sometimes invalid on purpose).
Edit random_edit(std::mt19937& rng, const ArgumentMap& m, int& fresh) {
    const auto claims = m.claims();
    const auto rels = m.relations();
    auto claim = [&]() -> std::string { return claims.empty() ? "nobody" : claims[rng() % claims.size()].id; };
    switch (rng() % 9) {
    case 0: return Edit::retract(claim());
    case 1: {
        Claim c;
        c.id = "n" + std::to_string(fresh++);
        c.weight = (rng() % 11) / 10.0;
        if (rng() % 2) c.camps.push_back("red");
        return Edit::add(c);
    }
    case 2:
    case 3: return Edit::attack(claim(), claim(), (rng() % 11) / 10.0);
    case 4: return Edit::support(claim(), claim(), (rng() % 11) / 10.0);
    case 5: {
        if (rels.empty()) return Edit::attack(claim(), claim());
        Relation r{"", RelationType::undercut, claim(), rels[rng() % rels.size()].id, (rng() % 11) / 10.0, {}};
        return Edit::add(r);
    }
    case 6: return rels.empty() ? Edit::retract(claim()) : Edit::remove_relation(rels[rng() % rels.size()].id);
    case 7: return rels.empty() ? Edit::claim_weight(claim(), 0.5)
                                : Edit::relation_weight(rels[rng() % rels.size()].id, (rng() % 11) / 10.0);
    default: {
        if (claims.empty() || rng() % 2) return Edit::claim_weight(claim(), (rng() % 11) / 10.0);
        Claim c = claims[rng() % claims.size()];
        c.camps = rng() % 2 ? std::vector<std::string>{"blue"} : std::vector<std::string>{};
        c.values = rng() % 3 ? std::vector<std::string>{} : std::vector<std::string>{"red"};
        c.weight = (rng() % 11) / 10.0;
        return Edit::update(c);
    }
    }
}

int compared_strengths = 0;  // gradual comparisons made (both sides converged)

bool agree(const EvaluatedStatus& a, const EvaluatedStatus& b, bool gradual, double tol) {
    if (gradual && (std::isnan(a.strength) || std::isnan(b.strength))) return true;  // no fixed point to compare
    if (gradual) ++compared_strengths;
    if (gradual) return std::fabs(a.strength - b.strength) <= tol;
    return a.acceptance == b.acceptance && a.label == b.label;
}

// Runs `edits` random edits (with some undos) on one map; every step is compared with a
// from-scratch evaluation, and the reported changes with the difference of two of those.
// Returns the number of steps checked.
int random_walk(std::uint32_t seed, const EvaluationSpec& spec, int max_claims, int edits, double tol) {
    std::mt19937 rng(seed);
    ArgumentMap m = small_map(rng, max_claims);
    IncrementalEvaluator ev(m, spec, tol);
    const bool gradual = spec.gradual.has_value();
    auto expected = from_scratch(m, spec);
    auto check_all = [&](const std::map<std::string, EvaluatedStatus>& want) {
        const auto got = current(ev);
        REQUIRE(got.size() == want.size());
        for (const auto& [id, st] : want) {
            INFO("seed " << seed << " claim " << id << " semantics " << to_string(spec.semantics)
                         << (gradual ? " gradual " + to_string(*spec.gradual) : "") << ": scratch "
                         << to_string(st, gradual) << ", incremental " << to_string(got.at(id), gradual));
            REQUIRE(got.count(id));
            CHECK(agree(got.at(id), st, gradual, tol));
        }
    };
    check_all(expected);
    std::vector<ArgumentMap> maps{m};
    int fresh = 0, steps = 0;
    for (int i = 0; i < edits; ++i) {
        if (rng() % 8 == 0 && maps.size() > 1) {  // undo the last step
            maps.pop_back();
            const auto before = expected;
            expected = from_scratch(maps.back(), spec);
            const auto back = ev.undo();
            REQUIRE(back);
            check_all(expected);
            ++steps;
            continue;
        }
        // One or two edits as one step.
        std::vector<Edit> batch{random_edit(rng, maps.back(), fresh)};
        ArgumentMap next = maps.back();
        bool valid = true;
        try {
            apply(next, batch[0]);
            if (rng() % 4 == 0) {
                batch.push_back(random_edit(rng, next, fresh));
                apply(next, batch[1]);
            }
        } catch (const ModelError&) {
            valid = false;
        }
        INFO("seed " << seed << " step " << i << ": " << describe(batch[0]));
        if (!valid) {
            // The evaluator refuses what the map refuses, and stays where it was.
            CHECK_THROWS_AS(ev.apply(batch), ModelError);
            check_all(expected);
            continue;
        }
        const auto before = expected;
        const auto changes = ev.apply(batch);
        expected = from_scratch(next, spec);
        maps.push_back(std::move(next));
        check_all(expected);
        // Reported changes: exactly the claims whose status differs (claims in both maps).
        if (!gradual) {
            std::set<std::string> moved, reported;
            for (const auto& [id, st] : expected) {
                const auto old = before.find(id);
                if (old == before.end() || !agree(old->second, st, false, 0)) moved.insert(id);
            }
            for (const auto& [id, st] : before)
                if (!expected.count(id)) moved.insert(id);
            for (const auto& c : changes) reported.insert(c.claim);
            CHECK(moved == reported);
        }
        ++steps;
    }
    return steps;
}

}  // namespace

TEST_CASE("incremental re-evaluation equals evaluation from scratch for every extension semantics", "[whatif]") {
    for (Semantics s : all_semantics()) {
        // Stage and cf2 enumerate; keep their maps a little smaller.
        const int max_claims = (s == Semantics::stage || s == Semantics::cf2) ? 7 : 9;
        int steps = 0;
        for (std::uint32_t seed = 1; seed <= 40; ++seed) {
            EvaluationSpec spec;
            spec.semantics = s;
            if (seed % 3 == 0) spec.projection.min_relation_weight = 0.5;
            if (seed % 5 == 0) spec.projection.audience = seed % 2 ? "red" : "blue";
            steps += random_walk(seed * 7919 + static_cast<std::uint32_t>(s), spec, max_claims, 30, 0);
        }
        INFO(to_string(s));
        CHECK(steps > 900);
    }
}

TEST_CASE("incremental gradual strengths equal strengths from scratch", "[whatif]") {
    compared_strengths = 0;
    for (const char* name : {"h-categorizer", "df-quad", "qe", "euler", "mlp", "max-based", "card-based", "sum:linear", "top:quadratic"}) {
        int steps = 0;
        for (std::uint32_t seed = 1; seed <= 30; ++seed) {
            EvaluationSpec spec;
            spec.gradual = parse_gradual(name);
            spec.gradual_options.epsilon = 1e-13;
            spec.gradual_options.max_iterations = 100000;
            if (seed % 3 == 0) spec.projection.min_relation_weight = 0.5;
            steps += random_walk(seed * 104729, spec, 10, 40, 1e-8);
        }
        INFO(name);
        CHECK(steps > 900);
    }
    CHECK(compared_strengths > 50000);
}

TEST_CASE("with a support interpretation every edit re-evaluates the whole map", "[whatif]") {
    int steps = 0;
    for (std::uint32_t seed = 1; seed <= 15; ++seed) {
        EvaluationSpec spec;
        spec.semantics = seed % 2 ? Semantics::grounded : Semantics::preferred;
        spec.projection.support = seed % 3 == 0 ? SupportInterpretation::evidential : SupportInterpretation::deductive;
        steps += random_walk(seed, spec, 8, 15, 0);
    }
    CHECK(steps > 150);
}

TEST_CASE("an edit re-evaluates only what it can reach", "[whatif]") {
    // Two separate debates: an edit in one recomputes nothing in the other.
    ArgumentMap m;
    auto claim = [&](std::string id) {
        Claim c;
        c.id = std::move(id);
        m.add_claim(c);
    };
    auto attack = [&](std::string a, std::string b) {
        Relation r;
        r.source = std::move(a);
        r.target = std::move(b);
        m.add_relation(r);
    };
    for (int i = 0; i < 200; ++i) claim("a" + std::to_string(i));
    for (int i = 1; i < 200; ++i) attack("a" + std::to_string(i), "a" + std::to_string(i - 1));
    claim("x");
    claim("y");
    attack("y", "x");
    for (Semantics s : {Semantics::grounded, Semantics::preferred, Semantics::complete}) {
        IncrementalEvaluator ev(m, spec_of(s));
        const auto changes = ev.apply(Edit::retract("y"));
        REQUIRE(changes.size() == 2);  // y gone, x in
        CHECK(ev.last_work().recomputed <= 2);
        CHECK_FALSE(ev.last_work().full);
        // An edit at the far end of the chain moves every label above it, and is still right.
        ArgumentMap edited = m;
        apply(edited, Edit::retract("y"));
        apply(edited, Edit::retract("a199"));
        ev.apply(Edit::retract("a199"));
        CHECK(ev.last_work().recomputed >= 199);
        CHECK(current(ev) == from_scratch(edited, spec_of(s)));
    }
    IncrementalEvaluator st(m, spec_of(Semantics::stable));
    st.apply(Edit::retract("y"));
    CHECK(st.last_work().full);  // stable is not directional
}

TEST_CASE("what-if lists the claims a hypothetical edit moves, without changing the map", "[whatif]") {
    const ArgumentMap m = parse("[tram]: build it\n  - [cost]: too costly\n    - [grant]: a grant pays\n");
    const ArgumentMap copy = m;
    const std::vector<Edit> edits{Edit::retract("grant")};
    const WhatIf w = what_if(m, edits);
    CHECK(m == copy);
    std::map<std::string, std::pair<std::string, std::string>> moved;
    for (const auto& c : w.changes)
        moved[c.claim] = {c.before ? to_string(*c.before, false) : "-", c.after ? to_string(*c.after, false) : "-"};
    CHECK(moved.at("grant") == std::pair<std::string, std::string>{"in", "-"});
    CHECK(moved.at("cost") == std::pair<std::string, std::string>{"out", "in"});
    CHECK(moved.at("tram") == std::pair<std::string, std::string>{"in", "out"});
    // Gradual: a weaker grant moves strengths by what DF-QuAD computes from scratch.
    ArgumentMap edited = m;
    apply(edited, Edit::claim_weight("grant", 0.5));
    EvaluationSpec spec;
    spec.gradual = parse_gradual("df-quad");
    const std::vector<Edit> weaker{Edit::claim_weight("grant", 0.5)};
    const WhatIf g = what_if(m, weaker, spec);
    const auto want = evaluate_gradual(edited, *spec.gradual);
    for (const auto& c : g.changes) {
        const std::size_t i = *edited.claim_index(c.claim);
        CHECK(c.after->strength == Approx(want.strength[i]).margin(1e-12));
    }
    CHECK(g.changes.size() == 3);
    // Bad edits are refused with the map's message.
    const std::vector<Edit> bad{Edit::attack("nobody", "tram")};
    CHECK_THROWS_WITH(what_if(m, bad), Catch::Contains("unknown claim 'nobody'"));
}

namespace {

// Undoes the chosen changes on a copy of `after` and evaluates it from scratch.
EvaluatedStatus undone_status(const ArgumentMap& before, const ArgumentMap& after, const std::vector<std::size_t>& chosen,
                          const EvaluationSpec& spec, const std::string& claim) {
    const auto changes = structural_changes(before, after);
    ArgumentMap m = after;
    // Undo edits of a set: the single changes' edits, claims removed before relations re-added.
    std::vector<Edit> edits;
    for (std::size_t k : chosen)
        for (const Edit& e : changes[k].undo) edits.push_back(e);
    std::stable_sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) {
        auto rank = [](const Edit& e) {
            switch (e.op) {
            case Edit::Op::set_claim_weight:
            case Edit::Op::update_claim:
            case Edit::Op::set_relation_weight: return 0;
            case Edit::Op::remove_relation: return 1;
            case Edit::Op::remove_claim: return 2;
            case Edit::Op::add_claim: return 3;
            case Edit::Op::add_relation: return 4;
            }
            return 5;
        };
        return rank(a) < rank(b);
    });
    for (const Edit& e : edits) apply(m, e);
    return from_scratch(m, spec).at(claim);
}

const ConclusionChange& conclusion(const Causes& c, const std::string& claim) {
    for (const auto& x : c.conclusions)
        if (x.claim == claim) return x;
    FAIL("no changed conclusion " << claim);
    return c.conclusions.front();
}

std::vector<std::string> cause_names(const Causes& c, const ConclusionChange& x) {
    std::vector<std::string> out;
    for (const auto& set : x.causes) {
        std::string s;
        for (std::size_t k : set) s += (s.empty() ? "" : " & ") + c.changes[k].description;
        out.push_back(s);
    }
    return out;
}

}  // namespace

TEST_CASE("an added attacker is the cause of a claim going out", "[whatif]") {
    const ArgumentMap v1 = parse("[tram]: build it\n  - [cost]: too costly {weight: 0.8}\n    - [grant]: a grant pays\n");
    const ArgumentMap v2 = parse("[tram]: build it\n  - [cost]: too costly {weight: 0.8}\n    - [grant]: a grant pays\n"
                                 "  - [noise]: it is noisy\n");
    const Causes c = causes(v1, v2);
    REQUIRE(c.conclusions.size() == 1);
    const auto& tram = conclusion(c, "tram");
    CHECK(*tram.before.label == Label::in);
    CHECK(*tram.after.label == Label::out);
    CHECK(cause_names(c, tram) == std::vector<std::string>{"+ claim noise", "+ attack noise -> tram"});
    for (const auto& set : tram.causes) CHECK(same_status(undone_status(v1, v2, set, {}, "tram"), tram.before, 0));
}

TEST_CASE("a removed support is the cause of a DF-QuAD strength change", "[whatif]") {
    const ArgumentMap v1 = parse("[tram]: build it {weight: 0.5}\n  + [jobs]: it makes jobs {weight: 0.8}\n  - [cost]: too costly {weight: 0.4}\n");
    ArgumentMap v2 = v1;
    for (const auto& r : v2.relations())
        if (r.type == RelationType::support) {
            v2.remove_relation(r.id);
            break;
        }
    CausesOptions o;
    o.spec.gradual = parse_gradual("df-quad");
    const Causes c = causes(v1, v2, o);
    const auto& tram = conclusion(c, "tram");
    CHECK(tram.after.strength < tram.before.strength);
    CHECK(cause_names(c, tram) == std::vector<std::string>{"- support jobs -> tram"});
    for (const auto& set : tram.causes)
        CHECK(std::fabs(undone_status(v1, v2, set, o.spec, "tram").strength - tram.before.strength) <= 1e-9);
}

TEST_CASE("a reweight under a weight threshold is the cause of a label change", "[whatif]") {
    const ArgumentMap v1 = parse("[tram]: build it\n  - [cost]: too costly {relation_weight: 0.8}\n");
    ArgumentMap v2 = v1;
    v2.set_relation_weight(v2.relations()[0].id, 0.3);
    CausesOptions o;
    o.spec.projection.min_relation_weight = 0.5;
    const Causes c = causes(v1, v2, o);
    const auto& tram = conclusion(c, "tram");
    CHECK(*tram.before.label == Label::out);
    CHECK(*tram.after.label == Label::in);
    CHECK(cause_names(c, tram) == std::vector<std::string>{"~ attack cost -> tram weight 0.8 -> 0.3"});
    CHECK(same_status(undone_status(v1, v2, tram.causes[0], o.spec, "tram"), tram.before, 0));
    // Without the threshold nothing changed.
    CHECK(causes(v1, v2).conclusions.empty());
}

TEST_CASE("when no single edit explains a change the smallest set is reported", "[whatif]") {
    const ArgumentMap v1 = parse("[tram]: build it\n[noise]: noisy\n[cost]: costly\n");
    ArgumentMap v2 = v1;
    for (const char* a : {"noise", "cost"}) {
        Relation r;
        r.source = a;
        r.target = "tram";
        v2.add_relation(r);
    }
    const Causes c = causes(v1, v2);
    const auto& tram = conclusion(c, "tram");
    REQUIRE(tram.causes.size() == 1);
    CHECK(tram.causes[0].size() == 2);
    CHECK_FALSE(tram.joint);
    CHECK(same_status(undone_status(v1, v2, tram.causes[0], {}, "tram"), tram.before, 0));
    for (std::size_t k = 0; k < c.changes.size(); ++k)
        CHECK_FALSE(same_status(undone_status(v1, v2, {k}, {}, "tram"), tram.before, 0));
    // With sets limited to one change, it is joint.
    CausesOptions o;
    o.max_set = 1;
    CHECK(conclusion(causes(v1, v2, o), "tram").joint);
}

TEST_CASE("every reported cause restores the old status, checked from scratch", "[whatif]") {
    int checked = 0;
    for (std::uint32_t seed = 1; seed <= 60; ++seed) {
        std::mt19937 rng(seed);
        const ArgumentMap before = small_map(rng, 8);
        ArgumentMap after = before;
        int fresh = 0;
        for (int i = 0; i < 4; ++i) {
            try {
                apply(after, random_edit(rng, after, fresh));
            } catch (const ModelError&) {
            }
        }
        CausesOptions o;
        if (seed % 3 == 1) o.spec.semantics = Semantics::preferred;
        if (seed % 3 == 2) o.spec.gradual = parse_gradual("df-quad");
        const Causes c = causes(before, after, o);
        const auto old_status = from_scratch(before, o.spec), new_status = from_scratch(after, o.spec);
        for (const auto& x : c.conclusions) {
            INFO("seed " << seed << " claim " << x.claim);
            CHECK(agree(x.before, old_status.at(x.claim), o.spec.gradual.has_value(), 1e-9));
            CHECK(agree(x.after, new_status.at(x.claim), o.spec.gradual.has_value(), 1e-9));
            for (const auto& set : x.causes) {
                CHECK(agree(undone_status(before, after, set, o.spec, x.claim), x.before, o.spec.gradual.has_value(), 1e-6));
                if (set.size() > 1)  // smallest: no single change does it
                    for (std::size_t k : set)
                        CHECK_FALSE(agree(undone_status(before, after, {k}, o.spec, x.claim), x.before, o.spec.gradual.has_value(), 1e-6));
                ++checked;
            }
        }
    }
    CHECK(checked > 50);
}

TEST_CASE("structural changes name claims by id and relations by type and ends", "[whatif]") {
    const auto v1 = parse("[tram]: build it\n  - [cost]: too costly {weight: 0.8}\n  - [noise]: it is noisy\n");
    const auto v2 = parse("[tram]: build it\n  - [cost]: too costly {weight: 0.6}\n    - [grant]: a grant pays\n");
    std::vector<std::string> names;
    for (const auto& c : structural_changes(v1, v2)) names.push_back(c.description);
    CHECK(names == std::vector<std::string>{"~ claim cost weight 0.8 -> 0.6", "- claim noise", "+ claim grant",
                                            "+ attack grant -> cost"});
    // The removed claim comes back with its attack.
    const auto changes = structural_changes(v1, v2);
    ArgumentMap m = v2;
    for (const Edit& e : changes[1].undo) apply(m, e);
    CHECK(m.find_claim("noise"));
    CHECK(m.relations_into("tram").size() == 2);
    CHECK(structural_changes(v2, v2).empty());
}
