// argmap/report.hpp: one self-contained HTML page that explores a map.
//
//   argmap::ReportOptions o;                      // every semantics, every camp as audience
//   o.timeout = 5;                                // seconds per evaluation
//   argmap::write_report(map, "map.html", o);     // or: std::string html = argmap::report_html(map, o);
//
// The page holds the diagram as inline SVG (rendered through render.hpp, each claim's <g> with
// the id "claim_I"), every result precomputed into one JSON blob (<script type="application/json"
// id="argmap-data">) and a small inline script: clicking a claim shows its text, provenance,
// camps, status, strength and explanations; selectors switch the extension semantics, the
// gradual semantics and the camp judging as audience, and recolour the map. Nothing is fetched:
// no network, no external scripts, styles or fonts. The fragment #select=ID&semantics=PR&
// gradual=df-quad&audience=CAMP&colour=strength&zoom=actual chooses the same at load, and
// #click=ID clicks that claim's node once the page is set up (what the browser tests use).
//
// The JSON blob (report_json), version 1:
//   {"format": "argmap-report", "version": 1, "title", "generator",
//    "claims": [{"id", "element", "text", "kind", "weight", "camps", "provenance": {source,
//                locator, date, url}, "tags", "group"}],
//    "camps": [{"id", "name", "color", "element"}],
//    "audiences": ["", CAMP...],                   ("" = no audience)
//    "extension": [{"semantics", "code", "audience", "labelled", "has_extension",
//                   "status": [per claim: "in"/"out"/"undec" if labelled, else acceptance],
//                   "acceptance": [...]}],
//    "gradual": [{"semantics", "converged", "method", "iterations", "strength": [...]}],
//    "skipped": [{"semantics" | "gradual", "audience", "reason"}],  (no answer within the limit)
//    "explanations": [{"kind": "grounded", "semantics": "grounded", "audience": "",
//                      "claims": [per claim: {subject, label, reason, because: [...]}]}]}
// Explanation sets name the selection they belong to (an extension semantics and audience, or
// a gradual semantics), so further kinds are added as further entries.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "argmap/extensions.hpp"
#include "argmap/gradual.hpp"
#include "argmap/model.hpp"
#include "argmap/render.hpp"

namespace argmap {

struct ReportOptions {
    /// Extension semantics to offer; empty: all_semantics(). Those that give no answer within
    /// `timeout` are left out of the selector and listed under "skipped".
    std::vector<Semantics> semantics;
    /// Gradual semantics to offer; empty: h-categorizer, max-based, card-based, df-quad, qe,
    /// euler, mlp. Those that do not converge are listed under "skipped".
    std::vector<GradualSemantics> gradual;
    /// Every camp as an audience besides the map without one.
    bool audiences = true;
    /// Support interpretation and weight threshold (the audience is set per result).
    ProjectionOptions projection;
    /// Seconds per evaluation (<= 0: no limit).
    double timeout = 10;
    /// Levels of reasons in the grounded explanations.
    std::size_t explanation_depth = 6;
    /// Diagram options (element_ids is always on).
    RenderOptions render;
};

/// The results as the JSON text the page embeds (unescaped; see the header comment).
std::string report_json(const ArgumentMap& map, const ReportOptions& options = {});

/// The whole page. Throws RenderError when Graphviz cannot draw the map.
std::string report_html(const ArgumentMap& map, const ReportOptions& options = {});

/// Writes report_html to `path`. Throws RenderError (drawing) or std::runtime_error (writing).
void write_report(const ArgumentMap& map, const std::string& path, const ReportOptions& options = {});

}  // namespace argmap
