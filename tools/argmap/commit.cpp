// argmap commit: records an edited map as a new revision of a map file with a history.
#include "cli.hpp"

#include <argmap/history.hpp>

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>

namespace argmap_cli {

namespace {

struct CommitOptions {
    std::string map, edited, from, message, author, date, format = "table";
    bool allow_empty = false;
};

std::string default_author() {
    for (const char* var : {"ARGMAP_AUTHOR", "GIT_AUTHOR_NAME", "USER", "LOGNAME"})
        if (const char* v = std::getenv(var); v && *v) return v;
    return "unknown";
}

int cmd_commit(const CommitOptions& o) {
    const auto format = argmap::io::format_of(o.map);
    if (format != argmap::io::Format::xml && format != argmap::io::Format::json)
        throw Failure{o.map + ": a history is kept in a native XML (.xml, .argmap) or JSON (.json) file"};
    if (!o.date.empty() && !argmap::parse_timestamp(o.date))
        throw Failure{"--date '" + o.date + "' is not ISO 8601 (e.g. 2024-05-01 or 2024-05-01T10:00:00Z)"};
    const auto next = load(o.edited, input_format(o.edited, o.from));
    argmap::History h;
    std::vector<std::string> notes;
    if (std::filesystem::exists(o.map)) {
        h = load_history(o.map, false);
        if (h.empty()) {
            // A map file without a history: its content becomes the first revision.
            const auto current = load(o.map);
            if (h.commit(current, {.author = o.author.empty() ? default_author() : o.author,
                                   .message = "content of " + o.map + " before tracking",
                                   .timestamp = o.date}))
                notes.push_back("recorded the file's existing content as revision 1");
        }
    }
    const argmap::Revision* r = h.commit(next, {.author = o.author.empty() ? default_author() : o.author, .message = o.message,
                                                .timestamp = o.date},
                                         o.allow_empty);
    for (const auto& n : notes) std::cerr << "note: " << n << "\n";
    if (!r) {
        std::cerr << "no changes; nothing recorded (use --allow-empty to record anyway)\n";
        return 0;
    }
    argmap::io::save_history(h, o.map);
    if (o.format == "json") {
        nlohmann::ordered_json j{{"file", o.map}, {"number", h.size()}, {"id", r->id}, {"timestamp", r->timestamp},
                                 {"author", r->author}, {"message", r->message}};
        j["operations"] = nlohmann::ordered_json::array();
        for (const auto& op : r->operations) j["operations"].push_back(argmap::describe(op));
        std::cout << j.dump(2) << "\n";
        return 0;
    }
    std::cout << "recorded revision " << r->id << " (" << r->operations.size() << " operation" << (r->operations.size() == 1 ? "" : "s")
              << ") in " << o.map << "\n";
    for (const auto& op : r->operations) std::cout << "  " << argmap::describe(op) << "\n";
    return 0;
}

}  // namespace

void add_commit(CLI::App& app, Action& action) {
    auto o = std::make_shared<CommitOptions>();
    auto* cmd = app.add_subcommand("commit", "Record an edited map as a new revision of MAP (created if absent)");
    cmd->add_option("MAP", o->map, "map with a history (.xml .json)")->required();
    cmd->add_option("EDITED", o->edited, "the new state, in any format (e.g. an edited .argdown file); - reads standard input (give --from)")->required();
    cmd->add_option("--from", o->from, "format of EDITED: argdown, xml, json, graphml, aif, bag, i23, apx, tgf");
    cmd->add_option("-m,--message", o->message, "what changed and why")->required();
    cmd->add_option("--author", o->author, "author (default: $ARGMAP_AUTHOR, $GIT_AUTHOR_NAME or $USER)");
    cmd->add_option("--date", o->date, "ISO 8601 date or time of the revision (default: now)");
    cmd->add_flag("--allow-empty", o->allow_empty, "record a revision even when nothing changed");
    cmd->add_option("--format", o->format, "table or json")->check(CLI::IsMember({"table", "json"}))->capture_default_str();
    cmd->footer(examples({"argmap commit tram.xml tram.argdown -m \"a grant answers the cost\"",
                          "argmap commit tram.xml tram.argdown -m first --author ann --date 2024-01-01",
                          "argmap commit tram.json edited.graphml -m \"from yEd\" --format json"}));
    cmd->callback([o, &action] { action = [o] { return cmd_commit(*o); }; });
}

}  // namespace argmap_cli
