// Maps with their history as files: native XML or JSON, chosen by format or extension.

#include "argmap/history.hpp"
#include "io/text_input.hpp"

namespace argmap::io {

ParseResult load_history(const std::string& path, History& out, std::optional<Format> format, const ReadLimits& limits) {
    out = History{};
    if (!format) format = format_of(path);
    if (format != Format::xml && format != Format::json)
        return detail::failure(ParseStatus::unsupported, path, 0, 0,
                               "a history is kept in native XML (.xml, .argmap) or JSON (.json) files only");
    std::string text;
    if (auto r = detail::read_whole_file(path, text, limits.max_bytes); !r) return r;
    return *format == Format::xml ? read_xml(text, out, path, limits) : read_json(text, out, path, limits);
}

void save_history(const History& history, const std::string& path, std::optional<Format> format) {
    if (!format) format = format_of(path);
    if (format != Format::xml && format != Format::json)
        throw WriteError(path + ": a history is kept in native XML (.xml, .argmap) or JSON (.json) files only");
    write_file_atomically(path, *format == Format::xml ? write_xml(history) : write_json(history));
}

}  // namespace argmap::io
