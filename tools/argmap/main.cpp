// The argmap command line: eval, render, convert. Uses the public API only.
#include <argmap/argmap.hpp>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <iostream>
#include <map>
#include <optional>

namespace {

struct Failure {
    std::string message;
};

argmap::ArgumentMap load(const std::string& path, std::optional<argmap::io::Format> format = std::nullopt) {
    argmap::ArgumentMap map;
    const auto r = argmap::io::load_map(path, map, format);
    for (const auto& w : r.warnings) std::cerr << w.to_string() << " (warning)\n";
    if (!r) throw Failure{r.description()};
    return map;
}

// Cuts to at most `width` code points, adding an ellipsis.
std::string clip(std::string_view s, std::size_t width) {
    std::string out;
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if ((c & 0xC0) != 0x80) {
            if (n == width) return out + "…";
            ++n;
        }
        out += (s[i] == '\n' || s[i] == '\t') ? ' ' : s[i];
    }
    return out;
}

std::string pad(std::string s, std::size_t width) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    if (n < width) s.append(width - n, ' ');
    return s;
}

std::string join(const std::vector<std::string>& v, const char* sep) {
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i) out += (i ? sep : "") + v[i];
    return out;
}

struct EvalOptions {
    std::string path, format = "table", semantics = "grounded", support = "none", camp, gradual, method = "auto";
    double min_weight = 0, timeout = 0, epsilon = 1e-9, step = 0.5;
    std::size_t iterations = 10000;
    bool camps = false, min_budget = false;
    double budget = -1;
};

argmap::Limits limits_for(double timeout) {
    argmap::Limits limits;
    if (timeout > 0)
        limits.deadline = std::chrono::steady_clock::now() +
                          std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(timeout));
    return limits;
}

argmap::ProjectionOptions projection_for(const EvalOptions& e) {
    argmap::ProjectionOptions opts;
    opts.min_relation_weight = e.min_weight;
    const auto support = argmap::parse_support_interpretation(e.support);
    if (!support) throw Failure{"unknown support interpretation '" + e.support + "'; expected none, deductive, necessary or evidential"};
    opts.support = *support;
    opts.audience = e.camp;
    return opts;
}

int cmd_gradual(const argmap::ArgumentMap& map, const EvalOptions& e) {
    const auto sem = argmap::parse_gradual(e.gradual);
    if (!sem)
        throw Failure{"unknown gradual semantics '" + e.gradual +
                      "'; expected h-categorizer, max-based, card-based, df-quad, qe, euler, mlp or AGGREGATION:INFLUENCE "
                      "(sum|product|top : linear|quadratic|euler|mlp)"};
    argmap::GradualOptions o;
    o.method = e.method == "exact" ? argmap::GradualMethod::exact
             : e.method == "discrete" ? argmap::GradualMethod::discrete
             : e.method == "continuous" ? argmap::GradualMethod::continuous
                                        : argmap::GradualMethod::automatic;
    o.epsilon = e.epsilon;
    o.step = e.step;
    o.max_iterations = e.iterations;
    o.limits = limits_for(e.timeout);
    const auto r = argmap::evaluate_gradual(map, *sem, o);
    static const char* methods[] = {"auto", "exact", "discrete", "continuous"};
    const auto claims = map.claims();
    if (e.format == "json") {
        nlohmann::ordered_json j;
        j["title"] = map.title();
        j["gradual"] = argmap::to_string(*sem);
        j["method"] = methods[static_cast<int>(r.method)];
        j["converged"] = r.converged;
        j["iterations"] = r.iterations;
        j["residual"] = r.residual;
        if (!r.converged) j["message"] = r.message;
        j["claims"] = nlohmann::ordered_json::array();
        for (std::size_t i = 0; i < claims.size(); ++i)
            j["claims"].push_back({{"id", claims[i].id}, {"base", claims[i].weight}, {"strength", r.strength[i]},
                                   {"kind", std::string(argmap::to_string(claims[i].kind))}, {"camps", claims[i].camps}});
        std::cout << j.dump(2) << "\n";
    } else {
        if (!map.title().empty()) std::cout << map.title() << "\n";
        std::cout << argmap::to_string(*sem) << " (" << methods[static_cast<int>(r.method)] << ", " << r.iterations
                  << " iteration" << (r.iterations == 1 ? "" : "s") << (r.converged ? ", converged" : ", NOT converged") << ")\n\n";
        std::cout << pad("STRENGTH", 10) << pad("BASE", 7) << "ID\n";
        for (std::size_t i = 0; i < claims.size(); ++i) {
            char s[32], b[32];
            std::snprintf(s, sizeof s, "%.4f", r.strength[i]);
            std::snprintf(b, sizeof b, "%.2f", claims[i].weight);
            std::cout << pad(s, 10) << pad(b, 7) << clip(claims[i].id, 40) << "\n";
        }
    }
    if (!r.converged) {
        std::cerr << "argmap: " << r.message << "\n";
        return 4;
    }
    return 0;
}

int cmd_camps(const argmap::ArgumentMap& map, const EvalOptions& e) {
    const auto report = argmap::evaluate_audiences(map, projection_for(e), limits_for(e.timeout));
    if (report.answer == argmap::Answer::unknown) throw Failure{"no answer within the time limit"};
    if (map.camps().empty()) throw Failure{"the map has no camps"};
    const auto claims = map.claims();
    if (e.format == "json") {
        nlohmann::ordered_json j;
        j["title"] = map.title();
        j["camps"] = nlohmann::ordered_json::array();
        for (const auto& c : report.camps) j["camps"].push_back(c.camp);
        j["claims"] = nlohmann::ordered_json::array();
        for (std::size_t i = 0; i < claims.size(); ++i) {
            nlohmann::ordered_json o;
            o["id"] = claims[i].id;
            nlohmann::ordered_json views;
            for (const auto& c : report.camps)
                views[c.camp] = {{"grounded", std::string(argmap::to_string(c.grounded[i]))},
                                 {"preferred", std::string(argmap::to_string(c.preferred[i]))}};
            o["by_camp"] = views;
            o["objective"] = bool(report.objective[i]);
            o["subjective"] = bool(report.subjective[i]);
            j["claims"].push_back(std::move(o));
        }
        std::cout << j.dump(2) << "\n";
        return 0;
    }
    if (!map.title().empty()) std::cout << map.title() << "\n";
    std::cout << "each camp as an audience: grounded label / preferred status; OBJ = sceptically preferred for every camp, "
                 "SUBJ = credulously for some\n\n";
    std::cout << pad("ID", 30);
    for (const auto& c : report.camps) std::cout << pad(clip(c.camp, 20), 22);
    std::cout << "OBJ  SUBJ\n";
    for (std::size_t i = 0; i < claims.size(); ++i) {
        std::cout << pad(clip(claims[i].id, 28), 30);
        for (const auto& c : report.camps)
            std::cout << pad(std::string(argmap::to_string(c.grounded[i])) + " / " + std::string(argmap::to_string(c.preferred[i])), 22);
        std::cout << pad(report.objective[i] ? "yes" : "-", 5) << (report.subjective[i] ? "yes" : "-") << "\n";
    }
    return 0;
}

int cmd_budget(const argmap::ArgumentMap& map, const EvalOptions& e) {
    const auto semantics = argmap::parse_semantics(e.semantics);
    if (!semantics || (*semantics != argmap::Semantics::grounded && *semantics != argmap::Semantics::preferred))
        throw Failure{"budgets work with --semantics grounded or preferred"};
    const auto budgets = argmap::minimal_budgets(map, *semantics, projection_for(e), limits_for(e.timeout));
    const auto claims = map.claims();
    auto fmt = [](const argmap::BudgetResult& r) -> std::string {
        if (r.answer == argmap::Answer::yes) {
            char b[32];
            std::snprintf(b, sizeof b, "%.3g", r.budget);
            return b;
        }
        return r.answer == argmap::Answer::no ? "never" : "unknown";
    };
    auto within = [&](const argmap::BudgetResult& r) { return r.answer == argmap::Answer::yes && r.budget <= e.budget; };
    if (e.format == "json") {
        nlohmann::ordered_json j;
        j["semantics"] = std::string(argmap::to_string(*semantics));
        if (e.budget >= 0) j["budget"] = e.budget;
        j["claims"] = nlohmann::ordered_json::array();
        for (std::size_t i = 0; i < claims.size(); ++i) {
            nlohmann::ordered_json o;
            o["id"] = claims[i].id;
            for (auto [name, r] : {std::pair{"credulous", &budgets[i].credulous}, std::pair{"sceptical", &budgets[i].sceptical}}) {
                nlohmann::ordered_json b;
                b["answer"] = r->answer == argmap::Answer::yes ? "yes" : r->answer == argmap::Answer::no ? "never" : "unknown";
                if (r->answer == argmap::Answer::yes) b["minimal_budget"] = r->budget;
                if (e.budget >= 0) b["within_budget"] = within(*r);
                o[name] = b;
            }
            j["claims"].push_back(std::move(o));
        }
        std::cout << j.dump(2) << "\n";
        return 0;
    }
    std::cout << "smallest weight of attacks to disregard for acceptance under " << argmap::to_string(*semantics) << "\n\n";
    std::cout << pad("CREDULOUS", 11) << pad("SCEPTICAL", 11) << (e.budget >= 0 ? pad("WITHIN", 8) : "") << "ID\n";
    for (std::size_t i = 0; i < claims.size(); ++i) {
        std::cout << pad(fmt(budgets[i].credulous), 11) << pad(fmt(budgets[i].sceptical), 11);
        if (e.budget >= 0)
            std::cout << pad(within(budgets[i].sceptical) ? "scep" : within(budgets[i].credulous) ? "cred" : "-", 8);
        std::cout << clip(claims[i].id, 40) << "\n";
    }
    return 0;
}

int cmd_eval(const EvalOptions& e) {
    const auto map = load(e.path);
    if (!e.gradual.empty()) return cmd_gradual(map, e);
    if (e.min_budget || e.budget >= 0) return cmd_budget(map, e);
    if (e.camps) return cmd_camps(map, e);
    const std::string& format = e.format;
    const auto semantics = argmap::parse_semantics(e.semantics);
    if (!semantics) throw Failure{"unknown semantics '" + e.semantics + "'"};
    const auto opts = projection_for(e);
    const auto ev = argmap::evaluate(map, *semantics, opts, limits_for(e.timeout));
    if (ev.answer == argmap::Answer::unknown) throw Failure{"no answer within the time limit"};
    const bool labelled = !ev.labels.empty();
    const auto claims = map.claims();
    auto status = [&](std::size_t i) {
        return std::string(labelled ? argmap::to_string(ev.labels[i]) : argmap::to_string(ev.acceptance[i]));
    };
    std::map<std::string, std::size_t> count;
    for (std::size_t i = 0; i < claims.size(); ++i) ++count[status(i)];
    const std::vector<std::string> keys = labelled ? std::vector<std::string>{"in", "out", "undec"}
                                                   : std::vector<std::string>{"sceptical", "credulous", "rejected"};
    const std::string sem(argmap::to_string(*semantics));
    if (format == "json") {
        nlohmann::ordered_json j;
        j["title"] = map.title();
        j["semantics"] = sem;
        if (!ev.has_extension) j["extensions"] = 0;
        j["claims"] = nlohmann::ordered_json::array();
        for (std::size_t i = 0; i < claims.size(); ++i) {
            const auto& c = claims[i];
            nlohmann::ordered_json o;
            o["id"] = c.id;
            if (labelled) o["label"] = std::string(argmap::to_string(ev.labels[i]));
            o["acceptance"] = std::string(argmap::to_string(ev.acceptance[i]));
            o["kind"] = std::string(argmap::to_string(c.kind));
            o["camps"] = c.camps;
            o["weight"] = c.weight;
            o["text"] = c.text;
            o["locator"] = c.provenance.locator;
            j["claims"].push_back(std::move(o));
        }
        nlohmann::ordered_json counts;
        for (const auto& k : keys) counts[k] = count[k];
        j["counts"] = counts;
        std::cout << j.dump(2) << "\n";
        return 0;
    }
    std::size_t id_w = 2, camp_w = 5;
    for (const auto& c : claims) {
        id_w = std::max(id_w, std::min<std::size_t>(c.id.size(), 28));
        camp_w = std::max(camp_w, std::min<std::size_t>(join(c.camps, ",").size(), 20));
    }
    if (!map.title().empty()) std::cout << map.title() << "\n";
    std::cout << sem << " semantics:";
    for (std::size_t k = 0; k < keys.size(); ++k) std::cout << (k ? ", " : " ") << count[keys[k]] << " " << keys[k];
    if (!ev.has_extension) std::cout << " (no " << sem << " extension exists)";
    std::cout << "\n\n";
    const std::size_t status_w = labelled ? 6 : 10;
    std::cout << pad(labelled ? "LABEL" : "STATUS", status_w) << pad("ID", id_w + 2) << pad("KIND", 11)
              << pad("CAMPS", camp_w + 2) << "TEXT\n";
    for (std::size_t i = 0; i < claims.size(); ++i) {
        const auto& c = claims[i];
        std::cout << pad(status(i), status_w) << pad(clip(c.id, id_w), id_w + 2) << pad(std::string(argmap::to_string(c.kind)), 11)
                  << pad(clip(join(c.camps, ","), camp_w), camp_w + 2) << clip(c.text, 70) << "\n";
    }
    return 0;
}

int cmd_render(const std::string& path, const std::string& out, bool no_labels, bool no_clusters, std::size_t wrap,
               const std::string& rankdir) {
    const auto map = load(path);
    std::vector<argmap::Label> labels;
    if (!no_labels) labels = argmap::evaluate_grounded(map);
    argmap::RenderOptions o;
    o.camp_clusters = !no_clusters;
    o.wrap_width = wrap;
    o.rankdir = rankdir;
    argmap::render_file(map, labels, out, o);
    std::cerr << "wrote " << out << "\n";
    return 0;
}

std::optional<argmap::io::Format> format_named(const std::string& name) {
    if (name.empty()) return std::nullopt;
    auto f = argmap::io::parse_format(name);
    if (!f) throw Failure{"unknown format '" + name + "'; expected argdown, xml, json, graphml, aif, bag, i23, apx or tgf"};
    return f;
}

int cmd_convert(const std::string& in, const std::string& out, const std::string& from, const std::string& to) {
    const auto map = load(in, format_named(from));
    auto target = format_named(to);
    if (!target) target = argmap::io::format_of(out);
    if (!target) throw Failure{out + ": unknown file extension; use --to FORMAT"};
    for (const auto& item : argmap::io::lost_in(map, *target))
        std::cerr << "note: " << argmap::io::to_string(*target) << " cannot carry " << item << "\n";
    argmap::io::save_map(map, out, target);
    std::cerr << "wrote " << out << " (" << map.claims().size() << " claims, " << map.relations().size()
              << " relations, " << map.camps().size() << " camps)\n";
    return 0;
}

nlohmann::ordered_json explanation_json(const argmap::Explanation& e) {
    nlohmann::ordered_json j{{"subject", e.subject}, {"label", std::string(argmap::to_string(e.label))}, {"reason", e.reason}};
    j["because"] = nlohmann::ordered_json::array();
    for (const auto& c : e.because) j["because"].push_back(explanation_json(c));
    return j;
}

int cmd_explain(const std::string& path, const std::string& claim, const std::string& format, std::size_t depth,
                const std::string& support) {
    const auto map = load(path);
    EvalOptions e;
    e.support = support;
    const auto x = argmap::explain_grounded(map, claim, depth, projection_for(e));
    if (format == "json") std::cout << explanation_json(x).dump(2) << "\n";
    else std::cout << argmap::to_text(x);
    return 0;
}

int cmd_diff(const std::string& before_path, const std::string& after_path, const std::string& format) {
    const auto before = load(before_path), after = load(after_path);
    const auto d = argmap::diff(before, after);
    auto label = [](const std::optional<argmap::Label>& l) { return l ? std::string(argmap::to_string(*l)) : std::string("-"); };
    if (format == "json") {
        nlohmann::ordered_json j;
        j["added_claims"] = d.added_claims;
        j["removed_claims"] = d.removed_claims;
        j["changed_claims"] = nlohmann::ordered_json::array();
        for (const auto& [id, fields] : d.changed_claims) j["changed_claims"].push_back({{"id", id}, {"fields", fields}});
        j["added_relations"] = d.added_relations;
        j["removed_relations"] = d.removed_relations;
        j["reweighted_relations"] = d.reweighted_relations;
        j["label_changes"] = nlohmann::ordered_json::array();
        for (const auto& c : d.label_changes)
            j["label_changes"].push_back({{"claim", c.claim}, {"before", label(c.before)}, {"after", label(c.after)}});
        std::cout << j.dump(2) << "\n";
        return 0;
    }
    for (const auto& id : d.added_claims) std::cout << "+ claim " << id << "\n";
    for (const auto& id : d.removed_claims) std::cout << "- claim " << id << "\n";
    for (const auto& [id, fields] : d.changed_claims) std::cout << "~ claim " << id << " (" << join(fields, ", ") << ")\n";
    for (const auto& r : d.added_relations) std::cout << "+ " << r << "\n";
    for (const auto& r : d.removed_relations) std::cout << "- " << r << "\n";
    for (const auto& r : d.reweighted_relations) std::cout << "~ " << r << " (weight)\n";
    if (d.empty()) std::cout << "no changes\n";
    if (!d.label_changes.empty()) {
        std::cout << "\ngrounded labels:\n";
        for (const auto& c : d.label_changes) std::cout << "  " << c.claim << ": " << label(c.before) << " -> " << label(c.after) << "\n";
    }
    return 0;
}

// ---- ICCMA 2023 solver interface ----

struct Task {
    std::string kind;  // DC DS SE EE CE
    argmap::Semantics semantics;
};

std::vector<std::string> problems() {
    std::vector<std::string> out;
    for (const char* k : {"DC", "DS", "SE", "EE", "CE"})
        for (auto s : argmap::all_semantics()) out.push_back(std::string(k) + "-" + std::string(argmap::iccma_code(s)));
    return out;
}

int cmd_solve(const std::string& problem, const std::string& file, const std::string& query, std::string format, double timeout) {
    const auto dash = problem.find('-');
    const std::string kind = problem.substr(0, dash);
    std::optional<argmap::Semantics> parsed;
    if (dash != std::string::npos) parsed = argmap::parse_semantics(problem.substr(dash + 1));
    if (!parsed || (kind != "DC" && kind != "DS" && kind != "SE" && kind != "EE" && kind != "CE"))
        throw Failure{"unknown problem '" + problem + "'; see --problems"};
    const argmap::Semantics sem_value = *parsed;
    const argmap::Semantics* sem = &sem_value;
    if (format.empty()) {
        const auto f = argmap::io::af_format_of(file);
        if (!f) throw Failure{file + ": cannot tell the format from the extension; use -fo i23|apx|tgf"};
        format = f == argmap::io::AfFormat::i23 ? "i23" : f == argmap::io::AfFormat::apx ? "apx" : "tgf";
    }
    argmap::io::NamedFramework nf;
    const auto r = argmap::io::read_af_file(file, *argmap::io::parse_af_format(format), nf);
    if (!r) throw Failure{r.description()};
    const auto& af = nf.framework;
    auto name = [&](argmap::arg_t a) { return nf.names.empty() ? std::to_string(a + 1) : nf.names[a]; };
    auto witness = [&](std::span<const argmap::arg_t> e) {
        std::string line = "w";
        for (auto a : e) line += " " + name(a);
        return line;
    };
    argmap::Limits limits;
    if (timeout > 0)
        limits.deadline = std::chrono::steady_clock::now() +
                          std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(timeout));
    auto unknown = [] {
        std::cerr << "argmap: no answer within the time limit\n";
        return 3;
    };
    if (kind == "DC" || kind == "DS") {
        if (query.empty()) throw Failure{"-a ARGUMENT is required for " + kind};
        argmap::arg_t a = 0;
        if (nf.names.empty()) {
            std::uint64_t v = 0;
            auto [ptr, ec] = std::from_chars(query.data(), query.data() + query.size(), v);
            if (ec != std::errc() || ptr != query.data() + query.size() || v < 1 || v > af.size())
                throw Failure{"argument '" + query + "' is not in 1.." + std::to_string(af.size())};
            a = static_cast<argmap::arg_t>(v - 1);
        } else {
            auto it = std::find(nf.names.begin(), nf.names.end(), query);
            if (it == nf.names.end()) throw Failure{"unknown argument '" + query + "'"};
            a = static_cast<argmap::arg_t>(it - nf.names.begin());
        }
        const auto d = kind == "DC" ? argmap::credulous(af, *sem, a, limits) : argmap::sceptical(af, *sem, a, limits);
        if (d.answer == argmap::Answer::unknown) return unknown();
        std::cout << (d.answer == argmap::Answer::yes ? "YES" : "NO") << "\n";
        if (d.witness) std::cout << witness(*d.witness) << "\n";
        return 0;
    }
    if (kind == "SE") {
        const auto d = argmap::some_extension(af, *sem, limits);
        if (d.answer == argmap::Answer::unknown) return unknown();
        std::cout << (d.answer == argmap::Answer::yes ? witness(*d.witness) : "NO") << "\n";
        return 0;
    }
    if (kind == "EE") {
        const auto a = argmap::enumerate_extensions(af, *sem, [&](std::span<const argmap::arg_t> e) {
            std::cout << witness(e) << "\n";
            return true;
        }, limits);
        return a == argmap::Answer::unknown ? unknown() : 0;
    }
    const auto c = argmap::count_extensions(af, *sem, limits);
    if (c.answer == argmap::Answer::unknown) return unknown();
    std::cout << c.count << "\n";
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"argmap: argument maps, argumentation semantics and diagrams"};
    app.set_version_flag("--version", std::string("argmap ") + std::string(argmap::version()));
    app.require_subcommand(1);

    EvalOptions ev;
    auto* eval = app.add_subcommand("eval", "Evaluate a map and print every claim with its label, status or strength");
    eval->add_option("MAP", ev.path, "map file (.argdown .xml .json .graphml .aif .bag .af .apx .tgf)")->required();
    eval->add_option("--format", ev.format, "output format")->check(CLI::IsMember({"table", "json"}))->capture_default_str();
    eval->add_option("--semantics", ev.semantics,
                     "extension semantics: a name (grounded, preferred, stable, semi-stable, stage, ideal, eager, cf2, "
                     "complete, admissible, naive, conflict-free) or an ICCMA code (GR, PR, ...)")
        ->capture_default_str();
    eval->add_option("--min-weight", ev.min_weight, "leave out relations lighter than this")->check(CLI::Range(0.0, 1.0));
    eval->add_option("--timeout", ev.timeout, "seconds before giving up");
    eval->add_option("--support", ev.support, "support interpretation: none, deductive, necessary, evidential")->capture_default_str();
    eval->add_option("--camp", ev.camp, "evaluate with this camp as the audience (value-based argumentation)");
    eval->add_flag("--camps", ev.camps, "every camp as an audience: grounded and preferred, objective and subjective acceptance");
    eval->add_option("--gradual", ev.gradual, "gradual semantics: h-categorizer, max-based, card-based, df-quad, qe, euler, mlp, or e.g. sum:euler");
    eval->add_option("--method", ev.method, "gradual: auto, exact, discrete or continuous")
        ->check(CLI::IsMember({"auto", "exact", "discrete", "continuous"}))->capture_default_str();
    eval->add_option("--epsilon", ev.epsilon, "gradual: convergence threshold")->capture_default_str();
    eval->add_option("--step", ev.step, "gradual: RK4 step size")->capture_default_str();
    eval->add_option("--iterations", ev.iterations, "gradual: iteration cap")->capture_default_str();
    eval->add_flag("--min-budget", ev.min_budget, "smallest weight of attacks to disregard for each claim to be accepted (grounded, preferred)");
    eval->add_option("--budget", ev.budget, "acceptance when attacks up to this total weight may be disregarded")->check(CLI::NonNegativeNumber);

    std::string render_map, render_out;
    bool no_labels = false, no_clusters = false;
    std::size_t wrap = 34;
    auto* render = app.add_subcommand("render", "Draw a map as SVG, PNG or DOT (chosen by the output's extension)");
    render->add_option("MAP", render_map, "map file")->required();
    render->add_option("-o,--output", render_out, "output file: .svg, .png, .dot or .gv")->required();
    render->add_flag("--no-labels", no_labels, "do not colour claims by their grounded label");
    render->add_flag("--no-clusters", no_clusters, "do not group claims by camp");
    render->add_option("--wrap", wrap, "characters per line of claim text")->check(CLI::Range(8, 200))->capture_default_str();
    std::string rankdir = "RL";
    render->add_option("--rankdir", rankdir, "direction of reasons: RL (conclusions left), BT (thesis on top), LR, TB")
        ->check(CLI::IsMember({"RL", "BT", "LR", "TB"}))->capture_default_str();

    std::string conv_in, conv_out, conv_from, conv_to;
    auto* convert = app.add_subcommand("convert", "Convert a map between formats (by extension or --from/--to)");
    convert->add_option("IN", conv_in, "input map")->required();
    convert->add_option("OUT", conv_out, "output map: .argdown .xml .json .graphml .aif .bag .af .apx .tgf")->required();
    convert->add_option("--from", conv_from, "input format: argdown, xml, json, graphml, aif, bag, i23, apx, tgf");
    convert->add_option("--to", conv_to, "output format (same names)");

    std::string explain_map, explain_claim, explain_format = "text", explain_support = "none";
    std::size_t explain_depth = 8;
    auto* explain = app.add_subcommand("explain", "Why a claim is in, out or undecided under grounded semantics");
    explain->add_option("MAP", explain_map, "map file")->required();
    explain->add_option("CLAIM", explain_claim, "claim id")->required();
    explain->add_option("--format", explain_format, "text or json")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
    explain->add_option("--depth", explain_depth, "levels of reasons")->capture_default_str();
    explain->add_option("--support", explain_support, "support interpretation: none, deductive, necessary, evidential")->capture_default_str();

    std::string diff_before, diff_after, diff_format = "text";
    auto* diffc = app.add_subcommand("diff", "What changed between two revisions of a map, and what it did to the grounded labels");
    diffc->add_option("BEFORE", diff_before, "earlier map")->required();
    diffc->add_option("AFTER", diff_after, "later map")->required();
    diffc->add_option("--format", diff_format, "text or json")->check(CLI::IsMember({"text", "json"}))->capture_default_str();

    std::string problem, af_file, query, af_format;
    double timeout = 0;
    bool list_problems = false, list_formats = false;
    auto* solve = app.add_subcommand("solve", "ICCMA 2023 solver interface: -p TASK -f FILE [-a ARG] [-fo FORMAT]");
    solve->add_option("-p", problem, "task, e.g. DC-PR, DS-ST, SE-SST, EE-CO, CE-STG");
    solve->add_option("-f", af_file, "framework file (.i23/.af, .apx, .tgf)");
    solve->add_option("-a", query, "the query argument of DC and DS");
    solve->add_option("--fo", af_format, "input format: i23, apx or tgf (default: by extension)")->check(CLI::IsMember({"i23", "apx", "tgf"}));
    solve->add_option("--timeout", timeout, "seconds before giving up (exit code 3)");
    solve->add_flag("--problems", list_problems, "print the supported tasks");
    solve->add_flag("--formats", list_formats, "print the supported input formats");

    // ICCMA spells the format option "-fo"; CLI11 takes one-dash names of one letter only.
    std::vector<std::string> args(argv + 1, argv + argc);
    for (auto& a : args)
        if (a == "-fo") a = "--fo";
    std::reverse(args.begin(), args.end());
    try {
        app.parse(args);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }
    try {
        if (*eval) return cmd_eval(ev);
        if (*render) return cmd_render(render_map, render_out, no_labels, no_clusters, wrap, rankdir);
        if (*convert) return cmd_convert(conv_in, conv_out, conv_from, conv_to);
        if (*diffc) return cmd_diff(diff_before, diff_after, diff_format);
        if (*explain) return cmd_explain(explain_map, explain_claim, explain_format, explain_depth, explain_support);
        if (*solve) {
            if (list_problems) {
                std::cout << "[" << join(problems(), ",") << "]\n";
                return 0;
            }
            if (list_formats) {
                std::cout << "[i23,apx,tgf]\n";
                return 0;
            }
            if (problem.empty() || af_file.empty()) throw Failure{"solve needs -p TASK and -f FILE (or --problems, --formats)"};
            return cmd_solve(problem, af_file, query, af_format, timeout);
        }
    } catch (const Failure& f) {
        std::cerr << "argmap: " << f.message << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "argmap: error: " << e.what() << "\n";
        return 1;
    }
    return 2;
}
