// libFuzzer target for every map reader. A reader must either fail with a diagnostic and leave
// the map empty, or give a map that the native XML and JSON writers round-trip exactly (read,
// write, read back, compare equal). Build and run: see fuzz/README.md.
//
// With ARGMAP_FUZZ_FORMAT=<name> (argdown, xml, json, graphml, aif, bag, i23, apx, tgf,
// argdown-json) every input is read in that format, so a corpus of real files of that format
// seeds it; without it the first byte of an input picks the format and the rest is the text.
#include <argmap/io.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string_view>

namespace {
std::optional<argmap::io::Format> fixed_format;

// Tighter than the defaults so that one input stays within the fuzzer's time and memory
// budget (an i23 header alone may declare up to max_claims arguments).
argmap::io::ReadLimits fuzz_limits() {
    argmap::io::ReadLimits l;
    l.max_claims = 100'000;
    l.max_relations = 1'000'000;
    return l;
}
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    if (const char* name = std::getenv("ARGMAP_FUZZ_FORMAT"); name && *name) {
        fixed_format = argmap::io::parse_format(name);
        if (!fixed_format) {
            std::fprintf(stderr, "fuzz_readers: unknown ARGMAP_FUZZ_FORMAT '%s'\n", name);
            std::exit(2);
        }
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using argmap::io::Format;
    static constexpr Format formats[] = {Format::argdown, Format::xml, Format::json, Format::graphml, Format::aif,
                                         Format::bag, Format::i23, Format::apx, Format::tgf, Format::argdown_json};
    std::string_view text(reinterpret_cast<const char*>(data), size);
    Format f;
    if (fixed_format) {
        f = *fixed_format;
    } else {
        if (size == 0) return 0;
        f = formats[data[0] % std::size(formats)];
        text.remove_prefix(1);
    }
    argmap::ArgumentMap map;
    const auto r = argmap::io::read_map(text, f, map, "fuzz", fuzz_limits());
    if (!r) {
        if (!map.empty()) std::abort();  // a failed read leaves the output empty
        if (r.description().empty()) std::abort();
        return 0;
    }
    for (Format lossless : {Format::xml, Format::json}) {
        argmap::ArgumentMap back;
        const auto r2 = argmap::io::read_map(argmap::io::write_map(map, lossless), lossless, back, "again");
        if (!r2 || !(back == map)) {
            std::fprintf(stderr, "fuzz_readers: %s round trip failed: %s\n", std::string(to_string(lossless)).c_str(),
                         r2.description().c_str());
            std::abort();
        }
    }
    return 0;
}
