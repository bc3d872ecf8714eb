// Edits as values, applying them to a map, statuses, and what-if questions answered by one
// IncrementalEvaluator step.
#include "argmap/whatif.hpp"
#include "history/wording.hpp"

#include <cmath>
#include <cstdio>

namespace argmap {

Edit Edit::add(Claim c) {
    Edit e;
    e.op = Op::add_claim;
    e.claim = std::move(c);
    return e;
}
Edit Edit::retract(std::string claim_id) {
    Edit e;
    e.op = Op::remove_claim;
    e.claim.id = std::move(claim_id);
    return e;
}
Edit Edit::update(Claim c) {
    Edit e;
    e.op = Op::update_claim;
    e.claim = std::move(c);
    return e;
}
Edit Edit::claim_weight(std::string claim_id, double weight) {
    Edit e;
    e.op = Op::set_claim_weight;
    e.claim.id = std::move(claim_id);
    e.claim.weight = weight;
    return e;
}
Edit Edit::add(Relation r) {
    Edit e;
    e.op = Op::add_relation;
    e.relation = std::move(r);
    return e;
}
Edit Edit::attack(std::string from, std::string to, double weight) {
    return add(Relation{"", RelationType::attack, std::move(from), std::move(to), weight, {}});
}
Edit Edit::support(std::string from, std::string to, double weight) {
    return add(Relation{"", RelationType::support, std::move(from), std::move(to), weight, {}});
}
Edit Edit::remove_relation(std::string relation_id) {
    Edit e;
    e.op = Op::remove_relation;
    e.relation.id = std::move(relation_id);
    return e;
}
Edit Edit::relation_weight(std::string relation_id, double weight) {
    Edit e;
    e.op = Op::set_relation_weight;
    e.relation.id = std::move(relation_id);
    e.relation.weight = weight;
    return e;
}

namespace {
using detail::short_number;
}  // namespace

std::string describe(const Edit& e) {
    switch (e.op) {
    case Edit::Op::add_claim: return "add claim " + e.claim.id;
    case Edit::Op::remove_claim: return "retract " + e.claim.id;
    case Edit::Op::update_claim: return "update claim " + e.claim.id;
    case Edit::Op::set_claim_weight: return "weight of claim " + e.claim.id + " := " + short_number(e.claim.weight);
    case Edit::Op::add_relation: {
        std::string s = "add " + std::string(to_string(e.relation.type)) + " " + e.relation.source + " -> " + e.relation.target;
        if (e.relation.weight != 1.0) s += " (weight " + short_number(e.relation.weight) + ")";
        return s;
    }
    case Edit::Op::remove_relation: return "remove relation " + e.relation.id;
    case Edit::Op::set_relation_weight: return "weight of relation " + e.relation.id + " := " + short_number(e.relation.weight);
    }
    return "?";
}

void apply(ArgumentMap& map, const Edit& e) {
    switch (e.op) {
    case Edit::Op::add_claim: map.add_claim(e.claim); return;
    case Edit::Op::remove_claim: map.remove_claim(e.claim.id); return;
    case Edit::Op::update_claim: map.update_claim(e.claim); return;
    case Edit::Op::set_claim_weight: {
        const Claim* c = map.find_claim(e.claim.id);
        if (!c) throw ModelError("unknown claim '" + e.claim.id + "'");
        Claim copy = *c;
        copy.weight = e.claim.weight;
        map.update_claim(std::move(copy));
        return;
    }
    case Edit::Op::add_relation: map.add_relation(e.relation); return;
    case Edit::Op::remove_relation: map.remove_relation(e.relation.id); return;
    case Edit::Op::set_relation_weight: map.set_relation_weight(e.relation.id, e.relation.weight); return;
    }
}

bool same_status(const EvaluatedStatus& a, const EvaluatedStatus& b, double epsilon) {
    return a.acceptance == b.acceptance && a.label == b.label && std::fabs(a.strength - b.strength) <= epsilon;
}

std::string to_string(const EvaluatedStatus& s, bool gradual) {
    if (gradual) return short_number(s.strength);
    if (s.label) return std::string(to_string(*s.label));
    return std::string(to_string(s.acceptance));
}

WhatIf what_if(const ArgumentMap& map, std::span<const Edit> edits, const EvaluationSpec& spec, double epsilon) {
    IncrementalEvaluator ev(map, spec, epsilon);
    WhatIf w;
    w.changes = ev.apply(edits);
    w.answer = ev.answer();
    w.converged = ev.converged();
    return w;
}

}  // namespace argmap
