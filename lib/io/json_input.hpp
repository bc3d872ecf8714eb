// Parsing JSON text with nlohmann-json: nesting capped at 64 levels, errors with line and column.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "io/text_input.hpp"

namespace argmap::io::detail {

/// An error found after parsing, located by a JSON pointer (thrown inside the JSON readers).
struct PathError {
    ParseStatus status;
    std::string path, message;
};

/// The failure a PathError stands for, located by its JSON pointer ("/" for the document).
inline ParseResult failure(const PathError& e, std::string_view filename) {
    return failure(e.status, filename, 0, 0, e.message, e.path.empty() ? "/" : e.path);
}

/// The failure for an nlohmann-json parse_error: `byte` (1-based, the last byte read) as line and
/// column, the message from "parse error" on.
inline ParseResult json_syntax_failure(std::string_view text, std::string_view filename, std::size_t byte, std::string what) {
    const auto lc = line_column(text, byte > 0 ? byte - 1 : 0);
    if (auto p = what.find("parse error"); p != std::string::npos) what = what.substr(p);
    return failure(ParseStatus::syntax_error, filename, lc.line, lc.column, "malformed JSON: " + what);
}

/// The JSON pointer escape of one member name.
inline std::string pointer_token(std::string_view key) {
    std::string out;
    for (char c : key) out += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
    return out;
}

/// A member name given twice in one object: nlohmann-json would keep the last silently.
struct DuplicateMember {
    std::string pointer, key;
};

template <class Json>
ParseResult parse_json_text(std::string_view text, std::string_view filename, Json& out) {
    if (auto r = check_utf8(text, filename); !r) return r;
    // The path to the value being read: per open object its member names so far and the current
    // one, per open array the index of the current element.
    struct Frame {
        bool object;
        std::vector<std::string> keys;
        std::size_t index = 0;
    };
    std::vector<Frame> path;
    auto pointer = [&path] {
        std::string p;
        for (const auto& f : path) p += "/" + (f.object ? pointer_token(f.keys.empty() ? "" : f.keys.back()) : std::to_string(f.index));
        return p;
    };
    auto element_done = [&path] {
        if (!path.empty() && !path.back().object) ++path.back().index;
    };
    try {
        // The callback sees every nesting step; refuse deep input before it can exhaust the stack.
        out = Json::parse(text.begin(), text.end(), [&](int depth, typename Json::parse_event_t event, Json& parsed) {
            if (depth > 64) throw std::length_error("nesting deeper than 64 levels");
            using E = typename Json::parse_event_t;
            switch (event) {
            case E::object_start: path.push_back({true, {}}); break;
            case E::array_start: path.push_back({false, {}}); break;
            case E::object_end:
            case E::array_end:
                if (!path.empty()) path.pop_back();
                element_done();
                break;
            case E::key: {
                auto& keys = path.back().keys;
                const std::string key = parsed.template get<std::string>();
                for (const auto& k : keys)
                    if (k == key) {
                        keys.push_back(key);
                        throw DuplicateMember{pointer(), key};
                    }
                keys.push_back(key);
                break;
            }
            case E::value: element_done(); break;
            }
            return true;
        });
    } catch (const typename Json::parse_error& e) {
        return json_syntax_failure(text, filename, e.byte, e.what());
    } catch (const std::length_error& e) {
        // The callback's depth counts the containers above: depth 65 is the 66th level.
        const std::size_t at = json_deeper_than(text, 65);
        const auto lc = line_column(text, at == std::string_view::npos ? 0 : at);
        return failure(ParseStatus::unsupported, filename, lc.line, lc.column, e.what());
    } catch (const DuplicateMember& d) {
        return failure(ParseStatus::invalid_value, filename, 0, 0, "member '" + d.key + "' appears twice in one object", d.pointer);
    } catch (const typename Json::out_of_range& e) {
        // A number no double holds (1e400): nlohmann names the literal, not where it is.
        const std::string_view what = e.what();
        const auto open = what.find('\''), close = what.rfind('\'');
        std::size_t at = std::string_view::npos;
        if (open != std::string_view::npos && close > open) at = text.find(what.substr(open + 1, close - open - 1));
        const auto lc = line_column(text, at == std::string_view::npos ? 0 : at);
        std::string literal = open != std::string_view::npos && close > open ? std::string(what.substr(open + 1, close - open - 1)) : "";
        return failure(ParseStatus::invalid_value, filename, lc.line, lc.column,
                       "number " + literal + " is out of range (expected a finite number)", pointer());
    }
    return {};
}

}  // namespace argmap::io::detail
