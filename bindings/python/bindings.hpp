// Shared pieces of the Python bindings: name parsing that raises Python errors, limits from a
// timeout, parse errors as argmap.ParseError, and the bind_* functions of each source file.
#pragma once

#include <argmap/argmap.hpp>

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <optional>
#include <string>

namespace argmap::python {

namespace py = pybind11;

Semantics semantics_named(const std::string& name);
GradualSemantics gradual_named(const std::string& name);
ProjectionOptions projection_options(const std::string& support, const std::string& camp, double min_weight);
/// A deadline `timeout` seconds from now (None: no deadline).
Limits limits_after(const std::optional<double>& timeout);
/// True / False / None for yes / no / unknown.
py::object answer_object(Answer a);
/// An argument's justification status: 'sceptical', 'credulous' or 'rejected'; None where the
/// limits fired before it was decided.
inline py::object status_object(const JustificationStatus& js, arg_t a) {
    if (!js.decided[a]) return py::none();
    return py::str(std::string(to_string(js.status[a])));
}

/// Raises argmap.ParseError (a ValueError) carrying the result's file, line, column, element
/// path and status; issues its warnings as argmap.ParseWarning first.
[[noreturn]] void raise_parse_error(const io::ParseResult& result);
/// Issues the result's warnings as argmap.ParseWarning; raises argmap.ParseError on failure.
void check(const io::ParseResult& result);

// One per source file, called in this order by PYBIND11_MODULE (module.cpp).
void bind_pythonic(py::module_& m);    // pythonic.cpp: classes written in Python (ParseError, Evaluation...)
void bind_model(py::module_& m);       // model.cpp: constructors, editing, iteration
void bind_framework(py::module_& m);   // framework.cpp: abstract frameworks and their solvers
void bind_semantics(py::module_& m);   // semantics.cpp: evaluation, gradual, audiences, budgets, explanations, diffs
void bind_io(py::module_& m);          // io.cpp: every format, rendering

}  // namespace argmap::python
