// Attribution of one claim's gradual strength on a large map.
//   bench_attribution [CLAIMS=100000] [PER_DEBATE=1000] [SEMANTICS=df-quad] [SEED=1] [REPEAT=5]
//
// The map is a seeded forest of debates of PER_DEBATE claims (PER_DEBATE = CLAIMS: one debate,
// so the thesis has every claim as an ancestor): each further claim attacks (60 %) or supports
// (40 %) an earlier claim of its debate; 10 % of the attacks are answered back (cycles), 2 % of
// the claims undercut a random relation. Weights in [0.3, 1]. The claim explained is the thesis
// of the first debate (the claim with the most ancestors).
//
// Timed (median of REPEAT runs):
//   full      evaluate_gradual on the whole map (for scale);
//   gradient  attribute_by_gradient (ancestor extraction on the whole map, one evaluation of the
//             ancestors, the adjoint solve);
//   removal   attribute_by_removal (the ancestors evaluated once; per relation into the claim, the
//             claim's strongly connected part with upstream frozen);
//   incr      the same removals through an IncrementalEvaluator: apply(remove relation) + undo,
//             per relation (construction timed separately);
//   naive     the same removals by copying the map, removing the relation and evaluate_gradual.
// The removal values of the three ways are compared (max difference printed).
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>
#include <string>
#include <vector>

#include <argmap/attribution.hpp>
#include <argmap/whatif.hpp>

using namespace argmap;
using clock_type = std::chrono::steady_clock;

namespace {

double ms_since(clock_type::time_point t) { return std::chrono::duration<double, std::milli>(clock_type::now() - t).count(); }

ArgumentMap forest(std::size_t claims, std::size_t per_debate, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(0, 1);
    auto weight = [&] { return std::round((0.3 + 0.7 * u(rng)) * 100) / 100; };
    auto id = [](std::size_t i) { return "c" + std::to_string(i); };
    ArgumentMap m;
    auto add = [&](RelationType t, const std::string& from, const std::string& to) {
        Relation r;
        r.type = t;
        r.source = from;
        r.target = to;
        r.weight = weight();
        try {
            m.add_relation(r);
        } catch (const ModelError&) {
        }
    };
    for (std::size_t i = 0; i < claims; ++i) {
        Claim c;
        c.id = id(i);
        c.weight = weight();
        const std::size_t first = i / per_debate * per_debate;
        if (i == first) c.kind = ClaimKind::thesis;
        m.add_claim(c);
        if (i == first) continue;
        const std::size_t parent = first + rng() % (i - first);
        const bool attack = u(rng) < 0.6;
        add(attack ? RelationType::attack : RelationType::support, id(i), id(parent));
        if (attack && u(rng) < 0.1) add(RelationType::attack, id(parent), id(i));
        if (u(rng) < 0.02) add(RelationType::undercut, id(i), m.relations()[rng() % m.relations().size()].id);
    }
    return m;
}

// Median wall time of REPEAT runs; the median process CPU time of the same runs goes to
// last_cpu_ms (on a shared machine the CPU time is the steadier figure).
double last_cpu_ms = 0;

template <class F>
double median_ms(int repeat, F&& f) {
    std::vector<double> t, cpu;
    for (int i = 0; i < repeat; ++i) {
        const auto start = clock_type::now();
        const std::clock_t c0 = std::clock();
        f();
        cpu.push_back(1000.0 * double(std::clock() - c0) / CLOCKS_PER_SEC);
        t.push_back(ms_since(start));
    }
    std::sort(t.begin(), t.end());
    std::sort(cpu.begin(), cpu.end());
    last_cpu_ms = cpu[cpu.size() / 2];
    return t[t.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    const std::size_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 100000;
    const std::size_t per = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 1000;
    const char* name = argc > 3 ? argv[3] : "df-quad";
    const std::uint64_t seed = argc > 4 ? std::strtoull(argv[4], nullptr, 10) : 1;
    const int repeat = argc > 5 ? std::atoi(argv[5]) : 5;
    const auto s = parse_gradual(name);
    if (!s || n == 0 || per == 0) {
        std::fprintf(stderr, "usage: bench_attribution [CLAIMS] [PER_DEBATE] [SEMANTICS] [SEED] [REPEAT]\n");
        return 2;
    }
    const ArgumentMap map = forest(n, per, seed);
    const std::string claim = map.claims()[0].id;
    const auto into = map.relations_into(claim);
    std::printf("map: %zu claims, %zu relations; claim %s with %zu relations into it; %s\n", map.claims().size(),
                map.relations().size(), claim.c_str(), into.size(), name);

    std::printf("%-22s %10s %10s\n", "", "wall ms", "cpu ms");
    GradualResult full;
    const double t_full = median_ms(repeat, [&] { full = evaluate_gradual(map, *s); });
    std::printf("full evaluation        %10.2f %10.2f  (%s, %zu iterations)\n", t_full, last_cpu_ms,
                full.converged ? "converged" : "NOT converged", full.iterations);
    Attribution grad, rem;
    const double t_grad = median_ms(repeat, [&] { grad = attribute_by_gradient(map, claim, *s); });
    std::printf("gradient attribution   %10.2f %10.2f  (%zu claims with a derivative, %s)\n", t_grad, last_cpu_ms,
                grad.contributions.size(), grad.converged ? "converged" : "NOT converged");
    const double t_rem = median_ms(repeat, [&] { rem = attribute_by_removal(map, claim, *s); });
    std::printf("removal attribution    %10.2f %10.2f  (%zu relations, %zu evaluations: the ancestors once, then per relation the claim's cyclic part)\n", t_rem,
                last_cpu_ms, rem.contributions.size(), rem.evaluations);

    // The same removals through the IncrementalEvaluator and by naive full re-evaluation.
    EvaluationSpec spec;
    spec.gradual = *s;
    const auto t0 = clock_type::now();
    const std::clock_t c0 = std::clock();
    IncrementalEvaluator ev(map, spec);
    const double t_build = ms_since(t0), c_build = 1000.0 * double(std::clock() - c0) / CLOCKS_PER_SEC;
    const double before = ev.status(claim)->strength;
    std::vector<double> incr_values, naive_values;
    std::size_t recomputed = 0;
    const double t_incr = median_ms(repeat, [&] {
        incr_values.clear();
        recomputed = 0;
        for (const Relation* r : into) {
            ev.apply(Edit::remove_relation(r->id));
            recomputed += ev.last_work().recomputed;
            incr_values.push_back(before - ev.status(claim)->strength);
            ev.undo();
        }
    });
    const double c_incr = last_cpu_ms;
    const double t_naive = median_ms(std::min(repeat, 3), [&] {
        naive_values.clear();
        const double with = evaluate_gradual(map, *s).strength[0];
        for (const Relation* r : into) {
            ArgumentMap edited = map;
            edited.remove_relation(r->id);
            naive_values.push_back(with - evaluate_gradual(edited, *s).strength[0]);
        }
    });
    std::printf("incremental removals   %10.2f %10.2f  (%zu arguments recomputed; building the evaluator: %.2f wall, %.2f cpu)\n",
                t_incr, c_incr, recomputed, t_build, c_build);
    std::printf("naive removals         %10.2f %10.2f  (copy, remove, evaluate the whole map, per relation)\n", t_naive,
                last_cpu_ms);
    double diff_incr = 0, diff_naive = 0;
    for (std::size_t i = 0; i < into.size(); ++i) {
        double mine = 0;
        for (const auto& c : rem.contributions)
            if (c.relation == into[i]->id) mine = c.value;
        diff_incr = std::max(diff_incr, std::fabs(mine - incr_values[i]));
        diff_naive = std::max(diff_naive, std::fabs(mine - naive_values[i]));
    }
    std::printf("max |removal - incremental| = %.3g, max |removal - naive| = %.3g\n", diff_incr, diff_naive);
    return 0;
}
