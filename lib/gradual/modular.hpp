// The modular form (Mossakowski and Neuhaus 2018): s(a) = influence(w(a), aggregation(a)).
// Aggregations turn the weighted strengths of supporters and attackers into one number alpha;
// influences move the base score towards 1 (alpha > 0) or 0 (alpha < 0).
#pragma once

#include "gradual/driver.hpp"

namespace argmap::gradual {

// alpha = sum_sup v*s - sum_att v*s
struct SumAggregation {
    static double alpha(const WeightedBipolarFramework& g, arg_t a, const double* s) {
        double up = 0, down = 0;
        const arg_t* ss = g.support_sources();
        for (auto k = g.support_begin(a), e = g.support_end(a); k < e; ++k) up += support_weight(g, k, s) * s[ss[k]];
        const arg_t* as = g.attack_sources();
        for (auto k = g.attack_begin(a), e = g.attack_end(a); k < e; ++k) down += attack_weight(g, k, s) * s[as[k]];
        return up - down;
    }
};

// alpha = prod_att (1 - v*s) - prod_sup (1 - v*s)   (the probabilistic sums of DF-QuAD)
struct ProductAggregation {
    static double alpha(const WeightedBipolarFramework& g, arg_t a, const double* s) {
        double not_up = 1, not_down = 1;
        const arg_t* ss = g.support_sources();
        for (auto k = g.support_begin(a), e = g.support_end(a); k < e; ++k) not_up *= 1 - support_weight(g, k, s) * s[ss[k]];
        const arg_t* as = g.attack_sources();
        for (auto k = g.attack_begin(a), e = g.attack_end(a); k < e; ++k) not_down *= 1 - attack_weight(g, k, s) * s[as[k]];
        return not_down - not_up;
    }
};

// alpha = max_sup v*s - max_att v*s
struct TopAggregation {
    static double alpha(const WeightedBipolarFramework& g, arg_t a, const double* s) {
        double up = 0, down = 0;
        const arg_t* ss = g.support_sources();
        for (auto k = g.support_begin(a), e = g.support_end(a); k < e; ++k) up = std::max(up, support_weight(g, k, s) * s[ss[k]]);
        const arg_t* as = g.attack_sources();
        for (auto k = g.attack_begin(a), e = g.attack_end(a); k < e; ++k) down = std::max(down, attack_weight(g, k, s) * s[as[k]]);
        return up - down;
    }
};

// Linear with conservativeness k: w - w*max(0,-alpha)/k + (1-w)*max(0,alpha)/k, clamped.
struct LinearInfluence {
    double k = 1;
    double operator()(double w, double alpha) const {
        const double v = w - w * std::max(0.0, -alpha) / k + (1 - w) * std::max(0.0, alpha) / k;
        return std::clamp(v, 0.0, 1.0);
    }
};

// Quadratic maximum (Potyka 2018): h(x) = max(x,0)^2 / (1 + max(x,0)^2);  w - w*h(-alpha) + (1-w)*h(alpha).
struct QuadraticInfluence {
    static double h(double x) {
        const double p = std::max(x, 0.0);
        return p * p / (1 + p * p);
    }
    double operator()(double w, double alpha) const { return w - w * h(-alpha) + (1 - w) * h(alpha); }
};

// Euler-based (Amgoud and Ben-Naim 2018): 1 - (1 - w^2) / (1 + w * e^alpha).
struct EulerInfluence {
    double operator()(double w, double alpha) const { return 1 - (1 - w * w) / (1 + w * std::exp(alpha)); }
};

// MLP-based (Potyka 2021): logistic(ln(w / (1 - w)) + alpha); w = 0 and w = 1 are fixed points.
struct MlpInfluence {
    double operator()(double w, double alpha) const {
        if (w <= 0) return 0;
        if (w >= 1) return 1;
        return 1 / (1 + std::exp(-(std::log(w / (1 - w)) + alpha)));
    }
};

template <class Agg, class Inf>
struct Modular {
    Inf influence;
    explicit Modular(const GradualSemantics& s) {
        if constexpr (std::is_same_v<Inf, LinearInfluence>) influence.k = s.conservativeness;
    }
    double operator()(const WeightedBipolarFramework& g, arg_t a, const double* s) const {
        return influence(g.base(a), Agg::alpha(g, a, s));
    }
};

}  // namespace argmap::gradual
