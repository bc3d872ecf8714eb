// Semi-stable extensions (Caminada 2006; Verheij 1996 "admissible stage"): complete
// extensions whose range E ∪ E+ is maximal w.r.t. set inclusion. Maximal range search over the
// complete encoding (Dvořák et al. 2014, CEGARTIX).
#include "semantics/technique.hpp"

namespace argmap::detail {

const SemanticsOps semi_stable_ops = maximal_ops<semi_stable_problem>();

}  // namespace argmap::detail
