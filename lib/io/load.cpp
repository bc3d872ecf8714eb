// Reading whole files, positions, and the entry points that pick a format by file name.
#include <algorithm>
#include <cerrno>
#include <cctype>
#include <charconv>
#include <cstring>
#include <cstdio>

#include "io/text_input.hpp"

namespace argmap::io {

namespace detail {

ParseResult read_whole_file(const std::string& path, std::string& out, std::size_t max_bytes) {
    // One allocation of the file's size and one read: no stream buffer copies.
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return failure(ParseStatus::file_error, path, 0, 0, std::string("cannot open file: ") + std::strerror(errno));
    auto too_large = [&](std::size_t at_least) {
        std::fclose(f);
        return failure(ParseStatus::limit_exceeded, path, 0, 0,
                       "the input is larger than the limit: " + std::to_string(at_least) + " bytes or more, ReadLimits::max_bytes is " +
                           std::to_string(max_bytes));
    };
    std::string data;
    if (std::fseek(f, 0, SEEK_END) == 0) {
        const long size = std::ftell(f);
        if (size > 0 && static_cast<std::size_t>(size) > max_bytes) return too_large(static_cast<std::size_t>(size));
        if (size > 0) data.resize(static_cast<std::size_t>(size));
        std::rewind(f);
    }
    std::size_t got = data.empty() ? 0 : std::fread(data.data(), 1, data.size(), f);
    data.resize(got);
    // Pipes and files that grew: read the rest in chunks, never past max_bytes.
    char chunk[65536];
    for (std::size_t k; (k = std::fread(chunk, 1, sizeof chunk, f)) > 0;) {
        if (k > max_bytes - std::min(max_bytes, data.size())) return too_large(data.size() + k);
        data.append(chunk, k);
    }
    const bool failed = std::ferror(f);
    std::fclose(f);
    if (failed) return failure(ParseStatus::file_error, path, 0, 0, "cannot read file");
    out = std::move(data);
    return {};
}

LineColumn line_column(std::string_view text, std::size_t offset) noexcept {
    LineColumn lc;
    if (offset > text.size()) offset = text.size();
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++lc.line;
            lc.column = 1;
        } else {
            ++lc.column;
        }
    }
    return lc;
}

ParseResult failure(ParseStatus status, std::string_view file, std::size_t line, std::size_t column,
                    std::string message, std::string element) {
    ParseResult r;
    r.status = status;
    r.error.file = std::string(file);
    r.error.line = line;
    r.error.column = column;
    r.error.element = std::move(element);
    r.error.message = std::move(message);
    return r;
}

ParseResult check_utf8(std::string_view text, std::string_view file) {
    const std::size_t bad = find_invalid_utf8(text);
    if (bad == std::string_view::npos) return {};
    const auto lc = line_column(text, bad);
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[bad]));
    return failure(ParseStatus::invalid_utf8, file, lc.line, lc.column,
                   std::string("invalid UTF-8 byte ") + hex + "; expected UTF-8 text");
}

std::string shortest(double d) {
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d);
    return std::string(buf, end);
}

ParseStatus status_of(const ModelError& e) noexcept {
    const std::string_view w = e.what();
    if (w.find("duplicate") != std::string_view::npos || w.find("repeats") != std::string_view::npos)
        return ParseStatus::duplicate_id;
    if (w.find("unknown") != std::string_view::npos) return ParseStatus::unknown_reference;
    return ParseStatus::invalid_value;
}

/// Defined in aif.cpp.
bool is_aif_json(std::string_view text) noexcept;

}  // namespace detail

namespace {

struct FormatEntry {
    Format format;
    std::string_view name;
    std::initializer_list<std::string_view> extensions;
    detail::MapReader read;
    std::string (*write)(const ArgumentMap&);
};

const FormatEntry formats[] = {
    {Format::argdown, "argdown", {".argdown", ".ad"}, detail::parse_argdown, write_argdown},
    {Format::xml, "xml", {".xml", ".argmap"}, detail::parse_xml, write_xml},
    {Format::aif, "aif", {".aif.json", ".aif"}, detail::parse_aif, write_aif},
    {Format::argdown_json, "argdown-json", {".argdown.json"}, detail::parse_argdown_json, nullptr},
    {Format::json, "json", {".json"}, detail::parse_json, write_json},
    {Format::graphml, "graphml", {".graphml"}, detail::parse_graphml, write_graphml},
    {Format::bag, "bag", {".bag"}, detail::parse_bag, write_bag},
    {Format::i23, "i23", {".i23", ".af"}, detail::parse_i23_map, write_i23},
    {Format::apx, "apx", {".apx"}, detail::parse_apx_map, write_apx},
    {Format::tgf, "tgf", {".tgf"}, detail::parse_tgf_map, write_tgf},
};

const FormatEntry& entry(Format f) {
    for (const auto& e : formats)
        if (e.format == f) return e;
    return formats[0];
}

bool ends_with_ci(std::string_view s, std::string_view ext) {
    if (s.size() < ext.size()) return false;
    auto tail = s.substr(s.size() - ext.size());
    for (std::size_t i = 0; i < ext.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(tail[i])) != ext[i]) return false;
    return true;
}

const char* known_extensions = ".argdown .ad .xml .argmap .json .aif .graphml .bag .af .i23 .apx .tgf";

// Argdown's JSON export: an object whose top-level members include "statements" and
// "arguments" (objects keyed by title). Looks at the top level only, without a full parse.
bool looks_like_argdown_json(std::string_view text) {
    std::size_t depth = 0;
    bool statements = false, arguments = false;
    bool in_string = false;
    std::size_t string_start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') {
                in_string = false;
                if (depth == 1) {
                    std::size_t j = i + 1;
                    while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\r')) ++j;
                    if (j < text.size() && text[j] == ':') {
                        const auto key = text.substr(string_start, i - string_start);
                        statements |= key == "statements";
                        arguments |= key == "arguments";
                        if (statements && arguments) return true;
                    }
                }
            }
            continue;
        }
        if (c == '"') {
            in_string = true;
            string_start = i + 1;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0) return false;
            --depth;
        }
    }
    return false;
}

}  // namespace

std::string_view to_string(Format f) noexcept { return entry(f).name; }

std::optional<Format> parse_format(std::string_view name) noexcept {
    for (const auto& e : formats)
        if (e.name == name) return e.format;
    return std::nullopt;
}

std::optional<Format> format_of(std::string_view path) noexcept {
    for (const auto& e : formats)
        for (auto ext : e.extensions)
            if (ends_with_ci(path, ext)) return e.format;
    return std::nullopt;
}

ParseResult read_map(std::string_view text, Format format, ArgumentMap& out, std::string_view filename,
                     const ReadLimits& limits) {
    return detail::read_limited(text, format, out, filename, limits, entry(format).read);
}

ParseResult load_map(const std::string& path, ArgumentMap& out, std::optional<Format> format, const ReadLimits& limits) {
    if (!format) format = format_of(path);
    if (!format) {
        out = ArgumentMap{};
        return detail::failure(ParseStatus::unsupported, path, 0, 0,
                               std::string("unknown file extension; expected one of ") + known_extensions);
    }
    std::string text;
    if (auto r = detail::read_whole_file(path, text, limits.max_bytes); !r) {
        out = ArgumentMap{};
        return r;
    }
    // A .json file whose top-level object has AIF's "nodes" or xAIF's "AIF" object is AIF.
    if (*format == Format::json && detail::is_aif_json(text)) format = Format::aif;
    else if (*format == Format::json && looks_like_argdown_json(text))
        format = Format::argdown_json;
    return read_map(text, *format, out, path, limits);
}

std::string write_map(const ArgumentMap& map, Format format) {
    if (!entry(format).write)
        throw WriteError(std::string(entry(format).name) + " is read only; write argdown and let `argdown json` export it");
    return entry(format).write(map);
}

void save_map(const ArgumentMap& map, const std::string& path, std::optional<Format> format) {
    if (!format) format = format_of(path);
    if (!format) throw WriteError(path + ": unknown file extension; expected one of " + known_extensions);
    write_file_atomically(path, write_map(map, *format));
}

std::vector<std::string> lost_in(const ArgumentMap& map, Format format) {
    std::vector<std::string> lost;
    std::size_t supports = 0, undercuts = 0, texts = 0, camps_used = 0, prov = 0, tags = 0, weights = 0, rel_weights = 0,
                data = 0, groups = 0, kinds = 0, values = 0, multi_line = 0;
    for (const auto& c : map.claims()) {
        texts += !c.text.empty();
        camps_used += !c.camps.empty();
        prov += !c.provenance.empty();
        tags += !c.tags.empty();
        weights += c.weight != 1.0;
        data += !c.data.empty();
        groups += !c.group.empty();
        kinds += c.kind != ClaimKind::claim;
        values += !c.values.empty();
        // Argdown keeps a text on one line and trims it: line breaks and surrounding blanks change.
        multi_line += c.text.find_first_of("\r\n") != std::string::npos ||
                      (!c.text.empty() && (c.text.front() == ' ' || c.text.front() == '\t' || c.text.back() == ' ' || c.text.back() == '\t'));
    }
    std::size_t predictions = 0;
    for (const auto& c : map.claims()) predictions += c.prediction.has_value();
    std::size_t rel_data = 0, argdown_rel_data = 0;
    for (const auto& r : map.relations()) {
        rel_data += !r.data.empty();
        // Argdown carries its own relation type (contradictory as '><', entails and contrary
        // through the front matter's strict mode), nothing else.
        argdown_rel_data += !r.data.empty() && !(r.data.size() == 1 && r.data.count("argdown:relation-type"));
        supports += r.type == RelationType::support;
        undercuts += r.type == RelationType::undercut;
        rel_weights += r.weight != 1.0;
    }
    auto note = [&](std::size_t n, const char* what) {
        if (n) lost.push_back(std::to_string(n) + " " + what);
    };
    const bool meta = !map.title().empty() || !map.metadata().empty();
    if (format == Format::argdown) note(argdown_rel_data, "relations' free data");
    else if (format != Format::xml && format != Format::json) note(rel_data, "relations' free data");
    switch (format) {
    case Format::xml:
    case Format::json: break;
    case Format::argdown_json: lost.push_back("everything: argdown-json is read only"); break;
    case Format::argdown: {
        note(multi_line, "claim texts with line breaks or surrounding blanks (line breaks become spaces, blanks are trimmed)");
        // An Argdown undercut attacks the inference of the claim it hangs below, which is every
        // relation leaving that claim: one of several cannot be singled out.
        std::size_t ambiguous = 0;
        for (const auto& r : map.relations()) {
            if (r.type != RelationType::undercut) continue;
            const Relation* target = map.find_relation(r.target);
            if (!target || target->type == RelationType::undercut) continue;
            std::size_t leaving = 0;
            for (const Relation* o : map.relations_from(target->source)) leaving += o->type != RelationType::undercut;
            ambiguous += leaving > 1;
        }
        note(ambiguous, "undercuts of one of several relations leaving a claim (Argdown reads them as undercutting each)");
        break;
    }
    case Format::graphml:
        note(undercuts, "undercuts (GraphML edges cannot end on edges)");
        note(data, "claims' free data");
        note(values, "claims' values");
        if (!map.camps().empty()) lost.push_back("camp descriptions and preferences (names and colours are kept)");
        if (!map.metadata().empty()) lost.push_back("map metadata");
        break;
    case Format::aif:
        note(weights, "claim weights");
        note(rel_weights, "relation weights");
        note(tags, "claims' tags");
        note(data, "claims' free data");
        note(groups, "groups");
        note(kinds, "claim kinds other than claim (all I-nodes)");
        note(values, "claims' values");
        note(prov, "provenance");
        note(predictions, "predictions");
        if (!map.camps().empty()) lost.push_back("camp descriptions, colours and preferences (participants keep names)");
        if (meta) lost.push_back("title and metadata");
        break;
    case Format::i23: {
        // i23 numbers its arguments 1..N; other names are written as comments and read as numbers.
        std::size_t renamed = 0;
        for (std::size_t i = 0; i < map.claims().size(); ++i) renamed += map.claims()[i].id != std::to_string(i + 1);
        note(renamed, "claim ids other than their position 1..N (i23 numbers arguments; names stay in comments only)");
        [[fallthrough]];
    }
    case Format::bag:
    case Format::apx:
    case Format::tgf:
        if (format != Format::bag) {
            note(supports, "supports");
            note(weights, "claim weights");
            note(rel_weights, "relation weights");
        }
        note(undercuts, "undercuts");
        note(texts, "claim texts");
        note(kinds, "claim kinds");
        note(camps_used, "claims' camps");
        note(prov, "provenance");
        note(tags, "claims' tags");
        note(data, "claims' free data");
        note(groups, "groups");
        note(values, "claims' values");
        note(predictions, "predictions");
        if (!map.camps().empty()) lost.push_back(std::to_string(map.camps().size()) + " camps");
        if (meta) lost.push_back("title and metadata");
        break;
    }
    return lost;
}

}  // namespace argmap::io
