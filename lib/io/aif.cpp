// AIF JSON as AIFdb, OVA and the argument-mining pipelines write it: plain AIF
// {"nodes", "edges", "locutions", "participants"} and xAIF {"AIF": {...}, "text", "OVA", ...}.
//
// Reading (one pass over nlohmann-json's SAX events, then over the graph):
// - I-nodes are claims (id = nodeID, text; "timestamp" kept as data "aif:timestamp").
// - RA and MA nodes make each premise I-node support each conclusion I-node; CA nodes make each
//   premise attack each target I-node and undercut every relation a targeted RA/MA/CA node stands
//   for (a CA aimed at an I-node and an S-node does both). The same (type, source, target) reached
//   through several S-nodes is one relation; every relation keeps its S-nodes in data
//   ("aif:s-nodes", "aif:s-types", "aif:schemes", "aif:scheme-ids", "aif:illocutions").
// - PA nodes record a preference in the preferred claim's data ("aif:preferred-over").
// - Speakers become camps: a locution's personID names a participant, or (AIFdb exports carry
//   no participants) a speaker by name or by the "Name : text" prefix of the L-node. A claim is
//   held by the speakers of the L-nodes that anchor it through a YA node (or of a locution on
//   the I-node itself); the L texts and YA illocutions are kept as data.
// - Everything else is reported in ParseResult::warnings with the JSON pointer of the element:
//   self-links, repeats, dangling or unusable edges, node types argmap does not model (TA, EN,
//   L- and YA-nodes that anchor nothing), members whose values are not kept. xAIF's other parts
//   (text, OVA layout, scheme and descriptor fulfilments...) are kept as map metadata: strings
//   as such, other values as compact JSON.
// Writing does the reverse; see lost_in() for what AIF cannot carry.
#include <algorithm>
#include <memory>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "io/json_input.hpp"

namespace argmap::io {

namespace detail {
bool is_aif_json(std::string_view text) noexcept;
}

namespace {

using aif_json = nlohmann::json;  // unordered keys (argdown_json.cpp and json_map.cpp keep order)
using detail::PathError;

enum class Role : std::uint8_t { I, RA, MA, CA, PA, L, YA, TA, other };

Role role_of(std::string_view type) {
    if (type == "I") return Role::I;
    if (type == "RA") return Role::RA;
    if (type == "MA") return Role::MA;
    if (type == "CA") return Role::CA;
    if (type == "PA") return Role::PA;
    if (type == "L") return Role::L;
    if (type == "YA") return Role::YA;
    if (type == "TA") return Role::TA;
    return Role::other;
}
bool is_s(Role r) { return r == Role::RA || r == Role::MA || r == Role::CA || r == Role::PA; }
bool is_dialogue(Role r) { return r == Role::L || r == Role::YA || r == Role::TA; }

struct Node {
    std::string_view id, type, text, timestamp, scheme, scheme_id;  // into AifReader::chunks_
    std::size_t index = 0;  // position in the nodes array
    Role role = Role::other;
    bool live = true;       // false for an identical repeat
};
struct Edge {
    std::string_view from, to;
    std::size_t index = 0;
};
struct Locution {
    std::string_view node, person;
    std::size_t index = 0;
};
struct Participant {
    std::string id, name;
    std::size_t index = 0;
};
struct Link {
    std::uint32_t node, edge;
};

/// A JSON pointer token: '~' and '/' escaped.
std::string pointer_token(std::string_view key) {
    std::string s;
    for (char c : key) {
        if (c == '~') s += "~0";
        else if (c == '/') s += "~1";
        else s += c;
    }
    return s;
}

std::string q(std::string_view s) { return "'" + std::string(s) + "'"; }

/// A name from the file, made fit for a camp name: control characters become spaces, trimmed.
std::string clean_name(std::string_view s) {
    std::string out;
    for (char c : s) out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) ? ' ' : c;
    const auto b = out.find_first_not_of(' ');
    if (b == std::string::npos) return {};
    return out.substr(b, out.find_last_not_of(' ') - b + 1);
}

/// Text the model accepts: control characters other than tab and line breaks become spaces.
std::string printable(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) c = ' ';
    return out;
}

/// ASCII letters and digits lower-cased, other ASCII runs as '-', non-ASCII bytes kept.
std::string slug(std::string_view s) {
    std::string out;
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) out += ch;
        else if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
        else if (!out.empty() && out.back() != '-') out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

/// The speaker named by an L-node text of the form "Name : words" or "Name: words".
std::string prefix_speaker(std::string_view text) {
    const auto colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 64) return {};
    if (colon + 1 < text.size() && text[colon + 1] != ' ') return {};
    const std::string_view name = text.substr(0, colon);
    if (name.find_first_of("\r\n\t") != std::string_view::npos) return {};
    return clean_name(name);
}

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
    std::string s;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) s += sep;
        s += parts[i];
    }
    return s;
}

void add_distinct(std::vector<std::string>& v, std::string_view s) {
    if (!s.empty() && std::find(v.begin(), v.end(), s) == v.end()) v.emplace_back(s);
}

const char* relation_word(RelationType t) {
    return t == RelationType::support ? "support" : t == RelationType::attack ? "attack" : "undercut";
}

/// nodeID -> node position: open addressing over ids stored elsewhere (they must not move).
/// AIFdb's ids are decimal numbers: those in a dense range go to a table indexed by their value
/// (lookups then touch memory near each other), every other id to a hash table.
class IdIndex {
public:
    static constexpr std::uint32_t none = 0xFFFFFFFFu;
    /// Sized for these ids.
    template <class Ids>
    void reset(const Ids& ids) {
        std::size_t cap = 16;
        while (cap < 2 * ids.size()) cap *= 2;
        slots_.assign(cap, none);
        mask_ = cap - 1;
        std::uint64_t lo = ~std::uint64_t(0), hi = 0, count = 0;
        for (std::string_view id : ids)
            if (auto v = number(id)) {
                lo = std::min(lo, *v);
                hi = std::max(hi, *v);
                ++count;
            }
        dense_.clear();
        low_ = lo;
        if (count > 0 && hi - lo < 4 * ids.size() + 1024) dense_.assign(hi - lo + 1, none);
    }
    /// The position stored for `id`, or `none`.
    template <class IdOf>
    std::uint32_t find(std::string_view id, const IdOf& id_of) const {
        if (auto v = dense(id)) return *v < dense_.size() ? dense_[*v] : none;
        for (std::size_t h = hash(id) & mask_;; h = (h + 1) & mask_) {
            const std::uint32_t k = slots_[h];
            if (k == none || id_of(k) == id) return k;
        }
    }
    /// Stores `k` for `id` unless the id is there; returns the position stored for it.
    template <class IdOf>
    std::uint32_t insert(std::string_view id, std::uint32_t k, const IdOf& id_of) {
        if (auto v = dense(id)) {
            if (dense_[*v] == none) dense_[*v] = k;
            return dense_[*v];
        }
        for (std::size_t h = hash(id) & mask_;; h = (h + 1) & mask_) {
            const std::uint32_t at = slots_[h];
            if (at == none) {
                slots_[h] = k;
                return k;
            }
            if (id_of(at) == id) return at;
        }
    }

private:
    std::vector<std::uint32_t> slots_, dense_;
    std::size_t mask_ = 0;
    std::uint64_t low_ = 0;
    /// The value of a decimal id written without leading zeros (so equal values are equal ids).
    static std::optional<std::uint64_t> number(std::string_view id) {
        if (id.empty() || id.size() > 18 || (id[0] == '0' && id.size() > 1)) return std::nullopt;
        std::uint64_t v = 0;
        for (char c : id) {
            if (c < '0' || c > '9') return std::nullopt;
            v = v * 10 + static_cast<std::uint64_t>(c - '0');
        }
        return v;
    }
    /// The dense-table slot of `id`: its value minus the lowest; a value outside the table gives
    /// an index past its end.
    std::optional<std::uint64_t> dense(std::string_view id) const {
        if (dense_.empty()) return std::nullopt;
        auto v = number(id);
        if (!v) return std::nullopt;
        return *v >= low_ ? *v - low_ : ~std::uint64_t(0);
    }
    static std::size_t hash(std::string_view s) noexcept {  // FNV-1a
        std::uint64_t h = 1469598103934665603ull;
        for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
        return static_cast<std::size_t>(h ^ (h >> 29));
    }
};

/// Where an element or member is, turned into a JSON pointer only when a message needs it.
struct Where {
    const std::string& array;  // e.g. "/AIF/nodes"
    std::size_t index;
    std::string_view key;      // empty: the element itself
    std::string str() const {
        std::string s = array + "/" + std::to_string(index);
        if (!key.empty()) s += "/" + pointer_token(key);
        return s;
    }
};

class AifReader {
public:
    AifReader(std::string_view text, std::string_view filename) : text_(text), file_(filename) {}

    ParseResult run(ArgumentMap& out) {
        if (auto r = detail::check_utf8(text_, file_); !r) return r;
        try {
            if (auto r = parse_document(); !r) return r;
            build();
        } catch (const PathError& e) {
            return detail::failure(e.status, file_, 0, 0, e.message, e.path);
        } catch (const ModelError& e) {
            return detail::failure(detail::status_of(e), file_, 0, 0, e.what(), "/");
        }
        out = std::move(map_);
        return std::move(result_);
    }

private:
    std::string_view text_;
    std::string file_;
    ParseResult result_;
    ArgumentMap map_;
    std::string prefix_;  // "" for plain AIF, "/AIF" for xAIF
    std::string id_arena_;           // every nodeID, side by side
    bool xaif_ = false, graph_at_top_ = false;
    std::vector<Node> nodes_;
    std::vector<Edge> edges_;
    std::vector<Locution> locutions_;
    std::vector<Participant> participants_;
    struct Extra {
        std::string key, value;
        bool top;  // a top-level member (xAIF's text, OVA...), else a member of the AIF object
    };
    std::vector<Extra> extras_;
    struct Dropped {
        std::size_t count = 0;
        std::string first;
    };
    std::vector<std::pair<std::string, Dropped>> dropped_;  // "member 'x' of nodes" -> count, first pointer

    void warn(std::string path, std::string message) {
        result_.warnings.push_back({file_, 0, 0, std::move(path), std::move(message)});
    }
    void drop(const std::string& what, const Where& path) {
        for (auto& [w, d] : dropped_)
            if (w == what) {
                ++d.count;
                return;
            }
        dropped_.push_back({what, {1, path.str()}});
    }
    std::string node_path(const Node& n) const { return prefix_ + "/nodes/" + std::to_string(n.index); }
    std::string edge_path(std::size_t i) const { return prefix_ + "/edges/" + std::to_string(i); }

    // ---- the text: nlohmann-json's SAX events, one pass, no tree ----
    //
    // Each open object or array is a Frame saying what it is. The first problem with the content
    // is recorded and the rest of the text only checked, so malformed JSON is reported first.

    enum class Ctx : std::uint8_t { top, aif, part, element, skip, capture };
    enum class Part : std::uint8_t { nodes, edges, locutions, participants };
    struct Frame {
        Ctx ctx;
        bool had_child = false;  // skip: whether the container holds anything
    };
    std::vector<Frame> frames_;
    int depth_ = 0;
    bool seen_nodes_ = false;
    std::optional<PathError> error_;  // the first problem with the content
    bool too_deep_ = false;           // a container nested more than 64 levels
    std::optional<std::pair<std::size_t, std::string>> syntax_;  // nlohmann's byte and message
    std::string key_;                 // the current member's name
    std::set<std::string> top_keys_, aif_keys_;
    // The graph array being read and its element.
    Part part_ = Part::nodes;
    std::string part_path_;
    std::size_t index_ = 0;  // of the element being read
    Node node_;
    Edge edge_;
    Locution locution_;
    Participant participant_;
    std::string first_, last_;
    bool has_a_ = false, has_b_ = false;  // nodeID & type, fromID & toID, nodeID, participantID
    // A member not kept, skipped: what to report if it carries something.
    std::string skip_what_;
    std::size_t skip_index_ = 0;
    std::string skip_key_, skip_path_;
    std::size_t pending_skip_ = 0;  // the frame count while a skipped member's container is open
    // A member kept as metadata, as a small tree.
    nlohmann::ordered_json capture_;
    std::vector<nlohmann::ordered_json*> capture_stack_;
    std::string capture_key_;
    bool capture_top_ = false;
    nlohmann::ordered_json capture_number_;  // the number of the current event, for capture()
    // Decoded strings the records view, in chunks that never move.
    std::vector<std::unique_ptr<char[]>> chunks_;
    std::size_t chunk_left_ = 0;
    char* chunk_at_ = nullptr;

    std::string_view keep(const std::string& s) {
        if (s.size() > chunk_left_) {
            const std::size_t size = std::max<std::size_t>(s.size(), 1 << 20);
            chunks_.push_back(std::make_unique<char[]>(size));
            chunk_at_ = chunks_.back().get();
            chunk_left_ = size;
        }
        std::copy(s.begin(), s.end(), chunk_at_);
        const std::string_view v(chunk_at_, s.size());
        chunk_at_ += s.size();
        chunk_left_ -= s.size();
        return v;
    }
    void fail(ParseStatus status, std::string path, std::string message) {
        if (!error_) error_ = PathError{status, std::move(path), std::move(message)};
    }
    std::string member_path(bool top) const { return (top ? "" : prefix_) + "/" + pointer_token(key_); }
    Where at() const { return Where{part_path_, index_, {}}; }
    Where member() const { return Where{part_path_, index_, key_}; }
    static const char* part_name(Part p) {
        return p == Part::nodes ? "nodes" : p == Part::edges ? "edges" : p == Part::locutions ? "locutions" : "participants";
    }

    /// One JSON value as the events give it: a scalar (with its text) or the start of a container.
    enum class V : std::uint8_t { null, boolean, integer, number, string, object, array };
    struct Value {
        V kind;
        std::string_view text;        // strings decoded, numbers as written (integers re-written)
        const std::string* str = nullptr;  // the string itself, for keeping
    };

    /// Where a value goes, by the frame it is in. Returns false to stop reading.
    bool on_value(const Value& v) {
        const bool container = v.kind == V::object || v.kind == V::array;
        if (container && ++depth_ > 64) {
            too_deep_ = true;
            return false;
        }
        if (frames_.empty()) {  // the document
            if (v.kind == V::object) {
                frames_.push_back({Ctx::top});
                return true;
            }
            return skip(v, "/", "expected an object with a \"nodes\" array (AIF) or an \"AIF\" object (xAIF)");
        }
        const Ctx ctx = frames_.back().ctx;
        if (ctx == Ctx::capture && !error_) return capture(v);
        if (error_ || ctx == Ctx::skip || ctx == Ctx::capture) {  // only checked
            frames_.back().had_child = true;
            if (container) frames_.push_back({Ctx::skip});
            return true;
        }
        switch (ctx) {
        case Ctx::top:
        case Ctx::aif: {
            const bool top = frames_.back().ctx == Ctx::top;
            const bool graph = key_ == "nodes" || key_ == "edges" || key_ == "locutions" || key_ == "participants";
            if (top && key_ == "AIF" && v.kind == V::object) {
                if (graph_at_top_) return skip(v, "/AIF", "an \"AIF\" object beside top-level nodes; expected one or the other");
                xaif_ = true;
                prefix_ = "/AIF";
                frames_.push_back({Ctx::aif});
                return true;
            }
            if (graph) {
                if (top) {
                    if (xaif_) return skip(v, "/" + key_, "top-level \"" + key_ + "\" beside an \"AIF\" object; expected one or the other");
                    graph_at_top_ = true;
                }
                return graph_part(v);
            }
            return keep_extra(v, top);
        }
        case Ctx::part: return element(v);
        case Ctx::element: return element_member(v);
        default: return true;
        }
    }
    /// Records a problem; a container holding the bad value is skipped.
    bool skip(const Value& v, std::string path, std::string message) {
        fail(ParseStatus::invalid_value, std::move(path), std::move(message));
        if (v.kind == V::object || v.kind == V::array) frames_.push_back({Ctx::skip});
        return true;
    }
    bool graph_part(const Value& v) {
        const std::string path = prefix_ + "/" + key_;
        if (key_ != "nodes" && v.kind == V::null) return true;
        if (v.kind != V::array) return skip(v, path, "expected an array");
        seen_nodes_ |= key_ == "nodes";
        part_ = key_ == "nodes" ? Part::nodes : key_ == "edges" ? Part::edges : key_ == "locutions" ? Part::locutions : Part::participants;
        part_path_ = path;
        index_ = std::size_t(0) - 1;
        frames_.push_back({Ctx::part});
        return true;
    }
    bool element(const Value& v) {
        ++index_;
        if (v.kind != V::object) {
            static const char* const need[] = {"a node needs nodeID and type", "an edge needs fromID and toID", "expected a locution object",
                                               "expected a participant object"};
            return skip(v, at().str(), need[static_cast<int>(part_)]);
        }
        has_a_ = has_b_ = false;
        switch (part_) {
        case Part::nodes: node_ = Node{}; node_.index = index_; break;
        case Part::edges: edge_ = Edge{}; edge_.index = index_; break;
        case Part::locutions: locution_ = Locution{}; locution_.index = index_; break;
        case Part::participants:
            participant_ = Participant{};
            participant_.index = index_;
            first_.clear();
            last_.clear();
            break;
        }
        frames_.push_back({Ctx::element});
        return true;
    }
    /// An id: a string, or an integer written as a number.
    bool read_id(const Value& v, std::string_view& out) {
        if (v.kind == V::string) out = keep(*v.str);
        else if (v.kind == V::integer) out = keep(std::string(v.text));
        else return skip(v, member().str(), "expected an id (string or integer)");
        return true;
    }
    /// A text member: a string, or null for none.
    bool read_text(const Value& v, std::string_view& out) {
        if (v.kind == V::string) out = keep(*v.str);
        else if (v.kind != V::null) return skip(v, member().str(), "expected a string");
        return true;
    }
    /// A member whose value is not kept: noted unless it is null, "", [] or {}.
    bool skip_member(const Value& v) {
        if (v.kind == V::object || v.kind == V::array) {
            skip_what_ = part_name(part_);
            skip_index_ = index_;
            skip_key_ = key_;
            skip_path_ = part_path_;
            frames_.push_back({Ctx::skip, false});
            pending_skip_ = frames_.size();
            return true;
        }
        if (v.kind == V::null || (v.kind == V::string && v.text.empty())) return true;
        drop("member '" + key_ + "' of " + part_name(part_), member());
        return true;
    }
    bool element_member(const Value& v) {
        switch (part_) {
        case Part::nodes:
            if (key_ == "nodeID") {
                has_a_ = true;
                return read_id(v, node_.id);
            }
            if (key_ == "type") {
                if (v.kind != V::string) return skip(v, member().str(), "expected a string");
                node_.type = keep(*v.str);
                has_b_ = true;
                return true;
            }
            if (key_ == "text") return read_text(v, node_.text);
            if (key_ == "timestamp" && v.kind == V::string) {
                node_.timestamp = keep(*v.str);
                return true;
            }
            if (key_ == "scheme" || key_ == "schemeID") {
                auto& field = key_ == "scheme" ? node_.scheme : node_.scheme_id;
                if (v.kind == V::string) field = keep(*v.str);
                else if (v.kind == V::integer || v.kind == V::number) field = keep(std::string(v.text));
                else {
                    field = {};
                    return skip_member(v);
                }
                return true;
            }
            return skip_member(v);
        case Part::edges:
            if (key_ == "fromID") {
                has_a_ = true;
                return read_id(v, edge_.from);
            }
            if (key_ == "toID") {
                has_b_ = true;
                return read_id(v, edge_.to);
            }
            if (key_ == "edgeID") {  // edges are named by their ends
                if (v.kind == V::object || v.kind == V::array) frames_.push_back({Ctx::skip});
                return true;
            }
            return skip_member(v);
        case Part::locutions:
            if (key_ == "nodeID") {
                has_a_ = true;
                return read_id(v, locution_.node);
            }
            if (key_ == "personID" && v.kind != V::null) return read_id(v, locution_.person);
            return skip_member(v);
        case Part::participants: {
            if (key_ == "participantID") {
                has_a_ = true;
                std::string_view s;
                read_id(v, s);
                participant_.id = std::string(s);
                return true;
            }
            if (key_ == "firstname" || key_ == "surname") {
                std::string_view s;
                read_text(v, s);
                (key_ == "firstname" ? first_ : last_) = std::string(s);
                return true;
            }
            return skip_member(v);
        }
        }
        return true;
    }
    /// The end of a graph element: checked and stored.
    void end_element() {
        switch (part_) {
        case Part::nodes:
            if (!has_a_ || !has_b_) return fail(ParseStatus::invalid_value, at().str(), "a node needs nodeID and type");
            node_.role = role_of(node_.type);
            nodes_.push_back(node_);
            break;
        case Part::edges:
            if (!has_a_ || !has_b_) return fail(ParseStatus::invalid_value, at().str(), "an edge needs fromID and toID");
            edges_.push_back(edge_);
            break;
        case Part::locutions:
            if (!has_a_) warn(at().str(), "locution without nodeID; not read");
            else locutions_.push_back(locution_);
            break;
        case Part::participants:
            participant_.name = printable(first_ + (first_.empty() || last_.empty() ? "" : " ") + last_);
            if (!has_a_) warn(at().str(), "participant without participantID; not read" + (participant_.name.empty() ? std::string() : " ('" + participant_.name + "')"));
            else participants_.push_back(std::move(participant_));
            break;
        }
    }
    /// A value kept as metadata: a string as itself, anything else as its JSON text.
    bool keep_extra(const Value& v, bool top) {
        switch (v.kind) {
        case V::null: return true;
        case V::string:
            if (!v.text.empty()) extras_.push_back({key_, std::string(v.text), top});
            return true;
        case V::boolean:
        case V::integer:
        case V::number: extras_.push_back({key_, std::string(v.text), top}); return true;
        default:
            capture_ = v.kind == V::object ? nlohmann::ordered_json::object() : nlohmann::ordered_json::array();
            capture_stack_.assign(1, &capture_);
            capture_key_ = key_;
            capture_top_ = top;
            frames_.push_back({Ctx::capture});
            return true;
        }
    }
    /// A value inside a kept member, added to its tree.
    bool capture(const Value& v) {
        nlohmann::ordered_json x;
        switch (v.kind) {
        case V::null: break;
        case V::boolean: x = v.text == "true"; break;
        case V::integer:
        case V::number: x = capture_number_; break;
        case V::string: x = *v.str; break;
        case V::object: x = nlohmann::ordered_json::object(); break;
        case V::array: x = nlohmann::ordered_json::array(); break;
        }
        nlohmann::ordered_json& parent = *capture_stack_.back();
        nlohmann::ordered_json& added = parent.is_array() ? parent.emplace_back(std::move(x)) : (parent[key_] = std::move(x));
        if (v.kind == V::object || v.kind == V::array) {
            capture_stack_.push_back(&added);
            frames_.push_back({Ctx::capture});
        }
        return true;
    }

    /// The end of an object or array.
    bool on_end() {
        --depth_;
        if (frames_.empty()) return true;
        const Frame f = frames_.back();
        frames_.pop_back();
        if (error_) return true;
        switch (f.ctx) {
        case Ctx::element: end_element(); break;
        case Ctx::skip:
            if (pending_skip_ == frames_.size() + 1) {
                pending_skip_ = 0;
                if (f.had_child) drop("member '" + skip_key_ + "' of " + skip_what_, Where{skip_path_, skip_index_, skip_key_});
            }
            break;
        case Ctx::capture:
            capture_stack_.pop_back();
            if (capture_stack_.empty() && !capture_.empty()) extras_.push_back({capture_key_, capture_.dump(), capture_top_});
            break;
        default: break;
        }
        return true;
    }

public:
    // The SAX interface of nlohmann-json.
    bool null() { return on_value({V::null, {}}); }
    bool boolean(bool b) {
        capture_number_ = b;
        return on_value({V::boolean, b ? "true" : "false"});
    }
    bool number_integer(aif_json::number_integer_t n) {
        capture_number_ = n;
        const std::string s = std::to_string(n);
        return on_value({V::integer, s});
    }
    bool number_unsigned(aif_json::number_unsigned_t n) {
        capture_number_ = n;
        const std::string s = std::to_string(n);
        return on_value({V::integer, s});
    }
    bool number_float(aif_json::number_float_t d, const std::string& s) {
        capture_number_ = d;
        return on_value({V::number, s});
    }
    bool string(std::string& s) { return on_value({V::string, s, &s}); }
    bool binary(aif_json::binary_t&) { return true; }
    bool start_object(std::size_t) { return on_value({V::object, {}}); }
    bool start_array(std::size_t) { return on_value({V::array, {}}); }
    bool end_object() { return on_end(); }
    bool end_array() { return on_end(); }
    bool key(std::string& k) {
        key_ = k;
        if (error_ || frames_.empty()) return true;
        const Ctx c = frames_.back().ctx;
        if (c == Ctx::top && !top_keys_.insert(k).second) fail(ParseStatus::invalid_value, "/" + pointer_token(k), "member '" + k + "' appears twice");
        if (c == Ctx::aif && !aif_keys_.insert(k).second) fail(ParseStatus::invalid_value, "/AIF/" + pointer_token(k), "member '" + k + "' appears twice");
        if (c == Ctx::skip) frames_.back().had_child = true;
        return true;
    }
    bool parse_error(std::size_t byte, const std::string&, const aif_json::exception& e) {
        syntax_ = {byte, e.what()};
        return false;
    }

private:
    /// The byte that opens the 65th nested container of a text that is JSON up to there.
    static std::size_t too_deep_at(std::string_view s) {
        int depth = 0;
        for (std::size_t i = 0; i < s.size(); ++i) {
            const char c = s[i];
            if (c == '"') {
                for (++i; i < s.size() && s[i] != '"'; ++i)
                    if (s[i] == '\\') ++i;
            } else if (c == '{' || c == '[') {
                if (++depth > 64) return i;
            } else if (c == '}' || c == ']') {
                --depth;
            }
        }
        return s.size();
    }

    /// Reads the text into the records; the result is a failure for malformed or unusable text.
    ParseResult parse_document() {
        aif_json::sax_parse(text_.begin(), text_.end(), this, aif_json::input_format_t::json, true);
        if (syntax_) return detail::json_syntax_failure(text_, file_, syntax_->first, syntax_->second);
        if (too_deep_) {
            const auto lc = detail::line_column(text_, too_deep_at(text_));
            return detail::failure(ParseStatus::unsupported, file_, lc.line, lc.column, "malformed JSON: nesting deeper than 64 levels");
        }
        if (!error_ && !seen_nodes_)
            fail(ParseStatus::invalid_value, xaif_ ? "/AIF" : "/",
                 xaif_ ? "expected a \"nodes\" array in the \"AIF\" object" : "expected an object with a \"nodes\" array (AIF) or an \"AIF\" object (xAIF)");
        if (error_) return detail::failure(error_->status, file_, 0, 0, error_->message, error_->path);
        return {};
    }

    // ---- the graph ----

    IdIndex index_of_;                                 // nodeID -> position in nodes_
    std::vector<std::pair<std::uint32_t, std::uint32_t>> ends_;  // edge -> its nodes (n, n when not read)
    std::uint32_t find_node(std::string_view id) const {
        return index_of_.find(id, [this](std::uint32_t k) -> std::string_view { return nodes_[k].id; });
    }
    std::vector<std::uint32_t> out_begin_, in_begin_;
    std::vector<Link> out_, in_;
    enum EdgeState : std::uint8_t { unread, used, reported };
    std::vector<std::uint8_t> edge_state_;
    std::vector<std::uint8_t> anchors_;  // L and YA nodes: 1 when they anchor a claim or relation

    std::span<const Link> outgoing(std::uint32_t n) const { return {out_.data() + out_begin_[n], out_begin_[n + 1] - out_begin_[n]}; }
    std::span<const Link> incoming(std::uint32_t n) const { return {in_.data() + in_begin_[n], in_begin_[n + 1] - in_begin_[n]}; }

    // Speakers.
    std::unordered_map<std::string, std::string> participant_camp_;  // participantID -> camp id
    std::unordered_map<std::string, std::string> speaker_camp_;      // speaker name -> camp id
    std::vector<std::uint32_t> locution_of_;                         // node -> its locution, or IdIndex::none
    std::set<std::string> camp_ids_;

    std::string new_camp_id(const std::string& base) {
        std::string id = base;
        for (int k = 2; camp_ids_.count(id); ++k) id = base + "-" + std::to_string(k);
        camp_ids_.insert(id);
        return id;
    }
    /// The camp of the speaker of node n (a locution on it, or an L-node's "Name :" prefix).
    const std::string* speaker_of(std::uint32_t k) {
        const Node& n = nodes_[k];
        std::string person;
        if (locution_of_[k] != IdIndex::none) person = locutions_[locution_of_[k]].person;
        std::string name;
        if (!person.empty()) {
            if (auto p = participant_camp_.find(person); p != participant_camp_.end()) return &p->second;
            name = all_digits(person) && n.role == Role::L ? prefix_speaker(n.text) : std::string();
            if (name.empty()) name = clean_name(person);
        } else if (n.role == Role::L) {
            name = prefix_speaker(n.text);
        }
        if (name.empty()) return nullptr;
        if (auto s = speaker_camp_.find(name); s != speaker_camp_.end()) return &s->second;
        std::string base = slug(name);
        const std::string id = new_camp_id("speaker-" + (base.empty() ? "unnamed" : base));
        map_.add_camp({id, name, person.empty() ? std::string() : "AIF personID " + printable(person), "", {}});
        return &speaker_camp_.emplace(name, id).first->second;
    }

    // Relations before they enter the map: ends by node position (target: relation position for undercuts).
    struct Pending {
        RelationType type;
        std::uint32_t source, target;
        std::vector<std::uint32_t> s_nodes;
    };
    std::vector<Pending> pending_;
    std::unordered_map<std::uint64_t, std::uint32_t> pending_index_;
    std::vector<std::vector<std::uint32_t>> stands_for_;         // S-node -> pending relations
    std::vector<std::vector<std::string>> s_illocutions_;        // S-node -> YA texts anchoring it

    std::string describe(const Pending& p) const {
        if (p.type == RelationType::undercut) {
            const Pending& t = pending_[p.target];
            return "undercut from " + q(nodes_[p.source].id) + " of the " + relation_word(t.type) + " " +
                   q(nodes_[t.source].id) + " -> " + (t.type == RelationType::undercut ? std::string("(a relation)") : q(nodes_[t.target].id));
        }
        return std::string(relation_word(p.type)) + " " + q(nodes_[p.source].id) + " -> " + q(nodes_[p.target].id);
    }
    void relate(RelationType type, std::uint32_t source, std::uint32_t target, std::uint32_t s) {
        const std::uint64_t key = (std::uint64_t(type) << 62) | (std::uint64_t(source) << 31) | target;
        auto [it, fresh] = pending_index_.try_emplace(key, static_cast<std::uint32_t>(pending_.size()));
        if (fresh) {
            pending_.push_back({type, source, target, {s}});
            stands_for_[s].push_back(it->second);
            return;
        }
        Pending& p = pending_[it->second];
        if (std::find(p.s_nodes.begin(), p.s_nodes.end(), s) != p.s_nodes.end()) return;
        const Node& first = nodes_[p.s_nodes.front()];
        warn(node_path(nodes_[s]), std::string(nodes_[s].type) + " node " + q(nodes_[s].id) + " gives the same " + describe(p) + " as " +
                                       std::string(first.type) + " node " + q(first.id) + "; read as one relation that keeps both S-node ids");
        p.s_nodes.push_back(s);
        stands_for_[s].push_back(it->second);
    }

    void build() {
        const auto n = static_cast<std::uint32_t>(nodes_.size());
        // Ids side by side, so that looking them up touches little memory.
        std::size_t id_bytes = 0;
        for (const Node& node : nodes_) id_bytes += node.id.size();
        id_arena_.reserve(id_bytes);
        for (Node& node : nodes_) {
            const std::size_t at = id_arena_.size();
            id_arena_ += node.id;
            node.id = std::string_view(id_arena_).substr(at, node.id.size());
        }
        std::vector<std::string_view> ids;
        ids.reserve(n);
        for (const Node& node : nodes_) ids.push_back(node.id);
        index_of_.reset(ids);
        for (std::uint32_t k = 0; k < n; ++k) {
            Node& node = nodes_[k];
            const std::uint32_t at = index_of_.insert(node.id, k, [this](std::uint32_t x) -> std::string_view { return nodes_[x].id; });
            if (at == k) continue;
            const Node& first = nodes_[at];
            if (first.type != node.type || first.text != node.text)
                throw PathError{ParseStatus::duplicate_id, node_path(node) + "/nodeID", "duplicate nodeID " + q(node.id)};
            warn(node_path(node), "repeats node " + q(node.id) + " (same type and text); the repeat is ignored");
            node.live = false;
        }
        // Edges: adjacency lists in edge order; dangling, self and repeated edges reported.
        edge_state_.assign(edges_.size(), unread);
        ends_.assign(edges_.size(), {n, n});
        auto& ends = ends_;
        // Ends first, then repeats found by sorting (pairs, edge), then the reports in edge order.
        std::vector<std::pair<std::uint64_t, std::uint32_t>> pairs;
        pairs.reserve(edges_.size());
        for (std::size_t e = 0; e < edges_.size(); ++e) {
            const std::uint32_t a = find_node(edges_[e].from), b = find_node(edges_[e].to);
            ends[e] = {a, b};
            if (a != IdIndex::none && b != IdIndex::none && a != b) pairs.push_back({(std::uint64_t(a) << 32) | b, static_cast<std::uint32_t>(e)});
        }
        std::sort(pairs.begin(), pairs.end());
        std::vector<std::uint8_t> repeat(edges_.size(), 0);
        for (std::size_t k = 1; k < pairs.size(); ++k)
            if (pairs[k].first == pairs[k - 1].first) repeat[pairs[k].second] = 1;
        std::vector<std::pair<std::uint64_t, std::uint32_t>>().swap(pairs);
        out_begin_.assign(n + 1, 0);
        in_begin_.assign(n + 1, 0);
        for (std::size_t e = 0; e < edges_.size(); ++e) {
            const Edge& edge = edges_[e];
            const auto [a, b] = ends[e];
            ends[e] = {n, n};
            if (a == IdIndex::none || b == IdIndex::none) {
                const bool from_missing = a == IdIndex::none;
                warn(edge_path(e) + (from_missing ? "/fromID" : "/toID"),
                     "edge names unknown node " + q(from_missing ? edge.from : edge.to) + "; the edge " + q(edge.from) + " -> " +
                         q(edge.to) + " is not read");
                edge_state_[e] = reported;
                continue;
            }
            if (a == b) {
                warn(edge_path(e), "edge from node " + q(edge.from) + " to itself; not read");
                edge_state_[e] = reported;
                continue;
            }
            if (repeat[e]) {
                warn(edge_path(e), "repeats the edge " + q(edge.from) + " -> " + q(edge.to) + "; the repeat is ignored");
                edge_state_[e] = reported;
                continue;
            }
            ends[e] = {a, b};
            ++out_begin_[a + 1];
            ++in_begin_[b + 1];
        }
        for (std::uint32_t k = 0; k < n; ++k) {
            out_begin_[k + 1] += out_begin_[k];
            in_begin_[k + 1] += in_begin_[k];
        }
        out_.resize(out_begin_[n]);
        in_.resize(in_begin_[n]);
        {
            std::vector<std::uint32_t> o(out_begin_.begin(), out_begin_.end() - 1), i(in_begin_.begin(), in_begin_.end() - 1);
            for (std::size_t e = 0; e < edges_.size(); ++e) {
                const auto [a, b] = ends[e];
                if (a == n) continue;
                out_[o[a]++] = {b, static_cast<std::uint32_t>(e)};
                in_[i[b]++] = {a, static_cast<std::uint32_t>(e)};
            }
        }
        // Participants are camps, in their order.
        for (const Participant& p : participants_) {
            const std::string path = prefix_ + "/participants/" + std::to_string(p.index);
            if (auto it = participant_camp_.find(p.id); it != participant_camp_.end()) {
                const Camp* c = map_.find_camp(it->second);
                if (c->name != (p.name.empty() ? it->second : p.name))
                    throw PathError{ParseStatus::duplicate_id, path + "/participantID", "duplicate participantID " + q(p.id)};
                warn(path, "repeats participant " + q(p.id) + "; the repeat is ignored");
                continue;
            }
            std::string base = slug(p.id);
            const std::string id = new_camp_id("participant-" + (base.empty() ? "unnamed" : base));
            map_.add_camp({id, p.name.empty() ? id : p.name, "", "", {}});
            participant_camp_.emplace(p.id, id);
        }
        locution_of_.assign(n, IdIndex::none);
        for (std::size_t i = 0; i < locutions_.size(); ++i) {
            const Locution& l = locutions_[i];
            const std::string path = prefix_ + "/locutions/" + std::to_string(l.index);
            const std::uint32_t k = find_node(l.node);
            if (k == IdIndex::none) {
                warn(path + "/nodeID", "locution names unknown node " + q(l.node) + "; not read");
                continue;
            }
            const Node& node = nodes_[k];
            if (node.role != Role::L && node.role != Role::I) {
                warn(path + "/nodeID", "locution names " + std::string(node.type) + " node " + q(l.node) + "; only L- and I-nodes have speakers; not read");
                continue;
            }
            if (locution_of_[k] == IdIndex::none) {
                locution_of_[k] = static_cast<std::uint32_t>(i);
                continue;
            }
            if (locutions_[locution_of_[k]].person != l.person)
                warn(path, "second locution of node " + q(l.node) + " names another speaker (" + q(l.person) + "); the first (" +
                               q(locutions_[locution_of_[k]].person) + ") is kept");
        }
        anchors_.assign(n, 0);
        stands_for_.resize(n);
        s_illocutions_.resize(n);
        std::unordered_map<std::uint32_t, std::vector<std::string>> preferred_over;
        // S-nodes in node order: supports, attacks, preferences; CA nodes aimed at S-nodes wait.
        std::vector<std::uint32_t> waiting;
        std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> premises, s_targets;
        for (std::uint32_t k = 0; k < n; ++k) {
            const Node& s = nodes_[k];
            if (!s.live || !is_s(s.role)) continue;
            std::vector<std::uint32_t> from, to, aimed;
            for (const Link& l : incoming(k)) {
                const Node& a = nodes_[l.node];
                if (a.role == Role::I) from.push_back(l.node);
                if (a.role == Role::YA) {
                    add_distinct(s_illocutions_[k], a.text);
                    anchors_[l.node] = 1;
                    edge_state_[l.edge] = used;
                }
            }
            for (const Link& l : outgoing(k)) {
                const Role r = nodes_[l.node].role;
                if (r == Role::I) to.push_back(l.node);
                else if (s.role == Role::CA && (r == Role::RA || r == Role::MA || r == Role::CA)) aimed.push_back(l.node);
            }
            auto mark = [&](bool with_aimed) {
                for (const Link& l : incoming(k))
                    if (nodes_[l.node].role == Role::I) edge_state_[l.edge] = used;
                for (const Link& l : outgoing(k)) {
                    const Role r = nodes_[l.node].role;
                    if (r == Role::I || (with_aimed && s.role == Role::CA && (r == Role::RA || r == Role::MA || r == Role::CA)))
                        edge_state_[l.edge] = used;
                }
            };
            const std::string what = std::string(s.type) + " node " + q(s.id);
            if (from.empty() || (to.empty() && aimed.empty())) {
                std::string ends;
                for (auto x : from) ends += (ends.empty() ? "" : ", ") + q(nodes_[x].id);
                for (auto x : to) ends += (ends.empty() ? "" : ", ") + q(nodes_[x].id);
                for (auto x : aimed) ends += (ends.empty() ? "" : ", ") + q(nodes_[x].id);
                warn(node_path(s), what + " has no " + (from.empty() ? "premise I-node" : s.role == Role::CA ? "target I-node or S-node" : "conclusion I-node") +
                                       "; not read" + (ends.empty() ? std::string() : " (it links " + ends + ")"));
                mark(true);
                continue;
            }
            mark(false);
            if (s.role == Role::PA) {
                for (auto a : from)
                    for (auto b : to)
                        if (a == b) warn(node_path(s), what + " prefers " + q(nodes_[a].id) + " to itself; that link is dropped");
                        else add_distinct(preferred_over[a], nodes_[b].id);
                continue;
            }
            const RelationType type = s.role == Role::CA ? RelationType::attack : RelationType::support;
            for (auto a : from)
                for (auto b : to) {
                    if (a == b && type == RelationType::support) {
                        warn(node_path(s), what + " links " + q(nodes_[a].id) + " to itself; that link is dropped");
                        continue;
                    }
                    if (a == b) warn(node_path(s), what + " makes " + q(nodes_[a].id) + " attack itself; read as a self-attack");
                    relate(type, a, b, k);
                }
            if (!aimed.empty()) {
                waiting.push_back(k);
                premises.emplace(k, std::move(from));
                s_targets.emplace(k, std::move(aimed));
            }
        }
        // CA nodes aimed at S-nodes, each after the CA nodes it aims at (Kahn's order).
        std::unordered_map<std::uint32_t, std::size_t> blocked;  // CA -> waiting CA nodes it aims at
        std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> dependants;
        for (auto k : waiting) blocked[k] = 0;
        for (auto k : waiting)
            for (auto t : s_targets[k])
                if (blocked.count(t)) {
                    ++blocked[k];
                    dependants[t].push_back(k);
                }
        std::vector<std::uint32_t> ready;
        for (auto k : waiting)
            if (blocked[k] == 0) ready.push_back(k);
        std::reverse(ready.begin(), ready.end());
        std::set<std::uint32_t> done;
        while (!ready.empty()) {
            const auto k = ready.back();
            ready.pop_back();
            done.insert(k);
            const Node& s = nodes_[k];
            for (auto t : s_targets[k]) {
                for (const Link& l : outgoing(k))
                    if (l.node == t) edge_state_[l.edge] = used;
                const auto targets = stands_for_[t];  // a copy: relate() may add to stands_for_[k] only
                if (targets.empty()) {
                    warn(node_path(s), "CA node " + q(s.id) + " aims at " + std::string(nodes_[t].type) + " node " + q(nodes_[t].id) +
                                           ", which stands for no relation; that undercut is not read");
                    continue;
                }
                for (auto a : premises[k])
                    for (auto r : targets) relate(RelationType::undercut, a, r, k);
            }
            std::vector<std::uint32_t> next;
            for (auto d : dependants[k])
                if (--blocked[d] == 0) next.push_back(d);
            ready.insert(ready.end(), next.rbegin(), next.rend());
        }
        for (auto k : waiting)
            if (!done.count(k)) {
                for (const Link& l : outgoing(k))
                    if (nodes_[l.node].role != Role::I) edge_state_[l.edge] = used;
                warn(node_path(nodes_[k]), "CA node " + q(nodes_[k].id) + " is in a cycle of conflicts aimed at each other; its undercuts are not read");
            }
        // Claims in node order, with their speakers.
        for (std::uint32_t k = 0; k < n; ++k) {
            const Node& node = nodes_[k];
            if (!node.live || node.role != Role::I) continue;
            Claim c;
            c.id = node.id;
            c.text = node.text;
            std::vector<std::string> locution_texts, illocutions;
            auto hold = [&](const std::string* camp) {
                if (camp && std::find(c.camps.begin(), c.camps.end(), *camp) == c.camps.end()) c.camps.push_back(*camp);
            };
            if (locution_of_[k] != IdIndex::none) hold(speaker_of(k));
            for (const Link& y : incoming(k)) {
                if (nodes_[y.node].role != Role::YA) continue;
                edge_state_[y.edge] = used;
                anchors_[y.node] = 1;
                add_distinct(illocutions, nodes_[y.node].text);
                for (const Link& l : incoming(y.node)) {
                    const Node& ln = nodes_[l.node];
                    if (ln.role != Role::L) continue;
                    edge_state_[l.edge] = used;
                    anchors_[l.node] = 1;
                    add_distinct(locution_texts, ln.text);
                    hold(speaker_of(l.node));
                }
            }
            if (!node.timestamp.empty()) c.data["aif:timestamp"] = node.timestamp;
            if (!locution_texts.empty()) c.data["aif:locutions"] = join(locution_texts, "\n");
            if (!illocutions.empty()) c.data["aif:illocutions"] = join(illocutions, ", ");
            if (auto p = preferred_over.find(k); p != preferred_over.end()) c.data["aif:preferred-over"] = join(p->second, " ");
            try {
                map_.add_claim(std::move(c));
            } catch (const ModelError& e) {
                throw PathError{detail::status_of(e), node_path(node), e.what()};
            }
        }
        // Relations in the order they were found.
        std::vector<std::string> relation_id(pending_.size());
        auto add = [&](std::size_t i, Relation&& r, const Pending& p) {
            try {
                relation_id[i] = map_.add_relation(std::move(r)).id;
            } catch (const ModelError& e) {
                throw PathError{detail::status_of(e), node_path(nodes_[p.s_nodes.front()]), e.what()};
            }
        };
        for (std::size_t i = 0; i < pending_.size(); ++i) {
            const Pending& p = pending_[i];
            Relation r;
            r.type = p.type;
            r.source = nodes_[p.source].id;
            r.target = p.type == RelationType::undercut ? relation_id[p.target] : nodes_[p.target].id;
            if (p.s_nodes.size() == 1) {  // the common case, without lists
                const Node& sn = nodes_[p.s_nodes.front()];
                const std::string_view scheme = sn.scheme.empty() ? sn.text : sn.scheme;
                const auto& ill = s_illocutions_[p.s_nodes.front()];
                // Keys in their sorted order, each appended at the end.
                if (!ill.empty()) r.data.emplace_hint(r.data.end(), "aif:illocutions", join(ill, ", "));
                r.data.emplace_hint(r.data.end(), "aif:s-nodes", sn.id);
                r.data.emplace_hint(r.data.end(), "aif:s-types", sn.type);
                if (!sn.scheme_id.empty()) r.data.emplace_hint(r.data.end(), "aif:scheme-ids", sn.scheme_id);
                if (!scheme.empty()) r.data.emplace_hint(r.data.end(), "aif:schemes", scheme);
                add(i, std::move(r), p);
                continue;
            }
            std::vector<std::string> ids, types, schemes, scheme_ids, illocutions;
            bool any_scheme = false, any_scheme_id = false;
            for (auto s : p.s_nodes) {
                const Node& sn = nodes_[s];
                ids.emplace_back(sn.id);
                types.emplace_back(sn.type);
                schemes.emplace_back(sn.scheme.empty() ? sn.text : sn.scheme);
                scheme_ids.emplace_back(sn.scheme_id);
                any_scheme |= !schemes.back().empty();
                any_scheme_id |= !sn.scheme_id.empty();
                for (const auto& y : s_illocutions_[s]) add_distinct(illocutions, y);
            }
            r.data["aif:s-nodes"] = join(ids, ",");
            r.data["aif:s-types"] = join(types, ",");
            if (any_scheme) r.data["aif:schemes"] = join(schemes, "; ");
            if (any_scheme_id) r.data["aif:scheme-ids"] = join(scheme_ids, ",");
            if (!illocutions.empty()) r.data["aif:illocutions"] = join(illocutions, ", ");
            add(i, std::move(r), p);
        }
        report_left_out();
        // Other members: xAIF's top-level parts as "xaif:<name>", other AIF members as "aif:<name>".
        for (const Extra& x : extras_) {
            try {
                map_.set_metadata((x.top && xaif_ ? "xaif:" : "aif:") + x.key, x.value);
            } catch (const ModelError& e) {
                warn((x.top ? "" : prefix_) + "/" + pointer_token(x.key), std::string("member not kept: ") + e.what());
            }
        }
    }

    /// What was not read, by kind: node types, dialogue nodes that anchor nothing, unusable edges,
    /// members whose values are not kept.
    void report_left_out() {
        enum Kind { unknown_type, transition, lone_locution, lone_illocution };
        struct Group {
            Kind kind;
            std::string type;
            std::vector<std::uint32_t> nodes;
            std::size_t edges = 0;  // for unknown types: edges that touch these nodes
        };
        std::vector<Group> groups;  // in order of first appearance
        auto add = [&](Kind kind, std::string_view type, std::uint32_t k) {
            for (auto& g : groups)
                if (g.kind == kind && g.type == type) return g.nodes.push_back(k);
            groups.push_back({kind, std::string(type), {k}});
        };
        for (std::uint32_t k = 0; k < nodes_.size(); ++k) {
            const Node& node = nodes_[k];
            if (!node.live) continue;
            const std::string nodes_path = prefix_ + "/nodes";
            if (!node.timestamp.empty() && node.role != Role::I)
                drop("member 'timestamp' of nodes other than I-nodes", Where{nodes_path, node.index, "timestamp"});
            if (!node.scheme.empty() && !is_s(node.role)) drop("member 'scheme' of nodes other than RA, CA, MA and PA nodes", Where{nodes_path, node.index, "scheme"});
            if (!node.scheme_id.empty() && !is_s(node.role))
                drop("member 'schemeID' of nodes other than RA, CA, MA and PA nodes", Where{nodes_path, node.index, "schemeID"});
            if (node.role == Role::other) add(unknown_type, node.type, k);
            else if (node.role == Role::TA) add(transition, "TA", k);
            else if (node.role == Role::L && !anchors_[k]) add(lone_locution, "L", k);
            else if (node.role == Role::YA && !anchors_[k]) add(lone_illocution, "YA", k);
        }
        for (std::size_t e = 0; e < edges_.size(); ++e) {
            if (ends_[e].first == nodes_.size()) continue;
            const Node& a = nodes_[ends_[e].first];
            const Node& b = nodes_[ends_[e].second];
            for (auto& g : groups)
                if (g.kind == unknown_type && ((a.role == Role::other && a.type == g.type) || (b.role == Role::other && b.type == g.type))) ++g.edges;
        }
        for (const auto& g : groups) {
            const std::size_t count = g.nodes.size();
            const bool one = count == 1;
            std::string m = std::to_string(count) + " ";
            switch (g.kind) {
            case unknown_type:
                m += (one ? "node of type " : "nodes of type ") + q(g.type) +
                     (g.edges ? " and " + std::to_string(g.edges) + (g.edges == 1 ? " edge" : " edges") + " touching " + (one ? "it" : "them") : std::string()) +
                     (one && !g.edges ? " is" : " are") + " not read (argmap reads I, RA, MA, CA, PA, L, YA and TA nodes)";
                break;
            case transition: m += one ? "TA node (a transition between locutions) is not modelled" : "TA nodes (transitions between locutions) are not modelled"; break;
            case lone_locution: m += one ? "L-node anchors no claim; its text is not kept" : "L-nodes anchor no claim; their text is not kept"; break;
            case lone_illocution: m += one ? "YA node anchors no claim or relation; not read" : "YA nodes anchor no claim or relation; not read"; break;
            }
            m += ": ";
            const std::size_t shown = std::min<std::size_t>(count, 20);
            for (std::size_t i = 0; i < shown; ++i) m += (i ? ", " : "") + q(nodes_[g.nodes[i]].id);
            if (shown < count) m += " and " + std::to_string(count - shown) + " more";
            warn(node_path(nodes_[g.nodes.front()]), std::move(m));
        }
        // Edges nothing read: those between dialogue nodes or unread nodes are covered above.
        for (std::size_t e = 0; e < edges_.size(); ++e) {
            if (edge_state_[e] != unread) continue;
            const Node& a = nodes_[ends_[e].first];
            const Node& b = nodes_[ends_[e].second];
            const bool covered = (is_dialogue(a.role) || a.role == Role::other) && (is_dialogue(b.role) || b.role == Role::other);
            if (covered || a.role == Role::other || b.role == Role::other) continue;
            std::string why;
            if (a.role == Role::I && b.role == Role::I) why = "no S-node relates them";
            else if (is_s(a.role) && is_s(b.role)) why = "only a CA node may aim at an S-node (RA, MA or CA)";
            else why = "argmap reads I -> S -> I, CA -> S and L -> YA -> I or S";
            warn(edge_path(e), "edge from " + std::string(a.type) + " node " + q(a.id) + " to " + std::string(b.type) + " node " + q(b.id) + " is not read: " + why);
        }
        for (const auto& [what, d] : dropped_)
            warn(d.first, what + " not kept (" + std::to_string(d.count) + (d.count == 1 ? " value)" : " values)"));
    }
};

}  // namespace

namespace detail {

/// Whether a JSON text is AIF or xAIF: its top-level object has "nodes" or an "AIF" object
/// before any "format" member (argmap's own JSON). Reads only as far as it must.
bool is_aif_json(std::string_view text) noexcept {
    struct Look {  // SAX events until the answer is known
        int depth = 0;
        bool aif_key = false, aif = false;
        bool value(bool object) {
            if (depth == 0 && !object) return false;  // not an object: not AIF
            if (depth == 1 && aif_key && object) aif = true;
            aif_key = false;
            return !aif;
        }
        bool null() { return value(false); }
        bool boolean(bool) { return value(false); }
        bool number_integer(aif_json::number_integer_t) { return value(false); }
        bool number_unsigned(aif_json::number_unsigned_t) { return value(false); }
        bool number_float(aif_json::number_float_t, const std::string&) { return value(false); }
        bool string(std::string&) { return value(false); }
        bool binary(aif_json::binary_t&) { return value(false); }
        bool start_object(std::size_t) { return value(true) && ++depth > 0; }
        bool start_array(std::size_t) { return value(false) && ++depth > 0; }
        bool end_object() { return --depth, true; }
        bool end_array() { return --depth, true; }
        bool key(std::string& k) {
            if (depth != 1) return true;
            if (k == "format") return false;
            if (k == "nodes") return !(aif = true);
            aif_key = k == "AIF";
            return true;
        }
        bool parse_error(std::size_t, const std::string&, const aif_json::exception&) { return false; }
    } look;
    try {
        aif_json::sax_parse(text.begin(), text.end(), &look, aif_json::input_format_t::json, true);
    } catch (...) {
        return false;
    }
    return look.aif;
}

}  // namespace detail

ParseResult detail::parse_aif(std::string_view text, ArgumentMap& out, std::string_view filename) {
    AifReader reader(text, filename);
    return detail::run_reader(reader, out);
}

std::string write_aif(const ArgumentMap& map) {
    aif_json nodes = aif_json::array(), edges = aif_json::array(), locutions = aif_json::array(), participants = aif_json::array();
    std::set<std::string> used;
    auto node = [&](const std::string& id, const std::string& text, const char* type) {
        if (!used.insert(id).second) throw WriteError("AIF node id '" + id + "' is used twice; rename the claim");
        nodes.push_back({{"nodeID", id}, {"text", text}, {"type", type}});
    };
    std::size_t edge_no = 0;
    auto edge = [&](const std::string& a, const std::string& b) {
        edges.push_back({{"edgeID", std::to_string(++edge_no)}, {"fromID", a}, {"toID", b}});
    };
    for (const Claim& c : map.claims()) node(c.id, c.text, "I");
    std::map<std::string, std::string> s_node;  // relation id -> S-node id
    for (const Relation& r : map.relations()) {
        const std::string sid = (r.type == RelationType::support ? "_ra_" : "_ca_") + r.id;
        node(sid, r.type == RelationType::support ? "Default Inference" : "Default Conflict", r.type == RelationType::support ? "RA" : "CA");
        s_node[r.id] = sid;
        edge(r.source, sid);
        edge(sid, r.type == RelationType::undercut ? s_node.at(r.target) : r.target);
    }
    std::size_t person = 0;
    for (const Camp& camp : map.camps()) {
        const std::string pid = std::to_string(++person);
        participants.push_back({{"participantID", pid}, {"firstname", camp.name.empty() ? camp.id : camp.name}, {"surname", ""}});
        for (const Claim& c : map.claims()) {
            if (std::find(c.camps.begin(), c.camps.end(), camp.id) == c.camps.end()) continue;
            const std::string l = "_l_" + pid + "_" + c.id, ya = "_ya_" + pid + "_" + c.id;
            node(l, (camp.name.empty() ? camp.id : camp.name) + ": " + c.text, "L");
            node(ya, "Asserting", "YA");
            edge(l, ya);
            edge(ya, c.id);
            locutions.push_back({{"nodeID", l}, {"personID", pid}});
        }
    }
    aif_json doc{{"nodes", nodes}, {"edges", edges}, {"locutions", locutions}, {"participants", participants}};
    return doc.dump(2) + "\n";
}

}  // namespace argmap::io
