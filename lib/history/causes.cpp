// Causes of changed conclusions: the structural changes between two maps (claims by id,
// relations by type and ends, as diff() matches them), and for each claim whose status moved,
// the changes that, undone on the later map, restore its earlier status. Single changes are
// tried first; for a conclusion no single change explains, sets of two, three, ... up to
// max_set (smallest first, within an evaluation budget). Undoing is done on one
// IncrementalEvaluator (apply the undo edits, read the statuses, undo), so each try costs
// only what the undone changes can reach.
#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <unordered_map>

#include "argmap/diff.hpp"
#include "argmap/whatif.hpp"
#include "history/wording.hpp"

namespace argmap {

namespace {

using detail::short_number;

// The changes between two maps, kept as references so that the undo edits of any set of them
// can be composed with their dependencies resolved.
struct ChangeSet {
    const ArgumentMap& before;
    const ArgumentMap& after;
    enum class Kind { removed_claim, added_claim, changed_claim, removed_relation, added_relation, reweighted_relation };
    struct Item {
        Kind kind;
        std::size_t index;  // claim or relation index in `before` (removed, changed) or `after` (added, reweighted)
        std::string description;
    };
    std::vector<Item> items;
    std::map<std::string, std::size_t> after_key, before_key;  // relation description -> index
    std::vector<std::string> before_keys;                      // per relation of `before`
    std::set<std::string> after_ids;                           // relation ids of `after`

    ChangeSet(const ArgumentMap& b, const ArgumentMap& a) : before(b), after(a) {
        for (std::size_t i = 0; i < a.relations().size(); ++i) {
            after_key.emplace(describe(a, a.relations()[i]), i);
            after_ids.insert(a.relations()[i].id);
        }
        for (std::size_t i = 0; i < b.relations().size(); ++i) {
            before_keys.push_back(describe(b, b.relations()[i]));
            before_key.emplace(before_keys.back(), i);
        }
        for (std::size_t i = 0; i < b.claims().size(); ++i) {
            const Claim& c = b.claims()[i];
            const Claim* now = a.find_claim(c.id);
            if (!now) {
                items.push_back({Kind::removed_claim, i, "- claim " + c.id});
            } else if (now->weight != c.weight || now->kind != c.kind || now->camps != c.camps || now->values != c.values) {
                std::string d = "~ claim " + c.id;
                if (now->weight != c.weight) d += " weight " + short_number(c.weight) + " -> " + short_number(now->weight);
                if (now->kind != c.kind) d += " kind " + std::string(to_string(c.kind)) + " -> " + std::string(to_string(now->kind));
                if (now->camps != c.camps) d += " camps";
                if (now->values != c.values) d += " values";
                items.push_back({Kind::changed_claim, i, d});
            }
        }
        for (std::size_t i = 0; i < a.claims().size(); ++i)
            if (!b.find_claim(a.claims()[i].id)) items.push_back({Kind::added_claim, i, "+ claim " + a.claims()[i].id});
        for (std::size_t i = 0; i < b.relations().size(); ++i)
            if (!after_key.count(before_keys[i]) && top_level(i)) items.push_back({Kind::removed_relation, i, "- " + before_keys[i]});
        for (std::size_t i = 0; i < a.relations().size(); ++i) {
            const Relation& r = a.relations()[i];
            const std::string key = describe(a, r);
            const auto old = before_key.find(key);
            if (old == before_key.end()) items.push_back({Kind::added_relation, i, "+ " + key});
            else if (b.relations()[old->second].weight != r.weight)
                items.push_back({Kind::reweighted_relation, i,
                                 "~ " + key + " weight " + short_number(b.relations()[old->second].weight) + " -> " + short_number(r.weight)});
        }
    }

    // A removed relation that can come back on its own: everything it hangs on is in `after`.
    bool top_level(std::size_t i) const {
        const Relation& r = before.relations()[i];
        if (!after.find_claim(r.source)) return false;
        if (r.type != RelationType::undercut) return after.find_claim(r.target) != nullptr;
        const auto t = before.relation_index(r.target);
        return t && after_key.count(before_keys[*t]);
    }

    // The edits that undo the chosen changes on `after`, in an order that applies.
    std::vector<Edit> undo(const std::vector<std::size_t>& chosen) const {
        std::vector<Edit> claim_edits, reweights, removals, removed_claims, readded_claims, readded_relations;
        std::set<std::string> back_claims;                    // removed claims that come back
        std::vector<char> back_relation(before.relations().size(), 0);
        std::vector<char> top(before.relations().size(), 0);  // removed relations chosen directly
        std::vector<std::size_t> added_relations;
        for (std::size_t k : chosen) {
            const Item& it = items[k];
            switch (it.kind) {
            case Kind::removed_claim: back_claims.insert(before.claims()[it.index].id); break;
            case Kind::added_claim: removed_claims.push_back(Edit::retract(after.claims()[it.index].id)); break;
            case Kind::changed_claim: {
                const Claim& old = before.claims()[it.index];
                Claim c = *after.find_claim(old.id);
                if (c.kind == old.kind && c.camps == old.camps && c.values == old.values) {
                    claim_edits.push_back(Edit::claim_weight(old.id, old.weight));
                    break;
                }
                c.weight = old.weight;
                c.kind = old.kind;
                c.values = old.values;
                c.camps.clear();
                for (const auto& camp : old.camps)
                    if (after.find_camp(camp)) c.camps.push_back(camp);
                claim_edits.push_back(Edit::update(std::move(c)));
                break;
            }
            case Kind::removed_relation: top[it.index] = 1; break;
            case Kind::added_relation: added_relations.push_back(it.index); break;
            case Kind::reweighted_relation: {
                const Relation& r = after.relations()[it.index];
                const Relation& old = before.relations()[before_key.at(describe(after, r))];
                reweights.push_back(Edit::relation_weight(r.id, old.weight));
                break;
            }
            }
        }
        // Removing an added relation also removes its undercuts: undercuts first.
        std::sort(added_relations.rbegin(), added_relations.rend());
        for (std::size_t i : added_relations) removals.push_back(Edit::remove_relation(after.relations()[i].id));
        for (const Claim& c : before.claims())
            if (back_claims.count(c.id)) readded_claims.push_back(Edit::add(c));
        // Removed relations come back when everything they hang on is there and they hang on
        // something that comes back (or were chosen themselves). `before` order puts every
        // relation after the relation it undercuts.
        std::vector<std::string> fresh_id(before.relations().size());
        auto claim_there = [&](const std::string& id) { return back_claims.count(id) || after.find_claim(id); };
        for (std::size_t i = 0; i < before.relations().size(); ++i) {
            if (after_key.count(before_keys[i])) continue;
            const Relation& r = before.relations()[i];
            bool ok = claim_there(r.source), hangs = top[i] || back_claims.count(r.source);
            std::string target = r.target;
            if (r.type == RelationType::undercut) {
                const std::size_t t = *before.relation_index(r.target);
                const auto in_after = after_key.find(before_keys[t]);
                if (in_after != after_key.end()) {
                    target = after.relations()[in_after->second].id;
                } else if (back_relation[t]) {
                    target = fresh_id[t];
                    hangs = true;
                } else {
                    ok = false;
                }
            } else {
                ok = ok && claim_there(r.target);
                hangs = hangs || back_claims.count(r.target);
            }
            if (!ok || !hangs) continue;
            back_relation[i] = 1;
            fresh_id[i] = r.id;
            for (int n = 1; after_ids.count(fresh_id[i]); ++n) fresh_id[i] = r.id + "~undo" + std::to_string(n);
            Relation copy = r;
            copy.id = fresh_id[i];
            copy.target = target;
            readded_relations.push_back(Edit::add(std::move(copy)));
        }
        std::vector<Edit> out;
        for (auto* part : {&claim_edits, &reweights, &removals, &removed_claims, &readded_claims, &readded_relations})
            out.insert(out.end(), part->begin(), part->end());
        return out;
    }
};

}  // namespace

std::vector<StructuralChange> structural_changes(const ArgumentMap& before, const ArgumentMap& after) {
    const ChangeSet set(before, after);
    std::vector<StructuralChange> out;
    for (std::size_t k = 0; k < set.items.size(); ++k) out.push_back({set.items[k].description, set.undo({k})});
    return out;
}

Causes causes(const ArgumentMap& before, const ArgumentMap& after, const CausesOptions& options) {
    const ChangeSet set(before, after);
    Causes result;
    for (std::size_t k = 0; k < set.items.size(); ++k) result.changes.push_back({set.items[k].description, set.undo({k})});
    const double eps = options.epsilon;
    IncrementalEvaluator old_eval(before, options.spec, eps);
    IncrementalEvaluator ev(after, options.spec, eps);
    std::unordered_map<std::string, EvaluatedStatus> old_status;
    for (auto& [id, st] : old_eval.statuses()) old_status.emplace(id, st);
    for (const auto& [id, st] : ev.statuses()) {
        const auto it = old_status.find(id);
        if (it != old_status.end() && !same_status(it->second, st, eps)) result.conclusions.push_back({id, it->second, st, {}, false});
    }
    auto fired = [&] {
        if (old_eval.answer() == Answer::unknown || ev.answer() == Answer::unknown) result.answer = Answer::unknown;
    };
    fired();
    if (result.conclusions.empty() || result.answer == Answer::unknown) return result;

    // Undo the chosen changes, see which open conclusions got their old status back, redo.
    std::vector<std::size_t> open(result.conclusions.size());
    for (std::size_t i = 0; i < open.size(); ++i) open[i] = i;
    std::size_t evaluations = 0;
    auto attempt = [&](const std::vector<std::size_t>& chosen, std::vector<std::size_t>& restored_out) {
        ++evaluations;
        try {
            ev.apply(set.undo(chosen));
        } catch (const ModelError&) {
            return;  // these changes cannot be undone together on this map
        }
        for (std::size_t i : open) {
            const auto st = ev.status(result.conclusions[i].claim);
            if (st && same_status(*st, result.conclusions[i].before, eps)) {
                result.conclusions[i].causes.push_back(chosen);
                restored_out.push_back(i);
            }
        }
        ev.undo();
    };
    const std::size_t n = set.items.size();
    bool complete = true;
    for (std::size_t size = 1; size <= std::min(options.max_set, n) && !open.empty(); ++size) {
        // Every combination of `size` changes, in lexicographic order.
        std::vector<std::size_t> pick(size);
        for (std::size_t i = 0; i < size; ++i) pick[i] = i;
        std::vector<std::size_t> restored;
        while (true) {
            if (size > 1 && evaluations >= options.max_evaluations) {
                complete = false;
                break;
            }
            attempt(pick, restored);
            std::size_t i = size;
            while (i > 0 && pick[i - 1] == n - size + i - 1) --i;
            if (i == 0) break;
            ++pick[i - 1];
            for (std::size_t j = i; j < size; ++j) pick[j] = pick[j - 1] + 1;
        }
        std::sort(restored.begin(), restored.end());
        std::erase_if(open, [&](std::size_t i) { return std::binary_search(restored.begin(), restored.end(), i); });
        if (!complete) break;
    }
    fired();
    // Only what is known: "joint" when every set up to max_set was tried (or all changes are
    // fewer than that and only all of them together restore it).
    for (std::size_t i : open)
        if (complete) result.conclusions[i].joint = true;
    return result;
}

}  // namespace argmap
