// Rejection (not credulously accepted): an extension without the argument, preferably one that
// attacks it (then the attacking member and that member's own defence are the reason), else the
// reason it cannot be added to that extension: attackers the extension leaves unanswered, a
// conflict with a member, a self-attack; for admissible semantics also whether any admissible
// set at all contains it (SAT).
#include <algorithm>

#include "explain/extension_detail.hpp"
#include "semantics/maximal.hpp"

namespace argmap::detail {

namespace {

bool has(const std::vector<arg_t>& e, arg_t a) { return std::binary_search(e.begin(), e.end(), a); }

const MaxProblem* maximal_problem(Semantics s) {
    switch (s) {
    case Semantics::preferred: return &preferred_problem;
    case Semantics::naive: return &naive_problem;
    case Semantics::semi_stable: return &semi_stable_problem;
    case Semantics::stage: return &stage_problem;
    default: return nullptr;
    }
}

// An extension of s without a that attacks a if one exists. For the maximal semantics the
// model is grown under the clause "a is attacked": a larger in-set (or range, a being rejected)
// still attacks a, so the maximum among those is maximal outright.
std::optional<std::vector<arg_t>> extension_against(const Framework& af, Semantics s, arg_t a, const Limits& limits,
                                                    Answer& answer) {
    answer = Answer::yes;
    if (unique_status(s)) {
        const Decision d = some_extension(af, s, limits);
        answer = d.answer;
        return d.witness;
    }
    if (s == Semantics::cf2) {
        std::optional<std::vector<arg_t>> first, attacking;
        const Answer r = enumerate_extensions(af, s, [&](std::span<const arg_t> e) {
            std::vector<arg_t> v(e.begin(), e.end());
            if (!first) first = v;
            for (arg_t b : af.attackers(a))
                if (has(v, b)) {
                    attacking = std::move(v);
                    return false;
                }
            return true;
        }, limits);
        if (r == Answer::unknown && !attacking) answer = Answer::unknown;
        return attacking ? attacking : first;
    }
    const MaxProblem* p = maximal_problem(s);
    sat::Base base = p ? p->base : s == Semantics::conflict_free ? sat::Base::conflict_free
                                 : s == Semantics::admissible    ? sat::Base::admissible
                                 : s == Semantics::stable        ? sat::Base::stable
                                                                 : sat::Base::complete;
    const bool fix = p ? p->fix_grounded : (s == Semantics::complete || s == Semantics::stable);
    sat::Solver solver(af, base, limits, fix, p ? p->config : sat::Config{});  // the encoding the semantics is measured in
    // Range literals add clauses: create them before solving, not between a model and its use.
    const auto objective = p ? objective_literals(solver, p->objective) : std::vector<int>{};
    solver.add_clause({solver.attacked(a)});
    switch (solver.solve()) {
    case sat::Result::unknown: answer = Answer::unknown; return std::nullopt;
    case sat::Result::unsat: {
        const Decision d = some_extension(af, s, limits);  // none of them attacks a
        answer = d.answer;
        return d.witness;
    }
    case sat::Result::sat: break;
    }
    if (!p) return solver.model_extension();
    std::vector<arg_t> ext, obj;
    if (!maximise(solver, objective, ext, obj)) {
        answer = Answer::unknown;
        return std::nullopt;
    }
    return ext;
}

}  // namespace

void explain_rejection(const Framework& af, Semantics s, arg_t a, const std::vector<arg_t>& grounded,
                       const Limits& limits, AcceptanceExplanation& x) {
    Answer answer = Answer::yes;
    auto e = extension_against(af, s, a, limits, answer);
    if (answer != Answer::yes || !e) {
        x.answer = Answer::unknown;
        return;
    }
    x.extension = std::move(*e);
    const auto& ext = x.extension;
    // The defeater: the member attacking a that is settled earliest inside the extension.
    const auto rounds = defence_rounds(af, ext);
    for (arg_t b : af.attackers(a))
        if (has(ext, b)) {
            const auto r = rounds[static_cast<std::size_t>(std::lower_bound(ext.begin(), ext.end(), b) - ext.begin())];
            if (!x.defeater || r < rounds[static_cast<std::size_t>(
                                       std::lower_bound(ext.begin(), ext.end(), *x.defeater) - ext.begin())])
                x.defeater = b;
        }
    x.self_attacking = af.self_attacking(a);
    if (!x.defeater) {
        for (arg_t b : af.attackers(a)) {
            bool answered = false;
            for (arg_t c : af.attackers(b)) answered = answered || has(ext, c);
            if (!answered) x.unanswered.push_back(b);
        }
        for (arg_t t : af.targets(a))
            if (has(ext, t)) x.conflicts.push_back(t);
    }
    if (admissible_based(s)) {
        Answer adm = Answer::yes;
        minimal_admissible(af, a, {}, limits, adm);
        if (adm == Answer::unknown) {
            x.answer = Answer::unknown;
            return;
        }
        x.no_admissible_set = adm == Answer::no;
        if (x.defeater) {
            const bool contains_grounded = std::includes(ext.begin(), ext.end(), grounded.begin(), grounded.end());
            x.defence = defence_of(af, *x.defeater, ext, contains_grounded, grounded, limits, answer);
            if (answer == Answer::unknown) x.answer = Answer::unknown;
        }
    }
}

}  // namespace argmap::detail
