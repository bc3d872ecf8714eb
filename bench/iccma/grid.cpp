// Grid: the lattice-shaped family of the ICCMA 2017 set (probo's GridGenerator style: arguments
// on a w x h grid attack only their grid neighbours).
//
// Source: ICCMA 2017 benchmark description (Gaggl, Linsbichler, Maratea, Woltran, "Design and
// results of the second ICCMA", AIJ 2020, grid-based frameworks).
//
// Parameters: width x height arguments, argument (x, y) = y * width + x; each pair of neighbours
// (4-neighbourhood: horizontal and vertical; 8-neighbourhood: also diagonal) is one edge,
// oriented by `orient` (mutual with probability `mutual`). Edge count:
// (w-1) h + w (h-1), plus 2 (w-1)(h-1) for the 8-neighbourhood.
#include "family.hpp"

#include <stdexcept>

namespace iccma_bench {

GeneratedFramework grid(Argument width, Argument height, unsigned neighbourhood, double mutual, std::uint64_t seed) {
    if (neighbourhood != 4 && neighbourhood != 8) throw std::invalid_argument("grid: neighbourhood must be 4 or 8");
    Random random(seed);
    GeneratedFramework af;
    af.arguments = width * height;
    for (Argument y = 0; y < height; ++y)
        for (Argument x = 0; x < width; ++x) {
            const Argument a = y * width + x;
            if (x + 1 < width) orient(random, a, a + 1, mutual, af.attacks);
            if (y + 1 < height) orient(random, a, a + width, mutual, af.attacks);
            if (neighbourhood == 8 && y + 1 < height) {
                if (x + 1 < width) orient(random, a, a + width + 1, mutual, af.attacks);
                if (x > 0) orient(random, a, a + width - 1, mutual, af.attacks);
            }
        }
    return af;
}

}  // namespace iccma_bench
