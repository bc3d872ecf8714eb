// DC and DS for preferred, stable, semi-stable and stage on generated frameworks of the ICCMA
// families (and on any i23 files given), each run under a deadline. Prints a Markdown table.
//   bench_acceptance [--timeout SECONDS] [--sizes 200,1000,5000] [FILE.af ...]
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>

#include <argmap/extensions.hpp>
#include <argmap/io.hpp>

#include "generators.hpp"

namespace {

struct Instance {
    std::string name;
    argmap::Framework af;
};

// An argument grounded semantics leaves undecided (so the query is not trivial), seeded.
argmap::arg_t query(const argmap::Framework& af, std::uint64_t seed) {
    const auto lab = argmap::grounded_labelling(af);
    std::vector<argmap::arg_t> open;
    for (argmap::arg_t a = 0; a < af.size(); ++a)
        if (lab[a] == argmap::Label::undec) open.push_back(a);
    std::mt19937_64 rng(seed);
    if (open.empty()) return static_cast<argmap::arg_t>(rng() % af.size());
    return open[rng() % open.size()];
}

}  // namespace

int main(int argc, char** argv) {
    double timeout = 60;
    std::vector<argmap::arg_t> sizes{200, 1000, 5000};
    std::vector<Instance> instances;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--timeout") && i + 1 < argc) {
            timeout = std::atof(argv[++i]);
        } else if (!std::strcmp(argv[i], "--sizes") && i + 1 < argc) {
            sizes.clear();
            for (char* p = std::strtok(argv[++i], ","); p; p = std::strtok(nullptr, ",")) sizes.push_back(std::atoi(p));
        } else {
            argmap::io::NamedFramework nf;
            auto r = argmap::io::read_af_file(argv[i], argmap::io::AfFormat::i23, nf);
            if (!r) {
                std::fprintf(stderr, "%s\n", r.description().c_str());
                return 1;
            }
            std::string name = argv[i];
            name = name.substr(name.find_last_of('/') + 1);
            instances.push_back({name, std::move(nf.framework)});
        }
    }
    if (instances.empty())
        for (argmap::arg_t n : sizes) {
            const std::uint64_t seed = 1000 + n;
            instances.push_back({"er-" + std::to_string(n), argmap::Framework(n, bench::erdos_renyi(n, 3.0 / n, seed))});
            instances.push_back({"ba-" + std::to_string(n), argmap::Framework(n, bench::barabasi_albert(n, 2, 0.3, seed))});
            instances.push_back({"ws-" + std::to_string(n), argmap::Framework(n, bench::watts_strogatz(n, 3, 0.2, seed))});
            const auto w = static_cast<argmap::arg_t>(std::sqrt(double(n)));
            instances.push_back({"grid-" + std::to_string(w * w), argmap::Framework(w * w, bench::grid(w, w, 0.3, seed))});
        }
    const argmap::Semantics sems[] = {argmap::Semantics::preferred, argmap::Semantics::stable,
                                      argmap::Semantics::semi_stable, argmap::Semantics::stage};
    std::map<std::string, std::pair<int, double>> summary;  // task -> (solved, seconds)
    std::map<std::string, int> total;
    std::printf("| instance | args | attacks | task | query | answer | seconds |\n|---|---|---|---|---|---|---|\n");
    for (const auto& inst : instances) {
        const argmap::arg_t q = query(inst.af, inst.af.size());
        for (auto s : sems)
            for (int kind = 0; kind < 2; ++kind) {
                const std::string task = std::string(kind ? "DS-" : "DC-") + std::string(argmap::iccma_code(s));
                argmap::Limits lim;
                lim.deadline = std::chrono::steady_clock::now() +
                               std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(timeout));
                const auto t0 = std::chrono::steady_clock::now();
                const auto d = kind ? argmap::sceptical(inst.af, s, q, lim) : argmap::credulous(inst.af, s, q, lim);
                const double sec = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
                const char* ans = d.answer == argmap::Answer::yes ? "YES" : d.answer == argmap::Answer::no ? "NO" : "timeout";
                std::printf("| %s | %u | %zu | %s | %u | %s | %.3f |\n", inst.name.c_str(), inst.af.size(), inst.af.attack_count(),
                            task.c_str(), q + 1, ans, sec);
                std::fflush(stdout);
                ++total[task];
                if (d.answer != argmap::Answer::unknown) {
                    ++summary[task].first;
                    summary[task].second += sec;
                }
            }
    }
    std::printf("\n| task | solved within %.0f s | total seconds (solved) |\n|---|---|---|\n", timeout);
    for (const auto& [task, v] : summary) std::printf("| %s | %d / %d | %.2f |\n", task.c_str(), v.first, total[task], v.second);
    return 0;
}
