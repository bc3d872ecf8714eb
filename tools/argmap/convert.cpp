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
    const auto source = input_format(c.in, c.from);
    auto target = format_named(c.to);
    if (!target && !is_stdio(c.out)) target = argmap::io::format_of(c.out);
    if (!target) throw Failure{(is_stdio(c.out) ? std::string("standard output ('-')") : c.out) + ": unknown file extension; use --to FORMAT"};
    // Read once (standard input cannot be read twice): the map, and the history a native XML or
    // JSON input may carry, kept when the target can hold it, noted otherwise.
    const std::string text = is_stdio(c.in) ? read_input(c.in) : std::string();
    const auto map = is_stdio(c.in) ? load_text(text, *source, "<stdin>") : load(c.in, source);
    for (const auto& item : argmap::io::lost_in(map, *target))
        std::cerr << "note: " << argmap::io::to_string(*target) << " cannot carry " << item << "\n";
    argmap::History history;
    if (source && (*source == argmap::io::Format::xml || *source == argmap::io::Format::json)) {
        const auto r = !is_stdio(c.in) ? argmap::io::load_history(c.in, history, source)
                       : *source == argmap::io::Format::xml ? argmap::io::read_xml(text, history, "<stdin>")
                                                             : argmap::io::read_json(text, history, "<stdin>");
        if (!r) {
            std::cerr << "note: the history is not kept: " << r.description() << "\n";
            history = {};
        }
    }
    const bool keeps_history = *target == argmap::io::Format::xml || *target == argmap::io::Format::json;
    if (!history.empty() && !keeps_history)
        std::cerr << "note: " << argmap::io::to_string(*target) << " cannot carry the history (" << history.size()
                  << " revisions); only the current state is written\n";
    const std::string bytes = !history.empty() && keeps_history
                                  ? (*target == argmap::io::Format::xml ? argmap::io::write_xml(history) : argmap::io::write_json(history))
                                  : argmap::io::write_map(map, *target);
    write_output(c.out, bytes);
    std::cerr << "wrote " << (is_stdio(c.out) ? std::string("standard output") : c.out) << " (" << map.claims().size() << " claims, "
              << map.relations().size() << " relations, " << map.camps().size() << " camps"
              << (!history.empty() && keeps_history ? ", " + std::to_string(history.size()) + " revisions" : std::string()) << ")\n";
    return 0;
}

}  // namespace

void add_convert(CLI::App& app, Action& action) {
    auto c = std::make_shared<ConvertOptions>();
    auto* convert = app.add_subcommand("convert", "Convert a map between formats (by extension or --from/--to)");
    convert->add_option("IN", c->in, "input map; - reads standard input (give --from)")->required();
    convert->add_option("OUT", c->out, "output map: .argdown .xml .json .graphml .aif .bag .af .apx .tgf; - writes standard output (give --to)")->required();
    convert->add_option("--from", c->from, "input format: argdown, argdown-json, xml, json, graphml, aif, bag, i23, apx, tgf");
    convert->add_option("--to", c->to, "output format (same names)");
    convert->footer(examples({"argmap convert debate.argdown debate.xml",
                              "argmap convert debate.xml debate.graphml        # notes what GraphML cannot carry",
                              "argmap convert map.json out.aif --to aif",
                              "cat debate.argdown | argmap convert - - --from argdown --to json | jq .claims"}));
    convert->callback([c, &action] { action = [c] { return cmd_convert(*c); }; });
}

}  // namespace argmap_cli
