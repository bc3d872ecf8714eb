// A claim's prediction in JSON (the JSON form and GraphML) and in Argdown data keys. Only the
// shape is checked here; dates, status rules and evidence are validated by the map.
#include "io/prediction_fields.hpp"

#include "io/json_input.hpp"

namespace argmap::io::detail {

nlohmann::ordered_json prediction_to_json(const Prediction& p) {
    nlohmann::ordered_json o{{"horizon", p.horizon}, {"status", std::string(to_string(p.status))}};
    if (!p.resolved_on.empty()) o["resolved_on"] = p.resolved_on;
    if (!p.evidence.empty()) o["evidence"] = p.evidence;
    if (!p.note.empty()) o["note"] = p.note;
    return o;
}

Prediction prediction_from_json(const nlohmann::ordered_json& j, const std::string& path) {
    if (!j.is_object()) throw PathError{ParseStatus::invalid_value, path, "expected an object"};
    Prediction p;
    auto text = [&](const char* key, std::string& out, bool required) {
        auto it = j.find(key);
        if (it == j.end()) {
            if (required) throw PathError{ParseStatus::invalid_value, path, std::string("missing member '") + key + "'"};
            return;
        }
        if (!it->is_string()) throw PathError{ParseStatus::invalid_value, path + "/" + key, "expected a string"};
        out = it->get<std::string>();
    };
    for (auto it = j.begin(); it != j.end(); ++it) {
        const std::string& k = it.key();
        if (k != "horizon" && k != "status" && k != "resolved_on" && k != "evidence" && k != "note")
            throw PathError{ParseStatus::unsupported, path + "/" + k,
                            "unknown member '" + k + "'; expected horizon, status, resolved_on, evidence or note"};
    }
    text("horizon", p.horizon, true);
    std::string status = "open";
    text("status", status, false);
    auto s = parse_prediction_status(status);
    if (!s) throw PathError{ParseStatus::invalid_value, path + "/status", "expected open, held or failed, got '" + status + "'"};
    p.status = *s;
    text("resolved_on", p.resolved_on, false);
    text("note", p.note, false);
    if (auto it = j.find("evidence"); it != j.end()) {
        if (!it->is_array()) throw PathError{ParseStatus::invalid_value, path + "/evidence", "expected an array of claim ids"};
        for (std::size_t i = 0; i < it->size(); ++i) {
            if (!(*it)[i].is_string())
                throw PathError{ParseStatus::invalid_value, path + "/evidence/" + std::to_string(i), "expected a claim id (string)"};
            p.evidence.push_back((*it)[i].get<std::string>());
        }
    }
    return p;
}

bool is_prediction_key(std::string_view key) noexcept {
    return key == "prediction" || key == "resolution" || key == "resolved_on" || key == "resolved_by" ||
           key == "prediction_note";
}

std::optional<std::string> apply_prediction_key(Claim& claim, std::string_view key, const YAML::Node& v) {
    Prediction& p = claim.prediction ? *claim.prediction : claim.prediction.emplace();
    if (key == "resolved_by") {
        std::vector<std::string> ids;
        if (v.IsScalar()) {
            ids.push_back(v.Scalar());
        } else if (v.IsSequence()) {
            for (const auto& item : v) {
                if (!item.IsScalar()) return "'resolved_by' lists claim ids";
                ids.push_back(item.Scalar());
            }
        } else {
            return "'resolved_by' expects a claim id or a list of claim ids";
        }
        p.evidence = std::move(ids);
        return std::nullopt;
    }
    if (!v.IsScalar()) return "'" + std::string(key) + "' expects text, not a list or mapping";
    const std::string& text = v.Scalar();
    if (key == "prediction") {
        p.horizon = text;
    } else if (key == "resolution") {
        auto s = parse_prediction_status(text);
        if (!s) return "'resolution' expects open, held or failed, got '" + text + "'";
        p.status = *s;
    } else if (key == "resolved_on") {
        p.resolved_on = text;
    } else {
        p.note = text;
    }
    return std::nullopt;
}

}  // namespace argmap::io::detail
