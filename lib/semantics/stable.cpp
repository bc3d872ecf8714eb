// Stable extensions (Dung 1995, Def. 13): conflict-free sets that attack every argument
// outside them. Every task is one SAT call; a framework may have none, and then DS is YES.
#include "semantics/technique.hpp"

namespace argmap::detail {

const SemanticsOps stable_ops{
    [](const Framework& af, arg_t a, const Limits& l) { return sat_credulous(af, sat::Base::stable, true, a, l); },
    [](const Framework& af, arg_t a, const Limits& l) { return sat_sceptical(af, sat::Base::stable, true, a, l); },
    [](const Framework& af, const Limits& l) { return sat_some(af, sat::Base::stable, true, l); },
    [](const Framework& af, const ExtensionVisitor& v, const Limits& l) {
        return sat_enumerate(af, sat::Base::stable, true, v, l);
    }};

}  // namespace argmap::detail
