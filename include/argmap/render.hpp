// argmap/render.hpp: diagrams of a map. DOT is built through Graphviz cgraph; SVG and PNG are
// laid out and rendered through gvc.
//
// Fill by label (in green, out red, undec amber), shape by kind, one cluster per camp,
// attack edges red with a bar head, support edges green with an arrow head, undercuts dashed
// into a point on the relation they attack, pen width by weight, long texts wrapped.
//
// Threads: Graphviz keeps global state, so rendering is serialised inside the library (one
// mutex): safe from any number of threads, but diagrams are drawn one at a time.
#pragma once

#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include "argmap/model.hpp"
#include "argmap/semantics.hpp"

namespace argmap {

enum class ImageFormat { dot, svg, png };

struct RenderOptions {
    std::size_t wrap_width = 34;   ///< characters per text line
    bool camp_clusters = true;     ///< one cluster per camp (a claim goes to its first camp's)
    std::string rankdir = "RL";    ///< Graphviz rankdir: RL puts conclusions left of their reasons
                                   ///< (tall and readable for wide debates); BT puts the thesis on top
    std::string layout = "dot";    ///< Graphviz layout engine
    /// Give each drawn element an id of ours, which SVG keeps on its <g>: "claim_I" for
    /// claims()[I], "relation_I" for relations()[I], "camp_I" for camps()[I] (what the HTML
    /// report looks nodes up by). Off: Graphviz's own node1, edge1, clust1.
    bool element_ids = false;
    /// A part of the map (claim and relation ids), e.g. what an explanation uses: only it is
    /// drawn, or with `highlight` the whole map with that part emphasised and the rest greyed.
    /// Both empty: the whole map as usual.
    std::vector<std::string> focus_claims, focus_relations;
    bool highlight = false;
};

class RenderError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The format a path's extension names (.dot/.gv, .svg, .png), or nullopt.
std::optional<ImageFormat> image_format_of(std::string_view path) noexcept;

/// DOT text of the diagram. `labels` (per claim, as from evaluate_grounded) may be empty.
std::string to_dot(const ArgumentMap& map, std::span<const Label> labels = {}, const RenderOptions& options = {});

/// Rendered bytes (DOT text, SVG text or PNG data). Throws RenderError.
std::string render(const ArgumentMap& map, std::span<const Label> labels, ImageFormat format,
                   const RenderOptions& options = {});

/// Renders into a file, the format taken from its extension. Throws RenderError.
void render_file(const ArgumentMap& map, std::span<const Label> labels, const std::string& path,
                 const RenderOptions& options = {});

}  // namespace argmap
