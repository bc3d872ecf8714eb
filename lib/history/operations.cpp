// Operations on a map and their exact inverses. Appends, edits and removals go through the
// model's own edits; insertions before the end, moves, renames, relation data edits and
// metadata removal rebuild the map from its parts in the new order (O(size of the map), the
// same order as the model's own removals), so that order, and with it ==, is restored exactly.
#include <algorithm>
#include <charconv>

#include "argmap/history.hpp"
#include "history/matching.hpp"
#include "history/wording.hpp"

namespace argmap {

namespace {

// The parts of a map in order; build() replays them through the model's validated edits.
struct Parts {
    std::string title;
    std::map<std::string, std::string> metadata;
    std::vector<Camp> camps;
    std::vector<Claim> claims;
    std::vector<Relation> relations;
};

Parts parts_of(const ArgumentMap& m) {
    return {m.title(), m.metadata(), {m.camps().begin(), m.camps().end()}, {m.claims().begin(), m.claims().end()},
            {m.relations().begin(), m.relations().end()}};
}

ArgumentMap build(Parts p) {
    ArgumentMap m;
    m.set_title(std::move(p.title));
    for (auto& [k, v] : p.metadata) m.set_metadata(k, std::move(v));
    for (auto& c : p.camps) m.add_camp(std::move(c));
    // A prediction may name evidence that comes later in the list: attached once all are in.
    std::vector<Claim> predicted;
    for (auto& c : p.claims) {
        if (c.prediction) {
            predicted.push_back(c);
            c.prediction.reset();
        }
        m.add_claim(std::move(c));
    }
    for (auto& c : predicted) m.update_claim(std::move(c));
    for (auto& r : p.relations) m.add_relation(std::move(r));
    return m;
}

// Rebuilds `map` after `edit` changed its parts; a ModelError becomes a HistoryError and the
// map is left as it was.
template <class Edit>
void rebuild(ArgumentMap& map, const std::string& what, Edit&& edit) {
    Parts p = parts_of(map);
    edit(p);
    try {
        map = build(std::move(p));
    } catch (const ModelError& e) {
        throw HistoryError(what + ": " + e.what());
    }
}

using detail::single_quoted;

template <class T>
void move_element(std::vector<T>& v, std::size_t from, std::size_t to) {
    T x = std::move(v[from]);
    v.erase(v.begin() + static_cast<std::ptrdiff_t>(from));
    v.insert(v.begin() + static_cast<std::ptrdiff_t>(to), std::move(x));
}

template <class T>
void check_move(std::span<const T> items, const std::string& what, const std::string& id, std::size_t from, std::size_t to) {
    if (from >= items.size() || items[from].id != id)
        throw HistoryError("cannot move " + what + " " + single_quoted(id) + ": it is not at position " + std::to_string(from));
    if (to >= items.size())
        throw HistoryError("cannot move " + what + " " + single_quoted(id) + " to position " + std::to_string(to) + " of " +
                           std::to_string(items.size()));
}

template <class T>
void check_at(std::span<const T> items, const std::string& what, const T& expected, std::size_t index) {
    if (index >= items.size() || !(items[index] == expected))
        throw HistoryError("cannot remove " + what + " " + single_quoted(expected.id) + ": the map does not hold it, as recorded, at position " +
                           std::to_string(index));
}

void check_insert(std::size_t size, const std::string& what, const std::string& id, std::size_t index) {
    if (index > size)
        throw HistoryError("cannot add " + what + " " + single_quoted(id) + " at position " + std::to_string(index) + " of " +
                           std::to_string(size));
}

// Model errors of in-place edits become HistoryErrors.
template <class F>
void model_edit(const std::string& what, F&& f) {
    try {
        f();
    } catch (const ModelError& e) {
        throw HistoryError(what + ": " + e.what());
    }
}

struct Applier {
    ArgumentMap& m;

    void operator()(const op::AddClaim& o) {
        check_insert(m.claims().size(), "claim", o.claim.id, o.index);
        const std::string what = "cannot add claim " + single_quoted(o.claim.id);
        if (o.index == m.claims().size()) return model_edit(what, [&] { m.add_claim(o.claim); });
        if (m.find_claim(o.claim.id)) throw HistoryError(what + ": the id is taken");
        rebuild(m, what, [&](Parts& p) { p.claims.insert(p.claims.begin() + static_cast<std::ptrdiff_t>(o.index), o.claim); });
    }
    void operator()(const op::RemoveClaim& o) {
        check_at(m.claims(), "claim", o.claim, o.index);
        if (!m.relations_into(o.claim.id).empty() || !m.relations_from(o.claim.id).empty())
            throw HistoryError("cannot remove claim " + single_quoted(o.claim.id) + ": relations still touch it");
        // The map would drop it from predictions silently, which adding it back cannot undo.
        for (const Claim& c : m.claims())
            if (c.prediction && std::find(c.prediction->evidence.begin(), c.prediction->evidence.end(), o.claim.id) != c.prediction->evidence.end())
                throw HistoryError("cannot remove claim " + single_quoted(o.claim.id) + ": the prediction of " + single_quoted(c.id) + " names it as evidence");
        m.remove_claim(o.claim.id);
    }
    void operator()(const op::EditClaim& o) {
        const std::string what = "cannot edit claim " + single_quoted(o.before.id);
        if (o.before.id != o.after.id) throw HistoryError(what + ": an edit cannot change the id (to " + single_quoted(o.after.id) + ")");
        const Claim* c = m.find_claim(o.before.id);
        if (!c) throw HistoryError(what + ": no such claim");
        if (!(*c == o.before)) throw HistoryError(what + ": the claim differs from the recorded state before the edit");
        model_edit(what, [&] { m.update_claim(o.after); });
    }
    void operator()(const op::MoveClaim& o) {
        check_move(m.claims(), "claim", o.id, o.from, o.to);
        rebuild(m, "cannot move claim " + single_quoted(o.id), [&](Parts& p) { move_element(p.claims, o.from, o.to); });
    }
    void operator()(const op::AddRelation& o) {
        check_insert(m.relations().size(), "relation", o.relation.id, o.index);
        const std::string what = "cannot add relation " + single_quoted(o.relation.id);
        if (o.relation.id.empty()) throw HistoryError(what + ": a recorded relation needs its id");
        if (o.index == m.relations().size()) return model_edit(what, [&] { m.add_relation(o.relation); });
        if (m.find_relation(o.relation.id)) throw HistoryError(what + ": the id is taken");
        rebuild(m, what, [&](Parts& p) { p.relations.insert(p.relations.begin() + static_cast<std::ptrdiff_t>(o.index), o.relation); });
    }
    void operator()(const op::RemoveRelation& o) {
        check_at(m.relations(), "relation", o.relation, o.index);
        if (!m.undercuts_of(o.relation.id).empty())
            throw HistoryError("cannot remove relation " + single_quoted(o.relation.id) + ": undercuts still target it");
        m.remove_relation(o.relation.id);
    }
    void operator()(const op::ReweightRelation& o) {
        const std::string what = "cannot reweight relation " + single_quoted(o.id);
        const Relation* r = m.find_relation(o.id);
        if (!r) throw HistoryError(what + ": no such relation");
        if (r->weight != o.before)
            throw HistoryError(what + ": its weight is " + std::to_string(r->weight) + ", not " + std::to_string(o.before) + " as recorded");
        model_edit(what, [&] { m.set_relation_weight(o.id, o.after); });
    }
    void operator()(const op::EditRelation& o) {
        const std::string what = "cannot edit relation " + single_quoted(o.before.id);
        if (o.before.id != o.after.id || o.before.type != o.after.type || o.before.source != o.after.source ||
            o.before.target != o.after.target)
            throw HistoryError(what + ": an edit keeps the id, type and ends");
        const auto i = m.relation_index(o.before.id);
        if (!i) throw HistoryError(what + ": no such relation");
        if (!(m.relations()[*i] == o.before)) throw HistoryError(what + ": the relation differs from the recorded state before the edit");
        rebuild(m, what, [&](Parts& p) { p.relations[*i] = o.after; });
    }
    void operator()(const op::RenameRelation& o) {
        const std::string what = "cannot rename relation " + single_quoted(o.from) + " to " + single_quoted(o.to);
        if (!m.find_relation(o.from)) throw HistoryError(what + ": no such relation");
        if (m.find_relation(o.to)) throw HistoryError(what + ": the new id is taken");
        rebuild(m, what, [&](Parts& p) {
            for (Relation& r : p.relations) {
                if (r.id == o.from) r.id = o.to;
                if (r.type == RelationType::undercut && r.target == o.from) r.target = o.to;
            }
        });
    }
    void operator()(const op::MoveRelation& o) {
        check_move(m.relations(), "relation", o.id, o.from, o.to);
        rebuild(m, "cannot move relation " + single_quoted(o.id), [&](Parts& p) { move_element(p.relations, o.from, o.to); });
    }
    void operator()(const op::AddCamp& o) {
        check_insert(m.camps().size(), "camp", o.camp.id, o.index);
        const std::string what = "cannot add camp " + single_quoted(o.camp.id);
        if (o.index == m.camps().size()) return model_edit(what, [&] { m.add_camp(o.camp); });
        if (m.find_camp(o.camp.id)) throw HistoryError(what + ": the id is taken");
        rebuild(m, what, [&](Parts& p) { p.camps.insert(p.camps.begin() + static_cast<std::ptrdiff_t>(o.index), o.camp); });
    }
    void operator()(const op::RemoveCamp& o) {
        check_at(m.camps(), "camp", o.camp, o.index);
        for (const Claim& c : m.claims())
            if (std::find(c.camps.begin(), c.camps.end(), o.camp.id) != c.camps.end())
                throw HistoryError("cannot remove camp " + single_quoted(o.camp.id) + ": claim " + single_quoted(c.id) + " still names it");
        m.remove_camp(o.camp.id);
    }
    void operator()(const op::EditCamp& o) {
        const std::string what = "cannot edit camp " + single_quoted(o.before.id);
        if (o.before.id != o.after.id) throw HistoryError(what + ": an edit cannot change the id (to " + single_quoted(o.after.id) + ")");
        const Camp* c = m.find_camp(o.before.id);
        if (!c) throw HistoryError(what + ": no such camp");
        if (!(*c == o.before)) throw HistoryError(what + ": the camp differs from the recorded state before the edit");
        model_edit(what, [&] { m.update_camp(o.after); });
    }
    void operator()(const op::MoveCamp& o) {
        check_move(m.camps(), "camp", o.id, o.from, o.to);
        rebuild(m, "cannot move camp " + single_quoted(o.id), [&](Parts& p) { move_element(p.camps, o.from, o.to); });
    }
    void operator()(const op::SetTitle& o) {
        if (m.title() != o.before) throw HistoryError("cannot set the title: it is " + single_quoted(m.title()) + ", not " + single_quoted(o.before) + " as recorded");
        model_edit("cannot set the title", [&] { m.set_title(o.after); });
    }
    void operator()(const op::SetMetadata& o) {
        const std::string what = "cannot set metadata " + single_quoted(o.key);
        auto it = m.metadata().find(o.key);
        const std::optional<std::string> now = it == m.metadata().end() ? std::nullopt : std::optional<std::string>(it->second);
        if (now != o.before) throw HistoryError(what + ": its value differs from the recorded one");
        if (o.after) return model_edit(what, [&] { m.set_metadata(o.key, *o.after); });
        if (now) rebuild(m, what, [&](Parts& p) { p.metadata.erase(o.key); });
    }
};

std::string shortest(double d) {
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d);
    return std::string(buf, end);
}

std::string relation_text(const Relation& r) {
    return r.id + " (" + std::string(to_string(r.type)) + " " + r.source + " -> " + r.target + ")";
}

}  // namespace

void apply(ArgumentMap& map, const Operation& operation) { std::visit(Applier{map}, operation); }

Operation inverse(const Operation& operation) {
    return std::visit(
        [](const auto& o) -> Operation {
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, op::AddClaim>) return op::RemoveClaim{o.claim, o.index};
            else if constexpr (std::is_same_v<T, op::RemoveClaim>) return op::AddClaim{o.claim, o.index};
            else if constexpr (std::is_same_v<T, op::AddRelation>) return op::RemoveRelation{o.relation, o.index};
            else if constexpr (std::is_same_v<T, op::RemoveRelation>) return op::AddRelation{o.relation, o.index};
            else if constexpr (std::is_same_v<T, op::AddCamp>) return op::RemoveCamp{o.camp, o.index};
            else if constexpr (std::is_same_v<T, op::RemoveCamp>) return op::AddCamp{o.camp, o.index};
            else if constexpr (std::is_same_v<T, op::MoveClaim> || std::is_same_v<T, op::MoveRelation> || std::is_same_v<T, op::MoveCamp>)
                return T{o.id, o.to, o.from};
            else if constexpr (std::is_same_v<T, op::ReweightRelation>) return T{o.id, o.after, o.before};
            else if constexpr (std::is_same_v<T, op::RenameRelation>) return T{o.to, o.from};
            else if constexpr (std::is_same_v<T, op::SetMetadata>) return T{o.key, o.after, o.before};
            else return T{o.after, o.before};  // the edits and SetTitle
        },
        operation);
}

void revert(ArgumentMap& map, const Operation& operation) { argmap::apply(map, inverse(operation)); }

std::string_view kind_name(const Operation& operation) noexcept {
    static constexpr std::string_view names[] = {
        "add-claim",   "remove-claim",   "edit-claim", "move-claim", "add-relation", "remove-relation",
        "reweight-relation", "edit-relation", "rename-relation", "move-relation", "add-camp", "remove-camp",
        "edit-camp",   "move-camp",      "set-title",  "set-metadata"};
    static_assert(std::size(names) == std::variant_size_v<Operation>);
    return names[operation.index()];
}

std::string describe(const Operation& operation) {
    return std::visit(
        [](const auto& o) -> std::string {
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, op::AddClaim>) return "+ claim " + o.claim.id;
            else if constexpr (std::is_same_v<T, op::RemoveClaim>) return "- claim " + o.claim.id;
            else if constexpr (std::is_same_v<T, op::EditClaim>) {
                std::string f;
                for (const auto& name : detail::changed_fields(o.before, o.after)) f += (f.empty() ? "" : ", ") + name;
                return "~ claim " + o.before.id + " (" + (f.empty() ? "unchanged" : f) + ")";
            } else if constexpr (std::is_same_v<T, op::MoveClaim>)
                return "> claim " + o.id + " moved from position " + std::to_string(o.from + 1) + " to " + std::to_string(o.to + 1);
            else if constexpr (std::is_same_v<T, op::AddRelation>) return "+ relation " + relation_text(o.relation);
            else if constexpr (std::is_same_v<T, op::RemoveRelation>) return "- relation " + relation_text(o.relation);
            else if constexpr (std::is_same_v<T, op::ReweightRelation>)
                return "~ relation " + o.id + " weight " + shortest(o.before) + " -> " + shortest(o.after);
            else if constexpr (std::is_same_v<T, op::EditRelation>) {
                std::string f = o.before.weight != o.after.weight ? "weight" : "";
                if (o.before.data != o.after.data) f += std::string(f.empty() ? "" : ", ") + "data";
                return "~ relation " + o.before.id + " (" + (f.empty() ? "unchanged" : f) + ")";
            } else if constexpr (std::is_same_v<T, op::RenameRelation>) return "~ relation " + o.from + " renamed " + o.to;
            else if constexpr (std::is_same_v<T, op::MoveRelation>)
                return "> relation " + o.id + " moved from position " + std::to_string(o.from + 1) + " to " + std::to_string(o.to + 1);
            else if constexpr (std::is_same_v<T, op::AddCamp>) return "+ camp " + o.camp.id;
            else if constexpr (std::is_same_v<T, op::RemoveCamp>) return "- camp " + o.camp.id;
            else if constexpr (std::is_same_v<T, op::EditCamp>) return "~ camp " + o.before.id;
            else if constexpr (std::is_same_v<T, op::MoveCamp>)
                return "> camp " + o.id + " moved from position " + std::to_string(o.from + 1) + " to " + std::to_string(o.to + 1);
            else if constexpr (std::is_same_v<T, op::SetTitle>) return "~ title";
            else return std::string(o.after ? (o.before ? "~" : "+") : "-") + " metadata " + o.key;
        },
        operation);
}

void apply(ArgumentMap& map, const Revision& revision) {
    std::size_t done = 0;
    try {
        for (; done < revision.operations.size(); ++done) argmap::apply(map, revision.operations[done]);
    } catch (const HistoryError& e) {
        for (std::size_t k = done; k-- > 0;) argmap::revert(map, revision.operations[k]);
        throw HistoryError(e.what(), e.revision, done);
    }
}

void revert(ArgumentMap& map, const Revision& revision) {
    const std::size_t n = revision.operations.size();
    std::size_t done = 0;
    try {
        for (; done < n; ++done) argmap::revert(map, revision.operations[n - 1 - done]);
    } catch (const HistoryError& e) {
        for (std::size_t k = done; k-- > 0;) argmap::apply(map, revision.operations[n - 1 - k]);
        throw HistoryError(e.what(), e.revision, n - 1 - done);
    }
}

}  // namespace argmap
