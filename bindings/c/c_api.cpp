// The C API (include/argmap/argmap.h) over the public C++ API.
#include <argmap/argmap.h>
#include <argmap/argmap.hpp>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <chrono>
#include <cstring>
#include <memory>
#include <optional>

struct argmap_map {
    argmap::ArgumentMap map;
    std::vector<std::string> labels;       // storage behind argmap_evaluate's result
    std::vector<const char*> label_ptrs;
    std::vector<double> strengths;         // storage behind argmap_gradual's result
    std::vector<const char*> status;       // argmap_justification_status's result (string literals)
};

struct argmap_framework {
    argmap::io::NamedFramework nf;         // names filled in for i23 ("1".."n")
    std::vector<const char*> status;       // argmap_framework_justification_status's result
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

// ---- histories, what-if (issue 11) ----
struct argmap_history {
    argmap::History history;
};
struct argmap_edits {
    std::vector<argmap::Edit> edits;
};
struct argmap_whatif {
    std::vector<std::string> claims;
    std::vector<std::optional<std::string>> before, after;
};

namespace {

argmap::ProjectionOptions audience(const char* camp) {
    argmap::ProjectionOptions o;
    if (camp) o.audience = camp;
    return o;
}

/// The camp as audience and, when given, a support interpretation by name.
argmap::ProjectionOptions projection_for(const char* support, const char* camp) {
    argmap::ProjectionOptions o = audience(camp);
    if (support) {
        const auto sup = argmap::parse_support_interpretation(support);
        if (!sup) throw std::invalid_argument(std::string("unknown support interpretation '") + support + "'");
        o.support = *sup;
    }
    return o;
}

argmap::Semantics semantics_named(const char* name) {
    const auto s = argmap::parse_semantics(name);
    if (!s) throw std::invalid_argument(std::string("unknown semantics '") + name + "'");
    return *s;
}

/// A string literal: the status, or "unknown" where the limits left the argument undecided.
const char* status_name(const argmap::JustificationStatus& js, argmap::arg_t a) {
    if (!js.decided[a]) return "unknown";
    switch (js.status[a]) {
    case argmap::Acceptance::sceptical: return "sceptical";
    case argmap::Acceptance::credulous: return "credulous";
    case argmap::Acceptance::rejected: return "rejected";
    }
    return "unknown";
}

template <class Read>
argmap_framework* wrap_framework(Read&& read, char** error) {
    try {
        auto af = std::make_unique<argmap_framework>();
        const auto r = read(af->nf);
        if (!r) return set_error(error, r.description()), nullptr;
        if (af->nf.names.empty())
            for (argmap::arg_t a = 0; a < af->nf.framework.size(); ++a) af->nf.names.push_back(std::to_string(a + 1));
        return af.release();
    } catch (const std::exception& e) {
        set_error(error, e.what());
        return nullptr;
    }
}

argmap::GradualSemantics gradual_named(const char* name) {
    const auto s = argmap::parse_gradual(name);
    if (!s) throw std::invalid_argument(std::string("unknown gradual semantics '") + name + "'");
    return *s;
}

nlohmann::ordered_json status_json(const argmap::ClaimStatus& s) {
    nlohmann::ordered_json j{{"present", s.present}};
    if (s.label) j["label"] = std::string(argmap::to_string(*s.label));
    if (s.acceptance) j["acceptance"] = std::string(argmap::to_string(*s.acceptance));
    if (s.strength) j["strength"] = *s.strength;
    return j;
}

nlohmann::ordered_json explanation_json(const argmap::Explanation& e) {
    nlohmann::ordered_json j{{"subject", e.subject}, {"label", std::string(argmap::to_string(e.label))}, {"reason", e.reason}};
    j["because"] = nlohmann::ordered_json::array();
    for (const auto& c : e.because) j["because"].push_back(explanation_json(c));
    return j;
}

std::string dump(const nlohmann::ordered_json& j) { return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace); }

std::string status_text(const argmap::EvaluatedStatus& s, bool gradual) {
    if (!gradual) return argmap::to_string(s, false);
    char b[32];
    std::snprintf(b, sizeof b, "%.17g", s.strength);
    return b;
}

argmap::ReportOptions report_options(double timeout) {
    argmap::ReportOptions o;
    o.timeout = timeout;
    return o;
}

const argmap::Revision* revision(const argmap_history* h, size_t i) {
    return h && i < h->history.size() ? &h->history.revisions()[i] : nullptr;
}

int push_edit(argmap_edits* e, argmap::Edit edit) {
    if (!e) return 1;
    try {
        e->edits.push_back(std::move(edit));
        return 0;
    } catch (...) {
        return 1;
    }
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
        const argmap::Semantics s = semantics_named(semantics);
        const auto ev = argmap::evaluate(map->map, s, projection_for(support, camp));
        map->labels.clear();
        for (std::size_t i = 0; i < map->map.claims().size(); ++i)
            map->labels.emplace_back(ev.labels.empty() ? argmap::to_string(ev.acceptance[i]) : argmap::to_string(ev.labels[i]));
        map->label_ptrs.clear();
        for (const auto& l : map->labels) map->label_ptrs.push_back(l.c_str());
        *result = map->label_ptrs.data();
        return 0;
    });
}

int argmap_justification_status(argmap_map* map, const char* semantics, const char* support, const char* camp,
                                double timeout, const char*** result, char** error) {
    return guarded(error, [&] {
        if (!map || !semantics || !result) throw std::invalid_argument("NULL argument");
        const argmap::Semantics s = semantics_named(semantics);
        const argmap::Projection p = argmap::project(map->map, projection_for(support, camp));
        const argmap::JustificationStatus js = argmap::justification_status(p.framework, s, argmap::Limits::timeout(timeout));
        map->status.clear();
        for (argmap::arg_t a : p.argument_of) map->status.push_back(status_name(js, a));
        *result = map->status.data();
        return js.answer == argmap::Answer::unknown ? 2 : 0;
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

char* argmap_attribution(const argmap_map* map, const char* claim, const char* gradual, const char* method, char** error) {
    char* out = nullptr;
    guarded(error, [&] {
        if (!map || !claim || !gradual) throw std::invalid_argument("NULL argument");
        const auto s = argmap::parse_gradual(gradual);
        if (!s) throw std::invalid_argument(std::string("unknown gradual semantics '") + gradual + "'");
        const auto how = argmap::parse_attribution_method(method ? method : "removal");
        if (!how) throw std::invalid_argument(std::string("unknown attribution method '") + method + "'");
        out = copy(argmap::to_json(argmap::attribute(map->map, claim, *s, *how)));
        return 0;
    });
    return out;
}

char* argmap_budget_attribution(const argmap_map* map, const char* claim, const char* semantics, int sceptical,
                                char** error) {
    char* out = nullptr;
    guarded(error, [&] {
        if (!map || !claim || !semantics) throw std::invalid_argument("NULL argument");
        const auto s = argmap::parse_semantics(semantics);
        if (!s) throw std::invalid_argument(std::string("unknown semantics '") + semantics + "'");
        out = copy(argmap::to_json(argmap::attribute_budget(map->map, claim, *s, sceptical != 0)));
        return 0;
    });
    return out;
}

// ---- abstract frameworks ----

argmap_framework* argmap_framework_load(const char* path, char** error) {
    if (!path) return set_error(error, "path is NULL"), nullptr;
    const auto f = argmap::io::af_format_of(path);
    if (!f) return set_error(error, std::string(path) + ": the format is not known from the extension (.af, .i23, .apx, .tgf)"), nullptr;
    return wrap_framework([&](argmap::io::NamedFramework& nf) { return argmap::io::read_af_file(path, *f, nf); }, error);
}

argmap_framework* argmap_framework_parse(const char* text, const char* format, char** error) {
    if (!text || !format) return set_error(error, "text or format is NULL"), nullptr;
    const auto f = argmap::io::parse_af_format(format);
    if (!f) return set_error(error, std::string("unknown framework format '") + format + "' (i23, apx, tgf)"), nullptr;
    return wrap_framework([&](argmap::io::NamedFramework& nf) { return argmap::io::read_af(text, *f, nf, "<string>"); }, error);
}

void argmap_framework_free(argmap_framework* af) { delete af; }
size_t argmap_framework_size(const argmap_framework* af) { return af ? af->nf.framework.size() : 0; }
const char* argmap_framework_name(const argmap_framework* af, size_t i) {
    return af && i < af->nf.names.size() ? af->nf.names[i].c_str() : nullptr;
}

int argmap_framework_justification_status(argmap_framework* af, const char* semantics, double timeout, const char*** result,
                                          char** error) {
    return guarded(error, [&] {
        if (!af || !semantics || !result) throw std::invalid_argument("NULL argument");
        const argmap::JustificationStatus js = argmap::justification_status(af->nf.framework, semantics_named(semantics), argmap::Limits::timeout(timeout));
        af->status.clear();
        for (argmap::arg_t a = 0; a < af->nf.framework.size(); ++a) af->status.push_back(status_name(js, a));
        *result = af->status.data();
        return js.answer == argmap::Answer::unknown ? 2 : 0;
    });
}

// ---- editing, copying ----

argmap_map* argmap_map_copy(const argmap_map* map) {
    if (!map) return nullptr;
    try {
        return wrap(map->map);
    } catch (...) {
        return nullptr;
    }
}

int argmap_remove_claim(argmap_map* map, const char* id, char** error) {
    return guarded(error, [&] {
        if (!map || !id) throw std::invalid_argument("map or id is NULL");
        map->map.remove_claim(id);
        return 0;
    });
}

// ---- claim tracking: histories ----

argmap_history* argmap_history_load(const char* path, int git, char** error) {
    argmap_history* out = nullptr;
    guarded(error, [&] {
        if (!path) throw std::invalid_argument("path is NULL");
        auto h = std::make_unique<argmap_history>();
        if (git) {
            h->history = argmap::git_history(path);
        } else {
            const auto r = argmap::io::load_history(path, h->history);
            if (!r) throw std::runtime_error(r.description());
        }
        out = h.release();
        return 0;
    });
    return out;
}

argmap_history* argmap_history_new(void) { return new (std::nothrow) argmap_history; }
void argmap_history_free(argmap_history* history) { delete history; }

int argmap_history_commit(argmap_history* history, const argmap_map* next, const char* author, const char* message,
                          const char* timestamp, char** error) {
    return guarded(error, [&] {
        if (!history || !next) throw std::invalid_argument("history or map is NULL");
        argmap::RevisionInfo info;
        if (author) info.author = author;
        if (message) info.message = message;
        if (timestamp) {
            if (!argmap::parse_timestamp(timestamp))
                throw std::invalid_argument(std::string("timestamp '") + timestamp + "' is not ISO 8601 (e.g. 2026-11-30 or 2026-11-30T15:00:00Z)");
            info.timestamp = timestamp;
        }
        history->history.commit(next->map, info);
        return 0;
    });
}

int argmap_history_save(const argmap_history* history, const char* path, char** error) {
    return guarded(error, [&] {
        if (!history || !path) throw std::invalid_argument("history or path is NULL");
        argmap::io::save_history(history->history, path);
        return 0;
    });
}

size_t argmap_history_revision_count(const argmap_history* history) { return history ? history->history.size() : 0; }
const char* argmap_history_revision_id(const argmap_history* h, size_t i) {
    const auto* r = revision(h, i);
    return r ? r->id.c_str() : nullptr;
}
const char* argmap_history_revision_timestamp(const argmap_history* h, size_t i) {
    const auto* r = revision(h, i);
    return r ? r->timestamp.c_str() : nullptr;
}
const char* argmap_history_revision_author(const argmap_history* h, size_t i) {
    const auto* r = revision(h, i);
    return r ? r->author.c_str() : nullptr;
}
const char* argmap_history_revision_message(const argmap_history* h, size_t i) {
    const auto* r = revision(h, i);
    return r ? r->message.c_str() : nullptr;
}
size_t argmap_history_revision_operation_count(const argmap_history* h, size_t i) {
    const auto* r = revision(h, i);
    return r ? r->operations.size() : 0;
}

char* argmap_history_revisions_json(const argmap_history* history, char** error) {
    char* out = nullptr;
    guarded(error, [&] {
        if (!history) throw std::invalid_argument("history is NULL");
        auto j = nlohmann::ordered_json::array();
        const auto revs = history->history.revisions();
        for (std::size_t k = 0; k < revs.size(); ++k) {
            nlohmann::ordered_json ops = nlohmann::ordered_json::array();
            for (const auto& op : revs[k].operations) ops.push_back(argmap::describe(op));
            j.push_back({{"number", k + 1}, {"id", revs[k].id}, {"timestamp", revs[k].timestamp}, {"author", revs[k].author},
                         {"message", revs[k].message}, {"operations", std::move(ops)}});
        }
        out = copy(dump(j));
        return 0;
    });
    return out;
}

argmap_map* argmap_history_checkout(const argmap_history* history, const char* reference, char** error) {
    argmap_map* out = nullptr;
    guarded(error, [&] {
        if (!history || !reference) throw std::invalid_argument("history or reference is NULL");
        const auto n = history->history.resolve(reference);
        if (!n)
            throw std::invalid_argument(std::string("no revision '") + reference + "' (" +
                                        std::to_string(history->history.size()) + " revisions)");
        out = wrap(history->history.checkout(*n));
        return 0;
    });
    return out;
}

argmap_map* argmap_history_head(const argmap_history* history) {
    if (!history) return nullptr;
    try {
        return wrap(history->history.head());
    } catch (...) {
        return nullptr;
    }
}

char* argmap_history_timeline_json(const argmap_history* history, const char* claim, const char* semantics,
                                   const char* gradual, const char* camp, char** error) {
    char* out = nullptr;
    guarded(error, [&] {
        if (!history || !claim) throw std::invalid_argument("history or claim is NULL");
        argmap::TimelineOptions o;
        if (semantics || !gradual) o.semantics = semantics_named(semantics ? semantics : "grounded");
        else o.semantics.reset();
        if (gradual) o.gradual = gradual_named(gradual);
        o.projection = audience(camp);
        const auto t = argmap::timeline(history->history, o);
        const auto* row = t.row(claim);
        if (!row) throw std::invalid_argument(std::string("unknown claim '") + claim + "' (in no revision)");
        std::string what;
        if (o.semantics) what = std::string(argmap::to_string(*o.semantics));
        if (o.gradual) what += (what.empty() ? "" : ", ") + argmap::to_string(*o.gradual);
        const auto changes = t.changes(claim);
        std::vector<bool> changed(t.revisions.size(), false);
        for (const auto& ch : changes) changed[ch.revision] = true;
        const auto revs = history->history.revisions();
        nlohmann::ordered_json j{{"claim", claim}, {"semantics", what}};
        j["revisions"] = nlohmann::ordered_json::array();
        for (std::size_t k = 0; k < t.revisions.size(); ++k) {
            nlohmann::ordered_json r{{"number", k + 1}, {"id", revs[k].id}, {"timestamp", revs[k].timestamp},
                                     {"author", revs[k].author}, {"message", revs[k].message}};
            r.update(status_json((*row)[k]));
            r["changed"] = bool(changed[k]);
            j["revisions"].push_back(std::move(r));
        }
        j["changes"] = nlohmann::ordered_json::array();
        for (const auto& ch : changes)
            j["changes"].push_back({{"number", ch.revision + 1}, {"id", t.revisions[ch.revision]},
                                    {"before", status_json(ch.before)}, {"after", status_json(ch.after)}});
        out = copy(dump(j));
        return 0;
    });
    return out;
}

// ---- what-if ----

argmap_edits* argmap_edits_new(void) { return new (std::nothrow) argmap_edits; }
void argmap_edits_free(argmap_edits* edits) { delete edits; }
size_t argmap_edits_count(const argmap_edits* edits) { return edits ? edits->edits.size() : 0; }

int argmap_edits_retract(argmap_edits* edits, const char* claim) {
    return claim ? push_edit(edits, argmap::Edit::retract(claim)) : 1;
}
int argmap_edits_add_claim(argmap_edits* edits, const char* id, const char* text, const char* kind, double weight) {
    if (!id) return 1;
    argmap::Claim c;
    c.id = id;
    if (text) c.text = text;
    if (kind) {
        const auto k = argmap::parse_claim_kind(kind);
        if (!k) return 1;
        c.kind = *k;
    }
    c.weight = weight;
    return push_edit(edits, argmap::Edit::add(std::move(c)));
}
int argmap_edits_attack(argmap_edits* edits, const char* source, const char* target, double weight) {
    return source && target ? push_edit(edits, argmap::Edit::attack(source, target, weight)) : 1;
}
int argmap_edits_support(argmap_edits* edits, const char* source, const char* target, double weight) {
    return source && target ? push_edit(edits, argmap::Edit::support(source, target, weight)) : 1;
}
int argmap_edits_remove_relation(argmap_edits* edits, const char* relation_id) {
    return relation_id ? push_edit(edits, argmap::Edit::remove_relation(relation_id)) : 1;
}
int argmap_edits_claim_weight(argmap_edits* edits, const char* claim, double weight) {
    return claim ? push_edit(edits, argmap::Edit::claim_weight(claim, weight)) : 1;
}
int argmap_edits_relation_weight(argmap_edits* edits, const char* relation_id, double weight) {
    return relation_id ? push_edit(edits, argmap::Edit::relation_weight(relation_id, weight)) : 1;
}

int argmap_what_if(const argmap_map* map, const argmap_edits* edits, const char* semantics, const char* gradual,
                   const char* camp, argmap_whatif** result, char** error) {
    return guarded(error, [&] {
        if (!map || !edits || !result) throw std::invalid_argument("NULL argument");
        argmap::EvaluationSpec spec;
        if (semantics) spec.semantics = semantics_named(semantics);
        if (gradual) spec.gradual = gradual_named(gradual);
        spec.projection = audience(camp);
        const auto w = argmap::what_if(map->map, edits->edits, spec);
        if (w.answer == argmap::Answer::unknown) throw std::runtime_error("no answer within the limits");
        if (!w.converged) throw std::runtime_error("the gradual semantics did not converge");
        auto r = std::make_unique<argmap_whatif>();
        const bool g = spec.gradual.has_value();
        for (const auto& c : w.changes) {
            r->claims.push_back(c.claim);
            r->before.push_back(c.before ? std::optional<std::string>(status_text(*c.before, g)) : std::nullopt);
            r->after.push_back(c.after ? std::optional<std::string>(status_text(*c.after, g)) : std::nullopt);
        }
        *result = r.release();
        return 0;
    });
}

void argmap_whatif_free(argmap_whatif* result) { delete result; }
size_t argmap_whatif_count(const argmap_whatif* r) { return r ? r->claims.size() : 0; }
const char* argmap_whatif_claim(const argmap_whatif* r, size_t i) {
    return r && i < r->claims.size() ? r->claims[i].c_str() : nullptr;
}
const char* argmap_whatif_before(const argmap_whatif* r, size_t i) {
    return r && i < r->before.size() && r->before[i] ? r->before[i]->c_str() : nullptr;
}
const char* argmap_whatif_after(const argmap_whatif* r, size_t i) {
    return r && i < r->after.size() && r->after[i] ? r->after[i]->c_str() : nullptr;
}

// ---- explanations ----

char* argmap_explain_grounded_json(const argmap_map* map, const char* claim, const char* camp, size_t max_depth,
                                   char** error) {
    char* out = nullptr;
    guarded(error, [&] {
        if (!map || !claim) throw std::invalid_argument("map or claim is NULL");
        const auto e = argmap::explain_grounded(map->map, claim, max_depth ? max_depth : 8, audience(camp));
        out = copy(dump(explanation_json(e)));
        return 0;
    });
    return out;
}

// ---- the HTML report ----

char* argmap_report_html(const argmap_map* map, double timeout, char** error) {
    char* out = nullptr;
    guarded(error, [&] {
        if (!map) throw std::invalid_argument("map is NULL");
        out = copy(argmap::report_html(map->map, report_options(timeout)));
        return 0;
    });
    return out;
}

int argmap_report_write(const argmap_map* map, const char* path, double timeout, char** error) {
    return guarded(error, [&] {
        if (!map || !path) throw std::invalid_argument("map or path is NULL");
        argmap::write_report(map->map, path, report_options(timeout));
        return 0;
    });
}

// ---- explanations under every semantics ----

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
