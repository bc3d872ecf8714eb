// ReadLimits: the caps every reader enforces, and the public read_* entry points that put
// them around the format parsers. What can be seen in the text (size, nesting, i23's "p af N")
// is checked before parsing, so no parser allocates or recurses past a limit; what only a parse
// reveals (claims, relations, text lengths) is checked on the map it built.
#include <string>
#include <vector>

#include "io/text_input.hpp"

namespace argmap::io::detail {

namespace {

constexpr std::size_t json_reader_depth = 64;  // json_input.hpp and aif.cpp

ParseResult past_limit(std::string_view text, std::string_view file, std::size_t offset, const std::string& what,
                       const char* limit, std::size_t value) {
    const auto lc = line_column(text, offset);
    return failure(ParseStatus::limit_exceeded, file, lc.line, lc.column,
                   what + "; ReadLimits::" + limit + " is " + std::to_string(value));
}

// JSON: arrays and objects outside strings.
// XML: open elements, skipping comments, CDATA, processing instructions and declarations.
std::size_t xml_too_deep_at(std::string_view s, std::size_t max_depth) {
    std::size_t depth = 0;
    auto skip_past = [&](std::size_t from, std::string_view end) {
        const std::size_t k = s.find(end, from);
        return k == std::string_view::npos ? s.size() : k + end.size();
    };
    for (std::size_t i = s.find('<'); i < s.size(); i = s.find('<', i)) {
        const std::string_view rest = s.substr(i);
        if (rest.starts_with("<!--")) {
            i = skip_past(i + 4, "-->");
        } else if (rest.starts_with("<![CDATA[")) {
            i = skip_past(i + 9, "]]>");
        } else if (rest.starts_with("<?")) {
            i = skip_past(i + 2, "?>");
        } else if (rest.starts_with("<!")) {  // DOCTYPE, with an internal subset in brackets
            std::size_t k = i + 2, brackets = 0;
            for (; k < s.size(); ++k) {
                if (s[k] == '[') ++brackets;
                else if (s[k] == ']' && brackets) --brackets;
                else if (s[k] == '>' && !brackets) break;
            }
            i = k + 1;
        } else if (rest.starts_with("</")) {
            if (depth) --depth;
            i = skip_past(i + 2, ">");
        } else {
            const std::size_t start = i;
            char quote = 0;
            std::size_t k = i + 1;
            for (; k < s.size(); ++k) {
                if (quote) {
                    if (s[k] == quote) quote = 0;
                } else if (s[k] == '"' || s[k] == '\'') {
                    quote = s[k];
                } else if (s[k] == '>') {
                    break;
                }
            }
            const bool self_closing = k < s.size() && s[k - 1] == '/';
            if (!self_closing && ++depth > max_depth) return start;
            i = k + 1;
        }
    }
    return std::string_view::npos;
}

// Argdown: brackets of YAML flow collections in the front matter and in {...} data, counted
// per paragraph (yaml-cpp parses them recursively), and levels of indentation (the reader
// descends one statement and one relation block per level). Returns the first offending
// bracket, or the first character of the first line indented one level too deep.
std::size_t argdown_too_deep_at(std::string_view s, std::size_t max_depth) {
    std::size_t brackets = 0;
    std::vector<std::size_t> widths{0};  // indentation widths of the open levels
    for (std::size_t pos = 0; pos < s.size();) {
        std::size_t end = s.find('\n', pos);
        if (end == std::string_view::npos) end = s.size();
        const std::string_view line = s.substr(pos, end - pos);
        const std::size_t width = line.find_first_not_of(" \t\r");
        if (width == std::string_view::npos) {
            brackets = 0;
        } else {
            while (widths.size() > 1 && widths.back() > width) widths.pop_back();
            if (width > widths.back()) {
                widths.push_back(width);
                if (widths.size() - 1 > max_depth) return pos + width;
            }
        }
        for (std::size_t k = 0; k < line.size(); ++k) {
            if (line[k] == '\\') {  // an escaped bracket opens nothing
                ++k;
            } else if (line[k] == '{' || line[k] == '[') {
                if (++brackets > max_depth) return pos + k;
            } else if ((line[k] == '}' || line[k] == ']') && brackets) {
                --brackets;
            }
        }
        pos = end + 1;
    }
    return std::string_view::npos;
}

// i23: the declared number of arguments, before the reader allocates for it.
ParseResult check_i23_header(std::string_view text, std::string_view file, const ReadLimits& limits) {
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        std::size_t k = 0;
        while (k < line.size() && (line[k] == ' ' || line[k] == '\t')) ++k;
        if (k < line.size() && line[k] == 'p') {
            std::size_t d = line.find_first_of("0123456789", k);
            if (d == std::string_view::npos) return {};
            std::size_t n = 0, digits = 0;
            for (std::size_t j = d; j < line.size() && line[j] >= '0' && line[j] <= '9'; ++j, ++digits) {
                if (digits > 19) break;
                n = n * 10 + static_cast<std::size_t>(line[j] - '0');
            }
            if (digits > 19 || n > limits.max_claims)
                return past_limit(text, file, pos + d, "'p af " + std::string(line.substr(d, std::min<std::size_t>(digits, 20))) +
                                  "' declares more arguments than the limit", "max_claims", limits.max_claims);
            return {};
        }
        if (k < line.size() && line[k] != '#') return {};  // the reader reports the missing header
        pos = end + 1;
    }
    return {};
}

}  // namespace

ParseResult check_input_limits(std::string_view text, Format format, std::string_view file, const ReadLimits& limits) {
    if (text.size() > limits.max_bytes)
        return failure(ParseStatus::limit_exceeded, file, 0, 0,
                       "the input is " + std::to_string(text.size()) + " bytes; ReadLimits::max_bytes is " +
                           std::to_string(limits.max_bytes));
    std::size_t at = std::string_view::npos;
    switch (format) {
    case Format::json:
    case Format::aif:
    case Format::argdown_json:
        // The JSON readers refuse more than json_reader_depth levels themselves, with their own
        // message and JSON pointer; the scan adds only a smaller cap.
        if (limits.max_depth < json_reader_depth) at = json_deeper_than(text, limits.max_depth);
        break;
    case Format::xml:
    case Format::graphml: at = xml_too_deep_at(text, limits.max_depth); break;
    case Format::argdown: at = argdown_too_deep_at(text, limits.max_depth); break;
    case Format::i23: return check_i23_header(text, file, limits);
    case Format::bag:
    case Format::apx:
    case Format::tgf: break;  // flat: nothing nests
    }
    if (at != std::string_view::npos)
        return past_limit(text, file, at, "nesting deeper than " + std::to_string(limits.max_depth) + " levels", "max_depth",
                          limits.max_depth);
    return {};
}

ParseResult check_map_limits(const ArgumentMap& map, std::string_view file, const ReadLimits& limits) {
    auto fail = [&](const std::string& what, const char* limit, std::size_t value) {
        return failure(ParseStatus::limit_exceeded, file, 0, 0, what + "; ReadLimits::" + limit + " is " + std::to_string(value));
    };
    const auto& claims = map.claims();
    if (claims.size() > limits.max_claims)
        return fail(std::to_string(claims.size()) + " claims, the first past the limit is '" +
                        claims[limits.max_claims].id.substr(0, 80) + "'",
                    "max_claims", limits.max_claims);
    const auto& relations = map.relations();
    if (relations.size() > limits.max_relations)
        return fail(std::to_string(relations.size()) + " relations, the first past the limit is '" +
                        relations[limits.max_relations].id.substr(0, 80) + "'",
                    "max_relations", limits.max_relations);
    for (const Claim& c : claims) {
        if (c.id.size() > limits.max_text_bytes)
            return fail("a claim id of " + std::to_string(c.id.size()) + " bytes ('" + c.id.substr(0, 40) + "...')", "max_text_bytes",
                        limits.max_text_bytes);
        if (c.text.size() > limits.max_text_bytes)
            return fail("the text of claim '" + c.id.substr(0, 80) + "' is " + std::to_string(c.text.size()) + " bytes",
                        "max_text_bytes", limits.max_text_bytes);
    }
    for (const Relation& r : relations)
        if (r.id.size() > limits.max_text_bytes)
            return fail("a relation id of " + std::to_string(r.id.size()) + " bytes ('" + r.id.substr(0, 40) + "...')",
                        "max_text_bytes", limits.max_text_bytes);
    return {};
}

ParseResult check_framework_limits(const Framework& af, std::string_view file, const ReadLimits& limits) {
    auto fail = [&](const std::string& what, const char* limit, std::size_t value) {
        return failure(ParseStatus::limit_exceeded, file, 0, 0, what + "; ReadLimits::" + limit + " is " + std::to_string(value));
    };
    if (af.size() > limits.max_claims)
        return fail(std::to_string(af.size()) + " arguments", "max_claims", limits.max_claims);
    if (af.attack_count() > limits.max_relations)
        return fail(std::to_string(af.attack_count()) + " attacks", "max_relations", limits.max_relations);
    return {};
}

ParseResult read_limited(std::string_view text, Format format, ArgumentMap& out, std::string_view file,
                         const ReadLimits& limits, MapReader parse) {
    if (auto r = check_input_limits(text, format, file, limits); !r) {
        out = ArgumentMap{};
        return r;
    }
    ParseResult r = parse(text, out, file);
    if (!r) return r;
    if (auto lr = check_map_limits(out, file, limits); !lr) {
        out = ArgumentMap{};
        lr.warnings = std::move(r.warnings);
        return lr;
    }
    return r;
}

}  // namespace argmap::io::detail

namespace argmap::io {

// ---- the public readers: limits around each format's parser ----

#define ARGMAP_LIMITED_READER(name, format)                                                                  \
    ParseResult read_##name(std::string_view text, ArgumentMap& out, std::string_view filename,              \
                            const ReadLimits& limits) {                                                      \
        return detail::read_limited(text, Format::format, out, filename, limits, detail::parse_##name);      \
    }
ARGMAP_LIMITED_READER(argdown, argdown)
ARGMAP_LIMITED_READER(xml, xml)
ARGMAP_LIMITED_READER(json, json)
ARGMAP_LIMITED_READER(graphml, graphml)
ARGMAP_LIMITED_READER(aif, aif)
ARGMAP_LIMITED_READER(argdown_json, argdown_json)
ARGMAP_LIMITED_READER(bag, bag)
ARGMAP_LIMITED_READER(i23_map, i23)
ARGMAP_LIMITED_READER(apx_map, apx)
ARGMAP_LIMITED_READER(tgf_map, tgf)
#undef ARGMAP_LIMITED_READER

ParseResult read_argdown_file(const std::string& path, ArgumentMap& out, const ReadLimits& limits) {
    return load_map(path, out, Format::argdown, limits);
}
ParseResult read_xml_file(const std::string& path, ArgumentMap& out, const ReadLimits& limits) {
    return load_map(path, out, Format::xml, limits);
}
ParseResult read_bag_file(const std::string& path, ArgumentMap& out, const ReadLimits& limits) {
    return load_map(path, out, Format::bag, limits);
}

}  // namespace argmap::io
