// How two revisions of a map are matched (shared by diff() and operations_between()): claims
// and camps by id, relations by type and ends, an undercut's end named by the relation it hits.
#pragma once

#include <string>
#include <vector>

#include "argmap/model.hpp"

namespace argmap::detail {

/// "attack a -> b"; an undercut names the relation it attacks the same way:
/// "undercut u -> (attack a -> b)". Unique within a map (the model refuses repeated ends).
std::string describe_relation(const ArgumentMap& map, const Relation& relation);

/// The names of the fields in which two versions of a claim differ ("text", "weight", ...).
std::vector<std::string> changed_fields(const Claim& before, const Claim& after);

/// The first operation that would turn `replayed` into `content`, described ("+ claim x"), or
/// "equal"; for errors about a history that does not replay to a file's content.
std::string first_difference(const ArgumentMap& replayed, const ArgumentMap& content);

}  // namespace argmap::detail
