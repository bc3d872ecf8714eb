// Argdown's tokens, read the way @argdown/cli 1.7.5 reads them (its lexer rules, written anew):
// line-start tokens (relations, headings, statement numbers, list items, inference lines) only
// after a line break; indentation becomes Indent/Dedent tokens; a blank line is one Emptyline;
// bold and italic markers open and close on a stack; comments are skipped.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace argmap::io::argdown {

enum class Tok : std::uint8_t {
    front_matter, data, escaped_char, special_char, emptyline, newline, indent, dedent,
    inference_start, incoming_support /* +> */, incoming_attack /* -> */, outgoing_support /* + <+ */,
    outgoing_attack /* - <- */, contradiction /* >< */, incoming_undercut /* _> */, outgoing_undercut /* _ <_ */,
    heading_start, statement_number, ordered_list_item, unordered_list_item,
    asterisk_bold_end, underscore_bold_end, asterisk_italic_end, underscore_italic_end,
    asterisk_bold_start, underscore_bold_start, asterisk_italic_start, underscore_italic_start,
    link, tag, statement_definition, statement_reference, statement_mention,
    argument_definition, argument_reference, argument_mention, freestyle, unused_control_char,
    inference_end, list_delimiter, eof
};

struct Token {
    Tok kind;
    bool synthetic = false;  ///< an Emptyline argmap adds where Argdown wants a blank line
    std::uint32_t begin = 0, end = 0;  ///< byte range in the text
};

struct LexResult {
    std::vector<Token> tokens;
    bool ok = true;
    std::size_t error_offset = 0;
    std::string error;
    std::vector<std::size_t> missing_blank_lines;  ///< offsets where a synthetic Emptyline was added
};

/// Splits Argdown text into tokens. A synthetic Emptyline is added (and its offset reported)
/// where a new element starts at the beginning of a line right after another, which Argdown
/// refuses; everything Argdown accepts is tokenized as Argdown does.
LexResult tokenize(std::string_view text);

std::string_view describe(Tok kind);

}  // namespace argmap::io::argdown
