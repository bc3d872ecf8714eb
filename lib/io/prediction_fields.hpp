// How a claim's prediction is spelled in the text formats that carry it: a JSON object (JSON
// form, GraphML), and data keys on the claim's line (Argdown). Native XML has its own element.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include "argmap/model.hpp"

namespace argmap::io::detail {

/// {"horizon", "status", "resolved_on", "evidence", "note"}; empty fields are left out.
nlohmann::ordered_json prediction_to_json(const Prediction& p);
/// The inverse; throws PathError (io/json_input.hpp) naming the member under `path`.
Prediction prediction_from_json(const nlohmann::ordered_json& j, const std::string& path);

/// Argdown data keys: prediction (horizon), resolution (status), resolved_on, resolved_by
/// (list of claim ids), prediction_note.
bool is_prediction_key(std::string_view key) noexcept;
/// Sets the field of `key` on the claim's prediction (created on first use); returns an error
/// message when the value has the wrong shape.
std::optional<std::string> apply_prediction_key(Claim& claim, std::string_view key, const YAML::Node& value);

}  // namespace argmap::io::detail
