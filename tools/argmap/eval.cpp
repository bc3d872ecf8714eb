// argmap eval: every claim's label, acceptance or strength; camps as audiences; budgets.
#include "cli.hpp"

#include <nlohmann/json.hpp>

#include <iostream>
#include <map>
#include <memory>

namespace argmap_cli {

namespace {

struct EvalOptions {
    std::string path, from, format = "table", semantics = "grounded", support = "none", camp, gradual, method = "auto";
    double min_weight = 0, timeout = 0, epsilon = 1e-9, step = 0.5;
    std::size_t iterations = 10000;
    bool camps = false, min_budget = false;
    double budget = -1;
};

argmap::ProjectionOptions eval_projection(const EvalOptions& e) { return argmap_cli::projection_for(e.min_weight, e.support, e.camp); }

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
    o.limits = argmap::Limits::timeout(e.timeout);
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

/// --timeout fired: nothing is printed (a partial evaluation would read as a complete one; `argmap
/// status` prints what was decided) and the exit code is 3, as for `solve` and `status`.
int no_answer_in_time() {
    std::cerr << "argmap: no answer within the time limit (--timeout); `argmap status` prints what was decided by then\n";
    return 3;
}

int cmd_camps(const argmap::ArgumentMap& map, const EvalOptions& e) {
    const auto report = argmap::evaluate_audiences(map, eval_projection(e), argmap::Limits::timeout(e.timeout));
    if (report.answer == argmap::Answer::unknown) return no_answer_in_time();
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
    const auto budgets = argmap::minimal_budgets(map, *semantics, eval_projection(e), argmap::Limits::timeout(e.timeout));
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
    const auto map = load(e.path, input_format(e.path, e.from));
    if (!e.gradual.empty()) return cmd_gradual(map, e);
    if (e.min_budget || e.budget >= 0) return cmd_budget(map, e);
    if (e.camps) return cmd_camps(map, e);
    const std::string& format = e.format;
    const auto semantics = argmap::parse_semantics(e.semantics);
    if (!semantics) throw Failure{"unknown semantics '" + e.semantics + "'"};
    const auto opts = eval_projection(e);
    const auto ev = argmap::evaluate(map, *semantics, opts, argmap::Limits::timeout(e.timeout));
    if (ev.answer == argmap::Answer::unknown) return no_answer_in_time();
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

}  // namespace

void add_eval(CLI::App& app, Action& action) {
    auto ev = std::make_shared<EvalOptions>();
    auto* eval = app.add_subcommand("eval", "Evaluate a map and print every claim with its label, status or strength");
    eval->add_option("MAP", ev->path, "map file (.argdown .xml .json .graphml .aif .bag .af .apx .tgf); - reads standard input (give --from)")->required();
    eval->add_option("--from", ev->from, "input format: argdown, argdown-json, xml, json, graphml, aif, bag, i23, apx, tgf");
    eval->add_option("--format", ev->format, "output format")->check(CLI::IsMember({"table", "json"}))->capture_default_str();
    eval->add_option("--semantics", ev->semantics,
                     "extension semantics: a name (grounded, preferred, stable, semi-stable, stage, ideal, eager, cf2, "
                     "complete, admissible, naive, conflict-free) or an ICCMA code (GR, PR, ...)")
        ->capture_default_str();
    eval->add_option("--min-weight", ev->min_weight, "leave out relations lighter than this")->check(CLI::Range(0.0, 1.0));
    eval->add_option("--timeout", ev->timeout, "seconds before giving up")->check(timeout_seconds());
    eval->add_option("--support", ev->support, "support interpretation: none, deductive, necessary, evidential")->capture_default_str();
    eval->add_option("--camp", ev->camp, "evaluate with this camp as the audience (value-based argumentation)");
    eval->add_flag("--camps", ev->camps, "every camp as an audience: grounded and preferred, objective and subjective acceptance");
    eval->add_option("--gradual", ev->gradual, "gradual semantics: h-categorizer, max-based, card-based, df-quad, qe, euler, mlp, or e.g. sum:euler");
    eval->add_option("--method", ev->method, "gradual: auto, exact, discrete or continuous")
        ->check(CLI::IsMember({"auto", "exact", "discrete", "continuous"}))->capture_default_str();
    eval->add_option("--epsilon", ev->epsilon, "gradual: convergence threshold")->capture_default_str();
    eval->add_option("--step", ev->step, "gradual: RK4 step size")->capture_default_str();
    eval->add_option("--iterations", ev->iterations, "gradual: iteration cap")->capture_default_str();
    eval->add_flag("--min-budget", ev->min_budget, "smallest weight of attacks to disregard for each claim to be accepted (grounded, preferred)");
    eval->add_option("--budget", ev->budget, "acceptance when attacks up to this total weight may be disregarded")->check(CLI::NonNegativeNumber);
    eval->footer(examples({"argmap eval debate.argdown",
                           "argmap eval debate.xml --semantics preferred --format json",
                           "argmap eval debate.argdown --camps",
                           "argmap eval debate.argdown --gradual df-quad",
                           "argmap eval debate.argdown --min-budget",
                           "cat framework.af | argmap eval - --from i23 | head -5"}));
    eval->callback([ev, &action] { action = [ev] { return cmd_eval(*ev); }; });
}

}  // namespace argmap_cli
