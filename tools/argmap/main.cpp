// The argmap command line: eval, render, convert. Uses the public API only.
#include <argmap/argmap.hpp>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>

namespace {

struct Failure {
    std::string message;
};

argmap::ArgumentMap load(const std::string& path) {
    argmap::ArgumentMap map;
    const auto r = argmap::io::load_map(path, map);
    for (const auto& w : r.warnings) std::cerr << w.to_string() << " (warning)\n";
    if (!r) throw Failure{r.description()};
    return map;
}

// Cuts to at most `width` code points, adding an ellipsis.
std::string clip(std::string_view s, std::size_t width) {
    std::string out;
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if ((c & 0xC0) != 0x80) {
            if (n == width) return out + "…";
            ++n;
        }
        out += (s[i] == '\n' || s[i] == '\t') ? ' ' : s[i];
    }
    return out;
}

std::string pad(std::string s, std::size_t width) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    if (n < width) s.append(width - n, ' ');
    return s;
}

std::string join(const std::vector<std::string>& v, const char* sep) {
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i) out += (i ? sep : "") + v[i];
    return out;
}

int cmd_eval(const std::string& path, const std::string& format, double min_weight) {
    const auto map = load(path);
    argmap::ProjectionOptions opts;
    opts.min_relation_weight = min_weight;
    const auto labels = argmap::evaluate_grounded(map, opts);
    const auto claims = map.claims();
    std::size_t count[3] = {0, 0, 0};
    for (auto l : labels) ++count[static_cast<int>(l)];
    if (format == "json") {
        nlohmann::ordered_json j;
        j["title"] = map.title();
        j["semantics"] = "grounded";
        j["claims"] = nlohmann::ordered_json::array();
        for (std::size_t i = 0; i < claims.size(); ++i) {
            const auto& c = claims[i];
            nlohmann::ordered_json o;
            o["id"] = c.id;
            o["label"] = std::string(argmap::to_string(labels[i]));
            o["kind"] = std::string(argmap::to_string(c.kind));
            o["camps"] = c.camps;
            o["weight"] = c.weight;
            o["text"] = c.text;
            o["locator"] = c.provenance.locator;
            j["claims"].push_back(std::move(o));
        }
        j["counts"] = {{"in", count[0]}, {"out", count[1]}, {"undec", count[2]}};
        std::cout << j.dump(2) << "\n";
        return 0;
    }
    std::size_t id_w = 2, camp_w = 5;
    for (const auto& c : claims) {
        id_w = std::max(id_w, std::min<std::size_t>(c.id.size(), 28));
        camp_w = std::max(camp_w, std::min<std::size_t>(join(c.camps, ",").size(), 20));
    }
    if (!map.title().empty()) std::cout << map.title() << "\n";
    std::cout << "grounded semantics: " << count[0] << " in, " << count[1] << " out, " << count[2] << " undec\n\n";
    std::cout << pad("LABEL", 6) << pad("ID", id_w + 2) << pad("KIND", 11) << pad("CAMPS", camp_w + 2) << "TEXT\n";
    for (std::size_t i = 0; i < claims.size(); ++i) {
        const auto& c = claims[i];
        std::cout << pad(std::string(argmap::to_string(labels[i])), 6) << pad(clip(c.id, id_w), id_w + 2)
                  << pad(std::string(argmap::to_string(c.kind)), 11) << pad(clip(join(c.camps, ","), camp_w), camp_w + 2)
                  << clip(c.text, 70) << "\n";
    }
    return 0;
}

int cmd_render(const std::string& path, const std::string& out, bool no_labels, bool no_clusters, std::size_t wrap) {
    const auto map = load(path);
    std::vector<argmap::Label> labels;
    if (!no_labels) labels = argmap::evaluate_grounded(map);
    argmap::RenderOptions o;
    o.camp_clusters = !no_clusters;
    o.wrap_width = wrap;
    argmap::render_file(map, labels, out, o);
    std::cerr << "wrote " << out << "\n";
    return 0;
}

int cmd_convert(const std::string& in, const std::string& out) {
    const auto map = load(in);
    argmap::io::save_map(map, out);
    std::cerr << "wrote " << out << " (" << map.claims().size() << " claims, " << map.relations().size()
              << " relations, " << map.camps().size() << " camps)\n";
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"argmap: argument maps, argumentation semantics and diagrams"};
    app.set_version_flag("--version", std::string("argmap ") + std::string(argmap::version()));
    app.require_subcommand(1);

    std::string eval_map, eval_format = "table", eval_semantics = "grounded";
    double min_weight = 0.0;
    auto* eval = app.add_subcommand("eval", "Evaluate a map and print every claim with its label");
    eval->add_option("MAP", eval_map, "map file (.argdown, .ad, .xml, .argmap)")->required();
    eval->add_option("--format", eval_format, "output format")->check(CLI::IsMember({"table", "json"}))->capture_default_str();
    eval->add_option("--semantics", eval_semantics, "extension semantics")->check(CLI::IsMember({"grounded"}))->capture_default_str();
    eval->add_option("--min-weight", min_weight, "leave out relations lighter than this")->check(CLI::Range(0.0, 1.0));

    std::string render_map, render_out;
    bool no_labels = false, no_clusters = false;
    std::size_t wrap = 34;
    auto* render = app.add_subcommand("render", "Draw a map as SVG, PNG or DOT (chosen by the output's extension)");
    render->add_option("MAP", render_map, "map file")->required();
    render->add_option("-o,--output", render_out, "output file: .svg, .png, .dot or .gv")->required();
    render->add_flag("--no-labels", no_labels, "do not colour claims by their grounded label");
    render->add_flag("--no-clusters", no_clusters, "do not group claims by camp");
    render->add_option("--wrap", wrap, "characters per line of claim text")->check(CLI::Range(8, 200))->capture_default_str();

    std::string conv_in, conv_out;
    auto* convert = app.add_subcommand("convert", "Convert a map between formats (by extension)");
    convert->add_option("IN", conv_in, "input map")->required();
    convert->add_option("OUT", conv_out, "output map: .argdown, .ad, .xml or .argmap")->required();

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }
    try {
        if (*eval) return cmd_eval(eval_map, eval_format, min_weight);
        if (*render) return cmd_render(render_map, render_out, no_labels, no_clusters, wrap);
        if (*convert) return cmd_convert(conv_in, conv_out);
    } catch (const Failure& f) {
        std::cerr << "argmap: " << f.message << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "argmap: error: " << e.what() << "\n";
        return 1;
    }
    return 2;
}
