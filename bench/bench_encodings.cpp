// Encodings, search variants and CaDiCaL options of the SAT layer, side by side on ICCMA files:
// each (variant, file, task) runs in a forked child with a CPU cap, and the child's user+sys
// CPU time is reported (the machine is shared: wall time would measure the neighbours).
//
//   bench_encodings [--cap SECONDS] [--task T]... [--variant V]... [--query K] FILE...
//   bench_encodings --list
//
// Tasks: SE-PR DS-PR DC-PR SE-SST DC-SST DS-SST SE-STG DS-STG SE-ST DC-ST DS-ST DC-CO. DC and DS ask
// about argument n/2 (0-based; printed 1-based) unless --query K (1-based, as ICCMA files
// number arguments) names another. The co-adm-* variants answer DC-CO by one call over the
// admissible base and close the model to a complete extension (complete_closure), except
// co-adm-rounds, co-adm-probes and co-adm-stabletrack(+probes), which ask the same question by
// detail::admissible_credulous_probing (rounds of conflict budgets, shuffled probes, a stable
// track; complete.cpp); the sst-adm-* variants grow ranges over the admissible base instead
// of the complete one. Output: one tab-separated line per run: variant, task, file, answer
// (YES/NO/TIMEOUT/ERROR), CPU seconds.
#include <argmap/extensions.hpp>
#include <argmap/io.hpp>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <iostream>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "semantics/technique.hpp"

using namespace argmap;
using namespace argmap::detail;

namespace {

struct Variant {
    std::string name;
    std::string family;  // PR, SST, STG, ONE (one SAT call: ST and CO)
    MaxProblem problem{sat::Base::complete, true, Objective::in_set};
    sat::Config config{};
    /// ONE family, DC-CO only: the admissible base, the model closed to a complete extension.
    bool admissible_base = false;
    /// With admissible_base: ask by admissible_credulous_probing under this schedule instead.
    std::optional<AdmissibleProbes> probing{};
};

constexpr sat::Option none{};

sat::Config with(const char* name, sat::Encoding e, sat::Option o1 = none, sat::Option o2 = none) {
    sat::Config c;
    c.name = name;
    c.encoding = e;
    c.options[0] = o1;
    c.options[1] = o2;
    c.grow_by_constrain = std::string(name).ends_with("+constrain");
    return c;
}

std::vector<Variant> variants() {
    using sat::Base;
    using sat::Encoding;
    std::vector<Variant> out;
    // +focused: CaDiCaL's --unsat configuration (no stabilizing phases, no random walks).
    const std::vector<std::tuple<const char*, sat::Option, sat::Option>> opts{
        {"", none, none}, {"+elim0", {"elim", 0}, none}, {"+stabonly", {"stabilizeonly", 1}, none},
        {"+phase0", {"phase", 0}, none}, {"+chrono0", {"chrono", 0}, none}, {"+walk", {"walk", 1}, none},
        {"+noinpro", {"inprocessing", 0}, none}, {"+constrain", none, none},
        {"+focused", focused_config.options[0], focused_config.options[1]}};
    static std::vector<std::string> names;  // Config keeps a const char*
    names.reserve(256);
    auto named = [&](std::string n) { return names.emplace_back(std::move(n)).c_str(); };
    for (auto [suffix, o, o2] : opts) {
        // Preferred: complete base (the old default), admissible base in two encodings.
        for (auto [label, base, enc] : {std::tuple{"pr-complete", Base::complete, Encoding::in_attacked},
                                        std::tuple{"pr-adm-inatt", Base::admissible, Encoding::in_attacked},
                                        std::tuple{"pr-adm-lab", Base::admissible, Encoding::labelling}}) {
            const char* n = named(std::string(label) + suffix);
            Variant v{n, "PR", {base, true, Objective::in_set, with(n, enc, o, o2), false, nullptr}, {}};
            out.push_back(v);
        }
        for (bool first : {false, true}) {
            const char* n = named(std::string(first ? "sst-stablefirst" : "sst-plain") + suffix);
            out.push_back({n, "SST", {Base::complete, true, Objective::range, with(n, Encoding::in_attacked, o, o2), first, nullptr}, {}});
            const char* m = named(std::string(first ? "stg-stablefirst" : "stg-plain") + suffix);
            out.push_back({m, "STG", {Base::conflict_free, false, Objective::range, with(m, Encoding::in_attacked, o, o2), first, nullptr}, {}});
        }
        // Semi-stable over the admissible base (range-maximal admissible sets are the
        // semi-stable extensions, Caminada 2006), in two encodings.
        for (auto [label, enc] : {std::pair{"sst-adm-inatt", Encoding::in_attacked}, std::pair{"sst-adm-lab", Encoding::labelling}}) {
            const char* m = named(std::string(label) + suffix);
            out.push_back({m, "SST", {Base::admissible, true, Objective::range, with(m, enc, o, o2), false, nullptr}, {}});
        }
        const char* n = named(std::string("one") + suffix);
        out.push_back({n, "ONE", {}, with(n, Encoding::in_attacked, o, o2)});
        for (auto [label, enc] : {std::pair{"co-adm-inatt", Encoding::in_attacked}, std::pair{"co-adm-lab", Encoding::labelling}}) {
            const char* m = named(std::string(label) + suffix);
            out.push_back({m, "ONE", {}, with(m, enc, o, o2), true});
        }
    }
    // DC-CO, heavy tail or hard core? The admissible base in the labelling encoding with CaDiCaL's
    // variables shuffled at random (seed K): a spread of run times under one query, to see whether
    // restarts with growing budgets could pay (docs/benchmarks.md, 2026-12-01).
    for (int k = 1; k <= 16; ++k) {
        const char* m = named("co-adm-lab+shuffle" + std::to_string(k));
        sat::Config c = with(m, Encoding::labelling, {"shuffle", 1}, {"shufflerandom", 1});
        c.options[2] = {"seed", k};
        out.push_back({m, "ONE", {}, c, true});
    }
    // DC-CO by rounds of doubling conflict budgets, resumed, with or without shuffled probes.
    for (const auto& [m, probes, stable_track] : {std::tuple{"co-adm-rounds", false, false}, std::tuple{"co-adm-probes", true, false},
                                                  std::tuple{"co-adm-stabletrack", false, true},
                                                  std::tuple{"co-adm-stabletrack+probes", true, true}})
        out.push_back({m, "ONE", {}, {}, true, AdmissibleProbes{2000, probes, stable_track}});
    // Stage, semi-stable and preferred growing with the phase true on the objective literals not
    // yet reached (MaxProblem::prefer_growth), each next to the library's problem of that name.
    for (bool grow : {false, true}) {
        const std::string g = grow ? "+prefergrow" : "";
        for (const auto& [label, family, problem] :
             {std::tuple{"stg-lib", "STG", stage_problem}, std::tuple{"stg-lib-stablefirst", "STG", stage_alternative},
              std::tuple{"sst-lib", "SST", semi_stable_problem}, std::tuple{"sst-lib-complete", "SST", semi_stable_complete_problem},
              std::tuple{"sst-lib-stablefirst", "SST", semi_stable_alternative},
              std::tuple{"pr-lib", "PR", preferred_problem}, std::tuple{"pr-lib-complete", "PR", preferred_complete_problem}}) {
            MaxProblem m = problem;
            m.alternative = nullptr;
            m.prefer_growth = grow;
            out.push_back({named(label + g), family, m, {}});
            // The same with focused_config's options (CaDiCaL's --unsat) added to the problem's own.
            std::size_t k = 0;
            while (k < m.config.options.size() && m.config.options[k].name) ++k;
            if (k + 2 <= m.config.options.size()) {
                m.config.options[k] = focused_config.options[0];
                m.config.options[k + 1] = focused_config.options[1];
                out.push_back({named(label + g + "+focused"), family, m, {}});
            }
        }
    }
    out.push_back({"library-default", "ALL", {}, {}});  // whatever extensions.hpp does by default
    out.push_back({"library-threads2", "ALL", {}, {}});
    return out;
}

const char* family_of(const std::string& task) {
    const auto sem = task.substr(3);
    if (sem == "PR") return "PR";
    if (sem == "SST") return "SST";
    if (sem == "STG") return "STG";
    return "ONE";
}

// Runs one task; YES/NO/unknown.
Answer run(const Variant& v, const std::string& task, const Framework& af, arg_t q, const Limits& limits) {
    const std::string kind = task.substr(0, 2), sem_code = task.substr(3);
    if (v.family == "ALL") {
        Limits l = limits;
        if (v.name == "library-threads2") l.threads = 2;
        const Semantics s = *parse_semantics(sem_code);
        if (kind == "SE") return some_extension(af, s, l).answer;
        if (kind == "DC") return credulous(af, s, q, l).answer;
        return sceptical(af, s, q, l).answer;
    }
    if (v.family != "ONE") {
        if (kind == "SE") return maximal_some(af, v.problem, limits).answer;
        if (kind == "DC") return maximal_credulous(af, v.problem, q, limits).answer;
        return maximal_sceptical(af, v.problem, q, limits).answer;
    }
    const bool stable = sem_code == "ST";
    if (v.admissible_base) {
        Decision d = v.probing ? admissible_credulous_probing(af, q, limits, *v.probing)
                               : sat_credulous(af, sat::Base::admissible, true, q, limits, v.config);
        if (d.witness) d.witness = complete_closure(af, *d.witness);  // what the certificate costs
        return d.answer;
    }
    const sat::Base base = stable ? sat::Base::stable : sat::Base::complete;
    if (kind == "SE") return sat_some(af, base, true, limits, v.config).answer;
    if (kind == "DC") return sat_credulous(af, base, true, q, limits, v.config).answer;
    return sat_sceptical(af, base, true, q, limits, v.config).answer;
}

}  // namespace

int main(int argc, char** argv) {
    double cap = 60;
    unsigned long query = 0;  // 1-based; 0: n/2
    std::vector<std::string> tasks, wanted, files;
    const auto all = variants();
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if ((arg == "--cap" || arg == "--query") && i + 1 < argc) {
            const char* v = argv[++i];
            char* end = nullptr;
            const double x = std::strtod(v, &end);
            if (!*v || *end || !(x >= 0 && x <= 1e9) || (arg == "--query" && x != std::floor(x))) {
                std::cerr << arg << " " << v << ": expected " << (arg == "--cap" ? "seconds" : "an argument number (1-based)") << "\n";
                return 2;
            }
            if (arg == "--cap") cap = x;
            else query = static_cast<unsigned long>(x);
        } else if (arg == "--task" && i + 1 < argc) tasks.emplace_back(argv[++i]);
        else if (arg == "--variant" && i + 1 < argc) wanted.emplace_back(argv[++i]);
        else if (arg == "--list") {
            for (const auto& v : all) std::cout << v.name << "\t" << v.family << "\n";
            return 0;
        } else files.push_back(arg);
    }
    if (tasks.empty()) tasks = {"SE-PR", "DS-PR", "SE-SST", "DS-STG", "SE-ST", "DC-ST", "DC-CO"};
    for (const auto& w : wanted)
        if (std::none_of(all.begin(), all.end(), [&](const Variant& v) { return v.name == w; })) {
            std::cerr << "--variant " << w << ": not a variant (--list lists them)\n";
            return 2;
        }
    for (const auto& t : tasks) {
        const std::string kind = t.substr(0, 2);
        if (t.size() < 4 || t[2] != '-' || (kind != "SE" && kind != "DC" && kind != "DS") || !parse_semantics(t.substr(3))) {
            std::cerr << "--task " << t << ": expected SE-, DC- or DS- and an ICCMA semantics code (e.g. DC-CO, SE-STG)\n";
            return 2;
        }
    }
    for (const auto& file : files) {
        io::NamedFramework nf;
        const auto fmt = io::af_format_of(file);
        if (!fmt) {
            std::cerr << file << ": unknown format\n";
            return 2;
        }
        const auto r = io::read_af_file(file, *fmt, nf);
        if (!r) {
            std::cerr << r.description() << "\n";
            return 2;
        }
        const Framework& af = nf.framework;
        if (query > af.size()) {
            std::cerr << file << ": --query " << query << " is outside 1.." << af.size() << "\n";
            return 2;
        }
        const arg_t q = query ? static_cast<arg_t>(query - 1) : af.size() / 2;
        for (const auto& task : tasks)
            for (const auto& v : all) {
                if (v.family != "ALL" && v.family != family_of(task)) continue;
                if (v.admissible_base && task != "DC-CO") continue;
                if (!wanted.empty() && std::find(wanted.begin(), wanted.end(), v.name) == wanted.end()) continue;
                std::cout.flush();
                const pid_t pid = fork();
                if (pid == 0) {
                    rlimit lim{static_cast<rlim_t>(cap) + 2, static_cast<rlim_t>(cap) + 3};
                    setrlimit(RLIMIT_CPU, &lim);
                    Limits limits;
                    limits.deadline = std::chrono::steady_clock::now() +
                                      std::chrono::milliseconds(static_cast<long>(cap * 1000 * 30));  // the CPU cap rules: the machine is shared
                    try {
                        const Answer a = run(v, task, af, q, limits);
                        _exit(a == Answer::yes ? 0 : a == Answer::no ? 1 : 3);
                    } catch (const std::exception& e) {
                        std::fprintf(stderr, "%s\n", e.what());
                        _exit(4);
                    }
                }
                int status = 0;
                rusage usage{};
                wait4(pid, &status, 0, &usage);
                const double cpu = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                                   static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
                const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 3;
                const char* answer = code == 0 ? "YES" : code == 1 ? "NO" : code == 3 || cpu >= cap ? "TIMEOUT" : "ERROR";
                if (cpu > cap && code != 3) answer = "TIMEOUT";  // over the cap counts as unsolved
                std::printf("%s\t%s\t%s(q=%u)\t%s\t%.2f\n", v.name.c_str(), task.c_str(), file.substr(file.rfind('/') + 1).c_str(),
                            static_cast<unsigned>(q + 1), answer, cpu);
                std::fflush(stdout);
            }
    }
    return 0;
}
