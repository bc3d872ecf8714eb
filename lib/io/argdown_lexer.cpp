#include "io/argdown_lexer.hpp"

namespace argmap::io::argdown {

namespace {

bool blank(char c) { return c == ' ' || c == '\t'; }
bool line_break(char c) { return c == '\n' || c == '\r'; }
bool white(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Code point at p (UTF-8, already validated) and its length.
char32_t code_point(std::string_view t, std::size_t p, std::size_t& len) {
    const auto b = static_cast<unsigned char>(t[p]);
    if (b < 0x80) return len = 1, b;
    if (b < 0xE0) return len = 2, ((b & 0x1Fu) << 6) | (t[p + 1] & 0x3Fu);
    if (b < 0xF0) return len = 3, ((b & 0x0Fu) << 12) | ((t[p + 1] & 0x3Fu) << 6) | (t[p + 2] & 0x3Fu);
    return len = 4, ((b & 0x07u) << 18) | ((t[p + 1] & 0x3Fu) << 12) | ((t[p + 2] & 0x3Fu) << 6) | (t[p + 3] & 0x3Fu);
}

// Argdown's tag characters: [a-zA-z0-9-] and the BMP ranges it names (A-z takes [\]^_` too).
bool tag_char(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFEF);
}

bool freestyle_char(char c) {
    switch (c) {
    case '\\': case '@': case '#': case '*': case '_': case '[': case ']': case ',': case '.': case ':':
    case ';': case '<': case '/': case '>': case '-': case '\r': case '\n': case '(': case ')': case '{': case '}':
        return false;
    default:
        return true;
    }
}

bool control_char(char c) {
    return c != '\\' && c != '\r' && c != '\n' && !freestyle_char(c);
}

class Lexer {
public:
    explicit Lexer(std::string_view t) : t_(t) {}

    LexResult run() {
        indent_.push_back(0);
        while (p_ < t_.size()) {
            if (!step()) {
                r_.ok = false;
                r_.error_offset = p_;
                r_.error = "unexpected character; Argdown reads no token here";
                return std::move(r_);
            }
        }
        if (!r_.tokens.empty() && r_.tokens.back().kind == Tok::emptyline) r_.tokens.pop_back();
        dedent_all();
        r_.tokens.push_back({Tok::eof, false, static_cast<std::uint32_t>(t_.size()), static_cast<std::uint32_t>(t_.size())});
        return std::move(r_);
    }

private:
    std::string_view t_;
    std::size_t p_ = 0;
    bool inference_mode_ = false;
    std::vector<std::size_t> indent_;
    std::vector<int> ranges_;  // open bold/italic kinds, innermost last
    std::size_t last_skipped_end_ = 0;
    bool skipped_any_ = false;
    LexResult r_;

    const Token* last() const { return r_.tokens.empty() ? nullptr : &r_.tokens.back(); }
    bool at_line_start(bool after_emptyline_too = true) const {
        const Token* l = last();
        return !l || l->kind == Tok::newline || (after_emptyline_too && l->kind == Tok::emptyline);
    }
    void push(Tok k, std::size_t b, std::size_t e) {
        r_.tokens.push_back({k, false, static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)});
    }
    void dedent_all() {
        while (indent_.size() > 1) {
            indent_.pop_back();
            push(Tok::dedent, p_, p_);
        }
    }
    void indent_to(std::size_t level) {
        if (level > indent_.back()) {
            indent_.push_back(level);
            push(Tok::indent, p_, p_);
        } else {
            while (indent_.size() > 1 && level < indent_.back()) {
                indent_.pop_back();
                push(Tok::dedent, p_, p_);
            }
        }
    }
    void skip(std::size_t end) {
        p_ = end;
        last_skipped_end_ = end;
        skipped_any_ = true;
    }
    void emit(Tok k, std::size_t end) {
        push(k, p_, end);
        p_ = end;
    }

    // ---- token matchers: each returns the end offset of a match at p_, or 0 ----
    std::size_t comment() const {
        std::size_t e = 0;
        if (t_.compare(p_, 4, "<!--") == 0) {
            const auto c = t_.find("-->", p_ + 4);
            if (c == std::string_view::npos) return 0;
            e = c + 3;
        } else if (t_.compare(p_, 2, "/*") == 0) {
            const auto c = t_.find("*/", p_ + 2);
            if (c == std::string_view::npos) return 0;
            e = c + 2;
        } else if (t_.compare(p_, 2, "//") == 0) {
            e = p_ + 2;
            while (e < t_.size() && !line_break(t_[e])) ++e;
            if (e == t_.size()) return 0;  // a line comment needs its line break
        } else {
            return 0;
        }
        const Token* l = last();
        if (l && l->kind == Tok::emptyline) {
            // Swallow every following line break.
            for (;;) {
                std::size_t q = e;
                while (q < t_.size() && blank(t_[q])) ++q;
                if (q + 1 < t_.size() && t_[q] == '\r' && t_[q + 1] == '\n') e = q + 2;
                else if (e < t_.size() && (t_[e] == '\n' || t_[e] == '\r')) e = e + 1;
                else break;
            }
        } else if (l && l->kind == Tok::newline) {
            // One following line break, unless a blank line follows it.
            std::size_t q = e;
            while (q < t_.size() && blank(t_[q])) ++q;
            std::size_t after = 0;
            if (q + 1 < t_.size() && t_[q] == '\r' && t_[q + 1] == '\n') after = q + 2;
            else if (q < t_.size() && line_break(t_[q])) after = q + 1;
            if (after) {
                std::size_t r = after;
                while (r < t_.size() && blank(t_[r])) ++r;
                if (!(r < t_.size() && line_break(t_[r]))) e = after;
            }
        }
        return e;
    }

    std::size_t front_matter() const {
        std::size_t run = 0;
        while (p_ + run < t_.size() && t_[p_ + run] == '=') ++run;
        if (run < 3) return 0;
        for (std::size_t k = run; k >= 3; --k) {
            const auto q = t_.find("===", p_ + k);
            if (q != std::string_view::npos) {
                std::size_t e = q;
                while (e < t_.size() && t_[e] == '=') ++e;
                return e;
            }
        }
        return 0;
    }

    // {((?!}\s[^,}])(.|\n))*}(?!\s*(,|}))
    std::size_t data() const {
        if (t_[p_] != '{') return 0;
        std::size_t limit = p_ + 1;
        for (; limit < t_.size(); ++limit) {
            const char c = t_[limit];
            if (c == '\r') break;
            if (c == '}' && limit + 2 < t_.size() && white(t_[limit + 1]) && t_[limit + 2] != ',' && t_[limit + 2] != '}') break;
        }
        for (std::size_t q = std::min(limit, t_.size() - 1) + 1; q-- > p_ + 1;) {
            if (t_[q] != '}') continue;
            std::size_t r = q + 1;
            while (r < t_.size() && white(t_[r])) ++r;
            if (r < t_.size() && (t_[r] == ',' || t_[r] == '}')) continue;
            return q + 1;
        }
        return 0;
    }

    std::size_t escaped_char() const {
        if (t_[p_] != '\\' || p_ + 1 >= t_.size() || line_break(t_[p_ + 1])) return 0;
        std::size_t len = 1;
        code_point(t_, p_ + 1, len);
        std::size_t e = p_ + 1 + len;
        while (e < t_.size() && t_[e] == ' ') ++e;
        return e;
    }

    std::size_t special_char() const {
        const char c = t_[p_];
        if (c != '.' && c != ':') return 0;
        if (p_ + 2 >= t_.size() || white(t_[p_ + 1]) || t_[p_ + 1] == '\\') return 0;
        std::size_t q = p_ + 2;
        // A shortcode's name holds no backslash: an escape inside it stays an escaped character.
        while (q < t_.size() && !white(t_[q]) && t_[q] != c && t_[q] != '\\') ++q;
        if (q >= t_.size() || t_[q] != c) return 0;
        ++q;
        if (q < t_.size() && blank(t_[q])) ++q;
        return q;
    }

    std::size_t emptyline() const {
        const Token* l = last();
        if (l && l->kind == Tok::emptyline) return 0;
        std::size_t e = p_, count = 0;
        for (;;) {
            std::size_t q = e;
            while (q < t_.size() && blank(t_[q])) ++q;
            if (q + 1 < t_.size() && t_[q] == '\r' && t_[q + 1] == '\n') e = q + 2;
            else if (q < t_.size() && t_[q] == '\n') e = q + 1;
            else break;
            ++count;
        }
        return count >= 2 ? e : 0;
    }

    std::size_t newline() const {
        std::size_t q = p_;
        while (q < t_.size() && blank(t_[q])) ++q;
        if (q + 1 < t_.size() && t_[q] == '\r' && t_[q + 1] == '\n') return q + 2;
        if (q < t_.size() && line_break(t_[q])) return q + 1;
        return 0;
    }

    // A relation symbol at line start, with its indentation.
    bool relation(Tok& kind, std::size_t& end, std::size_t& indent) const {
        std::size_t q = p_;
        while (q < t_.size() && blank(t_[q])) ++q;
        indent = q - p_;
        auto at = [&](std::string_view s) { return t_.compare(q, s.size(), s) == 0; };
        if (at("+>")) kind = Tok::incoming_support, end = q + 2;
        else if (at("->")) kind = Tok::incoming_attack, end = q + 2;
        else if (at("<+")) kind = Tok::outgoing_support, end = q + 2;
        else if (at("+")) kind = Tok::outgoing_support, end = q + 1;
        else if (at("<-")) kind = Tok::outgoing_attack, end = q + 2;
        else if (at("-")) kind = Tok::outgoing_attack, end = q + 1;
        else if (at("><")) kind = Tok::contradiction, end = q + 2;
        else if (at("_>")) kind = Tok::incoming_undercut, end = q + 2;
        else if (at("<_")) kind = Tok::outgoing_undercut, end = q + 2;
        else if (at("_") && q + 1 < t_.size() && white(t_[q + 1])) kind = Tok::outgoing_undercut, end = q + 1;
        else return false;
        return true;
    }

    std::size_t heading_start() const {
        std::size_t q = p_;
        while (q < t_.size() && t_[q] == '#') ++q;
        return q > p_ && q < t_.size() && t_[q] == ' ' ? q + 1 : 0;
    }

    std::size_t statement_number() const {
        std::size_t q = p_;
        while (q < t_.size() && blank(t_[q])) ++q;
        if (q >= t_.size() || t_[q] != '(') return 0;
        std::size_t d = q + 1;
        while (d < t_.size() && t_[d] >= '0' && t_[d] <= '9') ++d;
        return d > q + 1 && d < t_.size() && t_[d] == ')' ? d + 1 : 0;
    }

    std::size_t list_item(bool ordered, std::size_t& indent) const {
        std::size_t q = p_;
        while (q < t_.size() && blank(t_[q])) ++q;
        indent = q - p_ + 1;
        if (ordered) {
            std::size_t d = q;
            while (d < t_.size() && t_[d] >= '0' && t_[d] <= '9') ++d;
            if (d == q || d >= t_.size() || t_[d] != '.' || d + 1 >= t_.size() || !white(t_[d + 1])) return 0;
            return d + 1;
        }
        if (q < t_.size() && t_[q] == '*' && q + 1 < t_.size() && white(t_[q + 1])) return q + 1;
        return 0;
    }

    // Emphasis: kind 0 "**", 1 "__", 2 "*", 3 "_".
    std::size_t emphasis_end(int kind) const {
        if (ranges_.empty() || ranges_.back() != kind || r_.tokens.empty()) return 0;
        if (skipped_any_ && last_skipped_end_ > r_.tokens.back().end) return 0;
        const char c = kind == 0 || kind == 2 ? '*' : '_';
        const std::size_t len = kind < 2 ? 2 : 1;
        for (std::size_t i = 0; i < len; ++i)
            if (p_ + i >= t_.size() || t_[p_ + i] != c) return 0;
        const std::size_t q = p_ + len;
        if (q >= t_.size()) return q;
        if (blank(t_[q])) return q + 1;
        return std::string_view("\n\r)}_.,!?;:-*").find(t_[q]) != std::string_view::npos ? q : 0;
    }
    std::size_t emphasis_start(int kind) const {
        const char c = kind == 0 || kind == 2 ? '*' : '_';
        const std::size_t len = kind < 2 ? 2 : 1;
        for (std::size_t i = 0; i < len; ++i)
            if (p_ + i >= t_.size() || t_[p_ + i] != c) return 0;
        const std::size_t q = p_ + len;
        return q < t_.size() && white(t_[q]) ? 0 : q;
    }

    std::size_t link() const {
        if (t_[p_] != '[') return 0;
        const auto close = t_.find(']', p_ + 1);
        if (close == std::string_view::npos || close == p_ + 1 || close + 1 >= t_.size() || t_[close + 1] != '(') return 0;
        const auto end = t_.find(')', close + 2);
        if (end == std::string_view::npos || end == close + 2) return 0;
        std::size_t e = end + 1;
        if (e < t_.size() && blank(t_[e])) ++e;
        return e;
    }

    std::size_t tag() const {
        if (t_[p_] != '#') return 0;
        std::size_t q = p_ + 1;
        if (q < t_.size() && t_[q] == '(') {
            const auto close = t_.find(')', q + 1);
            if (close != std::string_view::npos && close > q + 1) {
                std::size_t e = close + 1;
                if (e < t_.size() && blank(t_[e])) ++e;
                return e;
            }
        }
        std::size_t e = q;
        while (e < t_.size()) {
            std::size_t len = 1;
            if (!tag_char(code_point(t_, e, len))) break;
            e += len;
        }
        if (e == q) return 0;
        if (e < t_.size() && blank(t_[e])) ++e;
        return e;
    }

    // [title]: / [title] / @[title] and the <...> forms. Titles do not span lines; a backslash
    // escapes the next character (argmap's addition, so that written titles can hold brackets).
    std::size_t title(std::size_t from, char close, bool definition) const {
        for (std::size_t q = from; q < t_.size() && !line_break(t_[q]); ++q) {
            if (t_[q] == '\\' && q + 1 < t_.size() && !line_break(t_[q + 1])) {
                ++q;
                continue;
            }
            if (t_[q] == close && (!definition || (q + 1 < t_.size() && t_[q + 1] == ':'))) return q;
        }
        return 0;
    }
    std::size_t definition(char open, char close) const {
        if (t_[p_] != open) return 0;
        const std::size_t q = title(p_ + 2, close, true);
        return q && p_ + 1 < t_.size() && !line_break(t_[p_ + 1]) ? q + 2 : 0;
    }
    std::size_t reference(char open, char close) const {
        if (t_[p_] != open || p_ + 1 >= t_.size() || t_[p_ + 1] == '-') return 0;
        if (t_[p_ + 1] == close) return 0;
        const std::size_t q = title(p_ + 1, close, false);
        return q ? q + 1 : 0;
    }
    std::size_t mention(char open, char close) const {
        if (t_[p_] != '@' || p_ + 1 >= t_.size() || t_[p_ + 1] != open) return 0;
        const std::size_t q = title(p_ + 3, close, false);
        if (!q || line_break(t_[p_ + 2])) return 0;
        return q + 1 < t_.size() && blank(t_[q + 1]) ? q + 2 : q + 1;
    }

    // A new element at column 1 right after a line of another one: Argdown wants a blank line.
    bool element_at_line_start() const {
        const char c = t_[p_];
        if (c == '[') return definition('[', ']') || reference('[', ']');
        if (c == '<') return definition('<', '>') || reference('<', '>');
        if (c == '#') return heading_start() != 0;
        return false;
    }

    bool step() {
        std::size_t e = 0;
        if (inference_mode_) return inference_step();
        if ((e = comment())) return skip(e), true;
        if ((e = front_matter())) return emit(Tok::front_matter, e), true;
        if ((e = data())) return emit(Tok::data, e), true;
        if ((e = escaped_char())) return emit(Tok::escaped_char, e), true;
        if ((e = special_char())) return emit(Tok::special_char, e), true;
        if ((e = emptyline())) {
            if (e < t_.size()) dedent_all();
            return emit(Tok::emptyline, e), true;
        }
        if ((e = newline())) return emit(Tok::newline, e), true;
        const Token* l = last();
        if (l && l->kind == Tok::newline && (p_ == 0 || line_break(t_[p_ - 1])) && element_at_line_start()) {
            dedent_all();
            r_.missing_blank_lines.push_back(p_);
            r_.tokens.push_back({Tok::emptyline, true, static_cast<std::uint32_t>(p_), static_cast<std::uint32_t>(p_)});
            l = last();
        }
        if (!l || l->kind == Tok::newline) {
            std::size_t q = p_;
            while (q < t_.size() && blank(t_[q])) ++q;
            if (t_.compare(q, 2, "--") == 0) {
                dedent_all();
                inference_mode_ = true;
                return emit(Tok::inference_start, q + 2), true;
            }
        }
        if (at_line_start()) {
            Tok kind;
            std::size_t indent = 0;
            if (relation(kind, e, indent)) {
                indent_to(indent);
                p_ += indent;  // the token starts at its symbol
                return emit(kind, e), true;
            }
            if ((e = heading_start())) return emit(Tok::heading_start, e), true;
            if ((e = statement_number())) {
                dedent_all();
                return emit(Tok::statement_number, e), true;
            }
            if ((e = list_item(true, indent))) {
                indent_to(indent);
                return emit(Tok::ordered_list_item, e), true;
            }
            if ((e = list_item(false, indent))) {
                indent_to(indent);
                return emit(Tok::unordered_list_item, e), true;
            }
        }
        static constexpr Tok ends[] = {Tok::asterisk_bold_end, Tok::underscore_bold_end, Tok::asterisk_italic_end, Tok::underscore_italic_end};
        static constexpr Tok starts[] = {Tok::asterisk_bold_start, Tok::underscore_bold_start, Tok::asterisk_italic_start, Tok::underscore_italic_start};
        for (int k = 0; k < 4; ++k)
            if ((e = emphasis_end(k))) {
                ranges_.pop_back();
                return emit(ends[k], e), true;
            }
        for (int k = 0; k < 4; ++k)
            if ((e = emphasis_start(k))) {
                ranges_.push_back(k);
                return emit(starts[k], e), true;
            }
        if ((e = link())) return emit(Tok::link, e), true;
        if ((e = tag())) return emit(Tok::tag, e), true;
        if ((e = definition('[', ']'))) return emit(Tok::statement_definition, e), true;
        if ((e = reference('[', ']'))) return emit(Tok::statement_reference, e), true;
        if ((e = mention('[', ']'))) return emit(Tok::statement_mention, e), true;
        if ((e = definition('<', '>'))) return emit(Tok::argument_definition, e), true;
        if ((e = reference('<', '>'))) return emit(Tok::argument_reference, e), true;
        if ((e = mention('<', '>'))) return emit(Tok::argument_mention, e), true;
        return common_tail();
    }

    bool common_tail() {
        std::size_t e = p_;
        while (e < t_.size() && blank(t_[e])) ++e;
        if (e > p_) return skip(e), true;
        while (e < t_.size() && freestyle_char(t_[e])) ++e;
        if (e > p_) return emit(Tok::freestyle, e), true;
        if (control_char(t_[p_])) {
            e = p_ + 1;
            if (e < t_.size() && blank(t_[e])) ++e;
            return emit(Tok::unused_control_char, e), true;
        }
        return false;
    }

    bool inference_step() {
        std::size_t e = 0;
        if ((e = comment())) return skip(e), true;
        if ((e = newline())) return emit(Tok::newline, e), true;
        if ((e = escaped_char())) return emit(Tok::escaped_char, e), true;
        if ((e = special_char())) return emit(Tok::special_char, e), true;
        if (t_.compare(p_, 2, "--") == 0) {
            e = p_;
            while (e < t_.size() && t_[e] == '-') ++e;
            inference_mode_ = false;
            return emit(Tok::inference_end, e), true;
        }
        if ((e = data())) return emit(Tok::data, e), true;
        if (t_[p_] == ',') return emit(Tok::list_delimiter, p_ + 1), true;
        return common_tail();
    }
};

}  // namespace

LexResult tokenize(std::string_view text) { return Lexer(text).run(); }

std::string_view describe(Tok kind) {
    switch (kind) {
    case Tok::front_matter: return "front matter";
    case Tok::data: return "a data block {...}";
    case Tok::escaped_char: case Tok::special_char: case Tok::freestyle: case Tok::unused_control_char: return "text";
    case Tok::emptyline: return "a blank line";
    case Tok::newline: return "a line break";
    case Tok::indent: return "an indented line";
    case Tok::dedent: return "the end of the indented block";
    case Tok::inference_start: return "an inference line '--'";
    case Tok::incoming_support: return "'+>'";
    case Tok::incoming_attack: return "'->'";
    case Tok::outgoing_support: return "'+'";
    case Tok::outgoing_attack: return "'-'";
    case Tok::contradiction: return "'><'";
    case Tok::incoming_undercut: return "'_>'";
    case Tok::outgoing_undercut: return "'_'";
    case Tok::heading_start: return "a heading";
    case Tok::statement_number: return "a statement number '(n)'";
    case Tok::ordered_list_item: case Tok::unordered_list_item: return "a list item";
    case Tok::asterisk_bold_end: case Tok::underscore_bold_end: return "the end of bold text";
    case Tok::asterisk_italic_end: case Tok::underscore_italic_end: return "the end of italic text";
    case Tok::asterisk_bold_start: case Tok::underscore_bold_start: return "bold text";
    case Tok::asterisk_italic_start: case Tok::underscore_italic_start: return "italic text";
    case Tok::link: return "a link";
    case Tok::tag: return "a tag";
    case Tok::statement_definition: return "a statement definition";
    case Tok::statement_reference: return "a statement reference";
    case Tok::statement_mention: return "a mention";
    case Tok::argument_definition: return "an argument definition";
    case Tok::argument_reference: return "an argument reference";
    case Tok::argument_mention: return "a mention";
    case Tok::inference_end: return "the end of the inference line '--'";
    case Tok::list_delimiter: return "','";
    case Tok::eof: return "the end of the file";
    }
    return "a token";
}

}  // namespace argmap::io::argdown
