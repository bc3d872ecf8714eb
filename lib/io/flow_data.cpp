#include "io/flow_data.hpp"

namespace argmap::io::detail {

namespace {

constexpr int max_depth = 32;

void skip_spaces(std::string_view t, std::size_t& p) {
    while (p < t.size() && (t[p] == ' ' || t[p] == '\t')) ++p;
}

bool fail(DataError& e, std::size_t line, std::size_t col, std::string msg) {
    e.line = line;
    e.column = col;
    e.message = std::move(msg);
    return false;
}

bool parse_quoted(std::string_view t, std::size_t& p, std::size_t line, std::size_t col0, std::string& out,
                  DataError& e) {
    const char q = t[p];
    const std::size_t start = p++;
    while (p < t.size()) {
        char c = t[p++];
        if (c == q) {
            if (q == '\'' && p < t.size() && t[p] == '\'') {  // '' inside single quotes
                out += '\'';
                ++p;
                continue;
            }
            return true;
        }
        if (c == '\\' && q == '"') {
            if (p >= t.size()) break;
            char esc = t[p++];
            switch (esc) {
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case 'r': out += '\r'; break;
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            default:
                return fail(e, line, col0 + p - 2, std::string("unknown escape '\\") + esc +
                                                       "'; expected one of \\n \\t \\r \\\" \\\\");
            }
            continue;
        }
        out += c;
    }
    return fail(e, line, col0 + start, std::string("unterminated quoted string; expected closing ") + q);
}

}  // namespace

std::optional<DataValue> parse_flow_value(std::string_view t, std::size_t& p, std::size_t line,
                                          std::size_t col0, DataError& e, int depth) {
    skip_spaces(t, p);
    DataValue v;
    v.line = line;
    v.column = col0 + p;
    if (depth > max_depth) {
        fail(e, line, col0 + p, "data nested deeper than 32 levels");
        return std::nullopt;
    }
    if (p >= t.size()) {
        fail(e, line, col0 + p, "expected a value");
        return std::nullopt;
    }
    const char c = t[p];
    if (c == '{' || c == '[') {
        const bool is_map = c == '{';
        const char close = is_map ? '}' : ']';
        v.kind = is_map ? DataValue::Kind::mapping : DataValue::Kind::list;
        ++p;
        skip_spaces(t, p);
        if (p < t.size() && t[p] == close) {
            ++p;
            return v;
        }
        while (true) {
            skip_spaces(t, p);
            if (is_map) {
                std::string key;
                const std::size_t key_col = col0 + p;
                if (p < t.size() && (t[p] == '"' || t[p] == '\'')) {
                    if (!parse_quoted(t, p, line, col0, key, e)) return std::nullopt;
                } else {
                    while (p < t.size() && t[p] != ':' && t[p] != ',' && t[p] != '}' && t[p] != '{' &&
                           t[p] != '[' && t[p] != ']')
                        key += t[p++];
                    while (!key.empty() && (key.back() == ' ' || key.back() == '\t')) key.pop_back();
                }
                if (key.empty()) {
                    fail(e, line, key_col, "expected a key");
                    return std::nullopt;
                }
                skip_spaces(t, p);
                if (p >= t.size() || t[p] != ':') {
                    fail(e, line, col0 + p, "expected ':' after key '" + key + "'");
                    return std::nullopt;
                }
                ++p;
                for (const auto& [k, _] : v.entries)
                    if (k == key) {
                        fail(e, line, key_col, "duplicate key '" + key + "'");
                        return std::nullopt;
                    }
                auto item = parse_flow_value(t, p, line, col0, e, depth + 1);
                if (!item) return std::nullopt;
                v.entries.push_back({std::move(key), std::move(*item)});
            } else {
                auto item = parse_flow_value(t, p, line, col0, e, depth + 1);
                if (!item) return std::nullopt;
                v.items.push_back(std::move(*item));
            }
            skip_spaces(t, p);
            if (p < t.size() && t[p] == ',') {
                ++p;
                continue;
            }
            if (p < t.size() && t[p] == close) {
                ++p;
                return v;
            }
            fail(e, line, col0 + p, std::string("expected ',' or '") + close + "'");
            return std::nullopt;
        }
    }
    if (c == '"' || c == '\'') {
        v.quoted = true;
        if (!parse_quoted(t, p, line, col0, v.text, e)) return std::nullopt;
        return v;
    }
    // Plain scalar: up to a flow indicator; inner spaces kept, outer trimmed.
    while (p < t.size() && t[p] != ',' && t[p] != '}' && t[p] != ']' && t[p] != '{' && t[p] != '[') v.text += t[p++];
    while (!v.text.empty() && (v.text.back() == ' ' || v.text.back() == '\t')) v.text.pop_back();
    if (v.text.empty()) {
        fail(e, line, v.column, "expected a value");
        return std::nullopt;
    }
    return v;
}

std::optional<DataValue> parse_block_mapping(const std::vector<std::string_view>& lines, std::size_t first_line,
                                             DataError& e) {
    // Each frame: the mapping being filled and the indentation of its keys.
    struct Frame {
        DataValue* node;
        std::size_t indent;
    };
    DataValue root;
    root.kind = DataValue::Kind::mapping;
    root.line = first_line;
    root.column = 1;
    std::vector<Frame> stack{{&root, 0}};
    DataValue* open_block = nullptr;  // a "key:" waiting for an indented child block
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string_view l = lines[i];
        const std::size_t line = first_line + i;
        std::size_t indent = 0;
        while (indent < l.size() && l[indent] == ' ') ++indent;
        if (indent < l.size() && l[indent] == '\t') {
            fail(e, line, indent + 1, "tab in indentation; front matter is indented with spaces");
            return std::nullopt;
        }
        if (indent == l.size() || l[indent] == '#') continue;  // blank or comment
        if (open_block) {
            if (indent > stack.back().indent) stack.push_back({open_block, indent});
            open_block = nullptr;  // otherwise "key:" stays an empty mapping
        }
        while (stack.size() > 1 && indent < stack.back().indent) stack.pop_back();
        if (indent != stack.back().indent) {
            fail(e, line, indent + 1, "indentation does not match any enclosing block");
            return std::nullopt;
        }
        DataValue& node = *stack.back().node;
        if (l[indent] == '-') {
            fail(e, line, indent + 1, "block lists are not supported in front matter; use a flow list [a, b]");
            return std::nullopt;
        }
        std::size_t p = indent;
        std::string key;
        if (l[p] == '"' || l[p] == '\'') {
            DataError qe;
            std::size_t q = p;
            auto k = parse_flow_value(l, q, line, 1, qe);
            if (!k) {
                e = qe;
                return std::nullopt;
            }
            key = k->text;
            p = q;
        } else {
            while (p < l.size() && l[p] != ':') key += l[p++];
            while (!key.empty() && key.back() == ' ') key.pop_back();
        }
        if (p >= l.size() || l[p] != ':' || key.empty()) {
            fail(e, line, p + 1, "expected 'key: value'");
            return std::nullopt;
        }
        ++p;
        for (const auto& [k, _] : node.entries)
            if (k == key) {
                fail(e, line, indent + 1, "duplicate key '" + key + "'");
                return std::nullopt;
            }
        std::size_t q = p;
        skip_spaces(l, q);
        if (q == l.size()) {
            DataValue child;
            child.kind = DataValue::Kind::mapping;
            child.line = line;
            child.column = indent + 1;
            node.entries.push_back({key, std::move(child)});
            open_block = &node.entries.back().second;
            // Pointers into `entries` stay valid: a mapping's entries only grow while it is on
            // top of the stack, and we never push to a parent while a child frame is open.
            continue;
        }
        auto value = parse_flow_value(l, p, line, 1, e, 1);
        if (!value) return std::nullopt;
        skip_spaces(l, p);
        if (p < l.size() && l[p] != '#') {
            fail(e, line, p + 1, "unexpected text after value");
            return std::nullopt;
        }
        node.entries.push_back({key, std::move(*value)});
    }
    return root;
}

std::string quote_scalar(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
        }
    }
    return out + "\"";
}

}  // namespace argmap::io::detail
