// Stage extensions (Verheij 1996): conflict-free sets whose range E ∪ E+ is maximal w.r.t. set
// inclusion. Maximal range search over the conflict-free encoding.
#include "semantics/technique.hpp"

namespace argmap::detail {

const SemanticsOps stage_ops = maximal_ops<stage_problem>();

}  // namespace argmap::detail
