// Conflict-free sets (Dung 1995, Def. 5): no member attacks a member.
// DC: a is in some conflict-free set iff it does not attack itself ({a} is the witness).
// DS: never, the empty set is conflict-free. EE: SAT with blocking clauses.
#include "semantics/technique.hpp"

namespace argmap::detail {

const SemanticsOps conflict_free_ops{
    [](const Framework& af, arg_t a, const Limits&) -> Decision {
        if (af.self_attacking(a)) return {Answer::no, std::nullopt};
        return {Answer::yes, std::vector<arg_t>{a}};
    },
    [](const Framework&, arg_t, const Limits&) -> Decision { return {Answer::no, std::vector<arg_t>{}}; },
    [](const Framework&, const Limits&) -> Decision { return {Answer::yes, std::vector<arg_t>{}}; },
    [](const Framework& af, const ExtensionVisitor& v, const Limits& l) {
        return sat_enumerate(af, sat::Base::conflict_free, false, v, l);
    }};

}  // namespace argmap::detail
