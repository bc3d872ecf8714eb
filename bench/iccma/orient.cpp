// Orientation of an undirected edge, shared by the graph-model families (BA, WS, grid, AFGen).
#include "family.hpp"

#include <ostream>

namespace iccma_bench {

void orient(Random& random, Argument a, Argument b, double mutual, std::vector<Attack>& out) {
    if (random.chance(mutual)) {
        out.emplace_back(a, b);
        out.emplace_back(b, a);
    } else if (random.chance(0.5)) {
        out.emplace_back(a, b);
    } else {
        out.emplace_back(b, a);
    }
}

void write_i23(std::ostream& out, const GeneratedFramework& af) {
    std::string text = "p af " + std::to_string(af.arguments) + "\n";
    for (const auto& [a, b] : af.attacks) {
        text += std::to_string(a + 1);
        text += ' ';
        text += std::to_string(b + 1);
        text += '\n';
        if (text.size() > (1u << 20)) {
            out << text;
            text.clear();
        }
    }
    out << text;
}

}  // namespace iccma_bench
