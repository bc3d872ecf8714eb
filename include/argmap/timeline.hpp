// argmap/timeline.hpp: how each claim's status moved over a map's revisions.
//
//   argmap::History h = argmap::git_history("debate.argdown");
//   argmap::TimelineOptions o;                                  // grounded labels by default
//   o.gradual = argmap::parse_gradual("df-quad");               // and DF-QuAD strengths
//   argmap::Timeline t = argmap::timeline(h, o);
//   for (const auto& c : t.changes("tram"))                     // the revisions where it moved
//       std::cout << t.revisions[c.revision] << ": " << argmap::describe(c.before) << " -> "
//                 << argmap::describe(c.after) << "\n";
//   std::ofstream("tram.svg") << argmap::timeline_svg(t, "tram");
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "argmap/extensions.hpp"
#include "argmap/gradual.hpp"
#include "argmap/history.hpp"

namespace argmap {

struct TimelineOptions {
    /// Extension semantics to evaluate (labels for grounded, ideal and eager; acceptance for
    /// all); nullopt: none.
    std::optional<Semantics> semantics = Semantics::grounded;
    /// Gradual semantics for strengths; nullopt: none.
    std::optional<GradualSemantics> gradual;
    ProjectionOptions projection;
    GradualOptions gradual_options;
    Limits limits;
};

/// A claim's status in one revision.
struct ClaimStatus {
    bool present = false;                  ///< the claim exists in that revision
    std::optional<Label> label;            ///< grounded, ideal, eager
    std::optional<Acceptance> acceptance;  ///< any extension semantics
    std::optional<double> strength;        ///< gradual semantics

    friend bool operator==(const ClaimStatus&, const ClaimStatus&) = default;
};

/// "absent", or e.g. "in", "credulous", "0.4375", "in 0.4375".
std::string describe(const ClaimStatus& status);

/// Claims x revisions. Column k is the state after revision k (revisions[k]).
struct Timeline {
    std::vector<std::string> revisions;   ///< revision ids
    std::vector<std::string> timestamps;  ///< per revision
    std::vector<std::string> claims;      ///< every claim of any revision, in order of first appearance
    std::vector<std::vector<ClaimStatus>> status;  ///< status[claim][revision]
    /// Per revision: false when limits fired or the gradual iteration did not converge.
    std::vector<bool> complete;
    std::optional<Semantics> semantics;
    std::optional<GradualSemantics> gradual;
    /// How many revisions were evaluated; the others changed nothing the semantics can see
    /// (texts, titles, metadata, camp names, relation data; for extension semantics also order,
    /// relation ids, and weights that stay on the same side of the threshold) and reuse the
    /// previous statuses.
    std::size_t evaluations = 0;

    /// The row of a claim, or nullptr.
    const std::vector<ClaimStatus>* row(std::string_view claim) const;

    struct Change {
        std::size_t revision = 0;  ///< column index
        ClaimStatus before, after; ///< before: the previous column (absent before the first)
    };
    /// The revisions at which the claim's status changed (appearing and disappearing
    /// included); strengths differing by at most `tolerance` count as equal.
    std::vector<Change> changes(std::string_view claim, double tolerance = 1e-9) const;
};

/// The status of every claim at every revision of the history.
Timeline timeline(const History& history, const TimelineOptions& options = {});

/// The statuses of every claim of one map (what timeline() computes for each revision).
std::vector<ClaimStatus> statuses(const ArgumentMap& map, const TimelineOptions& options, bool* complete = nullptr);

/// A standalone SVG strip chart of one claim: a band coloured by label or acceptance and a
/// line of its strength over the revisions (whichever the timeline has), revision ids and dates
/// below. Throws std::invalid_argument for an unknown claim.
std::string timeline_svg(const Timeline& timeline, std::string_view claim);

}  // namespace argmap
