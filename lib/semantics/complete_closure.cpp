// The least complete extension containing an admissible set S: the least fixed point of the
// characteristic function F above S. S admissible means S ⊆ F(S), so F^0(S) = S ⊆ F(S) ⊆
// F²(S) ⊆ ... (F is monotone) and the union is complete (Dung 1995, Lemma 10 and Thm. 25 with
// S in place of the empty set); every complete E ⊇ S contains each step (F(E) = E), so it is
// the least one. Labelling form, as grounded_labelling with S's labelling as the start: S in,
// what S attacks out, then an argument goes in when all its attackers are out. O(n + m). From
// the empty set this is the grounded labelling (grounded.cpp calls it so).
#include "semantics/technique.hpp"

namespace argmap::detail {

Labelling least_complete_labelling(const Framework& af, std::span<const arg_t> admissible_set) {
    const arg_t n = af.size();
    Labelling label(n, Label::undec);
    // live[a]: attackers of a not yet labelled out.
    std::vector<std::uint32_t> live(n);
    std::vector<arg_t> queue;
    queue.reserve(n);
    for (arg_t a : admissible_set) {
        label[a] = Label::in;
        queue.push_back(a);
    }
    for (arg_t a = 0; a < n; ++a) {  // the unattacked arguments are in F(S)
        live[a] = static_cast<std::uint32_t>(af.attackers(a).size());
        if (live[a] == 0 && label[a] == Label::undec) {
            label[a] = Label::in;
            queue.push_back(a);
        }
    }
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const arg_t a = queue[head];  // a is in: everything it attacks goes out
        for (arg_t b : af.targets(a)) {
            if (label[b] != Label::undec) continue;  // never an `in` one: the set stays conflict-free
            label[b] = Label::out;
            for (arg_t c : af.targets(b))
                if (--live[c] == 0 && label[c] == Label::undec) {
                    label[c] = Label::in;
                    queue.push_back(c);
                }
        }
    }
    return label;
}

std::vector<arg_t> complete_closure(const Framework& af, std::span<const arg_t> admissible_set) {
    return in_arguments(least_complete_labelling(af, admissible_set));
}

}  // namespace argmap::detail
