// Naive extensions (Bondarenko et al. 1997; Coste-Marquis et al. 2005): maximal (w.r.t. set
// inclusion) conflict-free sets. Maximal in-set search over the conflict-free encoding.
#include "semantics/technique.hpp"

namespace argmap::detail {

const SemanticsOps naive_ops = maximal_ops<naive_problem>();

}  // namespace argmap::detail
