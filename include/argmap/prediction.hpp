// argmap/prediction.hpp: a map's predictions on a given date: which are still open, which are
// past their horizon without a resolution (due), and how the resolved ones were settled,
// including whether the claims that settled them stand under grounded semantics.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "argmap/framework.hpp"
#include "argmap/model.hpp"
#include "argmap/semantics.hpp"

namespace argmap {

/// Where a prediction stands on a date. A prediction is resolved on that date when it is held
/// or failed and its resolution date is not later; otherwise it is open up to and including
/// its horizon, and due after it.
enum class PredictionState { open, due, resolved };

/// How the evidence of a resolution fares under grounded semantics: every evidence claim is
/// in (accepted); none is out but some are undecided (undecided); some are out (defeated); or
/// the resolution names no evidence (missing). Anything but accepted is flagged.
enum class EvidenceStanding { accepted, undecided, defeated, missing };

std::string_view to_string(PredictionState state) noexcept;
std::string_view to_string(EvidenceStanding standing) noexcept;

struct PredictionEntry {
    struct Evidence {
        std::string claim;
        Label label;  ///< grounded label of the evidence claim
    };
    std::string claim;         ///< id of the predicting claim
    Prediction prediction;     ///< as the claim carries it
    PredictionState state = PredictionState::open;
    Label label = Label::undec;  ///< grounded label of the predicting claim itself
    /// open: days left until the horizon; due: days past it; resolved: days from the horizon to
    /// the resolution (negative when settled early).
    std::int64_t days = 0;
    std::vector<Evidence> evidence;  ///< resolved only: each evidence claim and its label
    EvidenceStanding standing = EvidenceStanding::missing;  ///< resolved only

    /// A resolution whose evidence is missing, undecided or defeated.
    bool flagged() const noexcept { return state == PredictionState::resolved && standing != EvidenceStanding::accepted; }
};

struct PredictionReport {
    std::string as_of;
    std::vector<PredictionEntry> open, due, resolved;  ///< each in map order
};

/// The predictions of `map` as of the date `as_of` (YYYY-MM-DD), with grounded labels computed
/// under `options`. Throws ModelError when `as_of` is not a calendar date.
PredictionReport predictions(const ArgumentMap& map, std::string_view as_of, const ProjectionOptions& options = {});

/// Today's date in UTC, YYYY-MM-DD.
std::string today_iso();

/// Days from `from` to `to` (dates YYYY-MM-DD); throws ModelError on a malformed date.
std::int64_t days_between(std::string_view from, std::string_view to);

}  // namespace argmap
