// Names, dispatch to the semantics' files, and evaluation of maps.
#include <stdexcept>

#include "gradual/driver.hpp"

namespace argmap {

namespace {

const gradual::Impl& impl(const GradualSemantics& s) {
    switch (s.kind) {
    case GradualKind::h_categorizer: return gradual::h_categorizer_impl;
    case GradualKind::max_based: return gradual::max_based_impl;
    case GradualKind::card_based: return gradual::card_based_impl;
    case GradualKind::df_quad: return gradual::df_quad_impl;
    case GradualKind::quadratic_energy: return gradual::quadratic_energy_impl;
    case GradualKind::euler_based: return gradual::euler_impl;
    case GradualKind::mlp_based: return gradual::mlp_impl;
    case GradualKind::modular: break;
    }
    if (!(s.conservativeness > 0)) throw std::invalid_argument("conservativeness must be positive");
    return gradual::modular_impl(s.aggregation, s.influence);
}

}  // namespace

std::optional<GradualSemantics> parse_gradual(std::string_view name) noexcept {
    GradualSemantics s;
    if (name == "h-categorizer") s.kind = GradualKind::h_categorizer;
    else if (name == "max-based") s.kind = GradualKind::max_based;
    else if (name == "card-based") s.kind = GradualKind::card_based;
    else if (name == "df-quad") s.kind = GradualKind::df_quad;
    else if (name == "qe") s.kind = GradualKind::quadratic_energy;
    else if (name == "euler") s.kind = GradualKind::euler_based;
    else if (name == "mlp") s.kind = GradualKind::mlp_based;
    else {
        const auto colon = name.find(':');
        if (colon == std::string_view::npos) return std::nullopt;
        const auto agg = name.substr(0, colon), inf = name.substr(colon + 1);
        if (agg == "sum") s.aggregation = Aggregation::sum;
        else if (agg == "product") s.aggregation = Aggregation::product;
        else if (agg == "top") s.aggregation = Aggregation::top;
        else return std::nullopt;
        if (inf == "linear") s.influence = Influence::linear;
        else if (inf == "quadratic") s.influence = Influence::quadratic;
        else if (inf == "euler") s.influence = Influence::euler;
        else if (inf == "mlp") s.influence = Influence::mlp;
        else return std::nullopt;
        s.kind = GradualKind::modular;
    }
    return s;
}

std::string to_string(const GradualSemantics& s) {
    switch (s.kind) {
    case GradualKind::h_categorizer: return "h-categorizer";
    case GradualKind::max_based: return "max-based";
    case GradualKind::card_based: return "card-based";
    case GradualKind::df_quad: return "df-quad";
    case GradualKind::quadratic_energy: return "qe";
    case GradualKind::euler_based: return "euler";
    case GradualKind::mlp_based: return "mlp";
    case GradualKind::modular: break;
    }
    static const char* aggs[] = {"sum", "product", "top"};
    static const char* infs[] = {"linear", "quadratic", "euler", "mlp"};
    return std::string(aggs[static_cast<int>(s.aggregation)]) + ":" + infs[static_cast<int>(s.influence)];
}

GradualResult strengths(const WeightedBipolarFramework& g, const GradualSemantics& s, const GradualOptions& options) {
    return impl(s).run(g, s, options);
}

void gradual_step(const WeightedBipolarFramework& g, const GradualSemantics& s, std::span<const double> in,
                  std::span<double> out) {
    if (in.size() != g.size() || out.size() != g.size()) throw std::invalid_argument("gradual_step: one value per argument");
    impl(s).step(g, s, in.data(), out.data());
}

GradualResult evaluate_gradual(const ArgumentMap& map, const GradualSemantics& s, const GradualOptions& options) {
    const GradualProjection p = project_gradual(map);
    GradualResult r = strengths(p.framework, s, options);
    std::vector<double> claims(p.argument_of.size());
    for (std::size_t c = 0; c < claims.size(); ++c) claims[c] = r.strength[p.argument_of[c]];
    r.strength = std::move(claims);
    return r;
}

}  // namespace argmap
