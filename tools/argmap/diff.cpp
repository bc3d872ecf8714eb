// argmap diff: what changed between two revisions of a map, and what it did to the grounded labels.
#include "cli.hpp"

#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

namespace argmap_cli {

namespace {

int cmd_diff(const std::string& before_path, const std::string& after_path, const std::string& format) {
    const auto before = load(before_path), after = load(after_path);
    const auto d = argmap::diff(before, after);
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
    return 0;
}

}  // namespace

void add_diff(CLI::App& app, Action& action) {
    auto before = std::make_shared<std::string>(), after = std::make_shared<std::string>(),
         format = std::make_shared<std::string>("text");
    auto* diffc = app.add_subcommand("diff", "What changed between two revisions of a map, and what it did to the grounded labels");
    diffc->add_option("BEFORE", *before, "earlier map")->required();
    diffc->add_option("AFTER", *after, "later map")->required();
    diffc->add_option("--format", *format, "text or json")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
    diffc->callback([=, &action] { action = [=] { return cmd_diff(*before, *after, *format); }; });
}

}  // namespace argmap_cli
