// Argdown writer: front matter (title, metadata, camps), one definition line per claim in map
// order, then one block per relation in map order (undercuts nested below the chain of
// relations they attack). What the reader gives back is listed in docs/formats.md.
#include <charconv>
#include <algorithm>
#include <functional>
#include <map>

#include "argmap/io.hpp"
#include "io/prediction_fields.hpp"
#include "io/text_input.hpp"
#include "model/markdown.hpp"

namespace argmap::io {

namespace {

// A YAML double-quoted scalar. NEL, LS and PS are line breaks to YAML 1.1 readers (yaml-cpp
// among them): written as \u escapes so the scalar stays on its line (yaml-cpp decodes \N
// to a lone byte 0x85, not UTF-8, so \u0085 it is).
std::string quote_scalar(std::string_view s) {
    std::string out = "\"";
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\x85') {
            out += "\\u0085";
            ++i;
            continue;
        }
        if (c == '\xE2' && i + 2 < s.size() && s[i + 1] == '\x80' && (s[i + 2] == '\xA8' || s[i + 2] == '\xA9')) {
            out += s[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
            i += 2;
            continue;
        }
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        // Argdown ends inline data at a '}' followed by a space and anything but ',' or '}',
        // even inside quotes ("a} b"): a '}' is written as an escape.
        case '}': out += "\\u007D"; break;
        // Opening brackets count toward the reader's nesting limit (ReadLimits::max_depth) even
        // inside quotes: written as escapes, a title of 101 '{' reads back.
        case '{': out += "\\u007B"; break;
        case '[': out += "\\u005B"; break;
        // "===" would end (or open) front matter wherever it stands: a third '=' in a row is an escape.
        case '=': out += i >= 2 && s[i - 1] == '=' && s[i - 2] == '=' ? "\\x3D" : "="; break;
        default: out += c;
        }
    }
    return out + "\"";
}

// A prediction as the data keys the reader takes (io/prediction_fields.hpp).
std::vector<std::string> prediction_data_entries(const Prediction& p) {
    std::vector<std::string> out{"prediction: " + quote_scalar(p.horizon)};
    if (p.status != PredictionStatus::open) out.push_back("resolution: " + std::string(to_string(p.status)));
    if (!p.resolved_on.empty()) out.push_back("resolved_on: " + quote_scalar(p.resolved_on));
    if (!p.evidence.empty()) {
        std::string list = "resolved_by: [";
        for (std::size_t i = 0; i < p.evidence.size(); ++i) list += (i ? ", " : "") + quote_scalar(p.evidence[i]);
        out.push_back(list + "]");
    }
    if (!p.note.empty()) out.push_back("prediction_note: " + quote_scalar(p.note));
    return out;
}


std::string title_of(const Claim& c, const ArgumentMap& map) {
    const bool arg = c.kind == ClaimKind::argument;
    std::string_view id = c.id;
    // The reader names an argument titled like a statement "<title>"; it is written <title>
    // (when there is no such statement, "<title>" is the title itself).
    if (arg && id.size() > 2 && id.front() == '<' && id.back() == '>') {
        const Claim* statement = map.find_claim(id.substr(1, id.size() - 2));
        if (statement && statement->kind != ClaimKind::argument) id = id.substr(1, id.size() - 2);
    }
    // A definition's title starts one character after the bracket, a reference's at it: the
    // escape '\' written first is read as an escape only by the reference. Titles for which the two
    // readings differ ("]:b" as "[\]:b]", "\a]" as "[\\a\]]") cannot be written.
    const char close = arg ? '>' : ']';
    if ((id.size() > 1 && id[0] == close && id[1] == ':') ||
        (!id.empty() && id[0] == '\\' && (id.size() == 1 || id.find_first_of(std::string{'\\', close}, 1) != std::string_view::npos)))
        throw WriteError("Argdown cannot write the title '" + std::string(id) + "' (a definition and a reference would read it differently)");
    std::string out(1, arg ? '<' : '[');
    for (std::size_t i = 0; i < id.size(); ++i) {
        const char ch = id[i];
        // A reference cannot start with '-' ("[-" is no reference to Argdown), and "<-", "<+",
        // "<_" at a line's start are relations: escaped there. "](" would make "[...](...)" a
        // link: the '(' is escaped. Opening brackets and braces are escaped so that they count
        // toward no nesting depth (ReadLimits::max_depth).
        if (ch == '\\' || ch == (arg ? '>' : ']') || (i == 0 && (ch == '-' || (arg && (ch == '+' || ch == '_')))) ||
            (!arg && ch == '(' && i > 0 && id[i - 1] == ']') || ch == '{' || ch == '[')
            out += '\\';
        out += ch;
    }
    out += arg ? '>' : ']';
    return out;
}

// What the Argdown lexer does with a blank at this point of written text: a freestyle run keeps
// its blanks; an escaped character keeps the spaces after it (not a tab); a control character,
// shortcode, emphasis end, link or mention keeps one blank; any other blank is skipped between
// tokens, so the writer escapes it (a backslash before a space or a tab reads back as the blank).
enum class BlankRule { kept, spaces_kept, one_kept, skipped };

bool argdown_freestyle(char c) {
    return std::string_view("\\@#*_[],.:;</>-(){}\r\n").find(c) == std::string_view::npos;
}

// Links and mentions (detail::inline_span_end) that are written as they are: per byte of
// one, the end of its span (0 elsewhere). A mention holding a backslash is not kept (the
// reader's titles read escapes), nor is a span across a line break.
std::vector<std::size_t> raw_span_ends(std::string_view text) {
    std::vector<std::size_t> end(text.size(), 0);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const std::size_t e = argmap::detail::inline_span_end(text, i);
        if (!e || text.substr(i, e - i).find_first_of(text[i] == '@' ? "\\\n\r" : "\n\r") != std::string_view::npos) continue;
        std::fill(end.begin() + static_cast<std::ptrdiff_t>(i), end.begin() + static_cast<std::ptrdiff_t>(e), e);
        i = e - 1;
    }
    return end;
}

std::string text_escaped(std::string_view text) {
    std::string out;
    BlankRule blanks = BlankRule::kept;
    bool in_freestyle = false;  // the last character written continues a freestyle token
    const std::vector<char> emphasis = argmap::detail::written_emphasis_markers(text);
    const std::vector<std::size_t> raw = raw_span_ends(text);  // the loop below meets a span at its start
    const auto white = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    // Whether the writer puts a backslash before text[j] (blanks aside).
    const auto escaped = [&](std::size_t j) {
        const char c = text[j];
        if (raw[j]) return false;
        if (c == '*' || c == '_') return !emphasis[j];
        return std::string_view("\\#{}[]<>@").find(c) != std::string_view::npos || (c == '/' && j > 0 && text[j - 1] == '/');
    };
    // A shortcode ":name:" or ".name." starting at i (Argdown's one token) that would swallow the
    // start of a link or mention written as it is.
    const auto swallows_span = [&](std::size_t i) {
        const char c = text[i];
        if (i + 2 >= text.size() || white(text[i + 1]) || escaped(i + 1)) return false;
        bool touches = raw[i + 1] != 0;
        std::size_t q = i + 2;
        for (; q < text.size() && !white(text[q]) && text[q] != c && !escaped(q); ++q) touches |= raw[q] != 0;
        return q < text.size() && text[q] == c && (touches || raw[q]);
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        char ch = text[i];
        if ((ch == '*' || ch == '_') && emphasis[i]) {  // Markdown emphasis stays Markdown
            out += ch;
            blanks = BlankRule::one_kept;
            in_freestyle = false;
            continue;
        }
        if (raw[i]) {
            out += text.substr(i, raw[i] - i);
            i = raw[i] - 1;
            blanks = BlankRule::one_kept;
            in_freestyle = false;
            continue;
        }
        if (ch == '\n' || ch == '\r') ch = ' ';  // a tab inside a line reads back as itself
        if (ch == ' ' || ch == '\t') {
            const bool keeps = blanks == BlankRule::kept || blanks == BlankRule::one_kept ||
                               (blanks == BlankRule::spaces_kept && ch == ' ');
            if (!keeps) out += '\\';
            out += ch;
            if (!keeps) blanks = BlankRule::spaces_kept;
            else if (blanks == BlankRule::one_kept) blanks = BlankRule::skipped;
            in_freestyle = in_freestyle && keeps && blanks == BlankRule::kept;
            continue;
        }
        // Escape what Argdown would take as a tag, data, a title, emphasis, a comment, a
        // shortcode over a link or front matter ("===" where a token starts); an escaped
        // character reads back as itself.
        const bool escape = escaped(i) || ((ch == '.' || ch == ':') && swallows_span(i)) ||
                            (ch == '=' && !in_freestyle && text.substr(i, 3) == "===");
        if (escape) out += '\\';
        out += ch;
        blanks = escape ? BlankRule::spaces_kept : argdown_freestyle(ch) ? BlankRule::kept : BlankRule::one_kept;
        in_freestyle = !escape && argdown_freestyle(ch);
    }
    return out;
}

// "#tag" or "#(two words)"; empty when Argdown cannot write the tag (it holds ')' or a line break).
std::string tag_text(std::string_view tag) {
    if (tag.empty() || tag.find_first_of(")\n\r") != std::string_view::npos) return {};
    bool plain = true;
    for (char ch : tag) {
        const auto u = static_cast<unsigned char>(ch);
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-' || u >= 0x80)) plain = false;
    }
    return plain ? "#" + std::string(tag) : "#(" + std::string(tag) + ")";
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
    const auto& meta = map.metadata();
    auto elsewhere = [](const std::string& k) {  // written as headings, not in the front matter
        return k == "argdown:sections" || k.rfind("argdown:section-", 0) == 0;
    };
    bool front = !map.title().empty() || !map.camps().empty();
    for (const auto& kv : meta) front |= !elsewhere(kv.first);
    if (front) {
        out += "===\n";
        if (!map.title().empty()) out += "title: " + quote_scalar(map.title()) + "\n";
        for (const auto& [k, v] : meta) {
            if (elsewhere(k) || k == "argdown:tag-colors") continue;
            if (k.rfind("argdown:yaml:", 0) == 0) out += quote_scalar(k.substr(13)) + ": " + v + "\n";  // JSON is YAML
            else out += quote_scalar(k) + ": " + quote_scalar(v) + "\n";
        }
        if (auto tc = meta.find("argdown:tag-colors"); tc != meta.end() && !meta.count("argdown:yaml:color")) {
            out += "color:\n  tagColors:\n";
            for (std::size_t s0 = 0; s0 < tc->second.size();) {
                const std::size_t nl = std::min(tc->second.find('\n', s0), tc->second.size());
                const std::string line = tc->second.substr(s0, nl - s0);
                const auto sp = line.rfind(' ');
                if (sp != std::string::npos) out += "    " + quote_scalar(line.substr(0, sp)) + ": " + quote_scalar(line.substr(sp + 1)) + "\n";
                s0 = nl + 1;
            }
        }
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
    // Heading levels and parents from the section outline the reader kept (two spaces a level).
    std::map<std::string, std::pair<std::size_t, std::string>> section;  // title -> (level, parent)
    if (auto sec = meta.find("argdown:sections"); sec != meta.end()) {
        std::vector<std::string> path;
        for (std::size_t s0 = 0; s0 <= sec->second.size();) {
            const std::size_t nl = std::min(sec->second.find('\n', s0), sec->second.size());
            const std::string line = sec->second.substr(s0, nl - s0);
            std::size_t sp = 0;
            while (sp < line.size() && line[sp] == ' ') ++sp;
            const std::size_t depth = sp / 2;
            path.resize(std::min(path.size(), depth));
            section.try_emplace(line.substr(sp), depth + 1, path.empty() ? std::string() : path.back());
            path.push_back(line.substr(sp));
            s0 = nl + 1;
        }
    }
    std::string group;
    std::vector<std::string> open;  // headings written, outermost first
    auto heading = [&](auto&& self, const std::string& title) -> void {
        auto it = section.find(title);
        const std::string parent = it == section.end() ? std::string() : it->second.second;
        const std::size_t level = it == section.end() ? 1 : std::min<std::size_t>(it->second.first, 6);
        if (!parent.empty() && std::find(open.begin(), open.end(), parent) == open.end()) self(self, parent);
        open.resize(std::min(open.size(), level - 1));
        open.push_back(title);
        out += std::string(level, '#') + " " + text_escaped(title);
        if (auto tags = meta.find("argdown:section-tags:" + title); tags != meta.end())
            for (std::size_t s0 = 0; s0 <= tags->second.size();) {
                const std::size_t comma = std::min(tags->second.find(", ", s0), tags->second.size());
                if (const std::string t = tag_text(tags->second.substr(s0, comma - s0)); !t.empty()) out += " " + t;
                s0 = comma + 2;
            }
        if (auto data = meta.find("argdown:section-data:" + title); data != meta.end()) out += " " + data->second;
        out += "\n\n";
    };
    for (const Claim& c : map.claims()) {
        if (!c.group.empty() && c.group != group) {
            heading(heading, c.group);
            group = c.group;
        }
        out += title_of(c, map);
        if (!c.text.empty()) out += ": " + text_escaped(c.text);
        std::vector<std::string> data;
        bool tags_in_text = true;
        for (const auto& t : c.tags) tags_in_text &= !tag_text(t).empty();
        if (tags_in_text)
            for (const auto& t : c.tags) out += " " + tag_text(t);
        else
            data.push_back("tags: " + list_of(c.tags));
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
            for (auto& e : prediction_data_entries(*c.prediction)) data.push_back(std::move(e));
        for (const auto& [k, v] : c.data) data.push_back(quote_scalar(k) + ": " + quote_scalar(v));
        if (!data.empty()) {
            out += " {";
            for (std::size_t i = 0; i < data.size(); ++i) out += (i ? ", " : "") + data[i];
            out += "}";
        }
        out += "\n\n";
    }
    if (!map.relations().empty()) out += "// relations\n";
    const auto rels = map.relations();
    auto contradictory = [](const Relation& r) {
        auto it = r.data.find("argdown:relation-type");
        return r.type == RelationType::attack && it != r.data.end() && it->second == "contradictory";
    };
    std::map<std::pair<std::string, std::string>, std::size_t> contradiction;  // (source, target) -> first index
    for (std::size_t i = 0; i < rels.size(); ++i)
        if (contradictory(rels[i])) contradiction.try_emplace({rels[i].source, rels[i].target}, i);
    for (std::size_t i = 0; i < rels.size(); ++i) {
        // A contradiction is one '><' for the pair of attacks.
        if (contradictory(rels[i])) {
            const auto mirror = contradiction.find({rels[i].target, rels[i].source});
            const bool mirrored = mirror != contradiction.end();
            if (mirrored && mirror->second < i) continue;
            if (mirrored) {
                out += "\n" + title_of(*map.find_claim(rels[i].source), map) + "\n  >< " + title_of(*map.find_claim(rels[i].target), map);
                if (rels[i].weight != 1.0) out += " {relation_weight: " + detail::shortest(rels[i].weight) + "}";
                out += "\n";
                continue;
            }
        }
        // The chain from a claim-to-claim relation down to rels[i].
        std::vector<const Relation*> chain{&rels[i]};
        while (chain.back()->type == RelationType::undercut) chain.push_back(map.find_relation(chain.back()->target));
        const Relation& root = *chain.back();
        out += "\n" + title_of(*map.find_claim(root.target), map) + "\n";
        std::string indent = "  ";
        for (auto it = chain.rbegin(); it != chain.rend(); ++it, indent += "  ") {
            const Relation& r = **it;
            out += indent + symbol(r.type) + " " + title_of(*map.find_claim(r.source), map);
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
