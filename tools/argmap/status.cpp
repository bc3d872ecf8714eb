// argmap status: the justification status of every argument of a framework (.af/.i23, .apx,
// .tgf, read as `solve` reads them) or of every claim of a map (any format `eval` reads) under
// one extension semantics: sceptical (in every extension), credulous (in some), rejected (in
// none), through argmap::justification_status. What the time limit left undecided is printed
// as unknown, never guessed, and the exit code is then 3.
#include "cli.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <iostream>
#include <memory>

namespace argmap_cli {

namespace {

struct StatusOptions {
    std::string path, from, format = "table", semantics = "grounded", support = "none", camp;
    double min_weight = 0, timeout = 0;
    unsigned threads = 1;
};

/// What is printed: one row per argument or claim.
struct Rows {
    bool map = false;
    std::string title;
    std::vector<std::string> ids, texts;  // texts: maps only
    std::vector<std::string> status;      // sceptical, credulous, rejected or unknown
};

constexpr std::array<const char*, 4> status_names{"sceptical", "credulous", "rejected", "unknown"};

std::string status_name(const argmap::JustificationStatus& js, argmap::arg_t a) {
    return js.decided[a] ? std::string(argmap::to_string(js.status[a])) : "unknown";
}

/// The framework formats are read as `solve` reads them (names as given; i23: "1".."n").
std::optional<argmap::io::AfFormat> framework_format(const StatusOptions& o) {
    if (!o.from.empty()) {
        format_named(o.from);  // Failure for an unknown name
        return argmap::io::parse_af_format(o.from);
    }
    if (is_stdio(o.path)) throw Failure{"standard input ('-') has no extension: give its format with --from FORMAT"};
    return argmap::io::af_format_of(o.path);
}

int print(const Rows& rows, const StatusOptions& o, argmap::Semantics s, const argmap::JustificationStatus& js) {
    const std::string sem(argmap::to_string(s));
    std::array<std::size_t, 4> count{};
    for (const auto& st : rows.status)
        for (std::size_t k = 0; k < status_names.size(); ++k) count[k] += st == status_names[k];
    const bool complete = js.answer != argmap::Answer::unknown;
    // Whether an extension exists is known unless stable stopped early.
    const bool extension_known = complete || s != argmap::Semantics::stable;
    if (o.format == "json") {
        nlohmann::ordered_json j;
        j["file"] = o.path;
        j["input"] = rows.map ? "map" : "framework";
        if (rows.map) j["title"] = rows.title;
        j["semantics"] = sem;
        j["complete"] = complete;
        j["has_extension"] = extension_known ? nlohmann::ordered_json(js.has_extension) : nlohmann::ordered_json(nullptr);
        j["arguments"] = nlohmann::ordered_json::array();
        for (std::size_t i = 0; i < rows.ids.size(); ++i) j["arguments"].push_back({{"id", rows.ids[i]}, {"status", rows.status[i]}});
        nlohmann::ordered_json counts;
        for (std::size_t k = 0; k < status_names.size(); ++k) counts[status_names[k]] = count[k];
        j["counts"] = counts;
        std::cout << j.dump(2) << "\n";
    } else {
        if (!rows.title.empty()) std::cout << rows.title << "\n";
        std::cout << sem << " semantics:";
        for (std::size_t k = 0; k < 3; ++k) std::cout << (k ? ", " : " ") << count[k] << " " << status_names[k];
        if (count[3]) std::cout << ", " << count[3] << " unknown (time limit reached)";
        if (!js.has_extension) std::cout << " (no " << sem << " extension exists)";
        std::cout << "\n\n";
        std::size_t id_w = 2;
        for (const auto& id : rows.ids) id_w = std::max(id_w, std::min<std::size_t>(id.size(), 28));
        std::cout << pad("STATUS", 11) << (rows.map ? pad("ID", id_w + 2) + "TEXT" : std::string("ARGUMENT")) << "\n";
        for (std::size_t i = 0; i < rows.ids.size(); ++i) {
            std::cout << pad(rows.status[i], 11);
            if (rows.map) std::cout << pad(clip(rows.ids[i], id_w), id_w + 2) << clip(rows.texts[i], 70) << "\n";
            else std::cout << rows.ids[i] << "\n";
        }
    }
    if (complete) return 0;
    std::cerr << "argmap: the time limit was reached before " << count[3] << " of " << rows.ids.size()
              << (rows.map ? " claims" : " arguments") << " were decided (printed as unknown)\n";
    return 3;
}

int cmd_status(const StatusOptions& o) {
    const auto semantics = argmap::parse_semantics(o.semantics);
    if (!semantics) throw Failure{"unknown semantics '" + o.semantics + "'"};
    argmap::Limits limits = argmap::Limits::timeout(o.timeout);
    limits.threads = o.threads;
    Rows rows;
    argmap::JustificationStatus js;
    if (const auto af_format = framework_format(o)) {
        if (o.support != "none" || !o.camp.empty() || o.min_weight > 0)
            throw Failure{"--support, --camp and --min-weight apply to argument maps, not to frameworks (i23, apx, tgf)"};
        argmap::io::NamedFramework nf;
        const auto r = is_stdio(o.path) ? argmap::io::read_af(read_input(o.path), *af_format, nf, "<stdin>")
                                        : argmap::io::read_af_file(o.path, *af_format, nf);
        for (const auto& w : r.warnings) std::cerr << w.to_string() << " (warning)\n";
        if (!r) throw Failure{r.description()};
        js = argmap::justification_status(nf.framework, *semantics, limits);
        for (argmap::arg_t a = 0; a < nf.framework.size(); ++a) {
            rows.ids.push_back(nf.names.empty() ? std::to_string(a + 1) : nf.names[a]);
            rows.status.push_back(status_name(js, a));
        }
        return print(rows, o, *semantics, js);
    }
    const auto map = load(o.path, format_named(o.from));
    const argmap::Projection p = argmap::project(map, projection_for(o.min_weight, o.support, o.camp));
    js = argmap::justification_status(p.framework, *semantics, limits);
    rows.map = true;
    rows.title = map.title();
    const auto claims = map.claims();
    for (std::size_t i = 0; i < claims.size(); ++i) {
        rows.ids.push_back(claims[i].id);
        rows.texts.push_back(claims[i].text);
        rows.status.push_back(status_name(js, p.argument_of[i]));
    }
    return print(rows, o, *semantics, js);
}

}  // namespace

void add_status(CLI::App& app, Action& action) {
    auto o = std::make_shared<StatusOptions>();
    auto* cmd = app.add_subcommand("status", "Print the justification status of every argument (framework) or claim (map): "
                                             "sceptical, credulous or rejected");
    cmd->add_option("FILE", o->path,
                    "framework (.af .i23 .apx .tgf) or map (.argdown .xml .json .graphml .aif .bag); - reads standard input (give --from)")
        ->required();
    cmd->add_option("--from", o->from, "input format: i23, apx, tgf (a framework) or argdown, argdown-json, xml, json, graphml, aif, bag (a map)");
    cmd->add_option("--semantics", o->semantics,
                    "extension semantics: a name (grounded, preferred, stable, semi-stable, stage, ideal, eager, cf2, "
                    "complete, admissible, naive, conflict-free) or an ICCMA code (GR, PR, ...)")
        ->capture_default_str();
    cmd->add_option("--format", o->format, "output format")->check(CLI::IsMember({"table", "json"}))->capture_default_str();
    cmd->add_option("--timeout", o->timeout, "seconds before giving up: what is undecided then is printed as unknown (exit code 3)")->check(timeout_seconds());
    cmd->add_option("--threads", o->threads, "threads for each hard query: more than 1 races solver configurations (default 1)")
        ->check(CLI::Range(1u, 64u));
    cmd->add_option("--support", o->support, "maps: support interpretation: none, deductive, necessary, evidential")->capture_default_str();
    cmd->add_option("--camp", o->camp, "maps: evaluate with this camp as the audience");
    cmd->add_option("--min-weight", o->min_weight, "maps: leave out relations lighter than this")->check(CLI::Range(0.0, 1.0));
    cmd->footer(examples({"argmap status framework.af --semantics PR",
                          "argmap status framework.apx --semantics stable --format json --timeout 60",
                          "argmap status debate.argdown --semantics preferred --camp clash",
                          "argmap status - --from tgf --semantics SST < framework.tgf"}));
    cmd->callback([o, &action] { action = [o] { return cmd_status(*o); }; });
}

}  // namespace argmap_cli
