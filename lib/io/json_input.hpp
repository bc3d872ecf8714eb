// Parsing JSON text with nlohmann-json: nesting capped at 64 levels, errors with line and column.
#pragma once

#include <stdexcept>

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

template <class Json>
ParseResult parse_json_text(std::string_view text, std::string_view filename, Json& out) {
    if (auto r = check_utf8(text, filename); !r) return r;
    try {
        // The callback sees every nesting step; refuse deep input before it can exhaust the stack.
        out = Json::parse(text.begin(), text.end(), [](int depth, typename Json::parse_event_t, Json&) {
            if (depth > 64) throw std::length_error("nesting deeper than 64 levels");
            return true;
        });
    } catch (const typename Json::parse_error& e) {
        return json_syntax_failure(text, filename, e.byte, e.what());
    } catch (const std::length_error& e) {
        return failure(ParseStatus::unsupported, filename, 0, 0, e.what());
    }
    return {};
}

}  // namespace argmap::io::detail
