// SCC decomposition (iterative Tarjan) and restriction of a framework to a subset.
#include "argmap/framework.hpp"

#include <algorithm>

namespace argmap {

// Tarjan's algorithm on the framework's rows with an explicit call stack (a chain of a million
// arguments needs no recursion), no copy of the graph. Tarjan completes sink components first;
// numbering them backwards makes every attack go forward.
Components strongly_connected_components(const Framework& af) {
    constexpr std::uint32_t unvisited = static_cast<std::uint32_t>(-1);
    const arg_t n = af.size();
    std::vector<std::uint32_t> index(n, unvisited), low(n);
    std::vector<char> on_stack(n, 0);
    std::vector<arg_t> stack;
    struct Frame {
        arg_t v;
        std::uint32_t next;  // position in targets(v)
    };
    std::vector<Frame> calls;
    Components c;
    c.of.assign(n, 0);
    std::uint32_t counter = 0;
    for (arg_t root = 0; root < n; ++root) {
        if (index[root] != unvisited) continue;
        index[root] = low[root] = counter++;
        stack.push_back(root);
        on_stack[root] = 1;
        calls.push_back({root, 0});
        while (!calls.empty()) {
            const arg_t v = calls.back().v;
            const auto targets = af.targets(v);
            if (calls.back().next < targets.size()) {
                const arg_t w = targets[calls.back().next++];
                if (index[w] == unvisited) {
                    index[w] = low[w] = counter++;
                    stack.push_back(w);
                    on_stack[w] = 1;
                    calls.push_back({w, 0});
                } else if (on_stack[w]) {
                    low[v] = std::min(low[v], index[w]);
                }
                continue;
            }
            if (low[v] == index[v]) {
                arg_t w;
                do {
                    w = stack.back();
                    stack.pop_back();
                    on_stack[w] = 0;
                    c.of[w] = c.count;
                } while (w != v);
                ++c.count;
            }
            calls.pop_back();
            if (!calls.empty()) low[calls.back().v] = std::min(low[calls.back().v], low[v]);
        }
    }
    for (auto& id : c.of) id = c.count - 1 - id;
    return c;
}

Framework restrict_to(const Framework& af, std::span<const arg_t> keep) {
    std::vector<std::int64_t> index(af.size(), -1);
    for (std::size_t i = 0; i < keep.size(); ++i) index[keep[i]] = static_cast<std::int64_t>(i);
    std::vector<Attack> attacks;
    for (std::size_t i = 0; i < keep.size(); ++i)
        for (arg_t b : af.targets(keep[i]))
            if (index[b] >= 0) attacks.push_back({static_cast<arg_t>(i), static_cast<arg_t>(index[b])});
    return Framework(static_cast<arg_t>(keep.size()), attacks);
}

}  // namespace argmap
