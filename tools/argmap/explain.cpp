// argmap explain: why a claim is in, out or undecided under grounded semantics.
#include "cli.hpp"

#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

namespace argmap_cli {

namespace {

struct ExplainOptions {
    std::string map, claim, format = "text", support = "none";
    std::size_t depth = 8;
};

nlohmann::ordered_json explanation_json(const argmap::Explanation& e) {
    nlohmann::ordered_json j{{"subject", e.subject}, {"label", std::string(argmap::to_string(e.label))}, {"reason", e.reason}};
    j["because"] = nlohmann::ordered_json::array();
    for (const auto& c : e.because) j["because"].push_back(explanation_json(c));
    return j;
}

int cmd_explain(const ExplainOptions& o) {
    const auto map = load(o.map);
    const auto x = argmap::explain_grounded(map, o.claim, o.depth, projection_for(0, o.support, ""));
    if (o.format == "json") std::cout << explanation_json(x).dump(2) << "\n";
    else std::cout << argmap::to_text(x);
    return 0;
}

}  // namespace

void add_explain(CLI::App& app, Action& action) {
    auto o = std::make_shared<ExplainOptions>();
    auto* explain = app.add_subcommand("explain", "Why a claim is in, out or undecided under grounded semantics");
    explain->add_option("MAP", o->map, "map file")->required();
    explain->add_option("CLAIM", o->claim, "claim id")->required();
    explain->add_option("--format", o->format, "text or json")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
    explain->add_option("--depth", o->depth, "levels of reasons")->capture_default_str();
    explain->add_option("--support", o->support, "support interpretation: none, deductive, necessary, evidential")->capture_default_str();
    explain->footer(examples({"argmap explain debate.argdown Co-existence",
                              "argmap explain debate.xml \"Open Chinese base\" --format json --depth 3"}));
    explain->callback([o, &action] { action = [o] { return cmd_explain(*o); }; });
}

}  // namespace argmap_cli
