// Writes a generated framework in ICCMA 2023 (i23) format to standard output.
//   argmap_generate uniform N M SEED | er N P SEED | ba N M MUTUAL SEED | ws N K BETA SEED | grid W H MUTUAL SEED
#include <cstdio>
#include <cstdlib>
#include <string>

#include "generators.hpp"

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: argmap_generate uniform N M SEED | er N P SEED | ba N M MUTUAL SEED | ws N K BETA SEED | grid W H MUTUAL SEED\n");
        return 2;
    }
    const std::string kind = argv[1];
    auto arg = [&](int i) { return i < argc ? argv[i] : "0"; };
    std::vector<argmap::Attack> att;
    argmap::arg_t n = static_cast<argmap::arg_t>(std::strtoul(arg(2), nullptr, 10));
    if (kind == "uniform") att = bench::uniform(n, std::strtoull(arg(3), nullptr, 10), std::strtoull(arg(4), nullptr, 10));
    else if (kind == "er") att = bench::erdos_renyi(n, std::strtod(arg(3), nullptr), std::strtoull(arg(4), nullptr, 10));
    else if (kind == "ba") att = bench::barabasi_albert(n, static_cast<argmap::arg_t>(std::strtoul(arg(3), nullptr, 10)), std::strtod(arg(4), nullptr), std::strtoull(arg(5), nullptr, 10));
    else if (kind == "ws") att = bench::watts_strogatz(n, static_cast<argmap::arg_t>(std::strtoul(arg(3), nullptr, 10)), std::strtod(arg(4), nullptr), std::strtoull(arg(5), nullptr, 10));
    else if (kind == "grid") {
        const auto h = static_cast<argmap::arg_t>(std::strtoul(arg(3), nullptr, 10));
        att = bench::grid(n, h, std::strtod(arg(4), nullptr), std::strtoull(arg(5), nullptr, 10));
        n *= h;
    } else {
        std::fprintf(stderr, "unknown family '%s'\n", kind.c_str());
        return 2;
    }
    static char buf[1 << 20];
    std::setvbuf(stdout, buf, _IOFBF, sizeof buf);
    std::printf("p af %u\n", n);
    for (const auto& e : att) std::printf("%u %u\n", e.from + 1, e.to + 1);
    return 0;
}
