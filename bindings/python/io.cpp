// Reading and writing maps in every format (include/argmap/io.hpp) and drawing them
// (render.hpp). A reader's failure raises argmap.ParseError (file, line, column, element,
// status); its warnings are issued as argmap.ParseWarning.
#include "bindings.hpp"

namespace argmap::python {

namespace {

io::Format format_named(const std::string& name) {
    const auto f = io::parse_format(name);
    if (!f) throw py::value_error("unknown format '" + name + "' (argdown, xml, json, graphml, aif, bag, i23, apx, tgf, argdown-json)");
    return *f;
}

ArgumentMap load(const std::string& path, const std::optional<std::string>& format) {
    std::optional<io::Format> f;
    if (format && !format->empty()) f = format_named(*format);
    ArgumentMap map;
    io::ParseResult r;
    {
        py::gil_scoped_release release;
        r = io::load_map(path, map, f);
    }
    check(r);
    return map;
}

ArgumentMap parse(const std::string& text, const std::string& format, const std::string& filename) {
    const io::Format f = format_named(format);
    ArgumentMap map;
    io::ParseResult r;
    {
        py::gil_scoped_release release;
        r = io::read_map(text, f, map, filename);
    }
    check(r);
    return map;
}

// labels: True (grounded), False (none), or {claim id: label or acceptance status} such as an
// Evaluation (sceptical reads as in, credulous as undec, rejected as out).
std::vector<Label> labels_for(const ArgumentMap& map, const py::object& labels) {
    if (py::isinstance<py::bool_>(labels)) {
        if (!labels.cast<bool>()) return {};
        py::gil_scoped_release release;
        return evaluate_grounded(map);
    }
    if (labels.is_none()) return {};
    const py::dict d = labels.cast<py::dict>();
    std::vector<Label> out(map.claims().size(), Label::undec);
    for (std::size_t i = 0; i < map.claims().size(); ++i) {
        const py::str id(map.claims()[i].id);
        if (!d.contains(id) || d[id].is_none()) continue;  // None: undecided (an Evaluation cut short)
        const std::string v = py::str(d[id]);
        if (v == "in" || v == "sceptical") out[i] = Label::in;
        else if (v == "out" || v == "rejected") out[i] = Label::out;
        else if (v == "undec" || v == "credulous") out[i] = Label::undec;
        else throw py::value_error("label of '" + std::string(id) + "': in, out, undec, sceptical, credulous or rejected, not '" + v + "'");
    }
    return out;
}

RenderOptions render_options(std::size_t wrap_width, bool camp_clusters, std::string rankdir, std::string layout) {
    RenderOptions o;
    o.wrap_width = wrap_width;
    o.camp_clusters = camp_clusters;
    o.rankdir = std::move(rankdir);
    o.layout = std::move(layout);
    return o;
}

std::string render_as(const ArgumentMap& map, const py::object& labels, ImageFormat format, std::size_t wrap_width, bool camp_clusters,
                      const std::string& rankdir, const std::string& layout) {
    const auto l = labels_for(map, labels);
    const RenderOptions o = render_options(wrap_width, camp_clusters, rankdir, layout);
    py::gil_scoped_release release;
    return render(map, l, format, o);
}

}  // namespace

void bind_io(py::module_& m) {
    py::register_exception<io::WriteError>(m, "WriteError", PyExc_IOError);
    py::register_exception<RenderError>(m, "RenderError", PyExc_RuntimeError);
    m.attr("FORMATS") = py::make_tuple("argdown", "xml", "json", "graphml", "aif", "bag", "i23", "apx", "tgf", "argdown-json");

    m.def("load", &load, py::arg("path"), py::arg("format") = py::none(),
          "Read a map; the format comes from the extension unless given. Raises ParseError (a ValueError) naming file, line "
          "and column; warnings come as ParseWarning.");
    m.def("parse", &parse, py::arg("text"), py::arg("format") = "argdown", py::arg("filename") = "<string>",
          "Read a map from text; filename is what errors name.");
    m.def("plain_text", [](const std::string& s) { return plain_text(s); }, py::arg("markdown"),
          "The text without inline Markdown (as Argdown's JSON export shows it).");

    auto map = py::reinterpret_borrow<py::class_<ArgumentMap>>(m.attr("Map"));
    constexpr const char* draw_doc = "labels: True (grounded), False, or {claim id: label or status} such as an Evaluation.";
    map.def("to", [](const ArgumentMap& a, const std::string& format) { return io::write_map(a, format_named(format)); }, py::arg("format"),
            "The map as text in a format (argdown, xml, json, graphml, aif, bag, i23, apx, tgf).")
        .def("save", [](const ArgumentMap& a, const std::string& path, const std::optional<std::string>& format) {
            std::optional<io::Format> f;
            if (format && !format->empty()) f = format_named(*format);
            py::gil_scoped_release release;
            io::save_map(a, path, f);
        }, py::arg("path"), py::arg("format") = py::none(), "Write the map; the format comes from the extension unless given. Raises WriteError.")
        .def("lost_in", [](const ArgumentMap& a, const std::string& format) { return io::lost_in(a, format_named(format)); }, py::arg("format"),
             "What the format cannot carry of this map, one line each (empty: nothing is lost).")
        .def("render", [](const ArgumentMap& a, const std::string& path, const py::object& labels, std::size_t wrap_width, bool camp_clusters,
                          const std::string& rankdir, const std::string& layout) {
            const auto l = labels_for(a, labels);
            const RenderOptions o = render_options(wrap_width, camp_clusters, rankdir, layout);
            py::gil_scoped_release release;
            render_file(a, l, path, o);
        }, py::arg("path"), py::arg("labels") = true, py::arg("wrap_width") = 34, py::arg("camp_clusters") = true, py::arg("rankdir") = "RL",
           py::arg("layout") = "dot", (std::string("Draw to .svg, .png or .dot. ") + draw_doc).c_str())
        .def("svg", [](const ArgumentMap& a, const py::object& labels, std::size_t wrap_width, bool camp_clusters, const std::string& rankdir,
                       const std::string& layout) { return render_as(a, labels, ImageFormat::svg, wrap_width, camp_clusters, rankdir, layout); },
             py::arg("labels") = true, py::arg("wrap_width") = 34, py::arg("camp_clusters") = true, py::arg("rankdir") = "RL",
             py::arg("layout") = "dot", (std::string("The diagram as SVG text. ") + draw_doc).c_str())
        .def("dot", [](const ArgumentMap& a, const py::object& labels, std::size_t wrap_width, bool camp_clusters, const std::string& rankdir,
                       const std::string& layout) { return render_as(a, labels, ImageFormat::dot, wrap_width, camp_clusters, rankdir, layout); },
             py::arg("labels") = true, py::arg("wrap_width") = 34, py::arg("camp_clusters") = true, py::arg("rankdir") = "RL",
             py::arg("layout") = "dot", "The diagram as Graphviz DOT text.")
        .def("png", [](const ArgumentMap& a, const py::object& labels, std::size_t wrap_width, bool camp_clusters, const std::string& rankdir,
                       const std::string& layout) {
            return py::bytes(render_as(a, labels, ImageFormat::png, wrap_width, camp_clusters, rankdir, layout));
        }, py::arg("labels") = true, py::arg("wrap_width") = 34, py::arg("camp_clusters") = true, py::arg("rankdir") = "RL",
           py::arg("layout") = "dot", "The diagram as PNG bytes.")
        .def("_repr_svg_", [](const ArgumentMap& a) {
            return render_as(a, py::bool_(true), ImageFormat::svg, 34, true, "RL", "dot");
        }, "Jupyter shows a map as its diagram, coloured by grounded labels.")
        .def("to_networkx", [](const py::object& self) { return py::module_::import("argmap").attr("_to_networkx")(self); },
             "The map as a networkx.MultiDiGraph (needs networkx): a node per claim, an edge per relation keyed by its id; "
             "argmap.from_networkx reads it back.");
}

}  // namespace argmap::python
