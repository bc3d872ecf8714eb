// argmap solve: the ICCMA 2023 solver interface (-p TASK -f FILE [-a ARG] [-fo FORMAT]).
#include "cli.hpp"

#include <algorithm>
#include <charconv>
#include <iostream>
#include <memory>

namespace argmap_cli {

namespace {

struct SolveOptions {
    std::string problem, file, query, format;
    double timeout = 0;
    unsigned threads = 1;
    bool list_problems = false, list_formats = false, direct = false;
};

std::vector<std::string> problems() {
    std::vector<std::string> out;
    for (const char* k : {"DC", "DS", "SE", "EE", "CE"})
        for (auto s : argmap::all_semantics()) out.push_back(std::string(k) + "-" + std::string(argmap::iccma_code(s)));
    return out;
}

int cmd_solve(const std::string& problem, const std::string& file, const std::string& query, std::string format, double timeout,
              unsigned threads, bool direct) {
    const auto dash = problem.find('-');
    const std::string kind = problem.substr(0, dash);
    std::optional<argmap::Semantics> parsed;
    if (dash != std::string::npos) parsed = argmap::parse_semantics(problem.substr(dash + 1));
    if (!parsed || (kind != "DC" && kind != "DS" && kind != "SE" && kind != "EE" && kind != "CE"))
        throw Failure{"unknown problem '" + problem + "'; see --problems"};
    const argmap::Semantics sem_value = *parsed;
    const argmap::Semantics* sem = &sem_value;
    if (format.empty()) {
        if (is_stdio(file)) throw Failure{"standard input ('-') has no extension: give its format with -fo i23|apx|tgf"};
        const auto f = argmap::io::af_format_of(file);
        if (!f) throw Failure{file + ": cannot tell the format from the extension; use -fo i23|apx|tgf"};
        format = f == argmap::io::AfFormat::i23 ? "i23" : f == argmap::io::AfFormat::apx ? "apx" : "tgf";
    }
    argmap::io::NamedFramework nf;
    const auto r = is_stdio(file) ? argmap::io::read_af(read_input(file), *argmap::io::parse_af_format(format), nf, "<stdin>")
                                  : argmap::io::read_af_file(file, *argmap::io::parse_af_format(format), nf);
    if (!r) throw Failure{r.description()};
    const auto& af = nf.framework;
    auto name = [&](argmap::arg_t a) { return nf.names.empty() ? std::to_string(a + 1) : nf.names[a]; };
    auto witness = [&](std::span<const argmap::arg_t> e) {
        std::string line = "w";
        for (auto a : e) line += " " + name(a);
        return line;
    };
    argmap::Limits limits = argmap::Limits::timeout(timeout);
    limits.threads = threads;
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
        const auto d = kind == "DC" ? (direct ? argmap::direct::credulous(af, *sem, a, limits) : argmap::credulous(af, *sem, a, limits))
                                     : (direct ? argmap::direct::sceptical(af, *sem, a, limits) : argmap::sceptical(af, *sem, a, limits));
        if (d.answer == argmap::Answer::unknown) return unknown();
        std::cout << (d.answer == argmap::Answer::yes ? "YES" : "NO") << "\n";
        if (d.witness) std::cout << witness(*d.witness) << "\n";
        return 0;
    }
    if (kind == "SE") {
        const auto d = direct ? argmap::direct::some_extension(af, *sem, limits) : argmap::some_extension(af, *sem, limits);
        if (d.answer == argmap::Answer::unknown) return unknown();
        std::cout << (d.answer == argmap::Answer::yes ? witness(*d.witness) : "NO") << "\n";
        return 0;
    }
    if (kind == "EE") {
        const argmap::ExtensionVisitor print = [&](std::span<const argmap::arg_t> e) {
            std::cout << witness(e) << "\n";
            return true;
        };
        const auto a = direct ? argmap::direct::enumerate_extensions(af, *sem, print, limits)
                              : argmap::enumerate_extensions(af, *sem, print, limits);
        return a == argmap::Answer::unknown ? unknown() : 0;
    }
    const auto c = direct ? argmap::direct::count_extensions(af, *sem, limits) : argmap::count_extensions(af, *sem, limits);
    if (c.answer == argmap::Answer::unknown) return unknown();
    std::cout << c.decimal << "\n";
    return 0;
}

int run_solve(const SolveOptions& o) {
    if (o.list_problems) {
        std::cout << "[" << join(problems(), ",") << "]\n";
        return 0;
    }
    if (o.list_formats) {
        std::cout << "[i23,apx,tgf]\n";
        return 0;
    }
    if (o.problem.empty() || o.file.empty()) throw Failure{"solve needs -p TASK and -f FILE (or --problems, --formats)"};
    return cmd_solve(o.problem, o.file, o.query, o.format, o.timeout, o.threads, o.direct);
}

}  // namespace

void add_solve(CLI::App& app, Action& action) {
    auto o = std::make_shared<SolveOptions>();
    auto* solve = app.add_subcommand("solve", "ICCMA 2023 solver interface: -p TASK -f FILE [-a ARG] [-fo FORMAT]");
    solve->add_option("-p", o->problem, "task, e.g. DC-PR, DS-ST, SE-SST, EE-CO, CE-STG");
    solve->add_option("-f", o->file, "framework file (.i23/.af, .apx, .tgf); - reads standard input (give -fo)");
    solve->add_option("-a", o->query, "the query argument of DC and DS");
    solve->add_option("--fo", o->format, "input format: i23, apx or tgf (default: by extension)")->check(CLI::IsMember({"i23", "apx", "tgf"}));
    solve->add_option("--timeout", o->timeout, "seconds before giving up (exit code 3)")->check(timeout_seconds());
    solve->add_option("--threads", o->threads,
                      "threads for one DC/DS/SE query: more than 1 races solver configurations, first answer wins (default 1)")
        ->check(CLI::Range(1u, 64u));
    solve->add_flag("--problems", o->list_problems, "print the supported tasks");
    solve->add_flag("--direct", o->direct, "one SAT search over the whole framework, without preprocessing or decomposition (for comparison)");
    solve->add_flag("--formats", o->list_formats, "print the supported input formats");
    solve->footer(examples({"argmap solve -p DC-PR -f framework.af -a 4",
                            "argmap solve -p EE-ST -f framework.apx",
                            "argmap solve -p SE-PR -fo tgf -f - < framework.tgf",
                            "argmap solve --problems"}));
    solve->callback([o, &action] { action = [o] { return run_solve(*o); }; });
}

}  // namespace argmap_cli
