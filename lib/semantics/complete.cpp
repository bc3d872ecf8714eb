// Complete extensions (Dung 1995, Def. 23): admissible sets that contain every argument they
// defend. The grounded labelling is fixed first. DS and SE reduce to grounded (the least
// complete extension, Dung 1995, Thm. 25).
#include "semantics/technique.hpp"

namespace argmap::detail {

const SemanticsOps complete_ops{
    [](const Framework& af, arg_t a, const Limits& l) { return sat_credulous(af, sat::Base::complete, true, a, l); },
    [](const Framework& af, arg_t a, const Limits& l) { return grounded_ops.sceptical(af, a, l); },
    [](const Framework& af, const Limits& l) { return grounded_ops.some(af, l); },
    [](const Framework& af, const ExtensionVisitor& v, const Limits& l) {
        return sat_enumerate(af, sat::Base::complete, true, v, l);
    }};

}  // namespace argmap::detail
