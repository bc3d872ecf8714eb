// ArgumentMap: validated storage of claims, relations and camps. Ids are found through
// open-addressing tables of positions (the ids stay in the element vectors), and each claim
// keeps the positions of the attack/support relations into it. A removal shifts positions:
// the tables are rebuilt from stored hashes and the incoming lists renumbered, integer work
// only, so removing from a map of 100,000 claims costs milliseconds, not a re-index.
#include "argmap/model.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>


namespace argmap {

// A named namespace, not the anonymous one: PositionIndex is the type of ArgumentMap::Impl's
// members, an error in a unity build otherwise (-Wsubobject-linkage).
namespace model_detail {

// Positions of elements by a 64-bit hash of their key; keys are compared through `same(pos)`.
class PositionIndex {
public:
    /// Records position size() with hash h (positions are appended in order).
    void push_back(std::uint64_t h) {
        hash_.push_back(h);
        if (2 * hash_.size() > slots_.size()) grow();
        else place(static_cast<std::uint32_t>(hash_.size() - 1));
    }

    template <class Same>
    std::optional<std::size_t> find(std::uint64_t h, Same&& same) const {
        if (slots_.empty()) return std::nullopt;
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t s = h & mask;; s = (s + 1) & mask) {
            const std::uint32_t v = slots_[s];
            if (v == 0) return std::nullopt;
            if (hash_[v - 1] == h && same(v - 1)) return v - 1;
        }
    }

    /// Takes out the positions marked in `gone` (indexed by position); later ones move down.
    void erase(const std::vector<bool>& gone) {
        std::size_t w = 0;
        for (std::size_t r = 0; r < hash_.size(); ++r)
            if (!gone[r]) hash_[w++] = hash_[r];
        hash_.resize(w);
        std::fill(slots_.begin(), slots_.end(), 0);
        for (std::size_t i = 0; i < hash_.size(); ++i) place(static_cast<std::uint32_t>(i));
    }

private:
    std::vector<std::uint64_t> hash_;   // per position
    std::vector<std::uint32_t> slots_ = std::vector<std::uint32_t>(16, 0);  // position + 1, 0 = empty; a power of two

    void place(std::uint32_t pos) {
        const std::size_t mask = slots_.size() - 1;
        std::size_t s = hash_[pos] & mask;
        while (slots_[s] != 0) s = (s + 1) & mask;
        slots_[s] = pos + 1;
    }
    void grow() {
        slots_.assign(slots_.size() * 2, 0);
        for (std::size_t i = 0; i < hash_.size(); ++i) place(static_cast<std::uint32_t>(i));
    }
};

}  // namespace model_detail

using model_detail::PositionIndex;

namespace {

std::uint64_t hash_id(std::string_view s) noexcept { return std::hash<std::string_view>{}(s); }

// Ends of a relation: type, source and target, for refusing repeats.
std::uint64_t hash_ends(RelationType type, std::string_view source, std::string_view target) noexcept {
    std::uint64_t h = hash_id(source) * 0x9E3779B97F4A7C15ull;
    h ^= hash_id(target) + 0x632BE59BD9B4E019ull + (h << 6) + (h >> 2);
    return h ^ static_cast<std::uint64_t>(type);
}

std::string quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

void check_identifier(std::string_view what, std::string_view id) {
    if (id.empty()) throw ModelError(std::string(what) + " id must not be empty");
    if (!is_valid_utf8(id)) throw ModelError(std::string(what) + " id is not valid UTF-8");
    for (unsigned char c : id)
        if (c < 0x20 || c == 0x7F)
            throw ModelError(std::string(what) + " id " + quoted(id) + " contains a control character");
    if (id.front() == ' ' || id.back() == ' ')
        throw ModelError(std::string(what) + " id " + quoted(id) + " has leading or trailing spaces");
}

void check_text(std::string_view what, std::string_view owner, std::string_view text) {
    if (!is_valid_utf8(text))
        throw ModelError(std::string(what) + " of " + quoted(owner) + " is not valid UTF-8");
    for (unsigned char c : text)
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
            throw ModelError(std::string(what) + " of " + quoted(owner) +
                             " contains a control character that no format can carry");
}

void check_weight(std::string_view what, std::string_view owner, double w) {
    if (!std::isfinite(w) || w < 0.0 || w > 1.0)
        throw ModelError(std::string(what) + " of " + quoted(owner) + " must be in [0,1], got " +
                         std::to_string(w));
}

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

void check_color(const Camp& camp) {
    const std::string& c = camp.color;
    if (c.empty()) return;
    bool ok;
    if (c[0] == '#') {
        ok = (c.size() == 7 || c.size() == 9) && std::all_of(c.begin() + 1, c.end(), is_hex);
    } else {
        ok = std::all_of(c.begin(), c.end(), [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'); });
    }
    if (!ok)
        throw ModelError("colour of camp " + quoted(camp.id) + " must be '#rrggbb', '#rrggbbaa' or a colour name, got " +
                         quoted(c));
}

}  // namespace

std::string_view to_string(ClaimKind kind) noexcept {
    switch (kind) {
    case ClaimKind::thesis: return "thesis";
    case ClaimKind::claim: return "claim";
    case ClaimKind::argument: return "argument";
    case ClaimKind::evidence: return "evidence";
    case ClaimKind::assumption: return "assumption";
    }
    return "claim";
}

std::string_view to_string(RelationType type) noexcept {
    switch (type) {
    case RelationType::attack: return "attack";
    case RelationType::support: return "support";
    case RelationType::undercut: return "undercut";
    }
    return "attack";
}

std::optional<ClaimKind> parse_claim_kind(std::string_view name) noexcept {
    for (auto k : {ClaimKind::thesis, ClaimKind::claim, ClaimKind::argument, ClaimKind::evidence, ClaimKind::assumption})
        if (to_string(k) == name) return k;
    return std::nullopt;
}

std::optional<RelationType> parse_relation_type(std::string_view name) noexcept {
    for (auto t : {RelationType::attack, RelationType::support, RelationType::undercut})
        if (to_string(t) == name) return t;
    return std::nullopt;
}

std::string_view to_string(PredictionStatus status) noexcept {
    switch (status) {
    case PredictionStatus::open: return "open";
    case PredictionStatus::held: return "held";
    case PredictionStatus::failed: return "failed";
    }
    return "open";
}

std::optional<PredictionStatus> parse_prediction_status(std::string_view name) noexcept {
    for (auto s : {PredictionStatus::open, PredictionStatus::held, PredictionStatus::failed})
        if (to_string(s) == name) return s;
    return std::nullopt;
}

bool is_iso_date(std::string_view d) noexcept {
    if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
    int parts[3] = {0, 0, 0};
    const std::size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
    for (int k = 0; k < 3; ++k)
        for (std::size_t i = starts[k]; i < starts[k] + lengths[k]; ++i) {
            if (d[i] < '0' || d[i] > '9') return false;
            parts[k] = parts[k] * 10 + (d[i] - '0');
        }
    const int y = parts[0], m = parts[1], day = parts[2];
    if (y < 1 || m < 1 || m > 12 || day < 1) return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    static constexpr int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return day <= month_days[m - 1] + (m == 2 && leap ? 1 : 0);
}

struct ArgumentMap::Impl {
    std::string title;
    std::map<std::string, std::string> metadata;
    std::vector<Claim> claims;
    std::vector<Relation> relations;
    std::vector<Camp> camps;
    PositionIndex claim_index, relation_index, camp_index;
    PositionIndex relation_ends;  // type, source, target -> relation position, to refuse repeats in O(1)
    std::vector<std::vector<std::uint32_t>> incoming;  // per claim: attack/support relations into it, in order

    std::optional<std::size_t> find_claim(std::string_view id) const {
        return claim_index.find(hash_id(id), [&](std::size_t i) { return claims[i].id == id; });
    }
    std::optional<std::size_t> find_relation(std::string_view id) const {
        return relation_index.find(hash_id(id), [&](std::size_t i) { return relations[i].id == id; });
    }
    std::optional<std::size_t> find_camp(std::string_view id) const {
        return camp_index.find(hash_id(id), [&](std::size_t i) { return camps[i].id == id; });
    }
    std::optional<std::size_t> find_ends(const Relation& r) const {
        return relation_ends.find(hash_ends(r.type, r.source, r.target), [&](std::size_t i) {
            const Relation& x = relations[i];
            return x.type == r.type && x.source == r.source && x.target == r.target;
        });
    }

    void index_relation(std::size_t i) {
        const Relation& r = relations[i];
        relation_index.push_back(hash_id(r.id));
        relation_ends.push_back(hash_ends(r.type, r.source, r.target));
        if (r.type != RelationType::undercut) incoming[*find_claim(r.target)].push_back(static_cast<std::uint32_t>(i));
    }

    /// Takes out the relations marked in `gone`; positions after them move down.
    void erase_relations(const std::vector<bool>& gone) {
        std::vector<std::uint32_t> renumber(relations.size());
        std::uint32_t next = 0;
        for (std::size_t i = 0; i < relations.size(); ++i) renumber[i] = gone[i] ? UINT32_MAX : next++;
        for (auto& in : incoming) {
            std::size_t w = 0;
            for (std::uint32_t r : in)
                if (renumber[r] != UINT32_MAX) in[w++] = renumber[r];
            in.resize(w);
        }
        std::size_t w = 0;
        for (std::size_t i = 0; i < relations.size(); ++i)
            if (!gone[i]) {
                if (w != i) relations[w] = std::move(relations[i]);
                ++w;
            }
        relations.resize(w);
        relation_index.erase(gone);
        relation_ends.erase(gone);
    }

    /// The relations marked in `gone` and, transitively, every undercut aimed at one of them.
    std::vector<bool> with_undercuts(std::vector<bool> gone) const {
        bool grew = true;
        while (grew) {  // undercuts of undercuts: rarely more than two rounds
            grew = false;
            for (std::size_t i = 0; i < relations.size(); ++i) {
                if (gone[i] || relations[i].type != RelationType::undercut) continue;
                if (auto t = find_relation(relations[i].target); t && gone[*t]) gone[i] = grew = true;
            }
        }
        return gone;
    }

    void validate_claim(const Claim& c) const {
        check_identifier("claim", c.id);
        check_text("text", c.id, c.text);
        check_text("group", c.id, c.group);
        check_weight("weight", c.id, c.weight);
        for (std::size_t i = 0; i < c.camps.size(); ++i) {
            if (!find_camp(c.camps[i]))
                throw ModelError("claim " + quoted(c.id) + " names unknown camp " + quoted(c.camps[i]));
            for (std::size_t j = 0; j < i; ++j)
                if (c.camps[j] == c.camps[i])
                    throw ModelError("claim " + quoted(c.id) + " names camp " + quoted(c.camps[i]) + " twice");
        }
        for (const auto& t : c.tags) {
            if (t.empty()) throw ModelError("claim " + quoted(c.id) + " has an empty tag");
            check_text("tag", c.id, t);
        }
        for (std::size_t i = 0; i < c.values.size(); ++i) {
            check_identifier("value of claim " + quoted(c.id) + ":", c.values[i]);
            for (std::size_t j = 0; j < i; ++j)
                if (c.values[j] == c.values[i])
                    throw ModelError("claim " + quoted(c.id) + " names value " + quoted(c.values[i]) + " twice");
        }
        for (const auto* f : {&c.provenance.source, &c.provenance.locator, &c.provenance.date, &c.provenance.url})
            check_text("provenance", c.id, *f);
        for (const auto& [k, v] : c.data) {
            check_identifier("data key of claim " + quoted(c.id) + ":", k);
            check_text("data value", c.id, v);
        }
        if (c.prediction) validate_prediction(c.id, *c.prediction);
    }

    // A prediction's dates, status and evidence; evidence must name other claims of the map.
    void validate_prediction(const std::string& id, const Prediction& p) const {
        const std::string of = "prediction of claim " + quoted(id);
        if (p.horizon.empty()) throw ModelError(of + " needs a horizon date (YYYY-MM-DD)");
        if (!is_iso_date(p.horizon))
            throw ModelError(of + " has horizon " + quoted(p.horizon) + "; expected a calendar date YYYY-MM-DD");
        if (p.status == PredictionStatus::open) {
            if (!p.resolved_on.empty())
                throw ModelError(of + " is open but has a resolution date; only a held or failed prediction is resolved");
            if (!p.evidence.empty())
                throw ModelError(of + " is open but names evidence; only a held or failed prediction has evidence");
        } else {
            if (p.resolved_on.empty())
                throw ModelError(of + " is " + std::string(to_string(p.status)) + " but has no resolution date (YYYY-MM-DD)");
            if (!is_iso_date(p.resolved_on))
                throw ModelError(of + " has resolution date " + quoted(p.resolved_on) + "; expected a calendar date YYYY-MM-DD");
        }
        for (std::size_t i = 0; i < p.evidence.size(); ++i) {
            const std::string& e = p.evidence[i];
            check_identifier("evidence of " + of + ":", e);
            if (e == id) throw ModelError(of + " cannot name the claim itself as evidence");
            for (std::size_t j = 0; j < i; ++j)
                if (p.evidence[j] == e) throw ModelError(of + " names evidence " + quoted(e) + " twice");
            if (!find_claim(e)) throw ModelError(of + " names unknown evidence claim " + quoted(e));
        }
        check_text("prediction note", id, p.note);
    }

    void validate_camp(const Camp& c) const {
        check_identifier("camp", c.id);
        check_text("name", c.id, c.name);
        check_text("description", c.id, c.description);
        check_color(c);
        for (std::size_t i = 0; i < c.preferences.size(); ++i) {
            check_identifier("preference of camp " + quoted(c.id) + ":", c.preferences[i]);
            for (std::size_t j = 0; j < i; ++j)
                if (c.preferences[j] == c.preferences[i])
                    throw ModelError("camp " + quoted(c.id) + " ranks " + quoted(c.preferences[i]) + " twice");
        }
    }
};

ArgumentMap::ArgumentMap() : impl_(std::make_unique<Impl>()) {}
ArgumentMap::ArgumentMap(const ArgumentMap& other) : impl_(std::make_unique<Impl>(*other.impl_)) {}
ArgumentMap::ArgumentMap(ArgumentMap&&) noexcept = default;
ArgumentMap& ArgumentMap::operator=(const ArgumentMap& other) {
    if (this != &other) impl_ = std::make_unique<Impl>(*other.impl_);
    return *this;
}
ArgumentMap& ArgumentMap::operator=(ArgumentMap&&) noexcept = default;
ArgumentMap::~ArgumentMap() = default;

const std::string& ArgumentMap::title() const noexcept { return impl_->title; }
void ArgumentMap::set_title(std::string title) {
    check_text("title", "map", title);
    impl_->title = std::move(title);
}
const std::map<std::string, std::string>& ArgumentMap::metadata() const noexcept { return impl_->metadata; }
void ArgumentMap::set_metadata(const std::string& key, std::string value) {
    check_identifier("metadata key", key);
    check_text("metadata value", key, value);
    impl_->metadata[key] = std::move(value);
}

const Camp& ArgumentMap::add_camp(Camp camp) {
    impl_->validate_camp(camp);
    if (impl_->find_camp(camp.id)) throw ModelError("duplicate camp id " + quoted(camp.id));
    impl_->camp_index.push_back(hash_id(camp.id));
    impl_->camps.push_back(std::move(camp));
    return impl_->camps.back();
}

void ArgumentMap::update_camp(Camp camp) {
    impl_->validate_camp(camp);
    auto i = impl_->find_camp(camp.id);
    if (!i) throw ModelError("unknown camp " + quoted(camp.id));
    impl_->camps[*i] = std::move(camp);
}

const Claim& ArgumentMap::add_claim(Claim claim) {
    impl_->validate_claim(claim);
    if (impl_->find_claim(claim.id)) throw ModelError("duplicate claim id " + quoted(claim.id));
    impl_->claim_index.push_back(hash_id(claim.id));
    impl_->claims.push_back(std::move(claim));
    impl_->incoming.emplace_back();
    return impl_->claims.back();
}

const Claim& ArgumentMap::update_claim(Claim claim) {
    impl_->validate_claim(claim);
    auto i = impl_->find_claim(claim.id);
    if (!i) throw ModelError("unknown claim " + quoted(claim.id));
    impl_->claims[*i] = std::move(claim);
    return impl_->claims[*i];
}

const Relation& ArgumentMap::add_relation(Relation r) {
    Impl& m = *impl_;
    if (r.id.empty()) {
        std::size_t n = m.relations.size() + 1;  // the i-th relation is "r<i>" when that is free
        do r.id = "r" + std::to_string(n++);
        while (m.find_relation(r.id));
    }
    check_identifier("relation", r.id);
    if (m.find_relation(r.id)) throw ModelError("duplicate relation id " + quoted(r.id));
    check_weight("weight", r.id, r.weight);
    for (const auto& [k, v] : r.data) {
        check_identifier("data key of relation " + quoted(r.id) + ":", k);
        check_text("data value", r.id, v);
    }
    const std::string what = std::string(to_string(r.type)) + " " + quoted(r.id);
    if (!m.find_claim(r.source))
        throw ModelError(what + " comes from unknown claim " + quoted(r.source));
    if (r.type == RelationType::undercut) {
        if (r.target == r.id) throw ModelError(what + " undercuts itself");
        if (!m.find_relation(r.target))
            throw ModelError(what + " targets unknown relation " + quoted(r.target));
    } else if (!m.find_claim(r.target)) {
        throw ModelError(what + " targets unknown claim " + quoted(r.target));
    }
    if (r.type == RelationType::support && r.source == r.target)
        throw ModelError(what + ": claim " + quoted(r.source) + " cannot support itself");
    if (auto same = m.find_ends(r))
        throw ModelError(what + " repeats relation " + quoted(m.relations[*same].id) + " (" + r.source + " -> " + r.target + ")");
    m.relations.push_back(std::move(r));
    m.index_relation(m.relations.size() - 1);
    return m.relations.back();
}

void ArgumentMap::set_relation_weight(std::string_view id, double weight) {
    auto i = impl_->find_relation(id);
    if (!i) throw ModelError("unknown relation " + quoted(id));
    check_weight("weight", id, weight);
    impl_->relations[*i].weight = weight;
}

void ArgumentMap::remove_relation(std::string_view id) {
    Impl& m = *impl_;
    auto i = m.find_relation(id);
    if (!i) throw ModelError("unknown relation " + quoted(id));
    std::vector<bool> gone(m.relations.size(), false);
    gone[*i] = true;
    m.erase_relations(m.with_undercuts(std::move(gone)));
}

void ArgumentMap::remove_claim(std::string_view id) {
    Impl& m = *impl_;
    auto i = m.find_claim(id);
    if (!i) throw ModelError("unknown claim " + quoted(id));
    std::vector<bool> gone(m.relations.size(), false);
    for (std::size_t k = 0; k < m.relations.size(); ++k) {
        const Relation& r = m.relations[k];
        gone[k] = r.source == id || (r.type != RelationType::undercut && r.target == id);
    }
    m.erase_relations(m.with_undercuts(std::move(gone)));
    m.claims.erase(m.claims.begin() + static_cast<std::ptrdiff_t>(*i));
    m.incoming.erase(m.incoming.begin() + static_cast<std::ptrdiff_t>(*i));
    std::vector<bool> claim_gone(m.claims.size() + 1, false);
    claim_gone[*i] = true;
    m.claim_index.erase(claim_gone);
    for (Claim& c : m.claims)  // a removed claim no longer settles any prediction
        if (c.prediction) std::erase(c.prediction->evidence, std::string(id));
}

void ArgumentMap::remove_camp(std::string_view id) {
    Impl& m = *impl_;
    auto i = m.find_camp(id);
    if (!i) throw ModelError("unknown camp " + quoted(id));
    m.camps.erase(m.camps.begin() + static_cast<std::ptrdiff_t>(*i));
    std::vector<bool> gone(m.camps.size() + 1, false);
    gone[*i] = true;
    m.camp_index.erase(gone);
    for (Claim& c : m.claims) std::erase(c.camps, std::string(id));
}

std::span<const Claim> ArgumentMap::claims() const noexcept { return impl_->claims; }
std::span<const Relation> ArgumentMap::relations() const noexcept { return impl_->relations; }
std::span<const Camp> ArgumentMap::camps() const noexcept { return impl_->camps; }

const Claim* ArgumentMap::find_claim(std::string_view id) const noexcept {
    auto i = impl_->find_claim(id);
    return i ? &impl_->claims[*i] : nullptr;
}
const Relation* ArgumentMap::find_relation(std::string_view id) const noexcept {
    auto i = impl_->find_relation(id);
    return i ? &impl_->relations[*i] : nullptr;
}
const Camp* ArgumentMap::find_camp(std::string_view id) const noexcept {
    auto i = impl_->find_camp(id);
    return i ? &impl_->camps[*i] : nullptr;
}
std::optional<std::size_t> ArgumentMap::claim_index(std::string_view id) const noexcept {
    return impl_->find_claim(id);
}
std::optional<std::size_t> ArgumentMap::relation_index(std::string_view id) const noexcept {
    return impl_->find_relation(id);
}

std::vector<const Relation*> ArgumentMap::relations_into(std::string_view id) const {
    std::vector<const Relation*> out;
    auto v = claim_index(id);
    if (!v) return out;
    for (std::uint32_t r : impl_->incoming[*v]) out.push_back(&impl_->relations[r]);
    return out;
}

std::vector<const Relation*> ArgumentMap::relations_from(std::string_view id) const {
    std::vector<const Relation*> out;
    if (!claim_index(id)) return out;
    for (const Relation& r : impl_->relations)
        if (r.source == id) out.push_back(&r);
    return out;
}

std::vector<const Relation*> ArgumentMap::undercuts_of(std::string_view relation_id) const {
    std::vector<const Relation*> out;
    for (const Relation& r : impl_->relations)
        if (r.type == RelationType::undercut && r.target == relation_id) out.push_back(&r);
    return out;
}

bool operator==(const ArgumentMap& a, const ArgumentMap& b) {
    const auto& x = *a.impl_;
    const auto& y = *b.impl_;
    return x.title == y.title && x.metadata == y.metadata && x.camps == y.camps && x.claims == y.claims &&
           x.relations == y.relations;
}

}  // namespace argmap
