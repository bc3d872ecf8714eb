// libFuzzer target: read, write in every format, read back. Whatever a reader accepts, every
// writer must either write (a WriteError is allowed where the format cannot hold the map) or
// give text its own reader accepts; when lost_in() says the format loses nothing, the map read
// back equals the map written. Anything else aborts: a crash, another exception, a reader
// refusing what its writer wrote, or silent loss.
//
// ARGMAP_FUZZ_FORMAT=<name> fixes the input format (as for fuzz_readers); without it the first
// byte picks the format.
#include <argmap/io.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

namespace {
using argmap::io::Format;
std::optional<Format> fixed_format;

argmap::io::ReadLimits fuzz_limits() {
    argmap::io::ReadLimits l;
    l.max_claims = 100'000;
    l.max_relations = 1'000'000;
    return l;
}

[[noreturn]] void fail(Format written, const std::string& what) {
    std::fprintf(stderr, "fuzz_round_trip: %s: %s\n", std::string(to_string(written)).c_str(), what.c_str());
    std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    if (const char* name = std::getenv("ARGMAP_FUZZ_FORMAT"); name && *name) {
        fixed_format = argmap::io::parse_format(name);
        if (!fixed_format) {
            std::fprintf(stderr, "fuzz_round_trip: unknown ARGMAP_FUZZ_FORMAT '%s'\n", name);
            std::exit(2);
        }
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static constexpr Format readable[] = {Format::argdown, Format::xml, Format::json, Format::graphml, Format::aif,
                                          Format::bag, Format::i23, Format::apx, Format::tgf, Format::argdown_json};
    static constexpr Format writable[] = {Format::argdown, Format::xml, Format::json, Format::graphml, Format::aif,
                                          Format::bag, Format::i23, Format::apx, Format::tgf};
    std::string_view text(reinterpret_cast<const char*>(data), size);
    Format f;
    if (fixed_format) {
        f = *fixed_format;
    } else {
        if (size == 0) return 0;
        f = readable[data[0] % std::size(readable)];
        text.remove_prefix(1);
    }
    argmap::ArgumentMap map;
    if (!argmap::io::read_map(text, f, map, "fuzz", fuzz_limits())) return 0;
    for (Format w : writable) {
        std::string out;
        try {
            out = argmap::io::write_map(map, w);
        } catch (const argmap::io::WriteError&) {
            continue;  // the format cannot hold this map, and said so
        }
        argmap::ArgumentMap back;
        const auto r = argmap::io::read_map(out, w, back, "written");
        if (!r) fail(w, "our reader refuses what our writer wrote: " + r.description());
        if (argmap::io::lost_in(map, w).empty() && !(back == map)) fail(w, "lost_in() reports no loss but the map read back differs");
    }
    return 0;
}
