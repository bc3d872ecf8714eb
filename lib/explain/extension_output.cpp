// Extension explanations as text a student can read and as JSON.
#include <nlohmann/json.hpp>

#include "explain/extension_detail.hpp"

namespace argmap {

namespace {

using json = nlohmann::ordered_json;

std::string set_text(const ClaimExplanation& x, const std::vector<arg_t>& set, std::size_t most = 24) {
    std::string out = "{";
    for (std::size_t i = 0; i < set.size() && i < most; ++i) out += (i ? ", " : "") + x.names[set[i]];
    if (set.size() > most) out += ", ... (" + std::to_string(set.size()) + " arguments)";
    return out + "}";
}

std::string list_text(const ClaimExplanation& x, const std::vector<arg_t>& v, const char* last = " or ") {
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i) out += (i == 0 ? "" : i + 1 == v.size() ? last : ", ") + x.names[v[i]];
    return out;
}

void tree_text(const ClaimExplanation& x, const DisputeNode& n, arg_t parent, std::size_t indent, std::string& out) {
    out += std::string(indent, ' ') + (n.proponent ? "PRO " : "CON ") + x.names[n.argument];
    if (indent > 4) out += ", which attacks " + x.names[parent];
    if (n.stop == DisputeNode::Stop::cycle) out += " (defended further up this branch: the defence is circular)";
    if (n.stop == DisputeNode::Stop::shown_above) out += " (its defence is shown above)";
    if (n.stop == DisputeNode::Stop::depth_limit) out += " (its defence goes deeper: see the set above)";
    out += "\n";
    for (const auto& c : n.children) tree_text(x, c, n.argument, indent + 2, out);
}

json tree_json(const ClaimExplanation& x, const DisputeNode& n) {
    json j{{"argument", x.names[n.argument]}, {"role", n.proponent ? "proponent" : "opponent"}};
    if (n.stop == DisputeNode::Stop::cycle) j["stop"] = "cycle";
    if (n.stop == DisputeNode::Stop::shown_above) j["stop"] = "shown above";
    if (n.stop == DisputeNode::Stop::depth_limit) j["stop"] = "depth limit";
    if (!n.children.empty()) {
        j["children"] = json::array();
        for (const auto& c : n.children) j["children"].push_back(tree_json(x, c));
    }
    return j;
}

json names_json(const ClaimExplanation& x, const std::vector<arg_t>& v) {
    json j = json::array();
    for (arg_t a : v) j.push_back(x.names[a]);
    return j;
}

void defence_text(const ClaimExplanation& x, const Defence& d, std::string& out) {
    if (d.tree.children.empty()) {
        out += "    nothing attacks " + x.names[d.tree.argument] + "\n";
        return;
    }
    out += "  dispute tree (PRO: the defence, CON: an attacker it must answer):\n";
    tree_text(x, d.tree, d.tree.argument, 4, out);
}

}  // namespace

std::string to_text(const ClaimExplanation& e) {
    const AcceptanceExplanation& x = e.core;
    const std::string sem(to_string(x.semantics));
    std::string out = e.claim + " under " + sem + " semantics" + (e.camp.empty() ? "" : " for camp " + e.camp) + ": ";
    if (x.answer != Answer::yes) return out + "undetermined (the time limit ran out)\n";
    const bool unique = detail::unique_status(x.semantics);
    switch (x.verdict) {
    case Verdict::sceptical:
        out += unique ? "accepted (in the " + sem + " extension)\n" : "accepted sceptically (in every " + sem + " extension)\n";
        break;
    case Verdict::credulous: out += "accepted credulously (in some " + sem + " extension, not in all)\n"; break;
    case Verdict::rejected:
        out += unique ? "rejected (not in the " + sem + " extension)\n" : "rejected (in no " + sem + " extension)\n";
        break;
    case Verdict::no_extension: out += "there is no stable extension, so no claim is accepted\n"; break;
    }
    if (!e.discarded.empty()) {
        std::size_t relevant = 0;
        for (const auto& d : e.discarded) relevant += d.relevant;
        out += "  camp " + e.camp + " discards " + std::to_string(e.discarded.size()) + " attack(s) as defeats, " +
               std::to_string(relevant) + " of them here:\n";
        for (const auto& d : e.discarded)
            if (d.relevant) out += "    " + d.relation + ": " + d.source + " -> " + d.target + ", because " + e.camp + " ranks '" +
                   d.target_value + "' (" + d.target + ") above " +
                   (d.source_value.empty() ? "anything " + d.source + " promotes" : "'" + d.source_value + "' (" + d.source + ")") +
                   "\n";
    }
    switch (x.verdict) {
    case Verdict::sceptical:
    case Verdict::credulous:
        out += "  an extension with it: " + set_text(e, x.extension) + "\n";
        if (x.defence) {
            out += "  smallest admissible set with it: " + set_text(e, x.defence->set) + "\n";
            out += x.defence->well_founded ? "  the defence is well-founded: no argument defends itself\n"
                                           : "  it is not in the grounded extension, so no defence of it is well-founded: this one closes a cycle\n";
            defence_text(e, *x.defence, out);
        } else if (x.attackers.empty() || x.verdict == Verdict::credulous) {
            out += "  no admissible set inside that extension contains it: " + sem + " accepts it without defending it\n";
        }
        if (x.verdict == Verdict::credulous)
            for (const auto& w : x.attackers)
                out += "  " + e.names[w.attacker] + " attacks it: " +
                       (w.answered_by.empty() ? std::string("left unanswered (conflict-free is enough)")
                                              : "answered by " + list_text(e, w.answered_by, " and ")) +
                       "\n";
        if (x.verdict == Verdict::sceptical) {
            out += "  why no extension leaves it out: " + x.certificate + "\n";
            for (const auto& w : x.attackers) {
                out += "  " + e.names[w.attacker] + " attacks it: ";
                if (!detail::admissible_based(x.semantics))
                    out += w.self_attacking ? "it attacks itself and is in no extension\n" : "it is in no extension\n";
                else if (w.always) out += "answered in every extension by " + e.names[*w.always] + "\n";
                else out += "answered in every extension by one of " + list_text(e, w.answered_by, " and ") + " (they take turns)\n";
            }
        }
        break;
    case Verdict::rejected:
        out += "  an extension without it: " + set_text(e, x.extension) + "\n";
        if (x.defeater) {
            out += "  " + e.names[*x.defeater] + ", a member, attacks it\n";
            if (x.defence) {
                out += "  why " + e.names[*x.defeater] + " stands:\n";
                defence_text(e, *x.defence, out);
            }
        } else {
            out += "  no member attacks it, but it cannot be added:\n";
            for (arg_t b : x.unanswered) out += "    " + e.names[b] + " attacks it and no member attacks " + e.names[b] + "\n";
            for (arg_t c : x.conflicts) out += "    it attacks " + e.names[c] + ", a member\n";
            if (x.self_attacking) out += "    it attacks itself\n";
        }
        if (x.no_admissible_set) out += "  no admissible set contains it (SAT: UNSAT): it cannot answer all its attackers\n";
        break;
    case Verdict::no_extension:
        out += "  no conflict-free set can settle all of " + set_text(e, x.unsettled) +
               " (each in it or attacked by it; none of them can be left out)\n";
        if (!x.odd_cycle.empty()) {
            out += "  odd cycle of attacks: ";
            for (arg_t a : x.odd_cycle) out += e.names[a] + " -> ";
            out += e.names[x.odd_cycle.front()] + "\n";
        }
        break;
    }
    return out;
}

std::string to_json(const ClaimExplanation& e) {
    const AcceptanceExplanation& x = e.core;
    json j;
    j["claim"] = e.claim;
    j["semantics"] = std::string(to_string(x.semantics));
    if (!e.camp.empty()) j["camp"] = e.camp;
    j["answer"] = x.answer == Answer::yes ? "yes" : "unknown";
    j["verdict"] = std::string(to_string(x.verdict));
    j["in_grounded"] = x.in_grounded;
    if (!e.discarded.empty()) {
        j["discarded_attacks"] = json::array();
        for (const auto& d : e.discarded)
            j["discarded_attacks"].push_back({{"relation", d.relation}, {"source", d.source}, {"target", d.target},
                                              {"source_value", d.source_value}, {"target_value", d.target_value},
                                              {"relevant", d.relevant}});
    }
    if (x.verdict != Verdict::no_extension) j["extension"] = names_json(e, x.extension);
    if (x.defence)
        j["defence"] = {{"set", names_json(e, x.defence->set)}, {"well_founded", x.defence->well_founded},
                        {"tree", tree_json(e, x.defence->tree)}};
    if (!x.certificate.empty()) j["certificate"] = x.certificate;
    if (!x.attackers.empty()) {
        j["attackers"] = json::array();
        for (const auto& w : x.attackers) {
            json a{{"attacker", e.names[w.attacker]}, {"answered_by", names_json(e, w.answered_by)}};
            if (w.always) a["always"] = e.names[*w.always];
            if (w.self_attacking) a["self_attacking"] = true;
            j["attackers"].push_back(std::move(a));
        }
    }
    if (x.verdict == Verdict::rejected) {
        if (x.defeater) j["defeater"] = e.names[*x.defeater];
        j["unanswered"] = names_json(e, x.unanswered);
        j["conflicts"] = names_json(e, x.conflicts);
        j["self_attacking"] = x.self_attacking;
        j["no_admissible_set"] = x.no_admissible_set;
    }
    if (x.verdict == Verdict::no_extension) {
        j["unsettled"] = names_json(e, x.unsettled);
        j["odd_cycle"] = names_json(e, x.odd_cycle);
    }
    j["claims_used"] = e.claims_used;
    j["relations_used"] = e.relations_used;
    return j.dump(2);
}

}  // namespace argmap
