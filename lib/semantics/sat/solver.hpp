// The one SAT layer every hard semantics shares: CaDiCaL with limits, incremental clauses,
// assumptions, one-shot constraints, and the standard encodings of Besnard & Doutre (2004)
// and Cerutti et al. (2013): in(a) / att(a) ("attacked by the set") variables per argument.
#pragma once

#include <memory>
#include <span>
#include <vector>

#include <cadical.hpp>

#include "argmap/extensions.hpp"

namespace argmap::sat {

enum class Base {
    conflict_free,  // no attack inside the set
    admissible,     // + every attacker of a member is attacked
    complete,       // + every argument all of whose attackers are attacked is in
    stable,         // conflict-free + every argument is in or attacked
};

enum class Result { sat, unsat, unknown };

class Solver {
public:
    /// Encodes `base` over af. With fix_grounded (only for complete-based searches) the
    /// grounded labelling is added as unit clauses.
    Solver(const Framework& af, Base base, const Limits& limits, bool fix_grounded);
    ~Solver();

    int in(arg_t a) const noexcept { return static_cast<int>(2 * a + 1); }
    int attacked(arg_t a) const noexcept { return static_cast<int>(2 * a + 2); }
    /// A literal true iff a is in the range (in or attacked); created on first use.
    int range(arg_t a);

    void add_clause(std::span<const int> lits);
    void add_clause(std::initializer_list<int> lits) { add_clause(std::span<const int>(lits.begin(), lits.size())); }
    /// Literals assumed for the next solve() only.
    void assume(int lit) { solver_->assume(lit); }
    /// A clause that holds for the next solve() only.
    void constrain(std::span<const int> lits);
    Result solve();
    bool value(int lit) const { return solver_->val(lit) > 0; }
    /// After UNSAT: whether the assumption `lit` was needed for it (part of the core).
    bool failed(int lit) { return solver_->failed(lit); }

    /// The in-set of the last model, sorted.
    std::vector<arg_t> model_extension() const;
    /// Objective literals true in the last model.
    std::vector<arg_t> true_among(const std::vector<int>& objective) const;

    arg_t size() const noexcept { return n_; }
    /// A fresh variable (for activation literals).
    int new_var() noexcept { return ++next_var_; }

private:
    struct Stop;
    arg_t n_;
    std::unique_ptr<CaDiCaL::Solver> solver_;
    std::unique_ptr<Stop> stop_;
    std::vector<int> range_;
    int next_var_;
};

}  // namespace argmap::sat
