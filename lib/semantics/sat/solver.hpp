// The one SAT layer every hard semantics shares: CaDiCaL with limits, incremental clauses,
// assumptions, one-shot constraints, and the standard encodings of Besnard & Doutre (2004)
// and Cerutti et al. (2013): in(a) / att(a) ("attacked by the set") variables per argument.
#pragma once

#include <array>
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

/// How the base is written as clauses.
enum class Encoding {
    /// in(a) and attacked(a) <-> some attacker is in, both directions (Besnard & Doutre 2004).
    in_attacked,
    /// Labelling form (Cerutti et al. 2013; the admissible labellings of Caminada): in(a) and
    /// out(a), undec being neither; out(a) only requires an attacker in ("legally out"), and
    /// conflict-freeness is the binary clauses -in(a) | -in(b). For the complete and stable
    /// bases, whose out is forced by in attackers, this is the in_attacked encoding. Range
    /// literals need the forced direction: range() adds it on first use.
    labelling,
};

/// One CaDiCaL option: set(name, value).
struct Option {
    const char* name = nullptr;
    int value = 0;
};

/// A solver configuration: the encoding and CaDiCaL options (the empty list keeps CaDiCaL's
/// defaults). Constexpr so that semantics can carry theirs as constants.
struct Config {
    const char* name = "default";
    Encoding encoding = Encoding::in_attacked;
    std::array<Option, 6> options{};
    /// Maximisation: ask for "something more" with CaDiCaL's constrain() (the old path)
    /// instead of a clause under an activation literal retired after the call.
    bool grow_by_constrain = false;
};

class Solver {
public:
    /// Encodes `base` over af. With fix_grounded (only for complete-based searches) the
    /// grounded labelling is added as unit clauses. Options CaDiCaL does not know throw
    /// std::invalid_argument.
    Solver(const Framework& af, Base base, const Limits& limits, bool fix_grounded, const Config& config = {});
    ~Solver();

    int in(arg_t a) const noexcept { return static_cast<int>(2 * a + 1); }
    int attacked(arg_t a) const noexcept { return static_cast<int>(2 * a + 2); }
    /// The out label under the labelling encoding (the same variable).
    int out(arg_t a) const noexcept { return attacked(a); }
    /// A literal true iff a is in the range (in or attacked); created on first use.
    int range(arg_t a);

    void add_clause(std::span<const int> lits);
    void add_clause(std::initializer_list<int> lits) { add_clause(std::span<const int>(lits.begin(), lits.size())); }
    /// Literals assumed for the next solve() only.
    void assume(int lit) { solver_->assume(lit); }
    /// The value tried first when the search decides lit's variable (CaDiCaL's forced phase).
    void phase(int lit) { solver_->phase(lit); }
    /// A clause that holds for the next solve() only.
    void constrain(std::span<const int> lits);
    /// At most `conflicts` conflicts in the next solve() only (CaDiCaL's limit("conflicts"));
    /// solve() then returns unknown when they run out, keeping the learned clauses for the next.
    void limit_conflicts(int conflicts) { solver_->limit("conflicts", conflicts); }
    Result solve();
    bool value(int lit) const { return solver_->val(lit) > 0; }
    /// After UNSAT: whether the assumption `lit` was needed for it (part of the core).
    bool failed(int lit) { return solver_->failed(lit); }

    /// The in-set of the last model, sorted.
    std::vector<arg_t> model_extension() const;
    /// Objective literals true in the last model.
    std::vector<arg_t> true_among(const std::vector<int>& objective) const;

    arg_t size() const noexcept { return n_; }
    const Config& config() const noexcept { return config_; }
    /// A fresh variable (for activation literals).
    int new_var() noexcept { return ++next_var_; }

private:
    struct Stop;
    arg_t n_;
    std::unique_ptr<CaDiCaL::Solver> solver_;
    std::unique_ptr<Stop> stop_;
    std::vector<int> range_;
    int next_var_;
    const Framework* af_;
    Config config_;
    bool out_forced_;  // attacked(a) <- in(b) holds for every attack (b, a)
};

}  // namespace argmap::sat
