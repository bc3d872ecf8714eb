// IncrementalEvaluator: a map's projection kept as mutable adjacency lists, and its evaluation
// kept current under edits by recomputing only what an edit can reach (see whatif.hpp for the
// rule per semantics).
//
// The projection is the one of project() / project_gradual() (support interpretation none),
// maintained relation by relation: each relation remembers the attacks (or the gradual edge)
// it emits, and an edit re-emits the relations whose projection can change (the relation, its
// undercuts, and for an undercut the relation it targets with that relation's undercuts).
// Arguments are never renumbered: retracted claims and unused auxiliary arguments stay as
// isolated arguments, which change no claim's status under any semantics here.
#include "argmap/whatif.hpp"
#include "history/wording.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

namespace argmap {

namespace {

constexpr std::size_t unranked = static_cast<std::size_t>(-1);
constexpr std::uint32_t none32 = static_cast<std::uint32_t>(-1);

using detail::single_quoted;

// Semantics whose statuses follow from the grounded labelling on decided arguments (every
// complete extension agrees with it) and from the undecided arguments' own framework.
bool grounded_based(Semantics s) {
    switch (s) {
    case Semantics::complete:
    case Semantics::preferred:
    case Semantics::ideal:
    case Semantics::admissible:
    case Semantics::stable:
    case Semantics::semi_stable:
    case Semantics::eager:
    case Semantics::grounded: return true;
    default: return false;
    }
}

bool labelled(Semantics s) { return s == Semantics::grounded || s == Semantics::ideal || s == Semantics::eager; }

}  // namespace

bool IncrementalEvaluator::directional(Semantics s) noexcept {
    switch (s) {
    case Semantics::grounded:
    case Semantics::complete:
    case Semantics::preferred:
    case Semantics::ideal:
    case Semantics::admissible:
    case Semantics::conflict_free:
    case Semantics::cf2: return true;
    default: return false;
    }
}

struct IncrementalEvaluator::Impl {
    EvaluationSpec spec;
    double epsilon = 1e-9;
    bool gradual = false;
    Answer answer = Answer::yes;
    Work work;

    // ---- whole-map fallback (support interpretations other than none) ----
    std::optional<ArgumentMap> map;             // set only in fallback mode
    std::vector<ArgumentMap> map_history;       // undo stack of the fallback
    std::vector<std::pair<std::string, EvaluatedStatus>> map_statuses;

    // ---- claims and relations (slots are never reused) ----
    struct ClaimRec {
        std::string id;
        double weight = 1;
        std::size_t rank = unranked;
        bool alive = true;
        arg_t arg = 0;
        Claim full;  // fields an update may change (camps, values) and what undo restores
    };
    struct GEdge {
        bool on = false;
        arg_t from = 0, to = 0;
        double weight = 1;
        std::int64_t gate = -1;
        bool support = false;
        bool operator==(const GEdge&) const = default;
    };
    struct RelRec {
        std::string id;
        RelationType type = RelationType::attack;
        std::uint32_t source = 0;  // claim slot
        std::uint32_t target = 0;  // claim slot, or relation slot for an undercut
        double weight = 1;
        bool alive = true;
        std::vector<Attack> edges;  // extension: attacks it emits now
        std::int64_t aux = -1;      // extension: X_r (Y_r = X_r + 1) once flattened
        std::int64_t gaux = -1;     // gradual: the argument gating it once undercut
        GEdge gedge;                // gradual: the edge it emits now
        std::vector<std::uint32_t> undercuts;  // relation slots aimed at it (any state)
    };
    std::vector<ClaimRec> claims;
    std::vector<RelRec> rels;
    std::vector<std::vector<std::uint32_t>> rels_of_claim;  // relation slots with the claim as an end
    // Ids to slots, looked up by string_view without a copy. Nested, not in the anonymous
    // namespace: a member's type there is an error in a unity build (-Wsubobject-linkage).
    struct StringHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    using Index = std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>>;
    Index claim_ix, rel_ix;
    std::unordered_set<std::string> ends;
    std::size_t alive_relations = 0;
    std::vector<std::string> audience_order;
    ArgumentMap scratch;  // the map's camps only: validates claims exactly as a map does

    // ---- arguments ----
    arg_t n = 0;
    std::vector<std::int64_t> claim_of;  // per argument: claim slot or -1
    // extension
    std::vector<std::vector<arg_t>> out, in;
    Labelling ground;
    std::vector<EvaluatedStatus> status;  // per claim slot
    // gradual
    struct GIn {
        std::uint32_t rel;
        arg_t from;
        double weight;
        std::int64_t gate;
        bool support;
    };
    std::vector<std::vector<GIn>> gin;
    std::vector<std::vector<arg_t>> gout;  // targets of edges from (or gated by) the argument
    std::vector<double> base, strength;
    std::vector<char> unconverged;
    std::size_t unconverged_count = 0;

    // ---- one step ----
    struct Prim {
        enum Kind { claim_alive, rel_alive, claim_data, rel_weight } kind;
        std::uint32_t slot;
        bool alive = false;  // previous alive flag
        double weight = 0;   // previous weight
        Claim full;          // previous claim (claim_data)
    };
    std::vector<Prim> step;                    // primitives of the step being applied
    std::vector<std::vector<Prim>> history;    // applied steps, for undo
    std::vector<arg_t> seeds, touched;         // targets / both ends of changed attacks or edges
    std::vector<std::uint32_t> toggled;        // claim slots whose alive flag changed
    std::vector<std::uint32_t> stamp;          // per argument, for sets
    std::uint32_t epoch = 0;

    // ================= arguments and projection =================

    arg_t new_argument(std::int64_t claim, double b) {
        const arg_t a = n++;
        claim_of.push_back(claim);
        stamp.push_back(0);
        if (gradual) {
            gin.emplace_back();
            gout.emplace_back();
            base.push_back(b);
            strength.push_back(b);
            unconverged.push_back(0);
        } else {
            out.emplace_back();
            in.emplace_back();
            ground.push_back(Label::in);
        }
        return a;
    }

    bool kept_ext(const RelRec& r) const {
        if (!r.alive || r.weight < spec.projection.min_relation_weight) return false;
        if (audience_order.empty() || r.type != RelationType::attack || r.source == r.target) return true;
        return !(claims[r.target].rank < claims[r.source].rank);
    }
    bool kept_g(const RelRec& r) const { return r.alive && r.weight >= spec.projection.min_relation_weight; }

    bool has_kept_undercut(const RelRec& r, bool ext) const {
        for (std::uint32_t u : r.undercuts)
            if (ext ? kept_ext(rels[u]) : kept_g(rels[u])) return true;
        return false;
    }
    bool flattened(const RelRec& r) const {
        return r.type != RelationType::support && kept_ext(r) && has_kept_undercut(r, true);
    }

    void add_attack(Attack e) {
        out[e.from].push_back(e.to);
        in[e.to].push_back(e.from);
    }
    void remove_attack(Attack e) {
        auto& o = out[e.from];
        o.erase(std::find(o.begin(), o.end(), e.to));
        auto& i = in[e.to];
        i.erase(std::find(i.begin(), i.end(), e.from));
    }

    void refresh_ext(std::uint32_t k) {
        RelRec& r = rels[k];
        std::vector<Attack> now;
        if (kept_ext(r) && r.type != RelationType::support) {
            std::optional<arg_t> target;
            if (r.type == RelationType::attack) {
                target = claims[r.target].arg;
            } else if (flattened(rels[r.target])) {
                RelRec& t = rels[r.target];
                if (t.aux < 0) {
                    t.aux = new_argument(-1, 1);
                    new_argument(-1, 1);
                }
                target = static_cast<arg_t>(t.aux + 1);
            }
            if (target) {
                const arg_t src = claims[r.source].arg;
                if (flattened(r)) {
                    if (r.aux < 0) {
                        const arg_t x = new_argument(-1, 1);
                        new_argument(-1, 1);
                        rels[k].aux = x;  // rels may not move, but r stays valid: no push_back on rels here
                    }
                    const arg_t x = static_cast<arg_t>(rels[k].aux), y = x + 1;
                    now = {{src, x}, {x, y}, {y, *target}};
                } else {
                    now = {{src, *target}};
                }
            }
        }
        RelRec& rr = rels[k];
        for (const Attack& e : rr.edges)
            if (std::find_if(now.begin(), now.end(), [&](const Attack& f) { return f.from == e.from && f.to == e.to; }) == now.end()) {
                remove_attack(e);
                changed(e.from, e.to);
            }
        for (const Attack& e : now)
            if (std::find_if(rr.edges.begin(), rr.edges.end(), [&](const Attack& f) { return f.from == e.from && f.to == e.to; }) ==
                rr.edges.end()) {
                add_attack(e);
                changed(e.from, e.to);
            }
        rr.edges = std::move(now);
    }

    void changed(arg_t from, arg_t to) {
        seeds.push_back(to);
        touched.push_back(from);
        touched.push_back(to);
        if (from == to && !gradual)  // a self-attack changes its neighbours' naive status
            for (auto* row : {&in[to], &out[to]})
                for (arg_t b : *row) touched.push_back(b);
    }

    std::int64_t ensure_gaux(std::uint32_t k) {
        if (rels[k].gaux < 0) rels[k].gaux = new_argument(-1, 1.0);
        return rels[k].gaux;
    }

    void refresh_g(std::uint32_t k) {
        const RelRec& r = rels[k];
        GEdge now;
        if (kept_g(r)) {
            const std::int64_t gate = has_kept_undercut(r, false) ? ensure_gaux(k) : -1;
            if (r.type == RelationType::undercut) {
                if (kept_g(rels[r.target])) now = {true, claims[rels[k].source].arg, static_cast<arg_t>(ensure_gaux(rels[k].target)),
                                                   rels[k].weight, gate, false};
            } else {
                now = {true, claims[r.source].arg, claims[r.target].arg, r.weight, gate, r.type == RelationType::support};
            }
        }
        GEdge& old = rels[k].gedge;
        if (old == now) return;
        if (old.on) {
            auto& row = gin[old.to];
            row.erase(std::find_if(row.begin(), row.end(), [&](const GIn& g) { return g.rel == k; }));
            auto& o = gout[old.from];
            o.erase(std::find(o.begin(), o.end(), old.to));
            if (old.gate >= 0) {
                auto& og = gout[old.gate];
                og.erase(std::find(og.begin(), og.end(), old.to));
            }
            seeds.push_back(old.to);
        }
        if (now.on) {
            auto& row = gin[now.to];
            const auto pos = std::lower_bound(row.begin(), row.end(), k, [](const GIn& g, std::uint32_t rel) { return g.rel < rel; });
            row.insert(pos, GIn{k, now.from, now.weight, now.gate, now.support});
            gout[now.from].push_back(now.to);
            if (now.gate >= 0) gout[now.gate].push_back(now.to);
            seeds.push_back(now.to);
        }
        old = now;
    }

    void refresh(std::uint32_t k) { gradual ? refresh_g(k) : refresh_ext(k); }

    // Everything whose emitted projection can depend on relation k.
    void refresh_around(std::uint32_t k) {
        std::vector<std::uint32_t> todo{k};
        for (std::uint32_t u : rels[k].undercuts) todo.push_back(u);
        if (rels[k].type == RelationType::undercut) {
            const std::uint32_t t = rels[k].target;
            todo.push_back(t);
            for (std::uint32_t u : rels[t].undercuts) todo.push_back(u);
        }
        std::sort(todo.begin(), todo.end());
        todo.erase(std::unique(todo.begin(), todo.end()), todo.end());
        for (std::uint32_t j : todo) refresh(j);
    }

    std::size_t rank_of(const Claim& c) const {
        if (audience_order.empty()) return unranked;
        std::size_t best = unranked;
        const auto& values = c.values.empty() ? c.camps : c.values;
        for (const auto& v : values) {
            const auto it = std::find(audience_order.begin(), audience_order.end(), v);
            if (it != audience_order.end()) best = std::min<std::size_t>(best, static_cast<std::size_t>(it - audience_order.begin()));
        }
        return best;
    }

    // ================= primitives (each recorded for undo) =================

    std::uint32_t new_claim(const Claim& c) {
        const auto slot = static_cast<std::uint32_t>(claims.size());
        ClaimRec rec;
        rec.id = c.id;
        rec.weight = c.weight;
        rec.rank = rank_of(c);
        rec.full = c;
        rec.full.text.clear();
        rec.arg = new_argument(slot, c.weight);
        claims.push_back(std::move(rec));
        rels_of_claim.emplace_back();
        status.emplace_back();
        claim_ix.emplace(c.id, slot);
        seeds.push_back(claims[slot].arg);
        touched.push_back(claims[slot].arg);
        toggled.push_back(slot);
        step.push_back({Prim::claim_alive, slot, false, 0, {}});
        return slot;
    }

    static std::string ends_key(RelationType t, std::string_view s, std::string_view target) {
        std::string k(to_string(t));
        k += '\0';
        k += s;
        k += '\0';
        k += target;
        return k;
    }
    std::string ends_of(const RelRec& r) const {
        return ends_key(r.type, claims[r.source].id, r.type == RelationType::undercut ? rels[r.target].id : claims[r.target].id);
    }

    std::uint32_t new_relation(Relation r) {
        if (r.id.empty()) {
            std::size_t k = alive_relations + 1;
            do r.id = "r" + std::to_string(k++);
            while (rel_ix.count(r.id));
        }
        const std::string what = std::string(to_string(r.type)) + " " + single_quoted(r.id);
        if (rel_ix.count(r.id)) throw ModelError("duplicate relation id " + single_quoted(r.id));
        if (!std::isfinite(r.weight) || r.weight < 0 || r.weight > 1)
            throw ModelError("weight of " + single_quoted(r.id) + " must be in [0,1], got " + std::to_string(r.weight));
        const auto src = claim_ix.find(r.source);
        if (src == claim_ix.end()) throw ModelError(what + " comes from unknown claim " + single_quoted(r.source));
        std::uint32_t target;
        if (r.type == RelationType::undercut) {
            if (r.target == r.id) throw ModelError(what + " undercuts itself");
            const auto t = rel_ix.find(r.target);
            if (t == rel_ix.end()) throw ModelError(what + " targets unknown relation " + single_quoted(r.target));
            target = t->second;
        } else {
            const auto t = claim_ix.find(r.target);
            if (t == claim_ix.end()) throw ModelError(what + " targets unknown claim " + single_quoted(r.target));
            target = t->second;
        }
        if (r.type == RelationType::support && r.source == r.target)
            throw ModelError(what + ": claim " + single_quoted(r.source) + " cannot support itself");
        const std::string key = ends_key(r.type, r.source, r.target);
        if (ends.count(key)) throw ModelError(what + " repeats a relation (" + r.source + " -> " + r.target + ")");
        const auto slot = static_cast<std::uint32_t>(rels.size());
        RelRec rec;
        rec.id = r.id;
        rec.type = r.type;
        rec.source = src->second;
        rec.target = target;
        rec.weight = r.weight;
        rels.push_back(std::move(rec));
        rel_ix.emplace(r.id, slot);
        ends.insert(key);
        ++alive_relations;
        rels_of_claim[src->second].push_back(slot);
        if (r.type == RelationType::undercut) rels[target].undercuts.push_back(slot);
        else if (target != src->second) rels_of_claim[target].push_back(slot);
        step.push_back({Prim::rel_alive, slot, false, 0, {}});
        refresh_around(slot);
        return slot;
    }

    void set_rel_alive(std::uint32_t k, bool alive) {
        RelRec& r = rels[k];
        if (r.alive == alive) return;
        step.push_back({Prim::rel_alive, k, r.alive, 0, {}});
        r.alive = alive;
        if (alive) {
            rel_ix.emplace(r.id, k);
            ends.insert(ends_of(r));
            ++alive_relations;
        } else {
            rel_ix.erase(r.id);
            ends.erase(ends_of(r));
            --alive_relations;
        }
        refresh_around(k);
    }

    void set_claim_alive(std::uint32_t c, bool alive) {
        ClaimRec& r = claims[c];
        if (r.alive == alive) return;
        step.push_back({Prim::claim_alive, c, r.alive, 0, {}});
        r.alive = alive;
        if (alive) claim_ix.emplace(r.id, c);
        else claim_ix.erase(r.id);
        seeds.push_back(r.arg);
        touched.push_back(r.arg);
        toggled.push_back(c);
    }

    void set_claim_data(std::uint32_t c, const Claim& now) {
        ClaimRec& r = claims[c];
        step.push_back({Prim::claim_data, c, true, r.weight, r.full});
        r.weight = now.weight;
        r.full = now;
        r.full.text.clear();
        const std::size_t rank = rank_of(now);
        if (gradual) {
            base[r.arg] = now.weight;
            seeds.push_back(r.arg);
        }
        if (rank != r.rank) {
            r.rank = rank;
            for (std::uint32_t k : rels_of_claim[c])
                if (rels[k].alive) refresh_around(k);
        }
    }

    void set_rel_weight(std::uint32_t k, double w) {
        step.push_back({Prim::rel_weight, k, true, rels[k].weight, {}});
        rels[k].weight = w;
        refresh_around(k);
    }

    // The relation and, transitively, every undercut aimed at it.
    void remove_relation_tree(std::uint32_t k) {
        std::vector<std::uint32_t> doomed{k};
        for (std::size_t i = 0; i < doomed.size(); ++i)
            for (std::uint32_t u : rels[doomed[i]].undercuts)
                if (rels[u].alive && std::find(doomed.begin(), doomed.end(), u) == doomed.end()) doomed.push_back(u);
        for (std::uint32_t j : doomed) set_rel_alive(j, false);
    }

    std::uint32_t claim_slot(const std::string& id) const {
        const auto it = claim_ix.find(id);
        if (it == claim_ix.end()) throw ModelError("unknown claim " + single_quoted(id));
        return it->second;
    }
    std::uint32_t rel_slot(const std::string& id) const {
        const auto it = rel_ix.find(id);
        if (it == rel_ix.end()) throw ModelError("unknown relation " + single_quoted(id));
        return it->second;
    }
    static void check_weight(std::string_view owner, double w) {
        if (!std::isfinite(w) || w < 0.0 || w > 1.0)
            throw ModelError("weight of " + single_quoted(owner) + " must be in [0,1], got " + std::to_string(w));
    }

    void perform(const Edit& e) {
        switch (e.op) {
        case Edit::Op::add_claim:
            if (claim_ix.count(e.claim.id)) throw ModelError("duplicate claim id " + single_quoted(e.claim.id));
            scratch.add_claim(e.claim);  // the map's own validation (ids, text, weight, camps)
            scratch.remove_claim(e.claim.id);
            new_claim(e.claim);
            return;
        case Edit::Op::remove_claim: {
            const std::uint32_t c = claim_slot(e.claim.id);
            for (std::uint32_t k : std::vector<std::uint32_t>(rels_of_claim[c]))
                if (rels[k].alive) remove_relation_tree(k);
            set_claim_alive(c, false);
            return;
        }
        case Edit::Op::update_claim: {
            const std::uint32_t c = claim_slot(e.claim.id);
            scratch.add_claim(e.claim);
            scratch.remove_claim(e.claim.id);
            set_claim_data(c, e.claim);
            return;
        }
        case Edit::Op::set_claim_weight: {
            const std::uint32_t c = claim_slot(e.claim.id);
            check_weight(e.claim.id, e.claim.weight);
            Claim now = claims[c].full;
            now.weight = e.claim.weight;
            set_claim_data(c, now);
            return;
        }
        case Edit::Op::add_relation: new_relation(e.relation); return;
        case Edit::Op::remove_relation: remove_relation_tree(rel_slot(e.relation.id)); return;
        case Edit::Op::set_relation_weight: {
            const std::uint32_t k = rel_slot(e.relation.id);
            check_weight(e.relation.id, e.relation.weight);
            set_rel_weight(k, e.relation.weight);
            return;
        }
        }
    }

    // Reverts primitives (newest first); collects seeds like a forward step.
    void revert(std::vector<Prim>& prims) {
        for (auto it = prims.rbegin(); it != prims.rend(); ++it) {
            const Prim& p = *it;
            switch (p.kind) {
            case Prim::claim_alive: {
                ClaimRec& r = claims[p.slot];
                r.alive = p.alive;
                if (p.alive) claim_ix.emplace(r.id, p.slot);
                else claim_ix.erase(r.id);
                seeds.push_back(r.arg);
                touched.push_back(r.arg);
                toggled.push_back(p.slot);
                break;
            }
            case Prim::rel_alive: {
                RelRec& r = rels[p.slot];
                r.alive = p.alive;
                if (p.alive) {
                    rel_ix.emplace(r.id, p.slot);
                    ends.insert(ends_of(r));
                    ++alive_relations;
                } else {
                    rel_ix.erase(r.id);
                    ends.erase(ends_of(r));
                    --alive_relations;
                }
                refresh_around(p.slot);
                break;
            }
            case Prim::claim_data: {
                ClaimRec& r = claims[p.slot];
                r.weight = p.weight;
                r.full = p.full;
                if (gradual) {
                    base[r.arg] = p.weight;
                    seeds.push_back(r.arg);
                }
                const std::size_t rank = rank_of(p.full);
                if (rank != r.rank) {
                    r.rank = rank;
                    for (std::uint32_t k : rels_of_claim[p.slot])
                        if (rels[k].alive) refresh_around(k);
                }
                break;
            }
            case Prim::rel_weight:
                rels[p.slot].weight = p.weight;
                refresh_around(p.slot);
                break;
            }
        }
    }

    // ================= evaluation =================

    std::uint32_t next_epoch() {
        if (++epoch == 0) {
            std::fill(stamp.begin(), stamp.end(), 0);
            epoch = 1;
        }
        return epoch;
    }

    // `from` and everything reachable from it along `next`, through arguments that `keep` accepts.
    template <class Keep>
    std::vector<arg_t> reach(const std::vector<arg_t>& from, const std::vector<std::vector<arg_t>>& next, Keep keep) {
        const std::uint32_t e = next_epoch();
        std::vector<arg_t> r;
        for (arg_t a : from)
            if (stamp[a] != e) {
                stamp[a] = e;
                r.push_back(a);
            }
        for (std::size_t h = 0; h < r.size(); ++h)
            for (arg_t x : next[r[h]])
                if (stamp[x] != e && keep(x)) {
                    stamp[x] = e;
                    r.push_back(x);
                }
        return r;
    }

    // Seeds and everything reachable from them.
    std::vector<arg_t> downstream(const std::vector<std::vector<arg_t>>& succ) {
        return reach(seeds, succ, [](arg_t) { return true; });
    }

    // Grounded labels of `d` (closed under targets) with the labels outside it fixed:
    // grounded semantics is fully decomposable, so this equals a labelling from scratch.
    void relabel_grounded(const std::vector<arg_t>& d) {
        const std::uint32_t e = next_epoch();
        for (arg_t a : d) stamp[a] = e;
        auto inside = [&](arg_t a) { return stamp[a] == e; };
        std::vector<std::uint32_t> live_local(d.size());
        std::unordered_map<arg_t, std::uint32_t> pos;
        pos.reserve(d.size() * 2);
        for (std::size_t i = 0; i < d.size(); ++i) pos.emplace(d[i], static_cast<std::uint32_t>(i));
        for (arg_t a : d) ground[a] = Label::undec;
        for (arg_t a : d)
            for (arg_t x : in[a])
                if (!inside(x) && ground[x] == Label::in) ground[a] = Label::out;
        std::vector<arg_t> queue;
        for (std::size_t i = 0; i < d.size(); ++i) {
            const arg_t a = d[i];
            std::uint32_t live = 0;
            for (arg_t x : in[a])
                if (inside(x) ? ground[x] != Label::out : ground[x] == Label::undec) ++live;
            live_local[i] = live;
        }
        auto went_out = [&](arg_t b) {
            for (arg_t c : out[b])
                if (inside(c)) {
                    const std::uint32_t j = pos[c];
                    if (--live_local[j] == 0 && ground[c] == Label::undec) {
                        ground[c] = Label::in;
                        queue.push_back(c);
                    }
                }
        };
        for (std::size_t i = 0; i < d.size(); ++i)
            if (live_local[i] == 0 && ground[d[i]] == Label::undec) {
                ground[d[i]] = Label::in;
                queue.push_back(d[i]);
            }
        for (std::size_t h = 0; h < queue.size(); ++h)
            for (arg_t b : out[queue[h]])
                if (inside(b) && ground[b] == Label::undec) {
                    ground[b] = Label::out;
                    went_out(b);
                }
    }

    // Ancestors of `from` (included), optionally only through arguments grounded-undecided.
    std::vector<arg_t> ancestors(const std::vector<arg_t>& from, bool undecided_only) {
        return reach(from, in, [&](arg_t x) { return !undecided_only || ground[x] == Label::undec; });
    }

    // Splits `region` into weakly connected parts (extensions of a disjoint union are the
    // products of the parts' extensions under every semantics here) and builds each part's
    // framework. `part_of` gets, per argument of the region, (part, local index).
    struct Part {
        std::vector<arg_t> args;  // sorted
        Framework af;
    };
    std::vector<Part> parts_of(std::vector<arg_t> region, std::unordered_map<arg_t, std::pair<std::uint32_t, arg_t>>& where) {
        std::sort(region.begin(), region.end());
        const std::uint32_t e = next_epoch();
        for (arg_t a : region) stamp[a] = e;
        std::unordered_map<arg_t, std::uint32_t> idx;
        idx.reserve(region.size() * 2);
        for (std::size_t i = 0; i < region.size(); ++i) idx.emplace(region[i], static_cast<std::uint32_t>(i));
        std::vector<std::uint32_t> parent(region.size());
        std::iota(parent.begin(), parent.end(), 0u);
        auto find = [&](std::uint32_t x) {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        };
        for (std::size_t i = 0; i < region.size(); ++i)
            for (arg_t b : out[region[i]])
                if (stamp[b] == e) {
                    const auto x = find(static_cast<std::uint32_t>(i)), y = find(idx[b]);
                    if (x != y) parent[x] = y;
                }
        std::unordered_map<std::uint32_t, std::uint32_t> part_index;
        std::vector<Part> parts;
        for (std::size_t i = 0; i < region.size(); ++i) {
            const auto root = find(static_cast<std::uint32_t>(i));
            auto [it, fresh] = part_index.emplace(root, static_cast<std::uint32_t>(parts.size()));
            if (fresh) parts.emplace_back();
            Part& p = parts[it->second];
            where[region[i]] = {it->second, static_cast<arg_t>(p.args.size())};
            p.args.push_back(region[i]);
        }
        for (std::size_t pi = 0; pi < parts.size(); ++pi) {
            Part& p = parts[pi];
            std::vector<Attack> attacks;
            for (std::size_t i = 0; i < p.args.size(); ++i)
                for (arg_t b : out[p.args[i]])
                    if (stamp[b] == e) attacks.push_back({static_cast<arg_t>(i), where[b].second});
            p.af = Framework(static_cast<arg_t>(p.args.size()), attacks);
        }
        return parts;
    }

    void note(Answer a) {
        if (a == Answer::unknown) answer = Answer::unknown;
    }

    // Credulous and sceptical acceptance of argument x of a framework.
    Acceptance accept(const Framework& af, arg_t x) {
        const Decision dc = credulous(af, spec.semantics, x, spec.limits);
        note(dc.answer);
        if (dc.answer != Answer::yes) return Acceptance::rejected;
        const Decision ds = sceptical(af, spec.semantics, x, spec.limits);
        note(ds.answer);
        return ds.answer == Answer::yes ? Acceptance::sceptical : Acceptance::credulous;
    }

    // Statuses of `claims_to_solve` (claim slots) by solving on `region` (which must contain
    // everything their statuses depend on). Returns false when the semantics has no extension
    // (stable) in some part of the region.
    bool solve_region(const std::vector<arg_t>& region, const std::vector<std::uint32_t>& claims_to_solve,
                      std::vector<std::pair<std::uint32_t, EvaluatedStatus>>& result, bool need_all_parts) {
        std::unordered_map<arg_t, std::pair<std::uint32_t, arg_t>> where;
        where.reserve(region.size() * 2);
        std::vector<Part> parts = parts_of(region, where);
        work.recomputed += region.size();
        const Semantics s = spec.semantics;
        std::vector<char> wanted(parts.size(), need_all_parts);
        for (std::uint32_t c : claims_to_solve) wanted[where.at(claims[c].arg).first] = 1;
        // Unique-status semantics: one extension per part, labels from it.
        std::vector<std::optional<Labelling>> labels(parts.size());
        for (std::size_t pi = 0; pi < parts.size(); ++pi) {
            if (!wanted[pi]) continue;
            if (s == Semantics::ideal || s == Semantics::eager || s == Semantics::grounded) {
                const Decision d = some_extension(parts[pi].af, s, spec.limits);
                note(d.answer);
                if (d.answer == Answer::yes) labels[pi] = labelling_of(parts[pi].af, *d.witness);
            } else if (s == Semantics::stable) {
                const Decision d = some_extension(parts[pi].af, s, spec.limits);
                note(d.answer);
                if (d.answer == Answer::no) return false;
            }
        }
        for (std::uint32_t c : claims_to_solve) {
            const auto [pi, x] = where.at(claims[c].arg);
            EvaluatedStatus st;
            if (labelled(s)) {
                if (labels[pi]) {
                    st.label = (*labels[pi])[x];
                    st.acceptance = *st.label == Label::in ? Acceptance::sceptical : Acceptance::rejected;
                } else {
                    st.label = Label::undec;
                }
            } else {
                st.acceptance = accept(parts[pi].af, x);
            }
            result.emplace_back(c, st);
        }
        return true;
    }

    // Status of a claim that the grounded labelling decides, under a grounded-based semantics.
    EvaluatedStatus decided(Label g) const {
        EvaluatedStatus st;
        const Semantics s = spec.semantics;
        if (g == Label::in) st.acceptance = s == Semantics::admissible ? Acceptance::credulous : Acceptance::sceptical;
        if (labelled(s)) st.label = g;
        return st;
    }

    // New statuses for the claims an extension semantics step may have moved.
    std::vector<std::pair<std::uint32_t, EvaluatedStatus>> evaluate_extension() {
        std::vector<std::pair<std::uint32_t, EvaluatedStatus>> result;
        const Semantics s = spec.semantics;
        std::vector<arg_t> d;
        const bool local = s == Semantics::naive || s == Semantics::conflict_free;
        const bool full = !directional(s) && !local;
        // The grounded labelling is kept for every grounded-based semantics.
        if (grounded_based(s)) {
            d = downstream(out);
            relabel_grounded(d);
            work.recomputed = d.size();
        } else if (s == Semantics::cf2) {
            d = downstream(out);
        }
        auto alive_claim = [&](arg_t a) { return claim_of[a] >= 0 && claims[claim_of[a]].alive; };
        work.full = full;
        if (s == Semantics::grounded) {
            for (arg_t a : d)
                if (alive_claim(a)) result.emplace_back(claim_of[a], decided(ground[a]));
            return result;
        }
        if (local) {
            std::sort(touched.begin(), touched.end());
            touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
            for (arg_t a : touched) {
                if (!alive_claim(a)) continue;
                std::vector<arg_t> nb{a};
                nb.insert(nb.end(), in[a].begin(), in[a].end());
                nb.insert(nb.end(), out[a].begin(), out[a].end());
                std::sort(nb.begin(), nb.end());
                nb.erase(std::unique(nb.begin(), nb.end()), nb.end());
                solve_region(nb, {static_cast<std::uint32_t>(claim_of[a])}, result, false);
            }
            return result;
        }
        if (s == Semantics::cf2) {
            std::vector<std::uint32_t> todo;
            for (arg_t a : d)
                if (alive_claim(a)) todo.push_back(static_cast<std::uint32_t>(claim_of[a]));
            if (!todo.empty()) solve_region(ancestors(d, false), todo, result, false);
            return result;
        }
        if (s == Semantics::stage) {  // not grounded-based, not directional: everything again
            std::vector<arg_t> all(n);
            std::iota(all.begin(), all.end(), 0u);
            std::vector<std::uint32_t> todo;
            for (std::uint32_t c = 0; c < claims.size(); ++c)
                if (claims[c].alive) todo.push_back(c);
            solve_region(all, todo, result, false);
            return result;
        }
        // Grounded-based: decided claims at once, the undecided ones on undecided arguments.
        std::vector<arg_t> scope;
        if (full) {
            scope.resize(n);
            std::iota(scope.begin(), scope.end(), 0u);
        } else {
            scope = d;
        }
        std::vector<std::uint32_t> open;
        std::vector<arg_t> open_args;
        for (arg_t a : scope) {
            if (!alive_claim(a)) continue;
            if (ground[a] == Label::undec) {
                open.push_back(static_cast<std::uint32_t>(claim_of[a]));
                open_args.push_back(a);
            } else {
                result.emplace_back(claim_of[a], decided(ground[a]));
            }
        }
        if (full) {
            std::vector<arg_t> undecided;
            for (arg_t a = 0; a < n; ++a)
                if (ground[a] == Label::undec) undecided.push_back(a);
            std::vector<std::pair<std::uint32_t, EvaluatedStatus>> solved;
            const bool exists = solve_region(undecided, open, solved, s == Semantics::stable);
            if (!exists) {  // no stable extension: nothing is accepted
                result.clear();
                for (std::uint32_t c = 0; c < claims.size(); ++c)
                    if (claims[c].alive) result.emplace_back(c, EvaluatedStatus{});
                return result;
            }
            result.insert(result.end(), solved.begin(), solved.end());
            return result;
        }
        if (!open.empty()) solve_region(ancestors(open_args, true), open, result, false);
        return result;
    }

    // ---- gradual ----

    void evaluate_block(const std::vector<arg_t>& block) {
        const std::uint32_t e = next_epoch();
        std::unordered_map<arg_t, arg_t> local;
        local.reserve(block.size() * 3);
        std::vector<double> b;
        for (arg_t a : block) {
            stamp[a] = e;
            local.emplace(a, static_cast<arg_t>(b.size()));
            b.push_back(base[a]);
        }
        auto index = [&](arg_t x) {  // arguments outside the block enter frozen, as sources
            auto [it, fresh] = local.emplace(x, static_cast<arg_t>(b.size()));
            if (fresh) b.push_back(std::clamp(strength[x], 0.0, 1.0));
            return it->second;
        };
        std::vector<WeightedEdge> att, sup;
        std::vector<std::int64_t> att_gate, sup_gate;
        for (arg_t a : block) {
            const arg_t to = local.at(a);
            for (const GIn& g : gin[a]) {
                const arg_t from = index(g.from);
                const std::int64_t gate = g.gate >= 0 ? static_cast<std::int64_t>(index(static_cast<arg_t>(g.gate))) : -1;
                (g.support ? sup : att).push_back({from, to, g.weight});
                (g.support ? sup_gate : att_gate).push_back(gate);
            }
        }
        const WeightedBipolarFramework sub(std::move(b), att, sup, att_gate, sup_gate);
        const GradualResult r = strengths(sub, *spec.gradual, spec.gradual_options);
        for (arg_t a : block) {
            strength[a] = r.strength[local.at(a)];
            const char bad = r.converged ? 0 : 1;
            if (unconverged[a] != bad) {
                unconverged_count += bad ? 1 : -1;
                unconverged[a] = bad;
            }
        }
        if (!r.converged && r.message.find("deadline") != std::string::npos) answer = Answer::unknown;
    }

    std::vector<arg_t> evaluate_gradual() {
        const std::vector<arg_t> d = downstream(gout);
        work.recomputed = d.size();
        if (d.empty()) return d;
        // Local edges among d (sources and gates before targets).
        std::unordered_map<arg_t, arg_t> idx;
        idx.reserve(d.size() * 2);
        for (std::size_t i = 0; i < d.size(); ++i) idx.emplace(d[i], static_cast<arg_t>(i));
        std::vector<Attack> edges;
        for (std::size_t i = 0; i < d.size(); ++i)
            for (const GIn& g : gin[d[i]]) {
                for (std::int64_t src : {static_cast<std::int64_t>(g.from), g.gate}) {
                    if (src < 0) continue;
                    const auto it = idx.find(static_cast<arg_t>(src));
                    if (it != idx.end()) edges.push_back({it->second, static_cast<arg_t>(i)});
                }
            }
        const Framework local(static_cast<arg_t>(d.size()), edges);
        const Components comps = strongly_connected_components(local);
        std::vector<std::vector<arg_t>> members(comps.count);
        for (arg_t x = 0; x < local.size(); ++x) members[comps.of[x]].push_back(d[x]);
        // Acyclic runs (singletons without a self-loop) are evaluated exactly in one block;
        // each cyclic component is iterated on its own with everything upstream fixed.
        std::vector<arg_t> run;
        for (std::uint32_t k = 0; k < comps.count; ++k) {
            const auto& m = members[k];
            const bool cyclic = m.size() > 1 || local.self_attacking(idx.at(m[0]));
            if (!cyclic) {
                run.push_back(m[0]);
                continue;
            }
            if (!run.empty()) {
                evaluate_block(run);
                run.clear();
            }
            evaluate_block(m);
        }
        if (!run.empty()) evaluate_block(run);
        return d;
    }

    // ---- a step: primitives done, now re-evaluate and report ----

    std::vector<StatusChange> finish() {
        work = {};
        // Which claims were alive before the step (first toggle records the old state).
        std::sort(toggled.begin(), toggled.end());
        toggled.erase(std::unique(toggled.begin(), toggled.end()), toggled.end());
        std::vector<std::pair<std::uint32_t, EvaluatedStatus>> fresh;
        if (gradual) {
            for (arg_t a : evaluate_gradual())
                if (claim_of[a] >= 0 && claims[claim_of[a]].alive) {
                    EvaluatedStatus st;
                    st.strength = strength[a];
                    fresh.emplace_back(claim_of[a], st);
                }
        } else {
            fresh = evaluate_extension();
        }
        work.arguments = n;
        std::vector<StatusChange> changes;
        std::unordered_set<std::uint32_t> seen_toggled;
        std::unordered_map<std::uint32_t, bool> was_alive;
        for (const Prim& p : step)
            if (p.kind == Prim::claim_alive && !was_alive.count(p.slot)) was_alive[p.slot] = p.alive;
        for (const auto& [c, st] : fresh) {
            const auto wa = was_alive.find(c);
            const bool before = wa == was_alive.end() ? true : wa->second;
            if (!before) {
                changes.push_back({claims[c].id, std::nullopt, st});
            } else if (!same_status(status[c], st, epsilon)) {
                changes.push_back({claims[c].id, status[c], st});
            }
            status[c] = st;
            seen_toggled.insert(c);
        }
        for (std::uint32_t c : toggled) {
            const auto wa = was_alive.find(c);
            const bool before = wa == was_alive.end() ? !claims[c].alive : wa->second;
            if (before && !claims[c].alive) changes.push_back({claims[c].id, status[c], std::nullopt});
        }
        // A claim retracted and added again in one step: one change by id.
        std::unordered_map<std::string, std::size_t> by_id;
        std::vector<StatusChange> merged;
        for (auto& ch : changes) {
            auto [it, fresh_id] = by_id.emplace(ch.claim, merged.size());
            if (fresh_id) {
                merged.push_back(std::move(ch));
                continue;
            }
            StatusChange& m = merged[it->second];
            if (!m.before) m.before = ch.before;
            if (!m.after) m.after = ch.after;
        }
        std::erase_if(merged, [&](const StatusChange& ch) { return ch.before && ch.after && same_status(*ch.before, *ch.after, epsilon); });
        seeds.clear();
        touched.clear();
        toggled.clear();
        return merged;
    }

    // ---- fallback: the whole map every time ----

    std::vector<std::pair<std::string, EvaluatedStatus>> evaluate_map(const ArgumentMap& m) {
        std::vector<std::pair<std::string, EvaluatedStatus>> out_status;
        const MapEvaluation ev = argmap::evaluate(m, spec.semantics, spec.projection, spec.limits);
        note(ev.answer);
        for (std::size_t c = 0; c < m.claims().size(); ++c) {
            EvaluatedStatus st;
            st.acceptance = ev.acceptance[c];
            if (!ev.labels.empty()) st.label = ev.labels[c];
            out_status.emplace_back(m.claims()[c].id, st);
        }
        work = {m.claims().size(), m.claims().size(), true};
        return out_status;
    }

    std::vector<StatusChange> compare(const std::vector<std::pair<std::string, EvaluatedStatus>>& a,
                                      const std::vector<std::pair<std::string, EvaluatedStatus>>& b) const {
        std::unordered_map<std::string, const EvaluatedStatus*> old;
        for (const auto& [id, st] : a) old.emplace(id, &st);
        std::vector<StatusChange> changes;
        for (const auto& [id, st] : b) {
            const auto it = old.find(id);
            if (it == old.end()) changes.push_back({id, std::nullopt, st});
            else if (!same_status(*it->second, st, epsilon)) changes.push_back({id, *it->second, st});
            if (it != old.end()) old.erase(it);
        }
        for (const auto& [id, st] : a)
            if (old.count(id)) changes.push_back({id, st, std::nullopt});
        return changes;
    }
};

IncrementalEvaluator::IncrementalEvaluator(const ArgumentMap& map, EvaluationSpec spec, double epsilon)
    : impl_(std::make_unique<Impl>()) {
    Impl& m = *impl_;
    m.spec = std::move(spec);
    m.epsilon = epsilon;
    m.gradual = m.spec.gradual.has_value();
    for (const Camp& c : map.camps()) m.scratch.add_camp(c);
    if (!m.gradual && m.spec.projection.support != SupportInterpretation::none) {
        m.map = map;
        m.map_statuses = m.evaluate_map(map);
        return;
    }
    if (!m.gradual && !m.spec.projection.audience.empty()) {
        const Camp* camp = map.find_camp(m.spec.projection.audience);
        if (!camp) throw ModelError("unknown camp '" + m.spec.projection.audience + "' as audience");
        m.audience_order = camp->preferences;
        if (m.audience_order.empty()) m.audience_order.push_back(camp->id);
    }
    for (const Claim& c : map.claims()) m.new_claim(c);
    for (const Relation& r : map.relations()) m.new_relation(r);
    m.step.clear();
    m.toggled.clear();  // claims present from the start are not "added"
    // First evaluation: everything is downstream of the seeds.
    m.seeds.resize(m.n);
    std::iota(m.seeds.begin(), m.seeds.end(), 0u);
    for (arg_t a = 0; a < m.n; ++a) m.touched.push_back(a);
    (void)m.finish();
}

IncrementalEvaluator::IncrementalEvaluator(IncrementalEvaluator&&) noexcept = default;
IncrementalEvaluator& IncrementalEvaluator::operator=(IncrementalEvaluator&&) noexcept = default;
IncrementalEvaluator::~IncrementalEvaluator() = default;

std::vector<StatusChange> IncrementalEvaluator::apply(std::span<const Edit> edits) {
    Impl& m = *impl_;
    if (m.map) {
        ArgumentMap next = *m.map;
        for (const Edit& e : edits) argmap::apply(next, e);
        auto now = m.evaluate_map(next);
        auto changes = m.compare(m.map_statuses, now);
        m.map_history.push_back(std::move(*m.map));
        m.map = std::move(next);
        m.map_statuses = std::move(now);
        return changes;
    }
    m.step.clear();
    try {
        for (const Edit& e : edits) m.perform(e);
    } catch (...) {
        m.revert(m.step);  // the projection is back where it was; labels were never touched
        m.step.clear();
        m.seeds.clear();
        m.touched.clear();
        m.toggled.clear();
        throw;
    }
    auto changes = m.finish();
    m.history.push_back(std::move(m.step));
    m.step.clear();
    return changes;
}

std::optional<std::vector<StatusChange>> IncrementalEvaluator::undo() {
    Impl& m = *impl_;
    if (m.map) {
        if (m.map_history.empty()) return std::nullopt;
        ArgumentMap prev = std::move(m.map_history.back());
        m.map_history.pop_back();
        auto now = m.evaluate_map(prev);
        auto changes = m.compare(m.map_statuses, now);
        m.map = std::move(prev);
        m.map_statuses = std::move(now);
        return changes;
    }
    if (m.history.empty()) return std::nullopt;
    std::vector<Impl::Prim> prims = std::move(m.history.back());
    m.history.pop_back();
    m.step.clear();
    m.revert(prims);
    // For reporting, the alive flags before this undo are the reverse of the recorded ones.
    for (const auto& p : prims)
        if (p.kind == Impl::Prim::claim_alive) m.step.push_back({Impl::Prim::claim_alive, p.slot, !p.alive, 0, {}});
    std::reverse(m.step.begin(), m.step.end());  // first toggle in undo order = last recorded
    auto changes = m.finish();
    m.step.clear();
    return changes;
}

const EvaluationSpec& IncrementalEvaluator::spec() const noexcept { return impl_->spec; }

std::optional<EvaluatedStatus> IncrementalEvaluator::status(std::string_view claim) const {
    const Impl& m = *impl_;
    if (m.map) {
        for (const auto& [id, st] : m.map_statuses)
            if (id == claim) return st;
        return std::nullopt;
    }
    const auto it = m.claim_ix.find(claim);
    if (it == m.claim_ix.end()) return std::nullopt;
    return m.status[it->second];
}

std::vector<std::pair<std::string, EvaluatedStatus>> IncrementalEvaluator::statuses() const {
    const Impl& m = *impl_;
    if (m.map) return m.map_statuses;
    std::vector<std::pair<std::string, EvaluatedStatus>> out;
    for (std::size_t c = 0; c < m.claims.size(); ++c)
        if (m.claims[c].alive) out.emplace_back(m.claims[c].id, m.status[c]);
    return out;
}

Answer IncrementalEvaluator::answer() const noexcept { return impl_->answer; }
bool IncrementalEvaluator::converged() const noexcept { return impl_->unconverged_count == 0; }
IncrementalEvaluator::Work IncrementalEvaluator::last_work() const noexcept { return impl_->work; }

}  // namespace argmap
