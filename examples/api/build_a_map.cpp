// Builds a small map through the C++ API, evaluates it under grounded semantics and writes a
// DOT diagram. Usage: build_a_map [OUT.dot]
#include <argmap/argmap.hpp>

#include <fstream>
#include <iostream>

using namespace argmap;

static Claim claim(std::string id, std::string text, ClaimKind kind, std::string camp, double weight = 1.0) {
    Claim c;
    c.id = std::move(id);
    c.text = std::move(text);
    c.kind = kind;
    c.camps = {std::move(camp)};
    c.weight = weight;
    return c;
}

static Relation relation(RelationType type, std::string source, std::string target, double weight = 1.0) {
    Relation r;
    r.type = type;
    r.source = std::move(source);
    r.target = std::move(target);
    r.weight = weight;
    return r;
}

int main(int argc, char** argv) {
    ArgumentMap map;
    map.set_title("Should the city build a tram?");
    map.add_camp({"pro", "Tram advocates", "Residents' association and the transport office", "#1f77b4", {}});
    map.add_camp({"con", "Budget hawks", "The finance committee", "#d62728", {}});
    map.add_claim(claim("tram", "The city should build a tram line.", ClaimKind::thesis, "pro"));
    map.add_claim(claim("traffic", "A tram would cut car traffic downtown.", ClaimKind::claim, "pro", 0.7));
    map.add_claim(claim("cost", "The tram costs more than the city can borrow.", ClaimKind::claim, "con", 0.8));
    Claim grant = claim("grant", "A national grant covers 60% of the cost.", ClaimKind::evidence, "pro");
    grant.provenance = {"Council minutes", "item 4", "2026-05-02", ""};
    map.add_claim(grant);
    map.add_claim(claim("expire", "The grant expires before works could start.", ClaimKind::claim, "con", 0.4));

    map.add_relation(relation(RelationType::support, "traffic", "tram", 0.6));
    map.add_relation(relation(RelationType::attack, "cost", "tram", 0.8));
    const std::string grant_attack = map.add_relation(relation(RelationType::attack, "grant", "cost")).id;
    // An undercut attacks the inference "the grant defeats the cost worry", not the grant itself.
    map.add_relation(relation(RelationType::undercut, "expire", grant_attack, 0.4));

    const auto labels = evaluate_grounded(map);
    for (std::size_t i = 0; i < labels.size(); ++i)
        std::cout << to_string(labels[i]) << "\t" << map.claims()[i].id << "\t" << map.claims()[i].text << "\n";

    const std::string out = argc > 1 ? argv[1] : "tram.dot";
    std::ofstream(out) << to_dot(map, labels);
    std::cout << "wrote " << out << "\n";
}
