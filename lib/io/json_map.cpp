// The JSON form of a map (schema: docs/argmap-map.schema.json), lossless like the native XML.
// The reader is strict: unknown keys and wrong types are errors that name the JSON pointer of
// the offending value; syntax errors give line and column. Nesting is capped at 64 levels.
#include <nlohmann/json.hpp>

#include "io/json_input.hpp"

namespace argmap::io {

namespace {

using json = nlohmann::ordered_json;

const json& member(const json& obj, const std::string& path, const char* key, json::value_t type, bool required) {
    static const json null_value;
    auto it = obj.find(key);
    if (it == obj.end()) {
        if (required) throw detail::PathError{ParseStatus::invalid_value, path, std::string("missing member '") + key + "'"};
        return null_value;
    }
    const bool ok = type == json::value_t::number_float ? it->is_number() : it->type() == type;
    if (!ok) {
        const char* want = type == json::value_t::string ? "a string" : type == json::value_t::array ? "an array"
                         : type == json::value_t::object ? "an object" : "a number";
        throw detail::PathError{ParseStatus::invalid_value, path + "/" + key, std::string("expected ") + want};
    }
    return *it;
}

std::string str(const json& obj, const std::string& path, const char* key, bool required = false) {
    const json& v = member(obj, path, key, json::value_t::string, required);
    return v.is_null() ? std::string() : v.get<std::string>();
}

std::vector<std::string> strings(const json& obj, const std::string& path, const char* key) {
    const json& v = member(obj, path, key, json::value_t::array, false);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (!v[i].is_string()) throw detail::PathError{ParseStatus::invalid_value, path + "/" + key + "/" + std::to_string(i), "expected a string"};
        out.push_back(v[i].get<std::string>());
    }
    return out;
}

double weight(const json& obj, const std::string& path) {
    const json& v = member(obj, path, "weight", json::value_t::number_float, false);
    if (v.is_null()) return 1.0;
    const double w = v.get<double>();
    if (!(w >= 0.0 && w <= 1.0)) throw detail::PathError{ParseStatus::invalid_value, path + "/weight", "weight must be in [0,1]"};
    return w;
}

// A "data" member: an object of strings.
std::map<std::string, std::string> data(const json& obj, const std::string& path) {
    std::map<std::string, std::string> out;
    const json& d = member(obj, path, "data", json::value_t::object, false);
    for (auto it = d.begin(); it != d.end(); ++it) {
        if (!it->is_string()) throw detail::PathError{ParseStatus::invalid_value, path + "/data/" + it.key(), "expected a string"};
        out[it.key()] = it->get<std::string>();
    }
    return out;
}

json data_object(const std::map<std::string, std::string>& data) {
    json d = json::object();
    for (const auto& [k, v] : data) d[k] = v;
    return d;
}

void only(const json& obj, const std::string& path, std::initializer_list<const char*> keys) {
    if (!obj.is_object()) throw detail::PathError{ParseStatus::invalid_value, path, "expected an object"};
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        bool known = false;
        for (const char* k : keys) known |= it.key() == k;
        if (!known) throw detail::PathError{ParseStatus::unsupported, path + "/" + it.key(), "unknown member '" + it.key() + "'"};
    }
}

void read_document(const json& doc, ArgumentMap& map) {
    only(doc, "", {"format", "version", "title", "metadata", "camps", "claims", "relations"});
    if (str(doc, "", "format", true) != "argmap") throw detail::PathError{ParseStatus::unsupported, "/format", "expected \"argmap\""};
    const json& version = member(doc, "", "version", json::value_t::number_float, true);
    if (version != 1) throw detail::PathError{ParseStatus::unsupported, "/version", "unsupported version; expected 1"};
    std::string path;
    try {
        map.set_title(str(doc, "", "title"));
        const json& md = member(doc, "", "metadata", json::value_t::object, false);
        for (auto it = md.begin(); it != md.end(); ++it) {
            path = "/metadata/" + it.key();
            if (!it->is_string()) throw detail::PathError{ParseStatus::invalid_value, path, "expected a string"};
            map.set_metadata(it.key(), it->get<std::string>());
        }
        const json& camps = member(doc, "", "camps", json::value_t::array, false);
        for (std::size_t i = 0; i < camps.size(); ++i) {
            path = "/camps/" + std::to_string(i);
            only(camps[i], path, {"id", "name", "description", "color", "preferences"});
            map.add_camp({str(camps[i], path, "id", true), str(camps[i], path, "name"), str(camps[i], path, "description"),
                          str(camps[i], path, "color"), strings(camps[i], path, "preferences")});
        }
        const json& claims = member(doc, "", "claims", json::value_t::array, false);
        for (std::size_t i = 0; i < claims.size(); ++i) {
            path = "/claims/" + std::to_string(i);
            const json& c = claims[i];
            only(c, path, {"id", "text", "kind", "weight", "camps", "tags", "group", "values", "provenance", "data"});
            Claim claim;
            claim.id = str(c, path, "id", true);
            claim.text = str(c, path, "text");
            if (c.contains("kind")) {
                auto k = parse_claim_kind(str(c, path, "kind"));
                if (!k) throw detail::PathError{ParseStatus::invalid_value, path + "/kind", "expected thesis, claim, argument, evidence or assumption"};
                claim.kind = *k;
            }
            claim.weight = weight(c, path);
            claim.camps = strings(c, path, "camps");
            claim.tags = strings(c, path, "tags");
            claim.values = strings(c, path, "values");
            claim.group = str(c, path, "group");
            const json& p = member(c, path, "provenance", json::value_t::object, false);
            if (!p.is_null()) {
                const std::string pp = path + "/provenance";
                only(p, pp, {"source", "locator", "date", "url"});
                claim.provenance = {str(p, pp, "source"), str(p, pp, "locator"), str(p, pp, "date"), str(p, pp, "url")};
            }
            claim.data = data(c, path);
            map.add_claim(std::move(claim));
        }
        const json& rels = member(doc, "", "relations", json::value_t::array, false);
        for (std::size_t i = 0; i < rels.size(); ++i) {
            path = "/relations/" + std::to_string(i);
            const json& r = rels[i];
            only(r, path, {"id", "type", "source", "target", "weight", "data"});
            Relation rel;
            rel.id = str(r, path, "id");
            auto t = parse_relation_type(str(r, path, "type", true));
            if (!t) throw detail::PathError{ParseStatus::invalid_value, path + "/type", "expected attack, support or undercut"};
            rel.type = *t;
            rel.source = str(r, path, "source", true);
            rel.target = str(r, path, "target", true);
            rel.weight = weight(r, path);
            rel.data = data(r, path);
            map.add_relation(std::move(rel));
        }
    } catch (const ModelError& e) {
        throw detail::PathError{detail::status_of(e), path, e.what()};
    }
}

}  // namespace

ParseResult read_json(std::string_view text, ArgumentMap& out, std::string_view filename) {
    out = ArgumentMap{};
    json doc;
    if (auto r = detail::parse_json_text(text, filename, doc); !r) return r;
    ArgumentMap map;
    try {
        read_document(doc, map);
    } catch (const detail::PathError& e) {
        return detail::failure(e.status, filename, 0, 0, e.message, e.path.empty() ? "/" : e.path);
    }
    out = std::move(map);
    return {};
}

std::string write_json(const ArgumentMap& map) {
    json doc;
    doc["format"] = "argmap";
    doc["version"] = 1;
    if (!map.title().empty()) doc["title"] = map.title();
    if (!map.metadata().empty()) {
        json md = json::object();
        for (const auto& [k, v] : map.metadata()) md[k] = v;
        doc["metadata"] = md;
    }
    doc["camps"] = json::array();
    for (const Camp& c : map.camps()) {
        json o{{"id", c.id}, {"name", c.name}};
        if (!c.description.empty()) o["description"] = c.description;
        if (!c.color.empty()) o["color"] = c.color;
        if (!c.preferences.empty()) o["preferences"] = c.preferences;
        doc["camps"].push_back(std::move(o));
    }
    doc["claims"] = json::array();
    for (const Claim& c : map.claims()) {
        json o{{"id", c.id}, {"text", c.text}, {"kind", std::string(to_string(c.kind))}, {"weight", c.weight}};
        if (!c.camps.empty()) o["camps"] = c.camps;
        if (!c.tags.empty()) o["tags"] = c.tags;
        if (!c.values.empty()) o["values"] = c.values;
        if (!c.group.empty()) o["group"] = c.group;
        if (!c.provenance.empty()) {
            json p = json::object();
            if (!c.provenance.source.empty()) p["source"] = c.provenance.source;
            if (!c.provenance.locator.empty()) p["locator"] = c.provenance.locator;
            if (!c.provenance.date.empty()) p["date"] = c.provenance.date;
            if (!c.provenance.url.empty()) p["url"] = c.provenance.url;
            o["provenance"] = p;
        }
        if (!c.data.empty()) o["data"] = data_object(c.data);
        doc["claims"].push_back(std::move(o));
    }
    doc["relations"] = json::array();
    for (const Relation& r : map.relations()) {
        json o{{"id", r.id}, {"type", std::string(to_string(r.type))}, {"source", r.source}, {"target", r.target}, {"weight", r.weight}};
        if (!r.data.empty()) o["data"] = data_object(r.data);
        doc["relations"].push_back(std::move(o));
    }
    return doc.dump(2) + "\n";
}

}  // namespace argmap::io
