// Shared helpers of the text readers: whole-file reading, line/column of a byte offset,
// and the failure value every reader returns.
#pragma once

#include <string>
#include <string_view>

#include "argmap/io.hpp"

namespace argmap::io::detail {

/// Reads a file into `out`; on failure returns a file_error result naming the path.
ParseResult read_whole_file(const std::string& path, std::string& out);

struct LineColumn {
    std::size_t line = 1, column = 1;
};
LineColumn line_column(std::string_view text, std::size_t offset) noexcept;

ParseResult failure(ParseStatus status, std::string_view file, std::size_t line, std::size_t column,
                    std::string message, std::string element = {});

/// Checks the input is UTF-8; on failure the result names the first bad byte.
ParseResult check_utf8(std::string_view text, std::string_view file);

/// The shortest text that reads back as the same double.
std::string shortest(double d);

/// The status a reader reports for a ModelError raised while it builds the map.
ParseStatus status_of(const ModelError& e) noexcept;

/// Reads `path` and parses it with `reader`; `out` is cleared when either fails.
using MapReader = ParseResult (*)(std::string_view text, ArgumentMap& out, std::string_view filename);
ParseResult read_map_file(const std::string& path, ArgumentMap& out, MapReader reader);

/// A reader's result: the map when the parse succeeded, an empty map otherwise.
template <class Reader>
ParseResult run_reader(Reader& reader, ArgumentMap& out) {
    ArgumentMap map;
    ParseResult r = reader.run(map);
    out = r ? std::move(map) : ArgumentMap{};
    return r;
}

}  // namespace argmap::io::detail
