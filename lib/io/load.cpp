// Reading whole files, positions, and the entry points that pick a format by file name.
#include <cerrno>
#include <cstring>
#include <cstdio>
#include <fstream>

#include "io/text_input.hpp"

namespace argmap::io {

namespace detail {

ParseResult read_whole_file(const std::string& path, std::string& out) {
    // One allocation of the file's size and one read: no stream buffer copies.
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return failure(ParseStatus::file_error, path, 0, 0, std::string("cannot open file: ") + std::strerror(errno));
    std::string data;
    if (std::fseek(f, 0, SEEK_END) == 0) {
        const long size = std::ftell(f);
        if (size > 0) data.resize(static_cast<std::size_t>(size));
        std::rewind(f);
    }
    std::size_t got = data.empty() ? 0 : std::fread(data.data(), 1, data.size(), f);
    data.resize(got);
    // Pipes and files that grew: read the rest in chunks.
    char chunk[65536];
    for (std::size_t k; (k = std::fread(chunk, 1, sizeof chunk, f)) > 0;) data.append(chunk, k);
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

ParseStatus status_of(const ModelError& e) noexcept {
    const std::string_view w = e.what();
    if (w.find("duplicate") != std::string_view::npos || w.find("repeats") != std::string_view::npos)
        return ParseStatus::duplicate_id;
    if (w.find("unknown") != std::string_view::npos) return ParseStatus::unknown_reference;
    return ParseStatus::invalid_value;
}

ParseResult read_map_file(const std::string& path, ArgumentMap& out, MapReader reader) {
    std::string text;
    if (auto r = read_whole_file(path, text); !r) {
        out = ArgumentMap{};
        return r;
    }
    return reader(text, out, path);
}

}  // namespace detail

std::optional<Format> format_of(std::string_view path) noexcept {
    auto ends = [&](std::string_view ext) {
        if (path.size() < ext.size()) return false;
        auto tail = path.substr(path.size() - ext.size());
        for (std::size_t i = 0; i < ext.size(); ++i)
            if (std::tolower(static_cast<unsigned char>(tail[i])) != ext[i]) return false;
        return true;
    };
    if (ends(".argdown") || ends(".ad")) return Format::argdown;
    if (ends(".xml") || ends(".argmap")) return Format::xml;
    if (ends(".bag")) return Format::bag;
    return std::nullopt;
}

ParseResult load_map(const std::string& path, ArgumentMap& out) {
    const auto f = format_of(path);
    if (!f)
        return detail::failure(ParseStatus::unsupported, path, 0, 0,
                               "unknown file extension; expected .argdown, .ad, .xml, .argmap or .bag");
    switch (*f) {
    case Format::argdown: return read_argdown_file(path, out);
    case Format::xml: return read_xml_file(path, out);
    case Format::bag: return read_bag_file(path, out);
    }
    return read_xml_file(path, out);
}

void save_map(const ArgumentMap& map, const std::string& path) {
    const auto f = format_of(path);
    if (!f) throw WriteError(path + ": unknown file extension; expected .argdown, .ad, .xml, .argmap or .bag");
    const std::string text = *f == Format::xml ? write_xml(map) : *f == Format::bag ? write_bag(map) : write_argdown(map);
    std::ofstream out(path, std::ios::binary);
    if (!out) throw WriteError(path + ": cannot open for writing: " + std::strerror(errno));
    out << text;
    if (!out.flush()) throw WriteError(path + ": write failed");
}

}  // namespace argmap::io
