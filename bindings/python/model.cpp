// Claims, relations, camps and the map that holds them (include/argmap/model.hpp): keyword
// constructors, properties, editing, lookup and iteration. Every edit validates in C++ and
// raises argmap.ModelError (a ValueError) when it would make the map inconsistent.
#include "bindings.hpp"

#include <map>
#include <vector>

namespace argmap::python {

namespace {

using Strings = std::vector<std::string>;
using Data = std::map<std::string, std::string>;

Claim make_claim(std::string id, std::string text, const std::string& kind, Strings camps, double weight, Strings tags,
                 std::string group, Strings values, std::string source, std::string locator, std::string date, std::string url,
                 Data data) {
    Claim c;
    c.id = std::move(id);
    c.text = std::move(text);
    const auto k = parse_claim_kind(kind);
    if (!k) throw py::value_error("unknown kind '" + kind + "' (thesis, claim, argument, evidence, assumption)");
    c.kind = *k;
    c.camps = std::move(camps);
    c.weight = weight;
    c.tags = std::move(tags);
    c.group = std::move(group);
    c.values = std::move(values);
    c.provenance = {std::move(source), std::move(locator), std::move(date), std::move(url)};
    c.data = std::move(data);
    return c;
}

RelationType relation_type_named(const std::string& type) {
    const auto t = parse_relation_type(type);
    if (!t) throw py::value_error("unknown relation type '" + type + "' (attack, support, undercut)");
    return *t;
}

Relation make_relation(const std::string& type, std::string source, std::string target, double weight, std::string id, Data data) {
    Relation r;
    r.type = relation_type_named(type);
    r.source = std::move(source);
    r.target = std::move(target);
    r.weight = weight;
    r.id = std::move(id);
    r.data = std::move(data);
    return r;
}

// A copy of `value` with the keyword arguments set as attributes (unknown names raise
// AttributeError), back as C++.
template <class T>
T with_fields(const T& value, const py::kwargs& fields) {
    py::object o = py::cast(value);
    for (const auto& [k, v] : fields) {
        const std::string name = py::str(k);
        if (name == "id") throw py::value_error("an id cannot be edited; remove and add instead");
        if (!py::hasattr(o, k)) throw py::attribute_error("no field '" + name + "'");
        o.attr(k) = v;
    }
    return o.cast<T>();
}

template <class T>
std::vector<T> list_of(std::span<const T> items) {
    return {items.begin(), items.end()};
}

std::vector<Relation> copies(const std::vector<const Relation*>& rs) {
    std::vector<Relation> out;
    for (const Relation* r : rs) out.push_back(*r);
    return out;
}

}  // namespace

void bind_model(py::module_& m) {
    py::register_exception<ModelError>(m, "ModelError", PyExc_ValueError);

    py::class_<Claim>(m, "Claim", "A statement, argument or piece of evidence in a map.")
        .def(py::init(&make_claim), py::arg("id") = "", py::arg("text") = "", py::arg("kind") = "claim",
             py::arg("camps") = Strings{}, py::arg("weight") = 1.0, py::arg("tags") = Strings{}, py::arg("group") = "",
             py::arg("values") = Strings{}, py::arg("source") = "", py::arg("locator") = "", py::arg("date") = "",
             py::arg("url") = "", py::arg("data") = Data{})
        .def_readwrite("id", &Claim::id)
        .def_readwrite("text", &Claim::text)
        .def_property_readonly("plain_text", [](const Claim& c) { return plain_text(c.text); },
                               "The text without inline Markdown.")
        .def_property(
            "kind", [](const Claim& c) { return std::string(to_string(c.kind)); },
            [](Claim& c, const std::string& k) {
                const auto kind = parse_claim_kind(k);
                if (!kind) throw py::value_error("unknown kind '" + k + "' (thesis, claim, argument, evidence, assumption)");
                c.kind = *kind;
            })
        .def_readwrite("camps", &Claim::camps)
        .def_readwrite("weight", &Claim::weight)
        .def_readwrite("tags", &Claim::tags)
        .def_readwrite("group", &Claim::group)
        .def_readwrite("values", &Claim::values)
        .def_readwrite("data", &Claim::data)
        .def_property(
            "source", [](const Claim& c) { return c.provenance.source; }, [](Claim& c, std::string v) { c.provenance.source = std::move(v); })
        .def_property(
            "locator", [](const Claim& c) { return c.provenance.locator; }, [](Claim& c, std::string v) { c.provenance.locator = std::move(v); })
        .def_property(
            "date", [](const Claim& c) { return c.provenance.date; }, [](Claim& c, std::string v) { c.provenance.date = std::move(v); })
        .def_property(
            "url", [](const Claim& c) { return c.provenance.url; }, [](Claim& c, std::string v) { c.provenance.url = std::move(v); })
        .def("__eq__", [](const Claim& a, const Claim& b) { return a == b; }, py::is_operator())
        .def("__repr__", [](const Claim& c) { return "<Claim " + c.id + " (" + std::string(to_string(c.kind)) + ")>"; });

    py::class_<Relation>(m, "Relation", "An attack or support between claims, or an undercut of a relation.")
        .def(py::init(&make_relation), py::arg("type"), py::arg("source"), py::arg("target"), py::arg("weight") = 1.0,
             py::arg("id") = "", py::arg("data") = Data{})
        .def_readwrite("id", &Relation::id)
        .def_property(
            "type", [](const Relation& r) { return std::string(to_string(r.type)); },
            [](Relation& r, const std::string& t) { r.type = relation_type_named(t); })
        .def_readwrite("source", &Relation::source)
        .def_readwrite("target", &Relation::target, "A claim id; for an undercut, the id of the relation it attacks.")
        .def_readwrite("weight", &Relation::weight)
        .def_readwrite("data", &Relation::data)
        .def("__eq__", [](const Relation& a, const Relation& b) { return a == b; }, py::is_operator())
        .def("__repr__", [](const Relation& r) {
            return "<Relation " + r.id + ": " + r.source + " " + std::string(to_string(r.type)) + " " + r.target + ">";
        });

    py::class_<Camp>(m, "Camp", "A party of the debate; as an audience it ranks values, most preferred first.")
        .def(py::init([](std::string id, std::string name, std::string description, std::string color, Strings preferences) {
                 return Camp{std::move(id), std::move(name), std::move(description), std::move(color), std::move(preferences)};
             }),
             py::arg("id") = "", py::arg("name") = "", py::arg("description") = "", py::arg("color") = "",
             py::arg("preferences") = Strings{})
        .def_readwrite("id", &Camp::id)
        .def_readwrite("name", &Camp::name)
        .def_readwrite("description", &Camp::description)
        .def_readwrite("color", &Camp::color)
        .def_readwrite("preferences", &Camp::preferences)
        .def("__eq__", [](const Camp& a, const Camp& b) { return a == b; }, py::is_operator())
        .def("__repr__", [](const Camp& c) { return "<Camp " + c.id + ">"; });

    py::class_<ArgumentMap>(m, "Map", "An argument map: claims, relations and camps, in insertion order. "
                                      "Iterating yields its claims; `id in map` tests for a claim.")
        .def(py::init<>())
        .def_property("title", &ArgumentMap::title, &ArgumentMap::set_title)
        .def_property_readonly("metadata", &ArgumentMap::metadata, "Key/value metadata of the whole map (a copy).")
        .def("set_metadata", &ArgumentMap::set_metadata, py::arg("key"), py::arg("value"))
        .def_property_readonly("claims", [](const ArgumentMap& a) { return list_of(a.claims()); })
        .def_property_readonly("relations", [](const ArgumentMap& a) { return list_of(a.relations()); })
        .def_property_readonly("camps", [](const ArgumentMap& a) { return list_of(a.camps()); })
        .def("claim", [](const ArgumentMap& a, const std::string& id) {
            const Claim* c = a.find_claim(id);
            if (!c) throw py::key_error(id);
            return *c;
        }, py::arg("id"), "The claim with this id (a copy; edit it through edit_claim or update_claim); KeyError if none.")
        .def("relation", [](const ArgumentMap& a, const std::string& id) {
            const Relation* r = a.find_relation(id);
            if (!r) throw py::key_error(id);
            return *r;
        }, py::arg("id"))
        .def("camp", [](const ArgumentMap& a, const std::string& id) {
            const Camp* c = a.find_camp(id);
            if (!c) throw py::key_error(id);
            return *c;
        }, py::arg("id"))
        .def("has_relation", [](const ArgumentMap& a, const std::string& id) { return a.find_relation(id) != nullptr; }, py::arg("id"))
        .def("has_camp", [](const ArgumentMap& a, const std::string& id) { return a.find_camp(id) != nullptr; }, py::arg("id"))
        .def("add_claim", [](ArgumentMap& a, const Claim& c) { return a.add_claim(c); }, py::arg("claim"))
        .def("add_claim", [](ArgumentMap& a, std::string id, std::string text, const std::string& kind, Strings camps, double weight,
                             Strings tags, std::string group, Strings values, std::string source, std::string locator,
                             std::string date, std::string url, Data data) {
            return a.add_claim(make_claim(std::move(id), std::move(text), kind, std::move(camps), weight, std::move(tags),
                                          std::move(group), std::move(values), std::move(source), std::move(locator),
                                          std::move(date), std::move(url), std::move(data)));
        }, py::arg("id"), py::arg("text") = "", py::arg("kind") = "claim", py::arg("camps") = Strings{}, py::arg("weight") = 1.0,
           py::arg("tags") = Strings{}, py::arg("group") = "", py::arg("values") = Strings{}, py::arg("source") = "",
           py::arg("locator") = "", py::arg("date") = "", py::arg("url") = "", py::arg("data") = Data{},
           "Add a claim (a Claim, or its fields as arguments); returns it.")
        .def("update_claim", [](ArgumentMap& a, const Claim& c) { return a.update_claim(c); }, py::arg("claim"),
             "Replace the claim with the same id; its relations stay.")
        .def("edit_claim", [](ArgumentMap& a, const std::string& id, const py::kwargs& fields) {
            const Claim* c = a.find_claim(id);
            if (!c) throw py::key_error(id);
            return a.update_claim(with_fields(*c, fields));
        }, py::arg("id"), "Change some fields of a claim: m.edit_claim('t', text='...', weight=0.5).")
        .def("remove_claim", [](ArgumentMap& a, const std::string& id) { a.remove_claim(id); }, py::arg("id"),
             "Remove the claim, every relation touching it and every undercut of those.")
        .def("add_relation", [](ArgumentMap& a, const Relation& r) { return a.add_relation(r).id; }, py::arg("relation"))
        .def("add_relation", [](ArgumentMap& a, const std::string& type, std::string source, std::string target, double weight,
                                std::string id, Data data) {
            return a.add_relation(make_relation(type, std::move(source), std::move(target), weight, std::move(id), std::move(data))).id;
        }, py::arg("type"), py::arg("source"), py::arg("target"), py::arg("weight") = 1.0, py::arg("id") = "", py::arg("data") = Data{},
           "Add an attack, support or undercut (target: a relation id); returns its id (r<N> when none is given).")
        .def("set_relation_weight", [](ArgumentMap& a, const std::string& id, double w) { a.set_relation_weight(id, w); },
             py::arg("id"), py::arg("weight"))
        .def("remove_relation", [](ArgumentMap& a, const std::string& id) { a.remove_relation(id); }, py::arg("id"),
             "Remove the relation and every undercut of it.")
        .def("relations_into", [](const ArgumentMap& a, const std::string& id) { return copies(a.relations_into(id)); }, py::arg("claim"),
             "Attacks and supports whose target is the claim.")
        .def("relations_from", [](const ArgumentMap& a, const std::string& id) { return copies(a.relations_from(id)); }, py::arg("claim"),
             "Relations whose source is the claim.")
        .def("undercuts_of", [](const ArgumentMap& a, const std::string& id) { return copies(a.undercuts_of(id)); }, py::arg("relation"))
        .def("add_camp", [](ArgumentMap& a, const Camp& c) { return a.add_camp(c); }, py::arg("camp"))
        .def("add_camp", [](ArgumentMap& a, std::string id, std::string name, std::string color, std::string description, Strings preferences) {
            return a.add_camp({std::move(id), std::move(name), std::move(description), std::move(color), std::move(preferences)});
        }, py::arg("id"), py::arg("name") = "", py::arg("color") = "", py::arg("description") = "", py::arg("preferences") = Strings{})
        .def("update_camp", [](ArgumentMap& a, const Camp& c) { a.update_camp(c); }, py::arg("camp"))
        .def("edit_camp", [](ArgumentMap& a, const std::string& id, const py::kwargs& fields) {
            const Camp* c = a.find_camp(id);
            if (!c) throw py::key_error(id);
            a.update_camp(with_fields(*c, fields));
        }, py::arg("id"), "Change some fields of a camp: m.edit_camp('c', preferences=['peace', 'trade']).")
        .def("remove_camp", [](ArgumentMap& a, const std::string& id) { a.remove_camp(id); }, py::arg("id"),
             "Remove the camp and its mentions in claims.")
        .def("copy", [](const ArgumentMap& a) { return ArgumentMap(a); })
        .def("__copy__", [](const ArgumentMap& a) { return ArgumentMap(a); })
        .def("__deepcopy__", [](const ArgumentMap& a, const py::object&) { return ArgumentMap(a); }, py::arg("memo"))
        .def("__eq__", [](const ArgumentMap& a, const ArgumentMap& b) { return a == b; }, py::is_operator())
        .def("__len__", [](const ArgumentMap& a) { return a.claims().size(); })
        .def("__contains__", [](const ArgumentMap& a, const std::string& id) { return a.find_claim(id) != nullptr; })
        .def("__iter__", [](const ArgumentMap& a) { return py::iter(py::cast(list_of(a.claims()))); })
        .def("__repr__", [](const ArgumentMap& a) {
            return "<Map '" + a.title() + "': " + std::to_string(a.claims().size()) + " claims, " +
                   std::to_string(a.relations().size()) + " relations, " + std::to_string(a.camps().size()) + " camps>";
        });
}

}  // namespace argmap::python
