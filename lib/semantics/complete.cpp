// Complete extensions (Dung 1995, Def. 23): admissible sets that contain every argument they
// defend. The grounded labelling is fixed first. DS and SE reduce to grounded (the least
// complete extension, Dung 1995, Thm. 25).
//
// DC: an argument is in some complete extension iff it is in some admissible set (every
// admissible set S lies in a complete one, the least fixed point of F above S; Dung 1995,
// Thm. 25), so the SAT call is over the admissible base, without the completeness clauses, and
// its model is closed to a complete extension (complete_closure.cpp) for the certificate.
// Measured with bench/bench_encodings.cpp (variants one, co-adm-inatt, co-adm-lab) on the
// StableGenerator file stable_450_2_16_22_56_2_9_0.01 (query 319, a YES): the complete base and
// the admissible base in in/attacked were both unsolved at 60 s CPU, the labelling encoding
// answered in 44 s (24.8 s through `argmap solve`, after relevance and the grounded
// reduction). CaDiCaL options (stabilizeonly, phase 0, walk, elim 0, chrono 0, inprocessing 0)
// did not help at 20 s. So the labelling encoding first, in/attacked its portfolio alternative.
//
// Measured and not adopted (docs/benchmarks.md, "DC-CO on heavy-tailed files (2026-12-01)"):
// admissible_credulous_probing below runs the labelling search in rounds of doubling conflict
// budgets, resumed (its learned clauses stay), optionally followed each round by a fresh
// solver with CaDiCaL's variables shuffled (half the budget) and by as many conflicts of a
// search for a stable extension containing the argument (stable extensions are complete; the
// track ends when it proves there is none). Every answer is exact: an admissible model, a
// stable extension, UNSAT of the admissible base; a probe's or the stable track's budget running
// out, or the stable track's UNSAT, is no answer. Of the four StableGenerator queries the
// default loses at 20 s, credulous() with the stable track in place of the single call won
// none; the run times under one query vary by an order of magnitude with the shuffle seed,
// without enough short runs to pay for restarts.
#include <algorithm>
#include <limits>
#include <optional>

#include "semantics/sat/portfolio.hpp"
#include "semantics/technique.hpp"

namespace argmap::detail {

namespace {

/// The labelling encoding with CaDiCaL's variable order shuffled from `seed`.
sat::Config shuffled(int seed) {
    sat::Config c = labelling_config;
    c.name = "labelling+shuffle";
    c.options[0] = {"shuffle", 1};
    c.options[1] = {"shufflerandom", 1};
    c.options[2] = {"seed", seed};
    return c;
}

Decision answer_of(sat::Solver& s, sat::Result r) {
    if (r == sat::Result::sat) return {Answer::yes, s.model_extension()};
    if (r == sat::Result::unsat) return {Answer::no, std::nullopt};
    return {};
}

}  // namespace

Decision admissible_credulous_probing(const Framework& af, arg_t a, const Limits& limits, const AdmissibleProbes& schedule) {
    sat::Solver main(af, sat::Base::admissible, limits, true, labelling_config);
    std::optional<sat::Solver> stable;  // a stable extension with a: YES; none: the track ends
    if (schedule.stable_track) stable.emplace(af, sat::Base::stable, limits, true, sat::Config{});
    long long budget = std::max(1, schedule.first_conflicts);
    for (int round = 0;; ++round) {
        const int b = static_cast<int>(std::min<long long>(budget, std::numeric_limits<int>::max()));
        main.assume(main.in(a));
        main.limit_conflicts(b);
        if (Decision d = answer_of(main, main.solve()); d.answer != Answer::unknown) return d;
        if (limits.expired()) return {};
        if (stable) {
            stable->assume(stable->in(a));
            stable->limit_conflicts(b);
            const sat::Result r = stable->solve();
            if (r == sat::Result::sat) return answer_of(*stable, r);
            if (r == sat::Result::unsat) stable.reset();
            else if (limits.expired()) return {};
        }
        if (schedule.probes) {
            sat::Solver probe(af, sat::Base::admissible, limits, true, shuffled(round + 1));
            probe.assume(probe.in(a));
            probe.limit_conflicts(std::max(1, b / 2));
            if (Decision d = answer_of(probe, probe.solve()); d.answer != Answer::unknown) return d;
            if (limits.expired()) return {};
        }
        budget *= 2;
    }
}

namespace {

Decision admissible_then_closed(const Framework& af, arg_t a, const Limits& limits) {
    static const std::vector<sat::Config> configs{labelling_config, sat::Config{}};
    Decision d = sat::race(limits, configs, [&](const sat::Config& c, const Limits& l) {
        return sat_credulous(af, sat::Base::admissible, true, a, l, c);
    });
    if (d.witness) d.witness = complete_closure(af, *d.witness);
    return d;
}

}  // namespace

const SemanticsOps complete_ops{
    admissible_then_closed,
    [](const Framework& af, arg_t a, const Limits& l) { return grounded_ops.sceptical(af, a, l); },
    [](const Framework& af, const Limits& l) { return grounded_ops.some(af, l); },
    [](const Framework& af, const ExtensionVisitor& v, const Limits& l) {
        return sat_enumerate(af, sat::Base::complete, true, v, l);
    }};

}  // namespace argmap::detail
