// argmap/explain.hpp: why a claim is in, out or undecided under grounded semantics.
//
// The explanation follows the grounded labelling's own justification (Caminada 2006): a claim
// is in because every attacker is out, out because some attacker is in (the one labelled
// first is given), undecided because no attacker is in while some are undecided. Auxiliary
// arguments of flattened undercuts are described as the relation they stand for.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "argmap/framework.hpp"
#include "argmap/semantics.hpp"

namespace argmap {

struct Explanation {
    std::string subject;   ///< a claim id, or "the attack a -> b (r3)" for an undercut inference
    Label label = Label::undec;
    std::string reason;    ///< one sentence
    std::vector<Explanation> because;
};

/// Explains the grounded label of a claim, down to `max_depth` levels (a claim met again on
/// the same path is not expanded twice). Throws ModelError for an unknown claim.
Explanation explain_grounded(const ArgumentMap& map, std::string_view claim, std::size_t max_depth = 8,
                             const ProjectionOptions& options = {});

/// The explanation as indented text, one line per step.
std::string to_text(const Explanation& e);

}  // namespace argmap
