// The SCC-recursive path against the paths it replaced, in one process, CPU seconds of the
// solving only (the file is read once, outside the clock):
//   before: the dispatch without it (grounded reduction, query relevance, stage via stable:
//           extensions.cpp as of d729441, rebuilt here from the detail:: functions);
//   after:  the public API (SCC-recursive where the reduced framework splits);
//   direct: argmap::direct.
// Usage: bench_scc_recursive FILE.af TASK [ARG] [SECONDS]
//   TASK: SE-, DC-, DS- or EE- with PR, ST, SST, STG, CO; ARG is 1-based (ICCMA numbering);
//   EE counts the extensions (prints the count reached when the deadline fires).
// Prints the SCCs of the grounded-reduced framework and per path the answer and CPU seconds.
#include <argmap/extensions.hpp>
#include <argmap/io.hpp>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>

#include "semantics/decomposition.hpp"

using namespace argmap;
using namespace argmap::detail;

namespace {

const char* word(Answer a) { return a == Answer::yes ? "YES" : a == Answer::no ? "NO" : "UNKNOWN"; }

struct Task {
    std::string kind;
    Semantics s;
    arg_t a;
};

std::string before(const Framework& af, const Task& t, const Limits& l) {
    const Semantics s = t.s;
    std::size_t n = 0;
    auto count = [&](std::span<const arg_t>) { return ++n, true; };
    if (s == Semantics::stage) {  // stage answered as stable when a stable extension exists
        const Decision st = reduced_some(af, Semantics::stable, l);
        const bool as_stable = st.answer == Answer::yes;
        if (t.kind == "SE") return word(as_stable ? st.answer : direct::some_extension(af, s, l).answer);
        if (t.kind == "EE") {
            const Answer r = as_stable ? reduced_enumerate(af, Semantics::stable, count, l) : direct::enumerate_extensions(af, s, count, l);
            return std::string(word(r)) + " " + std::to_string(n);
        }
        if (t.kind == "DC")
            return word(as_stable ? reduced_credulous(af, Semantics::stable, t.a, l).answer : direct::credulous(af, s, t.a, l).answer);
        return word(as_stable ? reduced_sceptical(af, Semantics::stable, t.a, l).answer : direct::sceptical(af, s, t.a, l).answer);
    }
    if (t.kind == "EE") {
        const Answer r = reduced_enumerate(af, s, count, l);
        return std::string(word(r)) + " " + std::to_string(n);
    }
    if (t.kind == "SE") return word(s == Semantics::complete ? direct::some_extension(af, s, l).answer : reduced_some(af, s, l).answer);
    const bool directional = s == Semantics::complete || s == Semantics::preferred;
    if (t.kind == "DC") return word(directional ? relevant_credulous(af, s, t.a, l).answer : reduced_credulous(af, s, t.a, l).answer);
    if (s == Semantics::complete) return word(direct::sceptical(af, s, t.a, l).answer);
    return word(s == Semantics::preferred ? relevant_sceptical(af, s, t.a, l).answer : reduced_sceptical(af, s, t.a, l).answer);
}

template <class Some, class Cred, class Scep, class Enum>
std::string run(const Task& t, Some some, Cred cred, Scep scep, Enum enumerate) {
    if (t.kind == "SE") return word(some().answer);
    if (t.kind == "DC") return word(cred().answer);
    if (t.kind == "DS") return word(scep().answer);
    std::size_t n = 0;
    const Answer r = enumerate([&](std::span<const arg_t>) { return ++n, true; });
    return std::string(word(r)) + " " + std::to_string(n);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_scc_recursive FILE.af TASK [ARG] [SECONDS]\n");
        return 2;
    }
    io::NamedFramework nf;
    const auto read = io::read_af_file(argv[1], io::af_format_of(argv[1]).value_or(io::AfFormat::i23), nf);
    if (!read) {
        std::fprintf(stderr, "%s\n", read.description().c_str());
        return 2;
    }
    const Framework& af = nf.framework;
    const std::string task = argv[2];
    const auto s = parse_semantics(task.size() > 3 ? task.substr(3) : "");
    if (task.size() < 4 || !s) {
        std::fprintf(stderr, "unknown task %s\n", task.c_str());
        return 2;
    }
    Task t{task.substr(0, 2), *s, argc > 3 ? static_cast<arg_t>(std::stoul(argv[3]) - 1) : 0};
    if (t.a >= af.size()) t.a = 0;
    const int seconds = argc > 4 ? std::stoi(argv[4]) : 60;
    const SccShape shape = scc_shape(af);
    std::printf("%s %s: %u SCCs after the grounded reduction, %u with several arguments, largest %u\n", argv[1], task.c_str(),
                shape.components, shape.nontrivial, shape.largest);
    for (int k = 0; k < 3; ++k) {
        Limits l;
        l.deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
        const std::clock_t t0 = std::clock();
        std::string r;
        if (k == 0) r = before(af, t, l);
        else if (k == 1)
            r = run(t, [&] { return some_extension(af, t.s, l); }, [&] { return credulous(af, t.s, t.a, l); },
                    [&] { return sceptical(af, t.s, t.a, l); }, [&](const ExtensionVisitor& v) { return enumerate_extensions(af, t.s, v, l); });
        else
            r = run(t, [&] { return direct::some_extension(af, t.s, l); }, [&] { return direct::credulous(af, t.s, t.a, l); },
                    [&] { return direct::sceptical(af, t.s, t.a, l); },
                    [&](const ExtensionVisitor& v) { return direct::enumerate_extensions(af, t.s, v, l); });
        std::printf("  %-6s %-16s %.2f s CPU\n", k == 0 ? "before" : k == 1 ? "after" : "direct", r.c_str(),
                    double(std::clock() - t0) / CLOCKS_PER_SEC);
        std::fflush(stdout);
    }
}
