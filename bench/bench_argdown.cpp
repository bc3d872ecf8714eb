// Reading Argdown at scale: generates (seeded) a realistic Argdown document of about the given
// size in memory (sections, hard-wrapped statements with tags and data, relation trees,
// arguments with descriptions and premise-conclusion structures, contradictions, undercuts),
// reads it with read_argdown and reports time, throughput and peak memory; then writes the map
// back with write_argdown and times that.
//   bench_argdown [MEGABYTES=10] [--save FILE]   (--save writes the generated document)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>
#include <string_view>

#include <sys/resource.h>

#include <argmap/io.hpp>

namespace {

constexpr std::string_view words[] = {
    "the", "council", "should", "fund", "public", "transport", "because", "fares", "fall", "and", "more",
    "people", "ride", "buses", "which", "reduces", "traffic", "emissions", "in", "city", "centre", "costs",
    "rise", "taxes", "would", "have", "to", "pay", "for", "it", "studies", "show", "that", "demand", "grows",
    "when", "service", "improves", "although", "rural", "areas", "gain", "little", "from", "such", "plans"};

class Generator {
public:
    explicit Generator(unsigned seed) : rng_(seed) {}

    // A sentence of n words, hard-wrapped at about 60 columns with the given indentation.
    std::string text(std::size_t n, std::string_view indent) {
        std::string out;
        std::size_t column = 0;
        for (std::size_t i = 0; i < n; ++i) {
            std::string_view w = words[pick(std::size(words))];
            if (column > 60) {
                out += "\n";
                out += indent;
                column = indent.size();
            } else if (i) {
                out += ' ';
                ++column;
            }
            if (pick(12) == 0) out += "**" + std::string(w) + "**";
            else out += w;
            column += w.size();
        }
        out += '.';
        return out;
    }

    std::string document(std::size_t bytes) {
        std::string out = "===\ntitle: Generated debate\nauthor: bench\ncolor:\n  tagColors:\n    pro: \"#00aa00\"\n===\n\n";
        std::size_t unit = 0;
        while (out.size() < bytes) {
            const std::string u = std::to_string(unit++);
            if (unit % 20 == 1) out += "# Part " + u + "\n\n";
            if (unit % 5 == 1) out += "## Section " + u + "\n\n";
            // A thesis with a relation tree.
            out += "[T" + u + "]: " + text(25 + pick(20), "") + " #pro {weight: 0.8, source: \"Report " + u + "\"}\n";
            out += "  + [S" + u + "]: " + text(15 + pick(15), "    ") + "\n";
            out += "    - [O" + u + "]: " + text(10 + pick(15), "      ") + " {relation_weight: 0.5}\n";
            out += "      _ [U" + u + "]: " + text(10, "        ") + "\n";
            out += "  - <A" + u + ">: " + text(12 + pick(10), "    ") + "\n";
            out += "  >< [K" + u + "]: " + text(10, "    ") + "\n";
            if (unit > 1) out += "  +> [T" + std::to_string(unit - 2) + "]\n";
            out += "\n";
            // A free paragraph (an untitled statement).
            out += text(20 + pick(20), "") + "\n\n";
            // The argument reconstructed.
            out += "<A" + u + ">\n\n";
            out += "(1) [P" + u + "a]: " + text(12 + pick(12), "    ") + "\n";
            out += "(2) " + text(12 + pick(12), "    ") + "\n";
            out += "    - [R" + u + "]: " + text(8, "      ") + "\n";
            out += "-- Modus ponens --\n";
            out += "(3) [C" + u + "]: " + text(10 + pick(10), "    ") + "\n\n";
        }
        return out;
    }

private:
    std::mt19937 rng_;
    std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }
};

double cpu_seconds() {
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

double peak_mb() {
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return static_cast<double>(ru.ru_maxrss) / 1024.0;
}

}  // namespace

int main(int argc, char** argv) {
    double megabytes = 10;
    const char* save = nullptr;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a == "--save" && i + 1 < argc) save = argv[++i];
        else megabytes = std::atof(argv[i]);
    }
    if (!(megabytes > 0)) {
        std::fprintf(stderr, "usage: bench_argdown [MEGABYTES=10] [--save FILE]\n");
        return 2;
    }
    const std::string doc = Generator(42).document(static_cast<std::size_t>(megabytes * 1e6));
    if (save) std::ofstream(save, std::ios::binary) << doc;
    using clock = std::chrono::steady_clock;
    const double before = peak_mb();
    const double c0 = cpu_seconds();
    const auto t0 = clock::now();
    argmap::ArgumentMap map;
    const auto r = argmap::io::read_argdown(doc, map, "generated.argdown");
    const auto t1 = clock::now();
    const double c1 = cpu_seconds();
    if (!r) {
        std::fprintf(stderr, "%s\n", r.description().c_str());
        return 1;
    }
    const std::string written = argmap::io::write_argdown(map);
    const auto t2 = clock::now();
    const double c2 = cpu_seconds();
    const double read = std::chrono::duration<double>(t1 - t0).count();
    const double write = std::chrono::duration<double>(t2 - t1).count();
    std::printf("document %.1f MB: %zu claims, %zu relations, %zu warnings\n", static_cast<double>(doc.size()) / 1e6,
                map.claims().size(), map.relations().size(), r.warnings.size());
    std::printf("read %.3f s wall, %.3f s CPU (%.1f MB/s of CPU); write %.3f s wall, %.3f s CPU (%.1f MB written)\n", read, c1 - c0,
                static_cast<double>(doc.size()) / 1e6 / (c1 - c0), write, c2 - c1, static_cast<double>(written.size()) / 1e6);
    std::printf("peak RSS %.1f MB (%.1f MB before reading)\n", peak_mb(), before);
    return 0;
}
