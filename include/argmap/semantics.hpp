// argmap/semantics.hpp: extension semantics on a Framework, and their results on a map.
//
// Threads: the semantics keep no state between calls (a hard call builds its own CaDiCaL
// instance), so any number of threads may evaluate one Framework or map at once; extensions.hpp
// says how to stop a call from another thread.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "argmap/framework.hpp"

namespace argmap {

/// A label of a (complete) labelling: accepted, rejected, or undecided.
enum class Label : std::uint8_t { in, out, undec };

std::string_view to_string(Label label) noexcept;

using Labelling = std::vector<Label>;

/// The grounded labelling (Dung 1995, Def. 20; labelling form after Caminada 2006): the least
/// fixed point of the characteristic function, computed in one O(n + m) propagation.
Labelling grounded_labelling(const Framework& af);

/// The grounded extension, sorted.
std::vector<arg_t> grounded_extension(const Framework& af);

/// The arguments labelled `in`, sorted.
std::vector<arg_t> in_arguments(std::span<const Label> labelling);

/// True when the labelling is a complete labelling of af (Caminada 2006, Def. 5).
bool is_complete_labelling(const Framework& af, std::span<const Label> labelling);

/// Per-claim labels of a map under grounded semantics, in the order of map.claims().
std::vector<Label> evaluate_grounded(const ArgumentMap& map, const ProjectionOptions& options = {});

}  // namespace argmap
