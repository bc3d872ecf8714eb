// GraphML for yEd, Gephi and NetworkX: claims are nodes, attack and support relations are
// edges, with typed <key>s found by attr.name (text, label, kind, camps, weight, tags, group,
// source, locator, date, url, prediction; edges: type, weight). Lists (camps, tags) and the
// prediction are JSON in a string. Undercuts cannot be edges of GraphML and are not written (lost_in says so).
#include <charconv>
#include <iterator>
#include <map>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "io/json_input.hpp"
#include "io/prediction_fields.hpp"
#include "io/text_input.hpp"
#include "io/xml_output.hpp"

namespace argmap::io {

namespace {


struct Failure {
    ParseStatus status;
    pugi::xml_node node;
    std::string path, message;
};

}  // namespace

std::string write_graphml(const ArgumentMap& map) {
    pugi::xml_document doc;
    auto root = detail::new_document(doc, "graphml");
    root.append_attribute("xmlns") = "http://graphml.graphdrawing.org/xmlns";
    struct Key {
        const char *id, *for_, *name, *type;
    };
    const Key keys[] = {{"g_title", "graph", "title", "string"},   {"g_camps", "graph", "camps", "string"},
                        {"label", "node", "label", "string"},      {"text", "node", "text", "string"},
                        {"kind", "node", "kind", "string"},        {"camps", "node", "camps", "string"},
                        {"weight", "node", "weight", "double"},    {"tags", "node", "tags", "string"},
                        {"group", "node", "group", "string"},      {"source", "node", "source", "string"},
                        {"locator", "node", "locator", "string"},  {"date", "node", "date", "string"},
                        {"url", "node", "url", "string"},          {"prediction", "node", "prediction", "string"},
                        {"e_type", "edge", "type", "string"},
                        {"e_weight", "edge", "weight", "double"}};
    for (const Key& k : keys) {
        auto e = root.append_child("key");
        e.append_attribute("id") = k.id;
        e.append_attribute("for") = k.for_;
        e.append_attribute("attr.name") = k.name;
        e.append_attribute("attr.type") = k.type;
    }
    auto graph = root.append_child("graph");
    graph.append_attribute("id") = "argmap";
    graph.append_attribute("edgedefault") = "directed";
    auto data = [](pugi::xml_node parent, const char* key, const std::string& value) {
        auto d = parent.append_child("data");
        d.append_attribute("key") = key;
        d.append_child(pugi::node_pcdata).set_value(value.c_str());
    };
    if (!map.title().empty()) data(graph, "g_title", map.title());
    if (!map.camps().empty()) {
        nlohmann::json camps = nlohmann::json::array();
        for (const Camp& c : map.camps()) camps.push_back({{"id", c.id}, {"name", c.name}, {"color", c.color}});
        data(graph, "g_camps", camps.dump());
    }
    for (const Claim& c : map.claims()) {
        auto n = graph.append_child("node");
        n.append_attribute("id") = c.id.c_str();
        data(n, "label", c.id);
        data(n, "text", c.text);
        data(n, "kind", std::string(to_string(c.kind)));
        data(n, "weight", detail::shortest(c.weight));
        if (!c.camps.empty()) data(n, "camps", nlohmann::json(c.camps).dump());
        if (!c.tags.empty()) data(n, "tags", nlohmann::json(c.tags).dump());
        if (!c.group.empty()) data(n, "group", c.group);
        if (!c.provenance.source.empty()) data(n, "source", c.provenance.source);
        if (!c.provenance.locator.empty()) data(n, "locator", c.provenance.locator);
        if (!c.provenance.date.empty()) data(n, "date", c.provenance.date);
        if (!c.provenance.url.empty()) data(n, "url", c.provenance.url);
        if (c.prediction) data(n, "prediction", detail::prediction_to_json(*c.prediction).dump());
    }
    for (const Relation& r : map.relations()) {
        if (r.type == RelationType::undercut) continue;
        auto e = graph.append_child("edge");
        e.append_attribute("id") = r.id.c_str();
        e.append_attribute("source") = r.source.c_str();
        e.append_attribute("target") = r.target.c_str();
        data(e, "e_type", std::string(to_string(r.type)));
        data(e, "e_weight", detail::shortest(r.weight));
    }
    return detail::serialise(doc);
}

ParseResult detail::parse_graphml(std::string_view text, ArgumentMap& out, std::string_view filename) {
    out = ArgumentMap{};
    if (auto r = detail::check_utf8(text, filename); !r) return r;
    pugi::xml_document doc;
    const auto res = doc.load_buffer(text.data(), text.size(), pugi::parse_escapes | pugi::parse_ws_pcdata_single | pugi::parse_doctype,
                                     pugi::encoding_utf8);
    if (!res) {
        const auto lc = detail::line_column(text, detail::xml_error_offset(text, res));
        return detail::failure(ParseStatus::syntax_error, filename, lc.line, lc.column, std::string("malformed XML: ") + res.description());
    }
    ParseResult result;
    ArgumentMap map;
    try {
        for (auto n : doc.children())
            if (n.type() == pugi::node_doctype) throw Failure{ParseStatus::unsupported, n, "/", "DOCTYPE is not allowed (no DTDs, no entities)"};
        if (auto extra = detail::beside_root(doc))
            throw Failure{ParseStatus::syntax_error, extra, "/", "malformed XML: content after the root element (a document has one root)"};
        if (const std::size_t at = detail::text_after_root(text, doc.document_element().name()); at != std::string_view::npos) {
            const auto lc = detail::line_column(text, at);
            return detail::failure(ParseStatus::syntax_error, filename, lc.line, lc.column,
                                   "malformed XML: content after the root element (a document has one root)", "/");
        }
        auto root = doc.document_element();
        if (std::string_view(root.name()) != "graphml") throw Failure{ParseStatus::invalid_value, root, "/" + std::string(root.name()), "expected root element <graphml>"};
        // key id -> attribute name, per domain.
        std::map<std::string, std::string> node_keys, edge_keys, graph_keys;
        for (auto k : root.children("key")) {
            const std::string id = k.attribute("id").value(), name = k.attribute("attr.name").value(), dom = k.attribute("for").value();
            if (id.empty()) throw Failure{ParseStatus::invalid_value, k, "/graphml/key", "a <key> needs an id"};
            const std::string& use = name.empty() ? id : name;
            if (dom == "node" || dom == "all") node_keys[id] = use;
            if (dom == "edge" || dom == "all") edge_keys[id] = use;
            if (dom == "graph" || dom == "all") graph_keys[id] = use;
        }
        auto graph = root.child("graph");
        if (!graph) throw Failure{ParseStatus::invalid_value, root, "/graphml", "expected a <graph>"};
        if (std::string_view(graph.attribute("edgedefault").value()) == "undirected")
            throw Failure{ParseStatus::unsupported, graph, "/graphml/graph", "undirected graphs have no attacker and target"};
        // What the model cannot hold is reported, never dropped silently.
        auto warn = [&](pugi::xml_node at, const std::string& path, const std::string& message) {
            const auto lc = detail::line_column(text, static_cast<std::size_t>(at.offset_debug() > 0 ? at.offset_debug() - 1 : 0));
            result.warnings.push_back({std::string(filename), lc.line, lc.column, path, message});
        };
        std::size_t graphs = 0;
        for (auto other : root.children("graph"))
            if (++graphs > 1)
                warn(other, "/graphml/graph[" + std::to_string(graphs) + "]",
                     "only the first <graph> is read; this one (" + std::to_string(std::distance(other.children("node").begin(), other.children("node").end())) +
                         " nodes) is not");
        if (auto h = graph.child("hyperedge"))
            warn(h, "/graphml/graph/hyperedge", std::to_string(std::distance(graph.children("hyperedge").begin(), graph.children("hyperedge").end())) +
                                                    " hyperedges are not read (a relation has one source and one target)");
        auto read_data = [&](pugi::xml_node owner, const std::map<std::string, std::string>& keys, const std::string& path) {
            std::map<std::string, std::string> values;
            for (auto d : owner.children("data")) {
                const std::string key = d.attribute("key").value();
                auto it = keys.find(key);
                if (it == keys.end()) throw Failure{ParseStatus::unknown_reference, d, path + "/data", "unknown key '" + key + "'"};
                values[it->second] = d.text().get();
            }
            return values;
        };
        auto list = [&](const std::string& s, pugi::xml_node at, const std::string& path) {
            std::vector<std::string> out_list;
            if (s.empty()) return out_list;
            try {
                auto j = nlohmann::json::parse(s);
                for (const auto& v : j) out_list.push_back(v.get<std::string>());
            } catch (const std::exception&) {
                out_list.push_back(s);  // a single plain name
                (void)at;
                (void)path;
            }
            return out_list;
        };
        const auto gdata = read_data(graph, graph_keys, "/graphml/graph");
        if (auto it = gdata.find("title"); it != gdata.end()) {
            try {
                map.set_title(it->second);
            } catch (const ModelError& e) {
                throw Failure{detail::status_of(e), graph, "/graphml/graph/data[title]", e.what()};
            }
        }
        if (auto it = gdata.find("camps"); it != gdata.end()) {
            try {
                for (const auto& c : nlohmann::json::parse(it->second))
                    map.add_camp({c.at("id").get<std::string>(), c.value("name", ""), "", c.value("color", ""), {}});
            } catch (const nlohmann::json::exception& e) {
                throw Failure{ParseStatus::invalid_value, graph, "/graphml/graph/data[camps]", std::string("camps: ") + e.what()};
            } catch (const ModelError& e) {
                throw Failure{detail::status_of(e), graph, "/graphml/graph/data[camps]", e.what()};
            }
        }
        // Predictions (a JSON object) are set once every node is read: evidence may come later.
        struct PendingPrediction {
            std::string claim, path;
            pugi::xml_node node;
            std::string json;
        };
        std::vector<PendingPrediction> predictions;
        std::size_t k = 0;
        for (auto n : graph.children("node")) {
            const std::string path = "/graphml/graph/node[" + std::to_string(++k) + "]";
            Claim c;
            c.id = n.attribute("id").value();
            if (c.id.empty()) throw Failure{ParseStatus::invalid_value, n, path, "a <node> needs an id"};
            if (auto nested = n.child("graph"))
                warn(nested, path + "/graph", "a nested graph is not read (its nodes are not claims of this map)");
            auto v = read_data(n, node_keys, path);
            c.text = v.count("text") ? v["text"] : v.count("label") && v["label"] != c.id ? v["label"] : "";
            if (v.count("kind")) {
                auto kind = parse_claim_kind(v["kind"]);
                if (!kind) throw Failure{ParseStatus::invalid_value, n, path, "unknown kind '" + v["kind"] + "'"};
                c.kind = *kind;
            }
            if (v.count("weight")) {
                const std::string& w = v["weight"];
                auto [ptr, ec] = std::from_chars(w.data(), w.data() + w.size(), c.weight);
                if (ec != std::errc() || ptr != w.data() + w.size() || !(c.weight >= 0 && c.weight <= 1))
                    throw Failure{ParseStatus::invalid_value, n, path, "weight must be a number in [0,1], got '" + w + "'"};
            }
            c.camps = list(v["camps"], n, path);
            c.tags = list(v["tags"], n, path);
            c.group = v["group"];
            c.provenance = {v["source"], v["locator"], v["date"], v["url"]};
            if (v.count("prediction")) predictions.push_back({c.id, path, n, v["prediction"]});
            try {
                map.add_claim(std::move(c));
            } catch (const ModelError& e) {
                throw Failure{detail::status_of(e), n, path, e.what()};
            }
        }
        for (const auto& p : predictions) {
            // Another tool's "prediction" attribute (not a JSON object) is not ours: warn, keep going.
            const auto j = nlohmann::ordered_json::parse(p.json, nullptr, false);
            if (!j.is_object()) {
                const auto lc = detail::line_column(text, static_cast<std::size_t>(p.node.offset_debug()));
                result.warnings.push_back({std::string(filename), lc.line, lc.column, p.path + "/data[prediction]",
                                           "'prediction' is not an argmap prediction (a JSON object); ignored"});
                continue;
            }
            Claim c = *map.find_claim(p.claim);
            try {
                c.prediction = detail::prediction_from_json(j, p.path + "/data[prediction]");
                map.update_claim(std::move(c));
            } catch (const detail::PathError& e) {
                throw Failure{e.status, p.node, e.path, e.message};
            } catch (const ModelError& e) {
                throw Failure{detail::status_of(e), p.node, p.path + "/data[prediction]", e.what()};
            }
        }
        k = 0;
        for (auto e : graph.children("edge")) {
            const std::string path = "/graphml/graph/edge[" + std::to_string(++k) + "]";
            Relation r;
            r.id = e.attribute("id").value();
            r.source = e.attribute("source").value();
            r.target = e.attribute("target").value();
            auto v = read_data(e, edge_keys, path);
            const std::string type = v.count("type") ? v["type"] : "attack";
            if (!v.count("type")) {
                const auto lc = detail::line_column(text, static_cast<std::size_t>(e.offset_debug()));
                result.warnings.push_back({std::string(filename), lc.line, lc.column, path, "edge without a type is read as an attack"});
            }
            auto t = parse_relation_type(type);
            if (!t || *t == RelationType::undercut) throw Failure{ParseStatus::invalid_value, e, path, "edge type must be attack or support, got '" + type + "'"};
            r.type = *t;
            if (v.count("weight")) {
                const std::string& w = v["weight"];
                auto [ptr, ec] = std::from_chars(w.data(), w.data() + w.size(), r.weight);
                if (ec != std::errc() || ptr != w.data() + w.size() || !(r.weight >= 0 && r.weight <= 1))
                    throw Failure{ParseStatus::invalid_value, e, path, "weight must be a number in [0,1], got '" + w + "'"};
            }
            try {
                map.add_relation(std::move(r));
            } catch (const ModelError& err) {
                throw Failure{detail::status_of(err), e, path, err.what()};
            }
        }
    } catch (const Failure& f) {
        std::size_t offset = f.node ? static_cast<std::size_t>(f.node.offset_debug()) : 0;
        if (f.node.type() == pugi::node_element && offset > 0) --offset;
        const auto lc = detail::line_column(text, offset);
        return detail::failure(f.status, filename, f.node ? lc.line : 0, f.node ? lc.column : 0, f.message, f.path);
    }
    out = std::move(map);
    return result;
}

}  // namespace argmap::io
