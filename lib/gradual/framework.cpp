// WeightedBipolarFramework: incoming CSR rows for attacks and supports, optional gates, and
// the projection of a map onto it.
#include <stdexcept>

#include "argmap/gradual.hpp"

namespace argmap {

namespace {

void check_unit(double v, const char* what) {
    if (!(v >= 0.0 && v <= 1.0)) throw std::invalid_argument(std::string(what) + " must be in [0,1]");
}

// Incoming rows: offsets by target, sources and weights (and gates) in input order.
void build_rows(arg_t n, std::span<const WeightedEdge> edges, std::span<const std::int64_t> gates,
                std::vector<std::uint64_t>& off, std::vector<arg_t>& src, std::vector<double>& w,
                std::vector<std::int64_t>& gate_out) {
    if (!gates.empty() && gates.size() != edges.size()) throw std::invalid_argument("one gate per edge expected");
    off.assign(std::size_t(n) + 1, 0);
    for (const auto& e : edges) {
        if (e.from >= n || e.to >= n) throw std::invalid_argument("edge names an argument out of range");
        check_unit(e.weight, "edge weight");
        ++off[e.to + 1];
    }
    for (arg_t a = 0; a < n; ++a) off[a + 1] += off[a];
    src.resize(edges.size());
    w.resize(edges.size());
    bool any_gate = false;
    for (auto g : gates) {
        if (g >= static_cast<std::int64_t>(n)) throw std::invalid_argument("gate names an argument out of range");
        any_gate |= g >= 0;
    }
    if (any_gate) gate_out.assign(edges.size(), -1);
    std::vector<std::uint64_t> pos(off.begin(), off.end() - 1);
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const auto k = pos[edges[i].to]++;
        src[k] = edges[i].from;
        w[k] = edges[i].weight;
        if (any_gate) gate_out[k] = gates[i];
    }
}

}  // namespace

WeightedBipolarFramework::WeightedBipolarFramework(std::vector<double> base, std::span<const WeightedEdge> attacks,
                                                   std::span<const WeightedEdge> supports,
                                                   std::span<const std::int64_t> attack_gates,
                                                   std::span<const std::int64_t> support_gates)
    : base_(std::move(base)) {
    for (double b : base_) check_unit(b, "base score");
    const arg_t n = size();
    build_rows(n, attacks, attack_gates, att_off_, att_src_, att_w_, att_gate_);
    build_rows(n, supports, support_gates, sup_off_, sup_src_, sup_w_, sup_gate_);
}

std::optional<std::vector<arg_t>> WeightedBipolarFramework::topological_order() const {
    const arg_t n = size();
    // Kahn's algorithm on "source (or gate) before target".
    std::vector<std::uint32_t> indeg(n, 0);
    std::vector<std::vector<arg_t>> out(n);
    auto edge = [&](arg_t from, arg_t to) {
        out[from].push_back(to);
        ++indeg[to];
    };
    for (arg_t a = 0; a < n; ++a) {
        for (auto k = att_off_[a]; k < att_off_[a + 1]; ++k) {
            edge(att_src_[k], a);
            if (!att_gate_.empty() && att_gate_[k] >= 0) edge(static_cast<arg_t>(att_gate_[k]), a);
        }
        for (auto k = sup_off_[a]; k < sup_off_[a + 1]; ++k) {
            edge(sup_src_[k], a);
            if (!sup_gate_.empty() && sup_gate_[k] >= 0) edge(static_cast<arg_t>(sup_gate_[k]), a);
        }
    }
    std::vector<arg_t> order;
    order.reserve(n);
    for (arg_t a = 0; a < n; ++a)
        if (indeg[a] == 0) order.push_back(a);
    for (std::size_t i = 0; i < order.size(); ++i)
        for (arg_t b : out[order[i]])
            if (--indeg[b] == 0) order.push_back(b);
    if (order.size() != n) return std::nullopt;
    return order;
}

GradualProjection project_gradual(const ArgumentMap& map, double min_relation_weight) {
    const auto claims = map.claims();
    const auto rels = map.relations();
    const arg_t k = static_cast<arg_t>(claims.size());
    std::vector<double> base;
    base.reserve(k);
    for (const auto& c : claims) base.push_back(c.weight);
    auto kept = [&](const Relation& r) { return r.weight >= min_relation_weight; };
    // An auxiliary argument (base 1: the inference holds) for every kept relation that a kept
    // undercut attacks; the relation's edge is gated by it.
    std::vector<std::int64_t> aux(rels.size(), -1);
    for (const auto& r : rels)
        if (r.type == RelationType::undercut && kept(r)) {
            const auto t = *map.relation_index(r.target);
            if (kept(rels[t]) && aux[t] < 0) {
                aux[t] = static_cast<std::int64_t>(base.size());
                base.push_back(1.0);
            }
        }
    std::vector<WeightedEdge> attacks, supports;
    std::vector<std::int64_t> attack_gates, support_gates;
    for (std::size_t i = 0; i < rels.size(); ++i) {
        const Relation& r = rels[i];
        if (!kept(r)) continue;
        const arg_t from = static_cast<arg_t>(*map.claim_index(r.source));
        if (r.type == RelationType::undercut) {
            const auto t = *map.relation_index(r.target);
            if (aux[t] < 0) continue;  // its target was dropped
            attacks.push_back({from, static_cast<arg_t>(aux[t]), r.weight});
            attack_gates.push_back(aux[i]);
        } else {
            const arg_t to = static_cast<arg_t>(*map.claim_index(r.target));
            auto& edges = r.type == RelationType::attack ? attacks : supports;
            auto& gates = r.type == RelationType::attack ? attack_gates : support_gates;
            edges.push_back({from, to, r.weight});
            gates.push_back(aux[i]);
        }
    }
    GradualProjection p{WeightedBipolarFramework(std::move(base), attacks, supports, attack_gates, support_gates), {}};
    p.argument_of.resize(k);
    for (arg_t c = 0; c < k; ++c) p.argument_of[c] = c;
    return p;
}

}  // namespace argmap
