// argmap explain: why a claim is in, out or undecided under grounded semantics (the labels),
// or accepted or rejected under any extension semantics or audience, with a dispute tree and a
// picture of the part of the map the explanation uses; who carries a claim's gradual strength
// (--gradual) and which disregarded attacks make it accepted (--budget). One function per mode.
#include "cli.hpp"

#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

namespace argmap_cli {

namespace {

// Gradual attribution (--gradual) and budget attribution (--budget): their own options.
struct AttributionCliOptions {
    std::string gradual, method = "all", budget, budget_semantics = "grounded";
    std::size_t samples = 1000;
    std::uint64_t seed = 1;
    bool json = false;
    double min_weight = 0;
};

struct ExplainOptions {
    std::string map, claim, format = "text", support = "none";
    std::size_t depth = 8;
    // extension semantics and audiences
    std::string semantics, camp, output;
    bool highlight = false, json = false;
    double timeout = 0;
    AttributionCliOptions attribution;
};

nlohmann::ordered_json explanation_json(const argmap::Explanation& e) {
    nlohmann::ordered_json j{{"subject", e.subject}, {"label", std::string(argmap::to_string(e.label))}, {"reason", e.reason}};
    j["because"] = nlohmann::ordered_json::array();
    for (const auto& c : e.because) j["because"].push_back(explanation_json(c));
    return j;
}

bool wants_json(const ExplainOptions& o) { return o.json || o.format == "json"; }

// Mode 1: the grounded labelling's own reasons (in / out / undec).
int explain_grounded_labels(const ExplainOptions& o) {
    const auto map = load(o.map);
    const auto x = argmap::explain_grounded(map, o.claim, o.depth, projection_for(0, o.support, ""));
    if (wants_json(o)) std::cout << explanation_json(x).dump(2) << "\n";
    else std::cout << argmap::to_text(x);
    return 0;
}

// The picture of an explanation: only the part it uses (claims and relations), or the whole map
// with that part highlighted; labels are the explanation's own, or grounded for attributions.
void draw_part(const argmap::ArgumentMap& map, std::span<const argmap::Label> labels, std::vector<std::string> claims,
               std::vector<std::string> relations, const ExplainOptions& o) {
    argmap::RenderOptions ro;
    ro.focus_claims = std::move(claims);
    ro.focus_relations = std::move(relations);
    ro.highlight = o.highlight;
    try {
        argmap::render_file(map, labels, o.output, ro);
    } catch (const argmap::RenderError& e) {
        throw Failure{e.what()};
    }
    std::cerr << "wrote " << o.output << "\n";
}

// Mode 2: acceptance under an extension semantics (and audience), with certificates.
int explain_extension_acceptance(const ExplainOptions& o) {
    const auto map = load(o.map);
    const std::string name = o.semantics.empty() ? "grounded" : o.semantics;
    const auto semantics = argmap::parse_semantics(name);
    if (!semantics) throw Failure{"unknown semantics '" + name + "'"};
    if (o.highlight && o.output.empty()) throw Failure{"--highlight needs a picture: add -o FILE.svg"};
    if (!o.output.empty() && !argmap::image_format_of(o.output))
        throw Failure{o.output + ": unknown image extension; expected .svg, .png, .dot or .gv"};
    const auto x = argmap::explain_claim(map, o.claim, *semantics, projection_for(0, o.support, o.camp), argmap::Limits::timeout(o.timeout));
    if (wants_json(o)) std::cout << argmap::to_json(x) << "\n";
    else std::cout << argmap::to_text(x);
    if (!o.output.empty()) draw_part(map, x.labels, x.claims_used, x.relations_used, o);
    return x.core.answer == argmap::Answer::yes ? 0 : 4;
}

// argmap explain MAP CLAIM --gradual Y [--method removal|gradient|shapley|all]: who carries the
// claim's strength. --budget credulous|sceptical: which disregarded attacks make it accepted.
int cmd_attribution(const ExplainOptions& o) {
    const auto& a = o.attribution;
    const auto map = load(o.map);
    const bool json = a.json || wants_json(o);
    if (!map.find_claim(o.claim)) throw Failure{"unknown claim '" + o.claim + "' in " + o.map};
    if (!a.budget.empty() && !a.gradual.empty()) throw Failure{"--budget and --gradual explain different things; give one"};
    if (!o.semantics.empty() || !o.camp.empty())
        throw Failure{"--semantics and --camp explain acceptance; --gradual and --budget explain strengths and budgets: give one"};
    if (o.highlight && o.output.empty()) throw Failure{"--highlight needs a picture: add -o FILE.svg"};
    if (!o.output.empty() && !argmap::image_format_of(o.output))
        throw Failure{o.output + ": unknown image extension; expected .svg, .png, .dot or .gv"};
    std::vector<std::string> part_claims{o.claim}, part_relations;
    if (!a.budget.empty()) {
        const auto s = argmap::parse_semantics(a.budget_semantics);
        if (!s || (*s != argmap::Semantics::grounded && *s != argmap::Semantics::preferred))
            throw Failure{"--budget-semantics expects grounded or preferred, got '" + a.budget_semantics + "'"};
        const auto b = argmap::attribute_budget(map, o.claim, *s, a.budget == "sceptical",
                                                projection_for(a.min_weight, o.support, ""));
        std::cout << (json ? argmap::to_json(b) + "\n" : argmap::to_text(b));
        if (!o.output.empty()) {
            for (const auto& d : b.dropped) {
                part_claims.push_back(d.from);
                part_claims.push_back(d.to);
                part_relations.insert(part_relations.end(), d.relations.begin(), d.relations.end());
            }
            draw_part(map, argmap::evaluate_grounded(map), part_claims, part_relations, o);
        }
        return 0;
    }
    const auto gradual = argmap::parse_gradual(a.gradual);
    if (!gradual)
        throw Failure{"unknown gradual semantics '" + a.gradual +
                      "'; expected h-categorizer, max-based, card-based, df-quad, qe, euler, mlp or AGGREGATION:INFLUENCE"};
    argmap::AttributionOptions opts;
    opts.samples = a.samples;
    opts.seed = a.seed;
    opts.min_relation_weight = a.min_weight;
    std::vector<argmap::AttributionMethod> methods;
    if (a.method == "all") methods = {argmap::AttributionMethod::removal, argmap::AttributionMethod::gradient,
                                      argmap::AttributionMethod::shapley};
    else methods = {*argmap::parse_attribution_method(a.method)};
    std::string out = json && methods.size() > 1 ? "[\n" : "";
    for (std::size_t i = 0; i < methods.size(); ++i) {
        const auto r = argmap::attribute(map, o.claim, *gradual, methods[i], opts);
        for (const auto& c : r.contributions) {
            part_claims.push_back(c.source);
            if (!c.target.empty()) part_claims.push_back(c.target);
            if (!c.relation.empty()) part_relations.push_back(c.relation);
        }
        if (json) out += argmap::to_json(r) + (i + 1 < methods.size() ? ",\n" : "\n");
        else out += (i ? "\n" : "") + argmap::to_text(r);
    }
    if (json && methods.size() > 1) out += "]\n";
    std::cout << out;
    if (!o.output.empty()) draw_part(map, argmap::evaluate_grounded(map), part_claims, part_relations, o);
    return 0;
}

void add_attribution_options(CLI::App* explain, AttributionCliOptions& a) {
    auto* gradual = explain->add_option("--gradual", a.gradual,
                                        "attribute the claim's strength under this gradual semantics (df-quad, qe, ...)");
    explain->add_option("--method", a.method, "with --gradual: removal, gradient, shapley or all")
        ->check(CLI::IsMember({"removal", "gradient", "shapley", "all"}))->capture_default_str()->needs(gradual);
    explain->add_option("--samples", a.samples, "with --method shapley: random orders when there are too many relations to enumerate")
        ->check(CLI::Range(std::size_t(1), std::size_t(100000000)))->capture_default_str()->needs(gradual);
    explain->add_option("--seed", a.seed, "with --method shapley: seed of the sampler")->capture_default_str()->needs(gradual);
    auto* budget = explain->add_option("--budget", a.budget, "which disregarded attacks make the claim accepted: credulous or sceptical")
        ->check(CLI::IsMember({"credulous", "sceptical"}));
    explain->add_option("--budget-semantics", a.budget_semantics, "with --budget: grounded or preferred")
        ->capture_default_str()->needs(budget);
    explain->add_option("--min-weight", a.min_weight, "leave out relations lighter than this")->capture_default_str();
}

int cmd_explain(const ExplainOptions& o) {
    if (!o.attribution.gradual.empty() || !o.attribution.budget.empty()) return cmd_attribution(o);
    if (o.semantics.empty() && o.camp.empty() && o.output.empty() && !o.highlight) return explain_grounded_labels(o);
    return explain_extension_acceptance(o);
}

}  // namespace

void add_explain(CLI::App& app, Action& action) {
    auto o = std::make_shared<ExplainOptions>();
    auto* explain = app.add_subcommand("explain", "Why a claim is in, out or undecided (grounded), or accepted or rejected under a semantics or camp");
    explain->add_option("MAP", o->map, "map file")->required();
    explain->add_option("CLAIM", o->claim, "claim id")->required();
    explain->add_option("--format", o->format, "text or json")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
    explain->add_flag("--json", o->json, "same as --format json");
    explain->add_option("--depth", o->depth, "levels of reasons (grounded labels)")->capture_default_str();
    explain->add_option("--support", o->support, "support interpretation: none, deductive, necessary, evidential")->capture_default_str();
    explain->add_option("--semantics", o->semantics,
                        "explain acceptance under this semantics (CF NA ADM CO GR PR ST SST STG ID EA CF2 or a name): "
                        "dispute tree, certificate extension, defeater");
    explain->add_option("--camp", o->camp, "with this camp as the audience: also which attacks it discards and why");
    explain->add_option("-o,--output", o->output, "draw the part of the map the explanation uses (.svg .png .dot)");
    explain->add_flag("--highlight", o->highlight, "with -o: draw the whole map, the explanation emphasised");
    explain->add_option("--timeout", o->timeout, "seconds before giving up (exit 4)")->check(timeout_seconds());
    add_attribution_options(explain, o->attribution);
    explain->footer(examples({"argmap explain debate.argdown Co-existence",
                              "argmap explain debate.xml \"Open Chinese base\" --format json --depth 3",
                              "argmap explain debate.argdown Co-existence --semantics preferred -o why.svg",
                              "argmap explain debate.argdown Co-existence --camp clash",
                              "argmap explain debate.argdown Co-existence --gradual df-quad --method shapley"}));
    explain->callback([o, &action] { action = [o] { return cmd_explain(*o); }; });
}

}  // namespace argmap_cli
