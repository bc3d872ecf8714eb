// Reading a large AIFdb-shaped AIF document: a generated dialogue of ~50 MB (by default) with
// I, L, YA, TA, RA, CA and MA nodes, locutions without participants, as QT30-style exports have.
// Reports the time of io::read_aif against floors: nlohmann-json's SAX pass that only tokenises
// the text (read_aif reads the same events), nlohmann's DOM parse, and the model's share.
//   bench_aif [MEGABYTES [SEED]]     (default 50 1)
//   bench_aif --write FILE [MEGABYTES [SEED]]   writes the document instead
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <random>
#include <string>

#include <nlohmann/json.hpp>

#include <argmap/io.hpp>

namespace {

const char* const words[] = {"the", "council", "should", "fund", "public", "transport", "because", "fares", "are",
                             "too", "high", "for", "families", "and", "traffic", "hurts", "local", "shops", "but",
                             "taxes", "would", "rise", "while", "buses", "run", "empty", "at", "night", "so", "we"};

std::string sentence(std::mt19937_64& rng, int n) {
    std::string s;
    for (int i = 0; i < n; ++i) {
        if (i) s += ' ';
        s += words[rng() % std::size(words)];
    }
    return s;
}

// One dialogue turn: a locution (L) of a speaker asserts (YA) a proposition (I); a transition (TA)
// links it to the previous turn and anchors (YA "Arguing"/"Disagreeing"/"Restating") an S-node
// (RA, CA or MA) from the previous proposition, and now and then from an older one too.
std::string aifdb_document(std::size_t bytes, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::string nodes, edges, locutions;
    nodes.reserve(bytes * 6 / 10);
    edges.reserve(bytes * 4 / 10);
    std::size_t id = 100000, edge = 500000;
    auto node = [&](std::size_t nid, const char* type, const std::string& text) {
        if (!nodes.empty()) nodes += ",\n";
        nodes += "    {\"nodeID\": \"" + std::to_string(nid) + "\", \"text\": \"" + text + "\", \"type\": \"" + type +
                 "\", \"timestamp\": \"2021-05-0" + std::to_string(1 + nid % 9) + " 20:1" + std::to_string(nid % 10) + ":00\"}";
    };
    auto link = [&](std::size_t a, std::size_t b) {
        if (!edges.empty()) edges += ",\n";
        edges += "    {\"edgeID\": \"" + std::to_string(edge++) + "\", \"fromID\": \"" + std::to_string(a) + "\", \"toID\": \"" +
                 std::to_string(b) + "\", \"formEdgeID\": null}";
    };
    std::vector<std::size_t> props;
    std::size_t prev_l = 0;
    while (nodes.size() + edges.size() + locutions.size() < bytes) {
        const int speaker = static_cast<int>(rng() % 6);
        const std::string said = sentence(rng, 8 + static_cast<int>(rng() % 10));
        const std::size_t l = id++, ya = id++, i = id++;
        node(l, "L", "Speaker " + std::to_string(speaker) + " : " + said);
        node(ya, "YA", "Asserting");
        node(i, "I", said);
        link(l, ya);
        link(ya, i);
        if (!locutions.empty()) locutions += ",\n";
        locutions += "    {\"nodeID\": \"" + std::to_string(l) + "\", \"personID\": \"" + std::to_string(700 + speaker) +
                     "\", \"timestamp\": \"2021-05-01 20:10:00\", \"start\": null, \"end\": null, \"source\": null}";
        if (prev_l) {
            const std::size_t ta = id++, s = id++, ya2 = id++;
            const int kind = static_cast<int>(rng() % 10);  // 6 RA, 3 CA, 1 MA
            const char* type = kind < 6 ? "RA" : kind < 9 ? "CA" : "MA";
            node(ta, "TA", "Default Transition");
            node(s, type, kind < 6 ? "Default Inference" : kind < 9 ? "Default Conflict" : "Default Rephrase");
            node(ya2, "YA", kind < 6 ? "Arguing" : kind < 9 ? "Disagreeing" : "Restating");
            link(prev_l, ta);
            link(ta, l);
            link(ta, ya2);
            link(ya2, s);
            link(props.back(), s);
            if (kind < 6 && props.size() > 3 && rng() % 4 == 0) link(props[props.size() - 2 - rng() % 3], s);  // linked premise
            link(s, i);
        }
        props.push_back(i);
        prev_l = l;
    }
    return "{\n  \"nodes\": [\n" + nodes + "\n  ],\n  \"edges\": [\n" + edges + "\n  ],\n  \"locutions\": [\n" + locutions +
           "\n  ]\n}\n";
}

// Counts events and does nothing else: the cost of tokenising the text.
struct NullSax : nlohmann::json::json_sax_t {
    std::size_t events = 0;
    bool null() override { return ++events; }
    bool boolean(bool) override { return ++events; }
    bool number_integer(number_integer_t) override { return ++events; }
    bool number_unsigned(number_unsigned_t) override { return ++events; }
    bool number_float(number_float_t, const string_t&) override { return ++events; }
    bool string(string_t&) override { return ++events; }
    bool binary(binary_t&) override { return ++events; }
    bool start_object(std::size_t) override { return ++events; }
    bool key(string_t&) override { return ++events; }
    bool end_object() override { return ++events; }
    bool start_array(std::size_t) override { return ++events; }
    bool end_array() override { return ++events; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::json::exception&) override { return false; }
};

}  // namespace

int main(int argc, char** argv) {
    int a = 1;
    const char* write_to = nullptr;
    if (argc > 2 && std::strcmp(argv[1], "--write") == 0) {
        write_to = argv[2];
        a = 3;
    }
    const double mb = argc > a ? std::strtod(argv[a], nullptr) : 50.0;
    const std::uint64_t seed = argc > a + 1 ? std::strtoull(argv[a + 1], nullptr, 10) : 1;
    const std::string doc = aifdb_document(static_cast<std::size_t>(mb * 1e6), seed);
    if (write_to) {
        std::ofstream(write_to, std::ios::binary) << doc;
        std::printf("wrote %s (%.1f MB)\n", write_to, doc.size() / 1e6);
        return 0;
    }
    using clock = std::chrono::steady_clock;
    // Best wall-clock time and best CPU time of this process over the runs (CPU time is what a
    // busy, shared machine inflates least).
    struct Time {
        double wall = 1e9, cpu = 1e9;
    };
    auto best_of = [](int runs, auto&& f) {
        Time best;
        for (int r = 0; r < runs; ++r) {
            const auto t0 = clock::now();
            const std::clock_t c0 = std::clock();
            f();
            best.cpu = std::min(best.cpu, double(std::clock() - c0) / CLOCKS_PER_SEC);
            best.wall = std::min(best.wall, std::chrono::duration<double>(clock::now() - t0).count());
        }
        return best;
    };
    const double mbytes = doc.size() / 1e6;
    std::printf("document: %.1f MB\n", mbytes);
    NullSax sax;
    const Time tokenise = best_of(3, [&] {
        sax.events = 0;
        nlohmann::json::sax_parse(doc, &sax);
    });
    std::size_t top = 0;
    const Time dom = best_of(3, [&] { top = nlohmann::json::parse(doc).size(); });
    // Each run reads into a fresh map; the previous one is freed outside the timed part.
    argmap::ArgumentMap map;
    argmap::io::ParseResult result;
    Time read;
    for (int run = 0; run < 3; ++run) {
        argmap::ArgumentMap fresh;
        const Time t = best_of(1, [&] { result = argmap::io::read_aif(doc, fresh, "bench.json"); });
        read.wall = std::min(read.wall, t.wall);
        read.cpu = std::min(read.cpu, t.cpu);
        map = std::move(fresh);
    }
    if (!result) {
        std::fprintf(stderr, "%s\n", result.description().c_str());
        return 1;
    }
    // The model's share: adding the same camps, claims and relations (with their data) to a new map.
    Time model;
    for (int run = 0; run < 3; ++run) {
        std::vector<argmap::Claim> claims(map.claims().begin(), map.claims().end());
        std::vector<argmap::Relation> relations(map.relations().begin(), map.relations().end());
        argmap::ArgumentMap copy;
        const Time t = best_of(1, [&] {
            for (const auto& c : map.camps()) copy.add_camp(c);
            for (auto& c : claims) copy.add_claim(std::move(c));
            for (auto& r : relations) copy.add_relation(std::move(r));
        });
        model.wall = std::min(model.wall, t.wall);
        model.cpu = std::min(model.cpu, t.cpu);
    }
    std::printf("claims %zu, relations %zu, camps %zu, warnings %zu\n\n", map.claims().size(), map.relations().size(),
                map.camps().size(), result.warnings.size());
    std::printf("| step | wall s | CPU s | MB/s (CPU) |\n|---|---|---|---|\n");
    auto row = [&](const std::string& what, Time t) {
        std::printf("| %s | %.3f | %.3f | %.0f |\n", what.c_str(), t.wall, t.cpu, mbytes / t.cpu);
    };
    row("nlohmann-json SAX, tokenising only (" + std::to_string(sax.events) + " events)", tokenise);
    row("nlohmann-json DOM parse (" + std::to_string(top) + " top-level members)", dom);
    row("ArgumentMap: adding the claims and relations read, with their data", model);
    row("io::read_aif: the whole reader, map built", read);
    return 0;
}
