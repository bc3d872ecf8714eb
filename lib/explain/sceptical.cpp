// Sceptical acceptance: why no extension can leave the argument out. A grounded argument is
// in every complete extension and its well-founded dispute tree says why. Otherwise each
// attacker is answered in every extension, by one argument that is itself in every extension
// or by a group of arguments that take turns (floating defence); the solver's UNSAT answer to
// "an extension without it" certifies the whole.
#include <algorithm>

#include "explain/extension_detail.hpp"
#include "semantics/sat/solver.hpp"

namespace argmap::detail {

namespace {

bool complete_based(Semantics s) {
    return s == Semantics::complete || s == Semantics::preferred || s == Semantics::stable || s == Semantics::semi_stable ||
           s == Semantics::grounded || s == Semantics::ideal || s == Semantics::eager;
}

}  // namespace

void explain_sceptical(const Framework& af, Semantics s, arg_t a, const std::vector<arg_t>& grounded,
                       const Limits& limits, AcceptanceExplanation& x) {
    const std::string name(to_string(s));
    if (unique_status(s)) {
        x.certificate = "the " + name + " extension is unique and contains it";
        return;
    }
    if (x.in_grounded && complete_based(s)) {
        x.certificate = "it is in the grounded extension, which every " + name +
                        " extension contains; the dispute tree is well-founded";
        return;
    }
    if (s == Semantics::stable) {
        sat::Solver solver(af, sat::Base::stable, limits, true);
        solver.assume(-solver.in(a));
        const auto r = solver.solve();
        if (r == sat::Result::unknown) {
            x.answer = Answer::unknown;
            return;
        }
        x.certificate = r == sat::Result::unsat ? "SAT: no stable extension leaves it out (UNSAT)"
                                                : "the solvers disagree";  // cannot happen: sceptical() said yes
    } else if (s == Semantics::cf2) {
        x.certificate = "every cf2 extension was enumerated and each contains it";
    } else {
        x.certificate = "SAT: the search for a " + name + " extension without it ended UNSAT";
    }
    for (arg_t b : af.attackers(a)) {
        AttackerAnswer w;
        w.attacker = b;
        w.self_attacking = af.self_attacking(b);
        for (arg_t c : af.attackers(b)) {
            const Decision dc = credulous(af, s, c, limits);
            if (dc.answer == Answer::unknown) {
                x.answer = Answer::unknown;
                return;
            }
            if (dc.answer == Answer::no) continue;
            w.answered_by.push_back(c);
            if (w.always) continue;
            const bool always = complete_based(s) && std::binary_search(grounded.begin(), grounded.end(), c)
                                    ? true
                                    : [&] {
                                          const Decision ds = sceptical(af, s, c, limits);
                                          if (ds.answer == Answer::unknown) x.answer = Answer::unknown;
                                          return ds.answer == Answer::yes;
                                      }();
            if (x.answer == Answer::unknown) return;
            if (always) w.always = c;
        }
        x.attackers.push_back(std::move(w));
    }
}

}  // namespace argmap::detail
