// What both fuzz targets share: the read limits for one input and how an input picks its
// format (ARGMAP_FUZZ_FORMAT=<name> fixes it, so real files of that format seed the run;
// otherwise the first byte picks it and the rest is the text).
#pragma once

#include <argmap/io.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <optional>
#include <string_view>

namespace argmap::fuzz {

// Tighter than the defaults so that one input stays within the fuzzer's time and memory
// budget: an i23 header alone may declare up to max_claims arguments, and under ASan a map of
// 81,311 claims took 7.6 s to read and round-trip (libFuzzer reports a unit past 10 s as slow,
// which fails the CI stage under load); 10,000 take about 1 s. Larger maps stay covered by
// tests/test_fuzz_regressions.cpp, which reads the corpus with the default limits.
inline io::ReadLimits input_limits() {
    io::ReadLimits l;
    l.max_claims = 10'000;
    l.max_relations = 1'000'000;
    return l;
}

inline std::optional<io::Format>& fixed_format() {
    static std::optional<io::Format> format;
    return format;
}

/// Reads ARGMAP_FUZZ_FORMAT; exits with 2, naming `target`, when it names no format.
inline void read_fixed_format(const char* target) {
    if (const char* name = std::getenv("ARGMAP_FUZZ_FORMAT"); name && *name) {
        fixed_format() = io::parse_format(name);
        if (!fixed_format()) {
            std::fprintf(stderr, "%s: unknown ARGMAP_FUZZ_FORMAT '%s'\n", target, name);
            std::exit(2);
        }
    }
}

struct Input {
    io::Format format;
    std::string_view text;
};

/// The format and text of one fuzz input; nullopt for an empty input without a fixed format.
inline std::optional<Input> input_of(const std::uint8_t* data, std::size_t size) {
    using io::Format;
    static constexpr Format readable[] = {Format::argdown, Format::xml, Format::json, Format::graphml, Format::aif,
                                          Format::bag, Format::i23, Format::apx, Format::tgf, Format::argdown_json};
    std::string_view text(reinterpret_cast<const char*>(data), size);
    if (fixed_format()) return Input{*fixed_format(), text};
    if (size == 0) return std::nullopt;
    text.remove_prefix(1);
    return Input{readable[data[0] % std::size(readable)], text};
}

}  // namespace argmap::fuzz
