// argmap predictions: which predictions of a map are open, which are past their horizon
// unresolved (due), and how the resolved ones were settled, as of a date (default today).
#include "cli.hpp"

#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

namespace argmap_cli {

namespace {

struct PredictionsOptions {
    std::string map, as_of, format = "table", support = "none", camp;
};

nlohmann::ordered_json entry_json(const argmap::PredictionEntry& e) {
    const argmap::Prediction& p = e.prediction;
    nlohmann::ordered_json j{{"claim", e.claim},
                             {"label", std::string(argmap::to_string(e.label))},
                             {"horizon", p.horizon},
                             {"status", std::string(argmap::to_string(p.status))}};
    if (e.state == argmap::PredictionState::open) j["days_left"] = e.days;
    if (e.state == argmap::PredictionState::due) j["days_overdue"] = e.days;
    if (e.state == argmap::PredictionState::resolved) {
        j["resolved_on"] = p.resolved_on;
        j["days_from_horizon"] = e.days;
        j["evidence"] = nlohmann::ordered_json::array();
        for (const auto& ev : e.evidence) j["evidence"].push_back({{"claim", ev.claim}, {"label", std::string(argmap::to_string(ev.label))}});
        j["evidence_standing"] = std::string(argmap::to_string(e.standing));
        j["flagged"] = e.flagged();
    }
    if (!p.note.empty()) j["note"] = p.note;
    return j;
}

void print_table(const argmap::ArgumentMap& map, const argmap::PredictionReport& r) {
    if (!map.title().empty()) std::cout << map.title() << "\n";
    std::cout << "predictions as of " << r.as_of << ": " << r.open.size() << " open, " << r.due.size() << " due, "
              << r.resolved.size() << " resolved";
    std::size_t flagged = 0;
    for (const auto& e : r.resolved) flagged += e.flagged();
    if (flagged) std::cout << " (" << flagged << " flagged)";
    std::cout << "\n";
    if (!r.open.empty()) {
        std::cout << "\nopen\n  " << pad("HORIZON", 12) << pad("DAYS LEFT", 11) << pad("LABEL", 7) << "CLAIM\n";
        for (const auto& e : r.open)
            std::cout << "  " << pad(e.prediction.horizon, 12) << pad(std::to_string(e.days), 11)
                      << pad(std::string(argmap::to_string(e.label)), 7) << clip(e.claim, 50) << "\n";
    }
    if (!r.due.empty()) {
        std::cout << "\ndue (past the horizon, unresolved)\n  " << pad("HORIZON", 12) << pad("DAYS PAST", 11)
                  << pad("LABEL", 7) << "CLAIM\n";
        for (const auto& e : r.due)
            std::cout << "  " << pad(e.prediction.horizon, 12) << pad(std::to_string(e.days), 11)
                      << pad(std::string(argmap::to_string(e.label)), 7) << clip(e.claim, 50) << "\n";
    }
    if (!r.resolved.empty()) {
        std::cout << "\nresolved\n  " << pad("STATUS", 8) << pad("ON", 12) << pad("HORIZON", 12) << pad("EVIDENCE", 11)
                  << "CLAIM <- EVIDENCE (grounded label)\n";
        for (const auto& e : r.resolved) {
            std::vector<std::string> ev;
            for (const auto& x : e.evidence) ev.push_back(x.claim + " (" + std::string(argmap::to_string(x.label)) + ")");
            std::cout << "  " << pad(std::string(argmap::to_string(e.prediction.status)), 8) << pad(e.prediction.resolved_on, 12)
                      << pad(e.prediction.horizon, 12) << pad(std::string(argmap::to_string(e.standing)) + (e.flagged() ? "!" : ""), 11)
                      << e.claim << " <- " << (ev.empty() ? std::string("(no evidence)") : join(ev, ", ")) << "\n";
        }
    }
    if (r.open.empty() && r.due.empty() && r.resolved.empty()) std::cout << "no predictions in this map\n";
}

int cmd_predictions(const PredictionsOptions& o) {
    const auto map = load(o.map);
    const std::string as_of = o.as_of.empty() ? argmap::today_iso() : o.as_of;
    if (!argmap::is_iso_date(as_of)) throw Failure{"--as-of '" + as_of + "' is not a calendar date; expected YYYY-MM-DD"};
    const auto r = argmap::predictions(map, as_of, projection_for(0, o.support, o.camp));
    if (o.format == "json") {
        nlohmann::ordered_json j;
        j["title"] = map.title();
        j["as_of"] = r.as_of;
        for (const auto& [name, list] : {std::pair{"open", &r.open}, std::pair{"due", &r.due}, std::pair{"resolved", &r.resolved}}) {
            j[name] = nlohmann::ordered_json::array();
            for (const auto& e : *list) j[name].push_back(entry_json(e));
        }
        std::cout << j.dump(2) << "\n";
    } else {
        print_table(map, r);
    }
    return 0;
}

}  // namespace

void add_predictions(CLI::App& app, Action& action) {
    auto o = std::make_shared<PredictionsOptions>();
    auto* cmd = app.add_subcommand("predictions", "Open, due and resolved predictions of a map, as of a date");
    cmd->add_option("MAP", o->map, "map file")->required();
    cmd->add_option("--as-of", o->as_of, "date YYYY-MM-DD (default: today, UTC)");
    cmd->add_option("--format", o->format, "table or json")->check(CLI::IsMember({"table", "json"}))->capture_default_str();
    cmd->add_option("--support", o->support, "support interpretation for the labels: none, deductive, necessary, evidential")
        ->capture_default_str();
    cmd->add_option("--camp", o->camp, "evaluate the labels for this camp as the audience");
    cmd->callback([o, &action] { action = [o] { return cmd_predictions(*o); }; });
}

}  // namespace argmap_cli
