// The JSON form of a map (schema: docs/argmap-map.schema.json), lossless like the native XML.
// The reader is strict: unknown keys and wrong types are errors that name the JSON pointer of
// the offending value; syntax errors give line and column. Nesting is capped at 64 levels.
#include <nlohmann/json.hpp>

#include "argmap/history.hpp"
#include "history/matching.hpp"
#include "io/json_input.hpp"
#include "io/prediction_fields.hpp"

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

Camp camp_of(const json& c, const std::string& path) {
    only(c, path, {"id", "name", "description", "color", "preferences"});
    return {str(c, path, "id", true), str(c, path, "name"), str(c, path, "description"), str(c, path, "color"),
            strings(c, path, "preferences")};
}

Claim claim_of(const json& c, const std::string& path) {
    only(c, path, {"id", "text", "kind", "weight", "camps", "tags", "group", "values", "provenance", "data", "prediction"});
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
    if (auto it = c.find("prediction"); it != c.end()) claim.prediction = detail::prediction_from_json(*it, path + "/prediction");
    return claim;
}

Relation relation_of(const json& r, const std::string& path) {
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
    return rel;
}

json camp_json(const Camp& c) {
    json o{{"id", c.id}, {"name", c.name}};
    if (!c.description.empty()) o["description"] = c.description;
    if (!c.color.empty()) o["color"] = c.color;
    if (!c.preferences.empty()) o["preferences"] = c.preferences;
    return o;
}

json claim_json(const Claim& c) {
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
    if (c.prediction) o["prediction"] = detail::prediction_to_json(*c.prediction);
    return o;
}

json relation_json(const Relation& r) {
    json o{{"id", r.id}, {"type", std::string(to_string(r.type))}, {"source", r.source}, {"target", r.target}, {"weight", r.weight}};
    if (!r.data.empty()) o["data"] = data_object(r.data);
    return o;
}

// ---- "history": revisions of operations (see docs/formats.md) ----

std::size_t position_of(const json& obj, const std::string& path, const char* key) {
    auto it = obj.find(key);
    if (it == obj.end()) throw detail::PathError{ParseStatus::invalid_value, path, std::string("missing member '") + key + "'"};
    if (!it->is_number_unsigned()) throw detail::PathError{ParseStatus::invalid_value, path + "/" + key, "expected a position (0, 1, 2, ...)"};
    return it->get<std::size_t>();
}

double unit_of(const json& obj, const std::string& path, const char* key) {
    const json& v = member(obj, path, key, json::value_t::number_float, true);
    const double w = v.get<double>();
    if (!(w >= 0.0 && w <= 1.0)) throw detail::PathError{ParseStatus::invalid_value, path + "/" + key, "expected a number in [0,1]"};
    return w;
}

const json& object_member(const json& obj, const std::string& path, const char* key) {
    return member(obj, path, key, json::value_t::object, true);
}

Operation operation_of(const json& o, const std::string& p) {
    if (!o.is_object()) throw detail::PathError{ParseStatus::invalid_value, p, "expected an object"};
    const std::string kind = str(o, p, "op", true);
    auto sub = [&](const char* key) { return p + "/" + key; };
    if (kind == "add-claim" || kind == "remove-claim") {
        only(o, p, {"op", "index", "claim"});
        Claim c = claim_of(object_member(o, p, "claim"), sub("claim"));
        const std::size_t i = position_of(o, p, "index");
        if (kind == "add-claim") return op::AddClaim{std::move(c), i};
        return op::RemoveClaim{std::move(c), i};
    }
    if (kind == "add-relation" || kind == "remove-relation") {
        only(o, p, {"op", "index", "relation"});
        Relation r = relation_of(object_member(o, p, "relation"), sub("relation"));
        const std::size_t i = position_of(o, p, "index");
        if (kind == "add-relation") return op::AddRelation{std::move(r), i};
        return op::RemoveRelation{std::move(r), i};
    }
    if (kind == "add-camp" || kind == "remove-camp") {
        only(o, p, {"op", "index", "camp"});
        Camp c = camp_of(object_member(o, p, "camp"), sub("camp"));
        const std::size_t i = position_of(o, p, "index");
        if (kind == "add-camp") return op::AddCamp{std::move(c), i};
        return op::RemoveCamp{std::move(c), i};
    }
    if (kind == "edit-claim") {
        only(o, p, {"op", "before", "after"});
        return op::EditClaim{claim_of(object_member(o, p, "before"), sub("before")), claim_of(object_member(o, p, "after"), sub("after"))};
    }
    if (kind == "edit-relation") {
        only(o, p, {"op", "before", "after"});
        return op::EditRelation{relation_of(object_member(o, p, "before"), sub("before")), relation_of(object_member(o, p, "after"), sub("after"))};
    }
    if (kind == "edit-camp") {
        only(o, p, {"op", "before", "after"});
        return op::EditCamp{camp_of(object_member(o, p, "before"), sub("before")), camp_of(object_member(o, p, "after"), sub("after"))};
    }
    if (kind == "move-claim" || kind == "move-relation" || kind == "move-camp") {
        only(o, p, {"op", "id", "from", "to"});
        std::string id = str(o, p, "id", true);
        const std::size_t from = position_of(o, p, "from"), to = position_of(o, p, "to");
        if (kind == "move-claim") return op::MoveClaim{std::move(id), from, to};
        if (kind == "move-relation") return op::MoveRelation{std::move(id), from, to};
        return op::MoveCamp{std::move(id), from, to};
    }
    if (kind == "reweight-relation") {
        only(o, p, {"op", "id", "before", "after"});
        return op::ReweightRelation{str(o, p, "id", true), unit_of(o, p, "before"), unit_of(o, p, "after")};
    }
    if (kind == "rename-relation") {
        only(o, p, {"op", "from", "to"});
        return op::RenameRelation{str(o, p, "from", true), str(o, p, "to", true)};
    }
    if (kind == "set-title") {
        only(o, p, {"op", "before", "after"});
        return op::SetTitle{str(o, p, "before", true), str(o, p, "after", true)};
    }
    if (kind == "set-metadata") {
        only(o, p, {"op", "key", "before", "after"});
        auto value = [&](const char* key) { return o.contains(key) ? std::optional<std::string>(str(o, p, key)) : std::nullopt; };
        return op::SetMetadata{str(o, p, "key", true), value("before"), value("after")};
    }
    throw detail::PathError{ParseStatus::unsupported, p + "/op", "unknown operation '" + kind + "'; expected add-claim, remove-claim, edit-claim, "
                            "move-claim, add-relation, remove-relation, reweight-relation, edit-relation, rename-relation, move-relation, "
                            "add-camp, remove-camp, edit-camp, move-camp, set-title or set-metadata"};
}

void read_history_member(const json& doc, std::vector<Revision>& out) {
    const json& h = member(doc, "", "history", json::value_t::array, false);
    for (std::size_t i = 0; i < h.size(); ++i) {
        const std::string path = "/history/" + std::to_string(i);
        only(h[i], path, {"id", "timestamp", "author", "message", "operations"});
        Revision r;
        r.id = str(h[i], path, "id", true);
        r.timestamp = str(h[i], path, "timestamp", true);
        r.author = str(h[i], path, "author");
        r.message = str(h[i], path, "message");
        const json& ops = member(h[i], path, "operations", json::value_t::array, false);
        for (std::size_t k = 0; k < ops.size(); ++k) r.operations.push_back(operation_of(ops[k], path + "/operations/" + std::to_string(k)));
        out.push_back(std::move(r));
    }
}

json history_json(const History& history) {
    json h = json::array();
    for (const Revision& r : history.revisions()) {
        json o{{"id", r.id}, {"timestamp", r.timestamp}};
        if (!r.author.empty()) o["author"] = r.author;
        if (!r.message.empty()) o["message"] = r.message;
        json ops = json::array();
        for (const Operation& operation : r.operations) {
            json x{{"op", std::string(kind_name(operation))}};
            std::visit(
                [&](const auto& v) {
                    using T = std::decay_t<decltype(v)>;
                    if constexpr (std::is_same_v<T, op::AddClaim> || std::is_same_v<T, op::RemoveClaim>) {
                        x["index"] = v.index;
                        x["claim"] = claim_json(v.claim);
                    } else if constexpr (std::is_same_v<T, op::AddRelation> || std::is_same_v<T, op::RemoveRelation>) {
                        x["index"] = v.index;
                        x["relation"] = relation_json(v.relation);
                    } else if constexpr (std::is_same_v<T, op::AddCamp> || std::is_same_v<T, op::RemoveCamp>) {
                        x["index"] = v.index;
                        x["camp"] = camp_json(v.camp);
                    } else if constexpr (std::is_same_v<T, op::EditClaim>) {
                        x["before"] = claim_json(v.before);
                        x["after"] = claim_json(v.after);
                    } else if constexpr (std::is_same_v<T, op::EditRelation>) {
                        x["before"] = relation_json(v.before);
                        x["after"] = relation_json(v.after);
                    } else if constexpr (std::is_same_v<T, op::EditCamp>) {
                        x["before"] = camp_json(v.before);
                        x["after"] = camp_json(v.after);
                    } else if constexpr (std::is_same_v<T, op::MoveClaim> || std::is_same_v<T, op::MoveRelation> ||
                                         std::is_same_v<T, op::MoveCamp>) {
                        x["id"] = v.id;
                        x["from"] = v.from;
                        x["to"] = v.to;
                    } else if constexpr (std::is_same_v<T, op::ReweightRelation>) {
                        x["id"] = v.id;
                        x["before"] = v.before;
                        x["after"] = v.after;
                    } else if constexpr (std::is_same_v<T, op::RenameRelation>) {
                        x["from"] = v.from;
                        x["to"] = v.to;
                    } else if constexpr (std::is_same_v<T, op::SetTitle>) {
                        x["before"] = v.before;
                        x["after"] = v.after;
                    } else {
                        static_assert(std::is_same_v<T, op::SetMetadata>);
                        x["key"] = v.key;
                        if (v.before) x["before"] = *v.before;
                        if (v.after) x["after"] = *v.after;
                    }
                },
                operation);
            ops.push_back(std::move(x));
        }
        o["operations"] = std::move(ops);
        h.push_back(std::move(o));
    }
    return h;
}

// Claims' predictions are set once every claim is read, since their evidence may come later.
struct PendingPrediction {
    std::string claim, path;
    Prediction prediction;
};

void attach_predictions(std::vector<PendingPrediction>& pending, ArgumentMap& map, std::string& path) {
    for (auto& p : pending) {
        path = p.path;
        Claim c = *map.find_claim(p.claim);
        c.prediction = std::move(p.prediction);
        map.update_claim(std::move(c));
    }
}

void read_document(const json& doc, ArgumentMap& map, std::vector<Revision>* history = nullptr) {
    only(doc, "", {"format", "version", "title", "metadata", "camps", "claims", "relations", "history"});
    if (str(doc, "", "format", true) != "argmap") throw detail::PathError{ParseStatus::unsupported, "/format", "expected \"argmap\""};
    const json& version = member(doc, "", "version", json::value_t::number_float, true);
    if (version != 1) throw detail::PathError{ParseStatus::unsupported, "/version", "unsupported version; expected 1"};
    std::string path;
    try {
        path = "/title";
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
            map.add_camp(camp_of(camps[i], path));
        }
        std::vector<PendingPrediction> predictions;
        const json& claims = member(doc, "", "claims", json::value_t::array, false);
        for (std::size_t i = 0; i < claims.size(); ++i) {
            path = "/claims/" + std::to_string(i);
            const json& c = claims[i];
            Claim claim = claim_of(c, path);
            if (claim.prediction) predictions.push_back({claim.id, path + "/prediction", std::move(*claim.prediction)});
            claim.prediction.reset();
            map.add_claim(std::move(claim));
        }
        attach_predictions(predictions, map, path);
        const json& rels = member(doc, "", "relations", json::value_t::array, false);
        for (std::size_t i = 0; i < rels.size(); ++i) {
            path = "/relations/" + std::to_string(i);
            const json& r = rels[i];
            map.add_relation(relation_of(r, path));
        }
    } catch (const ModelError& e) {
        throw detail::PathError{detail::status_of(e), path, e.what()};
    }
    std::vector<Revision> unused;
    read_history_member(doc, history ? *history : unused);
}

}  // namespace

ParseResult detail::parse_json(std::string_view text, ArgumentMap& out, std::string_view filename) {
    out = ArgumentMap{};
    json doc;
    if (auto r = detail::parse_json_text(text, filename, doc); !r) return r;
    ArgumentMap map;
    try {
        read_document(doc, map);
    } catch (const detail::PathError& e) {
        return detail::failure(e, filename);
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
    for (const Camp& c : map.camps()) doc["camps"].push_back(camp_json(c));
    doc["claims"] = json::array();
    for (const Claim& c : map.claims()) doc["claims"].push_back(claim_json(c));
    doc["relations"] = json::array();
    for (const Relation& r : map.relations()) doc["relations"].push_back(relation_json(r));
    return doc.dump(2) + "\n";
}

}  // namespace argmap::io

// ---- maps with their history ----

namespace argmap::io {

std::string write_json(const History& history) {
    json doc = json::parse(write_json(history.head()));
    doc["history"] = history_json(history);
    return doc.dump(2) + "\n";
}

ParseResult read_json(std::string_view text, History& out, std::string_view filename, const ReadLimits& limits) {
    out = History{};
    if (auto lr = detail::check_input_limits(text, Format::json, filename, limits); !lr) return lr;
    json doc;
    if (auto r = detail::parse_json_text(text, filename, doc); !r) return r;
    ArgumentMap content;
    std::vector<Revision> revisions;
    try {
        read_document(doc, content, &revisions);
    } catch (const detail::PathError& e) {
        return detail::failure(e, filename);
    }
    if (auto lr = detail::check_map_limits(content, filename, limits); !lr) return lr;
    ParseResult r;
    if (!doc.contains("history")) {
        if (!content.empty() || !content.camps().empty() || !content.title().empty())
            r.warnings.push_back({std::string(filename), 0, 0, "/", "the file has no \"history\"; its content is in no revision"});
        return r;
    }
    try {
        History history(std::move(revisions));
        if (!(history.head() == content))
            return detail::failure(ParseStatus::invalid_value, filename, 0, 0,
                                   "the history does not replay to the map's content (" + argmap::detail::first_difference(history.head(), content) + ")",
                                   "/history");
        out = std::move(history);
    } catch (const HistoryError& e) {
        std::string path = "/history";
        if (e.revision) path += "/" + std::to_string(*e.revision);
        if (e.revision && e.operation) path += "/operations/" + std::to_string(*e.operation);
        return detail::failure(ParseStatus::invalid_value, filename, 0, 0, e.what(), path);
    }
    return r;
}

}  // namespace argmap::io
