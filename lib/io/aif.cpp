// AIF JSON as AIFdb and OVA write it: {"nodes": [{"nodeID", "text", "type"}], "edges":
// [{"edgeID", "fromID", "toID"}], "locutions": [{"nodeID", "personID"}], "participants":
// [{"participantID", "firstname", "surname"}]}.
// Reading: I-nodes are claims (id = nodeID); an RA node makes each premise support each
// conclusion; MA (rephrase) is read as support; a CA node from I to I is an attack, from I to
// an RA or CA node an undercut of the relations that node stands for; a PA node records the
// preference in the preferred claim's data ("aif:preferred-over"). L, YA and TA nodes carry
// dialogue: an I-node reached from a participant's L-node through a YA node joins that
// participant's camp. Writing does the reverse; see lost_in() for what AIF cannot carry.
#include <algorithm>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "io/json_input.hpp"

namespace argmap::io {

namespace {

using json = nlohmann::json;

std::string id_of(const json& v, const std::string& path) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_number_integer()) return std::to_string(v.get<long long>());
    throw detail::PathError{ParseStatus::invalid_value, path, "expected an id (string or integer)"};
}

std::string text_of(const json& node) {
    auto it = node.find("text");
    return it != node.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

ParseResult read_aif(std::string_view text, ArgumentMap& out, std::string_view filename) {
    out = ArgumentMap{};
    json doc;
    if (auto r = detail::parse_json_text(text, filename, doc); !r) return r;
    ParseResult result;
    ArgumentMap map;
    try {
        if (!doc.is_object() || !doc.contains("nodes") || !doc["nodes"].is_array())
            throw detail::PathError{ParseStatus::invalid_value, "/", "expected an object with a \"nodes\" array"};
        const json empty = json::array();
        const json& nodes = doc["nodes"];
        const json& edges = doc.contains("edges") ? doc["edges"] : empty;
        if (!edges.is_array()) throw detail::PathError{ParseStatus::invalid_value, "/edges", "expected an array"};
        std::map<std::string, std::string> type_of;  // nodeID -> type
        std::map<std::string, std::size_t> index_of;
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            const std::string path = "/nodes/" + std::to_string(i);
            if (!nodes[i].is_object() || !nodes[i].contains("nodeID") || !nodes[i].contains("type"))
                throw detail::PathError{ParseStatus::invalid_value, path, "a node needs nodeID and type"};
            const std::string id = id_of(nodes[i]["nodeID"], path + "/nodeID");
            if (!nodes[i]["type"].is_string()) throw detail::PathError{ParseStatus::invalid_value, path + "/type", "expected a string"};
            const std::string type = nodes[i]["type"].get<std::string>();
            static const std::set<std::string> known{"I", "RA", "CA", "MA", "PA", "L", "YA", "TA"};
            if (!known.count(type)) {
                result.warnings.push_back({std::string(filename), 0, 0, path, "node type '" + type + "' is not read"});
                continue;
            }
            if (!type_of.emplace(id, type).second) throw detail::PathError{ParseStatus::duplicate_id, path + "/nodeID", "duplicate nodeID '" + id + "'"};
            index_of[id] = i;
        }
        std::map<std::string, std::vector<std::string>> from, to;  // incoming / outgoing node ids
        for (std::size_t i = 0; i < edges.size(); ++i) {
            const std::string path = "/edges/" + std::to_string(i);
            if (!edges[i].is_object() || !edges[i].contains("fromID") || !edges[i].contains("toID"))
                throw detail::PathError{ParseStatus::invalid_value, path, "an edge needs fromID and toID"};
            const std::string a = id_of(edges[i]["fromID"], path + "/fromID"), b = id_of(edges[i]["toID"], path + "/toID");
            for (const auto& [end, which] : {std::pair{a, "/fromID"}, std::pair{b, "/toID"}})
                if (!type_of.count(end)) throw detail::PathError{ParseStatus::unknown_reference, path + which, "edge names unknown node '" + end + "'"};
            to[a].push_back(b);
            from[b].push_back(a);
        }
        // Participants become camps.
        std::map<std::string, std::string> camp_of_person;
        if (doc.contains("participants") && doc["participants"].is_array())
            for (std::size_t i = 0; i < doc["participants"].size(); ++i) {
                const json& p = doc["participants"][i];
                const std::string path = "/participants/" + std::to_string(i);
                if (!p.is_object() || !p.contains("participantID")) throw detail::PathError{ParseStatus::invalid_value, path, "a participant needs participantID"};
                const std::string pid = id_of(p["participantID"], path + "/participantID");
                std::string name = p.value("firstname", "");
                const std::string surname = p.value("surname", "");
                if (!surname.empty()) name += (name.empty() ? "" : " ") + surname;
                const std::string camp_id = "participant-" + pid;
                map.add_camp({camp_id, name.empty() ? camp_id : name, "", "", {}});
                camp_of_person[pid] = camp_id;
            }
        std::map<std::string, std::string> speaker_of_locution;
        if (doc.contains("locutions") && doc["locutions"].is_array())
            for (std::size_t i = 0; i < doc["locutions"].size(); ++i) {
                const json& l = doc["locutions"][i];
                const std::string path = "/locutions/" + std::to_string(i);
                if (!l.is_object() || !l.contains("nodeID") || !l.contains("personID")) continue;
                const std::string person = id_of(l["personID"], path + "/personID");
                if (!camp_of_person.count(person))
                    throw detail::PathError{ParseStatus::unknown_reference, path + "/personID", "unknown participant '" + person + "'"};
                speaker_of_locution[id_of(l["nodeID"], path + "/nodeID")] = camp_of_person[person];
            }
        // Claims in node order.
        for (const json& n : nodes) {
            if (n.value("type", "") != "I") continue;
            Claim c;
            c.id = id_of(n["nodeID"], "/nodes");
            c.text = text_of(n);
            for (const auto& y : from[c.id])  // L -> YA -> I: asserted by a participant
                if (type_of[y] == "YA")
                    for (const auto& l : from[y])
                        if (type_of[l] == "L" && speaker_of_locution.count(l)) {
                            const auto& camp = speaker_of_locution[l];
                            if (std::find(c.camps.begin(), c.camps.end(), camp) == c.camps.end()) c.camps.push_back(camp);
                        }
            try {
                map.add_claim(std::move(c));
            } catch (const ModelError& e) {
                throw detail::PathError{detail::status_of(e), "/nodes/" + std::to_string(index_of[n["nodeID"].is_string() ? n["nodeID"].get<std::string>() : std::to_string(n["nodeID"].get<long long>())]), e.what()};
            }
        }
        // S-nodes in node order; CA nodes aimed at S-nodes wait until their target exists.
        std::map<std::string, std::vector<std::string>> relations_of;  // S-node -> relation ids
        std::vector<std::string> pending;
        auto add = [&](RelationType t, const std::string& s, const std::string& d, const std::string& node) {
            Relation r;
            r.type = t;
            r.source = s;
            r.target = d;
            try {
                relations_of[node].push_back(map.add_relation(std::move(r)).id);
            } catch (const ModelError& e) {
                throw detail::PathError{detail::status_of(e), "/nodes/" + std::to_string(index_of[node]), e.what()};
            }
        };
        auto is_i = [&](const std::string& id) { return type_of[id] == "I"; };
        for (const json& n : nodes) {
            const std::string type = n.value("type", "");
            if (type != "RA" && type != "MA" && type != "CA" && type != "PA") continue;
            const std::string id = id_of(n["nodeID"], "/nodes");
            const std::string path = "/nodes/" + std::to_string(index_of[id]);
            if (type == "PA") {
                for (const auto& a : from[id])
                    for (const auto& b : to[id])
                        if (is_i(a) && is_i(b)) {
                            Claim c = *map.find_claim(a);
                            auto& v = c.data["aif:preferred-over"];
                            v += (v.empty() ? "" : " ") + b;
                            map.update_claim(std::move(c));
                        }
                continue;
            }
            bool aims_at_s = false;
            for (const auto& b : to[id]) aims_at_s |= !is_i(b) && type_of[b] != "L" && type_of[b] != "YA" && type_of[b] != "TA";
            if (type == "CA" && aims_at_s) {
                pending.push_back(id);
                continue;
            }
            std::size_t made = 0;
            for (const auto& a : from[id])
                for (const auto& b : to[id])
                    if (is_i(a) && is_i(b)) {
                        add(type == "CA" ? RelationType::attack : RelationType::support, a, b, id);
                        ++made;
                    }
            if (made == 0) result.warnings.push_back({std::string(filename), 0, 0, path, type + " node relates no I-nodes and is not read"});
        }
        for (bool progress = true; progress && !pending.empty();) {
            progress = false;
            for (auto it = pending.begin(); it != pending.end();) {
                const std::string& id = *it;
                bool ready = true;
                for (const auto& b : to[id])
                    if (!is_i(b) && !relations_of.count(b)) ready = false;
                if (!ready) {
                    ++it;
                    continue;
                }
                for (const auto& a : from[id])
                    for (const auto& b : to[id])
                        if (is_i(a))
                            for (const auto& target : relations_of[b]) {
                                Relation r;
                                r.type = RelationType::undercut;
                                r.source = a;
                                r.target = target;
                                try {
                                    relations_of[id].push_back(map.add_relation(std::move(r)).id);
                                } catch (const ModelError& e) {
                                    throw detail::PathError{detail::status_of(e), "/nodes/" + std::to_string(index_of[id]), e.what()};
                                }
                            }
                it = pending.erase(it);
                progress = true;
            }
        }
        for (const auto& id : pending)
            result.warnings.push_back({std::string(filename), 0, 0, "/nodes/" + std::to_string(index_of[id]),
                                       "CA node aimed at a node that stands for no relation; not read"});
    } catch (const detail::PathError& e) {
        return detail::failure(e.status, filename, 0, 0, e.message, e.path);
    } catch (const ModelError& e) {
        return detail::failure(detail::status_of(e), filename, 0, 0, e.what(), "/");
    } catch (const json::exception& e) {
        return detail::failure(ParseStatus::invalid_value, filename, 0, 0, e.what(), "/");
    }
    out = std::move(map);
    return result;
}

std::string write_aif(const ArgumentMap& map) {
    json nodes = json::array(), edges = json::array(), locutions = json::array(), participants = json::array();
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
    json doc{{"nodes", nodes}, {"edges", edges}, {"locutions", locutions}, {"participants", participants}};
    return doc.dump(2) + "\n";
}

}  // namespace argmap::io
