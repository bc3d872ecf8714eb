// iccma_generate FAMILY PARAMETERS... [--seed S] [-o FILE.af]
// Writes one framework of an ICCMA benchmark family in the ICCMA 2023 format (standard output
// without -o). The parameters of each family are documented in its source file.
#include <charconv>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "family.hpp"

namespace {

const char* const usage =
    "usage: iccma_generate FAMILY PARAMETERS... [--seed S] [-o FILE.af]\n"
    "  afgen N P Q                     AFGen D(n,p,q): pair in conflict w.p. P, mutual w.p. Q\n"
    "  er N P                          Erdos-Renyi: each ordered pair an attack w.p. P\n"
    "  ba N M MUTUAL                   Barabasi-Albert: M earlier neighbours per argument\n"
    "  ws N K BETA MUTUAL              Watts-Strogatz: ring of degree K (even), rewiring BETA\n"
    "  stable N EXT_MIN EXT_MAX SIZE_MIN SIZE_MAX GROUNDED_MIN GROUNDED_MAX P\n"
    "                                  StableGenerator: planted stable extensions\n"
    "  grid W H NEIGHBOURHOOD MUTUAL   W x H grid, NEIGHBOURHOOD 4 or 8\n"
    "  admbuster N                     ICCMA 2017 AdmBuster (N even; no seed)\n";

struct BadUsage : std::runtime_error {
    using std::runtime_error::runtime_error;
};

std::uint64_t integer(const std::string& s, const char* what) {
    std::uint64_t v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size()) throw BadUsage(std::string(what) + ": expected a non-negative integer, got '" + s + "'");
    return v;
}

iccma_bench::Argument count(const std::string& s, const char* what) {
    const auto v = integer(s, what);
    if (v > 0xFFFFFFFEull) throw BadUsage(std::string(what) + ": " + s + " is too large");
    return static_cast<iccma_bench::Argument>(v);
}

double probability(const std::string& s, const char* what) {
    std::size_t used = 0;
    double v = 0;
    try {
        v = std::stod(s, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != s.size() || !(v >= 0 && v <= 1)) throw BadUsage(std::string(what) + ": expected a probability in [0, 1], got '" + s + "'");
    return v;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace iccma_bench;
    std::vector<std::string> positional;
    std::uint64_t seed = 1;
    std::string output;
    try {
        for (int i = 1; i < argc; ++i) {
            const std::string a = argv[i];
            if ((a == "--seed" || a == "-o") && i + 1 >= argc) throw BadUsage(a + " needs a value");
            if (a == "--seed") seed = integer(argv[++i], "--seed");
            else if (a == "-o") output = argv[++i];
            else if (a == "-h" || a == "--help") {
                std::cout << usage;
                return 0;
            } else positional.push_back(a);
        }
        if (positional.empty()) throw BadUsage("no family given");
        const std::string family = positional[0];
        auto need = [&](std::size_t k) {
            if (positional.size() != k + 1)
                throw BadUsage(family + " takes " + std::to_string(k) + " parameters, got " + std::to_string(positional.size() - 1));
        };
        auto at = [&](std::size_t i) { return positional[i]; };
        GeneratedFramework af;
        if (family == "afgen") {
            need(3);
            af = afgen(count(at(1), "N"), probability(at(2), "P"), probability(at(3), "Q"), seed);
        } else if (family == "er") {
            need(2);
            af = erdos_renyi(count(at(1), "N"), probability(at(2), "P"), seed);
        } else if (family == "ba") {
            need(3);
            af = barabasi_albert(count(at(1), "N"), count(at(2), "M"), probability(at(3), "MUTUAL"), seed);
        } else if (family == "ws") {
            need(4);
            af = watts_strogatz(count(at(1), "N"), count(at(2), "K"), probability(at(3), "BETA"), probability(at(4), "MUTUAL"), seed);
        } else if (family == "stable") {
            need(8);
            StableGeneratorParameters p;
            p.arguments = count(at(1), "N");
            p.extensions_min = count(at(2), "EXT_MIN");
            p.extensions_max = count(at(3), "EXT_MAX");
            p.extension_size_min = count(at(4), "SIZE_MIN");
            p.extension_size_max = count(at(5), "SIZE_MAX");
            p.grounded_size_min = count(at(6), "GROUNDED_MIN");
            p.grounded_size_max = count(at(7), "GROUNDED_MAX");
            p.attack_probability = probability(at(8), "P");
            af = stable_generator(p, seed);
        } else if (family == "grid") {
            need(4);
            af = grid(count(at(1), "W"), count(at(2), "H"), static_cast<unsigned>(count(at(3), "NEIGHBOURHOOD")), probability(at(4), "MUTUAL"), seed);
        } else if (family == "admbuster") {
            need(1);
            af = admbuster(count(at(1), "N"));
        } else {
            throw BadUsage("unknown family '" + family + "'");
        }
        if (output.empty()) {
            write_i23(std::cout, af);
            std::cout.flush();
            if (!std::cout) throw std::runtime_error("cannot write to standard output");
        } else {
            std::ofstream out(output, std::ios::binary);
            if (!out) throw std::runtime_error(output + ": cannot open for writing");
            write_i23(out, af);
            out.close();
            if (!out) throw std::runtime_error(output + ": write failed");
        }
        return 0;
    } catch (const BadUsage& e) {
        std::cerr << "iccma_generate: " << e.what() << "\n" << usage;
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "iccma_generate: " << e.what() << "\n";
        return 1;
    }
}
