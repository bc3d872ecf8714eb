// Native XML (pugixml): every part of the model, written and read back identically.
// Schema: docs/native-xml.md. The reader is strict: unknown elements and attributes are errors
// that name the element path and its line and column. No DTD is processed, so no entities.
#include <charconv>
#include <cstring>
#include <fstream>
#include <map>

#include <pugixml.hpp>

#include "io/text_input.hpp"
#include "io/xml_output.hpp"

namespace argmap::io {

namespace {

constexpr const char* xml_namespace = "https://argmap.dev/ns/native/1";


void text_child(pugi::xml_node parent, const char* name, const std::string& value) {
    parent.append_child(name).append_child(pugi::node_pcdata).set_value(value.c_str());
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
    for (const Camp& c : map.camps()) {
        auto e = camps.append_child("camp");
        e.append_attribute("id") = c.id.c_str();
        if (!c.color.empty()) e.append_attribute("color") = c.color.c_str();
        text_child(e, "name", c.name);
        if (!c.description.empty()) text_child(e, "description", c.description);
        for (const auto& v : c.preferences) e.append_child("prefer").append_attribute("value") = v.c_str();
    }
    auto claims = root.append_child("claims");
    for (const Claim& c : map.claims()) {
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
    }
    auto rels = root.append_child("relations");
    for (const Relation& r : map.relations()) {
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
    return doc;
}

// ---- reader ----

class XmlReader {
public:
    XmlReader(std::string_view text, std::string_view file) : text_(text), file_(file) {}

    ParseResult run(ArgumentMap& out) {
        if (auto r = detail::check_utf8(text_, file_); !r) return r;
        pugi::xml_document doc;
        // No parse_eol or parse_wconv_attribute: text comes back byte for byte. No DOCTYPE.
        const unsigned flags = pugi::parse_escapes | pugi::parse_ws_pcdata_single | pugi::parse_doctype;
        auto res = doc.load_buffer(text_.data(), text_.size(), flags, pugi::encoding_utf8);
        if (!res) {
            const auto lc = detail::line_column(text_, static_cast<std::size_t>(res.offset));
            result_ = detail::failure(ParseStatus::syntax_error, file_, lc.line, lc.column,
                                      std::string("malformed XML: ") + res.description());
            return result_;
        }
        for (auto n : doc.children())
            if (n.type() == pugi::node_doctype) return fail(n, "/", "DOCTYPE is not allowed (no DTDs, no entities)", ParseStatus::unsupported), result_;
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
                return elements(e, p, [&](pugi::xml_node c, const std::string& cp) { return read_claim(c, cp, map); });
            }
            if (name == "relations") {
                if (!seen_claims) return fail(e, p, "<relations> must come after <claims>", ParseStatus::syntax_error);
                return elements(e, p, [&](pugi::xml_node r, const std::string& rp) { return read_relation(r, rp, map); });
            }
            return fail(e, p, "unexpected element <" + std::string(name) + ">; expected title, metadata, camps, claims or relations", ParseStatus::unsupported);
        });
    }

    bool read_camp(pugi::xml_node e, const std::string& p, ArgumentMap& map) {
        if (std::string_view(e.name()) != "camp") return fail(e, p, "expected <camp>", ParseStatus::unsupported);
        if (!allowed_attributes(e, p, {"id", "color"})) return false;
        Camp c;
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
        current_ = e;
        current_path_ = p;
        map.add_camp(std::move(c));
        return true;
    }

    bool read_claim(pugi::xml_node e, const std::string& p, ArgumentMap& map) {
        if (std::string_view(e.name()) != "claim") return fail(e, p, "expected <claim>", ParseStatus::unsupported);
        if (!allowed_attributes(e, p, {"id", "kind", "weight"})) return false;
        Claim c;
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
                return fail(f, fp, "unexpected element <" + std::string(n) + ">; expected text, group, camp, tag, value, provenance or data", ParseStatus::unsupported);
            }))
            return false;
        current_ = e;
        current_path_ = p;
        map.add_claim(std::move(c));
        return true;
    }

    bool read_relation(pugi::xml_node e, const std::string& p, ArgumentMap& map) {
        if (std::string_view(e.name()) != "relation") return fail(e, p, "expected <relation>", ParseStatus::unsupported);
        if (!allowed_attributes(e, p, {"id", "type", "source", "target", "weight"})) return false;
        Relation r;
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
        map.add_relation(std::move(r));
        return true;
    }
};

}  // namespace

std::string write_xml(const ArgumentMap& map) {
    return detail::serialise(to_document(map));
}

void write_xml_file(const ArgumentMap& map, const std::string& path) {
    std::ofstream out(path, std::ios::binary);
    if (!out) throw WriteError(path + ": cannot open for writing: " + std::strerror(errno));
    out << write_xml(map);
    if (!out.flush()) throw WriteError(path + ": write failed");
}

ParseResult read_xml(std::string_view text, ArgumentMap& out, std::string_view filename) {
    XmlReader reader(text, filename);
    return detail::run_reader(reader, out);
}

ParseResult read_xml_file(const std::string& path, ArgumentMap& out) {
    return detail::read_map_file(path, out, read_xml);
}

}  // namespace argmap::io
