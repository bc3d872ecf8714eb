// The operations that turn one revision of a map into another: claims and camps matched by id,
// relations by type and ends (history/matching.hpp, as diff() matches them).
//
// Every operation must apply to the state left by the ones before it, so the order matters:
// removals before additions, undercuts removed before the relations they hit, camps added
// before claims name them and removed after no claim does. Positions are tracked in id lists
// alongside (no map is built), and orders are fixed by moves: the fewest moves (everything
// outside a longest increasing subsequence) for claims and camps; front to back for relations,
// which keeps every undercut after the relation it hits at every step.
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "argmap/history.hpp"
#include "history/matching.hpp"

namespace argmap {

namespace {

using Ids = std::vector<std::string>;

std::size_t position(const Ids& ids, const std::string& id) {
    return static_cast<std::size_t>(std::find(ids.begin(), ids.end(), id) - ids.begin());
}

void move_id(Ids& ids, std::size_t from, std::size_t to) {
    std::string x = std::move(ids[from]);
    ids.erase(ids.begin() + static_cast<std::ptrdiff_t>(from));
    ids.insert(ids.begin() + static_cast<std::ptrdiff_t>(to), std::move(x));
}

// Moves that put `cur` in the order of `target` (the same ids), each element outside a longest
// run already in order moved once, right after its predecessor in `target`.
template <class Move>
void reorder_fewest(Ids& cur, const Ids& target, std::vector<Operation>& ops) {
    const std::size_t n = cur.size();
    std::unordered_map<std::string, std::size_t> tpos;
    for (std::size_t i = 0; i < n; ++i) tpos.emplace(target[i], i);
    // Longest increasing subsequence of target positions in current order (patience sorting).
    std::vector<std::size_t> p(n), tails, tail_at, prev(n, n);
    for (std::size_t k = 0; k < n; ++k) p[k] = tpos.at(cur[k]);
    for (std::size_t k = 0; k < n; ++k) {
        auto it = std::lower_bound(tails.begin(), tails.end(), p[k]);
        const std::size_t len = static_cast<std::size_t>(it - tails.begin());
        if (it == tails.end()) {
            tails.push_back(p[k]);
            tail_at.push_back(k);
        } else {
            *it = p[k];
            tail_at[len] = k;
        }
        if (len > 0) prev[k] = tail_at[len - 1];
    }
    std::vector<bool> stays(n, false);
    for (std::size_t k = tail_at.empty() ? n : tail_at.back(); k < n; k = prev[k]) stays[k] = true;
    std::vector<std::string> movers;
    for (std::size_t k = 0; k < n; ++k)
        if (!stays[k]) movers.push_back(cur[k]);
    std::sort(movers.begin(), movers.end(), [&](const std::string& a, const std::string& b) { return tpos.at(a) < tpos.at(b); });
    for (const std::string& id : movers) {
        const std::size_t from = position(cur, id), t = tpos.at(id);
        std::size_t to = 0;
        if (t > 0) {
            const std::size_t q = position(cur, target[t - 1]);
            to = from < q ? q : q + 1;
        }
        if (from == to) continue;
        move_id(cur, from, to);
        ops.push_back(Move{id, from, to});
    }
}

// Moves front to back: the i-th place is filled with the i-th id of `target`.
template <class Move>
void reorder_in_sequence(Ids& cur, const Ids& target, std::vector<Operation>& ops) {
    for (std::size_t i = 0; i < target.size(); ++i) {
        if (cur[i] == target[i]) continue;
        const std::size_t j = position(cur, target[i]);
        move_id(cur, j, i);
        ops.push_back(Move{target[i], j, i});
    }
}

template <class T>
Ids ids_of(std::span<const T> items) {
    Ids out;
    out.reserve(items.size());
    for (const T& x : items) out.push_back(x.id);
    return out;
}

}  // namespace

std::vector<Operation> operations_between(const ArgumentMap& before, const ArgumentMap& after) {
    std::vector<Operation> ops;

    // Title and metadata.
    if (before.title() != after.title()) ops.push_back(op::SetTitle{before.title(), after.title()});
    {
        std::set<std::string> keys;
        for (const auto& [k, v] : before.metadata()) keys.insert(k);
        for (const auto& [k, v] : after.metadata()) keys.insert(k);
        auto value = [](const ArgumentMap& m, const std::string& k) {
            auto it = m.metadata().find(k);
            return it == m.metadata().end() ? std::nullopt : std::optional<std::string>(it->second);
        };
        for (const auto& k : keys)
            if (value(before, k) != value(after, k)) ops.push_back(op::SetMetadata{k, value(before, k), value(after, k)});
    }

    // Relations: matched by description; kept[b] is the index in `after`.
    const auto brel = before.relations(), arel = after.relations();
    std::unordered_map<std::string, std::size_t> by_key;
    for (std::size_t i = 0; i < arel.size(); ++i) by_key.emplace(detail::describe_relation(after, arel[i]), i);
    std::vector<std::optional<std::size_t>> kept(brel.size());
    std::vector<bool> after_kept(arel.size(), false);
    for (std::size_t i = 0; i < brel.size(); ++i)
        if (auto it = by_key.find(detail::describe_relation(before, brel[i])); it != by_key.end()) {
            kept[i] = it->second;
            after_kept[it->second] = true;
        }
    Ids rels = ids_of(brel);
    for (std::size_t i = brel.size(); i-- > 0;)  // undercuts come after what they hit: remove from the back
        if (!kept[i]) {
            ops.push_back(op::RemoveRelation{brel[i], i});
            rels.erase(rels.begin() + static_cast<std::ptrdiff_t>(i));
        }

    // Predictions name other claims as evidence, and the map checks that they exist: evidence
    // about to go is dropped first, evidence about to come is set once every claim is in.
    const auto bcl = before.claims(), acl = after.claims();
    std::unordered_map<std::string, Claim> current;  // claims as the operations so far leave them
    for (const Claim& c : bcl) {
        Claim& cur = current.emplace(c.id, c).first->second;
        if (!c.prediction) continue;
        std::erase_if(cur.prediction->evidence, [&](const std::string& e) { return !after.find_claim(e); });
        if (!(cur == c)) ops.push_back(op::EditClaim{c, cur});
    }

    // Claims no longer there.
    Ids claims = ids_of(bcl);
    for (std::size_t i = bcl.size(); i-- > 0;)
        if (!after.find_claim(bcl[i].id)) {
            ops.push_back(op::RemoveClaim{current.at(bcl[i].id), i});
            claims.erase(claims.begin() + static_cast<std::ptrdiff_t>(i));
        }

    // Camps: new ones appended and changed ones edited before claims name them.
    Ids camps = ids_of(before.camps());
    for (const Camp& c : after.camps()) {
        const Camp* old = before.find_camp(c.id);
        if (!old) {
            ops.push_back(op::AddCamp{c, camps.size()});
            camps.push_back(c.id);
        } else if (!(*old == c)) {
            ops.push_back(op::EditCamp{*old, c});
        }
    }
    for (const Claim& c : acl)
        if (auto it = current.find(c.id); it != current.end()) {
            Claim next = c;
            next.prediction = it->second.prediction;
            if (!(next == it->second)) ops.push_back(op::EditClaim{it->second, next});
            it->second = std::move(next);
        }
    for (std::size_t i = camps.size(); i-- > 0;)
        if (!after.find_camp(camps[i])) {
            ops.push_back(op::RemoveCamp{*before.find_camp(camps[i]), i});
            camps.erase(camps.begin() + static_cast<std::ptrdiff_t>(i));
        }
    reorder_fewest<op::MoveCamp>(camps, ids_of(after.camps()), ops);

    // Claims: the kept ones in the new order, then the new ones at their places.
    {
        Ids kept_order;
        for (const Claim& c : acl)
            if (before.find_claim(c.id)) kept_order.push_back(c.id);
        reorder_fewest<op::MoveClaim>(claims, kept_order, ops);
        for (std::size_t i = 0; i < acl.size(); ++i)
            if (!before.find_claim(acl[i].id)) {
                Claim added = acl[i];
                added.prediction.reset();
                ops.push_back(op::AddClaim{added, i});
                current[added.id] = std::move(added);
                claims.insert(claims.begin() + static_cast<std::ptrdiff_t>(i), acl[i].id);
            }
        for (const Claim& c : acl)
            if (const Claim& cur = current.at(c.id); !(cur == c)) ops.push_back(op::EditClaim{cur, c});
    }

    // Relations kept under another id are renamed; a cycle of renames goes through a free id.
    {
        std::set<std::string> in_use(rels.begin(), rels.end());
        std::vector<std::pair<std::string, std::string>> pending;
        for (std::size_t i = 0; i < brel.size(); ++i)
            if (kept[i] && brel[i].id != arel[*kept[i]].id) pending.emplace_back(brel[i].id, arel[*kept[i]].id);
        std::size_t spare = 0;
        auto rename = [&](std::size_t k, const std::string& to) {
            const std::string from = pending[k].first;
            ops.push_back(op::RenameRelation{from, to});
            in_use.erase(from);
            in_use.insert(to);
            std::replace(rels.begin(), rels.end(), from, to);
        };
        while (!pending.empty()) {
            bool progressed = false;
            for (std::size_t k = 0; k < pending.size();) {
                if (in_use.count(pending[k].second)) {
                    ++k;
                    continue;
                }
                rename(k, pending[k].second);
                pending.erase(pending.begin() + static_cast<std::ptrdiff_t>(k));
                progressed = true;
            }
            if (progressed || pending.empty()) continue;
            std::string tmp;
            do tmp = pending[0].first + "~" + std::to_string(++spare);
            while (in_use.count(tmp) || after.find_relation(tmp));
            rename(0, tmp);
            pending[0].first = tmp;
        }
    }

    // Kept relations whose weight or data changed (compared under their new ids).
    for (std::size_t i = 0; i < brel.size(); ++i) {
        if (!kept[i]) continue;
        const Relation& a = arel[*kept[i]];
        Relation b = brel[i];
        b.id = a.id;
        b.target = a.target;  // an undercut's target was renamed with it
        if (b == a) continue;
        if (b.data == a.data) ops.push_back(op::ReweightRelation{a.id, b.weight, a.weight});
        else ops.push_back(op::EditRelation{b, a});
    }

    // Relations: the kept ones in the new order, then the new ones at their places.
    Ids kept_rel_order;
    for (std::size_t i = 0; i < arel.size(); ++i)
        if (after_kept[i]) kept_rel_order.push_back(arel[i].id);
    reorder_in_sequence<op::MoveRelation>(rels, kept_rel_order, ops);
    for (std::size_t i = 0; i < arel.size(); ++i)
        if (!after_kept[i]) {
            ops.push_back(op::AddRelation{arel[i], i});
            rels.insert(rels.begin() + static_cast<std::ptrdiff_t>(i), arel[i].id);
        }
    return ops;
}

std::string detail::first_difference(const ArgumentMap& replayed, const ArgumentMap& content) {
    const auto ops = operations_between(replayed, content);
    if (ops.empty()) return "equal";
    return "replayed -> content: " + describe(ops.front()) + (ops.size() > 1 ? " and " + std::to_string(ops.size() - 1) + " more" : "");
}

}  // namespace argmap
