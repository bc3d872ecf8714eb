// ArgumentMap: validated storage of claims, relations and camps, with the claim graph kept as a
// Boost.Graph bidirectional adjacency list (vertex = claim index, edge = attack/support relation).
#include "argmap/model.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include <boost/graph/adjacency_list.hpp>

namespace argmap {

namespace {

struct EdgeInfo {
    std::size_t relation = 0;
};
using ClaimGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                         boost::no_property, EdgeInfo>;

struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
using Index = std::unordered_map<std::string, std::size_t, StringHash, std::equal_to<>>;

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

struct ArgumentMap::Impl {
    std::string title;
    std::map<std::string, std::string> metadata;
    std::vector<Claim> claims;
    std::vector<Relation> relations;
    std::vector<Camp> camps;
    Index claim_index, relation_index, camp_index;
    Index relation_ends;  // "type\0source\0target" -> relation index, to refuse repeats in O(1)
    ClaimGraph graph;

    static std::string ends_key(const Relation& r) {
        std::string k(to_string(r.type));
        k += '\0';
        k += r.source;
        k += '\0';
        k += r.target;
        return k;
    }

    void rebuild() {
        claim_index.clear();
        relation_index.clear();
        camp_index.clear();
        for (std::size_t i = 0; i < claims.size(); ++i) claim_index.emplace(claims[i].id, i);
        relation_ends.clear();
        for (std::size_t i = 0; i < relations.size(); ++i) {
            relation_index.emplace(relations[i].id, i);
            relation_ends.emplace(ends_key(relations[i]), i);
        }
        for (std::size_t i = 0; i < camps.size(); ++i) camp_index.emplace(camps[i].id, i);
        graph = ClaimGraph(claims.size());
        for (std::size_t i = 0; i < relations.size(); ++i) add_graph_edge(i);
    }

    void add_graph_edge(std::size_t r) {
        const Relation& rel = relations[r];
        if (rel.type == RelationType::undercut) return;
        boost::add_edge(claim_index.at(rel.source), claim_index.at(rel.target), EdgeInfo{r}, graph);
    }

    std::optional<std::size_t> find(const Index& idx, std::string_view id) const {
        auto it = idx.find(id);
        if (it == idx.end()) return std::nullopt;
        return it->second;
    }

    void validate_claim(const Claim& c) const {
        check_identifier("claim", c.id);
        check_text("text", c.id, c.text);
        check_text("group", c.id, c.group);
        check_weight("weight", c.id, c.weight);
        for (std::size_t i = 0; i < c.camps.size(); ++i) {
            if (!find(camp_index, c.camps[i]))
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
    if (impl_->find(impl_->camp_index, camp.id)) throw ModelError("duplicate camp id " + quoted(camp.id));
    impl_->camp_index.emplace(camp.id, impl_->camps.size());
    impl_->camps.push_back(std::move(camp));
    return impl_->camps.back();
}

void ArgumentMap::update_camp(Camp camp) {
    impl_->validate_camp(camp);
    auto i = impl_->find(impl_->camp_index, camp.id);
    if (!i) throw ModelError("unknown camp " + quoted(camp.id));
    impl_->camps[*i] = std::move(camp);
}

const Claim& ArgumentMap::add_claim(Claim claim) {
    impl_->validate_claim(claim);
    if (impl_->find(impl_->claim_index, claim.id)) throw ModelError("duplicate claim id " + quoted(claim.id));
    impl_->claim_index.emplace(claim.id, impl_->claims.size());
    impl_->claims.push_back(std::move(claim));
    boost::add_vertex(impl_->graph);
    return impl_->claims.back();
}

const Claim& ArgumentMap::update_claim(Claim claim) {
    impl_->validate_claim(claim);
    auto i = impl_->find(impl_->claim_index, claim.id);
    if (!i) throw ModelError("unknown claim " + quoted(claim.id));
    impl_->claims[*i] = std::move(claim);
    return impl_->claims[*i];
}

const Relation& ArgumentMap::add_relation(Relation r) {
    Impl& m = *impl_;
    if (r.id.empty()) {
        std::size_t n = m.relations.size() + 1;  // the i-th relation is "r<i>" when that is free
        do r.id = "r" + std::to_string(n++);
        while (m.find(m.relation_index, r.id));
    }
    check_identifier("relation", r.id);
    if (m.find(m.relation_index, r.id)) throw ModelError("duplicate relation id " + quoted(r.id));
    check_weight("weight", r.id, r.weight);
    for (const auto& [k, v] : r.data) {
        check_identifier("data key of relation " + quoted(r.id) + ":", k);
        check_text("data value", r.id, v);
    }
    const std::string what = std::string(to_string(r.type)) + " " + quoted(r.id);
    if (!m.find(m.claim_index, r.source))
        throw ModelError(what + " comes from unknown claim " + quoted(r.source));
    if (r.type == RelationType::undercut) {
        if (r.target == r.id) throw ModelError(what + " undercuts itself");
        if (!m.find(m.relation_index, r.target))
            throw ModelError(what + " targets unknown relation " + quoted(r.target));
    } else if (!m.find(m.claim_index, r.target)) {
        throw ModelError(what + " targets unknown claim " + quoted(r.target));
    }
    if (r.type == RelationType::support && r.source == r.target)
        throw ModelError(what + ": claim " + quoted(r.source) + " cannot support itself");
    if (auto same = m.find(m.relation_ends, Impl::ends_key(r)))
        throw ModelError(what + " repeats relation " + quoted(m.relations[*same].id) + " (" + r.source + " -> " + r.target + ")");
    m.relation_index.emplace(r.id, m.relations.size());
    m.relation_ends.emplace(Impl::ends_key(r), m.relations.size());
    m.relations.push_back(std::move(r));
    m.add_graph_edge(m.relations.size() - 1);
    return m.relations.back();
}

void ArgumentMap::set_relation_weight(std::string_view id, double weight) {
    auto i = impl_->find(impl_->relation_index, id);
    if (!i) throw ModelError("unknown relation " + quoted(id));
    check_weight("weight", id, weight);
    impl_->relations[*i].weight = weight;
}

void ArgumentMap::remove_relation(std::string_view id) {
    Impl& m = *impl_;
    if (!m.find(m.relation_index, id)) throw ModelError("unknown relation " + quoted(id));
    // Collect the relation and, transitively, every undercut aimed at a removed relation.
    std::vector<std::string> doomed{std::string(id)};
    for (std::size_t k = 0; k < doomed.size(); ++k)
        for (const Relation& r : m.relations)
            if (r.type == RelationType::undercut && r.target == doomed[k]) doomed.push_back(r.id);
    std::erase_if(m.relations, [&](const Relation& r) {
        return std::find(doomed.begin(), doomed.end(), r.id) != doomed.end();
    });
    m.rebuild();
}

void ArgumentMap::remove_claim(std::string_view id) {
    Impl& m = *impl_;
    auto i = m.find(m.claim_index, id);
    if (!i) throw ModelError("unknown claim " + quoted(id));
    std::vector<std::string> doomed;
    for (const Relation& r : m.relations)
        if (r.source == id || (r.type != RelationType::undercut && r.target == id)) doomed.push_back(r.id);
    for (std::size_t k = 0; k < doomed.size(); ++k)
        for (const Relation& r : m.relations)
            if (r.type == RelationType::undercut && r.target == doomed[k] &&
                std::find(doomed.begin(), doomed.end(), r.id) == doomed.end())
                doomed.push_back(r.id);
    std::erase_if(m.relations, [&](const Relation& r) {
        return std::find(doomed.begin(), doomed.end(), r.id) != doomed.end();
    });
    m.claims.erase(m.claims.begin() + static_cast<std::ptrdiff_t>(*i));
    m.rebuild();
}

void ArgumentMap::remove_camp(std::string_view id) {
    Impl& m = *impl_;
    auto i = m.find(m.camp_index, id);
    if (!i) throw ModelError("unknown camp " + quoted(id));
    m.camps.erase(m.camps.begin() + static_cast<std::ptrdiff_t>(*i));
    for (Claim& c : m.claims) std::erase(c.camps, std::string(id));
    m.rebuild();
}

std::span<const Claim> ArgumentMap::claims() const noexcept { return impl_->claims; }
std::span<const Relation> ArgumentMap::relations() const noexcept { return impl_->relations; }
std::span<const Camp> ArgumentMap::camps() const noexcept { return impl_->camps; }

const Claim* ArgumentMap::find_claim(std::string_view id) const noexcept {
    auto i = impl_->find(impl_->claim_index, id);
    return i ? &impl_->claims[*i] : nullptr;
}
const Relation* ArgumentMap::find_relation(std::string_view id) const noexcept {
    auto i = impl_->find(impl_->relation_index, id);
    return i ? &impl_->relations[*i] : nullptr;
}
const Camp* ArgumentMap::find_camp(std::string_view id) const noexcept {
    auto i = impl_->find(impl_->camp_index, id);
    return i ? &impl_->camps[*i] : nullptr;
}
std::optional<std::size_t> ArgumentMap::claim_index(std::string_view id) const noexcept {
    return impl_->find(impl_->claim_index, id);
}
std::optional<std::size_t> ArgumentMap::relation_index(std::string_view id) const noexcept {
    return impl_->find(impl_->relation_index, id);
}

std::vector<const Relation*> ArgumentMap::relations_into(std::string_view id) const {
    std::vector<const Relation*> out;
    auto v = claim_index(id);
    if (!v) return out;
    std::vector<std::size_t> idx;
    for (auto [e, end] = boost::in_edges(*v, impl_->graph); e != end; ++e) idx.push_back(impl_->graph[*e].relation);
    std::sort(idx.begin(), idx.end());
    for (std::size_t r : idx) out.push_back(&impl_->relations[r]);
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
