// Python bindings (pybind11) over the public C++ API: load, inspect, edit, evaluate, draw and
// convert maps; solve ICCMA tasks on abstract frameworks.
#include <argmap/argmap.hpp>
#include <argmap/whatif.hpp>
#include <argmap/history.hpp>
#include <argmap/timeline.hpp>
#include <argmap/explain_extension.hpp>

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

namespace py = pybind11;
using namespace argmap;

namespace {

ArgumentMap load(const std::string& path, const std::string& format) {
    ArgumentMap map;
    std::optional<io::Format> f;
    if (!format.empty()) {
        f = io::parse_format(format);
        if (!f) throw py::value_error("unknown format '" + format + "'");
    }
    const auto r = io::load_map(path, map, f);
    if (!r) throw py::value_error(r.description());
    return map;
}

ArgumentMap parse(const std::string& text, const std::string& format) {
    const auto f = io::parse_format(format);
    if (!f) throw py::value_error("unknown format '" + format + "'");
    ArgumentMap map;
    const auto r = io::read_map(text, *f, map, "<string>");
    if (!r) throw py::value_error(r.description());
    return map;
}

ProjectionOptions options(const std::string& support, const std::string& camp, double min_weight) {
    ProjectionOptions o;
    const auto s = parse_support_interpretation(support);
    if (!s) throw py::value_error("unknown support interpretation '" + support + "'");
    o.support = *s;
    o.audience = camp;
    o.min_relation_weight = min_weight;
    return o;
}

// {claim id: label or acceptance status}
py::dict evaluate_map(const ArgumentMap& map, const std::string& semantics, const std::string& support,
                      const std::string& camp, double min_weight) {
    const auto s = parse_semantics(semantics);
    if (!s) throw py::value_error("unknown semantics '" + semantics + "'");
    const auto ev = evaluate(map, *s, options(support, camp, min_weight));
    py::dict out;
    for (std::size_t i = 0; i < map.claims().size(); ++i)
        out[py::str(map.claims()[i].id)] = ev.labels.empty() ? std::string(to_string(ev.acceptance[i]))
                                                             : std::string(to_string(ev.labels[i]));
    return out;
}

py::dict gradual_map(const ArgumentMap& map, const std::string& name, const std::string& method) {
    const auto s = parse_gradual(name);
    if (!s) throw py::value_error("unknown gradual semantics '" + name + "'");
    GradualOptions o;
    if (method == "exact") o.method = GradualMethod::exact;
    else if (method == "discrete") o.method = GradualMethod::discrete;
    else if (method == "continuous") o.method = GradualMethod::continuous;
    else if (method != "auto") throw py::value_error("method is auto, exact, discrete or continuous");
    const auto r = evaluate_gradual(map, *s, o);
    if (!r.converged) throw std::runtime_error(r.message);
    py::dict out;
    for (std::size_t i = 0; i < map.claims().size(); ++i) out[py::str(map.claims()[i].id)] = r.strength[i];
    return out;
}

// ICCMA-style task on an abstract framework file; returns (answer, witness or None), or the
// list of extensions (EE), or the count (CE).
py::object solve(const std::string& problem, const std::string& path, const std::string& argument) {
    const auto dash = problem.find('-');
    const std::string kind = problem.substr(0, dash);
    const auto sem = dash == std::string::npos ? std::nullopt : parse_semantics(problem.substr(dash + 1));
    if (!sem) throw py::value_error("unknown problem '" + problem + "'");
    const auto fmt = io::af_format_of(path);
    if (!fmt) throw py::value_error(path + ": expected .af, .i23, .apx or .tgf");
    io::NamedFramework nf;
    if (auto r = io::read_af_file(path, *fmt, nf); !r) throw py::value_error(r.description());
    auto name = [&](arg_t a) { return nf.names.empty() ? std::to_string(a + 1) : nf.names[a]; };
    auto names = [&](std::span<const arg_t> e) {
        std::vector<std::string> v;
        for (arg_t a : e) v.push_back(name(a));
        return v;
    };
    auto decision = [&](const Decision& d) -> py::object {
        if (d.answer == Answer::unknown) return py::none();
        return py::make_tuple(d.answer == Answer::yes, d.witness ? py::cast(names(*d.witness)) : py::none());
    };
    if (kind == "DC" || kind == "DS") {
        arg_t a = 0;
        bool found = false;
        for (arg_t x = 0; x < nf.framework.size() && !found; ++x)
            if (name(x) == argument) {
                a = x;
                found = true;
            }
        if (!found) throw py::value_error("unknown argument '" + argument + "'");
        return decision(kind == "DC" ? credulous(nf.framework, *sem, a) : sceptical(nf.framework, *sem, a));
    }
    if (kind == "SE") return decision(some_extension(nf.framework, *sem));
    if (kind == "EE") {
        std::vector<std::vector<std::string>> all;
        enumerate_extensions(nf.framework, *sem, [&](std::span<const arg_t> e) {
            all.push_back(names(e));
            return true;
        });
        return py::cast(all);
    }
    if (kind == "CE") return py::cast(count_extensions(nf.framework, *sem).count);
    throw py::value_error("unknown problem '" + problem + "'");
}


// ---- claim tracking (history, revisions, timelines) ----

// Operation is a std::variant, which pybind11's stl casters would unpack; Python sees it whole.
struct PyOperation {
    Operation op;
};
std::vector<PyOperation> wrap(const std::vector<Operation>& ops) {
    std::vector<PyOperation> out;
    for (const auto& o : ops) out.push_back({o});
    return out;
}

py::dict status_dict(const ClaimStatus& s) {
    py::dict d;
    d["present"] = s.present;
    d["label"] = s.label ? py::object(py::str(std::string(to_string(*s.label)))) : py::object(py::none());
    d["acceptance"] = s.acceptance ? py::object(py::str(std::string(to_string(*s.acceptance)))) : py::object(py::none());
    d["strength"] = s.strength ? py::object(py::float_(*s.strength)) : py::object(py::none());
    return d;
}

TimelineOptions timeline_options(const std::optional<std::string>& semantics, const std::optional<std::string>& gradual,
                                 const std::string& support, const std::string& camp, double min_weight) {
    TimelineOptions o;
    o.semantics.reset();
    if (semantics) {
        o.semantics = parse_semantics(*semantics);
        if (!o.semantics) throw py::value_error("unknown semantics '" + *semantics + "'");
    }
    if (gradual) {
        o.gradual = parse_gradual(*gradual);
        if (!o.gradual) throw py::value_error("unknown gradual semantics '" + *gradual + "'");
    }
    if (!o.semantics && !o.gradual) throw py::value_error("give semantics, gradual or both");
    o.projection = options(support, camp, min_weight);
    return o;
}

// A revision reference: an int (number of revisions; 0 is the empty map) or a string (id,
// id prefix, number or ISO 8601 date).
std::size_t resolve_ref(const History& h, const py::object& ref) {
    std::optional<std::size_t> n;
    if (py::isinstance<py::int_>(ref)) {
        const long long k = ref.cast<long long>();
        if (k >= 0 && static_cast<std::size_t>(k) <= h.size()) n = static_cast<std::size_t>(k);
    } else {
        n = h.resolve(ref.cast<std::string>());
    }
    if (!n) throw py::key_error("no revision " + py::str(ref).cast<std::string>());
    return *n;
}

History history_or_raise(const io::ParseResult& r, History h) {
    if (!r) throw py::value_error(r.description());
    return h;
}

}  // namespace

// ---- what-if and causes (include/argmap/whatif.hpp) ----
namespace {

EvaluationSpec spec_of(const std::string& semantics, const std::string& gradual, double min_weight, const std::string& camp) {
    EvaluationSpec spec;
    spec.projection = options("none", camp, min_weight);
    if (!gradual.empty()) {
        spec.gradual = parse_gradual(gradual);
        if (!spec.gradual) throw py::value_error("unknown gradual semantics '" + gradual + "'");
        return spec;
    }
    const auto s = parse_semantics(semantics);
    if (!s) throw py::value_error("unknown semantics '" + semantics + "'");
    spec.semantics = *s;
    return spec;
}

py::object status_value(const std::optional<EvaluatedStatus>& s, bool gradual) {
    if (!s) return py::none();
    if (gradual) return py::float_(s->strength);
    return py::str(to_string(*s, false));
}

// {claim id: (before, after)} for the claims the edits would move; None where a claim is absent.
py::dict whatif_map(const ArgumentMap& map, const std::vector<std::string>& retract,
                    const std::vector<std::pair<std::string, std::string>>& attack,
                    const std::vector<std::pair<std::string, std::string>>& support, const std::vector<std::string>& remove_relation,
                    const std::map<std::string, double>& weight, const std::string& semantics, const std::string& gradual,
                    double min_weight, const std::string& camp) {
    const EvaluationSpec spec = spec_of(semantics, gradual, min_weight, camp);
    std::vector<Edit> edits;
    for (const auto& [a, b] : attack) edits.push_back(Edit::attack(a, b));
    for (const auto& [a, b] : support) edits.push_back(Edit::support(a, b));
    for (const auto& [id, w] : weight)
        edits.push_back(map.find_relation(id) ? Edit::relation_weight(id, w) : Edit::claim_weight(id, w));
    for (const auto& r : remove_relation) edits.push_back(Edit::remove_relation(r));
    for (const auto& c : retract) edits.push_back(Edit::retract(c));
    WhatIf w;
    try {
        w = what_if(map, edits, spec);
    } catch (const ModelError& e) {
        throw py::value_error(e.what());
    }
    py::dict out;
    for (const auto& c : w.changes)
        out[py::str(c.claim)] = py::make_tuple(status_value(c.before, spec.gradual.has_value()), status_value(c.after, spec.gradual.has_value()));
    return out;
}

// [{claim, before, after, causes: [[change, ...], ...], joint}] for the conclusions that changed.
py::list causes_of(const ArgumentMap& before, const ArgumentMap& after, const std::string& semantics, const std::string& gradual,
                   double min_weight, const std::string& camp, std::size_t max_set) {
    CausesOptions o;
    o.spec = spec_of(semantics, gradual, min_weight, camp);
    o.max_set = max_set;
    const Causes c = causes(before, after, o);
    const bool g = o.spec.gradual.has_value();
    py::list out;
    for (const auto& x : c.conclusions) {
        py::dict d;
        d["claim"] = x.claim;
        d["before"] = status_value(x.before, g);
        d["after"] = status_value(x.after, g);
        py::list sets;
        for (const auto& set : x.causes) {
            py::list names;
            for (std::size_t k : set) names.append(c.changes[k].description);
            sets.append(names);
        }
        d["causes"] = sets;
        d["joint"] = x.joint;
        out.append(d);
    }
    return out;
}

void bind_whatif(py::module_& m) {
    auto map_class = py::reinterpret_borrow<py::class_<ArgumentMap>>(m.attr("Map"));
    map_class.def("whatif", &whatif_map, py::arg("retract") = std::vector<std::string>{},
                  py::arg("attack") = std::vector<std::pair<std::string, std::string>>{},
                  py::arg("support") = std::vector<std::pair<std::string, std::string>>{},
                  py::arg("remove_relation") = std::vector<std::string>{}, py::arg("weight") = std::map<std::string, double>{},
                  py::arg("semantics") = "grounded", py::arg("gradual") = "", py::arg("min_weight") = 0.0, py::arg("camp") = "",
                  "Claims that hypothetical edits would move, {id: (before, after)}; the map is not changed. "
                  "weight maps a relation or claim id to its new weight.");
    m.def("causes", &causes_of, py::arg("before"), py::arg("after"), py::arg("semantics") = "grounded", py::arg("gradual") = "",
          py::arg("min_weight") = 0.0, py::arg("camp") = "", py::arg("max_set") = 3,
          "Per conclusion whose status changed between two maps: the changes that, undone, restore it.");
}

}  // namespace
// ---- end of what-if and causes ----

// ---- explanations under extension semantics ----
namespace {

void bind_explain(py::module_& m) {
    auto map_class = py::reinterpret_borrow<py::class_<ArgumentMap>>(m.attr("Map"));
    map_class.def("explain", [](const ArgumentMap& map, const std::string& claim, const std::string& semantics,
                                const std::string& camp, const std::string& support, double min_weight) {
        const auto s = parse_semantics(semantics);
        if (!s) throw py::value_error("unknown semantics '" + semantics + "'");
        if (!map.claim_index(claim)) throw py::key_error("unknown claim '" + claim + "'");
        const auto x = explain_claim(map, claim, *s, options(support, camp, min_weight));
        py::dict out = py::module_::import("json").attr("loads")(to_json(x));
        out["text"] = to_text(x);
        return out;
    }, py::arg("claim"), py::arg("semantics") = "grounded", py::arg("camp") = "", py::arg("support") = "none",
       py::arg("min_weight") = 0.0,
       "Why a claim is accepted or rejected under a semantics (and camp as audience): a dict with the verdict, "
       "the certificate extension, the dispute tree of the smallest defence, per-attacker witnesses, the defeater, "
       "... by claim id, as `argmap explain --json` prints it, plus 'text' (the readable explanation).");
}

}  // namespace
// ---- end of explanations ----

PYBIND11_MODULE(argmap, m) {
    m.doc() = "argmap: argument maps, argumentation semantics and diagrams";
    m.attr("__version__") = std::string(version());

    py::class_<Claim>(m, "Claim")
        .def(py::init<>())
        .def_readwrite("id", &Claim::id)
        .def_readwrite("text", &Claim::text)
        .def_property(
            "kind", [](const Claim& c) { return std::string(to_string(c.kind)); },
            [](Claim& c, const std::string& k) {
                auto kind = parse_claim_kind(k);
                if (!kind) throw py::value_error("unknown kind '" + k + "'");
                c.kind = *kind;
            })
        .def_readwrite("camps", &Claim::camps)
        .def_readwrite("weight", &Claim::weight)
        .def_readwrite("tags", &Claim::tags)
        .def_readwrite("group", &Claim::group)
        .def_readwrite("values", &Claim::values)
        .def_property(
            "locator", [](const Claim& c) { return c.provenance.locator; }, [](Claim& c, std::string v) { c.provenance.locator = std::move(v); })
        .def_property(
            "source", [](const Claim& c) { return c.provenance.source; }, [](Claim& c, std::string v) { c.provenance.source = std::move(v); })
        .def("__repr__", [](const Claim& c) { return "<Claim " + c.id + ">"; });

    py::class_<Relation>(m, "Relation")
        .def_readonly("id", &Relation::id)
        .def_property_readonly("type", [](const Relation& r) { return std::string(to_string(r.type)); })
        .def_readonly("source", &Relation::source)
        .def_readonly("target", &Relation::target)
        .def_readonly("weight", &Relation::weight)
        .def("__repr__", [](const Relation& r) { return "<Relation " + r.id + ": " + r.source + " " + std::string(to_string(r.type)) + " " + r.target + ">"; });

    py::class_<Camp>(m, "Camp")
        .def_readonly("id", &Camp::id)
        .def_readonly("name", &Camp::name)
        .def_readonly("color", &Camp::color)
        .def_readonly("preferences", &Camp::preferences);

    py::register_exception<ModelError>(m, "ModelError", PyExc_ValueError);

    py::class_<ArgumentMap>(m, "Map")
        .def(py::init<>())
        .def_property("title", &ArgumentMap::title, &ArgumentMap::set_title)
        .def_property_readonly("claims", [](const ArgumentMap& a) { return std::vector<Claim>(a.claims().begin(), a.claims().end()); })
        .def_property_readonly("relations", [](const ArgumentMap& a) { return std::vector<Relation>(a.relations().begin(), a.relations().end()); })
        .def_property_readonly("camps", [](const ArgumentMap& a) { return std::vector<Camp>(a.camps().begin(), a.camps().end()); })
        .def("claim", [](const ArgumentMap& a, const std::string& id) {
            const Claim* c = a.find_claim(id);
            if (!c) throw py::key_error(id);
            return *c;
        })
        .def("add_camp", [](ArgumentMap& a, std::string id, std::string name, std::string color) {
            a.add_camp({std::move(id), std::move(name), "", std::move(color), {}});
        }, py::arg("id"), py::arg("name") = "", py::arg("color") = "")
        .def("add_claim", [](ArgumentMap& a, std::string id, std::string text, std::string kind, std::vector<std::string> camps, double weight) {
            Claim c;
            c.id = std::move(id);
            c.text = std::move(text);
            auto k = parse_claim_kind(kind);
            if (!k) throw py::value_error("unknown kind '" + kind + "'");
            c.kind = *k;
            c.camps = std::move(camps);
            c.weight = weight;
            a.add_claim(std::move(c));
        }, py::arg("id"), py::arg("text") = "", py::arg("kind") = "claim", py::arg("camps") = std::vector<std::string>{}, py::arg("weight") = 1.0)
        .def("add_relation", [](ArgumentMap& a, std::string type, std::string source, std::string target, double weight, std::string id) {
            Relation r;
            auto t = parse_relation_type(type);
            if (!t) throw py::value_error("unknown relation type '" + type + "'");
            r.type = *t;
            r.source = std::move(source);
            r.target = std::move(target);
            r.weight = weight;
            r.id = std::move(id);
            return a.add_relation(std::move(r)).id;
        }, py::arg("type"), py::arg("source"), py::arg("target"), py::arg("weight") = 1.0, py::arg("id") = "")
        .def("remove_claim", &ArgumentMap::remove_claim)
        .def("evaluate", &evaluate_map, py::arg("semantics") = "grounded", py::arg("support") = "none", py::arg("camp") = "",
             py::arg("min_weight") = 0.0,
             "Label (grounded, ideal, eager) or acceptance status (others) of every claim, by id.")
        .def("gradual", &gradual_map, py::arg("semantics") = "df-quad", py::arg("method") = "auto",
             "Strength in [0,1] of every claim, by id; raises RuntimeError when it does not converge.")
        .def("to", [](const ArgumentMap& a, const std::string& format) {
            const auto f = io::parse_format(format);
            if (!f) throw py::value_error("unknown format '" + format + "'");
            return io::write_map(a, *f);
        }, py::arg("format"), "The map as text in a format (argdown, xml, json, graphml, aif, bag, i23, apx, tgf).")
        .def("save", [](const ArgumentMap& a, const std::string& path) { io::save_map(a, path); })
        .def("render", [](const ArgumentMap& a, const std::string& path, bool labels) {
            std::vector<Label> l;
            if (labels) l = evaluate_grounded(a);
            render_file(a, l, path);
        }, py::arg("path"), py::arg("labels") = true, "Draw to .svg, .png or .dot.")
        .def("__eq__", [](const ArgumentMap& a, const ArgumentMap& b) { return a == b; })
        .def("__len__", [](const ArgumentMap& a) { return a.claims().size(); });

    m.def("load", &load, py::arg("path"), py::arg("format") = "", "Read a map; the format comes from the extension unless given.");
    m.def("parse", &parse, py::arg("text"), py::arg("format") = "argdown", "Read a map from text.");
    m.def("solve", &solve, py::arg("problem"), py::arg("path"), py::arg("argument") = "",
          "ICCMA task such as 'DC-PR' on an .af/.apx/.tgf file: (answer, witness) for DC/DS/SE, a list for EE, an int for CE.");

    // ---- claim tracking ----
    py::register_exception<HistoryError>(m, "HistoryError", PyExc_ValueError);

    py::class_<PyOperation>(m, "Operation", "One invertible edit of a map (add/remove/edit/move a claim, relation or camp; title; metadata).")
        .def_property_readonly("kind", [](const PyOperation& o) { return std::string(kind_name(o.op)); })
        .def("inverse", [](const PyOperation& o) { return PyOperation{inverse(o.op)}; })
        .def("__str__", [](const PyOperation& o) { return describe(o.op); })
        .def("__repr__", [](const PyOperation& o) { return "<Operation " + describe(o.op) + ">"; })
        .def("__eq__", [](const PyOperation& a, const PyOperation& b) { return a.op == b.op; });

    py::class_<Revision>(m, "Revision")
        .def_readonly("id", &Revision::id)
        .def_readonly("timestamp", &Revision::timestamp)
        .def_readonly("author", &Revision::author)
        .def_readonly("message", &Revision::message)
        .def_property_readonly("operations", [](const Revision& r) { return wrap(r.operations); })
        .def("__repr__", [](const Revision& r) { return "<Revision " + r.id + " " + r.timestamp + " (" + std::to_string(r.operations.size()) + " operations)>"; });

    py::class_<Timeline>(m, "Timeline", "Every claim's status at every revision.")
        .def_readonly("revisions", &Timeline::revisions)
        .def_readonly("timestamps", &Timeline::timestamps)
        .def_readonly("claims", &Timeline::claims)
        .def_readonly("evaluations", &Timeline::evaluations)
        .def("status", [](const Timeline& t, const std::string& claim) {
            const auto* row = t.row(claim);
            if (!row) throw py::key_error(claim);
            py::list out;
            for (const auto& s : *row) out.append(status_dict(s));
            return out;
        }, py::arg("claim"), "One dict per revision: present, label, acceptance, strength.")
        .def("changes", [](const Timeline& t, const std::string& claim) {
            if (!t.row(claim)) throw py::key_error(claim);
            py::list out;
            for (const auto& c : t.changes(claim)) out.append(py::make_tuple(t.revisions[c.revision], status_dict(c.before), status_dict(c.after)));
            return out;
        }, py::arg("claim"), "(revision id, before, after) for every revision where the claim's status changed.")
        .def("svg", [](const Timeline& t, const std::string& claim) {
            if (!t.row(claim)) throw py::key_error(claim);
            return timeline_svg(t, claim);
        }, py::arg("claim"), "The claim's strip chart as SVG text.");

    py::class_<History>(m, "History", "A map's revisions from the empty map; head is the current state.")
        .def(py::init<>())
        .def("__len__", &History::size)
        .def_property_readonly("revisions", [](const History& h) { return std::vector<Revision>(h.revisions().begin(), h.revisions().end()); })
        .def_property_readonly("head", [](const History& h) { return h.head(); })
        .def("checkout", [](const History& h, const py::object& ref) { return h.checkout(resolve_ref(h, ref)); }, py::arg("revision"),
             "The map after a revision: a number of revisions (0 = empty), an id, an id prefix or an ISO 8601 date.")
        .def("commit", [](History& h, const ArgumentMap& map, const std::string& message, const std::string& author,
                          const std::string& timestamp, bool allow_empty) -> py::object {
            const Revision* r = h.commit(map, {author, message, timestamp, {}}, allow_empty);
            return r ? py::cast(*r) : py::none();
        }, py::arg("map"), py::arg("message") = "", py::arg("author") = "", py::arg("timestamp") = "", py::arg("allow_empty") = false,
           "Record the map as a new revision; None when nothing changed (unless allow_empty).")
        .def("timeline", [](const History& h, std::optional<std::string> semantics, std::optional<std::string> gradual,
                            const std::string& support, const std::string& camp, double min_weight) {
            return timeline(h, timeline_options(semantics, gradual, support, camp, min_weight));
        }, py::arg("semantics") = std::optional<std::string>("grounded"), py::arg("gradual") = std::nullopt, py::arg("support") = "none",
           py::arg("camp") = "", py::arg("min_weight") = 0.0)
        .def("to", [](const History& h, const std::string& format) {
            if (format == "xml") return io::write_xml(h);
            if (format == "json") return io::write_json(h);
            throw py::value_error("a history is written as xml or json");
        }, py::arg("format"))
        .def("save", [](const History& h, const std::string& path) { io::save_history(h, path); }, py::arg("path"))
        .def("__eq__", [](const History& a, const History& b) { return a == b; });

    m.def("load_history", [](const std::string& path) {
        History h;
        auto r = io::load_history(path, h);
        return history_or_raise(r, std::move(h));
    }, py::arg("path"), "A map's history from its .xml or .json file (empty when the file has none).");
    m.def("parse_history", [](const std::string& text, const std::string& format) {
        History h;
        io::ParseResult r;
        if (format == "xml") r = io::read_xml(text, h, "<string>");
        else if (format == "json") r = io::read_json(text, h, "<string>");
        else throw py::value_error("a history is read from xml or json");
        return history_or_raise(r, std::move(h));
    }, py::arg("text"), py::arg("format") = "xml");
    m.def("git_history", &git_history, py::arg("path"),
          "The file's versions in its git repository: one revision per commit on HEAD's first-parent line that changed it.");
    py::type::of<ArgumentMap>().attr("apply") = py::cpp_function(
        [](ArgumentMap& a, const PyOperation& o) { argmap::apply(a, o.op); }, py::is_method(py::type::of<ArgumentMap>()), py::arg("operation"),
        "Apply an operation (HistoryError when the map is not in the state it expects).");
    py::type::of<ArgumentMap>().attr("revert") = py::cpp_function(
        [](ArgumentMap& a, const PyOperation& o) { argmap::revert(a, o.op); }, py::is_method(py::type::of<ArgumentMap>()), py::arg("operation"),
        "Undo an operation.");
    m.def("operations_between", [](const ArgumentMap& a, const ArgumentMap& b) { return wrap(operations_between(a, b)); }, py::arg("before"), py::arg("after"),
          "The operations that turn one map into the other (claims by id, relations by type and ends).");
    py::register_exception<io::WriteError>(m, "WriteError", PyExc_IOError);
    py::register_exception<RenderError>(m, "RenderError", PyExc_RuntimeError);
    bind_whatif(m);
    bind_explain(m);
}
