// Argdown writer: front matter (title, metadata, camps), one definition line per claim in map
// order, then one block per relation in map order (undercuts nested below the chain of
// relations they attack). What the reader gives back is listed in docs/formats.md.
#include <charconv>
#include <functional>

#include "argmap/io.hpp"
#include "io/flow_data.hpp"
#include "io/prediction_fields.hpp"
#include "io/text_input.hpp"

namespace argmap::io {

namespace {

using detail::quote_scalar;


std::string title_of(const Claim& c) {
    const bool arg = c.kind == ClaimKind::argument;
    std::string out(1, arg ? '<' : '[');
    for (char ch : c.id) {
        if (ch == '\\' || ch == (arg ? '>' : ']')) out += '\\';
        out += ch;
    }
    out += arg ? '>' : ']';
    return out;
}

// The bracket a claim is written with; kind argument uses <>, every other kind [].
std::string text_escaped(std::string_view text) {
    std::string out;
    char prev = 0;
    for (char ch : text) {
        if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
        // Escape what the reader would take as a tag, data, or the start of a comment.
        if (ch == '\\' || ch == '#' || ch == '{' || ch == '}' || (prev == '/' && (ch == '/' || ch == '*')) ||
            (prev == '<' && ch == '!'))
            out += '\\';
        out += ch;
        prev = ch;
    }
    return out;
}

std::string tag_text(std::string_view tag) {
    bool plain = true;
    for (char ch : tag)
        if (ch == ' ' || ch == '\t' || ch == '{' || ch == '(' || ch == ')' || ch == '\\') plain = false;
    if (plain) return "#" + std::string(tag);
    std::string out = "#(";
    for (char ch : tag) {
        if (ch == ')' || ch == '\\') out += '\\';
        out += ch;
    }
    return out + ")";
}

std::string list_of(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + quote_scalar(items[i]);
    return out + "]";
}

std::string symbol(RelationType t) {
    switch (t) {
    case RelationType::support: return "+";
    case RelationType::attack: return "-";
    case RelationType::undercut: return "_";
    }
    return "-";
}

}  // namespace

std::string write_argdown(const ArgumentMap& map) {
    std::string out;
    const bool front = !map.title().empty() || !map.metadata().empty() || !map.camps().empty();
    if (front) {
        out += "===\n";
        if (!map.title().empty()) out += "title: " + quote_scalar(map.title()) + "\n";
        for (const auto& [k, v] : map.metadata()) out += quote_scalar(k) + ": " + quote_scalar(v) + "\n";
        if (!map.camps().empty()) {
            out += "camps:\n";
            for (const Camp& c : map.camps()) {
                out += "  " + quote_scalar(c.id) + ": {name: " + quote_scalar(c.name) +
                       ", description: " + quote_scalar(c.description) + ", color: " + quote_scalar(c.color);
                if (!c.preferences.empty()) out += ", prefers: " + list_of(c.preferences);
                out += "}\n";
            }
        }
        out += "===\n\n";
    }
    std::string group;
    for (const Claim& c : map.claims()) {
        if (!c.group.empty() && c.group != group) {
            out += "\n# " + text_escaped(c.group) + "\n\n";
            group = c.group;
        }
        out += title_of(c);
        if (!c.text.empty()) out += ": " + text_escaped(c.text);
        for (const auto& t : c.tags) out += " " + tag_text(t);
        std::vector<std::string> data;
        const ClaimKind natural = c.kind == ClaimKind::argument ? ClaimKind::argument : ClaimKind::claim;
        if (c.kind != natural) data.push_back("kind: " + std::string(to_string(c.kind)));
        if (c.weight != 1.0) data.push_back("weight: " + detail::shortest(c.weight));
        if (!c.camps.empty()) data.push_back("camps: " + list_of(c.camps));
        if (!c.values.empty()) data.push_back("values: " + list_of(c.values));
        if (!c.provenance.source.empty()) data.push_back("source: " + quote_scalar(c.provenance.source));
        if (!c.provenance.locator.empty()) data.push_back("locator: " + quote_scalar(c.provenance.locator));
        if (!c.provenance.date.empty()) data.push_back("date: " + quote_scalar(c.provenance.date));
        if (!c.provenance.url.empty()) data.push_back("url: " + quote_scalar(c.provenance.url));
        if (c.group != group) data.push_back("group: " + quote_scalar(c.group));
        if (c.prediction)
            for (auto& e : detail::prediction_data_entries(*c.prediction)) data.push_back(std::move(e));
        for (const auto& [k, v] : c.data) data.push_back(quote_scalar(k) + ": " + quote_scalar(v));
        if (!data.empty()) {
            out += " {";
            for (std::size_t i = 0; i < data.size(); ++i) out += (i ? ", " : "") + data[i];
            out += "}";
        }
        out += "\n";
    }
    if (!map.relations().empty()) out += "\n// relations\n";
    const auto rels = map.relations();
    for (std::size_t i = 0; i < rels.size(); ++i) {
        // The chain from a claim-to-claim relation down to rels[i].
        std::vector<const Relation*> chain{&rels[i]};
        while (chain.back()->type == RelationType::undercut) chain.push_back(map.find_relation(chain.back()->target));
        const Relation& root = *chain.back();
        out += "\n" + title_of(*map.find_claim(root.target)) + "\n";
        std::string indent = "  ";
        for (auto it = chain.rbegin(); it != chain.rend(); ++it, indent += "  ") {
            const Relation& r = **it;
            out += indent + symbol(r.type) + " " + title_of(*map.find_claim(r.source));
            if (*it == &rels[i]) {
                std::vector<std::string> data;
                if (r.id != "r" + std::to_string(i + 1)) data.push_back("relation_id: " + quote_scalar(r.id));
                if (r.weight != 1.0) data.push_back("relation_weight: " + detail::shortest(r.weight));
                if (!data.empty()) {
                    out += " {";
                    for (std::size_t k = 0; k < data.size(); ++k) out += (k ? ", " : "") + data[k];
                    out += "}";
                }
            }
            out += "\n";
        }
    }
    return out;
}

}  // namespace argmap::io
