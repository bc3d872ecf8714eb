// Gradient attribution: d s(t) / d w(b), the derivative of a claim's final strength with
// respect to every claim's base score (Yin, Potyka and Toni, ECAI 2023, for acyclic DF-QuAD).
//
// At a fixed point s = F(s, w) the implicit function theorem gives ds/dw = (I - J)^-1 D, with
// J = dF/ds (one entry per edge and gate) and D = diag(dF_a/dw_a). The row of the target is
// y^T D where y solves the adjoint system (I - J)^T y = e_t, i.e. y = e_t + J^T y:
//   - acyclic graphs: one backward sweep in reverse topological order (exact);
//   - cyclic graphs: the same equation iterated (Jacobi, converging where the forward iteration
//     does), and BiCGSTAB (van der Vorst 1992) when it does not.
//
// Every semantics updates an argument from x_k = v_k * g_k * s(source_k) per incoming edge k
// (g_k the gate's strength, 1 without a gate), so dF_a/ds comes from dF_a/dx_k. Kinks: max-based
// and top (ties, or a zero maximum), card-based (an attacker at strength 0 is a jump), DF-QuAD
// and linear influence (alpha = 0 with w != 0.5; the clamp). There the partial derivative for
// an increase of the incoming strength is used (one-sided) and every argument whose derivative
// flows through that argument is flagged.
#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "explain/ancestry.hpp"

namespace argmap {

namespace {

// The derivatives of one argument's update at the current strengths.
struct Partials {
    std::vector<double> attack, support;  // dF_a/dx_k per incoming edge (global edge index)
    std::vector<double> base;             // dF_a/dw_a
    std::vector<char> kink;               // F_a is not differentiable in its inputs here
};

double x_of(const WeightedBipolarFramework& g, bool support, std::uint64_t k, const double* s) {
    const double w = support ? g.support_weights()[k] : g.attack_weights()[k];
    const auto gates = support ? g.support_gates() : g.attack_gates();
    const double gate = gates.empty() || gates[k] < 0 ? 1.0 : s[gates[k]];
    const arg_t src = support ? g.support_sources()[k] : g.attack_sources()[k];
    return w * gate * s[src];
}

// Influence of a modular semantics: value, slope for alpha going up and down, and d/dw.
struct InfluenceSlope {
    double up, down, dw;
};

InfluenceSlope influence_slope(const GradualSemantics& sem, Influence inf, double w, double alpha) {
    switch (inf) {
    case Influence::linear: {
        const double k = sem.conservativeness;
        const double raw = w - w * std::max(0.0, -alpha) / k + (1 - w) * std::max(0.0, alpha) / k;
        if (raw < 0 || raw > 1) return {0, 0, 0};  // clamped
        if (alpha > 0) return {(1 - w) / k, (1 - w) / k, 1 - alpha / k};
        if (alpha < 0) return {w / k, w / k, 1 + alpha / k};
        return {(1 - w) / k, w / k, 1};
    }
    case Influence::quadratic: {
        auto h = [](double x) { const double p = std::max(x, 0.0); return p * p / (1 + p * p); };
        auto dh = [](double x) { if (x <= 0) return 0.0; const double q = 1 + x * x; return 2 * x / (q * q); };
        const double d = w * dh(-alpha) + (1 - w) * dh(alpha);
        return {d, d, 1 - h(-alpha) - h(alpha)};
    }
    case Influence::euler: {
        const double e = std::exp(alpha), q = 1 + w * e;
        const double d = (1 - w * w) * w * e / (q * q);
        return {d, d, (2 * w * q + (1 - w * w) * e) / (q * q)};
    }
    case Influence::mlp: {
        // w = 0 and w = 1 are fixed points: no slope in alpha; d/dw is the one-sided limit.
        if (w <= 0) return {0, 0, std::exp(alpha)};
        if (w >= 1) return {0, 0, std::exp(-alpha)};
        const double x = std::log(w / (1 - w)) + alpha;
        const double sg = 1 / (1 + std::exp(-x));
        const double d = sg * (1 - sg);
        return {d, d, d / (w * (1 - w))};
    }
    }
    return {0, 0, 0};
}

// dalpha/dx per edge for an aggregation; kink when a max is tied or zero with inputs.
void aggregation_slopes(Aggregation agg, const std::vector<double>& xa, const std::vector<double>& xs,
                        std::vector<double>& da, std::vector<double>& ds, double& alpha, bool& kink) {
    da.assign(xa.size(), 0);
    ds.assign(xs.size(), 0);
    switch (agg) {
    case Aggregation::sum: {
        double up = 0, down = 0;
        for (double x : xs) up += x;
        for (double x : xa) down += x;
        alpha = up - down;
        std::fill(da.begin(), da.end(), -1.0);
        std::fill(ds.begin(), ds.end(), 1.0);
        return;
    }
    case Aggregation::product: {
        // prod_{j != k} (1 - x_j) by prefix and suffix products (no division by 1 - x_k = 0).
        auto others = [](const std::vector<double>& x, std::vector<double>& out, double sign) {
            const std::size_t m = x.size();
            std::vector<double> prefix(m + 1, 1.0);
            for (std::size_t i = 0; i < m; ++i) prefix[i + 1] = prefix[i] * (1 - x[i]);
            double suffix = 1;
            for (std::size_t i = m; i-- > 0;) {
                out[i] = sign * prefix[i] * suffix;
                suffix *= 1 - x[i];
            }
            return prefix[m];
        };
        const double not_down = others(xa, da, -1.0), not_up = others(xs, ds, 1.0);
        alpha = not_down - not_up;
        return;
    }
    case Aggregation::top: {
        auto top = [&](const std::vector<double>& x, std::vector<double>& out, double sign) {
            double m = 0;
            for (double v : x) m = std::max(m, v);
            std::size_t ties = 0;
            for (std::size_t i = 0; i < x.size(); ++i)
                if (x[i] == m) {
                    out[i] = sign;  // an increase raises the maximum
                    ++ties;
                }
            if (ties > 1 || (m == 0 && ties > 0)) kink = true;
            return m;
        };
        const double up = top(xs, ds, 1.0), down = top(xa, da, -1.0);
        alpha = up - down;
        return;
    }
    }
}

Partials partials(const WeightedBipolarFramework& g, const GradualSemantics& sem, const double* s,
                  std::span<const char> wanted) {
    const arg_t n = g.size();
    Partials p;
    p.attack.assign(g.attack_count(), 0);
    p.support.assign(g.support_count(), 0);
    p.base.assign(n, 0);
    p.kink.assign(n, 0);
    // Named semantics that are modular forms.
    Aggregation agg = sem.aggregation;
    Influence inf = sem.influence;
    bool modular = true;
    GradualSemantics eff = sem;
    switch (sem.kind) {
    case GradualKind::df_quad: agg = Aggregation::product, inf = Influence::linear, eff.conservativeness = 1; break;
    case GradualKind::quadratic_energy: agg = Aggregation::sum, inf = Influence::quadratic; break;
    case GradualKind::euler_based: agg = Aggregation::sum, inf = Influence::euler; break;
    case GradualKind::mlp_based: agg = Aggregation::sum, inf = Influence::mlp; break;
    case GradualKind::modular: break;
    case GradualKind::h_categorizer:
    case GradualKind::max_based:
    case GradualKind::card_based: modular = false; break;
    }
    std::vector<double> xa, xs, da, ds;
    for (arg_t a = 0; a < n; ++a) {
        if (!wanted[a]) continue;
        const auto ab = g.attack_begin(a), ae = g.attack_end(a), sb = g.support_begin(a), se = g.support_end(a);
        xa.clear();
        xs.clear();
        for (auto k = ab; k < ae; ++k) xa.push_back(x_of(g, false, k, s));
        for (auto k = sb; k < se; ++k) xs.push_back(x_of(g, true, k, s));
        const double w = g.base(a);
        const bool has_inputs = ae > ab || (modular && se > sb);
        if (modular) {
            double alpha = 0;
            bool kink = false;
            aggregation_slopes(agg, xa, xs, da, ds, alpha, kink);
            const InfluenceSlope sl = influence_slope(eff, inf, w, alpha);
            p.base[a] = sl.dw;
            for (std::size_t i = 0; i < xa.size(); ++i) p.attack[ab + i] = da[i] * (da[i] > 0 ? sl.up : sl.down);
            for (std::size_t i = 0; i < xs.size(); ++i) p.support[sb + i] = ds[i] * (ds[i] > 0 ? sl.up : sl.down);
            p.kink[a] = has_inputs && (kink || sl.up != sl.down);
            continue;
        }
        switch (sem.kind) {
        case GradualKind::h_categorizer: {
            double sum = 0;
            for (double x : xa) sum += x;
            p.base[a] = 1 / (1 + sum);
            for (std::size_t i = 0; i < xa.size(); ++i) p.attack[ab + i] = -w / ((1 + sum) * (1 + sum));
            break;
        }
        case GradualKind::max_based: {
            double m = 0;
            for (double x : xa) m = std::max(m, x);
            p.base[a] = 1 / (1 + m);
            std::size_t ties = 0;
            for (std::size_t i = 0; i < xa.size(); ++i)
                if (xa[i] == m) {
                    p.attack[ab + i] = -w / ((1 + m) * (1 + m));
                    ++ties;
                }
            p.kink[a] = ties > 1 || (m == 0 && ties > 0);
            break;
        }
        case GradualKind::card_based: {
            double sum = 0;
            std::size_t count = 0;
            for (double x : xa) {
                sum += x;
                count += x > 0;
            }
            if (count == 0) {
                p.base[a] = 1;
                p.kink[a] = !xa.empty();  // an attacker rising from 0 is a jump
                break;
            }
            const double c = static_cast<double>(count), d = 1 + c + sum / c;
            p.base[a] = 1 / d;
            for (std::size_t i = 0; i < xa.size(); ++i) {
                if (xa[i] > 0) p.attack[ab + i] = -w / (d * d * c);
                else p.kink[a] = 1;
            }
            break;
        }
        default: break;
        }
    }
    return p;
}

// Adds y_a * dF_a/ds_b to out[b] for every source and gate b of a's incoming edges.
void pass_on(const WeightedBipolarFramework& g, const Partials& p, const double* s, arg_t a, double ya, double* out) {
    for (int side = 0; side < 2; ++side) {
        const bool sup = side == 1;
        const auto b = sup ? g.support_begin(a) : g.attack_begin(a), e = sup ? g.support_end(a) : g.attack_end(a);
        const arg_t* src = sup ? g.support_sources() : g.attack_sources();
        const double* wt = sup ? g.support_weights() : g.attack_weights();
        const auto gates = sup ? g.support_gates() : g.attack_gates();
        const auto& d = sup ? p.support : p.attack;
        for (auto k = b; k < e; ++k) {
            if (d[k] == 0) continue;
            const double f = ya * d[k];
            const std::int64_t gate = gates.empty() ? -1 : gates[k];
            out[src[k]] += f * wt[k] * (gate < 0 ? 1.0 : s[gate]);
            if (gate >= 0) out[static_cast<std::size_t>(gate)] += f * wt[k] * s[src[k]];
        }
    }
}

// jt_y = J^T y over the wanted arguments.
void adjoint_apply(const WeightedBipolarFramework& g, const Partials& p, const double* s, std::span<const char> wanted,
                   const std::vector<double>& y, std::vector<double>& jt_y) {
    std::fill(jt_y.begin(), jt_y.end(), 0.0);
    for (arg_t a = 0; a < g.size(); ++a)
        if (wanted[a] && y[a] != 0) pass_on(g, p, s, a, y[a], jt_y.data());
}

}  // namespace

StrengthGradient strength_gradient(const WeightedBipolarFramework& g, const GradualSemantics& sem,
                                   std::span<const double> strength, arg_t target, const GradualOptions& options) {
    const arg_t n = g.size();
    if (strength.size() != n) throw std::invalid_argument("strength_gradient: one strength per argument expected");
    if (target >= n) throw std::out_of_range("strength_gradient: target out of range");
    if (sem.kind == GradualKind::modular && !(sem.conservativeness > 0))
        throw std::invalid_argument("conservativeness must be positive");
    const double* s = strength.data();
    // The target's ancestors (over sources and gates): nothing else has a derivative.
    std::vector<char> anc(n, 0);
    {
        std::vector<arg_t> stack{target};
        anc[target] = 1;
        auto visit = [&](std::int64_t x) {
            if (x >= 0 && !anc[static_cast<std::size_t>(x)]) {
                anc[static_cast<std::size_t>(x)] = 1;
                stack.push_back(static_cast<arg_t>(x));
            }
        };
        while (!stack.empty()) {
            const arg_t a = stack.back();
            stack.pop_back();
            for (auto k = g.attack_begin(a); k < g.attack_end(a); ++k) {
                visit(g.attack_sources()[k]);
                if (!g.attack_gates().empty()) visit(g.attack_gates()[k]);
            }
            for (auto k = g.support_begin(a); k < g.support_end(a); ++k) {
                visit(g.support_sources()[k]);
                if (!g.support_gates().empty()) visit(g.support_gates()[k]);
            }
        }
    }
    const Partials p = partials(g, sem, s, anc);
    StrengthGradient out;
    std::vector<double> y(n, 0.0), jt(n, 0.0);
    if (const auto order = g.topological_order()) {
        // Exact: y_a is complete once every argument a feeds has passed it on.
        y[target] = 1;
        for (auto it = order->rbegin(); it != order->rend(); ++it) {
            const arg_t a = *it;
            if (!anc[a] || y[a] == 0) continue;
            pass_on(g, p, s, a, y[a], y.data());  // a's children are done: y_a is final
        }
        out.iterations = 1;
    } else {
        // Jacobi: y <- e_t + J^T y.
        bool done = false;
        std::vector<double> next(n);
        y[target] = 1;
        double last = INFINITY;
        for (out.iterations = 0; out.iterations < options.max_iterations; ++out.iterations) {
            adjoint_apply(g, p, s, anc, y, jt);
            double delta = 0;
            for (arg_t a = 0; a < n; ++a) {
                next[a] = (a == target ? 1.0 : 0.0) + (anc[a] ? jt[a] : 0.0);
                delta = std::max(delta, std::fabs(next[a] - y[a]));
            }
            y.swap(next);
            if (delta < options.epsilon) {
                done = true;
                break;
            }
            if (!std::isfinite(delta) || (out.iterations > 50 && delta > last * 1.5)) break;  // diverging
            last = delta;
        }
        if (!done) {
            // BiCGSTAB on A y = e_t, A = I - J^T (restricted to the ancestors).
            auto apply = [&](const std::vector<double>& v, std::vector<double>& r) {
                adjoint_apply(g, p, s, anc, v, jt);
                for (arg_t a = 0; a < n; ++a) r[a] = anc[a] ? v[a] - jt[a] : 0.0;
            };
            auto dot = [&](const std::vector<double>& u, const std::vector<double>& v) {
                double t = 0;
                for (arg_t a = 0; a < n; ++a) t += u[a] * v[a];
                return t;
            };
            std::vector<double> x(n, 0.0), r(n, 0.0), rhat, pv(n, 0.0), v(n, 0.0), sv(n), t(n);
            x[target] = 1;
            apply(x, r);
            for (arg_t a = 0; a < n; ++a) r[a] = (a == target ? 1.0 : 0.0) - r[a];
            rhat = r;
            double rho = 1, alpha = 1, omega = 1;
            const std::size_t limit = std::max<std::size_t>(options.max_iterations, 2 * static_cast<std::size_t>(n) + 10);
            for (std::size_t it = 0; it < limit; ++it, ++out.iterations) {
                double res = 0;
                for (arg_t a = 0; a < n; ++a) res = std::max(res, std::fabs(r[a]));
                if (res < options.epsilon) {
                    done = true;
                    break;
                }
                const double rho_new = dot(rhat, r);
                if (rho_new == 0 || omega == 0) break;
                const double beta = (rho_new / rho) * (alpha / omega);
                rho = rho_new;
                for (arg_t a = 0; a < n; ++a) pv[a] = r[a] + beta * (pv[a] - omega * v[a]);
                apply(pv, v);
                const double rv = dot(rhat, v);
                if (rv == 0) break;
                alpha = rho / rv;
                for (arg_t a = 0; a < n; ++a) sv[a] = r[a] - alpha * v[a];
                apply(sv, t);
                const double tt = dot(t, t);
                omega = tt == 0 ? 0 : dot(t, sv) / tt;
                for (arg_t a = 0; a < n; ++a) {
                    x[a] += alpha * pv[a] + omega * sv[a];
                    r[a] = sv[a] - omega * t[a];
                }
                if (omega == 0) {
                    double res2 = 0;
                    for (arg_t a = 0; a < n; ++a) res2 = std::max(res2, std::fabs(r[a]));
                    done = res2 < options.epsilon;
                    break;
                }
            }
            y = x;
        }
        out.converged = done;
        if (!done) out.message = "the adjoint system did not converge (is the strength a stable fixed point?)";
    }
    out.derivative.assign(n, 0.0);
    for (arg_t a = 0; a < n; ++a)
        if (anc[a]) out.derivative[a] = y[a] * p.base[a];
    // Flag the strict ancestors of every kink that carries weight towards the target.
    out.kink.assign(n, 0);
    std::vector<arg_t> stack;
    std::vector<char> seen(n, 0);
    for (arg_t a = 0; a < n; ++a)
        if (anc[a] && p.kink[a] && y[a] != 0) stack.push_back(a);
    while (!stack.empty()) {
        const arg_t a = stack.back();
        stack.pop_back();
        auto mark = [&](std::int64_t x) {
            if (x < 0) return;
            const auto u = static_cast<std::size_t>(x);
            out.kink[u] = 1;
            if (!seen[u]) {
                seen[u] = 1;
                stack.push_back(static_cast<arg_t>(u));
            }
        };
        for (auto k = g.attack_begin(a); k < g.attack_end(a); ++k) {
            mark(g.attack_sources()[k]);
            if (!g.attack_gates().empty()) mark(g.attack_gates()[k]);
        }
        for (auto k = g.support_begin(a); k < g.support_end(a); ++k) {
            mark(g.support_sources()[k]);
            if (!g.support_gates().empty()) mark(g.support_gates()[k]);
        }
    }
    return out;
}

Attribution attribute_by_gradient(const ArgumentMap& map, std::string_view claim, const GradualSemantics& s,
                                  const AttributionOptions& options) {
    const attribution::AncestorGraph ag = attribution::ancestor_graph(map, claim, options.min_relation_weight);
    Attribution a;
    a.method = AttributionMethod::gradient;
    a.claim = std::string(claim);
    a.semantics = to_string(s);
    const WeightedBipolarFramework g = ag.framework();
    const GradualResult r = strengths(g, s, options.gradual);
    a.evaluations = 1;
    a.strength = r.strength[ag.target];
    const StrengthGradient d = strength_gradient(g, s, r.strength, ag.target, options.gradual);
    a.converged = r.converged && d.converged;
    const auto claims = map.claims();
    std::vector<std::string> kinks;
    for (arg_t x = 0; x < ag.size(); ++x) {
        if (ag.claim[x] < 0) continue;  // an undercut's auxiliary argument has no base score of its own
        const Claim& c = claims[static_cast<std::size_t>(ag.claim[x])];
        Contribution k;
        k.source = c.id;
        k.weight = c.weight;
        k.value = d.derivative[x];
        k.differentiable = !d.kink[x];
        k.camps = c.camps;
        if (!k.differentiable) kinks.push_back(c.id);
        a.contributions.push_back(std::move(k));
    }
    a.exact = kinks.empty();
    if (!kinks.empty()) {
        a.message = "not differentiable here (" + to_string(s) + " has a kink on the way); one-sided derivatives for";
        for (std::size_t i = 0; i < kinks.size() && i < 8; ++i) a.message += (i ? ", " : " ") + kinks[i];
        if (kinks.size() > 8) a.message += " and " + std::to_string(kinks.size() - 8) + " more";
    }
    if (!r.converged) a.message += (a.message.empty() ? "" : "; ") + ("the strengths did not converge: " + r.message);
    if (!d.converged) a.message += (a.message.empty() ? "" : "; ") + d.message;
    attribution::rank_and_share(a);
    return a;
}

}  // namespace argmap
