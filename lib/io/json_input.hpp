// Parsing JSON text with nlohmann-json: nesting capped at 64 levels, errors with line and column.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "io/text_input.hpp"

namespace argmap::io::detail {

/// An error found after parsing, located by a JSON pointer (thrown inside the JSON readers).
struct PathError {
    ParseStatus status;
    std::string path, message;
};

/// The failure a PathError stands for, located by its JSON pointer ("/" for the document).
inline ParseResult failure(const PathError& e, std::string_view filename) {
    return failure(e.status, filename, 0, 0, e.message, e.path.empty() ? "/" : e.path);
}

/// The failure for an nlohmann-json parse_error: `byte` (1-based, the last byte read) as line and
/// column, the message from "parse error" on.
inline ParseResult json_syntax_failure(std::string_view text, std::string_view filename, std::size_t byte, std::string what) {
    const auto lc = line_column(text, byte > 0 ? byte - 1 : 0);
    if (auto p = what.find("parse error"); p != std::string::npos) what = what.substr(p);
    return failure(ParseStatus::syntax_error, filename, lc.line, lc.column, "malformed JSON: " + what);
}

/// The JSON pointer escape of one member name.
inline std::string pointer_token(std::string_view key) {
    std::string out;
    for (char c : key) out += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
    return out;
}

/// A member name given twice in one object: nlohmann-json would keep the last silently.
struct DuplicateMember {
    std::string pointer, key;
};

// Builds the document from nlohmann-json's SAX events (linear: nlohmann 3.11.2's callback parser
// rescans the enclosing container at every object's end, quadratic in an array's length) while
// keeping the path to the value being read: per open object its member names so far and the
// current one, per open array the index of the current element.
template <class Json>
class TrackedDocument {
public:
    explicit TrackedDocument(Json& root) : root_(root) {}

    std::string pointer() const {
        std::string p;
        for (const auto& f : path_) p += "/" + (f.object ? pointer_token(f.keys.empty() ? "" : f.keys.back()) : std::to_string(f.index));
        return p;
    }

    bool null() { return scalar(Json(nullptr)); }
    bool boolean(bool b) { return scalar(Json(b)); }
    bool number_integer(typename Json::number_integer_t n) { return scalar(Json(n)); }
    bool number_unsigned(typename Json::number_unsigned_t n) { return scalar(Json(n)); }
    bool number_float(typename Json::number_float_t d, const typename Json::string_t&) { return scalar(Json(d)); }
    bool string(typename Json::string_t& v) { return scalar(Json(std::move(v))); }
    bool binary(typename Json::binary_t& v) { return scalar(Json::binary(std::move(v))); }
    bool start_object(std::size_t) { return open(Json::object(), true); }
    bool start_array(std::size_t) { return open(Json::array(), false); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(typename Json::string_t& k) {
        auto& keys = path_.back().keys;
        for (const auto& seen : keys)
            if (seen == k) {
                keys.push_back(k);
                throw DuplicateMember{pointer(), k};
            }
        keys.push_back(k);
        return true;
    }
    template <class Exception>
    bool parse_error(std::size_t, const std::string&, const Exception& e) {
        throw e;  // parse_error or out_of_range (a number no double holds), caught by the caller
    }

private:
    struct Frame {
        bool object;
        std::vector<std::string> keys;
        std::size_t index = 0;
    };

    // Puts v where the parse is (the root, the end of the open array, or the open object's
    // current member) and returns where it went.
    Json* place(Json&& v) {
        if (open_.empty()) {
            root_ = std::move(v);
            return &root_;
        }
        Json& c = *open_.back();
        if (c.is_array()) {
            c.push_back(std::move(v));
            return &c.back();
        }
        Json& slot = c[path_.back().keys.back()];
        slot = std::move(v);
        return &slot;
    }
    void element_done() {
        if (!path_.empty() && !path_.back().object) ++path_.back().index;
    }
    // The nesting cap: refuse deep input before it can exhaust a reader's stack.
    void check_depth() const {
        if (open_.size() > 64) throw std::length_error("nesting deeper than 64 levels");
    }
    bool scalar(Json&& v) {
        check_depth();
        place(std::move(v));
        element_done();
        return true;
    }
    bool open(Json&& v, bool object) {
        check_depth();
        open_.push_back(place(std::move(v)));
        path_.push_back({object, {}});
        return true;
    }
    bool close() {
        open_.pop_back();
        path_.pop_back();
        element_done();
        return true;
    }

    Json& root_;
    std::vector<Json*> open_;  // the open containers, innermost last (stable: each lives in its parent, which only grows after it closes)
    std::vector<Frame> path_;
};

template <class Json>
ParseResult parse_json_text(std::string_view text, std::string_view filename, Json& out) {
    if (auto r = check_utf8(text, filename); !r) return r;
    TrackedDocument<Json> doc(out);
    auto pointer = [&doc] { return doc.pointer(); };
    try {
        Json::sax_parse(text.begin(), text.end(), &doc);
    } catch (const typename Json::parse_error& e) {
        return json_syntax_failure(text, filename, e.byte, e.what());
    } catch (const std::length_error& e) {
        // The callback's depth counts the containers above: depth 65 is the 66th level.
        const std::size_t at = json_deeper_than(text, 65);
        const auto lc = line_column(text, at == std::string_view::npos ? 0 : at);
        return failure(ParseStatus::unsupported, filename, lc.line, lc.column, e.what());
    } catch (const DuplicateMember& d) {
        return failure(ParseStatus::invalid_value, filename, 0, 0, "member '" + d.key + "' appears twice in one object", d.pointer);
    } catch (const typename Json::out_of_range& e) {
        // A number no double holds (1e400): nlohmann names the literal, not where it is.
        const std::string_view what = e.what();
        const auto open = what.find('\''), close = what.rfind('\'');
        std::size_t at = std::string_view::npos;
        if (open != std::string_view::npos && close > open) at = text.find(what.substr(open + 1, close - open - 1));
        const auto lc = line_column(text, at == std::string_view::npos ? 0 : at);
        std::string literal = open != std::string_view::npos && close > open ? std::string(what.substr(open + 1, close - open - 1)) : "";
        return failure(ParseStatus::invalid_value, filename, lc.line, lc.column,
                       "number " + literal + " is out of range (expected a finite number)", pointer());
    }
    return {};
}

}  // namespace argmap::io::detail
