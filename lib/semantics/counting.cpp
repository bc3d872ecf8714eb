// Counting extensions without enumerating them one by one, exactly (boost::multiprecision).
//
//  1. Grounded preprocessing (grounded_reduction.cpp) for complete, preferred, stable and
//     semi-stable: the count of F equals the count of F restricted to the undecided arguments.
//     Grounded, ideal and eager have exactly one extension.
//  2. Weakly connected components are independent: no attack joins two of them, so for every
//     semantics here an extension of F is a union of one extension per component and each
//     such union is one (conflict-freeness, defence, completeness, stability and the range
//     and in-set orders all split over components; cf2 is SCC-recursive). The counts multiply;
//     a component without an extension (stable only) makes the product 0.
//  3. Inside a component, conflict-free, admissible, complete and stable sets are the models of
//     a CNF and are counted by a DPLL model counter with component caching (after sharpSAT,
//     Thurley 2006): branch on a variable, propagate units, split what is left into
//     components that share no clause, count each once and multiply. The components are
//     found again after every decision and its unit propagation. The cache key is the
//     component's variables and those of its open clauses that lost a literal (delta-coded
//     varints; the other open clauses are named by the variables); the cache has two
//     generations bounded in bytes, the older dropped when the newer fills. This is the counting "per upstream assignment" of SCC
//     recursiveness done by the solver: once the arguments that attack an SCC are decided, the
//     SCC falls apart from what is above it and its count is cached.
//     The maximal semantics (naive, preferred, semi-stable, stage) and cf2 enumerate inside
//     each component (blocking clauses, techniques.cpp and maximal.cpp).
#include <algorithm>
#include <queue>
#include <string>
#include <unordered_map>

#include <boost/multiprecision/cpp_int.hpp>

#include "semantics/decomposition.hpp"

namespace argmap::detail {

using boost::multiprecision::cpp_int;

namespace {

// ---------------- a small #SAT solver with component caching ----------------

class ModelCounter {
public:
    /// priority: per variable (index 0 unused), higher is branched on first. cache_bytes
    /// bounds the component cache (two generations of at most that many bytes each).
    ModelCounter(int vars, std::vector<std::vector<int>> clauses, std::vector<std::uint32_t> priority, const Limits& limits,
                 std::size_t cache_bytes)
        : vars_(vars), clauses_(std::move(clauses)), priority_(std::move(priority)), limits_(limits), cache_bytes_(cache_bytes),
          value_(vars + 1, 0), occurs_(2 * (vars + 1)), open_(clauses_.size(), 0), satisfied_(clauses_.size(), 0), mark_(vars + 1, 0),
          comp_of_(vars + 1, 0), clause_mark_(clauses_.size(), 0), clause_comp_(clauses_.size(), 0) {
        for (std::size_t c = 0; c < clauses_.size(); ++c) {
            auto& cl = clauses_[c];
            std::sort(cl.begin(), cl.end());
            cl.erase(std::unique(cl.begin(), cl.end()), cl.end());
            open_[c] = static_cast<std::uint32_t>(cl.size());
            for (int l : cl) occurs_[index(l)].push_back(static_cast<std::uint32_t>(c));
        }
    }

    // The number of models, or nullopt when limits fired.
    std::optional<cpp_int> count() {
        Component root;
        for (std::size_t c = 0; c < clauses_.size(); ++c) {
            if (clauses_[c].empty()) return cpp_int(0);
            // Tautologies (x or not x) are always true.
            for (int l : clauses_[c])
                if (std::binary_search(clauses_[c].begin(), clauses_[c].end(), -l)) satisfied_[c] = 1;
        }
        for (std::size_t c = 0; c < clauses_.size(); ++c)
            if (!satisfied_[c] && clauses_[c].size() == 1) units_.push_back(clauses_[c][0]);
        if (!propagate()) return cpp_int(0);
        for (int v = 1; v <= vars_; ++v) root.vars.push_back(v);
        for (std::size_t c = 0; c < clauses_.size(); ++c)
            if (!satisfied_[c]) root.open.push_back(static_cast<std::uint32_t>(c));
        return count_split(root);
    }

    struct Statistics {
        std::uint64_t decisions = 0, hits = 0, misses = 0, evictions = 0;
    };
    const Statistics& statistics() const noexcept { return stats_; }

private:
    struct Component {
        std::vector<int> vars;             // sorted, unassigned
        std::vector<std::uint32_t> open;   // sorted ids of the unsatisfied clauses on vars
    };

    static std::size_t index(int lit) { return lit > 0 ? 2 * static_cast<std::size_t>(lit) : 2 * static_cast<std::size_t>(-lit) + 1; }
    bool is_true(int lit) const { return lit > 0 ? value_[lit] > 0 : value_[-lit] < 0; }

    // Assigns lit and the units it implies; false on a conflict (the trail keeps what was set).
    bool assign(int lit) {
        units_.clear();
        units_.push_back(lit);
        return propagate();
    }

    bool propagate() {
        bool ok = true;
        for (std::size_t k = 0; k < units_.size(); ++k) {
            const int lit = units_[k];
            const int v = std::abs(lit);
            if (value_[v]) {
                if (!is_true(lit)) ok = false;
                if (!ok) break;
                continue;
            }
            value_[v] = lit > 0 ? 1 : -1;
            trail_.push_back(lit);
            for (std::uint32_t c : occurs_[index(lit)]) ++satisfied_[c];
            for (std::uint32_t c : occurs_[index(-lit)]) {
                --open_[c];
                if (satisfied_[c]) continue;
                if (open_[c] == 0) ok = false;
                else if (open_[c] == 1)
                    for (int l : clauses_[c])
                        if (!value_[std::abs(l)]) {
                            units_.push_back(l);
                            break;
                        }
            }
            if (!ok) break;
        }
        units_.clear();
        return ok;
    }

    void undo(std::size_t to) {
        while (trail_.size() > to) {
            const int lit = trail_.back();
            trail_.pop_back();
            for (std::uint32_t c : occurs_[index(lit)]) --satisfied_[c];
            for (std::uint32_t c : occurs_[index(-lit)]) ++open_[c];
            value_[std::abs(lit)] = 0;
        }
    }

    // Splits what is unassigned of `parent` into components joined by open clauses (each
    // sorted: they are filled in the parent's order, no sort needed). Variables in no open
    // clause are free: only their number is returned, in `free`.
    std::vector<Component> components(const Component& parent, std::size_t& free) {
        std::vector<Component> out;
        free = 0;
        ++stamp_;
        for (int v : parent.vars) {
            if (value_[v] || mark_[v] == stamp_) continue;
            const auto k = static_cast<std::uint32_t>(out.size());
            bool any = false;
            stack_.clear();
            stack_.push_back(v);
            mark_[v] = stamp_;
            comp_of_[v] = k;
            while (!stack_.empty()) {
                const int x = stack_.back();
                stack_.pop_back();
                for (const std::size_t i : {index(x), index(-x)})
                    for (std::uint32_t c : occurs_[i]) {
                        if (satisfied_[c] || clause_mark_[c] == stamp_) continue;
                        clause_mark_[c] = stamp_;
                        clause_comp_[c] = k;
                        any = true;
                        for (int l : clauses_[c]) {
                            const int y = std::abs(l);
                            if (!value_[y] && mark_[y] != stamp_) {
                                mark_[y] = stamp_;
                                comp_of_[y] = k;
                                stack_.push_back(y);
                            }
                        }
                    }
            }
            if (any) out.emplace_back();
            else {
                ++free;
                comp_of_[v] = UINT32_MAX;
            }
        }
        for (int v : parent.vars)
            if (!value_[v] && comp_of_[v] != UINT32_MAX) out[comp_of_[v]].vars.push_back(v);
        for (std::uint32_t c : parent.open)
            if (!satisfied_[c]) out[clause_comp_[c]].open.push_back(c);
        return out;
    }

    // The product of the counts of what is unassigned of `parent`.
    std::optional<cpp_int> count_split(const Component& parent) {
        std::size_t free = 0;
        auto parts = components(parent, free);
        // Smallest first: a part without models ends the product before the big ones are counted.
        std::sort(parts.begin(), parts.end(), [](const Component& a, const Component& b) { return a.vars.size() < b.vars.size(); });
        cpp_int product = cpp_int(1) << free;
        for (const auto& part : parts) {
            auto c = count_component(part);
            if (!c) return std::nullopt;
            product *= *c;
            if (product == 0) break;
        }
        return product;
    }

    // The cache key: the variables, then the open clauses that lost a literal (delta-coded
    // varints). That determines the residual formula: an open clause with all its literals
    // unassigned has them all in the component, so the variables already name it; an open
    // clause that lost literals lost them to false values and keeps those on the component.
    void make_key(const Component& comp) {
        key_.clear();
        auto put = [this](std::uint32_t x) {
            while (x >= 0x80) {
                key_.push_back(static_cast<char>((x & 0x7f) | 0x80));
                x >>= 7;
            }
            key_.push_back(static_cast<char>(x));
        };
        std::uint32_t last = 0;
        for (int v : comp.vars) {
            put(static_cast<std::uint32_t>(v) - last);  // >= 1: variables are >= 1 and increase
            last = static_cast<std::uint32_t>(v);
        }
        put(0);
        last = 0;
        for (std::uint32_t c : comp.open)
            if (open_[c] < clauses_[c].size()) {
                put(c + 1 - last);
                last = c + 1;
            }
    }

    std::optional<cpp_int> count_component(const Component& comp) {
        make_key(comp);
        if (auto it = cache_.find(key_); it != cache_.end()) {
            ++stats_.hits;
            return it->second;
        }
        if (auto it = old_cache_.find(key_); it != old_cache_.end()) {
            ++stats_.hits;
            cpp_int c = it->second;
            remember(key_, c);
            return c;
        }
        ++stats_.misses;
        std::string key = key_;
        if ((++stats_.decisions & 255) == 0 && limits_.expired()) return std::nullopt;
        // Branch on the variable of highest priority (a separator, see elimination_priority).
        int best = comp.vars.front();
        for (int v : comp.vars)
            if (priority_[v] > priority_[best]) best = v;
        cpp_int total = 0;
        for (int lit : {best, -best}) {
            const std::size_t mark = trail_.size();
            if (assign(lit)) {
                auto c = count_split(comp);
                if (!c) {
                    undo(mark);
                    return std::nullopt;
                }
                total += *c;
            }
            undo(mark);
        }
        remember(key, total);
        return total;
    }

    // Two generations bounded in bytes: when the newer is full it becomes the older one and
    // the older is dropped; a hit in the older one is copied to the newer.
    void remember(const std::string& key, const cpp_int& value) {
        const std::size_t bytes = key.size() + 96 + 8 * value.backend().size();
        if (cache_used_ + bytes > cache_bytes_) {
            old_cache_.clear();
            old_cache_.swap(cache_);
            cache_used_ = 0;
            ++stats_.evictions;
        }
        if (cache_.emplace(key, value).second) cache_used_ += bytes;
    }

    int vars_;
    std::vector<std::vector<int>> clauses_;
    std::vector<std::uint32_t> priority_;
    const Limits& limits_;
    std::size_t cache_bytes_, cache_used_ = 0;
    std::vector<signed char> value_;
    std::vector<std::vector<std::uint32_t>> occurs_;
    std::vector<std::uint32_t> open_, satisfied_;
    std::vector<std::uint64_t> mark_;
    std::vector<std::uint32_t> comp_of_;
    std::vector<std::uint64_t> clause_mark_;
    std::vector<std::uint32_t> clause_comp_;
    std::uint64_t stamp_ = 0;
    std::vector<int> trail_, units_, stack_;
    std::string key_;
    std::unordered_map<std::string, cpp_int> cache_, old_cache_;
    Statistics stats_;
};

// ---------------- the CNFs whose models are the extensions ----------------

// Variables: in(a) = a + 1; for complete also out(a) = n + a + 1 (undec: neither).
std::vector<std::vector<int>> extension_cnf(const Framework& af, Semantics s, int& vars) {
    const arg_t n = af.size();
    auto in = [](arg_t a) { return static_cast<int>(a) + 1; };
    auto out = [n](arg_t a) { return static_cast<int>(n + a) + 1; };
    std::vector<std::vector<int>> cnf;
    vars = static_cast<int>(s == Semantics::complete ? 2 * n : n);
    for (arg_t a = 0; a < n; ++a) {
        const auto att = af.attackers(a);
        switch (s) {
        case Semantics::complete: {
            cnf.push_back({-in(a), -out(a)});
            std::vector<int> all_out{in(a)}, some_in{-out(a)};
            for (arg_t b : att) {
                cnf.push_back({-in(a), out(b)});  // in: every attacker out
                cnf.push_back({-in(b), out(a)});  // an attacker in: out
                all_out.push_back(-out(b));       // every attacker out: in
                some_in.push_back(in(b));         // out: some attacker in
            }
            cnf.push_back(std::move(all_out));
            cnf.push_back(std::move(some_in));
            break;
        }
        case Semantics::stable: {
            std::vector<int> covered{in(a)};
            for (arg_t b : att) {
                cnf.push_back({-in(a), -in(b)});
                covered.push_back(in(b));
            }
            cnf.push_back(std::move(covered));
            break;
        }
        case Semantics::admissible:
            for (arg_t b : att) {
                cnf.push_back({-in(a), -in(b)});
                std::vector<int> defended{-in(a)};  // a in: some member attacks b
                for (arg_t c : af.attackers(b)) defended.push_back(in(c));
                cnf.push_back(std::move(defended));
            }
            break;
        default:  // conflict-free
            for (arg_t b : att) cnf.push_back({-in(a), -in(b)});
            break;
        }
    }
    return cnf;
}

// A min-degree elimination order of the undirected attack graph (the classic heuristic for
// a tree decomposition): arguments eliminated late sit in the separators near the root, so
// branching on them first splits the rest into components early (as sharpSAT-TD does with a
// tree decomposition). Returns per argument its elimination step.
std::vector<std::uint32_t> elimination_priority(const Framework& af) {
    const arg_t n = af.size();
    std::vector<std::vector<arg_t>> adj(n);
    for (arg_t a = 0; a < n; ++a) {
        for (auto row : {af.attackers(a), af.targets(a)})
            for (arg_t b : row)
                if (b != a) adj[a].push_back(b);
        std::sort(adj[a].begin(), adj[a].end());
        adj[a].erase(std::unique(adj[a].begin(), adj[a].end()), adj[a].end());
    }
    std::vector<std::uint32_t> step(n, 0);
    std::vector<char> gone(n, 0);
    using Item = std::pair<std::size_t, arg_t>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
    for (arg_t a = 0; a < n; ++a) queue.push({adj[a].size(), a});
    std::uint32_t next = 0;
    std::vector<arg_t> merged;
    while (!queue.empty()) {
        const auto [deg, top] = queue.top();
        const arg_t a = top;  // a plain variable: clang 14 cannot capture a structured binding
        queue.pop();
        if (gone[a] || deg != adj[a].size()) continue;  // stale entry
        gone[a] = 1;
        step[a] = next++;
        // The neighbours become a clique (fill-in) and lose a.
        for (arg_t b : adj[a]) {
            merged.clear();
            std::set_union(adj[b].begin(), adj[b].end(), adj[a].begin(), adj[a].end(), std::back_inserter(merged));
            std::erase_if(merged, [&](arg_t x) { return x == a || x == b || gone[x]; });
            adj[b].swap(merged);
            queue.push({adj[b].size(), b});
        }
        adj[a].clear();
        adj[a].shrink_to_fit();
    }
    return step;
}

bool counted_by_cnf(Semantics s) {
    return s == Semantics::conflict_free || s == Semantics::admissible || s == Semantics::complete || s == Semantics::stable;
}

std::optional<cpp_int> count_component(const Framework& part, Semantics s, const Limits& limits, std::size_t cache_bytes) {
    if (counted_by_cnf(s)) {
        int vars = 0;
        auto cnf = extension_cnf(part, s, vars);
        const auto step = elimination_priority(part);
        std::vector<std::uint32_t> priority(static_cast<std::size_t>(vars) + 1, 0);
        for (int v = 1; v <= vars; ++v) priority[v] = step[static_cast<arg_t>(v - 1) % part.size()];
        return ModelCounter(vars, std::move(cnf), std::move(priority), limits, cache_bytes).count();
    }
    cpp_int n = 0;
    if (direct_ops(s).enumerate(part, [&](std::span<const arg_t>) { ++n; return true; }, limits) == Answer::unknown)
        return std::nullopt;
    return n;
}

}  // namespace

std::optional<std::string> count_decimal(const Framework& af, Semantics s, const Limits& limits, std::size_t cache_bytes) {
    if (limits.expired()) return std::nullopt;
    if (unique_status(s)) return std::string("1");
    const Framework* f = &af;
    GroundedReduction r;
    if (reducible_by_grounded(s)) {
        r = reduce_by_grounded(af);
        f = &r.rest;
    }
    cpp_int total = 1;
    const WeakComponents w = weak_components(*f);
    std::vector<arg_t> local(f->size());
    for (std::size_t k = 0; k + 1 < w.start.size(); ++k) {
        const std::span<const arg_t> comp(w.order.data() + w.start[k], w.start[k + 1] - w.start[k]);
        const auto c = comp.size() == f->size() ? count_component(*f, s, limits, cache_bytes)
                                                 : count_component(component_framework(*f, comp, local), s, limits, cache_bytes);
        if (!c) return std::nullopt;
        total *= *c;
        if (total == 0) break;
    }
    return total.str();
}

}  // namespace argmap::detail
