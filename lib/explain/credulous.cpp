// Credulous acceptance: an extension with the argument, and inside it the smallest admissible
// set that contains the argument, as a dispute tree. Semantics whose extensions need not be
// admissible (conflict-free, naive, stage, cf2) also get, per attacker, the members of the
// extension that attack it (possibly none: those semantics do not ask for a defence).
#include <algorithm>

#include "explain/extension_detail.hpp"

namespace argmap::detail {

void explain_credulous(const Framework& af, Semantics s, arg_t a, const std::vector<arg_t>& grounded,
                       const std::vector<arg_t>& extension, const Limits& limits, AcceptanceExplanation& x) {
    x.extension = extension;
    // Complete-based extensions contain the grounded extension; an admissible witness need not,
    // but the grounded defence is itself an admissible extension and becomes the witness.
    const bool contains_grounded = s == Semantics::admissible ||
                                   std::includes(extension.begin(), extension.end(), grounded.begin(), grounded.end());
    Answer answer = Answer::yes;
    x.defence = defence_of(af, a, s == Semantics::admissible ? std::vector<arg_t>{} : extension, contains_grounded,
                           grounded, limits, answer);
    if (answer == Answer::unknown) {
        x.answer = Answer::unknown;
        return;
    }
    if (s == Semantics::admissible && x.defence) x.extension = x.defence->set;
    if (!admissible_based(s))
        for (arg_t b : af.attackers(a)) {
            AttackerAnswer w;
            w.attacker = b;
            w.self_attacking = af.self_attacking(b);
            for (arg_t c : af.attackers(b))
                if (std::binary_search(x.extension.begin(), x.extension.end(), c)) w.answered_by.push_back(c);
            x.attackers.push_back(std::move(w));
        }
}

}  // namespace argmap::detail
