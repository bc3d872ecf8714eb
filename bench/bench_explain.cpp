// Explaining one claim on a large debate map, under grounded and preferred semantics.
//   bench_explain [CLAIMS=100000] [SAMPLES=10] [SEED=1]
//
// The map is a forest of debates of 1000 claims (seeded): every claim after a debate's thesis
// replies to an earlier claim of its debate (attack 70 %, support 30 %); 15 % of the attacks are
// answered back (mutual attacks, so preferred has choices the grounded labelling leaves undec).
// Timed per claim: explain_acceptance on the projected framework (the decision, the
// certificate extension, the minimal defence and its dispute tree), for SAMPLES theses under
// grounded and for SAMPLES credulously-but-not-groundedly accepted claims under preferred;
// and once end to end: explain_claim (projection and names included) plus its JSON text.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include <argmap/argmap.hpp>

using namespace argmap;
using clock_type = std::chrono::steady_clock;

namespace {

double ms_since(clock_type::time_point t) { return std::chrono::duration<double, std::milli>(clock_type::now() - t).count(); }

ArgumentMap debate_forest(std::size_t claims, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(0, 1);
    ArgumentMap m;
    auto id = [](std::size_t i) { return "c" + std::to_string(i); };
    for (std::size_t i = 0; i < claims; ++i) {
        Claim c;
        c.id = id(i);
        const std::size_t first = i / 1000 * 1000;
        if (i == first) c.kind = ClaimKind::thesis;
        m.add_claim(c);
        if (i == first) continue;
        const std::size_t parent = first + rng() % (i - first);
        const bool attack = u(rng) < 0.7;
        Relation r;
        r.type = attack ? RelationType::attack : RelationType::support;
        r.source = id(i);
        r.target = id(parent);
        m.add_relation(r);
        if (attack && u(rng) < 0.15) {
            r.source = id(parent);
            r.target = id(i);
            m.add_relation(r);
        }
    }
    return m;
}

struct Stats {
    double median = 0, max = 0;
};
Stats stats(std::vector<double> v) {
    if (v.empty()) return {};
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v.back()};
}

}  // namespace

int main(int argc, char** argv) {
    const std::size_t n = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 100000;
    const std::size_t samples = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 10;
    const std::uint64_t seed = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 1;
    auto t = clock_type::now();
    const ArgumentMap map = debate_forest(n, seed);
    std::printf("map: %zu claims, %zu relations (built in %.0f ms)\n", map.claims().size(), map.relations().size(), ms_since(t));
    t = clock_type::now();
    const Projection p = project(map);
    const Framework& af = p.framework;
    std::printf("projection: %u arguments, %zu attacks, %.1f ms\n", af.size(), af.attack_count(), ms_since(t));
    const Labelling g = grounded_labelling(af);

    // Grounded: theses that are in (their defence reaches down their debate).
    std::vector<double> gr;
    std::size_t tree_members = 0;
    for (std::size_t d = 0; d * 1000 < n && gr.size() < samples; ++d) {
        const arg_t a = static_cast<arg_t>(d * 1000);
        if (g[a] != Label::in) continue;
        t = clock_type::now();
        const auto x = explain_acceptance(af, Semantics::grounded, a);
        gr.push_back(ms_since(t));
        tree_members = std::max(tree_members, x.defence ? x.defence->set.size() : 0);
        if (x.verdict != Verdict::sceptical) std::printf("unexpected verdict for c%u\n", a);
    }
    const Stats sg = stats(gr);
    std::printf("grounded, %zu theses in: median %.2f ms, max %.2f ms (largest defence %zu claims)\n", gr.size(), sg.median,
                sg.max, tree_members);

    // Preferred credulous: claims undecided in grounded that some preferred extension accepts.
    std::vector<double> pr;
    std::size_t credulous_found = 0, largest = 0;
    std::mt19937_64 rng(seed);
    for (std::size_t tries = 0; tries < 50 * samples && pr.size() < samples; ++tries) {
        const arg_t a = static_cast<arg_t>(rng() % n);
        if (g[a] != Label::undec) continue;
        t = clock_type::now();
        const auto x = explain_acceptance(af, Semantics::preferred, a);
        const double ms = ms_since(t);
        if (x.verdict == Verdict::rejected) continue;
        ++credulous_found;
        pr.push_back(ms);
        largest = std::max(largest, x.defence ? x.defence->set.size() : 0);
    }
    const Stats sp = stats(pr);
    std::printf("preferred, %zu credulous claims not in grounded: median %.1f ms, max %.1f ms (largest minimal defence %zu)\n",
                credulous_found, sp.median, sp.max, largest);

    // End to end on one claim of each kind: projection, names, explanation, JSON.
    for (Semantics s : {Semantics::grounded, Semantics::preferred}) {
        const std::string claim = "c0";
        t = clock_type::now();
        const auto x = explain_claim(map, claim, s);
        const std::string json = to_json(x);
        std::printf("end to end (%s, %s): %.1f ms, %zu bytes of JSON, %zu claims drawn\n", std::string(to_string(s)).c_str(),
                    claim.c_str(), ms_since(t), json.size(), x.claims_used.size());
    }
    return 0;
}
