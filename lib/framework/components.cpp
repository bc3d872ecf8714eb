// SCC decomposition with Boost.Graph's Tarjan, and restriction of a framework to a subset.
#include "argmap/framework.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>

namespace argmap {

Components strongly_connected_components(const Framework& af) {
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
    Graph g(af.size());
    for (arg_t a = 0; a < af.size(); ++a)
        for (arg_t b : af.targets(a)) boost::add_edge(a, b, g);
    Components c;
    c.of.resize(af.size());
    c.count = static_cast<std::uint32_t>(boost::strong_components(g, c.of.data()));
    // Tarjan completes sink components first; reverse so that attacks go forward.
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
