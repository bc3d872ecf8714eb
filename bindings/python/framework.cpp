// Abstract argumentation frameworks (include/argmap/framework.hpp, extensions.hpp): the
// ICCMA-style solver on raw frameworks read from .af/.i23, .apx or .tgf or built from Python.
// Arguments are named (i23: "1".."n"); a method takes an argument by name or by 0-based index
// and answers with names. Every solve releases the GIL, so threads solve in parallel.
#include "bindings.hpp"

#include <argmap/framework.hpp>

#include <algorithm>

namespace argmap::python {

namespace {

using io::NamedFramework;

std::string name_of(const NamedFramework& nf, arg_t a) { return nf.names.empty() ? std::to_string(a + 1) : nf.names[a]; }

std::vector<std::string> names_of(const NamedFramework& nf, std::span<const arg_t> args) {
    std::vector<std::string> v;
    v.reserve(args.size());
    for (arg_t a : args) v.push_back(name_of(nf, a));
    return v;
}

arg_t argument_of(const NamedFramework& nf, const py::object& arg) {
    if (py::isinstance<py::int_>(arg)) {
        const long long i = arg.cast<long long>();
        if (i < 0 || i >= static_cast<long long>(nf.framework.size())) throw py::index_error("no argument with index " + std::to_string(i));
        return static_cast<arg_t>(i);
    }
    const std::string name = py::str(arg);
    if (nf.names.empty()) {  // i23: "1".."n"
        std::size_t pos = 0;
        try {
            const unsigned long k = std::stoul(name, &pos);
            if (pos == name.size() && k >= 1 && k <= nf.framework.size()) return static_cast<arg_t>(k - 1);
        } catch (const std::exception&) {
        }
    } else {
        for (arg_t a = 0; a < nf.framework.size(); ++a)
            if (nf.names[a] == name) return a;
    }
    throw py::key_error("no argument named '" + name + "'");
}

// (True/False/None, witness names or None)
py::tuple decision_tuple(const NamedFramework& nf, const Decision& d) {
    return py::make_tuple(answer_object(d.answer), d.witness ? py::cast(names_of(nf, *d.witness)) : py::none());
}

NamedFramework build(arg_t n, const std::vector<std::pair<arg_t, arg_t>>& attacks, std::vector<std::string> names) {
    if (!names.empty() && names.size() != n) throw py::value_error("names: one per argument, " + std::to_string(n) + " expected");
    std::vector<Attack> att;
    att.reserve(attacks.size());
    for (const auto& [a, b] : attacks) {
        if (a >= n || b >= n) throw py::index_error("attack (" + std::to_string(a) + ", " + std::to_string(b) + ") names an argument >= " + std::to_string(n));
        att.push_back({a, b});
    }
    NamedFramework nf;
    nf.framework = Framework(n, att);
    nf.names = std::move(names);
    return nf;
}

io::AfFormat af_format_named(const std::string& name) {
    const auto f = io::parse_af_format(name);
    if (!f) throw py::value_error("unknown framework format '" + name + "' (i23, apx, tgf)");
    return *f;
}

py::list labels_list(const Labelling& labels) {
    const py::str in("in"), out("out"), undec("undec");
    py::list l(labels.size());
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const py::str& s = labels[i] == Label::in ? in : labels[i] == Label::out ? out : undec;
        PyList_SET_ITEM(l.ptr(), static_cast<Py_ssize_t>(i), s.inc_ref().ptr());
    }
    return l;
}

// ICCMA task such as DC-PR: (answer, witness) for DC/DS/SE, a list of extensions for EE, the
// count for CE.
py::object solve_task(const NamedFramework& nf, const std::string& problem, const py::object& argument, const std::optional<double>& timeout) {
    const auto dash = problem.find('-');
    const std::string kind = problem.substr(0, dash);
    const auto sem = dash == std::string::npos ? std::nullopt : parse_semantics(problem.substr(dash + 1));
    if (!sem) throw py::value_error("unknown problem '" + problem + "' (DC-, DS-, SE-, EE- or CE- and a semantics code)");
    const Limits limits = limits_after(timeout);
    if (kind == "DC" || kind == "DS") {
        if (argument.is_none() || (py::isinstance<py::str>(argument) && argument.cast<std::string>().empty()))
            throw py::value_error(problem + " needs an argument");
        const arg_t a = argument_of(nf, argument);
        Decision d;
        {
            py::gil_scoped_release release;
            d = kind == "DC" ? credulous(nf.framework, *sem, a, limits) : sceptical(nf.framework, *sem, a, limits);
        }
        return decision_tuple(nf, d);
    }
    if (kind == "SE") {
        Decision d;
        {
            py::gil_scoped_release release;
            d = some_extension(nf.framework, *sem, limits);
        }
        return decision_tuple(nf, d);
    }
    if (kind == "EE") {
        std::vector<std::vector<arg_t>> all;
        Answer a;
        {
            py::gil_scoped_release release;
            a = enumerate_extensions(nf.framework, *sem, [&](std::span<const arg_t> e) {
                all.emplace_back(e.begin(), e.end());
                return true;
            }, limits);
        }
        if (a == Answer::unknown) return py::none();
        py::list out;
        for (const auto& e : all) out.append(names_of(nf, e));
        return out;
    }
    if (kind == "CE") {
        Count c;
        {
            py::gil_scoped_release release;
            c = count_extensions(nf.framework, *sem, limits);
        }
        return c.answer == Answer::unknown ? py::object(py::none()) : py::reinterpret_steal<py::object>(PyLong_FromString(c.decimal.c_str(), nullptr, 10));
    }
    throw py::value_error("unknown problem '" + problem + "' (DC-, DS-, SE-, EE- or CE- and a semantics code)");
}

NamedFramework load_framework(const std::string& path, const std::optional<std::string>& format) {
    const auto f = format ? std::optional(af_format_named(*format)) : io::af_format_of(path);
    if (!f) throw py::value_error(path + ": the format is not known from the extension (.af, .i23, .apx, .tgf); give format=");
    NamedFramework nf;
    check(io::read_af_file(path, *f, nf));
    return nf;
}

}  // namespace

void bind_framework(py::module_& m) {
    using Pairs = std::vector<std::pair<arg_t, arg_t>>;
    py::class_<NamedFramework>(m, "Framework",
                               "An abstract argumentation framework: arguments 0..n-1 with names, and attacks between them. "
                               "Methods take an argument by name or 0-based index and answer with names; answers are True, "
                               "False or None (the timeout, in seconds, fired).")
        .def(py::init(&build), py::arg("size"), py::arg("attacks") = Pairs{}, py::arg("names") = std::vector<std::string>{},
             "size arguments, attacks as (from, to) index pairs; names default to \"1\"..\"n\".")
        .def("__len__", [](const NamedFramework& nf) { return nf.framework.size(); })
        .def_property_readonly("names", [](const NamedFramework& nf) {
            std::vector<std::string> v;
            for (arg_t a = 0; a < nf.framework.size(); ++a) v.push_back(name_of(nf, a));
            return v;
        })
        .def_property_readonly("attack_count", [](const NamedFramework& nf) { return nf.framework.attack_count(); })
        .def_property_readonly("attacks", [](const NamedFramework& nf) {
            Pairs out;
            for (const Attack& a : nf.framework.attack_list()) out.emplace_back(a.from, a.to);
            return out;
        }, "Every attack as a (from, to) index pair.")
        .def("index", [](const NamedFramework& nf, const py::object& a) { return argument_of(nf, a); }, py::arg("argument"))
        .def("attackers", [](const NamedFramework& nf, const py::object& a) {
            const auto s = nf.framework.attackers(argument_of(nf, a));
            return names_of(nf, s);
        }, py::arg("argument"))
        .def("targets", [](const NamedFramework& nf, const py::object& a) {
            const auto s = nf.framework.targets(argument_of(nf, a));
            return names_of(nf, s);
        }, py::arg("argument"))
        .def("grounded", [](const NamedFramework& nf) {
            Labelling l;
            {
                py::gil_scoped_release release;
                l = grounded_labelling(nf.framework);
            }
            return labels_list(l);
        }, "The grounded labelling: 'in', 'out' or 'undec' per argument, in index order.")
        .def("grounded_extension", [](const NamedFramework& nf) {
            std::vector<arg_t> e;
            {
                py::gil_scoped_release release;
                e = grounded_extension(nf.framework);
            }
            return names_of(nf, e);
        })
        .def("credulous", [](const NamedFramework& nf, const std::string& semantics, const py::object& a, std::optional<double> timeout) {
            const Semantics s = semantics_named(semantics);
            const arg_t x = argument_of(nf, a);
            const Limits l = limits_after(timeout);
            Decision d;
            {
                py::gil_scoped_release release;
                d = credulous(nf.framework, s, x, l);
            }
            return decision_tuple(nf, d);
        }, py::arg("semantics"), py::arg("argument"), py::arg("timeout") = py::none(),
           "Is the argument in some extension? (answer, an extension with it or None).")
        .def("sceptical", [](const NamedFramework& nf, const std::string& semantics, const py::object& a, std::optional<double> timeout) {
            const Semantics s = semantics_named(semantics);
            const arg_t x = argument_of(nf, a);
            const Limits l = limits_after(timeout);
            Decision d;
            {
                py::gil_scoped_release release;
                d = sceptical(nf.framework, s, x, l);
            }
            return decision_tuple(nf, d);
        }, py::arg("semantics"), py::arg("argument"), py::arg("timeout") = py::none(),
           "Is the argument in every extension? (answer, an extension without it or None).")
        .def("justification_status", [](const NamedFramework& nf, const std::string& semantics, std::optional<double> timeout) {
            const Semantics s = semantics_named(semantics);
            const Limits l = limits_after(timeout);
            JustificationStatus js;
            {
                py::gil_scoped_release release;
                js = justification_status(nf.framework, s, l);
            }
            py::list out(js.status.size());
            for (arg_t a = 0; a < nf.framework.size(); ++a)
                PyList_SET_ITEM(out.ptr(), static_cast<Py_ssize_t>(a), status_object(js, a).release().ptr());
            return out;
        }, py::arg("semantics"), py::arg("timeout") = py::none(),
           "Every argument's status in index order: 'sceptical' (in every extension), 'credulous' (in some), 'rejected' "
           "(in none; all are when the semantics has no extension); None where the timeout fired before it was decided. "
           "One call decides them all, much faster than credulous() and sceptical() per argument.")
        .def("some_extension", [](const NamedFramework& nf, const std::string& semantics, std::optional<double> timeout) {
            const Semantics s = semantics_named(semantics);
            const Limits l = limits_after(timeout);
            Decision d;
            {
                py::gil_scoped_release release;
                d = some_extension(nf.framework, s, l);
            }
            return decision_tuple(nf, d);
        }, py::arg("semantics"), py::arg("timeout") = py::none(), "(True, an extension), or (False, None) when there is none.")
        .def("extensions", [](const NamedFramework& nf, const std::string& semantics, std::optional<std::size_t> limit,
                              std::optional<double> timeout) -> py::object {
            const Semantics s = semantics_named(semantics);
            const Limits l = limits_after(timeout);
            std::vector<std::vector<arg_t>> all;
            Answer a;
            {
                py::gil_scoped_release release;
                a = enumerate_extensions(nf.framework, s, [&](std::span<const arg_t> e) {
                    all.emplace_back(e.begin(), e.end());
                    return !limit || all.size() < *limit;
                }, l);
            }
            if (a == Answer::unknown) return py::none();
            py::list out;
            for (const auto& e : all) out.append(names_of(nf, e));
            return out;
        }, py::arg("semantics"), py::arg("limit") = py::none(), py::arg("timeout") = py::none(),
           "Every extension (at most limit) as a list of names; None when the timeout fired.")
        .def("count", [](const NamedFramework& nf, const std::string& semantics, std::optional<double> timeout) -> py::object {
            const Semantics s = semantics_named(semantics);
            const Limits l = limits_after(timeout);
            Count c;
            {
                py::gil_scoped_release release;
                c = count_extensions(nf.framework, s, l);
            }
            return c.answer == Answer::unknown ? py::object(py::none()) : py::reinterpret_steal<py::object>(PyLong_FromString(c.decimal.c_str(), nullptr, 10));
        }, py::arg("semantics"), py::arg("timeout") = py::none(), "The number of extensions; None when the timeout fired.")
        .def("solve", &solve_task, py::arg("problem"), py::arg("argument") = py::none(), py::arg("timeout") = py::none(),
             "An ICCMA task such as 'DC-PR': (answer, witness) for DC/DS/SE, a list of extensions for EE, an int for CE.")
        .def("minimal_budget", [](const NamedFramework& nf, const std::vector<double>& weights, const std::string& semantics,
                                  const py::object& a, bool is_sceptical, std::optional<double> beta, std::optional<double> timeout,
                                  std::size_t max_relevant) {
            if (weights.size() != nf.framework.attack_count())
                throw py::value_error("weights: one per attack (in the order of .attacks), " + std::to_string(nf.framework.attack_count()) + " expected");
            const Semantics s = semantics_named(semantics);
            const arg_t x = argument_of(nf, a);
            const Limits l = limits_after(timeout);
            BudgetResult r;
            {
                py::gil_scoped_release release;
                r = beta ? accepted_within(nf.framework, weights, s, x, is_sceptical, *beta, l, max_relevant)
                         : minimal_budget(nf.framework, weights, s, x, is_sceptical, l, max_relevant);
            }
            const auto list = nf.framework.attack_list();
            py::list dropped;
            for (std::size_t k : r.dropped) dropped.append(py::make_tuple(name_of(nf, list[k].from), name_of(nf, list[k].to)));
            py::dict d;
            d["answer"] = answer_object(r.answer);
            d["budget"] = r.budget;
            d["dropped"] = dropped;
            d["message"] = r.message;
            return d;
        }, py::arg("weights"), py::arg("semantics"), py::arg("argument"), py::arg("sceptical") = false, py::arg("beta") = py::none(),
           py::arg("timeout") = py::none(), py::arg("max_relevant") = 22,
           "Inconsistency budget (Dunne et al. 2011): the least total weight of attacks to disregard so that the argument is "
           "accepted (grounded or preferred); with beta, whether it is accepted within beta. "
           "{answer, budget, dropped: [(from, to)], message}.")
        .def("is_complete_labelling", [](const NamedFramework& nf, const std::vector<std::string>& labels) {
            if (labels.size() != nf.framework.size()) throw py::value_error("labels: one per argument");
            Labelling l;
            for (const auto& x : labels) {
                if (x == "in") l.push_back(Label::in);
                else if (x == "out") l.push_back(Label::out);
                else if (x == "undec") l.push_back(Label::undec);
                else throw py::value_error("a label is in, out or undec, not '" + x + "'");
            }
            return is_complete_labelling(nf.framework, l);
        }, py::arg("labels"), "Is this labelling ('in'/'out'/'undec' per argument) complete (Caminada 2006)?")
        .def("labelling_of", [](const NamedFramework& nf, const std::vector<py::object>& extension) {
            std::vector<arg_t> e;
            for (const auto& a : extension) e.push_back(argument_of(nf, a));
            std::sort(e.begin(), e.end());
            e.erase(std::unique(e.begin(), e.end()), e.end());
            return labels_list(labelling_of(nf.framework, e));
        }, py::arg("extension"), "The labelling of a set of arguments: members in, what they attack out, the rest undec.")
        .def("components", [](const NamedFramework& nf) {
            const Components c = strongly_connected_components(nf.framework);
            std::vector<std::vector<std::string>> out(c.count);
            for (arg_t a = 0; a < nf.framework.size(); ++a) out[c.of[a]].push_back(name_of(nf, a));
            return out;
        }, "Strongly connected components as lists of names, in topological order (attacks go from earlier to later ones).")
        .def("restrict", [](const NamedFramework& nf, const std::vector<py::object>& keep) {
            std::vector<arg_t> k;
            for (const auto& a : keep) k.push_back(argument_of(nf, a));
            std::sort(k.begin(), k.end());
            k.erase(std::unique(k.begin(), k.end()), k.end());
            NamedFramework out;
            out.framework = restrict_to(nf.framework, k);
            for (arg_t a : k) out.names.push_back(name_of(nf, a));
            return out;
        }, py::arg("keep"), "The framework on these arguments only (names kept).")
        .def("__repr__", [](const NamedFramework& nf) {
            return "<Framework: " + std::to_string(nf.framework.size()) + " arguments, " + std::to_string(nf.framework.attack_count()) + " attacks>";
        });

    m.def("load_framework", &load_framework, py::arg("path"), py::arg("format") = py::none(),
          "Read a framework from .af/.i23 (ICCMA 2023), .apx (ASPARTIX) or .tgf; format overrides the extension.");
    m.def("parse_framework", [](const std::string& text, const std::string& format) {
        io::NamedFramework nf;
        check(io::read_af(text, af_format_named(format), nf, "<string>"));
        return nf;
    }, py::arg("text"), py::arg("format") = "i23");
    m.def("solve", [](const std::string& problem, const std::string& path, const py::object& argument, std::optional<double> timeout) {
        return solve_task(load_framework(path, std::nullopt), problem, argument, timeout);
    }, py::arg("problem"), py::arg("path"), py::arg("argument") = py::none(), py::arg("timeout") = py::none(),
       "ICCMA task such as 'DC-PR' on an .af/.apx/.tgf file: (answer, witness) for DC/DS/SE, a list for EE, an int for CE.");
}

}  // namespace argmap::python
