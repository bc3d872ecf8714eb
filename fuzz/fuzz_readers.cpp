// libFuzzer target for every map reader. A reader must either fail with a diagnostic and leave
// the map empty, or give a map that the native XML and JSON writers round-trip exactly (read,
// write, read back, compare equal). Build and run: see fuzz/README.md.
//
// With ARGMAP_FUZZ_FORMAT=<name> (argdown, xml, json, graphml, aif, bag, i23, apx, tgf,
// argdown-json) every input is read in that format, so a corpus of real files of that format
// seeds it; without it the first byte of an input picks the format and the rest is the text.
#include "fuzz_input.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string_view>

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    argmap::fuzz::read_fixed_format("fuzz_readers");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using argmap::io::Format;
    const auto in = argmap::fuzz::input_of(data, size);
    if (!in) return 0;
    argmap::ArgumentMap map;
    const auto r = argmap::io::read_map(in->text, in->format, map, "fuzz", argmap::fuzz::input_limits());
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
