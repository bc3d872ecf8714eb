// Evaluating a map: extension semantics (labels, acceptance, extensions, decisions), gradual
// semantics, audiences, inconsistency budgets, grounded explanations and diffs. Every
// evaluation releases the GIL while it runs; results come back as plain Python values, or as
// argmap.Evaluation / argmap.Strengths (dicts that notebooks show as tables).
#include "bindings.hpp"

namespace argmap::python {

namespace {

// Names of a projection's arguments: the claim ids; an undercut's auxiliaries "X:r" and "Y:r".
std::vector<std::string> argument_names(const ArgumentMap& map, const Projection& p) {
    std::vector<std::string> names(p.framework.size());
    for (arg_t a = 0; a < p.framework.size(); ++a) {
        if (p.claim_of[a] >= 0) names[a] = map.claims()[static_cast<std::size_t>(p.claim_of[a])].id;
        else if (a < p.relation_of.size() && p.relation_of[a] >= 0) {
            // The auxiliary pair of a relation: X_r ("the source is not accepted") comes first.
            const std::string& rid = map.relations()[static_cast<std::size_t>(p.relation_of[a])].id;
            const bool y = a > 0 && p.relation_of[a - 1] == p.relation_of[a];
            names[a] = (y ? "Y:" : "X:") + rid;
        } else names[a] = "#" + std::to_string(a);
    }
    return names;
}

// Claim ids of an extension of a projection (auxiliary arguments dropped).
std::vector<std::string> claims_in(const ArgumentMap& map, const Projection& p, std::span<const arg_t> e) {
    std::vector<std::string> out;
    for (arg_t a : e)
        if (p.claim_of[a] >= 0) out.push_back(map.claims()[static_cast<std::size_t>(p.claim_of[a])].id);
    return out;
}

Projection project_released(const ArgumentMap& map, const ProjectionOptions& o) {
    py::gil_scoped_release release;
    return project(map, o);
}

arg_t claim_argument(const ArgumentMap& map, const Projection& p, const std::string& claim) {
    const auto i = map.claim_index(claim);
    if (!i) throw py::key_error(claim);
    return p.argument_of[*i];
}

py::object evaluate_map(const py::object& self, const std::string& semantics, const std::string& support, const std::string& camp,
                        double min_weight, std::optional<double> timeout) {
    const ArgumentMap& map = self.cast<const ArgumentMap&>();
    const Semantics s = semantics_named(semantics);
    const ProjectionOptions o = projection_options(support, camp, min_weight);
    const Limits l = limits_after(timeout);
    MapEvaluation ev;
    {
        py::gil_scoped_release release;
        ev = evaluate(map, s, o, l);
    }
    py::dict values;  // None where a timeout left the claim undecided
    for (std::size_t i = 0; i < map.claims().size(); ++i) {
        const py::str id(map.claims()[i].id);
        if (!ev.decided[i]) values[id] = py::none();
        else values[id] = ev.labels.empty() ? std::string(to_string(ev.acceptance[i])) : std::string(to_string(ev.labels[i]));
    }
    return py::module_::import("argmap").attr("Evaluation")(values, std::string(to_string(s)), ev.answer != Answer::unknown,
                                                            ev.has_extension, self);
}

// {claim id: 'sceptical' | 'credulous' | 'rejected' | None (undecided when the timeout fired)}.
py::dict map_justification_status(const ArgumentMap& map, const std::string& semantics, const std::string& support,
                                  const std::string& camp, double min_weight, std::optional<double> timeout) {
    const Semantics s = semantics_named(semantics);
    const ProjectionOptions o = projection_options(support, camp, min_weight);
    const Limits l = limits_after(timeout);
    const Projection p = project_released(map, o);
    JustificationStatus js;
    {
        py::gil_scoped_release release;
        js = justification_status(p.framework, s, l);
    }
    py::dict out;
    for (std::size_t i = 0; i < map.claims().size(); ++i) out[py::str(map.claims()[i].id)] = status_object(js, p.argument_of[i]);
    return out;
}

GradualOptions gradual_options(const std::string& method, double epsilon, std::size_t max_iterations, double step,
                               const std::optional<double>& timeout) {
    GradualOptions o;
    if (method == "exact") o.method = GradualMethod::exact;
    else if (method == "discrete") o.method = GradualMethod::discrete;
    else if (method == "continuous") o.method = GradualMethod::continuous;
    else if (method != "auto") throw py::value_error("method is auto, exact, discrete or continuous");
    o.epsilon = epsilon;
    o.max_iterations = max_iterations;
    o.step = step;
    o.limits = limits_after(timeout);
    return o;
}

const char* method_name(GradualMethod m) {
    switch (m) {
    case GradualMethod::exact: return "exact";
    case GradualMethod::discrete: return "discrete";
    case GradualMethod::continuous: return "continuous";
    default: return "auto";
    }
}

py::object strengths_object(const GradualResult& r, const GradualSemantics& s, py::dict values, py::object map, bool check) {
    if (check && !r.converged) throw std::runtime_error(r.message.empty() ? "the gradual semantics did not converge" : r.message);
    return py::module_::import("argmap").attr("Strengths")(values, to_string(s), r.converged, r.iterations, r.residual,
                                                           method_name(r.method), map);
}

py::object gradual_map(const py::object& self, const std::string& name, const std::string& method, double min_weight, double epsilon,
                       std::size_t max_iterations, double step, std::optional<double> timeout, bool check) {
    const ArgumentMap& map = self.cast<const ArgumentMap&>();
    const GradualSemantics s = gradual_named(name);
    GradualOptions o = gradual_options(method, epsilon, max_iterations, step, timeout);
    GradualResult r;
    {
        py::gil_scoped_release release;
        if (min_weight > 0) {
            // evaluate_gradual takes no threshold: project with it and keep the claims' strengths.
            const GradualProjection gp = project_gradual(map, min_weight);
            GradualResult all = strengths(gp.framework, s, o);
            r = all;
            r.strength.clear();
            for (arg_t a : gp.argument_of) r.strength.push_back(all.strength[a]);
        } else {
            r = evaluate_gradual(map, s, o);
        }
    }
    py::dict values;
    for (std::size_t i = 0; i < map.claims().size(); ++i) values[py::str(map.claims()[i].id)] = r.strength[i];
    return strengths_object(r, s, values, self, check);
}

using WeightedEdges = std::vector<std::tuple<arg_t, arg_t, double>>;

py::object raw_strengths(std::vector<double> base, const WeightedEdges& attacks, const WeightedEdges& supports, const std::string& name,
                         const std::string& method, double epsilon, std::size_t max_iterations, double step, std::optional<double> timeout,
                         bool check) {
    const GradualSemantics s = gradual_named(name);
    const GradualOptions o = gradual_options(method, epsilon, max_iterations, step, timeout);
    auto edges = [](const WeightedEdges& in) {
        std::vector<WeightedEdge> out;
        for (const auto& [a, b, w] : in) out.push_back({a, b, w});
        return out;
    };
    const auto att = edges(attacks), sup = edges(supports);
    WeightedBipolarFramework g;
    try {
        g = WeightedBipolarFramework(std::move(base), att, sup);
    } catch (const std::invalid_argument& e) {
        throw py::value_error(e.what());
    }
    GradualResult r;
    {
        py::gil_scoped_release release;
        r = strengths(g, s, o);
    }
    py::dict values;
    for (std::size_t i = 0; i < r.strength.size(); ++i) values[py::int_(i)] = r.strength[i];
    return strengths_object(r, s, values, py::none(), check);
}

py::tuple claim_decision(const ArgumentMap& map, const std::string& claim, const std::string& semantics, bool is_sceptical,
                         const std::string& support, const std::string& camp, double min_weight, std::optional<double> timeout) {
    const Semantics s = semantics_named(semantics);
    const ProjectionOptions o = projection_options(support, camp, min_weight);
    const Limits l = limits_after(timeout);
    const Projection p = project_released(map, o);
    const arg_t a = claim_argument(map, p, claim);
    Decision d;
    {
        py::gil_scoped_release release;
        d = is_sceptical ? sceptical(p.framework, s, a, l) : credulous(p.framework, s, a, l);
    }
    return py::make_tuple(answer_object(d.answer), d.witness ? py::cast(claims_in(map, p, *d.witness)) : py::none());
}

py::dict audiences(const ArgumentMap& map, const std::string& support, double min_weight, std::optional<double> timeout) {
    const ProjectionOptions o = projection_options(support, "", min_weight);
    const Limits l = limits_after(timeout);
    AudienceReport r;
    {
        py::gil_scoped_release release;
        r = evaluate_audiences(map, o, l);
    }
    const auto claims = map.claims();
    py::dict camps;
    for (const auto& c : r.camps) {
        py::dict grounded, preferred;
        for (std::size_t i = 0; i < claims.size(); ++i) {
            grounded[py::str(claims[i].id)] = std::string(to_string(c.grounded[i]));
            preferred[py::str(claims[i].id)] = std::string(to_string(c.preferred[i]));
        }
        py::dict d;
        d["grounded"] = grounded;
        d["preferred"] = preferred;
        camps[py::str(c.camp)] = d;
    }
    py::list objective, subjective;
    for (std::size_t i = 0; i < claims.size(); ++i) {
        if (r.objective[i]) objective.append(claims[i].id);
        if (r.subjective[i]) subjective.append(claims[i].id);
    }
    py::dict out;
    out["complete"] = r.answer != Answer::unknown;
    out["camps"] = camps;
    out["objective"] = objective;
    out["subjective"] = subjective;
    return out;
}

py::dict budgets(const ArgumentMap& map, const std::string& semantics, const std::string& support, const std::string& camp,
                 double min_weight, std::optional<double> timeout) {
    const Semantics s = semantics_named(semantics);
    if (s != Semantics::grounded && s != Semantics::preferred) throw py::value_error("budgets are computed for grounded and preferred");
    const ProjectionOptions o = projection_options(support, camp, min_weight);
    const Limits l = limits_after(timeout);
    std::vector<ClaimBudget> b;
    {
        py::gil_scoped_release release;
        b = minimal_budgets(map, s, o, l);
    }
    auto value = [](const BudgetResult& r) -> py::object {
        if (r.answer == Answer::yes) return py::float_(r.budget);
        return py::none();
    };
    py::dict out;
    for (std::size_t i = 0; i < b.size(); ++i) out[py::str(map.claims()[i].id)] = py::make_tuple(value(b[i].credulous), value(b[i].sceptical));
    return out;
}

py::object label_or_none(const std::optional<Label>& l) {
    return l ? py::object(py::str(std::string(to_string(*l)))) : py::object(py::none());
}

}  // namespace

void bind_semantics(py::module_& m) {
    std::vector<std::string> sem;
    for (Semantics s : all_semantics()) sem.emplace_back(to_string(s));
    m.attr("SEMANTICS") = py::tuple(py::cast(sem));
    py::dict codes;
    for (Semantics s : all_semantics()) codes[py::str(std::string(to_string(s)))] = std::string(iccma_code(s));
    m.attr("ICCMA_CODES") = codes;
    m.attr("GRADUAL") = py::make_tuple("h-categorizer", "max-based", "card-based", "df-quad", "qe", "euler", "mlp");
    m.attr("SUPPORT_INTERPRETATIONS") = py::make_tuple("none", "deductive", "necessary", "evidential");

    py::class_<Explanation>(m, "Explanation", "Why a claim has its grounded label; str() gives it as indented text.")
        .def_readonly("subject", &Explanation::subject, "A claim id, or the attack an undercut aims at.")
        .def_property_readonly("label", [](const Explanation& e) { return std::string(to_string(e.label)); })
        .def_readonly("reason", &Explanation::reason)
        .def_readonly("because", &Explanation::because, "The explanations this one rests on.")
        .def("__str__", [](const Explanation& e) { return to_text(e); })
        .def("__repr__", [](const Explanation& e) { return "<Explanation " + e.subject + ": " + std::string(to_string(e.label)) + ">"; });

    py::class_<MapDiff>(m, "Diff", "What changed between two maps, and which grounded labels moved.")
        .def_readonly("added_claims", &MapDiff::added_claims)
        .def_readonly("removed_claims", &MapDiff::removed_claims)
        .def_readonly("changed_claims", &MapDiff::changed_claims, "(claim id, [field names]) per changed claim.")
        .def_readonly("added_relations", &MapDiff::added_relations)
        .def_readonly("removed_relations", &MapDiff::removed_relations)
        .def_readonly("reweighted_relations", &MapDiff::reweighted_relations)
        .def_property_readonly("label_changes", [](const MapDiff& d) {
            py::list out;
            for (const auto& c : d.label_changes) out.append(py::make_tuple(c.claim, label_or_none(c.before), label_or_none(c.after)));
            return out;
        }, "(claim id, before, after) per claim whose grounded label differs; None where the claim is absent.")
        .def("__bool__", [](const MapDiff& d) { return !d.empty(); })
        .def("__repr__", [](const MapDiff& d) {
            return "<Diff: +" + std::to_string(d.added_claims.size()) + " -" + std::to_string(d.removed_claims.size()) + " ~" +
                   std::to_string(d.changed_claims.size()) + " claims, +" + std::to_string(d.added_relations.size()) + " -" +
                   std::to_string(d.removed_relations.size()) + " relations>";
        });

    auto map = py::reinterpret_borrow<py::class_<ArgumentMap>>(m.attr("Map"));
    map.def("evaluate", &evaluate_map, py::arg("semantics") = "grounded", py::arg("support") = "none", py::arg("camp") = "",
            py::arg("min_weight") = 0.0, py::arg("timeout") = py::none(),
            "Label (grounded, ideal, eager) or acceptance status (the others) of every claim, as an Evaluation {id: status}. "
            "support: none, deductive, necessary, evidential; camp: judge as this camp's audience; relations lighter than "
            "min_weight are left out.")
        .def("justification_status", &map_justification_status, py::arg("semantics") = "preferred", py::arg("support") = "none",
             py::arg("camp") = "", py::arg("min_weight") = 0.0, py::arg("timeout") = py::none(),
             "Every claim's status under an extension semantics, {id: 'sceptical' | 'credulous' | 'rejected'}, also under "
             "grounded, ideal and eager; None for a claim the timeout left undecided (evaluate() would not say which).")
        .def("gradual", &gradual_map, py::arg("semantics") = "df-quad", py::arg("method") = "auto", py::arg("min_weight") = 0.0,
             py::arg("epsilon") = 1e-9, py::arg("max_iterations") = 10000, py::arg("step") = 0.5, py::arg("timeout") = py::none(),
             py::arg("check") = true,
             "Strength in [0,1] of every claim, as Strengths {id: strength}; raises RuntimeError when it does not converge "
             "(unless check=False).")
        .def("framework", [](const ArgumentMap& a, const std::string& support, const std::string& camp, double min_weight) {
            const Projection p = project_released(a, projection_options(support, camp, min_weight));
            io::NamedFramework nf{p.framework, argument_names(a, p)};
            return nf;
        }, py::arg("support") = "none", py::arg("camp") = "", py::arg("min_weight") = 0.0,
           "The abstract framework the extension semantics see: an argument per claim (named by its id) and, for each undercut "
           "attack, X:r and Y:r.")
        .def("extensions", [](const ArgumentMap& a, const std::string& semantics, const std::string& support, const std::string& camp,
                              double min_weight, std::optional<std::size_t> limit, std::optional<double> timeout) -> py::object {
            const Semantics s = semantics_named(semantics);
            const Limits l = limits_after(timeout);
            const Projection p = project_released(a, projection_options(support, camp, min_weight));
            std::vector<std::vector<arg_t>> all;
            Answer ans;
            {
                py::gil_scoped_release release;
                ans = enumerate_extensions(p.framework, s, [&](std::span<const arg_t> e) {
                    all.emplace_back(e.begin(), e.end());
                    return !limit || all.size() < *limit;
                }, l);
            }
            if (ans == Answer::unknown) return py::none();
            py::list out;
            for (const auto& e : all) out.append(claims_in(a, p, e));
            return out;
        }, py::arg("semantics") = "preferred", py::arg("support") = "none", py::arg("camp") = "", py::arg("min_weight") = 0.0,
           py::arg("limit") = py::none(), py::arg("timeout") = py::none(),
           "Every extension (at most limit) as a list of claim ids; None when the timeout fired.")
        .def("count_extensions", [](const ArgumentMap& a, const std::string& semantics, const std::string& support, const std::string& camp,
                                    double min_weight, std::optional<double> timeout) -> py::object {
            const Semantics s = semantics_named(semantics);
            const Limits l = limits_after(timeout);
            const Projection p = project_released(a, projection_options(support, camp, min_weight));
            Count c;
            {
                py::gil_scoped_release release;
                c = count_extensions(p.framework, s, l);
            }
            return c.answer == Answer::unknown ? py::object(py::none()) : py::reinterpret_steal<py::object>(PyLong_FromString(c.decimal.c_str(), nullptr, 10));
        }, py::arg("semantics") = "preferred", py::arg("support") = "none", py::arg("camp") = "", py::arg("min_weight") = 0.0,
           py::arg("timeout") = py::none())
        .def("credulous", [](const ArgumentMap& a, const std::string& claim, const std::string& semantics, const std::string& support,
                             const std::string& camp, double min_weight, std::optional<double> timeout) {
            return claim_decision(a, claim, semantics, false, support, camp, min_weight, timeout);
        }, py::arg("claim"), py::arg("semantics") = "preferred", py::arg("support") = "none", py::arg("camp") = "",
           py::arg("min_weight") = 0.0, py::arg("timeout") = py::none(),
           "Is the claim in some extension? (answer, the claims of an extension with it, or None).")
        .def("sceptical", [](const ArgumentMap& a, const std::string& claim, const std::string& semantics, const std::string& support,
                             const std::string& camp, double min_weight, std::optional<double> timeout) {
            return claim_decision(a, claim, semantics, true, support, camp, min_weight, timeout);
        }, py::arg("claim"), py::arg("semantics") = "preferred", py::arg("support") = "none", py::arg("camp") = "",
           py::arg("min_weight") = 0.0, py::arg("timeout") = py::none(),
           "Is the claim in every extension? (answer, the claims of an extension without it, or None).")
        .def("audiences", &audiences, py::arg("support") = "none", py::arg("min_weight") = 0.0, py::arg("timeout") = py::none(),
             "Every camp as an audience (Bench-Capon 2003): {camps: {camp: {grounded: {...}, preferred: {...}}}, "
             "objective: [ids], subjective: [ids], complete}.")
        .def("budgets", &budgets, py::arg("semantics") = "grounded", py::arg("support") = "none", py::arg("camp") = "",
             py::arg("min_weight") = 0.0, py::arg("timeout") = py::none(),
             "Per claim, (credulous, sceptical): the least total weight of attacks to disregard for it to be accepted "
             "(None: not found within the search limits).")
        .def("describe_relation", [](const ArgumentMap& a, const std::string& id) {
            const Relation* r = a.find_relation(id);
            if (!r) throw py::key_error(id);
            return describe(a, *r);
        }, py::arg("id"), "The relation by type and ends, as diffs name it: 'attack a -> b', 'undercut u -> (support a -> b)'.")
        .def("explain", [](const ArgumentMap& a, const std::string& claim, std::size_t max_depth, const std::string& support,
                           const std::string& camp, double min_weight) {
            const ProjectionOptions o = projection_options(support, camp, min_weight);
            if (!a.find_claim(claim)) throw py::key_error(claim);
            py::gil_scoped_release release;
            return explain_grounded(a, claim, max_depth, o);
        }, py::arg("claim"), py::arg("max_depth") = 8, py::arg("support") = "none", py::arg("camp") = "", py::arg("min_weight") = 0.0,
           "Why the claim has its grounded label, as an Explanation tree.");

    m.def("diff", [](const ArgumentMap& before, const ArgumentMap& after, const std::string& support, const std::string& camp,
                     double min_weight) {
        const ProjectionOptions o = projection_options(support, camp, min_weight);
        py::gil_scoped_release release;
        return diff(before, after, o);
    }, py::arg("before"), py::arg("after"), py::arg("support") = "none", py::arg("camp") = "", py::arg("min_weight") = 0.0,
       "What changed between two maps (claims by id, relations by type and ends) and which grounded labels moved.");
    m.def("strengths", &raw_strengths, py::arg("base"), py::arg("attacks") = WeightedEdges{}, py::arg("supports") = WeightedEdges{},
          py::arg("semantics") = "df-quad", py::arg("method") = "auto", py::arg("epsilon") = 1e-9, py::arg("max_iterations") = 10000,
          py::arg("step") = 0.5, py::arg("timeout") = py::none(), py::arg("check") = true,
          "A gradual semantics on a weighted bipolar framework: base scores per argument, (from, to, weight) attacks and "
          "supports; Strengths {index: strength}.");
}

}  // namespace argmap::python
