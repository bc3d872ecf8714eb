// argmap/text.hpp: claim texts as people write them (inline Markdown, as in Argdown) and the
// plain text renderers show.
#pragma once

#include <string>
#include <string_view>

namespace argmap {

/// The text without inline Markdown: **bold**, __bold__, *italic* and _italic_ lose their
/// markers, [text](url) becomes its text, `code` loses its backticks, Argdown's shortcodes
/// (:heart:, :+1:, .->. ...) become their characters, backslash escapes their character.
/// Mentions (@[Title], @<Title>) and anything unpaired stay as written.
std::string plain_text(std::string_view markdown);

}  // namespace argmap
