// One iteration of each gradual semantics on a generated weighted bipolar graph, against one
// plain pass over the relations (sum of weight * strength per target), and time to converge.
//   bench_gradual [ARGS RELATIONS SEED]     (default 1000000 5000000 1)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>

#include <argmap/gradual.hpp>

int main(int argc, char** argv) {
    const argmap::arg_t n = argc > 1 ? static_cast<argmap::arg_t>(std::strtoul(argv[1], nullptr, 10)) : 1000000;
    const std::size_t m = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 5000000;
    const std::uint64_t seed = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 1;
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(0, 1);
    std::vector<double> base(n);
    for (auto& b : base) b = u(rng);
    std::vector<argmap::WeightedEdge> att, sup;
    att.reserve(m / 2 + 1);
    sup.reserve(m / 2 + 1);
    for (std::size_t i = 0; i < m; ++i) {
        argmap::WeightedEdge e{static_cast<argmap::arg_t>(rng() % n), static_cast<argmap::arg_t>(rng() % n), u(rng)};
        (i % 2 ? sup : att).push_back(e);
    }
    const argmap::WeightedBipolarFramework g(base, att, sup);
    std::vector<double>().swap(base);
    std::printf("arguments %u, attacks %zu, supports %zu\n\n", g.size(), g.attack_count(), g.support_count());
    using clock = std::chrono::steady_clock;
    std::vector<double> in(g.base_scores().begin(), g.base_scores().end()), out(g.size());
    auto best_of = [&](auto&& f) {
        double best = 1e9;
        for (int r = 0; r < 5; ++r) {
            const auto t0 = clock::now();
            f();
            best = std::min(best, std::chrono::duration<double>(clock::now() - t0).count());
        }
        return best;
    };
    // The floor: read every relation once and accumulate weight * strength into its target.
    const double plain = best_of([&] {
        for (argmap::arg_t a = 0; a < g.size(); ++a) {
            double acc = 0;
            for (auto k = g.attack_begin(a); k < g.attack_end(a); ++k) acc += g.attack_weights()[k] * in[g.attack_sources()[k]];
            for (auto k = g.support_begin(a); k < g.support_end(a); ++k) acc += g.support_weights()[k] * in[g.support_sources()[k]];
            out[a] = acc;
        }
    });
    std::printf("plain pass over the relations: %.1f ms\n\n", plain * 1e3);
    std::printf("| semantics | one iteration (ms) | x plain pass | iterations to 1e-9 | converge (s) |\n|---|---|---|---|---|\n");
    for (const char* name : {"h-categorizer", "max-based", "card-based", "df-quad", "qe", "euler", "mlp", "sum:linear", "top:quadratic"}) {
        const auto sem = *argmap::parse_gradual(name);
        const double one = best_of([&] { argmap::gradual_step(g, sem, in, out); });
        argmap::GradualOptions o;
        o.method = argmap::GradualMethod::discrete;
        o.epsilon = 1e-9;
        o.max_iterations = 1000;
        const auto t0 = clock::now();
        const auto r = argmap::strengths(g, sem, o);
        const double conv = std::chrono::duration<double>(clock::now() - t0).count();
        std::printf("| %s | %.1f | %.2f | %s%zu | %.2f |\n", name, one * 1e3, one / plain, r.converged ? "" : "no convergence after ",
                    r.iterations, conv);
        std::fflush(stdout);
    }
    return 0;
}
