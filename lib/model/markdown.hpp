// Inline Markdown as Argdown lexes it, shared by plain_text() and the Argdown writer.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace argmap::detail {

/// One flag per byte of `text`: 1 where the byte belongs to an emphasis marker (**, __, *, _)
/// that Argdown pairs with another one; unpaired markers and markers inside links and mentions
/// are 0.
std::vector<char> emphasis_markers(std::string_view text);

/// The markers the Argdown writer keeps as Markdown: those of emphasis_markers() whose pair still
/// closes once the writer has escaped '}' and every other marker ("*a*\*" leaves "*a" open).
std::vector<char> written_emphasis_markers(std::string_view text);

/// The end (one past) of the link "[text](url)" or the mention "@[Title]" / "@<Title>" that
/// starts at text[i], as Argdown's lexer reads it; 0 when none starts there. Text and URL are
/// not empty, a link's '[' does not follow '@', a mention's title is not empty and has no line
/// break; a backslash is a character like any other.
std::size_t inline_span_end(std::string_view text, std::size_t i);

}  // namespace argmap::detail
