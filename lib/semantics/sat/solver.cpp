#include "semantics/sat/solver.hpp"

#include <stdexcept>
#include <string>

namespace argmap::sat {

struct Solver::Stop : CaDiCaL::Terminator {
    const Limits& limits;
    explicit Stop(const Limits& l) : limits(l) {}
    bool terminate() override { return limits.expired(); }
};

Solver::Solver(const Framework& af, Base base, const Limits& limits, bool fix_grounded, const Config& config)
    : n_(af.size()), solver_(std::make_unique<CaDiCaL::Solver>()), stop_(std::make_unique<Stop>(limits)),
      range_(af.size(), 0), next_var_(static_cast<int>(2 * af.size() + 1)), af_(&af), config_(config),
      out_forced_(config.encoding == Encoding::in_attacked || base == Base::complete || base == Base::stable) {
    solver_->set("quiet", 1);  // CaDiCaL must never write to stdout: the ICCMA output is there
    for (const Option& o : config.options)
        if (o.name && !solver_->set(o.name, o.value))
            throw std::invalid_argument(std::string("CaDiCaL has no option '") + o.name + "' with value " + std::to_string(o.value));
    solver_->connect_terminator(stop_.get());
    std::vector<int> clause;
    for (arg_t a = 0; a < n_; ++a) {
        const auto attackers = af.attackers(a);
        // attacked(a) -> OR_{b attacks a} in(b); with out_forced_ also <-
        clause.assign({-attacked(a)});
        for (arg_t b : attackers) {
            clause.push_back(in(b));
            if (out_forced_) add_clause({-in(b), attacked(a)});
            else add_clause({-in(b), -in(a)});  // labelling: conflict-free directly
        }
        add_clause(clause);
        // conflict-free: in(a) -> not attacked(a)
        if (out_forced_) add_clause({-in(a), -attacked(a)});
        else add_clause({-in(a), -out(a)});
        if (base == Base::admissible || base == Base::complete)
            for (arg_t b : attackers) add_clause({-in(a), attacked(b)});  // a's attackers are attacked
        if (base == Base::complete) {
            clause.assign({in(a)});
            for (arg_t b : attackers) clause.push_back(-attacked(b));
            add_clause(clause);
        }
        if (base == Base::stable) add_clause({in(a), attacked(a)});
    }
    if (fix_grounded) {
        const Labelling g = grounded_labelling(af);
        for (arg_t a = 0; a < n_; ++a) {
            if (g[a] == Label::in) add_clause({in(a)});
            else if (g[a] == Label::out) add_clause({-in(a), attacked(a)});
        }
    }
}

Solver::~Solver() { solver_->disconnect_terminator(); }

int Solver::range(arg_t a) {
    if (!out_forced_) {
        // Range needs attacked(b) for every target b of a member: add the forced direction.
        out_forced_ = true;
        for (arg_t t = 0; t < n_; ++t)
            for (arg_t b : af_->attackers(t)) add_clause({-in(b), attacked(t)});
    }
    if (!range_[a]) {
        const int r = ++next_var_;
        range_[a] = r;
        add_clause({-r, in(a), attacked(a)});
        add_clause({r, -in(a)});
        add_clause({r, -attacked(a)});
    }
    return range_[a];
}

void Solver::add_clause(std::span<const int> lits) {
    for (int l : lits) solver_->add(l);
    solver_->add(0);
}

void Solver::constrain(std::span<const int> lits) {
    for (int l : lits) solver_->constrain(l);
    solver_->constrain(0);
}

Result Solver::solve() {
    if (stop_->limits.expired()) return Result::unknown;
    switch (solver_->solve()) {
    case 10: return Result::sat;
    case 20: return Result::unsat;
    default: return Result::unknown;
    }
}

std::vector<arg_t> Solver::model_extension() const {
    std::vector<arg_t> out;
    for (arg_t a = 0; a < n_; ++a)
        if (value(in(a))) out.push_back(a);
    return out;
}

std::vector<arg_t> Solver::true_among(const std::vector<int>& objective) const {
    std::vector<arg_t> out;
    for (arg_t a = 0; a < objective.size(); ++a)
        if (value(objective[a])) out.push_back(a);
    return out;
}

}  // namespace argmap::sat
