// Incremental versus full re-evaluation after single edits on a large debate map.
//   bench_whatif [CLAIMS=100000] [EDITS=1000] [SEED=1]
//
// The map is a forest of debates (seeded): each debate has a thesis; every further claim
// replies to an earlier claim of its debate (attack 60 %, support 40 %), some replies are
// answered back (mutual attacks), a few claims attack a second claim of their debate, and a few
// undercut a relation. Claim and relation weights are drawn from [0.3, 1].
//
// The same stream of single edits (retract a claim, add an attack or a support, remove a
// relation, reweight a relation or a claim) goes to three IncrementalEvaluators: grounded,
// preferred and DF-QuAD. Full re-evaluation is timed on a sample of the edits (every 10th
// for grounded and DF-QuAD, every 50th for preferred): project the edited map and compute
// the grounded labelling, DF-QuAD strengths, or the preferred acceptance (credulous and
// sceptical) of the claims of the edited region (the edited claims and up to 64 claims
// downstream of them) on the whole framework. Applying an edit to the ArgumentMap is not timed.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include <argmap/whatif.hpp>

using namespace argmap;
using clock_type = std::chrono::steady_clock;

namespace {

double ms_since(clock_type::time_point t) { return std::chrono::duration<double, std::milli>(clock_type::now() - t).count(); }

ArgumentMap debate_forest(std::size_t claims, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(0, 1);
    auto weight = [&] { return std::round((0.3 + 0.7 * u(rng)) * 100) / 100; };
    ArgumentMap m;
    const std::size_t per_debate = 1000;
    auto id = [](std::size_t i) { return "c" + std::to_string(i); };
    for (std::size_t i = 0; i < claims; ++i) {
        Claim c;
        c.id = id(i);
        c.weight = weight();
        const std::size_t first = i / per_debate * per_debate;
        if (i == first) c.kind = ClaimKind::thesis;
        m.add_claim(c);
        if (i == first) continue;
        auto add = [&](RelationType t, std::size_t from, std::size_t to) {
            Relation r;
            r.type = t;
            r.source = id(from);
            r.target = id(to);
            r.weight = weight();
            try {
                m.add_relation(r);
            } catch (const ModelError&) {
            }
        };
        const std::size_t parent = first + rng() % (i - first);
        const bool attack = u(rng) < 0.6;
        add(attack ? RelationType::attack : RelationType::support, i, parent);
        if (attack && u(rng) < 0.1) add(RelationType::attack, parent, i);                    // answered back
        if (u(rng) < 0.05) add(RelationType::attack, i, first + rng() % (i - first));      // a second target
        if (u(rng) < 0.02 && !m.relations().empty()) {                                       // an undercut
            Relation r;
            r.type = RelationType::undercut;
            r.source = id(i);
            r.target = m.relations()[rng() % m.relations().size()].id;
            r.weight = weight();
            try {
                m.add_relation(r);
            } catch (const ModelError&) {
            }
        }
    }
    return m;
}

Edit random_edit(std::mt19937_64& rng, const ArgumentMap& m) {
    const auto claims = m.claims();
    const auto rels = m.relations();
    auto claim = [&] { return claims[rng() % claims.size()].id; };
    auto nearby = [&](const std::string& c) {  // a claim of the same debate
        const std::size_t i = std::stoul(c.substr(1));
        const std::size_t first = i / 1000 * 1000;
        std::string other = "c" + std::to_string(first + rng() % 1000);
        return m.find_claim(other) ? other : claim();
    };
    std::uniform_real_distribution<double> u(0, 1);
    const double w = std::round((0.3 + 0.7 * u(rng)) * 100) / 100;
    const double r = u(rng);
    if (r < 0.2) return Edit::retract(claim());
    if (r < 0.45) {
        const std::string a = claim();
        return Edit::attack(a, nearby(a), w);
    }
    if (r < 0.6) {
        const std::string a = claim();
        return Edit::support(a, nearby(a), w);
    }
    if (r < 0.8) return Edit::remove_relation(rels[rng() % rels.size()].id);
    if (r < 0.9) return Edit::relation_weight(rels[rng() % rels.size()].id, w);
    return Edit::claim_weight(claim(), w);
}

// The claims an edit touches and up to `cap` claims downstream of them (attacks and supports).
std::vector<std::size_t> edited_region(const ArgumentMap& m, const Edit& e, std::size_t cap) {
    std::vector<std::string> start;
    switch (e.op) {
    case Edit::Op::add_relation: start = {e.relation.target}; break;
    case Edit::Op::remove_relation:
    case Edit::Op::set_relation_weight: break;  // filled by the caller from the old map
    default: start = {e.claim.id};
    }
    std::vector<std::size_t> out;
    std::vector<std::string> queue;
    for (const auto& s : start)
        if (m.find_claim(s)) queue.push_back(s);
    std::vector<char> seen(m.claims().size(), 0);
    for (std::size_t h = 0; h < queue.size() && out.size() < cap; ++h) {
        const std::size_t i = *m.claim_index(queue[h]);
        if (seen[i]) continue;
        seen[i] = 1;
        out.push_back(i);
        for (const Relation* r : m.relations_from(queue[h]))
            if (r->type != RelationType::undercut) queue.push_back(r->target);
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    const std::size_t n = argc > 1 ? std::stoul(argv[1]) : 100000;
    const std::size_t edits = argc > 2 ? std::stoul(argv[2]) : 1000;
    const std::uint64_t seed = argc > 3 ? std::stoull(argv[3]) : 1;
    auto t = clock_type::now();
    ArgumentMap map = debate_forest(n, seed);
    std::size_t supports = 0, undercuts = 0;
    for (const auto& r : map.relations()) {
        supports += r.type == RelationType::support;
        undercuts += r.type == RelationType::undercut;
    }
    std::printf("map: %zu claims, %zu relations (%zu supports, %zu undercuts), seed %llu, built in %.0f ms\n", map.claims().size(),
                map.relations().size(), supports, undercuts, static_cast<unsigned long long>(seed), ms_since(t));

    EvaluationSpec gr, pr, dq;
    pr.semantics = Semantics::preferred;
    dq.gradual = parse_gradual("df-quad");
    t = clock_type::now();
    IncrementalEvaluator ev_gr(map, gr);
    const double init_gr = ms_since(t);
    t = clock_type::now();
    IncrementalEvaluator ev_pr(map, pr);
    const double init_pr = ms_since(t);
    t = clock_type::now();
    IncrementalEvaluator ev_dq(map, dq);
    const double init_dq = ms_since(t);
    std::printf("initial evaluation: grounded %.0f ms, preferred (every claim) %.0f ms, df-quad %.0f ms\n", init_gr, init_pr, init_dq);

    // Pass 1: the edit stream (each edit valid on the map it meets), and the edited region of
    // the edits where preferred is sampled. The map is edited in place and never timed.
    const ArgumentMap original = map;
    std::mt19937_64 rng(seed * 7919 + 1);
    std::vector<Edit> stream;
    std::vector<std::vector<std::string>> region_ids;  // per preferred sample
    const std::size_t every_gr = 10, every_pr = 50;
    while (stream.size() < edits) {
        const Edit e = random_edit(rng, map);
        std::string rel_target;
        if (e.op == Edit::Op::remove_relation || e.op == Edit::Op::set_relation_weight) {
            const Relation* r = map.find_relation(e.relation.id);
            if (r && r->type != RelationType::undercut) rel_target = r->target;
        }
        try {
            apply(map, e);  // refused edits (a repeated relation) leave the map as it was
        } catch (const ModelError&) {
            continue;
        }
        if (stream.size() % every_pr == 0) {
            const Edit probe = rel_target.empty() ? e : Edit::claim_weight(rel_target, 0);
            std::vector<std::string> ids;
            for (std::size_t c : edited_region(map, probe, 64)) ids.push_back(map.claims()[c].id);
            region_ids.push_back(std::move(ids));
        }
        stream.push_back(e);
    }

    // Pass 2: incremental, timed per edit; statuses recorded at the sample points.
    double inc_gr = 0, inc_pr = 0, inc_dq = 0, full_gr = 0, full_pr = 0, full_dq = 0;
    std::size_t work_gr = 0, work_pr = 0, work_dq = 0, region_pr = 0, mismatches = 0;
    std::vector<std::vector<std::optional<Label>>> seen_gr;
    std::vector<std::vector<double>> seen_dq;
    std::vector<std::vector<Acceptance>> seen_pr;
    for (std::size_t k = 0; k < stream.size(); ++k) {
        const Edit& e = stream[k];
        t = clock_type::now();
        ev_gr.apply(e);
        inc_gr += ms_since(t);
        work_gr += ev_gr.last_work().recomputed;
        t = clock_type::now();
        ev_pr.apply(e);
        inc_pr += ms_since(t);
        work_pr += ev_pr.last_work().recomputed;
        t = clock_type::now();
        ev_dq.apply(e);
        inc_dq += ms_since(t);
        work_dq += ev_dq.last_work().recomputed;
        if (k % every_gr == 0) {
            std::vector<std::optional<Label>> g;
            std::vector<double> d;
            for (const Claim& c : original.claims()) {
                const auto sg = ev_gr.status(c.id);
                g.push_back(sg ? sg->label : std::nullopt);
                const auto sd = ev_dq.status(c.id);
                d.push_back(sd ? sd->strength : -1);
            }
            seen_gr.push_back(std::move(g));
            seen_dq.push_back(std::move(d));
        }
        if (k % every_pr == 0) {
            std::vector<Acceptance> a;
            for (const auto& id : region_ids[k / every_pr]) a.push_back(ev_pr.status(id)->acceptance);
            seen_pr.push_back(std::move(a));
        }
    }

    // Pass 3: full re-evaluation at the sample points, on the map replayed edit by edit.
    map = original;
    for (std::size_t k = 0; k < stream.size(); ++k) {
        apply(map, stream[k]);
        if (k % every_gr == 0) {
            t = clock_type::now();
            const Projection p = project(map);
            const Labelling lab = grounded_labelling(p.framework);
            full_gr += ms_since(t);
            t = clock_type::now();
            const GradualProjection g = project_gradual(map);
            const GradualResult r = strengths(g.framework, *dq.gradual);
            full_dq += ms_since(t);
            const auto& sg = seen_gr[k / every_gr];
            const auto& sd = seen_dq[k / every_gr];
            for (std::size_t c = 0; c < map.claims().size(); ++c) {
                const std::size_t o = *original.claim_index(map.claims()[c].id);
                if (sg[o] != lab[p.argument_of[c]]) ++mismatches;
                if (std::fabs(sd[o] - r.strength[g.argument_of[c]]) > 1e-6) ++mismatches;
            }
        }
        if (k % every_pr == 0) {
            const auto& ids = region_ids[k / every_pr];
            region_pr += ids.size();
            t = clock_type::now();
            const Projection p = project(map);
            std::vector<Acceptance> acc;
            for (const auto& id : ids) {
                const arg_t a = p.argument_of[*map.claim_index(id)];
                const bool cred = credulous(p.framework, Semantics::preferred, a).answer == Answer::yes;
                const bool scep = cred && sceptical(p.framework, Semantics::preferred, a).answer == Answer::yes;
                acc.push_back(scep ? Acceptance::sceptical : cred ? Acceptance::credulous : Acceptance::rejected);
            }
            full_pr += ms_since(t);
            if (acc != seen_pr[k / every_pr]) ++mismatches;
        }
    }
    const std::size_t applied = stream.size(), n_gr = seen_gr.size(), n_dq = seen_dq.size(), n_pr = seen_pr.size();
    auto row = [&](const char* name, double inc, double full, std::size_t samples, std::size_t work) {
        const double per_inc = inc / static_cast<double>(applied), per_full = full / static_cast<double>(samples);
        std::printf("%-28s incremental %9.3f ms/edit (%7.1f arguments recomputed)   full %9.2f ms/edit (%zu samples)   speed-up %8.0fx\n",
                    name, per_inc, static_cast<double>(work) / static_cast<double>(applied), per_full, samples, per_full / per_inc);
    };
    std::printf("%zu edits applied\n", applied);
    row("grounded (all claims)", inc_gr, full_gr, n_gr, work_gr);
    row("preferred (edited region)", inc_pr, full_pr, n_pr, work_pr);
    std::printf("    full preferred: %.1f claims per region on average\n", static_cast<double>(region_pr) / static_cast<double>(n_pr));
    row("df-quad (all claims)", inc_dq, full_dq, n_dq, work_dq);
    std::printf("statuses that differ between incremental and full on the samples: %zu\n", mismatches);
    return mismatches == 0 ? 0 : 1;
}
