// libFuzzer target: read, write in every format, read back (the property is in round_trip.hpp).
// Anything else than what it allows aborts: a crash, another exception, a reader refusing what
// its writer wrote, or silent loss.
//
// ARGMAP_FUZZ_FORMAT=<name> fixes the input format (as for fuzz_readers); without it the first
// byte picks the format.
#include "fuzz_input.hpp"
#include "round_trip.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string_view>

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    argmap::fuzz::read_fixed_format("fuzz_round_trip");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto in = argmap::fuzz::input_of(data, size);
    if (!in) return 0;
    argmap::ArgumentMap map;
    if (!argmap::io::read_map(in->text, in->format, map, "fuzz", argmap::fuzz::input_limits())) return 0;
    if (const auto failure = argmap::fuzz::round_trip_failure(map)) {
        std::fprintf(stderr, "fuzz_round_trip: %s\n", failure->c_str());
        std::abort();
    }
    return 0;
}
