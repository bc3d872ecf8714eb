// Shared helpers of the argmap CLI.
#include "cli.hpp"

#include <iostream>

namespace argmap_cli {

argmap::ArgumentMap load(const std::string& path, std::optional<argmap::io::Format> format) {
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

argmap::Limits limits_for(double timeout) {
    argmap::Limits limits;
    if (timeout > 0)
        limits.deadline = std::chrono::steady_clock::now() +
                          std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(timeout));
    return limits;
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
