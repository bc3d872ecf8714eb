// argmap report: one self-contained HTML page to explore a map (diagram, claim panel, every
// semantics and camp as audience precomputed).
#include "cli.hpp"

#include <iostream>
#include <memory>

namespace argmap_cli {

namespace {

struct ReportCliOptions {
    std::string map, out, support = "none", rankdir = "RL";
    std::vector<std::string> semantics, gradual;
    double min_weight = 0, timeout = 10;
    bool no_audiences = false, no_clusters = false;
    std::size_t depth = 6, wrap = 34;
};

int cmd_report(const ReportCliOptions& c) {
    const auto map = load(c.map);
    argmap::ReportOptions o;
    for (const auto& name : c.semantics) {
        const auto s = argmap::parse_semantics(name);
        if (!s) throw Failure{"unknown semantics '" + name + "'"};
        o.semantics.push_back(*s);
    }
    for (const auto& name : c.gradual) {
        const auto g = argmap::parse_gradual(name);
        if (!g) throw Failure{"unknown gradual semantics '" + name + "'"};
        o.gradual.push_back(*g);
    }
    o.projection = projection_for(c.min_weight, c.support, "");
    o.audiences = !c.no_audiences;
    o.timeout = c.timeout;
    o.explanation_depth = c.depth;
    o.render.camp_clusters = !c.no_clusters;
    o.render.wrap_width = c.wrap;
    o.render.rankdir = c.rankdir;
    write_output(c.out, argmap::report_html(map, o));  // '-' is standard output
    std::cerr << "wrote " << c.out << " (" << map.claims().size() << " claims)\n";
    return 0;
}

}  // namespace

void add_report(CLI::App& app, Action& action) {
    auto r = std::make_shared<ReportCliOptions>();
    auto* report = app.add_subcommand("report", "Write one self-contained HTML page to explore a map: diagram, claim panel, "
                                                "every semantics, gradual strengths, camps as audiences, explanations");
    report->add_option("MAP", r->map, "map file")->required();
    report->add_option("-o,--output", r->out, "output .html file")->required();
    report->add_option("--semantics", r->semantics, "extension semantics to offer (default: all that finish in time)");
    report->add_option("--gradual", r->gradual, "gradual semantics to offer (default: h-categorizer ... mlp)");
    report->add_option("--timeout", r->timeout, "seconds per evaluation; semantics without an answer are left out")->capture_default_str()->check(timeout_seconds());
    report->add_option("--support", r->support, "support interpretation: none, deductive, necessary, evidential")->capture_default_str();
    report->add_option("--min-weight", r->min_weight, "leave out relations lighter than this")->check(CLI::Range(0.0, 1.0));
    report->add_flag("--no-audiences", r->no_audiences, "do not evaluate each camp as an audience");
    report->add_option("--depth", r->depth, "levels of reasons in explanations")->capture_default_str();
    report->add_flag("--no-clusters", r->no_clusters, "do not group claims by camp");
    report->add_option("--wrap", r->wrap, "characters per line of claim text")->check(CLI::Range(8, 200))->capture_default_str();
    report->add_option("--rankdir", r->rankdir, "direction of reasons: RL, BT, LR, TB")
        ->check(CLI::IsMember({"RL", "BT", "LR", "TB"}))->capture_default_str();
    report->callback([r, &action] { action = [r] { return cmd_report(*r); }; });
}

}  // namespace argmap_cli
