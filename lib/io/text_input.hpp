// Shared helpers of the text readers: whole-file reading, line/column of a byte offset,
// and the failure value every reader returns.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "argmap/io.hpp"

namespace argmap::io::detail {

/// Reads a file into `out`; on failure returns a file_error result naming the path, and a
/// limit_exceeded result, before reading, when the file is larger than max_bytes.
ParseResult read_whole_file(const std::string& path, std::string& out, std::size_t max_bytes = SIZE_MAX);

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

/// A format's parser, without limits.
using MapReader = ParseResult (*)(std::string_view text, ArgumentMap& out, std::string_view filename);

/// A reader's result: the map when the parse succeeded, an empty map otherwise.
template <class Reader>
ParseResult run_reader(Reader& reader, ArgumentMap& out) {
    ArgumentMap map;
    ParseResult r = reader.run(map);
    out = r ? std::move(map) : ArgumentMap{};
    return r;
}

// The parsers behind the public read_* functions, which add the ReadLimits checks
// (limits.cpp) around them. One per format, defined in that format's file.
ParseResult parse_argdown(std::string_view text, ArgumentMap& out, std::string_view filename);
ParseResult parse_xml(std::string_view text, ArgumentMap& out, std::string_view filename);
ParseResult parse_json(std::string_view text, ArgumentMap& out, std::string_view filename);
ParseResult parse_graphml(std::string_view text, ArgumentMap& out, std::string_view filename);
ParseResult parse_aif(std::string_view text, ArgumentMap& out, std::string_view filename);
ParseResult parse_argdown_json(std::string_view text, ArgumentMap& out, std::string_view filename);
ParseResult parse_bag(std::string_view text, ArgumentMap& out, std::string_view filename);
ParseResult parse_i23_map(std::string_view text, ArgumentMap& out, std::string_view filename);
ParseResult parse_apx_map(std::string_view text, ArgumentMap& out, std::string_view filename);
ParseResult parse_tgf_map(std::string_view text, ArgumentMap& out, std::string_view filename);

/// Limits that can be checked on the text before parsing: size, nesting depth (per format
/// family), i23's declared number of arguments. Fails at the first position past a limit.
ParseResult check_input_limits(std::string_view text, Format format, std::string_view file, const ReadLimits& limits);
/// Limits on what a parse built: claims, relations, text lengths (named by claim or relation).
ParseResult check_map_limits(const ArgumentMap& map, std::string_view file, const ReadLimits& limits);
ParseResult check_framework_limits(const Framework& af, std::string_view file, const ReadLimits& limits);
/// check_input_limits, parse, check_map_limits; `out` is empty unless all pass.
ParseResult read_limited(std::string_view text, Format format, ArgumentMap& out, std::string_view file,
                         const ReadLimits& limits, MapReader parse);

/// Where a JSON document first opens its (max_depth+1)-th level of nesting (npos if never);
/// strings skipped, stray closers ignored.
inline std::size_t json_deeper_than(std::string_view s, std::size_t max_depth) {
    std::size_t depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '{' || c == '[') {
            if (++depth > max_depth) return i;
        } else if ((c == '}' || c == ']') && depth > 0) {
            --depth;
        }
    }
    return std::string_view::npos;
}

}  // namespace argmap::io::detail
