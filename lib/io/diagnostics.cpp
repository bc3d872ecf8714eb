#include "argmap/io.hpp"

namespace argmap::io {

std::string_view to_string(ParseStatus status) noexcept {
    switch (status) {
    case ParseStatus::ok: return "ok";
    case ParseStatus::file_error: return "file error";
    case ParseStatus::syntax_error: return "syntax error";
    case ParseStatus::invalid_value: return "invalid value";
    case ParseStatus::unknown_reference: return "unknown reference";
    case ParseStatus::duplicate_id: return "duplicate id";
    case ParseStatus::invalid_utf8: return "invalid UTF-8";
    case ParseStatus::unsupported: return "unsupported construct";
    case ParseStatus::limit_exceeded: return "limit exceeded";
    }
    return "error";
}

std::string Diagnostic::to_string() const {
    std::string s = file;
    if (line) {
        s += ":" + std::to_string(line);
        if (column) s += ":" + std::to_string(column);
    }
    if (!element.empty()) s += " (" + element + ")";
    s += ": " + message;
    return s;
}

std::string ParseResult::description() const {
    if (status == ParseStatus::ok) return "ok";
    Diagnostic d = error;
    d.message = "error: " + d.message;
    return d.to_string();
}

}  // namespace argmap::io
