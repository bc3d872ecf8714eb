// Inline Markdown as Argdown lexes it, shared by plain_text() and the Argdown writer.
#pragma once

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

}  // namespace argmap::detail
