// argmap whatif: the claims that hypothetical edits would move, without changing the map.
#include "cli.hpp"

#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

namespace argmap_cli {

argmap::EvaluationSpec evaluation_spec_for(const std::string& semantics, const std::string& gradual, double min_weight,
                                           const std::string& support, const std::string& camp) {
    argmap::EvaluationSpec spec;
    spec.projection = projection_for(min_weight, support, camp);
    if (!gradual.empty()) {
        spec.gradual = argmap::parse_gradual(gradual);
        if (!spec.gradual)
            throw Failure{"unknown gradual semantics '" + gradual +
                          "'; expected h-categorizer, max-based, card-based, df-quad, qe, euler, mlp or AGGREGATION:INFLUENCE"};
        return spec;
    }
    const auto s = argmap::parse_semantics(semantics);
    if (!s) throw Failure{"unknown semantics '" + semantics + "'; expected a name (grounded, preferred, ...) or a code (GR, PR, ...)"};
    spec.semantics = *s;
    return spec;
}

namespace {

struct WhatIfOptions {
    std::string path, from, format = "table", semantics = "grounded", gradual, support_as = "none", camp;
    double min_weight = 0, timeout = 0;
    std::vector<std::string> retract, remove_relation;
    std::vector<std::pair<std::string, std::string>> attack, support;
    std::vector<std::pair<std::string, std::string>> weight;  // (relation or claim, number)
};

// A relation by id, or "SOURCE->TARGET" for the one attack or support between two claims.
std::string relation_named(const argmap::ArgumentMap& map, const std::string& name) {
    if (map.find_relation(name)) return name;
    const auto arrow = name.find("->");
    if (arrow == std::string::npos) throw Failure{"unknown relation '" + name + "'; give a relation id or SOURCE->TARGET"};
    auto trim = [](std::string s) {
        while (!s.empty() && s.back() == ' ') s.pop_back();
        while (!s.empty() && s.front() == ' ') s.erase(s.begin());
        return s;
    };
    const std::string from = trim(name.substr(0, arrow)), to = trim(name.substr(arrow + 2));
    std::vector<std::string> found;
    for (const auto& r : map.relations())
        if (r.type != argmap::RelationType::undercut && r.source == from && r.target == to) found.push_back(r.id);
    if (found.empty()) throw Failure{"no attack or support from '" + from + "' to '" + to + "'"};
    if (found.size() > 1) throw Failure{"'" + name + "' names several relations (" + join(found, ", ") + "); give an id"};
    return found[0];
}

int cmd_whatif(const WhatIfOptions& o) {
    const auto map = load(o.path, input_format(o.path, o.from));
    argmap::EvaluationSpec spec = evaluation_spec_for(o.semantics, o.gradual, o.min_weight, o.support_as, o.camp);
    spec.limits = argmap::Limits::timeout(o.timeout);
    spec.gradual_options.limits = spec.limits;
    std::vector<argmap::Edit> edits;
    for (const auto& [a, b] : o.attack) edits.push_back(argmap::Edit::attack(a, b));
    for (const auto& [a, b] : o.support) edits.push_back(argmap::Edit::support(a, b));
    for (const auto& [name, text] : o.weight) {
        double w = -1;
        try {
            std::size_t used = 0;
            w = std::stod(text, &used);
            if (used != text.size()) w = -1;
        } catch (const std::exception&) {
        }
        if (!(w >= 0 && w <= 1)) throw Failure{"--weight " + name + " expects a number in [0,1], got '" + text + "'"};
        const bool claim = map.find_claim(name) != nullptr;
        const bool relation = map.find_relation(name) != nullptr || name.find("->") != std::string::npos;
        if (claim && relation) throw Failure{"'" + name + "' names both a claim and a relation"};
        edits.push_back(claim ? argmap::Edit::claim_weight(name, w) : argmap::Edit::relation_weight(relation_named(map, name), w));
    }
    for (const auto& r : o.remove_relation) edits.push_back(argmap::Edit::remove_relation(relation_named(map, r)));
    for (const auto& id : o.retract) edits.push_back(argmap::Edit::retract(id));
    if (edits.empty()) throw Failure{"no edit given; use --retract, --attack, --support, --remove-relation or --weight"};
    argmap::WhatIf w;
    try {
        w = argmap::what_if(map, edits, spec);
    } catch (const argmap::ModelError& e) {
        throw Failure{o.path + ": cannot apply the edits: " + e.what()};
    }
    const bool gradual = spec.gradual.has_value();
    const std::string under = gradual ? argmap::to_string(*spec.gradual) : std::string(argmap::to_string(spec.semantics));
    auto shown = [&](const std::optional<argmap::EvaluatedStatus>& s) { return s ? argmap::to_string(*s, gradual) : std::string("-"); };
    if (o.format == "json") {
        nlohmann::ordered_json j;
        j[gradual ? "gradual" : "semantics"] = under;
        j["edits"] = nlohmann::ordered_json::array();
        for (const auto& e : edits) j["edits"].push_back(argmap::describe(e));
        j["complete"] = w.answer != argmap::Answer::unknown;
        if (gradual) j["converged"] = w.converged;
        j["changes"] = nlohmann::ordered_json::array();
        for (const auto& c : w.changes) {
            nlohmann::ordered_json x{{"claim", c.claim}};
            auto value = [&](const std::optional<argmap::EvaluatedStatus>& s) -> nlohmann::ordered_json {
                if (!s) return nullptr;
                if (gradual) return s->strength;
                return argmap::to_string(*s, false);
            };
            x["before"] = value(c.before);
            x["after"] = value(c.after);
            j["changes"].push_back(x);
        }
        std::cout << j.dump(2) << "\n";
        return w.answer == argmap::Answer::unknown ? 3 : 0;
    }
    std::cout << "what if, under " << under << (gradual ? "" : " semantics") << ":\n";
    for (const auto& e : edits) std::cout << "  " << argmap::describe(e) << "\n";
    if (w.answer == argmap::Answer::unknown) std::cout << "(stopped by the timeout: the list may be incomplete)\n";
    if (gradual && !w.converged) std::cout << "(some strengths did not converge)\n";
    if (w.changes.empty()) {
        std::cout << "\nno claim moves\n";
        return w.answer == argmap::Answer::unknown ? 3 : 0;
    }
    std::cout << "\n" << w.changes.size() << (w.changes.size() == 1 ? " claim moves:\n" : " claims move:\n");
    std::cout << pad("BEFORE", 11) << pad("AFTER", 11) << "CLAIM\n";
    for (const auto& c : w.changes) std::cout << pad(shown(c.before), 11) << pad(shown(c.after), 11) << c.claim << "\n";
    return w.answer == argmap::Answer::unknown ? 3 : 0;
}

}  // namespace

void add_whatif(CLI::App& app, Action& action) {
    auto o = std::make_shared<WhatIfOptions>();
    auto* c = app.add_subcommand("whatif", "The claims that hypothetical edits would move, without changing the map");
    c->add_option("MAP", o->path, "map file; - reads standard input (give --from)")->required();
    c->add_option("--from", o->from, "input format: argdown, xml, json, graphml, aif, bag, i23, apx, tgf");
    c->add_option("--retract", o->retract, "retract a claim (repeatable)");
    c->add_option("--attack", o->attack, "add an attack A -> B (repeatable)")->allow_extra_args(false);
    c->add_option("--support", o->support, "add a support A -> B (repeatable)")->allow_extra_args(false);
    c->add_option("--remove-relation", o->remove_relation, "remove a relation, by id or SOURCE->TARGET (repeatable)");
    c->add_option("--weight", o->weight, "set the weight of a relation (id or SOURCE->TARGET) or of a claim (repeatable)")
        ->allow_extra_args(false);
    c->add_option("--semantics", o->semantics, "extension semantics (name or ICCMA code)")->capture_default_str();
    c->add_option("--gradual", o->gradual, "gradual semantics instead: h-categorizer, df-quad, qe, euler, mlp, sum:euler, ...");
    c->add_option("--min-weight", o->min_weight, "leave out relations lighter than this")->check(CLI::Range(0.0, 1.0));
    c->add_option("--support-as", o->support_as, "support interpretation: none, deductive, necessary, evidential")->capture_default_str();
    c->add_option("--camp", o->camp, "evaluate with this camp as the audience");
    c->add_option("--timeout", o->timeout, "seconds before giving up")->check(timeout_seconds());
    c->add_option("--format", o->format, "table or json")->check(CLI::IsMember({"table", "json"}))->capture_default_str();
    c->footer(examples({"argmap whatif debate.argdown --retract \"Clash in Central Asia\"",
                        "argmap whatif tram.argdown --attack cost grant --semantics preferred",
                        "argmap whatif tram.argdown --weight grant 0.5 --gradual df-quad --format json",
                        "argmap whatif tram.argdown --remove-relation \"grant->cost\""}));
    c->callback([o, &action] { action = [o] { return cmd_whatif(*o); }; });
}

}  // namespace argmap_cli
