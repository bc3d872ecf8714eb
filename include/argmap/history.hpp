// argmap/history.hpp: claim tracking. A map's history is a list of revisions, each a list of
// exactly invertible operations; any revision can be checked out as a map.
//
//   argmap::History h;                                   // starts from the empty map
//   argmap::ArgumentMap v1 = ..., v2 = ...;              // two states of a debate
//   h.commit(v1, {.author = "ann", .message = "first draft"});
//   h.commit(v2, {.author = "bob", .message = "grant found", .timestamp = "2026-03-01T10:00:00Z"});
//   assert(h.head() == v2 && h.checkout(1) == v1);       // exact equality, order included
//   for (const auto& op : h.revisions()[1].operations)   // "+ claim grant", "~ relation r1 weight 0.8 -> 0.6"
//       std::cout << argmap::describe(op) << "\n";
//   argmap::io::save_history(h, "tram.xml");             // the map (head) plus <history>
//   argmap::History g = argmap::git_history("debate.argdown");  // or: one revision per git commit
//
// Operations (namespace argmap::op) keep everything their inverse needs: a removal keeps the
// whole claim/relation/camp and its index, an edit keeps the before and after values, a move
// keeps both positions. apply() checks that the map is in the state the operation expects and
// throws HistoryError otherwise (leaving the map unchanged); revert(map, op) is
// apply(map, inverse(op)), so apply then revert gives back an equal (==) map, order included.
// Removals are atomic: a claim can only be removed once no relation touches it, a relation
// once no undercut targets it, a camp once no claim names it; operations_between() emits the
// relation removals (undercuts first) before the claim removal.
//
// Threads: a History is a value like ArgumentMap: const members from many threads at once,
// commit() and the other edits with the history to itself. git_history() opens its own
// libgit2 repository handle per call.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "argmap/io.hpp"
#include "argmap/model.hpp"

namespace argmap {

namespace op {
// Each operation compares equal field by field (the default ==).
#define ARGMAP_OP(T, ...)                                         \
    struct T {                                                    \
        __VA_ARGS__                                               \
        friend bool operator==(const T&, const T&) = default;     \
    }
ARGMAP_OP(AddClaim, Claim claim; std::size_t index = 0;);         ///< inserted at claims()[index]
ARGMAP_OP(RemoveClaim, Claim claim; std::size_t index = 0;);      ///< claims()[index] == claim; no relation touches it
ARGMAP_OP(EditClaim, Claim before; Claim after;);                 ///< same id; position kept
ARGMAP_OP(MoveClaim, std::string id; std::size_t from = 0; std::size_t to = 0;);
ARGMAP_OP(AddRelation, Relation relation; std::size_t index = 0;);
ARGMAP_OP(RemoveRelation, Relation relation; std::size_t index = 0;);  ///< no undercut targets it
ARGMAP_OP(ReweightRelation, std::string id; double before = 1; double after = 1;);
ARGMAP_OP(EditRelation, Relation before; Relation after;);        ///< same id, type and ends; data (and weight) change
ARGMAP_OP(RenameRelation, std::string from; std::string to;);    ///< undercuts of it follow the new id
ARGMAP_OP(MoveRelation, std::string id; std::size_t from = 0; std::size_t to = 0;);
ARGMAP_OP(AddCamp, Camp camp; std::size_t index = 0;);
ARGMAP_OP(RemoveCamp, Camp camp; std::size_t index = 0;);         ///< no claim names it
ARGMAP_OP(EditCamp, Camp before; Camp after;);                    ///< same id
ARGMAP_OP(MoveCamp, std::string id; std::size_t from = 0; std::size_t to = 0;);
ARGMAP_OP(SetTitle, std::string before; std::string after;);
ARGMAP_OP(SetMetadata, std::string key; std::optional<std::string> before; std::optional<std::string> after;);  ///< nullopt: key absent
#undef ARGMAP_OP
}  // namespace op

using Operation = std::variant<op::AddClaim, op::RemoveClaim, op::EditClaim, op::MoveClaim, op::AddRelation,
                               op::RemoveRelation, op::ReweightRelation, op::EditRelation, op::RenameRelation,
                               op::MoveRelation, op::AddCamp, op::RemoveCamp, op::EditCamp, op::MoveCamp,
                               op::SetTitle, op::SetMetadata>;

/// An operation that does not apply, or a history whose revisions do not replay.
class HistoryError : public std::runtime_error {
public:
    explicit HistoryError(const std::string& message, std::optional<std::size_t> revision = std::nullopt,
                          std::optional<std::size_t> operation = std::nullopt)
        : std::runtime_error(message), revision(revision), operation(operation) {}
    std::optional<std::size_t> revision;   ///< 0-based index into History::revisions()
    std::optional<std::size_t> operation;  ///< 0-based index into that revision's operations
};

/// Applies one operation; throws HistoryError (map unchanged) when the map is not in the state
/// the operation expects. Call it qualified, argmap::apply: Operation is a std::variant, so an
/// unqualified call also finds std::apply.
void apply(ArgumentMap& map, const Operation& operation);
/// The operation that undoes `operation`.
Operation inverse(const Operation& operation);
/// apply(map, inverse(operation)).
void revert(ArgumentMap& map, const Operation& operation);
/// One line: "+ claim x", "- relation r2 (attack a -> b)", "~ claim x (text, weight)", ...
std::string describe(const Operation& operation);
/// The kebab-case name used in files: "add-claim", "reweight-relation", "set-metadata", ...
std::string_view kind_name(const Operation& operation) noexcept;

/// The operations that turn `before` into `after` (applied in order they give a map == after).
/// Claims and camps are matched by id, relations by type and ends as diff() does; a relation
/// kept under another id is renamed. Order: title and metadata; relation removals (undercuts
/// first); claim removals; camp additions and edits; claim edits; camp removals; claim
/// additions at their final index; renames; reweights and edits of relations; relation
/// additions; then moves for whatever is still out of order.
std::vector<Operation> operations_between(const ArgumentMap& before, const ArgumentMap& after);

struct Revision {
    std::string id;         ///< unique in its history ("1", "2", ... for commits; a git commit id)
    std::string timestamp;  ///< ISO 8601, e.g. "2026-11-30T15:00:00Z" or "2022-02-04T12:00:00+08:00"
    std::string author;
    std::string message;
    std::vector<Operation> operations;

    friend bool operator==(const Revision&, const Revision&) = default;
};

/// Applies (reverts) every operation of a revision in order (in reverse); on failure the map is
/// restored and HistoryError names the operation.
void apply(ArgumentMap& map, const Revision& revision);
void revert(ArgumentMap& map, const Revision& revision);

/// What commit() records besides the operations; empty fields get defaults (id: the next
/// number, timestamp: now in UTC).
struct RevisionInfo {
    std::string author{};
    std::string message{};
    std::string timestamp{};
    std::string id{};
};

/// The revisions of a map, starting from the empty map. Keeps the head (the state after the
/// last revision) so that commits and appends cost only their own operations.
class History {
public:
    History() = default;
    /// Replays the revisions; throws HistoryError naming the revision and operation that does
    /// not apply, or a repeated revision id or a timestamp that is not ISO 8601.
    explicit History(std::vector<Revision> revisions);

    std::span<const Revision> revisions() const noexcept { return revisions_; }
    std::size_t size() const noexcept { return revisions_.size(); }
    bool empty() const noexcept { return revisions_.empty(); }
    /// The state after every revision.
    const ArgumentMap& head() const noexcept { return head_; }
    /// The state after the first `count` revisions (0: the empty map). Throws std::out_of_range.
    ArgumentMap checkout(std::size_t count) const;
    /// Calls visit(count, state) for count = 1 .. size(), replaying once.
    void for_each_state(const std::function<void(std::size_t count, const ArgumentMap& state)>& visit) const;

    /// Records `next` as a new revision (the operations from head() to next) and returns it. A
    /// commit without changes is recorded too (with no operations) when allow_empty is true,
    /// otherwise nothing is recorded and nullptr is returned.
    const Revision* commit(const ArgumentMap& next, RevisionInfo info = {}, bool allow_empty = false);
    /// Appends a revision after checking it applies to head() and its id is new.
    void append(Revision revision);

    /// The number of revisions a reference selects (for checkout): a revision id; a number n
    /// (the state after n revisions; 0 is the empty map); a unique id prefix of at least 4
    /// characters (git commits); or an ISO 8601 date or time (the last revision at or before it,
    /// a bare date meaning the end of that day in UTC). Nullopt when nothing matches.
    std::optional<std::size_t> resolve(std::string_view reference) const;

    friend bool operator==(const History& a, const History& b) { return a.revisions_ == b.revisions_; }

private:
    std::vector<Revision> revisions_;
    ArgumentMap head_;
};

/// Seconds since 1970-01-01T00:00:00Z of an ISO 8601 date or date-time (YYYY-MM-DD,
/// YYYY-MM-DDTHH:MM[:SS[.fff]] with Z or +HH:MM / -HH:MM; no zone means UTC); nullopt if it is
/// not one. end_of_day: a bare date means its last second.
std::optional<long long> parse_timestamp(std::string_view text, bool end_of_day = false) noexcept;
/// The current time as "YYYY-MM-DDTHH:MM:SSZ".
std::string now_timestamp();

/// The versions of a file in the git repository that contains it, one revision per commit on
/// the first-parent line of HEAD that changed the file's content (id: the commit id; author,
/// timestamp and message from the commit), following renames and starting after the file was
/// last added (history before a deletion is not followed). Each version is read with the
/// format of its path's extension. Throws HistoryError (no repository, file not in HEAD, a
/// version that does not parse: the message names the commit and file:line:column).
History git_history(const std::string& path);

}  // namespace argmap

namespace argmap::io {

// A map with its history, in the native XML (<history>) and JSON ("history") forms: the file
// holds the head as an ordinary map plus the revisions; reading replays the revisions from the
// empty map and requires the result to equal the content. load_map() and read_xml()/read_json()
// into an ArgumentMap read such files too (the head; the history is checked for syntax only).
// ReadLimits apply as for maps: size and nesting on the text, claims, relations and text
// lengths on the content.
ParseResult read_xml(std::string_view text, History& out, std::string_view filename = "<input>",
                     const ReadLimits& limits = {});
ParseResult read_json(std::string_view text, History& out, std::string_view filename = "<input>",
                      const ReadLimits& limits = {});
std::string write_xml(const History& history);
std::string write_json(const History& history);
/// By extension (.xml .argmap .json) or format; other formats cannot hold a history and are
/// refused (ParseStatus::unsupported). A file without a history gives an empty History whose
/// head is empty: use load_map for the content.
ParseResult load_history(const std::string& path, History& out, std::optional<Format> format = std::nullopt,
                         const ReadLimits& limits = {});
/// Writes xml or json; throws WriteError for other formats or when the file cannot be written.
void save_history(const History& history, const std::string& path, std::optional<Format> format = std::nullopt);

}  // namespace argmap::io
