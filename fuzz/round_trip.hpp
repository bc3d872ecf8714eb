// The read-write-read property of fuzz/fuzz_round_trip.cpp, shared with its regression test
// (tests/test_fuzz_regressions.cpp). For a map some reader accepted, every writer must either
// refuse with WriteError (the format cannot hold the map) or write text its own reader accepts.
// Native XML and JSON give back the same map; any other format that lost_in() says loses
// nothing gives back every claim (id and text) and as many relations (it may add data of its
// own, e.g. AIF's s-node ids).
#pragma once

#include <argmap/io.hpp>

#include <optional>
#include <string>

namespace argmap::fuzz {

/// The first violation of the property, or nullopt.
inline std::optional<std::string> round_trip_failure(const ArgumentMap& map) {
    using io::Format;
    for (Format w : {Format::argdown, Format::xml, Format::json, Format::graphml, Format::aif, Format::bag, Format::i23,
                     Format::apx, Format::tgf}) {
        const std::string name(to_string(w));
        std::string out;
        try {
            out = io::write_map(map, w);
        } catch (const io::WriteError&) {
            continue;  // the format cannot hold this map, and said so
        }
        ArgumentMap back;
        const auto r = io::read_map(out, w, back, "written");
        if (!r) return name + ": our reader refuses what our writer wrote: " + r.description();
        if (w == Format::xml || w == Format::json) {
            if (!(back == map)) return name + ": the native format did not give back the same map";
            continue;
        }
        if (!io::lost_in(map, w).empty()) continue;
        if (back.relations().size() != map.relations().size())
            return name + ": lost_in() reports no loss but relations went from " + std::to_string(map.relations().size()) +
                   " to " + std::to_string(back.relations().size());
        for (const auto& c : map.claims()) {
            const Claim* b = back.find_claim(c.id);
            if (!b) return name + ": lost_in() reports no loss but claim '" + c.id + "' is missing";
            if (b->text != c.text) return name + ": lost_in() reports no loss but claim '" + c.id + "' has another text";
        }
    }
    return std::nullopt;
}

}  // namespace argmap::fuzz
