// libFuzzer target: read, write in every format, read back (the property is in round_trip.hpp).
// Anything else than what it allows aborts: a crash, another exception, a reader refusing what
// its writer wrote, or silent loss.
//
// ARGMAP_FUZZ_FORMAT=<name> fixes the input format (as for fuzz_readers); without it the first
// byte picks the format.
#include "round_trip.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
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
    if (const auto failure = argmap::fuzz::round_trip_failure(map)) {
        std::fprintf(stderr, "fuzz_round_trip: %s\n", failure->c_str());
        std::abort();
    }
    return 0;
}
