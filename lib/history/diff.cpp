// Differences between two revisions of a map: claims by id, relations by type and ends, and
// the grounded labels before and after.
#include "argmap/diff.hpp"

#include <map>

#include "history/matching.hpp"

namespace argmap {

namespace detail {

std::string describe_relation(const ArgumentMap& m, const Relation& r) {
    std::string out = std::string(to_string(r.type)) + " " + r.source + " -> ";
    if (r.type != RelationType::undercut) return out + r.target;
    const Relation* t = m.find_relation(r.target);
    return out + "(" + (t ? describe_relation(m, *t) : r.target) + ")";
}

std::vector<std::string> changed_fields(const Claim& a, const Claim& b) {
    std::vector<std::string> f;
    if (a.text != b.text) f.push_back("text");
    if (a.kind != b.kind) f.push_back("kind");
    if (a.weight != b.weight) f.push_back("weight");
    if (a.camps != b.camps) f.push_back("camps");
    if (a.provenance != b.provenance) f.push_back("provenance");
    if (a.tags != b.tags) f.push_back("tags");
    if (a.group != b.group) f.push_back("group");
    if (a.values != b.values) f.push_back("values");
    if (a.data != b.data) f.push_back("data");
    if (a.prediction != b.prediction) f.push_back("prediction");
    return f;
}

}  // namespace detail

using detail::changed_fields;

std::string describe(const ArgumentMap& m, const Relation& r) { return detail::describe_relation(m, r); }

MapDiff diff(const ArgumentMap& before, const ArgumentMap& after, const ProjectionOptions& options) {
    MapDiff d;
    for (const Claim& c : after.claims()) {
        const Claim* old = before.find_claim(c.id);
        if (!old) d.added_claims.push_back(c.id);
        else if (auto f = changed_fields(*old, c); !f.empty()) d.changed_claims.emplace_back(c.id, std::move(f));
    }
    for (const Claim& c : before.claims())
        if (!after.find_claim(c.id)) d.removed_claims.push_back(c.id);
    std::map<std::string, double> old_rel, new_rel;
    for (const Relation& r : before.relations()) old_rel.emplace(describe(before, r), r.weight);
    for (const Relation& r : after.relations()) new_rel.emplace(describe(after, r), r.weight);
    for (const Relation& r : after.relations()) {
        const std::string key = describe(after, r);
        auto it = old_rel.find(key);
        if (it == old_rel.end()) d.added_relations.push_back(key);
        else if (it->second != r.weight) d.reweighted_relations.push_back(key);
    }
    for (const Relation& r : before.relations()) {
        const std::string key = describe(before, r);
        if (!new_rel.count(key)) d.removed_relations.push_back(key);
    }
    const auto lb = evaluate_grounded(before, options), la = evaluate_grounded(after, options);
    for (std::size_t i = 0; i < after.claims().size(); ++i) {
        const Claim& c = after.claims()[i];
        const auto old = before.claim_index(c.id);
        const std::optional<Label> was = old ? std::optional<Label>(lb[*old]) : std::nullopt;
        if (!was || *was != la[i]) d.label_changes.push_back({c.id, was, la[i]});
    }
    for (std::size_t i = 0; i < before.claims().size(); ++i)
        if (!after.find_claim(before.claims()[i].id)) d.label_changes.push_back({before.claims()[i].id, lb[i], std::nullopt});
    return d;
}

}  // namespace argmap
