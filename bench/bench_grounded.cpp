// Parse an i23 file and compute the grounded labelling; report time, throughput and peak memory.
//   bench_grounded FILE.af
#include <chrono>
#include <cstdio>
#include <ctime>

#include <sys/resource.h>

#include <argmap/io.hpp>
#include <argmap/semantics.hpp>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_grounded FILE.af\n");
        return 2;
    }
    using clock = std::chrono::steady_clock;
    const auto t0 = clock::now();
    argmap::io::NamedFramework nf;
    const auto r = argmap::io::read_af_file(argv[1], argmap::io::AfFormat::i23, nf);
    if (!r) {
        std::fprintf(stderr, "%s\n", r.description().c_str());
        return 1;
    }
    const auto t1 = clock::now();
    const std::clock_t c1 = std::clock();
    const auto lab = argmap::grounded_labelling(nf.framework);
    const std::clock_t c2 = std::clock();
    const auto t2 = clock::now();
    std::size_t in = 0;
    for (auto l : lab) in += l == argmap::Label::in;
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    const double parse = std::chrono::duration<double>(t1 - t0).count();
    const double ground = std::chrono::duration<double>(t2 - t1).count();
    const double m = static_cast<double>(nf.framework.attack_count());
    const double peak = static_cast<double>(ru.ru_maxrss) * 1024.0;
    std::printf("arguments %u, attacks %.0f, grounded in %zu\n", nf.framework.size(), m, in);
    std::printf("parse+CSR %.3f s, grounded %.3f s, total %.3f s, %.1f M attacks/s\n", parse, ground, parse + ground,
                m / (parse + ground) / 1e6);
    std::printf("grounded CPU time %.4f s (wall time suffers on a loaded machine)\n", static_cast<double>(c2 - c1) / CLOCKS_PER_SEC);
    std::printf("peak RSS %.1f MB, %.1f bytes per attack\n", peak / 1e6, peak / m);
    return 0;
}
