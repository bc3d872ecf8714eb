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

}  // namespace argmap::io::detail
