// The C API (include/argmap/argmap.h) over the public C++ API.
#include <argmap/argmap.h>
#include <argmap/argmap.hpp>

#include <cstdlib>
#include <cstring>

struct argmap_map {
    argmap::ArgumentMap map;
    std::vector<std::string> labels;       // storage behind argmap_evaluate's result
    std::vector<const char*> label_ptrs;
    std::vector<double> strengths;         // storage behind argmap_gradual's result
};

namespace {

char* copy(const std::string& s) {
    char* out = static_cast<char*>(std::malloc(s.size() + 1));
    if (out) std::memcpy(out, s.c_str(), s.size() + 1);
    return out;
}

void set_error(char** error, const std::string& message) {
    if (error) *error = copy(message);
}

template <class F>
int guarded(char** error, F&& f) {
    try {
        return f();
    } catch (const std::exception& e) {
        set_error(error, e.what());
        return 1;
    }
}

argmap_map* wrap(argmap::ArgumentMap map) {
    auto* m = new (std::nothrow) argmap_map;
    if (m) m->map = std::move(map);
    return m;
}

}  // namespace

extern "C" {

const char* argmap_version(void) {
    static const std::string v(argmap::version());
    return v.c_str();
}

argmap_map* argmap_load(const char* path, char** error) {
    if (!path) return set_error(error, "path is NULL"), nullptr;
    argmap::ArgumentMap map;
    const auto r = argmap::io::load_map(path, map);
    if (!r) return set_error(error, r.description()), nullptr;
    return wrap(std::move(map));
}

argmap_map* argmap_parse(const char* text, const char* format, char** error) {
    if (!text || !format) return set_error(error, "text or format is NULL"), nullptr;
    const auto f = argmap::io::parse_format(format);
    if (!f) return set_error(error, std::string("unknown format '") + format + "'"), nullptr;
    argmap::ArgumentMap map;
    const auto r = argmap::io::read_map(text, *f, map, "<string>");
    if (!r) return set_error(error, r.description()), nullptr;
    return wrap(std::move(map));
}

argmap_map* argmap_map_new(void) { return wrap(argmap::ArgumentMap{}); }
void argmap_map_free(argmap_map* map) { delete map; }
void argmap_free_string(char* s) { std::free(s); }

size_t argmap_claim_count(const argmap_map* map) { return map ? map->map.claims().size() : 0; }
const char* argmap_claim_id(const argmap_map* map, size_t i) {
    return map && i < map->map.claims().size() ? map->map.claims()[i].id.c_str() : nullptr;
}
const char* argmap_claim_text(const argmap_map* map, size_t i) {
    return map && i < map->map.claims().size() ? map->map.claims()[i].text.c_str() : nullptr;
}
size_t argmap_relation_count(const argmap_map* map) { return map ? map->map.relations().size() : 0; }

int argmap_add_claim(argmap_map* map, const char* id, const char* text, const char* kind, double weight, char** error) {
    return guarded(error, [&] {
        if (!map || !id) throw std::invalid_argument("map or id is NULL");
        argmap::Claim c;
        c.id = id;
        c.text = text ? text : "";
        if (kind) {
            auto k = argmap::parse_claim_kind(kind);
            if (!k) throw std::invalid_argument(std::string("unknown kind '") + kind + "'");
            c.kind = *k;
        }
        c.weight = weight;
        map->map.add_claim(std::move(c));
        return 0;
    });
}

int argmap_add_relation(argmap_map* map, const char* type, const char* source, const char* target, double weight,
                        char** error) {
    return guarded(error, [&] {
        if (!map || !type || !source || !target) throw std::invalid_argument("NULL argument");
        auto t = argmap::parse_relation_type(type);
        if (!t) throw std::invalid_argument(std::string("unknown relation type '") + type + "'");
        argmap::Relation r;
        r.type = *t;
        r.source = source;
        r.target = target;
        r.weight = weight;
        map->map.add_relation(std::move(r));
        return 0;
    });
}

int argmap_evaluate(argmap_map* map, const char* semantics, const char* support, const char* camp, const char*** result,
                    char** error) {
    return guarded(error, [&] {
        if (!map || !semantics || !result) throw std::invalid_argument("NULL argument");
        const auto s = argmap::parse_semantics(semantics);
        if (!s) throw std::invalid_argument(std::string("unknown semantics '") + semantics + "'");
        argmap::ProjectionOptions o;
        if (support) {
            auto sup = argmap::parse_support_interpretation(support);
            if (!sup) throw std::invalid_argument(std::string("unknown support interpretation '") + support + "'");
            o.support = *sup;
        }
        if (camp) o.audience = camp;
        const auto ev = argmap::evaluate(map->map, *s, o);
        map->labels.clear();
        for (std::size_t i = 0; i < map->map.claims().size(); ++i)
            map->labels.emplace_back(ev.labels.empty() ? argmap::to_string(ev.acceptance[i]) : argmap::to_string(ev.labels[i]));
        map->label_ptrs.clear();
        for (const auto& l : map->labels) map->label_ptrs.push_back(l.c_str());
        *result = map->label_ptrs.data();
        return 0;
    });
}

int argmap_gradual(argmap_map* map, const char* semantics, const double** result, char** error) {
    return guarded(error, [&] {
        if (!map || !semantics || !result) throw std::invalid_argument("NULL argument");
        const auto s = argmap::parse_gradual(semantics);
        if (!s) throw std::invalid_argument(std::string("unknown gradual semantics '") + semantics + "'");
        auto r = argmap::evaluate_gradual(map->map, *s);
        if (!r.converged) throw std::runtime_error(r.message);
        map->strengths = std::move(r.strength);
        *result = map->strengths.data();
        return 0;
    });
}

char* argmap_write(const argmap_map* map, const char* format, char** error) {
    char* out = nullptr;
    guarded(error, [&] {
        if (!map || !format) throw std::invalid_argument("NULL argument");
        const auto f = argmap::io::parse_format(format);
        if (!f) throw std::invalid_argument(std::string("unknown format '") + format + "'");
        out = copy(argmap::io::write_map(map->map, *f));
        return 0;
    });
    return out;
}

int argmap_render(const argmap_map* map, const char* path, char** error) {
    return guarded(error, [&] {
        if (!map || !path) throw std::invalid_argument("NULL argument");
        argmap::render_file(map->map, argmap::evaluate_grounded(map->map), path);
        return 0;
    });
}

char* argmap_explain(const argmap_map* map, const char* claim, const char* semantics, const char* camp, char** error) {
    char* out = nullptr;
    guarded(error, [&] {
        if (!map || !claim || !semantics) throw std::invalid_argument("NULL argument");
        const auto s = argmap::parse_semantics(semantics);
        if (!s) throw std::invalid_argument(std::string("unknown semantics '") + semantics + "'");
        argmap::ProjectionOptions o;
        if (camp) o.audience = camp;
        out = copy(argmap::to_json(argmap::explain_claim(map->map, claim, *s, o)));
        return 0;
    });
    return out;
}

}  // extern "C"
