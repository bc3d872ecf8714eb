// argmap/model.hpp: the argument map that people edit.
//
// An ArgumentMap holds claims (statements, arguments, evidence), relations between them
// (attack, support, undercut) and camps (the parties of a debate). Every edit validates and
// throws ModelError with a readable message; a map that exists is always consistent.
//
// Threads: an ArgumentMap is a plain value with no hidden caches. Any number of threads may use
// one map through its const members at once (evaluate, project, write, render it); an edit
// needs that map to itself: no other thread may read or edit it meanwhile. Different maps are
// independent.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace argmap {

/// What a claim is in the debate.
enum class ClaimKind { thesis, claim, argument, evidence, assumption };

/// attack and support go from claim to claim; undercut goes from a claim to a relation
/// (it attacks the inference the relation stands for, not its target).
enum class RelationType { attack, support, undercut };

std::string_view to_string(ClaimKind kind) noexcept;
std::string_view to_string(RelationType type) noexcept;
std::optional<ClaimKind> parse_claim_kind(std::string_view name) noexcept;
std::optional<RelationType> parse_relation_type(std::string_view name) noexcept;

/// Where a claim comes from. Every field is optional free text.
struct Provenance {
    std::string source;   ///< document, e.g. "Zogg, Cooperation, Co-existence or Clash? (2020)"
    std::string locator;  ///< place in the source, e.g. "para. 11"
    std::string date;     ///< ISO 8601 date of the source, e.g. "2020-03-12"
    std::string url;

    bool empty() const noexcept { return source.empty() && locator.empty() && date.empty() && url.empty(); }
    friend bool operator==(const Provenance&, const Provenance&) = default;
};

/// Whether a prediction came true: still open, held, or failed.
enum class PredictionStatus { open, held, failed };

std::string_view to_string(PredictionStatus status) noexcept;
std::optional<PredictionStatus> parse_prediction_status(std::string_view name) noexcept;

/// A claim about the future: the date by which it should come true and, once settled, how.
///
/// Validated with the claim: `horizon` and `resolved_on` are calendar dates "YYYY-MM-DD";
/// an open prediction has no resolution date and no evidence; a held or failed one has a
/// resolution date. `evidence` names other claims of the map, each once; the map checks they
/// exist whenever the claim is added or updated, and removing a claim removes it from every
/// prediction's evidence (readers therefore attach predictions after all claims are read).
struct Prediction {
    std::string horizon;                 ///< when it should have come true, e.g. "2025-12-31"
    PredictionStatus status = PredictionStatus::open;
    std::string resolved_on;             ///< when it was settled (held or failed); empty while open
    std::vector<std::string> evidence;   ///< ids of the claims that settle it
    std::string note;

    friend bool operator==(const Prediction&, const Prediction&) = default;
};

/// True when `date` is a calendar date written "YYYY-MM-DD" (proleptic Gregorian, year 0001-9999).
bool is_iso_date(std::string_view date) noexcept;

struct Claim {
    std::string id;                       ///< stable, unique, non-empty
    std::string text;
    ClaimKind kind = ClaimKind::claim;
    std::vector<std::string> camps;       ///< ids of camps that hold this claim
    Provenance provenance;
    double weight = 1.0;                  ///< base weight in [0,1]
    std::vector<std::string> tags;
    std::string group;                    ///< section or heading the claim belongs to
    std::map<std::string, std::string> data;  ///< further key/value data, kept verbatim
    std::vector<std::string> values;      ///< values the claim promotes (value-based argumentation);
                                          ///< when empty it promotes its camps
    std::optional<Prediction> prediction; ///< set when the claim forecasts something

    friend bool operator==(const Claim&, const Claim&) = default;
};

struct Relation {
    std::string id;                       ///< unique among relations; assigned if left empty
    RelationType type = RelationType::attack;
    std::string source;                   ///< claim id
    std::string target;                   ///< claim id, or relation id for an undercut
    double weight = 1.0;                  ///< in [0,1]
    std::map<std::string, std::string> data;  ///< further key/value data (e.g. source-format ids), kept verbatim

    friend bool operator==(const Relation&, const Relation&) = default;
};

struct Camp {
    std::string id;
    std::string name;
    std::string description;
    std::string color;                    ///< "#rrggbb" or empty
    /// The camp as an audience: values (or camp ids), most preferred first. When empty the camp
    /// prefers its own id and ranks everything else equal.
    std::vector<std::string> preferences;

    friend bool operator==(const Camp&, const Camp&) = default;
};

/// Thrown by every edit that would make a map inconsistent.
class ModelError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// A debate: claims, relations and camps, in insertion order.
///
/// Claims, relations and camps are returned as spans that stay valid until the next edit.
/// Lookup by id is O(1). Internally each claim keeps the list of attacks and supports into it.
class ArgumentMap {
public:
    ArgumentMap();
    ArgumentMap(const ArgumentMap& other);
    ArgumentMap(ArgumentMap&&) noexcept;
    ArgumentMap& operator=(const ArgumentMap& other);
    ArgumentMap& operator=(ArgumentMap&&) noexcept;
    ~ArgumentMap();

    const std::string& title() const noexcept;
    void set_title(std::string title);
    /// Free key/value metadata of the whole map (author, date, licence...).
    const std::map<std::string, std::string>& metadata() const noexcept;
    void set_metadata(const std::string& key, std::string value);

    const Camp& add_camp(Camp camp);
    const Claim& add_claim(Claim claim);
    /// Adds a relation; an empty id gets the next free "r<N>".
    const Relation& add_relation(Relation relation);

    /// Replaces the claim with the same id (its relations stay).
    const Claim& update_claim(Claim claim);
    void update_camp(Camp camp);
    void set_relation_weight(std::string_view relation_id, double weight);
    /// Removes the claim, every relation that touches it and every undercut of those, and drops
    /// it from the evidence of every prediction.
    void remove_claim(std::string_view id);
    /// Removes the relation and every undercut of it.
    void remove_relation(std::string_view id);
    /// Removes the camp and its mentions in claims.
    void remove_camp(std::string_view id);

    std::span<const Claim> claims() const noexcept;
    std::span<const Relation> relations() const noexcept;
    std::span<const Camp> camps() const noexcept;

    const Claim* find_claim(std::string_view id) const noexcept;
    const Relation* find_relation(std::string_view id) const noexcept;
    const Camp* find_camp(std::string_view id) const noexcept;
    /// Position of a claim in claims(), or nullopt.
    std::optional<std::size_t> claim_index(std::string_view id) const noexcept;
    std::optional<std::size_t> relation_index(std::string_view id) const noexcept;

    /// Relations whose target is the claim `id` (attack and support), in insertion order.
    std::vector<const Relation*> relations_into(std::string_view id) const;
    /// Relations whose source is the claim `id` (all types), in insertion order.
    std::vector<const Relation*> relations_from(std::string_view id) const;
    /// Undercuts aimed at the relation `relation_id`.
    std::vector<const Relation*> undercuts_of(std::string_view relation_id) const;

    bool empty() const noexcept { return claims().empty(); }

    friend bool operator==(const ArgumentMap& a, const ArgumentMap& b);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// True when `text` is well-formed UTF-8 (no overlongs, no surrogates, at most U+10FFFF).
bool is_valid_utf8(std::string_view text) noexcept;
/// Byte offset of the first invalid UTF-8 sequence, or npos.
std::size_t find_invalid_utf8(std::string_view text) noexcept;

}  // namespace argmap
