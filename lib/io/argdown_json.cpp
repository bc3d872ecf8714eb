// Argdown's own JSON export (`argdown json FILE OUTDIR`, @argdown/cli 1.7.5), read so that a
// user can load Argdown's exact reading of any Argdown file:
//   {"arguments": {title: {members, pcs, tags, data, section}},
//    "statements": {title: {"type": "equivalence-class", members, tags, data, section}},
//    "relations": [{relationType, from, fromType, to, toType, conclusionIndex}],
//    "sections": [{id, level, title, children}], "tags": {name: {color}}}
// The model is the one lib/io/argdown.cpp builds from the Argdown text:
//   - an equivalence class is a claim (id = its title, text = the first member text; the other
//     texts in data "argdown:equivalent-texts", one per line); an argument is a claim of kind
//     argument whose text is its first description;
//   - a premise-conclusion structure: each premise supports the argument, the argument supports
//     its main conclusion; inference rules go to data "argdown:inference";
//   - support/entails -> support, attack/contrary -> attack (from -> to), contradictory -> an
//     attack each way; an undercut of an argument's inference undercuts the relation from the
//     argument to its main conclusion, of an argument without premises its outgoing relation;
//   - a claim's section is its group (the outline of nested sections in metadata
//     "argdown:sections", a heading's tags and data in "argdown:section-tags:<title>" and
//     "argdown:section-data:<title>"), tags are tags (their colours in metadata "argdown:tag-colors"), data
//     keys argmap knows (weight, kind, camps, values, provenance, group) are applied and the
//     rest kept in data.
// Argdown's texts are plain text: it removes emphasis markers and link targets (kept here in
// data "argdown:ranges", offsets in UTF-16 units of Argdown's text before tags are removed)
// and replaces the emoji shortcodes it knows. Entails, contrary and contradictory relations
// keep that type in the relation's data "argdown:relation-type"; Argdown draws contrary and
// contradictory as symmetric.
// Derived fields (colours, positions, "isUsedAs..." flags, the relation copies embedded in
// statements and arguments, the "map" of nodes and edges) are recomputed from the rest and not
// read. Errors name the JSON pointer of the offending value.
#include <algorithm>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "io/json_input.hpp"

namespace argmap::io {

namespace {

using json = nlohmann::ordered_json;
using detail::PathError;

// A key as a JSON pointer token (RFC 6901).
std::string token(const std::string& key) {
    std::string out;
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::string trim(std::string s) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && space(s.back())) s.pop_back();
    std::size_t b = 0;
    while (b < s.size() && space(s[b])) ++b;
    return s.substr(b);
}

// Argdown keeps "#tag" and "#(long tag)" in a member's text; argmap keeps tags apart (as the
// Argdown reader does): the tags named in `tags` are removed and the spaces they leave folded.
std::string without_tags(const std::string& text, const std::vector<std::string>& tags) {
    if (tags.empty()) return trim(text);
    std::string out;
    for (std::size_t p = 0; p < text.size();) {
        if (text[p] == '#' && (p == 0 || text[p - 1] == ' ') && p + 1 < text.size() && text[p + 1] != ' ') {
            std::size_t q = p + 1;
            std::string tag;
            if (text[q] == '(') {
                const std::size_t close = text.find(')', q);
                if (close != std::string::npos) {
                    tag = text.substr(q + 1, close - q - 1);
                    q = close + 1;
                }
            } else {
                while (q < text.size() && text[q] != ' ' && text[q] != '\t' && text[q] != '{') ++q;
                tag = text.substr(p + 1, q - p - 1);
            }
            if (!tag.empty() && std::find(tags.begin(), tags.end(), tag) != tags.end()) {
                p = q;
                continue;
            }
        }
        out += text[p++];
    }
    std::string folded;
    for (char c : out) {
        if ((c == ' ' || c == '\t') && (folded.empty() || folded.back() == ' ')) continue;
        folded += c == '\t' ? ' ' : c;
    }
    return trim(folded);
}

const json& object_member(const json& obj, const char* key, const std::string& path) {
    static const json empty = json::object();
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return empty;
    if (!it->is_object()) throw PathError{ParseStatus::invalid_value, path + "/" + key, "expected an object"};
    return *it;
}

const json& array_member(const json& obj, const char* key, const std::string& path) {
    static const json empty = json::array();
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return empty;
    if (!it->is_array()) throw PathError{ParseStatus::invalid_value, path + "/" + key, "expected an array"};
    return *it;
}

std::string string_member(const json& obj, const char* key, const std::string& path, bool required = false) {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) {
        if (required) throw PathError{ParseStatus::invalid_value, path, std::string("missing member '") + key + "'"};
        return {};
    }
    if (!it->is_string()) throw PathError{ParseStatus::invalid_value, path + "/" + key, "expected a string"};
    return it->get<std::string>();
}

std::vector<std::string> string_list(const json& obj, const char* key, const std::string& path) {
    std::vector<std::string> out;
    const json& v = array_member(obj, key, path);
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (!v[i].is_string()) throw PathError{ParseStatus::invalid_value, path + "/" + key + "/" + std::to_string(i), "expected a string"};
        out.push_back(v[i].get<std::string>());
    }
    return out;
}

// A data value as text: strings as they are, everything else as JSON.
std::string as_text(const json& v) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_null()) return {};
    return v.dump();
}

void add_unique(std::vector<std::string>& to, const std::string& s) {
    if (std::find(to.begin(), to.end(), s) == to.end()) to.push_back(s);
}

class Reader {
public:
    Reader(const json& doc, std::string_view file, ParseResult& result) : doc_(doc), file_(file), result_(result) {}

    void run(ArgumentMap& map) {
        if (!doc_.is_object()) throw PathError{ParseStatus::invalid_value, "", "expected an object with \"statements\", \"arguments\" and \"relations\""};
        for (auto it = doc_.begin(); it != doc_.end(); ++it) {
            static const std::set<std::string> known{"statements", "arguments", "relations", "sections", "tags", "map"};
            if (!known.count(it.key())) warn("/" + token(it.key()), "member '" + it.key() + "' is not read");
        }
        sections(map);
        tag_colors(map);
        claims(map);
        premise_conclusion_structures(map);
        relations(map);
    }

private:
    const json& doc_;
    std::string file_;
    ParseResult& result_;
    std::map<std::string, std::string> section_title_;       // section id -> title
    std::map<std::string, std::string> conclusion_relation_;  // argument -> relation to its main conclusion
    std::set<std::string> arguments_;                          // ids of the arguments
    // Argdown keeps statement and argument titles apart; argmap ids are one name space, so an
    // argument titled like a statement is the claim "<title>" (as the Argdown reader does).
    std::map<std::string, std::string> argument_ids_;          // argument title -> claim id
    std::string argument_claim(const std::string& title) const {
        auto it = argument_ids_.find(title);
        return it == argument_ids_.end() ? title : it->second;
    }

    void warn(std::string path, std::string message) {
        result_.warnings.push_back({file_, 0, 0, std::move(path), std::move(message)});
    }

    void sections(ArgumentMap& map) {
        const json& list = array_member(doc_, "sections", "");
        std::string outline;
        // Depth first, as the headings stand in the file.
        auto walk = [&](auto&& self, const json& secs, const std::string& path, std::size_t depth) -> void {
            for (std::size_t i = 0; i < secs.size(); ++i) {
                const std::string p = path + "/" + std::to_string(i);
                if (!secs[i].is_object()) throw PathError{ParseStatus::invalid_value, p, "expected a section object"};
                const std::string id = string_member(secs[i], "id", p, true);
                // Argdown keeps a heading's #tags in its title and lists them beside it.
                const std::vector<std::string> tags = string_list(secs[i], "tags", p);
                const std::string title = without_tags(string_member(secs[i], "title", p), tags);
                section_title_[id] = title;
                if (!tags.empty()) {
                    std::string joined;
                    for (const auto& t : tags) joined += (joined.empty() ? "" : ", ") + t;
                    map.set_metadata("argdown:section-tags:" + title, joined);
                }
                if (const json& d = object_member(secs[i], "data", p); !d.empty()) map.set_metadata("argdown:section-data:" + title, d.dump());
                outline += std::string(2 * depth, ' ') + title + "\n";
                self(self, array_member(secs[i], "children", p), p + "/children", depth + 1);
            }
        };
        walk(walk, list, "/sections", 0);
        if (!outline.empty()) {
            outline.pop_back();
            map.set_metadata("argdown:sections", outline);
        }
    }

    void tag_colors(ArgumentMap& map) {
        const json& tags = object_member(doc_, "tags", "");
        std::string colors;
        for (auto it = tags.begin(); it != tags.end(); ++it) {
            const std::string p = "/tags/" + token(it.key());
            if (!it->is_object()) throw PathError{ParseStatus::invalid_value, p, "expected a tag object"};
            const std::string color = string_member(*it, "color", p);
            if (!color.empty()) colors += (colors.empty() ? "" : "\n") + it.key() + " " + color;
        }
        if (!colors.empty()) map.set_metadata("argdown:tag-colors", colors);
    }

    std::string group_of(const json& node, const std::string& path) {
        const std::string section = string_member(node, "section", path);
        if (section.empty()) return {};
        auto it = section_title_.find(section);
        if (it == section_title_.end()) throw PathError{ParseStatus::unknown_reference, path + "/section", "unknown section '" + section + "'"};
        return it->second;
    }

    // Data keys that the Argdown reader applies to the claim; the rest are kept in data.
    void apply_data(ArgumentMap& map, Claim& claim, const json& data, const std::string& path) {
        for (auto it = data.begin(); it != data.end(); ++it) {
            const std::string& key = it.key();
            const json& v = *it;
            const std::string p = path + "/" + token(key);
            if (key == "weight") {
                if (!v.is_number() || !(v.get<double>() >= 0.0 && v.get<double>() <= 1.0))
                    throw PathError{ParseStatus::invalid_value, p, "'weight' expects a number in [0,1]"};
                claim.weight = v.get<double>();
            } else if (key == "kind") {
                auto k = v.is_string() ? parse_claim_kind(v.get<std::string>()) : std::nullopt;
                if (!k) throw PathError{ParseStatus::invalid_value, p, "unknown kind; expected thesis, claim, argument, evidence or assumption"};
                claim.kind = *k;
            } else if (key == "camp" || key == "camps" || key == "tags" || key == "values") {
                std::vector<std::string> items;
                if (v.is_array()) {
                    for (std::size_t i = 0; i < v.size(); ++i) {
                        if (!v[i].is_string() && !v[i].is_number()) throw PathError{ParseStatus::invalid_value, p + "/" + std::to_string(i), "expected a name"};
                        items.push_back(as_text(v[i]));
                    }
                } else if (v.is_string() || v.is_number()) {
                    items.push_back(as_text(v));
                } else {
                    throw PathError{ParseStatus::invalid_value, p, "'" + key + "' expects a name or a list of names"};
                }
                auto& dest = key == "tags" ? claim.tags : key == "values" ? claim.values : claim.camps;
                for (const auto& s : items) {
                    if ((key == "camp" || key == "camps") && !map.find_camp(s)) {
                        // Argdown's JSON carries no front matter, where camps are declared.
                        map.add_camp({s, s, "", "", {}});
                        warn(p, "camp '" + s + "' is not declared in the JSON (the export has no front matter); made a camp of that name");
                    }
                    add_unique(dest, s);
                }
            } else if (key == "source" || key == "locator" || key == "date" || key == "url" || key == "group") {
                if (!v.is_string() && !v.is_number()) throw PathError{ParseStatus::invalid_value, p, "'" + key + "' expects text"};
                const std::string s = as_text(v);
                if (key == "source") claim.provenance.source = s;
                else if (key == "locator") claim.provenance.locator = s;
                else if (key == "date") claim.provenance.date = s;
                else if (key == "url") claim.provenance.url = s;
                else claim.group = s;
            } else {
                claim.data[key] = as_text(v);
            }
        }
    }

    struct Pending {
        Claim claim;
        std::pair<long long, long long> first{0, 0};  // where it is first mentioned in the file
        std::string path;
    };

    // Text of the first member that has one; other texts become equivalent texts.
    void member_texts(Claim& claim, const json& members, const std::string& path, bool argument, std::pair<long long, long long>& first) {
        bool seen_position = false;
        for (std::size_t i = 0; i < members.size(); ++i) {
            const json& m = members[i];
            const std::string p = path + "/members/" + std::to_string(i);
            if (!m.is_object()) throw PathError{ParseStatus::invalid_value, p, "expected a member object"};
            if (m.contains("startLine") && m["startLine"].is_number_integer()) {
                std::pair<long long, long long> at{m["startLine"].get<long long>(),
                                                   m.contains("startColumn") && m["startColumn"].is_number_integer() ? m["startColumn"].get<long long>() : 0};
                if (!seen_position || at < first) first = at;
                seen_position = true;
            }
            if (argument && string_member(m, "role", p) != "argument-description") continue;
            const std::string text = without_tags(string_member(m, "text", p), string_list(m, "tags", p));
            if (text.empty()) continue;
            if (claim.text.empty()) {
                claim.text = text;
                // Argdown's text is plain: bold, italics and link targets are ranges beside it.
                json formatting = json::array();
                for (const json& r : array_member(m, "ranges", p))
                    if (r.is_object() && r.contains("type") && r["type"].is_string()) {
                        const std::string t = r["type"].get<std::string>();
                        if (t == "bold" || t == "italic" || t == "link") formatting.push_back(r);
                    }
                if (!formatting.empty()) claim.data["argdown:ranges"] = formatting.dump();
            } else if (claim.text != text) {
                auto& others = claim.data["argdown:equivalent-texts"];
                bool known = false;
                for (std::size_t s = 0; s <= others.size();) {
                    const std::size_t nl = std::min(others.find('\n', s), others.size());
                    known |= others.compare(s, nl - s, text) == 0 && nl - s == text.size();
                    s = nl + 1;
                }
                if (!known) others += (others.empty() ? "" : "\n") + text;
            }
        }
    }

    void claims(ArgumentMap& map) {
        std::vector<Pending> pending;
        for (const char* kind : {"statements", "arguments"}) {
            const bool argument = std::string_view(kind) == "arguments";
            const json& all = object_member(doc_, kind, "");
            for (auto it = all.begin(); it != all.end(); ++it) {
                const std::string path = std::string("/") + kind + "/" + token(it.key());
                const json& node = *it;
                if (!node.is_object()) throw PathError{ParseStatus::invalid_value, path, "expected an object"};
                Pending c;
                c.path = path;
                c.claim.id = string_member(node, "title", path);
                if (c.claim.id.empty()) c.claim.id = it.key();
                if (c.claim.id != it.key()) warn(path + "/title", "title '" + c.claim.id + "' differs from its key '" + it.key() + "'; the title is the id");
                c.claim.kind = argument ? ClaimKind::argument : ClaimKind::claim;
                c.claim.group = group_of(node, path);
                member_texts(c.claim, array_member(node, "members", path), path, argument, c.first);
                if (argument && node.contains("startLine") && node["startLine"].is_number_integer()) {
                    std::pair<long long, long long> at{node["startLine"].get<long long>(), 0};
                    if (c.first == std::pair<long long, long long>{0, 0} || at < c.first) c.first = at;
                }
                for (const auto& t : string_list(node, "tags", path)) add_unique(c.claim.tags, t);
                apply_data(map, c.claim, object_member(node, "data", path), path + "/data");
                pending.push_back(std::move(c));
            }
        }
        // In the order the file mentions them, as the Argdown reader adds them.
        std::stable_sort(pending.begin(), pending.end(), [](const Pending& a, const Pending& b) { return a.first < b.first; });
        std::set<std::string> statement_titles;
        for (const auto& c : pending)
            if (c.path.rfind("/statements/", 0) == 0) statement_titles.insert(c.claim.id);
        for (auto& c : pending) {
            if (c.path.rfind("/arguments/", 0) != 0) continue;
            const std::string title = c.claim.id;
            if (statement_titles.count(title)) {
                c.claim.id = "<" + title + ">";
                warn(c.path, "the argument <" + title + "> has the title of a statement; its claim id is '" + c.claim.id + "'");
            }
            argument_ids_[title] = c.claim.id;
        }
        std::map<std::string, std::string> path_of;
        for (auto& c : pending) {
            if (auto seen = path_of.find(c.claim.id); seen != path_of.end()) {
                const bool same_kind = seen->second.substr(0, seen->second.find('/', 1)) == c.path.substr(0, c.path.find('/', 1));
                throw PathError{ParseStatus::duplicate_id, c.path,
                                "'" + c.claim.id + (same_kind ? "' is the title of two entries (" : "' is both a statement and an argument (") +
                                    seen->second + "); argmap ids are unique"};
            }
            path_of[c.claim.id] = c.path;
            if (c.path.rfind("/arguments/", 0) == 0) arguments_.insert(c.claim.id);
            try {
                map.add_claim(std::move(c.claim));
            } catch (const ModelError& e) {
                throw PathError{detail::status_of(e), c.path, e.what()};
            }
        }
    }

    // Adds a relation unless the same one is there (Argdown may list one relation under two
    // types, e.g. contradictory and attack). `argdown_type` is Argdown's relation type when it
    // is not argmap's own name; it is kept in the relation's data "argdown:relation-type".
    void add(ArgumentMap& map, RelationType type, const std::string& source, const std::string& target, const std::string& path,
             std::string* id = nullptr, const std::string& argdown_type = {}) {
        for (const Relation* r : map.relations_from(source))
            if (r->type == type && r->target == target) {
                if (id) *id = r->id;
                if (!argdown_type.empty()) {
                    auto it = r->data.find("argdown:relation-type");
                    if (it == r->data.end() || it->second != argdown_type)
                        warn(path, std::string(to_string(type)) + " " + source + " -> " + target + " is also '" + argdown_type +
                                       "' in Argdown; read as one relation");
                }
                return;
            }
        Relation r;
        r.type = type;
        r.source = source;
        r.target = target;
        if (!argdown_type.empty()) r.data["argdown:relation-type"] = argdown_type;
        try {
            const Relation& added = map.add_relation(std::move(r));
            if (id) *id = added.id;
        } catch (const ModelError& e) {
            warn(path, std::string("relation not read: ") + e.what());
        }
    }

    void premise_conclusion_structures(ArgumentMap& map) {
        const json& all = object_member(doc_, "arguments", "");
        for (auto it = all.begin(); it != all.end(); ++it) {
            const std::string path = "/arguments/" + token(it.key());
            const std::string argument = argument_claim(argument_ids_.count(it.key()) ? it.key() : string_member(*it, "title", path));
            if (!arguments_.count(argument)) throw PathError{ParseStatus::invalid_value, path, "expected an argument object with a title"};
            const json& pcs = array_member(*it, "pcs", path);
            std::string rules, inference_data;
            for (std::size_t i = 0; i < pcs.size(); ++i) {
                const std::string p = path + "/pcs/" + std::to_string(i);
                if (!pcs[i].is_object()) throw PathError{ParseStatus::invalid_value, p, "expected a statement object"};
                const std::string title = string_member(pcs[i], "title", p, true);
                const std::string role = string_member(pcs[i], "role", p);
                if (!map.find_claim(title) || arguments_.count(title))
                    throw PathError{ParseStatus::unknown_reference, p + "/title", "statement '" + title + "' is not among the statements"};
                if (role == "premise") {
                    add(map, RelationType::support, title, argument, p);
                } else if (role == "main-conclusion") {
                    add(map, RelationType::support, argument, title, p, &conclusion_relation_[argument]);
                } else if (role != "intermediary-conclusion") {
                    warn(p + "/role", "unknown role '" + role + "'; read as a premise");
                    add(map, RelationType::support, title, argument, p);
                }
                if (auto inf = pcs[i].find("inference"); inf != pcs[i].end() && inf->is_object()) {
                    for (const auto& rule : string_list(*inf, "inferenceRules", p + "/inference"))
                        rules += (rules.empty() ? "" : "; ") + rule;
                    const json& d = object_member(*inf, "data", p + "/inference");
                    if (!d.empty()) inference_data += (inference_data.empty() ? "" : "\n") + d.dump();
                }
            }
            if (!pcs.empty() && string_member(pcs.back(), "role", path) != "main-conclusion")
                warn(path + "/pcs", "the premise-conclusion structure of <" + argument + "> ends without a main conclusion");
            if (!rules.empty() || !inference_data.empty()) {
                Claim c = *map.find_claim(argument);
                if (!rules.empty()) c.data["argdown:inference"] = rules;
                if (!inference_data.empty()) c.data["argdown:inference-data"] = inference_data;
                map.update_claim(std::move(c));
            }
        }
    }

    void relations(ArgumentMap& map) {
        const json& list = array_member(doc_, "relations", "");
        struct Undercut {
            std::string source, argument, path;
            bool of_inference;
        };
        std::vector<Undercut> undercuts;
        // Argdown may list one relation under two types (contradictory and attack): one
        // relation, its Argdown types other than argmap's own name joined in its data.
        struct PendingRelation {
            RelationType type;
            std::string source, target, argdown_types, path;
        };
        std::vector<PendingRelation> pending;
        std::map<std::tuple<RelationType, std::string, std::string>, std::size_t> index;
        auto collect = [&](RelationType t, const std::string& a, const std::string& b, const std::string& argdown_type, const std::string& path) {
            auto [it, fresh] = index.emplace(std::tuple{t, a, b}, pending.size());
            if (fresh) pending.push_back({t, a, b, "", path});
            auto& types = pending[it->second].argdown_types;
            if (!argdown_type.empty() && types.find(argdown_type) == std::string::npos) types += (types.empty() ? "" : ", ") + argdown_type;
        };
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string p = "/relations/" + std::to_string(i);
            const json& r = list[i];
            if (!r.is_object()) throw PathError{ParseStatus::invalid_value, p, "expected a relation object"};
            const std::string type = string_member(r, "relationType", p, true);
            const std::string from_type = string_member(r, "fromType", p), to_type = string_member(r, "toType", p);
            auto end = [&](const char* key, const std::string& kind) {
                const std::string title = string_member(r, key, p, true);
                return kind == "argument" || kind == "inference" ? argument_claim(title) : title;
            };
            const std::string from = end("from", from_type), to = end("to", to_type);
            auto check = [&](const std::string& title, const std::string& kind, const char* key) {
                if (!map.find_claim(title)) throw PathError{ParseStatus::unknown_reference, p + "/" + key, "'" + title + "' names no statement or argument"};
                const bool argument = arguments_.count(title) > 0;
                if ((kind == "argument" || kind == "inference") && !argument)
                    throw PathError{ParseStatus::unknown_reference, p + "/" + key, "'" + title + "' is not an argument"};
                if (kind == "equivalence-class" && argument)
                    throw PathError{ParseStatus::unknown_reference, p + "/" + key, "'" + title + "' is not a statement"};
            };
            check(from, from_type, "from");
            check(to, to_type, "to");
            if (type == "support" || type == "entails") {
                collect(RelationType::support, from, to, type == "entails" ? type : "", p);
            } else if (type == "attack" || type == "contrary") {
                collect(RelationType::attack, from, to, type == "contrary" ? type : "", p);
            } else if (type == "contradictory") {
                collect(RelationType::attack, from, to, type, p);
                collect(RelationType::attack, to, from, type, p);
            } else if (type == "undercut") {
                undercuts.push_back({from, to, p, to_type == "inference"});
            } else {
                warn(p + "/relationType", "relation type '" + type + "' is not read; expected support, attack, undercut, entails, contrary or contradictory");
            }
        }
        for (const auto& r : pending) add(map, r.type, r.source, r.target, r.path, nullptr, r.argdown_types);
        // Undercuts attack the inference: the relation from the argument to its main conclusion,
        // or, for an argument without premises, the relations it stands in as a source.
        for (const auto& u : undercuts) {
            std::vector<std::string> targets;
            if (auto it = conclusion_relation_.find(u.argument); it != conclusion_relation_.end() && !it->second.empty()) {
                targets.push_back(it->second);
            } else {
                for (const Relation* r : map.relations_from(u.argument))
                    if (r->type != RelationType::undercut) targets.push_back(r->id);
            }
            if (targets.empty()) {
                warn(u.path, "undercut of <" + u.argument + "> not read: the argument has no conclusion and no outgoing relation to undercut");
                continue;
            }
            if (targets.size() > 1)
                warn(u.path, "<" + u.argument + "> has " + std::to_string(targets.size()) + " outgoing relations and no conclusion; the undercut attacks each");
            for (const auto& t : targets) add(map, RelationType::undercut, u.source, t, u.path);
        }
    }
};

}  // namespace

ParseResult detail::parse_argdown_json(std::string_view text, ArgumentMap& out, std::string_view filename) {
    out = ArgumentMap{};
    json doc;
    if (auto r = detail::parse_json_text(text, filename, doc); !r) return r;
    ParseResult result;
    ArgumentMap map;
    try {
        Reader(doc, filename, result).run(map);
    } catch (const PathError& e) {
        return detail::failure(e, filename);
    } catch (const ModelError& e) {
        return detail::failure(detail::status_of(e), filename, 0, 0, e.what(), "/");
    } catch (const json::exception& e) {
        return detail::failure(ParseStatus::invalid_value, filename, 0, 0, e.what(), "/");
    }
    out = std::move(map);
    return result;
}

}  // namespace argmap::io
