// libFuzzer target for every map reader. The first byte picks the format; the rest is the
// input. A reader must either fail with a diagnostic or give a map that the native XML and
// JSON writers round-trip exactly. Build: see fuzz/README.md.
#include <argmap/io.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    using argmap::io::Format;
    static constexpr Format formats[] = {Format::argdown, Format::xml, Format::json, Format::graphml, Format::aif,
                                         Format::bag, Format::i23, Format::apx, Format::tgf, Format::argdown_json};
    const Format f = formats[data[0] % std::size(formats)];
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    argmap::ArgumentMap map;
    const auto r = argmap::io::read_map(text, f, map, "fuzz");
    if (!r) {
        if (!map.empty()) std::abort();  // a failed read leaves the output empty
        if (r.description().empty()) std::abort();
        return 0;
    }
    for (Format lossless : {Format::xml, Format::json}) {
        argmap::ArgumentMap back;
        const auto r2 = argmap::io::read_map(argmap::io::write_map(map, lossless), lossless, back, "again");
        if (!r2 || !(back == map)) std::abort();
    }
    return 0;
}
