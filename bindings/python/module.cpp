// Python bindings (pybind11) over the public C++ API: load, inspect, edit, evaluate, draw and
// convert maps; solve ICCMA tasks on abstract frameworks.
#include <argmap/argmap.hpp>
#include <argmap/whatif.hpp>
#include <argmap/history.hpp>
#include <argmap/timeline.hpp>
#include <argmap/explain_extension.hpp>

#include "bindings.hpp"

namespace py = pybind11;
using namespace argmap;
using namespace argmap::python;

namespace {

// Predictions: the Prediction class, Claim.prediction, Map.set_prediction and Map.predictions.
void add_predictions(py::module_& m) {
    py::class_<Prediction>(m, "Prediction")
        .def(py::init([](std::string horizon, std::string status, std::string resolved_on, std::vector<std::string> evidence,
                         std::string note) {
                 Prediction p;
                 p.horizon = std::move(horizon);
                 auto s = parse_prediction_status(status);
                 if (!s) throw py::value_error("unknown status '" + status + "'; expected open, held or failed");
                 p.status = *s;
                 p.resolved_on = std::move(resolved_on);
                 p.evidence = std::move(evidence);
                 p.note = std::move(note);
                 return p;
             }),
             py::arg("horizon"), py::arg("status") = "open", py::arg("resolved_on") = "",
             py::arg("evidence") = std::vector<std::string>{}, py::arg("note") = "")
        .def_readwrite("horizon", &Prediction::horizon)
        .def_property(
            "status", [](const Prediction& p) { return std::string(to_string(p.status)); },
            [](Prediction& p, const std::string& v) {
                auto s = parse_prediction_status(v);
                if (!s) throw py::value_error("unknown status '" + v + "'; expected open, held or failed");
                p.status = *s;
            })
        .def_readwrite("resolved_on", &Prediction::resolved_on)
        .def_readwrite("evidence", &Prediction::evidence)
        .def_readwrite("note", &Prediction::note)
        .def("__eq__", [](const Prediction& a, const Prediction& b) { return a == b; })
        .def("__repr__", [](const Prediction& p) { return "<Prediction " + p.horizon + " " + std::string(to_string(p.status)) + ">"; });
    auto claim = py::reinterpret_borrow<py::class_<Claim>>(m.attr("Claim"));
    claim.def_readwrite("prediction", &Claim::prediction, "a Prediction, or None");
    auto map = py::reinterpret_borrow<py::class_<ArgumentMap>>(m.attr("Map"));
    map.def("set_prediction", [](ArgumentMap& a, const std::string& id, std::optional<Prediction> p) {
        const Claim* c = a.find_claim(id);
        if (!c) throw py::key_error(id);
        Claim copy = *c;
        copy.prediction = std::move(p);
        a.update_claim(std::move(copy));
    }, py::arg("claim"), py::arg("prediction"), "Mark a claim as a prediction (or None to unmark); validated by the map.");
    map.def("predictions", [](const ArgumentMap& a, std::optional<std::string> as_of, const std::string& support, const std::string& camp) {
        const auto r = predictions(a, as_of ? *as_of : today_iso(), projection_options(support, camp, 0));
        auto entries = [](const std::vector<PredictionEntry>& list) {
            py::list out;
            for (const auto& e : list) {
                py::dict d;
                d["claim"] = e.claim;
                d["label"] = std::string(to_string(e.label));
                d["horizon"] = e.prediction.horizon;
                d["status"] = std::string(to_string(e.prediction.status));
                d["days"] = e.days;
                if (e.state == PredictionState::resolved) {
                    d["resolved_on"] = e.prediction.resolved_on;
                    py::list ev;
                    for (const auto& x : e.evidence) ev.append(py::make_tuple(x.claim, std::string(to_string(x.label))));
                    d["evidence"] = ev;
                    d["evidence_standing"] = std::string(to_string(e.standing));
                    d["flagged"] = e.flagged();
                }
                d["note"] = e.prediction.note;
                out.append(d);
            }
            return out;
        };
        py::dict out;
        out["as_of"] = r.as_of;
        out["open"] = entries(r.open);
        out["due"] = entries(r.due);
        out["resolved"] = entries(r.resolved);
        return out;
    }, py::arg("as_of") = py::none(), py::arg("support") = "none", py::arg("camp") = "",
       "{'as_of', 'open', 'due', 'resolved'}: lists of dicts; as_of defaults to today (UTC).");
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
    o.projection = projection_options(support, camp, min_weight);
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
    check(r);
    return h;
}

}  // namespace

// ---- what-if and causes (include/argmap/whatif.hpp) ----
namespace {

EvaluationSpec spec_of(const std::string& semantics, const std::string& gradual, double min_weight, const std::string& camp) {
    EvaluationSpec spec;
    spec.projection = projection_options("none", camp, min_weight);
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
    map_class.def("why", [](const ArgumentMap& map, const std::string& claim, const std::string& semantics,
                            const std::string& camp, const std::string& support, double min_weight) {
        const auto s = parse_semantics(semantics);
        if (!s) throw py::value_error("unknown semantics '" + semantics + "'");
        if (!map.claim_index(claim)) throw py::key_error("unknown claim '" + claim + "'");
        const auto x = explain_claim(map, claim, *s, projection_options(support, camp, min_weight));
        py::dict out = py::module_::import("json").attr("loads")(to_json(x));
        out["text"] = to_text(x);
        return out;
    }, py::arg("claim"), py::arg("semantics") = "grounded", py::arg("camp") = "", py::arg("support") = "none",
       py::arg("min_weight") = 0.0,
       "Why a claim is accepted or rejected under a semantics (and camp as audience; Map.explain gives the grounded labels' reasons): a dict with the verdict, "
       "the certificate extension, the dispute tree of the smallest defence, per-attacker witnesses, the defeater, "
       "... by claim id, as `argmap explain --json` prints it, plus 'text' (the readable explanation).");
}

}  // namespace
// ---- end of explanations ----

PYBIND11_MODULE(argmap, m) {
    m.doc() = "argmap: argument maps, argumentation semantics and diagrams";
    m.attr("__version__") = std::string(version());
    bind_pythonic(m);
    bind_model(m);
    bind_framework(m);
    bind_semantics(m);
    bind_io(m);

    // ---- attribution of gradual strengths and of budgets (argmap/attribution.hpp) ----
    m.def("attribute", [](const ArgumentMap& map, const std::string& claim, const std::string& gradual,
                          const std::string& method, std::size_t samples, std::uint64_t seed, std::size_t max_exact_players) {
        const auto s = parse_gradual(gradual);
        if (!s) throw py::value_error("unknown gradual semantics '" + gradual + "'");
        const auto how = parse_attribution_method(method);
        if (!how) throw py::value_error("method is removal, gradient or shapley");
        AttributionOptions o;
        o.samples = samples;
        o.seed = seed;
        o.max_exact_players = max_exact_players;
        return py::module_::import("json").attr("loads")(to_json(attribute(map, claim, *s, *how, o)));
    }, py::arg("map"), py::arg("claim"), py::arg("gradual"), py::arg("method") = "removal", py::arg("samples") = 1000,
       py::arg("seed") = 1, py::arg("max_exact_players") = 14,
       "Who carries a claim's gradual strength: removal, gradient or shapley contributions (a dict, as the CLI's --json).");
    m.def("attribute_budget", [](const ArgumentMap& map, const std::string& claim, const std::string& semantics, bool sceptical) {
        const auto s = parse_semantics(semantics);
        if (!s) throw py::value_error("unknown semantics '" + semantics + "'");
        return py::module_::import("json").attr("loads")(to_json(attribute_budget(map, claim, *s, sceptical)));
    }, py::arg("map"), py::arg("claim"), py::arg("semantics") = "grounded", py::arg("sceptical") = false,
       "The attacks a minimal inconsistency budget disregards to make the claim accepted, checked.");

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
    // An operation or a whole revision (its operations in order).
    py::type::of<ArgumentMap>().attr("apply") = py::cpp_function(
        [](ArgumentMap& a, const py::object& change) {
            if (py::isinstance<Revision>(change)) argmap::apply(a, change.cast<const Revision&>());
            else if (py::isinstance<PyOperation>(change)) argmap::apply(a, change.cast<const PyOperation&>().op);
            else throw py::type_error("an Operation or a Revision");
        }, py::is_method(py::type::of<ArgumentMap>()), py::arg("operation"),
        "Apply an operation or a revision (HistoryError when the map is not in the state it expects).");
    py::type::of<ArgumentMap>().attr("revert") = py::cpp_function(
        [](ArgumentMap& a, const py::object& change) {
            if (py::isinstance<Revision>(change)) argmap::revert(a, change.cast<const Revision&>());
            else if (py::isinstance<PyOperation>(change)) argmap::revert(a, change.cast<const PyOperation&>().op);
            else throw py::type_error("an Operation or a Revision");
        }, py::is_method(py::type::of<ArgumentMap>()), py::arg("operation"),
        "Undo an operation or a revision.");
    m.def("operations_between", [](const ArgumentMap& a, const ArgumentMap& b) { return wrap(operations_between(a, b)); }, py::arg("before"), py::arg("after"),
          "The operations that turn one map into the other (claims by id, relations by type and ends).");
    bind_whatif(m);
    add_predictions(m);
    bind_explain(m);
}
