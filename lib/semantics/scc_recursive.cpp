// SCC-recursive solving (Baroni, Giacomin and Guida 2005): the strongly connected components of
// the grounded-reduced framework are solved one at a time in topological order, each
// conditioned on the labels already chosen upstream (condition(), directionality.cpp).
//
// Soundness, in labellings. Let S_1..S_k be the SCCs in a topological order (every attack goes
// from S_i to S_j with i <= j) and S^c the conditioned framework of S given the labels L of the
// earlier components: members attacked by an outside `in` are out and left out, members
// attacked by an outside `undec` (and no outside `in`) are attacked by one fresh self-attacking
// guard g, attackers labelled `out` are dropped.
//  - complete: g has no attacker but itself, so it is undec in every complete labelling of S^c
//    and a guarded member can be out or undec but never in: exactly Baroni et al.'s "arguments
//    attacked by an undec outside argument may be out or undec, never in" (their base
//    functions take the admissible sets of F↓UP(S, E) inside the set C of members whose outside
//    attackers are all attacked by E; the admissible sets of S^c are exactly those, since a
//    guarded member cannot be defended against g). A member x of S is in under L iff all its
//    attackers are out: its outside ones are out iff x is neither forced out nor guarded; so
//    the in/out/undec rules in S^c and in F agree member by member, and L is a complete
//    labelling of F iff L↓S_i is a complete labelling of S_i^c for every i.
//  - stable: complete labellings without undec. With no undec upstream there is no guard, so L
//    is stable iff every L↓S_i is a stable labelling of S_i^c.
//  - preferred (in-maximal complete). If every L↓S_i is preferred in S_i^c, L is preferred: a
//    complete L' with a larger in-set agrees with L up to the first component where the
//    in-sets differ (complete labellings are determined by their in-sets), so it meets the
//    same conditioned framework there with a strictly larger in-set. Conversely, if L is
//    preferred in F and S_i is the first component where L↓S_i is not preferred in S_i^c, the
//    components S_1..S_i form an unattacked set U; preferred semantics is directional
//    (Baroni and Giacomin 2007), so L↓U is preferred in F↓U, yet replacing L↓S_i by a larger
//    complete labelling of S_i^c gives a complete labelling of F↓U with a larger in-set.
// So each extension of F is one sequence of choices, one labelling per conditioned component,
// and different choices give different extensions (they differ at the first component where
// they differ). Complete and preferred components always have a labelling; a stable one may
// have none under the upstream choice: a dead end. Its options depend only on the labels of its
// outside attackers, which are fixed by the choices at components up to the deepest one that
// attacks it directly, so the search jumps back there (Gaschnig's backjumping: every
// assignment agreeing up to that component fails at the same place). A component without
// attackers outside it and without a stable labelling ends the search: no stable extension.
//
// Semi-stable and stage are not SCC-recursive, but when a stable extension exists their
// extensions are exactly the stable ones (a stable extension has full range, so the maximal
// range is everything, and a complete or conflict-free set with full range is stable). Every
// task of theirs therefore first looks for a stable extension this way, answers as stable
// when it finds one and leaves the framework to the monolithic path when there is none.
//
// Budget: the dead ends of one search are bounded (SccOptions::dead_end_budget, and their
// components' summed size by SccOptions::dead_end_work times the framework's); past it the
// answer is left to the monolithic path (nullopt), except for an enumeration that has already
// visited extensions, which goes on unbounded (the visited ones cannot be taken back; it still
// stops at the limits).
#include <algorithm>

#include "semantics/decomposition.hpp"

namespace argmap::detail {

namespace {

enum class Mode { complete, preferred, stable };

std::optional<Mode> mode_of(Semantics s) {
    switch (s) {
    case Semantics::complete: return Mode::complete;
    case Semantics::preferred: return Mode::preferred;
    case Semantics::stable:
    case Semantics::semi_stable:
    case Semantics::stage: return Mode::stable;
    default: return std::nullopt;
    }
}

// The SCCs of a framework in topological order, members sorted, as compressed rows.
struct Sccs {
    Components comps;
    std::vector<std::uint32_t> start;  // count + 1 offsets into members
    std::vector<arg_t> members;
    std::uint32_t size(std::uint32_t i) const { return start[i + 1] - start[i]; }
    std::span<const arg_t> of(std::uint32_t i) const { return {members.data() + start[i], members.data() + start[i + 1]}; }
};

Sccs sccs_of(const Framework& af) {
    Sccs s;
    s.comps = strongly_connected_components(af);
    s.start.assign(s.comps.count + 1, 0);
    for (arg_t a = 0; a < af.size(); ++a) ++s.start[s.comps.of[a] + 1];
    for (std::uint32_t i = 0; i < s.comps.count; ++i) s.start[i + 1] += s.start[i];
    s.members.resize(af.size());
    std::vector<std::uint32_t> fill(s.start.begin(), s.start.end() - 1);
    for (arg_t a = 0; a < af.size(); ++a) s.members[fill[s.comps.of[a]]++] = a;
    return s;
}

std::uint32_t nontrivial(const Sccs& s) {
    std::uint32_t n = 0;
    for (std::uint32_t i = 0; i < s.comps.count; ++i) n += s.size(i) > 1;
    return n;
}

// The options of one conditioned component, one at a time: the in-sets (local numbering) of
// its complete, preferred or stable labellings, by SAT with blocking clauses; `want` (a literal
// on the query's in-variable, or 0) is assumed in every call.
class LocalOptions {
public:
    enum class Got { option, none, unknown };

    LocalOptions(Conditioned c, Mode mode, const Limits& limits, int want_sign, arg_t query)
        : c_(std::move(c)), mode_(mode), solver_(c_.af, base(mode), limits, true, config(mode)) {
        if (mode_ == Mode::preferred) objective_ = objective_literals(solver_, Objective::in_set);
        if (want_sign) want_ = want_sign > 0 ? solver_.in(query) : -solver_.in(query);
    }

    const Conditioned& conditioned() const { return c_; }

    Got next(std::vector<arg_t>& e) {
        if (done_) return Got::none;
        if (want_) solver_.assume(want_);
        switch (solver_.solve()) {
        case sat::Result::unsat: done_ = true; return Got::none;
        case sat::Result::unknown: return Got::unknown;
        case sat::Result::sat: break;
        }
        std::vector<int> block;
        if (mode_ == Mode::preferred) {
            // Grow to a maximal admissible set (no query assumption here), then ask for one
            // that is not inside it.
            std::vector<arg_t> obj;
            if (!maximise(solver_, objective_, e, obj)) return Got::unknown;
            for (arg_t a = 0, k = 0; a < solver_.size(); ++a) {
                if (k < obj.size() && obj[k] == a) ++k;
                else block.push_back(objective_[a]);
            }
        } else {
            e = solver_.model_extension();
            for (arg_t a = 0, k = 0; a < solver_.size(); ++a) {
                const bool member = k < e.size() && e[k] == a;
                if (member) ++k;
                block.push_back(member ? -solver_.in(a) : solver_.in(a));
            }
        }
        if (block.empty()) done_ = true;
        else solver_.add_clause(block);
        return Got::option;
    }

private:
    static sat::Base base(Mode m) {
        return m == Mode::complete ? sat::Base::complete : m == Mode::stable ? sat::Base::stable : preferred_problem.base;
    }
    static sat::Config config(Mode m) { return m == Mode::preferred ? preferred_problem.config : sat::Config{}; }

    Conditioned c_;  // before solver_, which keeps a pointer to c_.af
    Mode mode_;
    sat::Solver solver_;
    std::vector<int> objective_;
    int want_ = 0;
    bool done_ = false;
};

// The complete, preferred or stable extensions of a framework of fewer than 32 arguments (a
// small conditioned component), as bitmasks in increasing order, straight from the
// definitions: conflict-free and exactly the arguments it defends (complete), the maximal ones
// among those (preferred), conflict-free with everything else attacked (stable).
std::vector<std::uint32_t> small_options(const Framework& af, Mode mode) {
    const arg_t n = af.size();
    std::vector<std::uint32_t> attackers(n, 0);
    for (arg_t x = 0; x < n; ++x)
        for (arg_t b : af.attackers(x)) attackers[x] |= 1u << b;
    const std::uint32_t all = n == 0 ? 0 : static_cast<std::uint32_t>((std::uint64_t{1} << n) - 1);
    std::vector<std::uint32_t> out;
    for (std::uint64_t e64 = 0; e64 <= all; ++e64) {
        const auto e = static_cast<std::uint32_t>(e64);
        std::uint32_t hit = 0;
        for (arg_t x = 0; x < n; ++x)
            if (attackers[x] & e) hit |= 1u << x;
        if (hit & e) continue;  // not conflict-free
        if (mode == Mode::stable) {
            if ((e | hit) == all) out.push_back(e);
            continue;
        }
        std::uint32_t defended = 0;
        for (arg_t x = 0; x < n; ++x)
            if ((attackers[x] & ~hit) == 0) defended |= 1u << x;
        if (defended == e) out.push_back(e);
    }
    if (mode == Mode::preferred) {
        std::vector<std::uint32_t> maximal;
        for (std::uint32_t e : out) {
            bool below = false;
            for (std::uint32_t f : out) below = below || (f != e && (e & ~f) == 0);
            if (!below) maximal.push_back(e);
        }
        out = std::move(maximal);
    }
    return out;
}

// A query constraint: an extension that has (member) or lacks (!member) argument `arg`.
struct Query {
    arg_t arg;
    bool member;
};

// The search over the components of `af` (already grounded-reduced) in topological order.
class Walk {
public:
    enum class End { exhausted, stopped, budget, unknown };

    Walk(const Framework& af, const Sccs& sccs, Mode mode, const Limits& limits, const SccOptions& options,
         std::optional<Query> query, bool branching)
        : af_(af), sccs_(sccs), mode_(mode), limits_(limits), options_(options), query_(query), branching_(branching),
          label_(af.size(), Label::undec) {}

    std::size_t visited() const { return visited_; }

    End run(const std::function<bool(const std::vector<arg_t>&)>& visit) {
        const std::uint32_t count = sccs_.comps.count;
        std::uint32_t i = 0;
        std::size_t steps = 0;
        while (true) {
            if (i == count) {
                ++visited_;
                if (!visit(extension())) return End::stopped;
                const Step b = backtrack(i);
                if (b != Step::assigned) return b == Step::unknown ? End::unknown : End::exhausted;
                continue;
            }
            if ((++steps & 1023) == 0 && limits_.expired()) return End::unknown;
            const Step r = arrive(i);
            if (r == Step::unknown) return End::unknown;
            if (r == Step::assigned) {
                ++i;
                continue;
            }
            // Past either budget (dead ends counted, or their components' summed size against
            // the framework's), and before any extension was visited, the caller falls back.
            ++dead_ends_;
            dead_end_work_ += sccs_.size(i);
            const bool over = dead_ends_ > options_.dead_end_budget ||
                              dead_end_work_ > options_.dead_end_work * static_cast<std::size_t>(af_.size());
            if (over && visited_ == 0) return End::budget;
            // Back to the deepest component attacking S_i from outside (none: no extension at all).
            const std::int64_t k = deepest_attacker(i);
            while (!stack_.empty() && static_cast<std::int64_t>(stack_.back().comp) > k) stack_.pop_back();
            if (k < 0) stack_.clear();
            const Step b = backtrack(i);
            if (b != Step::assigned) return b == Step::unknown ? End::unknown : End::exhausted;
        }
    }

private:
    enum class Step { assigned, dead, unknown };

    // An open choice: the remaining options of a component, listed (small components, lifted
    // to the rest's numbering) or from a live solver.
    struct Choice {
        std::uint32_t comp;
        std::unique_ptr<LocalOptions> options;
        std::vector<std::vector<arg_t>> listed;
        std::size_t next = 0;
    };

    const Framework& af_;
    const Sccs& sccs_;
    Mode mode_;
    const Limits& limits_;
    SccOptions options_;
    std::optional<Query> query_;
    bool branching_;
    Labelling label_;  // valid for the components before the current one
    ConditionScratch scratch_;
    std::vector<Choice> stack_;
    std::vector<arg_t> local_;
    std::size_t dead_ends_ = 0, visited_ = 0, dead_end_work_ = 0;

    std::vector<arg_t> extension() const {
        std::vector<arg_t> e;
        for (arg_t a = 0; a < af_.size(); ++a)
            if (label_[a] == Label::in) e.push_back(a);
        return e;
    }

    std::int64_t deepest_attacker(std::uint32_t i) const {
        std::int64_t k = -1;
        for (arg_t x : sccs_.of(i))
            for (arg_t b : af_.attackers(x))
                if (sccs_.comps.of[b] != i) k = std::max<std::int64_t>(k, sccs_.comps.of[b]);
        return k;
    }

    // Labels of component i from its in-members (original numbering, sorted).
    void assign(std::uint32_t i, std::span<const arg_t> in) {
        const auto part = sccs_.of(i);
        for (arg_t x : part) label_[x] = Label::undec;
        for (arg_t x : in) label_[x] = Label::in;
        for (arg_t x : part) {
            if (label_[x] == Label::in) continue;
            for (arg_t b : af_.attackers(x))
                if (label_[b] == Label::in) {
                    label_[x] = Label::out;
                    break;
                }
        }
    }

    // Whether a lifted option keeps the query constraint.
    bool keeps_query(std::uint32_t i, std::span<const arg_t> in) const {
        if (!query_ || sccs_.comps.of[query_->arg] != i) return true;
        return std::binary_search(in.begin(), in.end(), query_->arg) == query_->member;
    }

    Step single(std::uint32_t i) {
        const arg_t x = sccs_.of(i)[0];
        bool in_attacker = false, undec_attacker = false;
        const bool self = af_.self_attacking(x);
        for (arg_t b : af_.attackers(x)) {
            if (b == x) continue;
            if (label_[b] == Label::in) in_attacker = true;
            else if (label_[b] == Label::undec) undec_attacker = true;
        }
        const Label l = in_attacker ? Label::out : (self || undec_attacker) ? Label::undec : Label::in;
        if (l == Label::undec && mode_ == Mode::stable) return Step::dead;
        if (query_ && query_->arg == x && (l == Label::in) != query_->member) return Step::dead;
        label_[x] = l;
        return Step::assigned;
    }

    Step arrive(std::uint32_t i) {
        if (sccs_.size(i) == 1) return single(i);
        Conditioned c = condition(af_, sccs_.of(i), label_, scratch_);
        if (mode_ == Mode::stable && c.has_guard) return Step::dead;  // not reached: stable upstream has no undec
        // When the grounded labelling of S^c decides every member, it is its only complete
        // (so preferred, and stable when it has no undec) labelling.
        const Labelling g = grounded_labelling(c.af);
        const arg_t real = static_cast<arg_t>(c.original.size());
        bool total = true;
        for (arg_t x = 0; x < real && total; ++x) total = g[x] != Label::undec;
        if (total) {
            local_.clear();
            for (arg_t x = 0; x < real; ++x)
                if (g[x] == Label::in) local_.push_back(x);
            const auto in = c.lift(local_);
            if (!keeps_query(i, in)) return Step::dead;
            assign(i, in);
            return Step::assigned;
        }
        if (c.af.size() <= options_.list_up_to && c.af.size() < 32) {
            std::vector<std::vector<arg_t>> listed;
            for (std::uint32_t e : small_options(c.af, mode_)) {
                local_.clear();
                for (arg_t x = 0; x < real; ++x)
                    if ((e >> x) & 1u) local_.push_back(x);
                auto in = c.lift(local_);
                if (keeps_query(i, in)) listed.push_back(std::move(in));
            }
            if (listed.empty()) return Step::dead;
            assign(i, listed.front());
            if (branching_ && listed.size() > 1) stack_.push_back({i, nullptr, std::move(listed), 1});
            return Step::assigned;
        }
        if (!branching_ && mode_ == Mode::preferred && !query_) {
            const Decision d = maximal_some(c.af, preferred_problem, limits_);  // races configurations when threads > 1
            if (d.answer != Answer::yes || !d.witness) return Step::unknown;
            assign(i, c.lift(*d.witness));
            return Step::assigned;
        }
        int want = 0;
        arg_t q = 0;
        if (query_ && sccs_.comps.of[query_->arg] == i) {
            const auto it = std::lower_bound(c.original.begin(), c.original.end(), query_->arg);
            if (it == c.original.end() || *it != query_->arg) {  // forced out
                if (query_->member) return Step::dead;
            } else {
                want = query_->member ? 1 : -1;
                q = static_cast<arg_t>(it - c.original.begin());
            }
        }
        auto options = std::make_unique<LocalOptions>(std::move(c), mode_, limits_, want, q);
        switch (options->next(local_)) {
        case LocalOptions::Got::unknown: return Step::unknown;
        case LocalOptions::Got::none: return Step::dead;
        case LocalOptions::Got::option: break;
        }
        assign(i, options->conditioned().lift(local_));
        if (branching_) stack_.push_back({i, std::move(options), {}, 0});
        return Step::assigned;
    }

    // The next option of the deepest open choice; sets i to the component after it.
    Step backtrack(std::uint32_t& i) {
        while (!stack_.empty()) {
            Choice& top = stack_.back();
            if (!top.options) {
                if (top.next == top.listed.size()) {
                    stack_.pop_back();
                    continue;
                }
                assign(top.comp, top.listed[top.next++]);
                i = top.comp + 1;
                return Step::assigned;
            }
            switch (top.options->next(local_)) {
            case LocalOptions::Got::unknown: return Step::unknown;
            case LocalOptions::Got::none: stack_.pop_back(); continue;
            case LocalOptions::Got::option: break;
            }
            assign(top.comp, top.options->conditioned().lift(local_));
            i = top.comp + 1;
            return Step::assigned;
        }
        return Step::dead;
    }
};

// The grounded reduction and its SCCs; `split`: the SCC path is taken.
struct Prepared {
    GroundedReduction r;
    Sccs sccs;
    bool split = false;
};

Prepared prepare(const Framework& af, const SccOptions& options) {
    Prepared p{reduce_by_grounded(af), {}, false};
    p.sccs = sccs_of(p.r.rest);
    p.split = options.always || nontrivial(p.sccs) > 1;
    return p;
}

// The SCC path's answer, or where it has none the grounded reduction's monolithic one on the
// reduction already computed (not for stage, which is not reducible: the caller's path).
template <class T, class Fallback>
std::optional<T> or_fallback(std::optional<T> own, const Prepared& p, Semantics s, const SccOptions& options, Fallback f) {
    if (own || !options.fallback || s == Semantics::stage) return own;
    return f(p.r);
}

// One stable extension of p.r.rest meeting the query (lifted), none, or the end that stopped it.
struct Found {
    Walk::End end;
    std::vector<arg_t> extension;  // lifted to the whole framework
};

Found first(const Prepared& p, Mode mode, std::optional<Query> query, const Limits& limits, const SccOptions& options) {
    Walk w(p.r.rest, p.sccs, mode, limits, options, query, mode == Mode::stable || query.has_value());
    Found f{Walk::End::exhausted, {}};
    f.end = w.run([&](const std::vector<arg_t>& e) {
        f.extension = p.r.lift(e);
        return false;
    });
    return f;
}

bool has(const std::vector<arg_t>& e, arg_t a) { return std::binary_search(e.begin(), e.end(), a); }

// Credulous (member) or sceptical (!member) acceptance among the stable extensions, for
// stable itself or, when one exists, semi-stable and stage.
std::optional<Decision> stable_acceptance(const Prepared* p, Semantics s, arg_t a, bool member, const Limits& limits,
                                          const SccOptions& options) {
    if (!p->split) return std::nullopt;
    // The answer when no stable extension exists: credulous NO, sceptical YES (stable); the
    // monolithic path for semi-stable and stage.
    const Decision none = member ? Decision{Answer::no, std::nullopt} : Decision{Answer::yes, std::nullopt};
    auto found_decision = [&](std::vector<arg_t> e) {
        return member ? Decision{Answer::yes, std::move(e)} : Decision{Answer::no, std::move(e)};
    };
    if (s != Semantics::stable || p->r.grounded[a] != Label::undec) {
        // Any stable extension first: it decides existence, and often the query.
        const Found any = first(*p, Mode::stable, std::nullopt, limits, options);
        switch (any.end) {
        case Walk::End::unknown: return Decision{};
        case Walk::End::budget: return std::nullopt;
        case Walk::End::exhausted:
            if (s != Semantics::stable) return std::nullopt;  // no stable extension: semi-stable/stage differ
            return none;
        case Walk::End::stopped: break;
        }
        if (has(any.extension, a) == member) return found_decision(any.extension);
        if (p->r.grounded[a] != Label::undec) {
            // In every stable extension (grounded in) or in none (grounded out).
            return member ? Decision{Answer::no, std::nullopt} : Decision{Answer::yes, std::nullopt};
        }
    }
    const Found f = first(*p, Mode::stable, Query{*p->r.local(a), member}, limits, options);
    switch (f.end) {
    case Walk::End::unknown: return Decision{};
    case Walk::End::budget: return std::nullopt;
    case Walk::End::exhausted: return none;  // a stable extension exists here unless s is stable
    case Walk::End::stopped: break;
    }
    return found_decision(f.extension);
}

}  // namespace

SccShape scc_shape(const Framework& af) {
    const GroundedReduction r = reduce_by_grounded(af);
    const Sccs s = sccs_of(r.rest);
    SccShape out;
    out.components = s.comps.count;
    out.nontrivial = nontrivial(s);
    for (std::uint32_t i = 0; i < s.comps.count; ++i) out.largest = std::max<arg_t>(out.largest, s.size(i));
    return out;
}

std::optional<Decision> scc_some(const Framework& af, Semantics s, const Limits& limits, const SccOptions& options) {
    const auto mode = mode_of(s);
    if (!mode || *mode == Mode::complete) return std::nullopt;  // some complete extension: the grounded one
    const Prepared p = prepare(af, options);
    auto own = [&]() -> std::optional<Decision> {
        if (!p.split) return std::nullopt;
        const Found f = first(p, *mode, std::nullopt, limits, options);
        switch (f.end) {
        case Walk::End::unknown: return Decision{};
        case Walk::End::budget: return std::nullopt;
        case Walk::End::exhausted:
            if (s == Semantics::stable) return Decision{Answer::no, std::nullopt};
            return std::nullopt;  // semi-stable and stage without a stable extension
        case Walk::End::stopped: break;
        }
        return Decision{Answer::yes, f.extension};
    };
    return or_fallback(own(), p, s, options, [&](const GroundedReduction& r) { return reduced_some(r, s, limits); });
}

std::optional<Answer> scc_enumerate(const Framework& af, Semantics s, const ExtensionVisitor& visit, const Limits& limits,
                                    const SccOptions& options) {
    const auto mode = mode_of(s);
    if (!mode) return std::nullopt;
    const Prepared p = prepare(af, options);
    auto own = [&]() -> std::optional<Answer> {
        if (!p.split) return std::nullopt;
        Walk w(p.r.rest, p.sccs, *mode, limits, options, std::nullopt, true);
        const Walk::End end = w.run([&](const std::vector<arg_t>& e) { return visit(p.r.lift(e)); });
        switch (end) {
        case Walk::End::unknown: return Answer::unknown;
        case Walk::End::budget: return std::nullopt;  // nothing visited yet
        case Walk::End::stopped: return Answer::yes;
        case Walk::End::exhausted:
            if (*mode == Mode::stable && s != Semantics::stable && w.visited() == 0) return std::nullopt;  // no stable extension
            return Answer::yes;
        }
        return Answer::unknown;
    };
    return or_fallback(own(), p, s, options, [&](const GroundedReduction& r) { return reduced_enumerate(r, s, visit, limits); });
}

std::optional<Decision> scc_credulous(const Framework& af, Semantics s, arg_t a, const Limits& limits, const SccOptions& options) {
    if (!mode_of(s) || *mode_of(s) != Mode::stable) return std::nullopt;
    const Prepared p = prepare(af, options);
    // Semi-stable has no fallback here: the caller's path asks the stable questions first.
    SccOptions o = options;
    if (s == Semantics::semi_stable) o.fallback = false;
    return or_fallback(stable_acceptance(&p, s, a, true, limits, options), p, s, o,
                       [&](const GroundedReduction& r) { return reduced_credulous(r, s, a, limits); });
}

std::optional<Decision> scc_sceptical(const Framework& af, Semantics s, arg_t a, const Limits& limits, const SccOptions& options) {
    if (!mode_of(s) || *mode_of(s) != Mode::stable) return std::nullopt;
    const Prepared p = prepare(af, options);
    return or_fallback(stable_acceptance(&p, s, a, false, limits, options), p, s, options,
                       [&](const GroundedReduction& r) { return reduced_sceptical(r, s, a, limits); });
}

Decision scc_some_or_reduced(const Framework& af, Semantics s, const Limits& limits) {
    if (auto d = scc_some(af, s, limits)) return *d;  // answers for every semantics it is called with
    return reduced_some(af, s, limits);
}

}  // namespace argmap::detail
