// The module's Python-written classes (pythonic.py, embedded at build time) and the helpers
// every binding uses to turn names, timeouts and parse results into C++ or Python values.
#include "bindings.hpp"
#include "pythonic_source.hpp"

#include <pybind11/eval.h>

#include <chrono>

namespace argmap::python {

namespace {
PyObject* the_module = nullptr;  // borrowed from the module, which outlives every call
}

Semantics semantics_named(const std::string& name) {
    const auto s = parse_semantics(name);
    if (!s) throw py::value_error("unknown semantics '" + name + "' (a name such as preferred or an ICCMA code such as PR)");
    return *s;
}

GradualSemantics gradual_named(const std::string& name) {
    const auto s = parse_gradual(name);
    if (!s) throw py::value_error("unknown gradual semantics '" + name + "'");
    return *s;
}

ProjectionOptions projection_options(const std::string& support, const std::string& camp, double min_weight) {
    ProjectionOptions o;
    const auto s = parse_support_interpretation(support);
    if (!s) throw py::value_error("unknown support interpretation '" + support + "' (none, deductive, necessary, evidential)");
    o.support = *s;
    o.audience = camp;
    o.min_relation_weight = min_weight;
    return o;
}

Limits limits_after(const std::optional<double>& timeout) {
    if (!timeout) return Limits{};
    if (!(*timeout >= 0)) throw py::value_error("timeout is a number of seconds >= 0");
    return Limits::after(*timeout);
}

py::object answer_object(Answer a) {
    if (a == Answer::unknown) return py::none();
    return py::bool_(a == Answer::yes);
}

void check(const io::ParseResult& result) {
    if (!result.warnings.empty()) {
        auto warn = py::module_::import("warnings").attr("warn");
        const py::object category = py::handle(the_module).attr("ParseWarning");
        for (const auto& w : result.warnings) warn(w.to_string(), category, 2);
    }
    if (!result) raise_parse_error(result);
}

void raise_parse_error(const io::ParseResult& r) {
    const py::object e = py::handle(the_module).attr("ParseError")(r.description(), r.error.file, r.error.line, r.error.column, r.error.element,
                                                       std::string(io::to_string(r.status)));
    PyErr_SetObject(reinterpret_cast<PyObject*>(Py_TYPE(e.ptr())), e.ptr());
    throw py::error_already_set();
}

void bind_pythonic(py::module_& m) {
    the_module = m.ptr();
    py::dict scope;
    scope["__builtins__"] = py::module_::import("builtins");
    scope["__name__"] = "argmap";
    py::exec(pythonic_source, scope);
    for (const char* name : {"ParseError", "ParseWarning", "Evaluation", "Strengths", "from_networkx"}) m.attr(name) = scope[name];
    m.attr("_to_networkx") = scope["_to_networkx"];
}

}  // namespace argmap::python
