// argmap checkout: one revision of a map's history, written as a map file.
#include "cli.hpp"

#include <argmap/history.hpp>

#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

namespace argmap_cli {

namespace {

struct CheckoutOptions {
    std::string map, revision, out, to, format = "table";
    bool git = false;
};

int cmd_checkout(const CheckoutOptions& o) {
    const auto h = load_history(o.map, o.git);
    const auto count = h.resolve(o.revision);
    if (!count)
        throw Failure{"no revision '" + o.revision + "' in " + o.map + " (" + std::to_string(h.size()) +
                      " revisions; give an id, a number 0.." + std::to_string(h.size()) + ", or an ISO 8601 date)"};
    const auto map = h.checkout(*count);
    auto target = format_named(o.to);
    if (!target && !is_stdio(o.out)) target = argmap::io::format_of(o.out);
    if (!target) throw Failure{(is_stdio(o.out) ? std::string("standard output ('-')") : o.out) + ": unknown file extension; use --to FORMAT"};
    for (const auto& item : argmap::io::lost_in(map, *target))
        std::cerr << "note: " << argmap::io::to_string(*target) << " cannot carry " << item << "\n";
    write_output(o.out, argmap::io::write_map(map, *target));
    const std::string id = *count ? h.revisions()[*count - 1].id : std::string("(empty map)");
    // With the map on standard output, the report goes to standard error.
    std::ostream& report = is_stdio(o.out) ? std::cerr : std::cout;
    if (o.format == "json") {
        nlohmann::ordered_json j{{"file", o.out}, {"number", *count}, {"id", *count ? nlohmann::ordered_json(id) : nlohmann::ordered_json()},
                                 {"of", h.size()}, {"claims", map.claims().size()}, {"relations", map.relations().size()},
                                 {"camps", map.camps().size()}};
        if (*count) j["timestamp"] = h.revisions()[*count - 1].timestamp;
        report << j.dump(2) << "\n";
        return 0;
    }
    report << "wrote " << (is_stdio(o.out) ? std::string("standard output") : o.out) << ": revision " << id << " (" << *count << " of " << h.size() << "), " << map.claims().size()
              << " claims, " << map.relations().size() << " relations, " << map.camps().size() << " camps\n";
    return 0;
}

}  // namespace

void add_checkout(CLI::App& app, Action& action) {
    auto o = std::make_shared<CheckoutOptions>();
    auto* cmd = app.add_subcommand("checkout", "Write one revision of a map's history as a map file");
    cmd->add_option("MAP", o->map, "map with a history (.xml .json), or with --git any map file in a git repository")->required();
    cmd->add_option("REV", o->revision, "revision id, number (0 = empty map), id prefix, or ISO 8601 date (the last revision by then)")->required();
    cmd->add_option("-o,--output", o->out, "output map (any format, by extension); - writes standard output (give --to)")->required();
    cmd->add_option("--to", o->to, "output format: argdown, xml, json, graphml, aif, bag, i23, apx, tgf");
    cmd->add_flag("--git", o->git, "read the file's versions from the git repository that contains it");
    cmd->add_option("--format", o->format, "report as table or json")->check(CLI::IsMember({"table", "json"}))->capture_default_str();
    cmd->footer(examples({"argmap checkout tram.xml 1 -o tram-first.argdown",
                          "argmap checkout tram.xml 2024-01-31 -o old.xml",
                          "argmap checkout debate.argdown 3 --git -o third.argdown",
                          "argmap checkout tram.xml 1 -o - --to argdown | less"}));
    cmd->callback([o, &action] { action = [o] { return cmd_checkout(*o); }; });
}

}  // namespace argmap_cli
