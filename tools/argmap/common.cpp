// Shared helpers of the argmap CLI.
#include "cli.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <initializer_list>
#include <iterator>

namespace argmap_cli {

std::string read_input(const std::string& path) {
    if (!is_stdio(path)) {
        std::string text;
        std::FILE* f = std::fopen(path.c_str(), "rb");
        if (!f) throw Failure{path + ": error: cannot open file: " + std::strerror(errno)};
        char chunk[65536];
        for (std::size_t k; (k = std::fread(chunk, 1, sizeof chunk, f)) > 0;) text.append(chunk, k);
        const bool failed = std::ferror(f);
        std::fclose(f);
        if (failed) throw Failure{path + ": error: cannot read file"};
        return text;
    }
    std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    if (std::cin.bad()) throw Failure{"<stdin>: error: cannot read standard input"};
    return text;
}

std::optional<argmap::io::Format> input_format(const std::string& path, const std::string& from) {
    if (auto f = format_named(from)) return f;
    if (is_stdio(path)) throw Failure{"standard input ('-') has no extension: give its format with --from FORMAT"};
    return argmap::io::format_of(path);
}

void write_output(const std::string& path, std::string_view bytes) {
    if (!is_stdio(path)) return argmap::io::write_file_atomically(path, bytes);
    std::cout.flush();
    if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size() || std::fflush(stdout) != 0)
        throw Failure{std::string("standard output: ") + std::strerror(errno)};
}

std::string examples(std::initializer_list<const char*> lines) {
    std::string out = "\nExamples:\n";
    for (const char* l : lines) out += std::string("  ") + l + "\n";
    return out;
}

argmap::ArgumentMap load_text(std::string_view text, argmap::io::Format format, std::string_view name) {
    argmap::ArgumentMap map;
    const auto r = argmap::io::read_map(text, format, map, name);
    for (const auto& w : r.warnings) std::cerr << w.to_string() << " (warning)\n";
    if (!r) throw Failure{r.description()};
    return map;
}

argmap::ArgumentMap load(const std::string& path, std::optional<argmap::io::Format> format) {
    if (is_stdio(path)) {
        if (!format) throw Failure{"standard input ('-') has no extension: give its format with --from FORMAT"};
        return load_text(read_input(path), *format, "<stdin>");
    }
    argmap::ArgumentMap map;
    const auto r = argmap::io::load_map(path, map, format);
    for (const auto& w : r.warnings) std::cerr << w.to_string() << " (warning)\n";
    if (!r) throw Failure{r.description()};
    return map;
}

std::string clip(std::string_view s, std::size_t width) {
    std::string out;
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if ((c & 0xC0) != 0x80) {
            if (n == width) return out + "…";
            ++n;
        }
        out += (s[i] == '\n' || s[i] == '\t') ? ' ' : s[i];
    }
    return out;
}

std::string pad(std::string s, std::size_t width) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    if (n < width) s.append(width - n, ' ');
    return s;
}

std::string join(const std::vector<std::string>& v, const char* sep) {
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i) out += (i ? sep : "") + v[i];
    return out;
}

CLI::Validator timeout_seconds() {
    return CLI::Validator(
        [](std::string& text) -> std::string {
            double v = 0;
            if (!CLI::detail::lexical_cast(text, v) || !(v >= 0)) return "a number of seconds >= 0 (0: no limit), not '" + text + "'";
            return {};
        },
        "SECONDS");
}


argmap::ProjectionOptions projection_for(double min_weight, const std::string& support_name, const std::string& camp) {
    argmap::ProjectionOptions opts;
    opts.min_relation_weight = min_weight;
    const auto support = argmap::parse_support_interpretation(support_name);
    if (!support) throw Failure{"unknown support interpretation '" + support_name + "'; expected none, deductive, necessary or evidential"};
    opts.support = *support;
    opts.audience = camp;
    return opts;
}

std::optional<argmap::io::Format> format_named(const std::string& name) {
    if (name.empty()) return std::nullopt;
    auto f = argmap::io::parse_format(name);
    if (!f) throw Failure{"unknown format '" + name + "'; expected argdown, argdown-json (read only), xml, json, graphml, aif, bag, i23, apx or tgf"};
    return f;
}

}  // namespace argmap_cli
