// Preferred extensions (Dung 1995, Def. 7): maximal (w.r.t. set inclusion) admissible sets,
// equivalently maximal complete extensions. Maximal in-set search over the complete encoding
// with the grounded labelling fixed (Cerutti et al. 2013, PrefSAT).
#include "semantics/technique.hpp"

namespace argmap::detail {

const SemanticsOps preferred_ops = maximal_ops<preferred_problem>();

}  // namespace argmap::detail
