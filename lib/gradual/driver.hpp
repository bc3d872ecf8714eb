// The shared fixed-point driver of every gradual semantics. An update functor computes one
// argument's new strength from the current strengths:
//     double operator()(const WeightedBipolarFramework& g, arg_t a, const double* s) const;
// The driver runs it exactly in topological order (acyclic graphs), by Jacobi iteration, or
// by RK4 integration of ds/dt = f(s) - s. Buffers are allocated once, before any loop.
#pragma once

#include <algorithm>
#include <cmath>

#include "argmap/gradual.hpp"

namespace argmap::gradual {

/// Effective weight of incoming edge k: weight, times the gate's strength if gated.
inline double attack_weight(const WeightedBipolarFramework& g, std::uint64_t k, const double* s) {
    const double w = g.attack_weights()[k];
    if (g.attack_gates().empty()) return w;
    const std::int64_t gate = g.attack_gates()[k];
    return gate < 0 ? w : w * s[gate];
}
inline double support_weight(const WeightedBipolarFramework& g, std::uint64_t k, const double* s) {
    const double w = g.support_weights()[k];
    if (g.support_gates().empty()) return w;
    const std::int64_t gate = g.support_gates()[k];
    return gate < 0 ? w : w * s[gate];
}

template <class Update>
void step(const WeightedBipolarFramework& g, const Update& f, const double* in, double* out) {
    const arg_t n = g.size();
    for (arg_t a = 0; a < n; ++a) out[a] = f(g, a, in);
}

template <class Update>
GradualResult run(const WeightedBipolarFramework& g, const Update& f, const GradualOptions& o) {
    const arg_t n = g.size();
    GradualResult r;
    r.strength.assign(g.base_scores().begin(), g.base_scores().end());
    GradualMethod method = o.method;
    std::optional<std::vector<arg_t>> order;
    if (method == GradualMethod::automatic || method == GradualMethod::exact) {
        order = g.topological_order();
        if (order) method = GradualMethod::exact;
        else if (method == GradualMethod::automatic) method = GradualMethod::discrete;
    }
    r.method = method;
    if (method == GradualMethod::exact) {
        if (!order) {
            r.message = "the graph has a cycle; exact evaluation needs an acyclic graph";
            return r;
        }
        double* s = r.strength.data();
        for (arg_t a : *order) s[a] = f(g, a, s);  // every source of a is final already
        r.converged = true;
        r.iterations = 1;
        return r;
    }
    std::vector<double> next(n);
    if (method == GradualMethod::discrete) {
        for (r.iterations = 0; r.iterations < o.max_iterations; ) {
            if (o.limits.expired()) {
                r.message = "stopped by the deadline or cancellation";
                return r;
            }
            step(g, f, r.strength.data(), next.data());
            ++r.iterations;
            double delta = 0;
            for (arg_t a = 0; a < n; ++a) delta = std::max(delta, std::fabs(next[a] - r.strength[a]));
            r.strength.swap(next);
            r.residual = delta;
            if (delta < o.epsilon) {
                r.converged = true;
                return r;
            }
        }
        r.message = "no convergence after " + std::to_string(r.iterations) + " iterations (last change " +
                    std::to_string(r.residual) + "); try --method continuous";
        return r;
    }
    // RK4 on ds/dt = f(s) - s.
    std::vector<double> k1(n), k2(n), k3(n), k4(n), tmp(n);
    const double h = o.step;
    auto derivative = [&](const std::vector<double>& s, std::vector<double>& d) {
        step(g, f, s.data(), d.data());
        for (arg_t a = 0; a < n; ++a) d[a] -= s[a];
    };
    auto& s = r.strength;
    for (r.iterations = 0; r.iterations < o.max_iterations; ++r.iterations) {
        if (o.limits.expired()) {
            r.message = "stopped by the deadline or cancellation";
            return r;
        }
        derivative(s, k1);
        double residual = 0;
        for (arg_t a = 0; a < n; ++a) residual = std::max(residual, std::fabs(k1[a]));
        r.residual = residual;
        if (residual < o.epsilon) {
            r.converged = true;
            return r;
        }
        for (arg_t a = 0; a < n; ++a) tmp[a] = s[a] + h / 2 * k1[a];
        derivative(tmp, k2);
        for (arg_t a = 0; a < n; ++a) tmp[a] = s[a] + h / 2 * k2[a];
        derivative(tmp, k3);
        for (arg_t a = 0; a < n; ++a) tmp[a] = s[a] + h * k3[a];
        derivative(tmp, k4);
        for (arg_t a = 0; a < n; ++a)
            s[a] = std::clamp(s[a] + h / 6 * (k1[a] + 2 * k2[a] + 2 * k3[a] + k4[a]), 0.0, 1.0);
    }
    r.message = "no convergence after " + std::to_string(r.iterations) + " RK4 steps (residual " +
                std::to_string(r.residual) + "); try a smaller --step or more --iterations";
    return r;
}

/// What a semantics file provides.
struct Impl {
    GradualResult (*run)(const WeightedBipolarFramework&, const GradualSemantics&, const GradualOptions&);
    void (*step)(const WeightedBipolarFramework&, const GradualSemantics&, const double*, double*);
};

template <class Update>
constexpr Impl impl_of() {
    return {[](const WeightedBipolarFramework& g, const GradualSemantics& s, const GradualOptions& o) {
                return run(g, Update(s), o);
            },
            [](const WeightedBipolarFramework& g, const GradualSemantics& s, const double* in, double* out) {
                step(g, Update(s), in, out);
            }};
}

extern const Impl h_categorizer_impl, max_based_impl, card_based_impl, df_quad_impl, quadratic_energy_impl, euler_impl,
    mlp_impl;
/// The modular semantics for one aggregation and influence (modular.cpp).
const Impl& modular_impl(Aggregation a, Influence i);

}  // namespace argmap::gradual
