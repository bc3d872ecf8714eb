// argmap diff: what changed between two revisions of a map, what it did to the grounded labels, and
// (--causes) which changes caused each changed conclusion under a chosen semantics.
#include "cli.hpp"

#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

namespace argmap_cli {

namespace {

struct CauseOptions {
    bool on = false;
    std::string semantics = "grounded", gradual, camp, from;
    double min_weight = 0, timeout = 0;
};

// Per changed conclusion, the changes that undone alone (or together) restore it.
nlohmann::ordered_json causes_json(const argmap::Causes& c, bool gradual) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& x : c.conclusions) {
        nlohmann::ordered_json j{{"claim", x.claim}};
        if (gradual) {
            j["before"] = x.before.strength;
            j["after"] = x.after.strength;
        } else {
            j["before"] = argmap::to_string(x.before, false);
            j["after"] = argmap::to_string(x.after, false);
        }
        j["causes"] = nlohmann::ordered_json::array();
        for (const auto& set : x.causes) {
            std::vector<std::string> names;
            for (std::size_t k : set) names.push_back(c.changes[k].description);
            j["causes"].push_back(names);
        }
        j["joint"] = x.joint;
        out.push_back(j);
    }
    return out;
}

void print_causes(const argmap::Causes& c, bool gradual, const std::string& under, std::size_t max_set) {
    std::cout << "\ncauses (" << under << "):\n";
    if (c.answer == argmap::Answer::unknown) std::cout << "  (stopped by the timeout: incomplete)\n";
    if (c.conclusions.empty()) std::cout << "  no conclusion changed\n";
    for (const auto& x : c.conclusions) {
        std::cout << "  " << x.claim << ": " << argmap::to_string(x.before, gradual) << " -> " << argmap::to_string(x.after, gradual) << "\n";
        for (const auto& set : x.causes) {
            std::vector<std::string> names;
            for (std::size_t k : set) names.push_back(c.changes[k].description);
            std::cout << "    " << (set.size() == 1 ? "because " : "jointly ") << join(names, " & ") << "\n";
        }
        if (x.joint) std::cout << "    joint: no set of up to " << max_set << " changes restores it; only more of them together\n";
        else if (x.causes.empty()) std::cout << "    no cause found within the search budget\n";
    }
}

int cmd_diff(const std::string& before_path, const std::string& after_path, const std::string& format, const CauseOptions& co) {
    if (is_stdio(before_path) && is_stdio(after_path)) throw Failure{"only one of BEFORE and AFTER can be standard input ('-')"};
    const auto before = load(before_path, input_format(before_path, co.from)), after = load(after_path, input_format(after_path, co.from));
    const auto d = argmap::diff(before, after);
    std::optional<argmap::Causes> why;
    argmap::CausesOptions copt;
    std::string under;
    if (co.on) {
        copt.spec = evaluation_spec_for(co.semantics, co.gradual, co.min_weight, "none", co.camp);
        copt.spec.limits = argmap::Limits::timeout(co.timeout);
        copt.spec.gradual_options.limits = copt.spec.limits;
        under = copt.spec.gradual ? argmap::to_string(*copt.spec.gradual) : std::string(argmap::to_string(copt.spec.semantics));
        why = argmap::causes(before, after, copt);
    }
    const bool gradual = copt.spec.gradual.has_value();
    auto label = [](const std::optional<argmap::Label>& l) { return l ? std::string(argmap::to_string(*l)) : std::string("-"); };
    if (format == "json") {
        nlohmann::ordered_json j;
        j["added_claims"] = d.added_claims;
        j["removed_claims"] = d.removed_claims;
        j["changed_claims"] = nlohmann::ordered_json::array();
        for (const auto& [id, fields] : d.changed_claims) j["changed_claims"].push_back({{"id", id}, {"fields", fields}});
        j["added_relations"] = d.added_relations;
        j["removed_relations"] = d.removed_relations;
        j["reweighted_relations"] = d.reweighted_relations;
        j["label_changes"] = nlohmann::ordered_json::array();
        for (const auto& c : d.label_changes)
            j["label_changes"].push_back({{"claim", c.claim}, {"before", label(c.before)}, {"after", label(c.after)}});
        if (why) {
            j["causes"] = {{gradual ? "gradual" : "semantics", under}, {"complete", why->answer != argmap::Answer::unknown},
                           {"conclusions", causes_json(*why, gradual)}};
        }
        std::cout << j.dump(2) << "\n";
        return 0;
    }
    for (const auto& id : d.added_claims) std::cout << "+ claim " << id << "\n";
    for (const auto& id : d.removed_claims) std::cout << "- claim " << id << "\n";
    for (const auto& [id, fields] : d.changed_claims) std::cout << "~ claim " << id << " (" << join(fields, ", ") << ")\n";
    for (const auto& r : d.added_relations) std::cout << "+ " << r << "\n";
    for (const auto& r : d.removed_relations) std::cout << "- " << r << "\n";
    for (const auto& r : d.reweighted_relations) std::cout << "~ " << r << " (weight)\n";
    if (d.empty()) std::cout << "no changes\n";
    if (!d.label_changes.empty()) {
        std::cout << "\ngrounded labels:\n";
        for (const auto& c : d.label_changes) std::cout << "  " << c.claim << ": " << label(c.before) << " -> " << label(c.after) << "\n";
    }
    if (why) print_causes(*why, gradual, under, copt.max_set);
    return 0;
}

}  // namespace

void add_diff(CLI::App& app, Action& action) {
    auto before = std::make_shared<std::string>(), after = std::make_shared<std::string>(),
         format = std::make_shared<std::string>("text");
    auto co = std::make_shared<CauseOptions>();
    auto* diffc = app.add_subcommand("diff", "What changed between two revisions of a map, and what it did to the grounded labels");
    diffc->add_option("BEFORE", *before, "earlier map; - reads standard input (give --from)")->required();
    diffc->add_option("AFTER", *after, "later map; - reads standard input (give --from)")->required();
    diffc->add_option("--from", co->from, "format of the maps given as - (and of both, overriding their extensions)");
    diffc->add_option("--format", *format, "text or json")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
    diffc->add_flag("--causes", co->on, "tie each changed conclusion to the changes that, undone, restore it");
    diffc->add_option("--semantics", co->semantics, "causes: extension semantics (name or ICCMA code)")->capture_default_str();
    diffc->add_option("--gradual", co->gradual, "causes: a gradual semantics instead (df-quad, qe, ...)");
    diffc->add_option("--min-weight", co->min_weight, "causes: leave out relations lighter than this")->check(CLI::Range(0.0, 1.0));
    diffc->add_option("--camp", co->camp, "causes: this camp as the audience");
    diffc->add_option("--timeout", co->timeout, "causes: seconds before giving up")->check(timeout_seconds());
    diffc->footer(examples({"argmap diff debate-v1.argdown debate-v2.argdown",
                            "argmap diff old.xml new.xml --format json",
                            "argmap diff v1.argdown v2.argdown --causes --semantics preferred",
                            "git show HEAD~1:debate.argdown | argmap diff - debate.argdown --from argdown"}));
    diffc->callback([=, &action] { action = [=] { return cmd_diff(*before, *after, *format, *co); }; });
}

}  // namespace argmap_cli
