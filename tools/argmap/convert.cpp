// argmap convert: a map from one format to another, with a note for what the target cannot carry.
#include "cli.hpp"

#include <iostream>
#include <memory>

namespace argmap_cli {

namespace {

struct ConvertOptions {
    std::string in, out, from, to;
};

int cmd_convert(const ConvertOptions& c) {
    const auto map = load(c.in, format_named(c.from));
    auto target = format_named(c.to);
    if (!target) target = argmap::io::format_of(c.out);
    if (!target) throw Failure{c.out + ": unknown file extension; use --to FORMAT"};
    for (const auto& item : argmap::io::lost_in(map, *target))
        std::cerr << "note: " << argmap::io::to_string(*target) << " cannot carry " << item << "\n";
    // A native XML or JSON input may carry its history: kept when the target can hold it, noted otherwise.
    argmap::History history;
    const auto source = c.from.empty() ? argmap::io::format_of(c.in) : format_named(c.from);
    if (source && (*source == argmap::io::Format::xml || *source == argmap::io::Format::json)) {
        if (const auto r = argmap::io::load_history(c.in, history, source); !r) {
            std::cerr << "note: the history is not kept: " << r.description() << "\n";
            history = {};
        }
    }
    const bool keeps_history = *target == argmap::io::Format::xml || *target == argmap::io::Format::json;
    if (!history.empty() && keeps_history) {
        argmap::io::save_history(history, c.out, target);
    } else {
        if (!history.empty())
            std::cerr << "note: " << argmap::io::to_string(*target) << " cannot carry the history (" << history.size()
                      << " revisions); only the current state is written\n";
        argmap::io::save_map(map, c.out, target);
    }
    std::cerr << "wrote " << c.out << " (" << map.claims().size() << " claims, " << map.relations().size()
              << " relations, " << map.camps().size() << " camps"
              << (!history.empty() && keeps_history ? ", " + std::to_string(history.size()) + " revisions" : std::string()) << ")\n";
    return 0;
}

}  // namespace

void add_convert(CLI::App& app, Action& action) {
    auto c = std::make_shared<ConvertOptions>();
    auto* convert = app.add_subcommand("convert", "Convert a map between formats (by extension or --from/--to)");
    convert->add_option("IN", c->in, "input map")->required();
    convert->add_option("OUT", c->out, "output map: .argdown .xml .json .graphml .aif .bag .af .apx .tgf")->required();
    convert->add_option("--from", c->from, "input format: argdown, argdown-json, xml, json, graphml, aif, bag, i23, apx, tgf");
    convert->add_option("--to", c->to, "output format (same names)");
    convert->callback([c, &action] { action = [c] { return cmd_convert(*c); }; });
}

}  // namespace argmap_cli
