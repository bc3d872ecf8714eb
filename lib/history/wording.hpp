// How history and what-if messages write values (causes, whatif, operations, incremental).
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace argmap::detail {

/// A weight or strength in at most six significant digits: "0.5", "1", "0.333333".
inline std::string short_number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

/// An id as messages name it: in single quotes.
inline std::string single_quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

}  // namespace argmap::detail
