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
//     components that share no clause, count each once (cache keyed on its variables and
//     open clauses) and multiply. This is the counting "per upstream assignment" of SCC
//     recursiveness done by the solver: once the arguments that attack an SCC are decided, the
//     SCC falls apart from what is above it and its count is cached.
//     The maximal semantics (naive, preferred, semi-stable, stage) and cf2 enumerate inside
//     each component (blocking clauses, techniques.cpp and maximal.cpp).
#include <algorithm>
#include <queue>
#include <unordered_map>

#include <boost/multiprecision/cpp_int.hpp>

#include "semantics/decomposition.hpp"

namespace argmap::detail {

using boost::multiprecision::cpp_int;

namespace {

// ---------------- a small #SAT solver with component caching ----------------

class ModelCounter {
public:
    /// priority: per variable (index 0 unused), higher is branched on first.
    ModelCounter(int vars, std::vector<std::vector<int>> clauses, std::vector<std::uint32_t> priority, const Limits& limits)
        : vars_(vars), clauses_(std::move(clauses)), priority_(std::move(priority)), limits_(limits), value_(vars + 1, 0), occurs_(2 * (vars + 1)),
          open_(clauses_.size(), 0), satisfied_(clauses_.size(), 0), mark_(vars + 1, 0), clause_mark_(clauses_.size(), 0) {
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
        for (std::size_t c = 0; c < clauses_.size(); ++c) {
            if (clauses_[c].empty()) return cpp_int(0);
            // Tautologies (x or not x) are always true.
            for (int l : clauses_[c])
                if (std::binary_search(clauses_[c].begin(), clauses_[c].end(), -l)) satisfied_[c] = 1;
        }
        for (std::size_t c = 0; c < clauses_.size(); ++c)
            if (!satisfied_[c] && clauses_[c].size() == 1) units_.push_back(clauses_[c][0]);
        if (!propagate()) return cpp_int(0);
        std::vector<int> all;
        for (int v = 1; v <= vars_; ++v)
            if (!value_[v]) all.push_back(v);
        cpp_int total = 1;
        for (const auto& comp : components(all)) {
            auto c = count_component(comp);
            if (!c) return std::nullopt;
            total *= *c;
            if (total == 0) break;
        }
        return total;
    }

private:
    struct Component {
        std::vector<int> vars;             // sorted
        std::vector<std::uint32_t> open;   // sorted clause ids
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

    // The components of the unassigned variables among `vars`, joined by open clauses.
    std::vector<Component> components(const std::vector<int>& vars) {
        std::vector<Component> out;
        ++stamp_;
        for (int v : vars) {
            if (value_[v] || mark_[v] == stamp_) continue;
            Component comp;
            std::vector<int> stack{v};
            mark_[v] = stamp_;
            while (!stack.empty()) {
                const int x = stack.back();
                stack.pop_back();
                comp.vars.push_back(x);
                for (int sign : {1, -1})
                    for (std::uint32_t c : occurs_[index(sign * x)]) {
                        if (satisfied_[c] || clause_mark_[c] == stamp_) continue;
                        clause_mark_[c] = stamp_;
                        comp.open.push_back(c);
                        for (int l : clauses_[c]) {
                            const int y = std::abs(l);
                            if (!value_[y] && mark_[y] != stamp_) {
                                mark_[y] = stamp_;
                                stack.push_back(y);
                            }
                        }
                    }
            }
            std::sort(comp.vars.begin(), comp.vars.end());
            std::sort(comp.open.begin(), comp.open.end());
            out.push_back(std::move(comp));
        }
        return out;
    }

    std::optional<cpp_int> count_component(const Component& comp) {
        if (comp.open.empty()) return cpp_int(1) << comp.vars.size();  // free variables
        std::vector<std::uint32_t> key(comp.vars.begin(), comp.vars.end());
        key.push_back(0);  // variables are >= 1: 0 separates them from the clause ids
        key.insert(key.end(), comp.open.begin(), comp.open.end());
        if (auto it = cache_.find(key); it != cache_.end()) return it->second;
        if ((++nodes_ & 255) == 0 && limits_.expired()) return std::nullopt;
        // Branch on the variable of highest priority (a separator, see elimination_priority).
        int best = comp.vars.front();
        for (int v : comp.vars)
            if (priority_[v] > priority_[best]) best = v;
        cpp_int total = 0;
        for (int lit : {best, -best}) {
            const std::size_t mark = trail_.size();
            if (assign(lit)) {
                cpp_int product = 1;
                for (const auto& sub : components(comp.vars)) {
                    auto c = count_component(sub);
                    if (!c) {
                        undo(mark);
                        return std::nullopt;
                    }
                    product *= *c;
                    if (product == 0) break;
                }
                total += product;
            }
            undo(mark);
        }
        if (cache_.size() > max_cache_) cache_.clear();
        cache_.emplace(std::move(key), total);
        return total;
    }

    struct KeyHash {
        std::size_t operator()(const std::vector<std::uint32_t>& k) const noexcept {
            std::size_t h = 1469598103934665603ull;
            for (std::uint32_t x : k) h = (h ^ x) * 1099511628211ull;
            return h;
        }
    };

    int vars_;
    std::vector<std::vector<int>> clauses_;
    std::vector<std::uint32_t> priority_;
    const Limits& limits_;
    std::vector<signed char> value_;
    std::vector<std::vector<std::uint32_t>> occurs_;
    std::vector<std::uint32_t> open_, satisfied_;
    std::vector<std::uint64_t> mark_, clause_mark_;
    std::uint64_t stamp_ = 0, nodes_ = 0;
    std::vector<int> trail_, units_;
    std::unordered_map<std::vector<std::uint32_t>, cpp_int, KeyHash> cache_;
    static constexpr std::size_t max_cache_ = 2'000'000;
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

// Weakly connected components, each sorted.
std::vector<std::vector<arg_t>> weak_components(const Framework& af) {
    std::vector<char> seen(af.size(), 0);
    std::vector<std::vector<arg_t>> out;
    std::vector<arg_t> stack;
    for (arg_t r = 0; r < af.size(); ++r) {
        if (seen[r]) continue;
        std::vector<arg_t> comp;
        seen[r] = 1;
        stack.push_back(r);
        while (!stack.empty()) {
            const arg_t x = stack.back();
            stack.pop_back();
            comp.push_back(x);
            for (auto row : {af.attackers(x), af.targets(x)})
                for (arg_t y : row)
                    if (!seen[y]) {
                        seen[y] = 1;
                        stack.push_back(y);
                    }
        }
        std::sort(comp.begin(), comp.end());
        out.push_back(std::move(comp));
    }
    return out;
}

std::optional<cpp_int> count_component(const Framework& part, Semantics s, const Limits& limits) {
    if (counted_by_cnf(s)) {
        int vars = 0;
        auto cnf = extension_cnf(part, s, vars);
        const auto step = elimination_priority(part);
        std::vector<std::uint32_t> priority(static_cast<std::size_t>(vars) + 1, 0);
        for (int v = 1; v <= vars; ++v) priority[v] = step[static_cast<arg_t>(v - 1) % part.size()];
        return ModelCounter(vars, std::move(cnf), std::move(priority), limits).count();
    }
    cpp_int n = 0;
    if (direct_ops(s).enumerate(part, [&](std::span<const arg_t>) { ++n; return true; }, limits) == Answer::unknown)
        return std::nullopt;
    return n;
}

}  // namespace

std::optional<std::string> count_decimal(const Framework& af, Semantics s, const Limits& limits) {
    if (limits.expired()) return std::nullopt;
    if (s == Semantics::grounded || s == Semantics::ideal || s == Semantics::eager) return std::string("1");
    const Framework* f = &af;
    GroundedReduction r;
    if (reducible_by_grounded(s)) {
        r = reduce_by_grounded(af);
        f = &r.rest;
    }
    cpp_int total = 1;
    for (const auto& comp : weak_components(*f)) {
        const auto c = comp.size() == f->size() ? count_component(*f, s, limits)
                                                 : count_component(restrict_to(*f, comp), s, limits);
        if (!c) return std::nullopt;
        total *= *c;
        if (total == 0) break;
    }
    return total.str();
}

}  // namespace argmap::detail
