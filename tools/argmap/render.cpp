// argmap render: a map drawn as SVG, PNG or DOT, claims coloured by their grounded label.
#include "cli.hpp"

#include <iostream>
#include <memory>

namespace argmap_cli {

namespace {

struct RenderOptions {
    std::string map, out, from, to, rankdir = "RL";
    bool no_labels = false, no_clusters = false;
    std::size_t wrap = 34;
};

int cmd_render(const RenderOptions& r) {
    const auto map = load(r.map, input_format(r.map, r.from));
    std::optional<argmap::ImageFormat> format;
    if (r.to == "dot") format = argmap::ImageFormat::dot;
    else if (r.to == "svg") format = argmap::ImageFormat::svg;
    else if (r.to == "png") format = argmap::ImageFormat::png;
    else if (!is_stdio(r.out)) format = argmap::image_format_of(r.out);
    if (!format)
        throw Failure{is_stdio(r.out) ? "standard output ('-') has no extension: give --to svg, png or dot"
                                      : r.out + ": unknown image extension; expected .svg, .png, .dot or .gv (or give --to)"};
    std::vector<argmap::Label> labels;
    if (!r.no_labels) labels = argmap::evaluate_grounded(map);
    argmap::RenderOptions o;
    o.camp_clusters = !r.no_clusters;
    o.wrap_width = r.wrap;
    o.rankdir = r.rankdir;
    write_output(r.out, argmap::render(map, labels, *format, o));
    if (!is_stdio(r.out)) std::cerr << "wrote " << r.out << "\n";
    return 0;
}

}  // namespace

void add_render(CLI::App& app, Action& action) {
    auto r = std::make_shared<RenderOptions>();
    auto* render = app.add_subcommand("render", "Draw a map as SVG, PNG or DOT (chosen by the output's extension)");
    render->add_option("MAP", r->map, "map file; - reads standard input (give --from)")->required();
    render->add_option("-o,--output", r->out, "output file: .svg, .png, .dot or .gv; - writes standard output (give --to)")->required();
    render->add_option("--from", r->from, "input format: argdown, xml, json, graphml, aif, bag, i23, apx, tgf");
    render->add_option("--to", r->to, "image format when the output's extension does not say: svg, png, dot")
        ->check(CLI::IsMember({"svg", "png", "dot"}));
    render->add_flag("--no-labels", r->no_labels, "do not colour claims by their grounded label");
    render->add_flag("--no-clusters", r->no_clusters, "do not group claims by camp");
    render->add_option("--wrap", r->wrap, "characters per line of claim text")->check(CLI::Range(8, 200))->capture_default_str();
    render->add_option("--rankdir", r->rankdir, "direction of reasons: RL (conclusions left), BT (thesis on top), LR, TB")
        ->check(CLI::IsMember({"RL", "BT", "LR", "TB"}))->capture_default_str();
    render->footer(examples({"argmap render debate.argdown -o debate.svg",
                             "argmap render debate.xml -o debate.png --rankdir BT --no-clusters",
                             "argmap render debate.argdown -o - --to dot | dot -Tpdf > debate.pdf"}));
    render->callback([r, &action] { action = [r] { return cmd_render(*r); }; });
}

}  // namespace argmap_cli
