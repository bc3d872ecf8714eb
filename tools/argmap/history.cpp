// argmap history: the revisions of a map (stored in its XML/JSON file, or read from git).
#include "cli.hpp"

#include <argmap/history.hpp>

#include <nlohmann/json.hpp>

#include <iostream>
#include <map>
#include <memory>

namespace argmap_cli {

argmap::History load_history(const std::string& path, bool git) {
    if (git) {
        try {
            return argmap::git_history(path);
        } catch (const argmap::HistoryError& e) {
            throw Failure{e.what()};
        }
    }
    argmap::History h;
    const auto r = argmap::io::load_history(path, h);
    for (const auto& w : r.warnings) std::cerr << w.to_string() << " (warning)\n";
    if (!r) throw Failure{r.description()};
    return h;
}

namespace {

struct HistoryOptions {
    std::string path, format = "table";
    bool git = false, operations = false;
};

// "+2 -1 ~3": operations that add, remove and change something.
std::string summary(const argmap::Revision& r) {
    std::size_t add = 0, remove = 0, change = 0;
    for (const auto& o : r.operations) {
        const std::string d = argmap::describe(o);
        (d[0] == '+' ? add : d[0] == '-' ? remove : change)++;
    }
    return "+" + std::to_string(add) + " -" + std::to_string(remove) + " ~" + std::to_string(change);
}

std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }

int cmd_history(const HistoryOptions& o) {
    const auto h = load_history(o.path, o.git);
    const auto revs = h.revisions();
    if (o.format == "json") {
        nlohmann::ordered_json j;
        j["file"] = o.path;
        j["source"] = o.git ? "git" : "file";
        j["revisions"] = nlohmann::ordered_json::array();
        for (std::size_t k = 0; k < revs.size(); ++k) {
            const auto& r = revs[k];
            nlohmann::ordered_json x{{"number", k + 1}, {"id", r.id}, {"timestamp", r.timestamp}, {"author", r.author},
                                     {"message", r.message}, {"operations", r.operations.size()}};
            std::map<std::string, std::size_t> kinds;
            for (const auto& op : r.operations) ++kinds[std::string(argmap::kind_name(op))];
            x["kinds"] = kinds;
            if (o.operations) {
                x["changes"] = nlohmann::ordered_json::array();
                for (const auto& op : r.operations) x["changes"].push_back(argmap::describe(op));
            }
            j["revisions"].push_back(std::move(x));
        }
        const auto& head = h.head();
        j["head"] = {{"claims", head.claims().size()}, {"relations", head.relations().size()}, {"camps", head.camps().size()}};
        std::cout << j.dump(2) << "\n";
        return 0;
    }
    if (revs.empty()) {
        std::cout << o.path << ": no revisions\n";
        return 0;
    }
    std::size_t id_w = 2, author_w = 6;
    for (const auto& r : revs) {
        id_w = std::max(id_w, std::min<std::size_t>(r.id.size(), 10));
        author_w = std::max(author_w, std::min<std::size_t>(r.author.size(), 20));
    }
    std::cout << revs.size() << " revision" << (revs.size() == 1 ? "" : "s") << " of " << o.path << (o.git ? " (git)" : "") << "\n\n";
    std::cout << pad("#", 5) << pad("ID", id_w + 2) << pad("DATE", 27) << pad("AUTHOR", author_w + 2) << pad("CHANGES", 14) << "MESSAGE\n";
    for (std::size_t k = 0; k < revs.size(); ++k) {
        const auto& r = revs[k];
        std::cout << pad(std::to_string(k + 1), 5) << pad(r.id.substr(0, id_w), id_w + 2) << pad(r.timestamp, 27)
                  << pad(clip(r.author, author_w), author_w + 2) << pad(summary(r), 14) << clip(first_line(r.message), 60) << "\n";
        if (o.operations)
            for (const auto& op : r.operations) std::cout << "       " << argmap::describe(op) << "\n";
    }
    return 0;
}

}  // namespace

void add_history(CLI::App& app, Action& action) {
    auto o = std::make_shared<HistoryOptions>();
    auto* cmd = app.add_subcommand("history", "The revisions of a map: number, id, date, author, changes (+added -removed ~changed), message");
    cmd->add_option("MAP", o->path, "map with a history (.xml .json), or with --git any map file in a git repository")->required();
    cmd->add_flag("--git", o->git, "read the file's versions from the git repository that contains it");
    cmd->add_flag("--operations", o->operations, "list every operation of every revision");
    cmd->add_option("--format", o->format, "table or json")->check(CLI::IsMember({"table", "json"}))->capture_default_str();
    cmd->footer(examples({"argmap history tram.xml",
                          "argmap history tram.xml --operations",
                          "argmap history debate.argdown --git --format json"}));
    cmd->callback([o, &action] { action = [o] { return cmd_history(*o); }; });
}

}  // namespace argmap_cli
