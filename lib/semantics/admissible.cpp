// Admissible sets (Dung 1995, Def. 6): conflict-free sets that defend each of their members.
// DC: one SAT call (credulous admissible = credulous preferred). DS: never, the empty set is
// admissible.
#include "semantics/technique.hpp"

namespace argmap::detail {

const SemanticsOps admissible_ops{
    [](const Framework& af, arg_t a, const Limits& l) { return sat_credulous(af, sat::Base::admissible, false, a, l); },
    [](const Framework&, arg_t, const Limits&) -> Decision { return {Answer::no, std::vector<arg_t>{}}; },
    [](const Framework&, const Limits&) -> Decision { return {Answer::yes, std::vector<arg_t>{}}; },
    [](const Framework& af, const ExtensionVisitor& v, const Limits& l) {
        return sat_enumerate(af, sat::Base::admissible, false, v, l);
    }};

}  // namespace argmap::detail
