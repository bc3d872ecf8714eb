// argmap/diff.hpp: what changed between two revisions of a map, and what the change did to the
// conclusions (grounded labels).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "argmap/framework.hpp"
#include "argmap/semantics.hpp"

namespace argmap {

struct MapDiff {
    std::vector<std::string> added_claims, removed_claims;
    /// Claims in both whose fields differ, with the names of the fields ("text", "weight", ...).
    std::vector<std::pair<std::string, std::vector<std::string>>> changed_claims;
    /// Relations are matched by type and ends (ids may differ between files); described as
    /// "attack a -> b" or "undercut u -> (support a -> b)".
    std::vector<std::string> added_relations, removed_relations, reweighted_relations;
    struct LabelChange {
        std::string claim;
        std::optional<Label> before, after;  ///< nullopt: the claim is not in that revision
    };
    /// Claims whose grounded label differs (including added and removed claims).
    std::vector<LabelChange> label_changes;

    bool empty() const noexcept {
        return added_claims.empty() && removed_claims.empty() && changed_claims.empty() && added_relations.empty() &&
               removed_relations.empty() && reweighted_relations.empty();
    }
};

/// A relation by type and ends, the key diffs match relations by: "attack a -> b",
/// "undercut u -> (support a -> b)".
std::string describe(const ArgumentMap& map, const Relation& relation);

MapDiff diff(const ArgumentMap& before, const ArgumentMap& after, const ProjectionOptions& options = {});

}  // namespace argmap
