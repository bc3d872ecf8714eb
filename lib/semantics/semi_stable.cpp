// Semi-stable extensions (Caminada 2006; Verheij 1996 "admissible stage"): complete
// extensions whose range E ∪ E+ is maximal w.r.t. set inclusion, equivalently admissible sets
// whose range is maximal among admissible sets (Caminada 2006). Maximal range search
// (Dvořák et al. 2014, CEGARTIX) over the admissible base in the labelling encoding; the
// complete base is the portfolio's alternative (maximal.hpp argues why every model with a
// maximal range is complete, so no closure is needed).
// Measured with bench/bench_encodings.cpp (--cap 20, CPU seconds, variants sst-plain = the
// complete base, sst-adm-inatt, sst-adm-lab; docs/benchmarks.md has the table) on 45 DC/DS/SE
// pairs of 15 ICCMA-style files: PAR-2 sum 480 for the complete base, 422 for the admissible
// base in the labelling encoding, 9 unsolved each. Large gains on the StableGenerator file
// stable_450 …0.01 (DS-SST unsolved → 0.80 s, SE-SST 17.8 → 6.1 s), afgen_n1000p3q34 DS-SST
// (16.5 → 1.3 s), the 100×100 grid SE-SST (7.4 → 1.1 s), ws_1500_16 (DS 6.9 → 0.7 s) and
// ws_3000_16 DC-SST (unsolved → 14.0 s); losses on ws_3000_16 DS-SST and SE-SST (19.6 and 4.5 s
// → unsolved) and stable_450 …0.005 DS-SST (0.6 → 5.6 s), which the alternative covers under
// --threads 2. The admissible base in in/attacked was second (on 17 pairs: 249 against 272
// for the complete base and 198 for labelling). On 48 further pairs (the other stable and grid
// files, er_dense_220, afgen_200, afgen_n700p5q2, two ICCMA'23 files) a tie: 555 against 561,
// lost on grid_150_150_8_0.3 (DS/SE-SST 2.1/3.2 → 11.4/10.2 s), won on stable_500 DS-SST
// (9.8 → 1.5 s). Mixed, so the complete base stays as the alternative.
// Growth prefers the range literals not yet reached (MaxProblem::prefer_growth): grid_150 SE-SST
// 10.7 → 2.7 s, DS-SST 11.9 → 8.0 s; ws_1500_16 SE-SST 1.0 → 2.2 s on the direct path
// (docs/benchmarks.md, "Stage without a stable extension").
// Credulous acceptance through the public API asks the stable questions first, as stage does
// (extensions.cpp): a stable extension holding the argument answers YES, any other NO (afgen_n700p5q2
// DC-SST 89 -> 45 s with the stable base focused; docs/benchmarks.md, "The stable base focused").
#include "semantics/technique.hpp"

namespace argmap::detail {

const SemanticsOps semi_stable_ops = maximal_ops<semi_stable_problem>();

}  // namespace argmap::detail
