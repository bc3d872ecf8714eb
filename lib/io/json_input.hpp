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
        const auto lc = line_column(text, e.byte > 0 ? e.byte - 1 : 0);
        std::string what = e.what();
        if (auto p = what.find("parse error"); p != std::string::npos) what = what.substr(p);
        return failure(ParseStatus::syntax_error, filename, lc.line, lc.column, "malformed JSON: " + what);
    } catch (const std::length_error& e) {
        return failure(ParseStatus::unsupported, filename, 0, 0, e.what());
    }
    return {};
}

}  // namespace argmap::io::detail
