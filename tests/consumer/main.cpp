// A program outside the argmap tree, built against the installed package.
#include <argmap/argmap.hpp>

#include <iostream>

int main() {
    argmap::ArgumentMap map;
    const auto r = argmap::io::read_argdown("[T]: Thesis.\n  - [A]: Attack.\n    - [D]: Defence.\n", map, "inline");
    if (!r) {
        std::cerr << r.description() << "\n";
        return 1;
    }
    const auto labels = argmap::evaluate_grounded(map);
    for (std::size_t i = 0; i < labels.size(); ++i) std::cout << map.claims()[i].id << "=" << argmap::to_string(labels[i]) << " ";
    std::cout << "\n";
    return labels[0] == argmap::Label::in && labels[1] == argmap::Label::out ? 0 : 1;
}
