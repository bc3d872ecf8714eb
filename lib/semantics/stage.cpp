// Stage extensions (Verheij 1996): conflict-free sets whose range E ∪ E+ is maximal w.r.t. set
// inclusion. Maximal range search over the conflict-free encoding, growing with the phase true on
// the range literals not yet reached (MaxProblem::prefer_growth; docs/benchmarks.md, "Stage
// without a stable extension", has the figures).
#include "semantics/technique.hpp"

namespace argmap::detail {

const SemanticsOps stage_ops = maximal_ops<stage_problem>();

}  // namespace argmap::detail
