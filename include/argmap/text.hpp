// argmap/text.hpp: claim texts as people write them (inline Markdown, as in Argdown) and the
// plain text renderers show.
#pragma once

#include <string>
#include <string_view>

namespace argmap {

/// The text without inline Markdown, as Argdown's JSON export shows it: **bold**, __bold__,
/// *italic* and _italic_ lose their markers, [text](url) becomes its text, Argdown's shortcodes
/// (:heart:, :+1:, .->. ...) become their characters. Texts hold no escapes (readers resolve
/// them), so a backslash is a backslash.
/// Mentions (@[Title], @<Title>), backticks (Argdown has no code spans) and unpaired markers
/// stay as written.
std::string plain_text(std::string_view markdown);

}  // namespace argmap
