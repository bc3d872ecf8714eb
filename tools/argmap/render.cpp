// argmap render: a map drawn as SVG, PNG or DOT, claims coloured by their grounded label.
#include "cli.hpp"

#include <iostream>
#include <memory>

namespace argmap_cli {

namespace {

struct RenderOptions {
    std::string map, out, rankdir = "RL";
    bool no_labels = false, no_clusters = false;
    std::size_t wrap = 34;
};

int cmd_render(const RenderOptions& r) {
    const auto map = load(r.map);
    std::vector<argmap::Label> labels;
    if (!r.no_labels) labels = argmap::evaluate_grounded(map);
    argmap::RenderOptions o;
    o.camp_clusters = !r.no_clusters;
    o.wrap_width = r.wrap;
    o.rankdir = r.rankdir;
    argmap::render_file(map, labels, r.out, o);
    std::cerr << "wrote " << r.out << "\n";
    return 0;
}

}  // namespace

void add_render(CLI::App& app, Action& action) {
    auto r = std::make_shared<RenderOptions>();
    auto* render = app.add_subcommand("render", "Draw a map as SVG, PNG or DOT (chosen by the output's extension)");
    render->add_option("MAP", r->map, "map file")->required();
    render->add_option("-o,--output", r->out, "output file: .svg, .png, .dot or .gv")->required();
    render->add_flag("--no-labels", r->no_labels, "do not colour claims by their grounded label");
    render->add_flag("--no-clusters", r->no_clusters, "do not group claims by camp");
    render->add_option("--wrap", r->wrap, "characters per line of claim text")->check(CLI::Range(8, 200))->capture_default_str();
    render->add_option("--rankdir", r->rankdir, "direction of reasons: RL (conclusions left), BT (thesis on top), LR, TB")
        ->check(CLI::IsMember({"RL", "BT", "LR", "TB"}))->capture_default_str();
    render->callback([r, &action] { action = [r] { return cmd_render(*r); }; });
}

}  // namespace argmap_cli
