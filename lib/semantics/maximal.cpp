#include "semantics/maximal.hpp"

#include <algorithm>
#include <optional>

#include "semantics/sat/portfolio.hpp"

namespace argmap::detail {

using sat::Result;

std::vector<int> objective_literals(sat::Solver& s, Objective o) {
    std::vector<int> lits(s.size());
    for (arg_t a = 0; a < s.size(); ++a) lits[a] = o == Objective::in_set ? s.in(a) : s.range(a);
    return lits;
}

namespace {

std::vector<int> outside(const std::vector<int>& objective, const std::vector<arg_t>& set) {
    std::vector<int> out;
    std::size_t k = 0;
    for (arg_t a = 0; a < objective.size(); ++a) {
        if (k < set.size() && set[k] == a) {
            ++k;
            continue;
        }
        out.push_back(objective[a]);
    }
    return out;
}

// Assume the objective is exactly `obj`.
void assume_exactly(sat::Solver& s, const std::vector<int>& objective, const std::vector<arg_t>& obj) {
    std::size_t k = 0;
    for (arg_t a = 0; a < objective.size(); ++a) {
        const bool member = k < obj.size() && obj[k] == a;
        if (member) ++k;
        s.assume(member ? objective[a] : -objective[a]);
    }
}

}  // namespace

bool maximise(sat::Solver& s, const std::vector<int>& objective, std::vector<arg_t>& ext, std::vector<arg_t>& obj,
              bool prefer_growth, int keep, bool commit) {
    ext = s.model_extension();
    obj = s.true_among(objective);
    std::vector<char> unit;  // commit: the objective literals that are unit clauses already
    if (commit) {
        unit.assign(objective.size(), 0);
        if (keep) s.add_clause({keep});
    }
    while (true) {
        const std::vector<int> grow = outside(objective, obj);
        if (grow.empty()) return true;
        if (commit) {
            for (arg_t a : obj)
                if (!unit[a]) {
                    s.add_clause({objective[a]});
                    unit[a] = 1;
                }
        } else {
            for (arg_t a : obj) s.assume(objective[a]);
            if (keep) s.assume(keep);
        }
        if (prefer_growth)
            for (int lit : grow) s.phase(lit);
        // "Something more": a clause for good when committing, else a one-shot constraint or a
        // clause under a fresh activation literal that is retired afterwards (the configuration
        // chooses).
        int act = 0;
        if (commit) {
            s.add_clause(grow);
        } else if (s.config().grow_by_constrain) {
            s.constrain(grow);
        } else {
            act = s.new_var();
            std::vector<int> clause{-act};
            clause.insert(clause.end(), grow.begin(), grow.end());
            s.add_clause(clause);
            s.assume(act);
        }
        const Result r = s.solve();
        if (r == Result::sat) {
            ext = s.model_extension();  // read before the next clause clears the model
            obj = s.true_among(objective);
        }
        if (act) s.add_clause({-act});
        switch (r) {
        case Result::sat: break;
        case Result::unsat: return true;
        case Result::unknown: return false;
        }
    }
}

// The loop behind credulous and sceptical acceptance: look for a model satisfying `want`
// (a literal), grow it to a maximal objective set R, and check whether some extension with
// exactly R satisfies `want`; if not, block every objective set under R and go on.
namespace {

// Is there a stable extension (objective range everything)? When there is, answers `want` (0:
// any extension) among the stable extensions into d and returns true.
bool stable_shortcut(sat::Solver& s, const std::vector<int>& objective, int want, bool want_member, Decision& d) {
    for (int r : objective) s.assume(r);
    switch (s.solve()) {
    case Result::unknown: d = {}; return true;
    case Result::unsat: return false;
    case Result::sat: break;
    }
    if (!want) {
        d = {Answer::yes, s.model_extension()};
        return true;
    }
    if (s.value(want)) {
        d = {want_member ? Answer::yes : Answer::no, s.model_extension()};
        return true;
    }
    for (int r : objective) s.assume(r);
    s.assume(want);
    switch (s.solve()) {
    case Result::unknown: d = {}; break;
    case Result::sat: d = {want_member ? Answer::yes : Answer::no, s.model_extension()}; break;
    case Result::unsat: d = {want_member ? Answer::no : Answer::yes, std::nullopt}; break;
    }
    return true;
}

std::vector<const MaxProblem*> portfolio(const MaxProblem& p) {
    std::vector<const MaxProblem*> out{&p};
    for (const MaxProblem* q = p.alternative; q && out.size() < 4; q = q->alternative) out.push_back(q);
    return out;
}

}  // namespace

// A set of the base that attacks a grows to a maximal one, conflict-free with its attacker of
// a, so without a: one search for "some attacker of a in" finds that counterexample, where the
// loop of search() may first block one maximal set holding a after another (ba_200000 and
// grid_100_100 files of the ICCMA generators: DS-PR > 60 s where a stable extension attacking a
// exists, 1.5 and 0.4 s with this step).
Result attacked_counterexample(const Framework& af, sat::Solver& s, const std::vector<int>& objective, arg_t a,
                               bool prefer_growth, std::vector<arg_t>& ext, std::vector<arg_t>& obj, int conflicts) {
    const auto attackers = af.attackers(a);
    if (attackers.empty()) return Result::unsat;
    const int act = s.new_var();
    std::vector<int> clause{-act};
    for (arg_t b : attackers) clause.push_back(s.in(b));
    s.add_clause(clause);
    s.assume(act);
    if (conflicts > 0) s.limit_conflicts(conflicts);
    Result r = s.solve();
    // Grown from the model (a clause would clear it); the clause binds only under `act`, which
    // is retired afterwards.
    if (r == Result::sat && !maximise(s, objective, ext, obj, prefer_growth)) r = Result::unknown;
    s.add_clause({-act});
    if (r == Result::unsat)
        for (arg_t b : attackers) s.add_clause({-s.in(b)});  // what that proved, for the searches after
    return r;
}

std::optional<Decision> attacking_counterexample(const Framework& af, const MaxProblem& p, sat::Solver& s,
                                                const std::vector<int>& objective, arg_t a, const Limits& limits,
                                                int first_conflicts, int last_conflicts, bool* by_stable) {
    if (by_stable) *by_stable = false;
    std::optional<sat::Solver> stable;  // built once the first attacking question is left open; reset on UNSAT
    bool stable_open = true;
    std::vector<arg_t> ext, obj;
    for (long long budget = std::max(1, first_conflicts); budget <= last_conflicts; budget *= 2) {
        const int b = static_cast<int>(budget);
        switch (attacked_counterexample(af, s, objective, a, p.prefer_growth, ext, obj, b)) {
        case Result::sat: return Decision{Answer::no, ext};
        case Result::unsat: return std::nullopt;
        case Result::unknown:
            if (limits.expired()) return Decision{};
            break;
        }
        if (stable_open) {
            if (!stable) stable.emplace(af, sat::Base::stable, limits, p.fix_grounded, sat::Config{});
            stable->assume(-stable->in(a));
            stable->limit_conflicts(b);
            switch (stable->solve()) {
            case Result::sat:
                if (by_stable) *by_stable = true;
                return Decision{Answer::no, stable->model_extension()};
            case Result::unsat:
                stable.reset();
                stable_open = false;
                break;
            case Result::unknown:
                if (limits.expired()) return Decision{};
                break;
            }
        }
    }
    return std::nullopt;  // undecided here: the search goes on
}

namespace {

// A maximal objective set of the base above `start` (objective indices, sorted), holding `keep`
// (an argument) when given, and, with `strictly`, larger than `start`; grown on a solver of its
// own (maximise's `commit`). Unsat: there is none.
Result grow_apart(const Framework& af, const MaxProblem& p, const Limits& limits, const std::vector<arg_t>& start,
                  std::optional<arg_t> keep, bool strictly, std::vector<arg_t>& ext, std::vector<arg_t>& obj) {
    sat::Solver g(af, p.base, limits, p.fix_grounded, p.config);
    const auto objective = objective_literals(g, p.objective);
    for (arg_t b : start) g.add_clause({objective[b]});
    if (keep) g.add_clause({g.in(*keep)});
    const auto more = outside(objective, start);
    if (strictly) {
        if (more.empty()) return Result::unsat;
        g.add_clause(more);
    }
    if (p.prefer_growth)
        for (int lit : more) g.phase(lit);
    const Result r = g.solve();
    if (r != Result::sat) return r;
    return maximise(g, objective, ext, obj, p.prefer_growth, 0, true) ? Result::sat : Result::unknown;
}

// Range objectives: does an extension whose range is exactly the maximal `obj` satisfy `want`?
// Then the answer, with it. Else every range under `obj` is blocked (none is maximal), and when
// `obj` is everything no other range is maximal: the answer the other way. nullopt: go on.
std::optional<Decision> check_range(sat::Solver& s, const std::vector<int>& objective, const std::vector<arg_t>& obj,
                                    int want, bool want_member) {
    assume_exactly(s, objective, obj);
    s.assume(want);
    switch (s.solve()) {
    case Result::sat: return Decision{want_member ? Answer::yes : Answer::no, s.model_extension()};
    case Result::unknown: return Decision{};
    case Result::unsat: break;
    }
    const auto block = outside(objective, obj);
    if (block.empty()) return Decision{want_member ? Answer::no : Answer::yes, std::nullopt};
    s.add_clause(block);
    return std::nullopt;
}

}  // namespace

static Decision search(const Framework& af, const MaxProblem& p, int want_in, bool want_member, const Limits& limits) {
    if (p.objective == Objective::in_set && !want_member) {
        // On a solver of its own: the search below starts as it would without this step (after
        // ~64,000 conflicts on this question in the same solver, the loop on afgen_n700p5q2
        // took past 60 s instead of 5 s).
        sat::Solver probe(af, p.base, limits, p.fix_grounded, p.config);
        const auto objective = objective_literals(probe, p.objective);
        if (auto d = attacking_counterexample(af, p, probe, objective, static_cast<arg_t>(want_in), limits)) return *d;
    }
    sat::Solver s(af, p.base, limits, p.fix_grounded, p.config);
    const auto objective = objective_literals(s, p.objective);
    const int want = want_member ? s.in(static_cast<arg_t>(want_in)) : -s.in(static_cast<arg_t>(want_in));
    if (p.stable_first && p.objective == Objective::range) {
        Decision d;
        if (stable_shortcut(s, objective, want, want_member, d)) return d;
    }
    std::vector<arg_t> ext, obj;
    if (p.grow_keeping_query && p.objective == Objective::range && want_member) {
        // R_a: a range maximal among the sets holding the argument. No larger range: R_a is
        // maximal, YES. Else the larger one grows to a maximal range R, checked for the argument;
        // ranges under R_a and under R are not maximal, so both are blocked.
        std::vector<arg_t> ext_a, obj_a;
        const arg_t q = static_cast<arg_t>(want_in);
        while (true) {
            s.assume(want);
            switch (s.solve()) {
            case Result::unsat: return {Answer::no, std::nullopt};
            case Result::unknown: return {};
            case Result::sat: break;
            }
            if (p.grow_apart) {
                switch (grow_apart(af, p, limits, s.true_among(objective), q, false, ext_a, obj_a)) {
                case Result::sat: break;
                case Result::unsat:  // cannot be: the model holds the argument (limits give unknown)
                case Result::unknown: return {};
                }
                switch (grow_apart(af, p, limits, obj_a, std::nullopt, true, ext, obj)) {
                case Result::unsat: return {Answer::yes, ext_a};
                case Result::unknown: return {};
                case Result::sat: break;
                }
                s.add_clause(outside(objective, obj_a));
            } else {
                // On this solver, written out rather than as maximise() from R_a: that order of
                // SAT calls and clauses lost er_sparse_1700 …131877070915664 DC-STG, 24.7 s ->
                // over 60 s; docs/benchmarks.md.
                if (!maximise(s, objective, ext_a, obj_a, p.prefer_growth, want)) return {};
                const auto more = outside(objective, obj_a);
                if (more.empty()) return {Answer::yes, ext_a};
                for (arg_t b : obj_a) s.assume(objective[b]);
                const int act = s.new_var();
                std::vector<int> clause{-act};
                clause.insert(clause.end(), more.begin(), more.end());
                s.add_clause(clause);
                s.assume(act);
                const Result r = s.solve();
                if (r == Result::unknown) return {};
                if (r == Result::unsat) {
                    s.add_clause({-act});
                    return {Answer::yes, ext_a};
                }
                if (!maximise(s, objective, ext, obj, p.prefer_growth)) return {};
                s.add_clause({-act});
                s.add_clause(more);
            }
            if (auto d = check_range(s, objective, obj, want, true)) return *d;
        }
    }
    while (true) {
        s.assume(want);
        switch (s.solve()) {
        case Result::unsat: return {want_member ? Answer::no : Answer::yes, std::nullopt};
        case Result::unknown: return {};
        case Result::sat: break;
        }
        if (p.objective == Objective::in_set && want_member) {
            // Growing the in-set keeps the argument: the maximal set is the witness.
            if (!maximise(s, objective, ext, obj, p.prefer_growth)) return {};
            return {Answer::yes, ext};
        }
        if (p.grow_apart) {
            if (grow_apart(af, p, limits, s.true_among(objective), std::nullopt, false, ext, obj) != Result::sat) return {};
        } else if (!maximise(s, objective, ext, obj, p.prefer_growth)) {
            return {};
        }
        if (p.objective == Objective::range) {
            if (auto d = check_range(s, objective, obj, want, want_member)) return *d;
            continue;
        }
        // The in-set is the extension: it either misses the argument or contains it.
        if (!std::binary_search(obj.begin(), obj.end(), static_cast<arg_t>(want_in))) return {Answer::no, ext};
        const auto block = outside(objective, obj);
        if (block.empty()) return {Answer::yes, std::nullopt};  // everything: the only maximal set
        s.add_clause(block);
    }
}

Decision maximal_credulous(const Framework& af, const MaxProblem& p, arg_t a, const Limits& limits) {
    return sat::race(limits, portfolio(p), [&](const MaxProblem* q, const Limits& l) {
        return search(af, *q, static_cast<int>(a), true, l);
    });
}

Decision maximal_sceptical(const Framework& af, const MaxProblem& p, arg_t a, const Limits& limits) {
    return sat::race(limits, portfolio(p), [&](const MaxProblem* q, const Limits& l) {
        return search(af, *q, static_cast<int>(a), false, l);
    });
}

static Decision some_maximal(const Framework& af, const MaxProblem& p, const Limits& limits) {
    sat::Solver s(af, p.base, limits, p.fix_grounded, p.config);
    const auto objective = objective_literals(s, p.objective);
    if (p.stable_first && p.objective == Objective::range) {
        Decision d;
        if (stable_shortcut(s, objective, 0, true, d)) return d;
    }
    switch (s.solve()) {
    case Result::unsat: return {Answer::no, std::nullopt};
    case Result::unknown: return {};
    case Result::sat: break;
    }
    std::vector<arg_t> ext, obj;
    // This solver serves the one growth: ranges grow committing each step, in-sets under
    // assumptions (docs/benchmarks.md, "Growing ranges by unit clauses": PAR-2 on 72 runs per
    // task, SE-STG 15.24 -> 8.12 s (66 -> 69 solved), SE-SST 7.94 -> 4.72 s (69 -> 71); for
    // in-sets SE-PR went 5.19 -> 7.05 s (71 -> 69, afgen_n700p5q2 lost), so they keep assumptions).
    if (!maximise(s, objective, ext, obj, p.prefer_growth, 0, p.objective == Objective::range)) return {};
    return {Answer::yes, ext};
}

Decision maximal_some(const Framework& af, const MaxProblem& p, const Limits& limits) {
    return sat::race(limits, portfolio(p), [&](const MaxProblem* q, const Limits& l) { return some_maximal(af, *q, l); });
}

Answer maximal_enumerate(const Framework& af, const MaxProblem& p, const ExtensionVisitor& visit, const Limits& limits) {
    sat::Solver s(af, p.base, limits, p.fix_grounded, p.config);
    const auto objective = objective_literals(s, p.objective);
    std::vector<arg_t> ext, obj;
    while (true) {
        switch (s.solve()) {
        case Result::unsat: return Answer::yes;
        case Result::unknown: return Answer::unknown;
        case Result::sat: break;
        }
        if (!maximise(s, objective, ext, obj, p.prefer_growth)) return Answer::unknown;
        if (p.objective == Objective::in_set) {
            if (!visit(ext)) return Answer::yes;
        } else {
            // Every extension whose range is exactly obj, each once.
            const int act = s.new_var();
            while (true) {
                assume_exactly(s, objective, obj);
                s.assume(act);
                const Result r = s.solve();
                if (r == Result::unknown) return Answer::unknown;
                if (r == Result::unsat) break;
                const auto e = s.model_extension();
                if (!visit(e)) return Answer::yes;
                std::vector<int> differ{-act};
                std::size_t k = 0;
                for (arg_t a = 0; a < s.size(); ++a) {
                    const bool member = k < e.size() && e[k] == a;
                    if (member) ++k;
                    differ.push_back(member ? -s.in(a) : s.in(a));
                }
                s.add_clause(differ);
            }
            s.add_clause({-act});
        }
        const auto block = outside(objective, obj);
        if (block.empty()) return Answer::yes;  // the maximum is everything: nothing else is maximal
        s.add_clause(block);
    }
}

std::optional<std::vector<arg_t>> maximal_intersection(const Framework& af, const MaxProblem& p, const Limits& limits) {
    sat::Solver s(af, p.base, limits, p.fix_grounded, p.config);
    const auto objective = objective_literals(s, p.objective);
    if (s.solve() != Result::sat) return std::nullopt;  // these semantics always have an extension
    std::vector<arg_t> ext, common;
    std::vector<arg_t> obj;
    if (!maximise(s, objective, common, obj, p.prefer_growth)) return std::nullopt;
    while (!common.empty()) {
        // Some maximal extension that misses a member of `common`?
        std::vector<int> miss;
        for (arg_t c : common) miss.push_back(-s.in(c));
        s.constrain(miss);
        Result r = s.solve();
        if (r == Result::unknown) return std::nullopt;
        if (r == Result::unsat) break;
        if (!maximise(s, objective, ext, obj, p.prefer_growth)) return std::nullopt;
        assume_exactly(s, objective, obj);
        s.constrain(miss);
        r = s.solve();
        if (r == Result::unknown) return std::nullopt;
        if (r == Result::sat) {
            const auto e = s.model_extension();
            std::vector<arg_t> next;
            std::set_intersection(common.begin(), common.end(), e.begin(), e.end(), std::back_inserter(next));
            common = std::move(next);
        } else {
            const auto block = outside(objective, obj);
            if (block.empty()) break;
            s.add_clause(block);
        }
    }
    return common;
}

}  // namespace argmap::detail
