// A strict JSON (RFC 8259) pull reader over UTF-8 text that is already validated: the caller
// asks for the value it expects next, so large documents are read in one pass without building
// a tree. Values the caller does not want are skipped and handed back as their verbatim text.
// Errors carry the byte offset; nesting is capped.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdlib>
#include <cstdint>
#include <string>
#include <string_view>

namespace argmap::io::detail {

class JsonPull {
public:
    enum class Kind { object, array, string, number, boolean, null, end };

    /// A syntax error at byte `offset`.
    struct Error {
        std::size_t offset;
        std::string message;
    };

    explicit JsonPull(std::string_view text, int max_depth = 64) : s_(text), max_depth_(max_depth) {}

    /// The kind of the next value (after whitespace); `end` at the end of the text.
    Kind peek() {
        skip_ws();
        if (p_ >= s_.size()) return Kind::end;
        switch (s_[p_]) {
        case '{': return Kind::object;
        case '[': return Kind::array;
        case '"': return Kind::string;
        case 't':
        case 'f': return Kind::boolean;
        case 'n': return Kind::null;
        default: return Kind::number;
        }
    }
    std::size_t offset() const noexcept { return p_; }

    void begin_object() { open('{'); }
    /// Reads the next member's key into `key`; false at the closing brace.
    bool next_member(std::string& key) {
        if (!next_item('}')) return false;
        if (peek() != Kind::string) fail("expected a member name in quotes");
        read_string(key);
        skip_ws();
        if (p_ >= s_.size() || s_[p_] != ':') fail("expected ':' after a member name");
        ++p_;
        return true;
    }
    void begin_array() { open('['); }
    /// True when another element follows; false at the closing bracket.
    bool next_element() { return next_item(']'); }

    void string(std::string& out) {
        if (peek() != Kind::string) fail("expected a string");
        read_string(out);
    }
    /// A string without escapes as a view into the text; with escapes decoded into `spill`
    /// (whose element must outlive the view).
    template <class Spill>
    std::string_view string_view(Spill& spill) {
        if (peek() != Kind::string) fail("expected a string");
        std::size_t q = p_ + 1;
        while (q < s_.size() && s_[q] != '"' && s_[q] != '\\' && static_cast<unsigned char>(s_[q]) >= 0x20) ++q;
        if (q < s_.size() && s_[q] == '"') {
            const std::string_view v = s_.substr(p_ + 1, q - p_ - 1);
            p_ = q + 1;
            after_value();
            return v;
        }
        spill.emplace_back();
        read_string(spill.back());
        return spill.back();
    }
    /// The verbatim text of a number.
    std::string_view number() {
        skip_ws();
        const std::size_t b = p_;
        if (p_ < s_.size() && s_[p_] == '-') ++p_;
        if (p_ < s_.size() && s_[p_] == '0') {
            ++p_;
        } else if (!digits()) {
            fail("expected a value");
        }
        bool integer = true;
        if (p_ < s_.size() && s_[p_] == '.') {
            ++p_;
            integer = false;
            if (!digits()) fail("expected digits after the decimal point");
        }
        if (p_ < s_.size() && (s_[p_] == 'e' || s_[p_] == 'E')) {
            ++p_;
            integer = false;
            if (p_ < s_.size() && (s_[p_] == '+' || s_[p_] == '-')) ++p_;
            if (!digits()) fail("expected digits in the exponent");
        }
        last_number_integer_ = integer;
        const std::string_view text = s_.substr(b, p_ - b);
        if (!integer || text.size() > 18) {  // like nlohmann-json: a number beyond a double's range is refused
            const std::string copy(text);
            if (!std::isfinite(std::strtod(copy.c_str(), nullptr))) {
                p_ = b;
                fail("number out of range");
            }
        }
        after_value();
        return text;
    }
    /// Whether the last number() had neither fraction nor exponent.
    bool last_number_integer() const noexcept { return last_number_integer_; }
    bool boolean() {
        if (literal("true")) return true;
        if (literal("false")) return false;
        fail("expected a value");
    }
    void null() {
        if (!literal("null")) fail("expected a value");
    }
    /// Skips one value of any kind and returns its verbatim text.
    std::string_view skip() {
        skip_ws();
        const std::size_t b = p_;
        switch (peek()) {
        case Kind::object: {
            begin_object();
            std::string k;
            while (next_member(k)) skip();
            break;
        }
        case Kind::array:
            begin_array();
            while (next_element()) skip();
            break;
        case Kind::string: skip_string(); break;
        case Kind::number: number(); break;
        case Kind::boolean: boolean(); break;
        case Kind::null: null(); break;
        case Kind::end: fail("unexpected end of text; expected a value");
        }
        return s_.substr(b, p_ - b);
    }
    /// After the top-level value: only whitespace may follow.
    void finish() {
        if (peek() != Kind::end) fail("unexpected text after the JSON value");
    }

    [[noreturn]] void fail(std::string message) const { throw Error{p_, std::move(message)}; }

private:
    std::string_view s_;
    std::size_t p_ = 0;
    int depth_ = 0, max_depth_;
    bool first_ = false;  // no item read yet in the innermost container
    bool last_number_integer_ = true;

    void skip_ws() {
        while (p_ < s_.size() && (s_[p_] == ' ' || s_[p_] == '\n' || s_[p_] == '\r' || s_[p_] == '\t')) ++p_;
    }
    bool digits() {
        const std::size_t b = p_;
        while (p_ < s_.size() && s_[p_] >= '0' && s_[p_] <= '9') ++p_;
        return p_ > b;
    }
    bool literal(std::string_view word) {
        skip_ws();
        if (s_.substr(p_, word.size()) != word) return false;
        p_ += word.size();
        after_value();
        return true;
    }
    void after_value() { first_ = false; }
    void open(char c) {
        skip_ws();
        if (p_ >= s_.size() || s_[p_] != c) fail(c == '{' ? "expected an object" : "expected an array");
        if (++depth_ > max_depth_) fail("nesting deeper than " + std::to_string(max_depth_) + " levels");
        ++p_;
        first_ = true;
    }
    bool next_item(char close) {
        skip_ws();
        if (p_ >= s_.size()) fail(close == '}' ? "unexpected end of text in an object" : "unexpected end of text in an array");
        if (s_[p_] == close) {
            ++p_;
            --depth_;
            first_ = false;
            return false;
        }
        if (!first_) {
            if (s_[p_] != ',') fail(close == '}' ? "expected ',' or '}'" : "expected ',' or ']'");
            ++p_;
            skip_ws();
            if (p_ < s_.size() && s_[p_] == close) fail("trailing comma");
        }
        return true;
    }
    static int hex(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }
    std::uint32_t hex4() {
        if (p_ + 4 > s_.size()) fail("incomplete \\u escape");
        std::uint32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hex(s_[p_ + i]);
            if (h < 0) fail("expected four hex digits after \\u");
            v = v * 16 + static_cast<std::uint32_t>(h);
        }
        p_ += 4;
        return v;
    }
    static void append_utf8(std::string& out, std::uint32_t cp) {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
    // The opening quote is at p_.
    void read_string(std::string& out) {
        out.clear();
        ++p_;
        for (;;) {
            std::size_t q = p_;
            while (q < s_.size() && s_[q] != '"' && s_[q] != '\\' && static_cast<unsigned char>(s_[q]) >= 0x20) ++q;
            out.append(s_.data() + p_, q - p_);
            p_ = q;
            if (p_ >= s_.size()) fail("unterminated string");
            const char c = s_[p_];
            if (c == '"') {
                ++p_;
                after_value();
                return;
            }
            if (c != '\\') fail("control character in a string; write it as an escape");
            if (++p_ >= s_.size()) fail("unterminated string");
            switch (s_[p_++]) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                std::uint32_t cp = hex4();
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    if (p_ + 1 >= s_.size() || s_[p_] != '\\' || s_[p_ + 1] != 'u') fail("high surrogate without a low surrogate");
                    p_ += 2;
                    const std::uint32_t lo = hex4();
                    if (lo < 0xDC00 || lo > 0xDFFF) fail("high surrogate without a low surrogate");
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    fail("low surrogate without a high surrogate");
                }
                append_utf8(out, cp);
                break;
            }
            default: p_ -= 2; fail("invalid escape in a string");
            }
        }
    }
    void skip_string() {
        ++p_;
        for (;;) {
            while (p_ < s_.size() && s_[p_] != '"' && s_[p_] != '\\' && static_cast<unsigned char>(s_[p_]) >= 0x20) ++p_;
            if (p_ >= s_.size()) fail("unterminated string");
            if (s_[p_] == '"') {
                ++p_;
                after_value();
                return;
            }
            if (s_[p_] != '\\') fail("control character in a string; write it as an escape");
            ++p_;
            if (p_ >= s_.size()) fail("unterminated string");
            const char e = s_[p_++];
            if (e == 'u') {
                const std::uint32_t cp = hex4();
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    if (p_ + 1 >= s_.size() || s_[p_] != '\\' || s_[p_ + 1] != 'u') fail("high surrogate without a low surrogate");
                    p_ += 2;
                    const std::uint32_t lo = hex4();
                    if (lo < 0xDC00 || lo > 0xDFFF) fail("high surrogate without a low surrogate");
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    fail("low surrogate without a high surrogate");
                }
            } else if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos) {
                p_ -= 2;
                fail("invalid escape in a string");
            }
        }
    }
};

}  // namespace argmap::io::detail
