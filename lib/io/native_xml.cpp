// Native XML (pugixml): every part of the model, written and read back identically.
// Schema: docs/native-xml.md. The reader is strict: unknown elements and attributes are errors
// that name the element path and its line and column. No DTD is processed, so no entities.
#include <charconv>
#include <cstring>
#include <map>

#include <pugixml.hpp>

#include "argmap/history.hpp"
#include "history/matching.hpp"
#include "io/text_input.hpp"
#include "io/xml_output.hpp"

namespace argmap::io {

namespace {

constexpr const char* xml_namespace = "https://argmap.dev/ns/native/1";


void text_child(pugi::xml_node parent, const char* name, const std::string& value) {
    parent.append_child(name).append_child(pugi::node_pcdata).set_value(value.c_str());
}

// <prediction horizon=".." status=".." resolved-on=".."><evidence ref=".."/>...<note>..</note></prediction>
void write_prediction(pugi::xml_node claim, const Prediction& p) {
    auto e = claim.append_child("prediction");
    e.append_attribute("horizon") = p.horizon.c_str();
    e.append_attribute("status") = std::string(to_string(p.status)).c_str();
    if (!p.resolved_on.empty()) e.append_attribute("resolved-on") = p.resolved_on.c_str();
    for (const auto& id : p.evidence) e.append_child("evidence").append_attribute("ref") = id.c_str();
    if (!p.note.empty()) text_child(e, "note", p.note);
}

void write_camp(pugi::xml_node camps, const Camp& c) {
    auto e = camps.append_child("camp");
    e.append_attribute("id") = c.id.c_str();
    if (!c.color.empty()) e.append_attribute("color") = c.color.c_str();
    text_child(e, "name", c.name);
    if (!c.description.empty()) text_child(e, "description", c.description);
    for (const auto& v : c.preferences) e.append_child("prefer").append_attribute("value") = v.c_str();
}

void write_claim(pugi::xml_node claims, const Claim& c) {
    auto e = claims.append_child("claim");
    e.append_attribute("id") = c.id.c_str();
    e.append_attribute("kind") = std::string(to_string(c.kind)).c_str();
    e.append_attribute("weight") = detail::shortest(c.weight).c_str();
    text_child(e, "text", c.text);
    if (!c.group.empty()) text_child(e, "group", c.group);
    for (const auto& camp : c.camps) e.append_child("camp").append_attribute("ref") = camp.c_str();
    for (const auto& tag : c.tags) text_child(e, "tag", tag);
    for (const auto& v : c.values) e.append_child("value").append_attribute("name") = v.c_str();
    if (!c.provenance.empty()) {
        auto p = e.append_child("provenance");
        if (!c.provenance.source.empty()) text_child(p, "source", c.provenance.source);
        if (!c.provenance.locator.empty()) text_child(p, "locator", c.provenance.locator);
        if (!c.provenance.date.empty()) text_child(p, "date", c.provenance.date);
        if (!c.provenance.url.empty()) text_child(p, "url", c.provenance.url);
    }
    for (const auto& [k, v] : c.data) {
        auto d = e.append_child("data");
        d.append_attribute("key") = k.c_str();
        d.append_child(pugi::node_pcdata).set_value(v.c_str());
    }
    if (c.prediction) write_prediction(e, *c.prediction);
}

void write_relation(pugi::xml_node rels, const Relation& r) {
    auto e = rels.append_child("relation");
    e.append_attribute("id") = r.id.c_str();
    e.append_attribute("type") = std::string(to_string(r.type)).c_str();
    e.append_attribute("source") = r.source.c_str();
    e.append_attribute("target") = r.target.c_str();
    e.append_attribute("weight") = detail::shortest(r.weight).c_str();
    for (const auto& [k, v] : r.data) {
        auto d = e.append_child("data");
        d.append_attribute("key") = k.c_str();
        d.append_child(pugi::node_pcdata).set_value(v.c_str());
    }
}

pugi::xml_document to_document(const ArgumentMap& map) {
    pugi::xml_document doc;
    auto root = detail::new_document(doc, "argmap");
    root.append_attribute("xmlns") = xml_namespace;
    root.append_attribute("version") = "1";
    if (!map.title().empty()) text_child(root, "title", map.title());
    if (!map.metadata().empty()) {
        auto md = root.append_child("metadata");
        for (const auto& [k, v] : map.metadata()) {
            auto e = md.append_child("entry");
            e.append_attribute("key") = k.c_str();
            e.append_child(pugi::node_pcdata).set_value(v.c_str());
        }
    }
    auto camps = root.append_child("camps");
    for (const Camp& c : map.camps()) write_camp(camps, c);
    auto claims = root.append_child("claims");
    for (const Claim& c : map.claims()) write_claim(claims, c);
    auto rels = root.append_child("relations");
    for (const Relation& r : map.relations()) write_relation(rels, r);
    return doc;
}

// ---- history (<history>: revisions of operations; see docs/formats.md) ----

void index_attribute(pugi::xml_node e, std::size_t index) { e.append_attribute("index") = std::to_string(index).c_str(); }

template <class F>
void before_after(pugi::xml_node e, F&& write_one) {
    write_one(e.append_child("before"), true);
    write_one(e.append_child("after"), false);
}

void write_operation(pugi::xml_node parent, const Operation& operation) {
    auto e = parent.append_child(std::string(kind_name(operation)).c_str());
    std::visit(
        [&](const auto& o) {
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, op::AddClaim> || std::is_same_v<T, op::RemoveClaim>) {
                index_attribute(e, o.index);
                write_claim(e, o.claim);
            } else if constexpr (std::is_same_v<T, op::AddRelation> || std::is_same_v<T, op::RemoveRelation>) {
                index_attribute(e, o.index);
                write_relation(e, o.relation);
            } else if constexpr (std::is_same_v<T, op::AddCamp> || std::is_same_v<T, op::RemoveCamp>) {
                index_attribute(e, o.index);
                write_camp(e, o.camp);
            } else if constexpr (std::is_same_v<T, op::EditClaim>) {
                before_after(e, [&](pugi::xml_node n, bool b) { write_claim(n, b ? o.before : o.after); });
            } else if constexpr (std::is_same_v<T, op::EditRelation>) {
                before_after(e, [&](pugi::xml_node n, bool b) { write_relation(n, b ? o.before : o.after); });
            } else if constexpr (std::is_same_v<T, op::EditCamp>) {
                before_after(e, [&](pugi::xml_node n, bool b) { write_camp(n, b ? o.before : o.after); });
            } else if constexpr (std::is_same_v<T, op::MoveClaim> || std::is_same_v<T, op::MoveRelation> ||
                                 std::is_same_v<T, op::MoveCamp>) {
                e.append_attribute("id") = o.id.c_str();
                e.append_attribute("from") = std::to_string(o.from).c_str();
                e.append_attribute("to") = std::to_string(o.to).c_str();
            } else if constexpr (std::is_same_v<T, op::ReweightRelation>) {
                e.append_attribute("id") = o.id.c_str();
                e.append_attribute("before") = detail::shortest(o.before).c_str();
                e.append_attribute("after") = detail::shortest(o.after).c_str();
            } else if constexpr (std::is_same_v<T, op::RenameRelation>) {
                e.append_attribute("from") = o.from.c_str();
                e.append_attribute("to") = o.to.c_str();
            } else if constexpr (std::is_same_v<T, op::SetTitle>) {
                text_child(e, "before", o.before);
                text_child(e, "after", o.after);
            } else {
                static_assert(std::is_same_v<T, op::SetMetadata>);
                e.append_attribute("key") = o.key.c_str();
                if (o.before) text_child(e, "before", *o.before);
                if (o.after) text_child(e, "after", *o.after);
            }
        },
        operation);
}

void write_history(pugi::xml_node root, const History& history) {
    auto h = root.append_child("history");
    for (const Revision& r : history.revisions()) {
        auto e = h.append_child("revision");
        e.append_attribute("id") = r.id.c_str();
        e.append_attribute("timestamp") = r.timestamp.c_str();
        if (!r.author.empty()) e.append_attribute("author") = r.author.c_str();
        if (!r.message.empty()) text_child(e, "message", r.message);
        for (const Operation& o : r.operations) write_operation(e, o);
    }
}

// ---- reader ----

class XmlReader {
public:
    XmlReader(std::string_view text, std::string_view file) : text_(text), file_(file) {}

    /// Where an element of the history is: its element path and line/column.
    struct Location {
        std::string path;
        std::size_t line = 0, column = 0;
    };
    struct HistoryRead {
        bool present = false;
        std::vector<Revision> revisions;
        std::vector<Location> revision_at;
        std::vector<std::vector<Location>> operation_at;
        Location element;
    };
    /// The history read by run(), if the document has one.
    const HistoryRead& history() const noexcept { return history_; }
    ParseResult located_failure(ParseStatus status, const Location& at, std::string message) const {
        return detail::failure(status, file_, at.line, at.column, std::move(message), at.path);
    }

    ParseResult run(ArgumentMap& out) {
        if (auto r = detail::check_utf8(text_, file_); !r) return r;
        pugi::xml_document doc;
        // No parse_eol or parse_wconv_attribute: text comes back byte for byte. No DOCTYPE.
        const unsigned flags = pugi::parse_escapes | pugi::parse_ws_pcdata_single | pugi::parse_doctype;
        auto res = doc.load_buffer(text_.data(), text_.size(), flags, pugi::encoding_utf8);
        if (!res) {
            const auto lc = detail::line_column(text_, detail::xml_error_offset(text_, res));
            result_ = detail::failure(ParseStatus::syntax_error, file_, lc.line, lc.column,
                                      std::string("malformed XML: ") + res.description());
            return result_;
        }
        for (auto n : doc.children())
            if (n.type() == pugi::node_doctype) return fail(n, "/", "DOCTYPE is not allowed (no DTDs, no entities)", ParseStatus::unsupported), result_;
        if (auto extra = detail::beside_root(doc))
            return fail(extra, "/", "malformed XML: content after the root element (a document has one root)", ParseStatus::syntax_error), result_;
        if (const std::size_t at = detail::text_after_root(text_, doc.document_element().name()); at != std::string_view::npos) {
            const auto lc = detail::line_column(text_, at);
            return result_ = detail::failure(ParseStatus::syntax_error, file_, lc.line, lc.column,
                                             "malformed XML: content after the root element (a document has one root)", "/");
        }
        auto root = doc.document_element();
        if (std::strcmp(root.name(), "argmap") != 0) return fail(root, "/" + std::string(root.name()), "expected root element <argmap>"), result_;
        ArgumentMap map;
        try {
            if (!read_root(root, map)) return result_;
        } catch (const ModelError& e) {
            return fail(current_, current_path_, e.what(), detail::status_of(e)), result_;
        }
        out = std::move(map);
        return result_;
    }

private:
    std::string_view text_;
    std::string file_;
    ParseResult result_;
    pugi::xml_node current_;
    std::string current_path_;
    HistoryRead history_;
    // Predictions wait until every claim is read, since their evidence may come later.
    struct PendingPrediction {
        std::string claim;
        Prediction prediction;
        pugi::xml_node node;
        std::string path;
    };
    std::vector<PendingPrediction> predictions_;


    bool fail(pugi::xml_node n, const std::string& path, std::string msg, ParseStatus s = ParseStatus::invalid_value) {
        // offset_debug() of an element is its name; step back to the '<'.
        std::size_t offset = n ? static_cast<std::size_t>(n.offset_debug()) : 0;
        if (n.type() == pugi::node_element && offset > 0) --offset;
        const auto lc = detail::line_column(text_, offset);
        result_ = detail::failure(s, file_, n ? lc.line : 0, n ? lc.column : 0, std::move(msg), path);
        return false;
    }

    bool allowed_attributes(pugi::xml_node n, const std::string& path, std::initializer_list<const char*> names) {
        for (auto a : n.attributes()) {
            bool ok = false;
            for (const char* name : names) ok |= std::strcmp(a.name(), name) == 0;
            if (!ok) return fail(n, path, "unexpected attribute '" + std::string(a.name()) + "'", ParseStatus::unsupported);
        }
        return true;
    }

    bool required(pugi::xml_node n, const std::string& path, const char* attr, std::string& out) {
        auto a = n.attribute(attr);
        if (!a) return fail(n, path, std::string("missing attribute '") + attr + "'");
        out = a.value();
        return true;
    }

    bool weight(pugi::xml_node n, const std::string& path, double& out) {
        auto a = n.attribute("weight");
        if (!a) return true;
        const std::string_view v = a.value();
        auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
        if (ec != std::errc() || ptr != v.data() + v.size() || !(out >= 0.0 && out <= 1.0))
            return fail(n, path, "weight must be a number in [0,1], got '" + std::string(v) + "'");
        return true;
    }

    // Text of an element that may hold only character data.
    bool text_of(pugi::xml_node n, const std::string& path, std::string& out) { return text_of_with(n, path, out, {}); }

    bool text_of_with(pugi::xml_node n, const std::string& path, std::string& out, std::initializer_list<const char*> attributes) {
        out.clear();
        for (auto c : n.children()) {
            if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
            else if (c.type() == pugi::node_element) return fail(c, path + "/" + c.name(), "unexpected element inside text", ParseStatus::unsupported);
        }
        return allowed_attributes(n, path, attributes);
    }

    // <data key="K">V</data> into `data`; a repeated key is an error.
    bool data_entry(pugi::xml_node e, const std::string& path, std::map<std::string, std::string>& data) {
        std::string key, value;
        if (!required(e, path, "key", key) || !text_of_with(e, path, value, {"key"})) return false;
        if (data.count(key)) return fail(e, path, "duplicate data key '" + key + "'", ParseStatus::duplicate_id);
        data.emplace(std::move(key), std::move(value));
        return true;
    }

    template <class F>
    bool elements(pugi::xml_node parent, const std::string& path, F&& each) {
        std::map<std::string, std::size_t, std::less<>> seen;  // XPath-style index per name
        for (auto c : parent.children()) {
            if (c.type() == pugi::node_pcdata) {
                const std::string_view v = c.value();
                if (v.find_first_not_of(" \t\r\n") != std::string_view::npos)
                    return fail(c, path, "unexpected text; expected elements only", ParseStatus::syntax_error);
                continue;
            }
            if (c.type() != pugi::node_element) continue;
            const std::string p = path + "/" + c.name() + "[" + std::to_string(++seen[c.name()]) + "]";
            current_ = c;
            current_path_ = p;
            if (!each(c, p)) return false;
        }
        return true;
    }

    bool read_root(pugi::xml_node root, ArgumentMap& map) {
        if (!allowed_attributes(root, "/argmap", {"xmlns", "version"})) return false;
        if (std::string_view(root.attribute("version").value()) != "1")
            return fail(root, "/argmap", "unsupported version '" + std::string(root.attribute("version").value()) + "'; expected version=\"1\"", ParseStatus::unsupported);
        bool seen_claims = false;
        return elements(root, "/argmap", [&](pugi::xml_node e, const std::string& p) {
            const std::string_view name = e.name();
            std::string s;
            if (name == "title") {
                if (!text_of(e, p, s)) return false;
                map.set_title(s);
                return true;
            }
            if (name == "metadata")
                return elements(e, p, [&](pugi::xml_node m, const std::string& mp) {
                    std::string key, value;
                    if (std::string_view(m.name()) != "entry") return fail(m, mp, "expected <entry>", ParseStatus::unsupported);
                    if (!required(m, mp, "key", key)) return false;
                    auto attrs_ok = allowed_attributes(m, mp, {"key"});
                    if (!attrs_ok) return false;
                    value.clear();
                    for (auto c : m.children()) value += c.value();
                    map.set_metadata(key, value);
                    return true;
                });
            if (name == "camps")
                return elements(e, p, [&](pugi::xml_node c, const std::string& cp) { return read_camp(c, cp, map); });
            if (name == "claims") {
                seen_claims = true;
                return elements(e, p, [&](pugi::xml_node c, const std::string& cp) { return read_claim(c, cp, map); }) &&
                       attach_predictions(map);
            }
            if (name == "relations") {
                if (!seen_claims) return fail(e, p, "<relations> must come after <claims>", ParseStatus::syntax_error);
                return elements(e, p, [&](pugi::xml_node r, const std::string& rp) { return read_relation(r, rp, map); });
            }
            if (name == "history") return read_history(e, p);
            return fail(e, p, "unexpected element <" + std::string(name) + ">; expected title, metadata, camps, claims, relations or history", ParseStatus::unsupported);
        });
    }

    bool read_camp(pugi::xml_node e, const std::string& p, ArgumentMap& map) {
        Camp c;
        if (!parse_camp(e, p, c)) return false;
        current_ = e;
        current_path_ = p;
        map.add_camp(std::move(c));
        return true;
    }

    bool parse_camp(pugi::xml_node e, const std::string& p, Camp& c) {
        if (std::string_view(e.name()) != "camp") return fail(e, p, "expected <camp>", ParseStatus::unsupported);
        if (!allowed_attributes(e, p, {"id", "color"})) return false;
        if (!required(e, p, "id", c.id)) return false;
        c.color = e.attribute("color").value();
        if (!elements(e, p, [&](pugi::xml_node f, const std::string& fp) {
                const std::string_view n = f.name();
                if (n == "name") return text_of(f, fp, c.name);
                if (n == "description") return text_of(f, fp, c.description);
                if (n == "prefer") {
                    std::string v;
                    if (!allowed_attributes(f, fp, {"value"}) || !required(f, fp, "value", v)) return false;
                    c.preferences.push_back(v);
                    return true;
                }
                return fail(f, fp, "unexpected element <" + std::string(n) + ">; expected name, description or prefer", ParseStatus::unsupported);
            }))
            return false;
        return true;
    }

    bool read_claim(pugi::xml_node e, const std::string& p, ArgumentMap& map) {
        Claim c;
        if (!parse_claim(e, p, c)) return false;
        current_ = e;
        current_path_ = p;
        if (c.prediction) {
            predictions_.push_back({c.id, std::move(*c.prediction), e.child("prediction"), p + "/prediction[1]"});
            c.prediction.reset();
        }
        map.add_claim(std::move(c));
        return true;
    }

    bool parse_claim(pugi::xml_node e, const std::string& p, Claim& c) {
        if (std::string_view(e.name()) != "claim") return fail(e, p, "expected <claim>", ParseStatus::unsupported);
        if (!allowed_attributes(e, p, {"id", "kind", "weight"})) return false;
        if (!required(e, p, "id", c.id)) return false;
        if (auto k = e.attribute("kind")) {
            auto kind = parse_claim_kind(k.value());
            if (!kind) return fail(e, p, "unknown kind '" + std::string(k.value()) + "'; expected thesis, claim, argument, evidence or assumption");
            c.kind = *kind;
        }
        if (!weight(e, p, c.weight)) return false;
        if (!elements(e, p, [&](pugi::xml_node f, const std::string& fp) {
                const std::string_view n = f.name();
                std::string s;
                if (n == "text") return text_of(f, fp, c.text);
                if (n == "group") return text_of(f, fp, c.group);
                if (n == "tag") {
                    if (!text_of(f, fp, s)) return false;
                    c.tags.push_back(s);
                    return true;
                }
                if (n == "camp") {
                    if (!allowed_attributes(f, fp, {"ref"}) || !required(f, fp, "ref", s)) return false;
                    c.camps.push_back(s);
                    return true;
                }
                if (n == "value") {
                    if (!allowed_attributes(f, fp, {"name"}) || !required(f, fp, "name", s)) return false;
                    c.values.push_back(s);
                    return true;
                }
                if (n == "provenance")
                    return allowed_attributes(f, fp, {}) && elements(f, fp, [&](pugi::xml_node g, const std::string& gp) {
                               const std::string_view m = g.name();
                               if (m == "source") return text_of(g, gp, c.provenance.source);
                               if (m == "locator") return text_of(g, gp, c.provenance.locator);
                               if (m == "date") return text_of(g, gp, c.provenance.date);
                               if (m == "url") return text_of(g, gp, c.provenance.url);
                               return fail(g, gp, "unexpected element <" + std::string(m) + ">; expected source, locator, date or url", ParseStatus::unsupported);
                           });
                if (n == "data") {
                    if (!data_entry(f, fp, c.data)) return false;
                    return true;
                }
                if (n == "prediction") return read_prediction(f, fp, c);
                return fail(f, fp, "unexpected element <" + std::string(n) + ">; expected text, group, camp, tag, value, provenance, data or prediction", ParseStatus::unsupported);
            }))
            return false;
        return true;
    }

    bool read_prediction(pugi::xml_node e, const std::string& p, Claim& claim) {
        if (!allowed_attributes(e, p, {"horizon", "status", "resolved-on"})) return false;
        if (claim.prediction) return fail(e, p, "a claim has at most one <prediction>", ParseStatus::duplicate_id);
        Prediction pr;
        if (!required(e, p, "horizon", pr.horizon)) return false;
        if (auto s = e.attribute("status")) {
            auto status = parse_prediction_status(s.value());
            if (!status) return fail(e, p, "unknown status '" + std::string(s.value()) + "'; expected open, held or failed");
            pr.status = *status;
        }
        pr.resolved_on = e.attribute("resolved-on").value();
        if (!elements(e, p, [&](pugi::xml_node f, const std::string& fp) {
                const std::string_view n = f.name();
                if (n == "note") return text_of(f, fp, pr.note);
                if (n == "evidence") {
                    std::string ref;
                    if (!allowed_attributes(f, fp, {"ref"}) || !required(f, fp, "ref", ref)) return false;
                    pr.evidence.push_back(ref);
                    return true;
                }
                return fail(f, fp, "unexpected element <" + std::string(n) + ">; expected evidence or note", ParseStatus::unsupported);
            }))
            return false;
        claim.prediction = std::move(pr);
        return true;
    }

    // Sets the predictions read with the claims; the map validates them (and their evidence) here.
    bool attach_predictions(ArgumentMap& map) {
        for (auto& pending : predictions_) {
            current_ = pending.node;
            current_path_ = pending.path;
            Claim c = *map.find_claim(pending.claim);
            c.prediction = std::move(pending.prediction);
            map.update_claim(std::move(c));
        }
        predictions_.clear();
        return true;
    }

    bool read_relation(pugi::xml_node e, const std::string& p, ArgumentMap& map) {
        Relation r;
        if (!parse_relation(e, p, r)) return false;
        map.add_relation(std::move(r));
        return true;
    }

    bool parse_relation(pugi::xml_node e, const std::string& p, Relation& r) {
        if (std::string_view(e.name()) != "relation") return fail(e, p, "expected <relation>", ParseStatus::unsupported);
        if (!allowed_attributes(e, p, {"id", "type", "source", "target", "weight"})) return false;
        std::string type;
        if (!required(e, p, "id", r.id) || !required(e, p, "type", type) || !required(e, p, "source", r.source) ||
            !required(e, p, "target", r.target) || !weight(e, p, r.weight))
            return false;
        auto t = parse_relation_type(type);
        if (!t) return fail(e, p, "unknown relation type '" + type + "'; expected attack, support or undercut");
        r.type = *t;
        if (!elements(e, p, [&](pugi::xml_node f, const std::string& fp) {
                if (std::string_view(f.name()) == "data") return data_entry(f, fp, r.data);
                return fail(f, fp, "unexpected element <" + std::string(f.name()) + ">; expected data", ParseStatus::unsupported);
            }))
            return false;
        return true;
    }

    // ---- <history> ----

    Location where(pugi::xml_node n, const std::string& path) const {
        std::size_t offset = static_cast<std::size_t>(n.offset_debug());
        if (offset > 0) --offset;
        const auto lc = detail::line_column(text_, offset);
        return {path, lc.line, lc.column};
    }

    bool count_attribute(pugi::xml_node n, const std::string& path, const char* name, std::size_t& out) {
        std::string v;
        if (!required(n, path, name, v)) return false;
        auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
        if (v.empty() || ec != std::errc() || ptr != v.data() + v.size())
            return fail(n, path, "attribute '" + std::string(name) + "' must be a position (0, 1, 2, ...), got '" + v + "'");
        return true;
    }

    bool unit_attribute(pugi::xml_node n, const std::string& path, const char* name, double& out) {
        std::string v;
        if (!required(n, path, name, v)) return false;
        auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
        if (v.empty() || ec != std::errc() || ptr != v.data() + v.size() || !(out >= 0.0 && out <= 1.0))
            return fail(n, path, "attribute '" + std::string(name) + "' must be a number in [0,1], got '" + v + "'");
        return true;
    }

    // Exactly one child element named `name`, handed to `each`.
    template <class F>
    bool only_child(pugi::xml_node n, const std::string& path, const char* name, F&& each) {
        int seen = 0;
        if (!elements(n, path, [&](pugi::xml_node c, const std::string& cp) {
                if (std::string_view(c.name()) != name || seen++)
                    return fail(c, cp, "unexpected element <" + std::string(c.name()) + ">; expected one <" + name + ">", ParseStatus::unsupported);
                return each(c, cp);
            }))
            return false;
        if (!seen) return fail(n, path, std::string("missing <") + name + ">");
        return true;
    }

    // <before>X</before><after>X</after>, each holding one element of kind `name`.
    template <class T, class Parse>
    bool before_after(pugi::xml_node n, const std::string& path, const char* name, T& before, T& after, Parse&& parse) {
        bool got_before = false, got_after = false;
        if (!allowed_attributes(n, path, {}) || !elements(n, path, [&](pugi::xml_node c, const std::string& cp) {
                const std::string_view which = c.name();
                if ((which != "before" || got_before) && (which != "after" || got_after))
                    return fail(c, cp, "unexpected element <" + std::string(which) + ">; expected one <before> then one <after>", ParseStatus::unsupported);
                (which == "before" ? got_before : got_after) = true;
                return allowed_attributes(c, cp, {}) &&
                       only_child(c, cp, name, [&](pugi::xml_node x, const std::string& xp) { return parse(x, xp, which == "before" ? before : after); });
            }))
            return false;
        if (!got_before || !got_after) return fail(n, path, "expected <before> and <after>");
        return true;
    }

    bool read_operation(pugi::xml_node e, const std::string& p, Operation& out) {
        const std::string_view n = e.name();
        auto claim = [&](pugi::xml_node x, const std::string& xp, Claim& c) { return parse_claim(x, xp, c); };
        auto relation = [&](pugi::xml_node x, const std::string& xp, Relation& r) { return parse_relation(x, xp, r); };
        auto camp = [&](pugi::xml_node x, const std::string& xp, Camp& c) { return parse_camp(x, xp, c); };
        auto indexed = [&](auto o, auto member, const char* child, auto parse) {
            if (!allowed_attributes(e, p, {"index"}) || !count_attribute(e, p, "index", o.index)) return false;
            if (!only_child(e, p, child, [&](pugi::xml_node x, const std::string& xp) { return parse(x, xp, o.*member); })) return false;
            out = std::move(o);
            return true;
        };
        auto edited = [&](auto item, const char* child, auto parse) {
            decltype(item) o;
            if (!before_after(e, p, child, o.before, o.after, parse)) return false;
            out = std::move(o);
            return true;
        };
        auto moved = [&](auto item) {
            decltype(item) o;
            if (!allowed_attributes(e, p, {"id", "from", "to"}) || !required(e, p, "id", o.id) ||
                !count_attribute(e, p, "from", o.from) || !count_attribute(e, p, "to", o.to) || !elements(e, p, [&](pugi::xml_node c, const std::string& cp) {
                    return fail(c, cp, "unexpected element <" + std::string(c.name()) + ">", ParseStatus::unsupported);
                }))
                return false;
            out = std::move(o);
            return true;
        };
        auto no_children = [&] {
            return elements(e, p, [&](pugi::xml_node c, const std::string& cp) {
                return fail(c, cp, "unexpected element <" + std::string(c.name()) + ">", ParseStatus::unsupported);
            });
        };
        if (n == "add-claim") return indexed(op::AddClaim{}, &op::AddClaim::claim, "claim", claim);
        if (n == "remove-claim") return indexed(op::RemoveClaim{}, &op::RemoveClaim::claim, "claim", claim);
        if (n == "edit-claim") return edited(op::EditClaim{}, "claim", claim);
        if (n == "move-claim") return moved(op::MoveClaim{});
        if (n == "add-relation") return indexed(op::AddRelation{}, &op::AddRelation::relation, "relation", relation);
        if (n == "remove-relation") return indexed(op::RemoveRelation{}, &op::RemoveRelation::relation, "relation", relation);
        if (n == "edit-relation") return edited(op::EditRelation{}, "relation", relation);
        if (n == "move-relation") return moved(op::MoveRelation{});
        if (n == "add-camp") return indexed(op::AddCamp{}, &op::AddCamp::camp, "camp", camp);
        if (n == "remove-camp") return indexed(op::RemoveCamp{}, &op::RemoveCamp::camp, "camp", camp);
        if (n == "edit-camp") return edited(op::EditCamp{}, "camp", camp);
        if (n == "move-camp") return moved(op::MoveCamp{});
        if (n == "reweight-relation") {
            op::ReweightRelation o;
            if (!allowed_attributes(e, p, {"id", "before", "after"}) || !required(e, p, "id", o.id) ||
                !unit_attribute(e, p, "before", o.before) || !unit_attribute(e, p, "after", o.after) || !no_children())
                return false;
            out = std::move(o);
            return true;
        }
        if (n == "rename-relation") {
            op::RenameRelation o;
            if (!allowed_attributes(e, p, {"from", "to"}) || !required(e, p, "from", o.from) || !required(e, p, "to", o.to) || !no_children())
                return false;
            out = std::move(o);
            return true;
        }
        if (n == "set-title" || n == "set-metadata") {
            op::SetTitle t;
            op::SetMetadata m;
            const bool title = n == "set-title";
            if (title ? !allowed_attributes(e, p, {}) : !allowed_attributes(e, p, {"key"}) || !required(e, p, "key", m.key)) return false;
            bool got_before = false, got_after = false;
            if (!elements(e, p, [&](pugi::xml_node c, const std::string& cp) {
                    const std::string_view which = c.name();
                    std::string v;
                    if ((which != "before" || got_before || got_after) && (which != "after" || got_after))
                        return fail(c, cp, "unexpected element <" + std::string(which) + ">; expected <before> then <after>", ParseStatus::unsupported);
                    if (!text_of(c, cp, v)) return false;
                    (which == "before" ? got_before : got_after) = true;
                    if (title) (which == "before" ? t.before : t.after) = v;
                    else (which == "before" ? m.before : m.after) = v;
                    return true;
                }))
                return false;
            if (title && (!got_before || !got_after)) return fail(e, p, "expected <before> and <after>");
            if (title) out = std::move(t);
            else out = std::move(m);
            return true;
        }
        return fail(e, p, "unexpected element <" + std::string(n) + ">; expected message or an operation (add-claim, remove-claim, edit-claim, "
                          "move-claim, add-relation, remove-relation, reweight-relation, edit-relation, rename-relation, move-relation, "
                          "add-camp, remove-camp, edit-camp, move-camp, set-title, set-metadata)", ParseStatus::unsupported);
    }

    bool read_history(pugi::xml_node h, const std::string& p) {
        if (history_.present) return fail(h, p, "a second <history>", ParseStatus::syntax_error);
        history_.present = true;
        history_.element = where(h, p);
        if (!allowed_attributes(h, p, {})) return false;
        return elements(h, p, [&](pugi::xml_node r, const std::string& rp) {
            if (std::string_view(r.name()) != "revision") return fail(r, rp, "expected <revision>", ParseStatus::unsupported);
            if (!allowed_attributes(r, rp, {"id", "timestamp", "author"})) return false;
            Revision rev;
            if (!required(r, rp, "id", rev.id) || !required(r, rp, "timestamp", rev.timestamp)) return false;
            rev.author = r.attribute("author").value();
            std::vector<Location> ops;
            if (!elements(r, rp, [&](pugi::xml_node o, const std::string& op) {
                    if (std::string_view(o.name()) == "message") {
                        if (!ops.empty() || !rev.message.empty()) return fail(o, op, "<message> comes once, before the operations", ParseStatus::syntax_error);
                        return text_of(o, op, rev.message);
                    }
                    Operation x;
                    if (!read_operation(o, op, x)) return false;
                    rev.operations.push_back(std::move(x));
                    ops.push_back(where(o, op));
                    return true;
                }))
                return false;
            history_.revisions.push_back(std::move(rev));
            history_.revision_at.push_back(where(r, rp));
            history_.operation_at.push_back(std::move(ops));
            return true;
        });
    }
};

}  // namespace

std::string write_xml(const ArgumentMap& map) {
    return detail::serialise(to_document(map));
}

void write_xml_file(const ArgumentMap& map, const std::string& path) {
    write_file_atomically(path, write_xml(map));
}

ParseResult detail::parse_xml(std::string_view text, ArgumentMap& out, std::string_view filename) {
    XmlReader reader(text, filename);
    return detail::run_reader(reader, out);
}

}  // namespace argmap::io

// ---- maps with their history ----

namespace argmap::io {

std::string write_xml(const History& history) {
    auto doc = to_document(history.head());
    write_history(doc.document_element(), history);
    return detail::serialise(doc);
}

ParseResult read_xml(std::string_view text, History& out, std::string_view filename, const ReadLimits& limits) {
    out = History{};
    if (auto lr = detail::check_input_limits(text, Format::xml, filename, limits); !lr) return lr;
    XmlReader reader(text, filename);
    ArgumentMap content;
    ParseResult r = detail::run_reader(reader, content);
    if (!r) return r;
    if (auto lr = detail::check_map_limits(content, filename, limits); !lr) return lr;
    const auto& h = reader.history();
    if (!h.present) {
        if (!content.empty() || !content.relations().empty() || !content.camps().empty() || !content.title().empty())
            r.warnings.push_back({std::string(filename), 0, 0, "/argmap", "the file has no <history>; its content is in no revision"});
        return r;
    }
    try {
        History history(h.revisions);
        if (!(history.head() == content))
            return reader.located_failure(ParseStatus::invalid_value, h.element,
                                          "the history does not replay to the map's content (" + argmap::detail::first_difference(history.head(), content) + ")");
        out = std::move(history);
    } catch (const HistoryError& e) {
        const std::size_t k = e.revision.value_or(0);
        const auto& at = e.operation && k < h.operation_at.size() && *e.operation < h.operation_at[k].size() ? h.operation_at[k][*e.operation]
                         : k < h.revision_at.size() ? h.revision_at[k] : h.element;
        return reader.located_failure(ParseStatus::invalid_value, at, e.what());
    }
    return r;
}

}  // namespace argmap::io
