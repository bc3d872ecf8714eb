// argmap timeline: a claim's status at every revision (or every claim's, as a table), and the
// strip chart of one claim as SVG.
#include "cli.hpp"

#include <argmap/timeline.hpp>

#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

namespace argmap_cli {

namespace {

struct TimelineCliOptions {
    std::string path, claim, semantics, gradual, support = "none", camp, out, format = "table";
    double min_weight = 0, timeout = 0;
    bool git = false;
};

nlohmann::ordered_json status_json(const argmap::ClaimStatus& s) {
    nlohmann::ordered_json j{{"present", s.present}};
    if (s.label) j["label"] = std::string(argmap::to_string(*s.label));
    if (s.acceptance) j["acceptance"] = std::string(argmap::to_string(*s.acceptance));
    if (s.strength) j["strength"] = *s.strength;
    return j;
}

// Short cell for the claims x revisions table.
std::string cell(const argmap::ClaimStatus& s) {
    if (!s.present) return "-";
    std::string out;
    if (s.label) out = std::string(argmap::to_string(*s.label));
    else if (s.acceptance) out = *s.acceptance == argmap::Acceptance::sceptical ? "scep" : *s.acceptance == argmap::Acceptance::credulous ? "cred" : "rej";
    if (s.strength) {
        char b[16];
        std::snprintf(b, sizeof b, "%.2f", *s.strength);
        out += (out.empty() ? "" : " ") + std::string(b);
    }
    return out;
}

int cmd_timeline(const TimelineCliOptions& c) {
    argmap::TimelineOptions o;
    if (!c.semantics.empty() || c.gradual.empty()) {
        const std::string name = c.semantics.empty() ? "grounded" : c.semantics;
        o.semantics = argmap::parse_semantics(name);
        if (!o.semantics) throw Failure{"unknown semantics '" + name + "'"};
    } else {
        o.semantics.reset();
    }
    if (!c.gradual.empty()) {
        o.gradual = argmap::parse_gradual(c.gradual);
        if (!o.gradual) throw Failure{"unknown gradual semantics '" + c.gradual + "'"};
    }
    o.projection = projection_for(c.min_weight, c.support, c.camp);
    o.limits = argmap::Limits::timeout(c.timeout);
    if (!c.out.empty() && c.claim.empty()) throw Failure{"a picture (-o) shows one claim: give CLAIM"};
    const auto h = load_history(c.path, c.git);
    const auto t = argmap::timeline(h, o);
    const auto revs = h.revisions();
    for (std::size_t k = 0; k < t.complete.size(); ++k)
        if (!t.complete[k]) std::cerr << "argmap: revision " << t.revisions[k] << ": no complete answer (time limit or no convergence)\n";
    std::string what;
    if (o.semantics) what = std::string(argmap::to_string(*o.semantics));
    if (o.gradual) what += (what.empty() ? "" : ", ") + argmap::to_string(*o.gradual);

    if (!c.claim.empty()) {
        const auto* row = t.row(c.claim);
        if (!row) throw Failure{"unknown claim '" + c.claim + "' (in no revision of " + c.path + ")"};
        const auto changes = t.changes(c.claim);
        std::vector<bool> changed(t.revisions.size(), false);
        for (const auto& ch : changes) changed[ch.revision] = true;
        if (!c.out.empty()) {
            write_output(c.out, argmap::timeline_svg(t, c.claim));
            if (is_stdio(c.out)) return 0;  // the picture is the output
            std::cerr << "wrote " << c.out << "\n";
        }
        if (c.format == "json") {
            nlohmann::ordered_json j{{"claim", c.claim}, {"semantics", what}};
            j["revisions"] = nlohmann::ordered_json::array();
            for (std::size_t k = 0; k < t.revisions.size(); ++k) {
                auto x = status_json((*row)[k]);
                nlohmann::ordered_json r{{"number", k + 1}, {"id", revs[k].id}, {"timestamp", revs[k].timestamp}, {"author", revs[k].author},
                                         {"message", revs[k].message}};
                r.update(x);
                r["changed"] = bool(changed[k]);
                j["revisions"].push_back(std::move(r));
            }
            j["changes"] = nlohmann::ordered_json::array();
            for (const auto& ch : changes)
                j["changes"].push_back({{"number", ch.revision + 1}, {"id", t.revisions[ch.revision]}, {"before", status_json(ch.before)},
                                        {"after", status_json(ch.after)}});
            std::cout << j.dump(2) << "\n";
            return 0;
        }
        std::cout << c.claim << " over " << t.revisions.size() << " revision" << (t.revisions.size() == 1 ? "" : "s") << " (" << what
                  << "): " << changes.size() << " change" << (changes.size() == 1 ? "" : "s") << "\n\n";
        std::cout << pad("#", 5) << pad("ID", 12) << pad("DATE", 12) << pad("STATUS", 18) << pad("CHANGE", 8) << "MESSAGE\n";
        for (std::size_t k = 0; k < t.revisions.size(); ++k)
            std::cout << pad(std::to_string(k + 1), 5) << pad(revs[k].id.substr(0, 10), 12) << pad(revs[k].timestamp.substr(0, 10), 12)
                      << pad(argmap::describe((*row)[k]), 18) << pad(changed[k] ? "*" : "", 8)
                      << clip(revs[k].message.substr(0, revs[k].message.find('\n')), 50) << "\n";
        return 0;
    }
    if (c.format == "json") {
        nlohmann::ordered_json j{{"semantics", what}};
        j["revisions"] = nlohmann::ordered_json::array();
        for (std::size_t k = 0; k < t.revisions.size(); ++k)
            j["revisions"].push_back({{"number", k + 1}, {"id", revs[k].id}, {"timestamp", revs[k].timestamp}, {"message", revs[k].message}});
        j["claims"] = nlohmann::ordered_json::array();
        for (std::size_t i = 0; i < t.claims.size(); ++i) {
            nlohmann::ordered_json x{{"id", t.claims[i]}};
            x["statuses"] = nlohmann::ordered_json::array();
            for (const auto& s : t.status[i]) x["statuses"].push_back(status_json(s));
            x["changes"] = t.changes(t.claims[i]).size();
            j["claims"].push_back(std::move(x));
        }
        std::cout << j.dump(2) << "\n";
        return 0;
    }
    std::cout << t.claims.size() << " claims over " << t.revisions.size() << " revisions (" << what << "); - = absent\n\n";
    std::size_t id_w = 5;
    for (const auto& id : t.claims) id_w = std::max(id_w, std::min<std::size_t>(id.size(), 28));
    const std::size_t w = o.semantics && o.gradual ? 12 : 7;
    std::cout << pad("CLAIM", id_w + 2);
    for (std::size_t k = 0; k < t.revisions.size(); ++k) std::cout << pad("#" + std::to_string(k + 1), w);
    std::cout << "\n";
    for (std::size_t i = 0; i < t.claims.size(); ++i) {
        std::cout << pad(clip(t.claims[i], id_w), id_w + 2);
        for (const auto& s : t.status[i]) std::cout << pad(cell(s), w);
        std::cout << "\n";
    }
    return 0;
}

}  // namespace

void add_timeline(CLI::App& app, Action& action) {
    auto o = std::make_shared<TimelineCliOptions>();
    auto* cmd = app.add_subcommand("timeline", "A claim's status at every revision and where it changed; without CLAIM, every claim x revision");
    cmd->add_option("MAP", o->path, "map with a history (.xml .json), or with --git any map file in a git repository")->required();
    cmd->add_option("CLAIM", o->claim, "claim id");
    cmd->add_option("--semantics", o->semantics, "extension semantics (default grounded unless --gradual alone)");
    cmd->add_option("--gradual", o->gradual, "gradual semantics for strengths: h-categorizer, df-quad, qe, euler, mlp, ...");
    cmd->add_flag("--git", o->git, "read the file's versions from the git repository that contains it");
    cmd->add_option("-o,--output", o->out, "write the claim's strip chart as SVG; - writes it to standard output (instead of the table)");
    cmd->add_option("--support", o->support, "support interpretation: none, deductive, necessary, evidential")->capture_default_str();
    cmd->add_option("--camp", o->camp, "evaluate with this camp as the audience");
    cmd->add_option("--min-weight", o->min_weight, "leave out relations lighter than this")->check(CLI::Range(0.0, 1.0));
    cmd->add_option("--timeout", o->timeout, "seconds before giving up (whole timeline)")->check(timeout_seconds());
    cmd->add_option("--format", o->format, "table or json")->check(CLI::IsMember({"table", "json"}))->capture_default_str();
    cmd->footer(examples({"argmap timeline tram.xml",
                          "argmap timeline tram.xml tram --semantics preferred",
                          "argmap timeline tram.xml tram --gradual df-quad -o tram-timeline.svg",
                          "argmap timeline debate.argdown --git --format json"}));
    cmd->callback([o, &action] { action = [o] { return cmd_timeline(*o); }; });
}

}  // namespace argmap_cli
