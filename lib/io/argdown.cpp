// Argdown reader, the subset documented in docs/argdown.md: YAML front matter (title, camps,
// metadata), headings as groups, statements [id]: text, arguments <id>: text, #tags, inline
// {data}, comments, and relations in every notation (+ - _ >< <+ <- <_ +> -> _>).
//
// Relations follow Argdown's tree: an incoming relation line (+ - _) relates the child to its
// parent; an outgoing one (+> -> _>) relates the parent to the child. An undercut attacks the
// inference the parent hangs by (the relation linking it to its own parent); at top level, or
// with _>, it attacks the unique outgoing relation of the argument concerned.
#include <algorithm>
#include <cctype>
#include <charconv>
#include <unordered_map>

#include "io/flow_data.hpp"
#include "io/prediction_fields.hpp"
#include "io/text_input.hpp"

namespace argmap::io {

namespace {

using detail::DataValue;
using detail::failure;

struct Position {
    std::size_t line = 0, column = 0;
};

struct PendingClaim {
    Claim claim;
    bool is_argument = false;
    bool has_text = false;
    Position first;
    Position defined;
};

struct PendingRelation {
    RelationType type;
    std::string source;
    std::string target;           // claim id (attack/support)
    std::ptrdiff_t target_rel = -1;  // undercut: index into relations, or -1 while deferred
    std::string undercut_of_argument;  // deferred undercut: the argument whose inference is hit
    double weight = 1.0;
    std::string id;
    Position pos;
};

struct Frame {
    std::size_t indent;
    std::string claim;
    std::ptrdiff_t hang;  // relation linking this node to its parent, or -1
};

class Reader {
public:
    Reader(std::string_view text, std::string_view file) : text_(text), file_(file) {}

    ParseResult run(ArgumentMap& out) {
        if (auto r = detail::check_utf8(text_, file_); !r) return r;
        split_lines();
        std::size_t i = 0;
        while (i < lines_.size() && blank(lines_[i])) ++i;
        if (i < lines_.size() && trimmed(lines_[i]) == "===") {
            if (!front_matter(i)) return result_;
        }
        for (; i < lines_.size(); ++i)
            if (!body_line(i)) return result_;
        if (in_block_comment_) return fail(ParseStatus::syntax_error, comment_start_, "unterminated comment; expected '*/'");
        if (!finish_pcs()) return result_;
        if (!resolve_deferred()) return result_;
        ArgumentMap map;
        if (!build(map)) return result_;
        out = std::move(map);
        return result_;
    }

private:
    std::string_view text_;
    std::string file_;
    std::vector<std::string_view> lines_;
    ParseResult result_;
    ArgumentMap front_;  // title, metadata and camps from the front matter
    std::vector<PendingClaim> claims_;
    std::unordered_map<std::string, std::size_t> claim_at_;
    std::vector<PendingRelation> relations_;
    std::unordered_map<std::string, std::size_t> relation_at_;  // same ends and type -> index
    std::vector<Frame> stack_;
    std::string group_;
    std::size_t untitled_ = 0;
    std::string current_argument_;  // the last top-level argument line, for a PCS below it
    struct Pcs {
        std::string argument;
        std::vector<std::pair<std::string, bool>> items;  // statement, is a conclusion
        bool next_is_conclusion = false;
        std::vector<std::string> rules;
    };
    std::optional<Pcs> pcs_;
    bool in_block_comment_ = false;
    Position comment_start_;

    // ---- helpers ----
    static bool blank(std::string_view l) {
        return std::all_of(l.begin(), l.end(), [](char c) { return c == ' ' || c == '\t'; });
    }
    static std::string_view trimmed(std::string_view l) {
        while (!l.empty() && (l.front() == ' ' || l.front() == '\t')) l.remove_prefix(1);
        while (!l.empty() && (l.back() == ' ' || l.back() == '\t')) l.remove_suffix(1);
        return l;
    }
    void split_lines() {
        std::size_t start = 0;
        for (std::size_t i = 0; i <= text_.size(); ++i)
            if (i == text_.size() || text_[i] == '\n') {
                std::string_view l = text_.substr(start, i - start);
                if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
                if (i < text_.size() || !l.empty()) lines_.push_back(l);
                start = i + 1;
            }
    }
    ParseResult& fail(ParseStatus s, Position p, std::string msg) {
        result_ = failure(s, file_, p.line, p.column, std::move(msg));
        return result_;
    }
    void warn(Position p, std::string msg) {
        Diagnostic d;
        d.file = file_;
        d.line = p.line;
        d.column = p.column;
        d.message = std::move(msg);
        result_.warnings.push_back(std::move(d));
    }

    // ---- front matter ----
    bool front_matter(std::size_t& i) {
        const Position open{i + 1, 1};
        std::vector<std::string_view> body;
        std::size_t j = i + 1;
        for (; j < lines_.size() && trimmed(lines_[j]) != "==="; ++j) body.push_back(lines_[j]);
        if (j == lines_.size()) {
            fail(ParseStatus::syntax_error, open, "front matter opened with '===' is never closed; expected '==='");
            return false;
        }
        detail::DataError e;
        auto root = detail::parse_block_mapping(body, i + 2, e);
        if (!root) {
            fail(ParseStatus::syntax_error, {e.line, e.column}, e.message);
            return false;
        }
        i = j + 1;
        for (const auto& [key, v] : root->entries) {
            const Position at{v.line, v.column};
            try {
                if (key == "title" && v.kind == DataValue::Kind::scalar) {
                    front_.set_title(v.text);
                } else if (key == "camps") {
                    if (v.kind != DataValue::Kind::mapping) {
                        fail(ParseStatus::invalid_value, at, "'camps' must be a mapping of camp id to {name, description, color}");
                        return false;
                    }
                    for (const auto& [id, c] : v.entries) {
                        Camp camp;
                        camp.id = id;
                        if (c.kind == DataValue::Kind::scalar) {
                            camp.name = c.text;
                        } else if (c.kind == DataValue::Kind::mapping) {
                            for (const auto& [ck, cv] : c.entries) {
                                if (ck == "prefers" && cv.kind == DataValue::Kind::list) {
                                    for (const auto& item : cv.items) {
                                        if (item.kind != DataValue::Kind::scalar) {
                                            fail(ParseStatus::invalid_value, {item.line, item.column}, "'prefers' lists values or camp ids");
                                            return false;
                                        }
                                        camp.preferences.push_back(item.text);
                                    }
                                    continue;
                                }
                                if (cv.kind != DataValue::Kind::scalar) {
                                    fail(ParseStatus::invalid_value, {cv.line, cv.column}, "camp field '" + ck + "' must be text");
                                    return false;
                                }
                                if (ck == "name") camp.name = cv.text;
                                else if (ck == "description") camp.description = cv.text;
                                else if (ck == "color" || ck == "colour") camp.color = cv.text;
                                else if (ck == "prefers") camp.preferences.push_back(cv.text);
                                else warn({cv.line, cv.column}, "unknown camp field '" + ck + "' ignored; expected name, description, color or prefers");
                            }
                        } else {
                            fail(ParseStatus::invalid_value, {c.line, c.column}, "camp '" + id + "' must be a name or a mapping");
                            return false;
                        }
                        try {
                            front_.add_camp(std::move(camp));
                        } catch (const ModelError& err) {
                            fail(detail::status_of(err), {c.line, c.column}, err.what());
                            return false;
                        }
                    }
                } else if (v.kind == DataValue::Kind::scalar) {
                    front_.set_metadata(key, v.text);
                } else {
                    warn(at, "front matter key '" + key + "' ignored; only scalar metadata, 'title' and 'camps' are read");
                }
            } catch (const ModelError& err) {
                fail(detail::status_of(err), at, err.what());
                return false;
            }
        }
        return true;
    }

    // ---- body ----
    // Removes comments; tracks /* */ across lines. Returns the line with comments blanked.
    std::string strip_comments(std::string_view l, std::size_t line) {
        std::string out(l);
        char quote = 0;
        for (std::size_t i = 0; i < out.size(); ++i) {
            if (in_block_comment_) {
                if (out.compare(i, 2, "*/") == 0) {
                    out[i] = out[i + 1] = ' ';
                    ++i;
                    in_block_comment_ = false;
                } else {
                    out[i] = ' ';
                }
                continue;
            }
            const char c = out[i];
            if (c == '\\') {
                ++i;
                continue;
            }
            if (quote) {
                if (c == quote) quote = 0;
                continue;
            }
            if (c == '"' && i > 0 && out.find('{') < i) {
                quote = c;
                continue;
            }
            if (out.compare(i, 2, "/*") == 0) {
                in_block_comment_ = true;
                comment_start_ = {line, i + 1};
                out[i] = out[i + 1] = ' ';
                ++i;
                continue;
            }
            if (out.compare(i, 2, "//") == 0 && (i == 0 || out[i - 1] == ' ' || out[i - 1] == '\t')) {
                out.resize(i);
                break;
            }
            if (out.compare(i, 4, "<!--") == 0) {
                auto end = out.find("-->", i + 4);
                if (end == std::string::npos) {
                    out.resize(i);
                    break;
                }
                for (std::size_t k = i; k < end + 3; ++k) out[k] = ' ';
                i = end + 2;
            }
        }
        return out;
    }

    bool body_line(std::size_t idx) {
        const std::size_t line = idx + 1;
        const std::string l = strip_comments(lines_[idx], line);
        if (blank(l)) return true;
        std::size_t p = 0, indent = 0;
        while (p < l.size() && (l[p] == ' ' || l[p] == '\t')) {
            indent += l[p] == '\t' ? 4 : 1;
            ++p;
        }
        // Heading: one to six '#' followed by a space.
        if (l[p] == '#') {
            std::size_t h = p;
            while (h < l.size() && l[h] == '#') ++h;
            if (h - p <= 6 && h < l.size() && l[h] == ' ') {
                std::string_view title = trimmed(std::string_view(l).substr(h));
                if (auto brace = title.find(" {"); brace != std::string_view::npos) {
                    warn({line, h + 1 + brace + 1}, "data on headings is ignored");
                    title = trimmed(title.substr(0, brace));
                }
                if (title.empty()) return fail(ParseStatus::syntax_error, {line, h + 1}, "expected heading text after '#'"), false;
                if (!finish_pcs()) return false;
                group_ = std::string(title);
                current_argument_.clear();
                stack_.clear();
                return true;
            }
        }
        // Relation symbol.
        struct Sym {
            std::string_view text;
            RelationType type;
            bool outgoing;
            bool contradiction;
        };
        static constexpr Sym symbols[] = {
            {"<+", RelationType::support, false, false}, {"<-", RelationType::attack, false, false},
            {"<_", RelationType::undercut, false, false}, {"+>", RelationType::support, true, false},
            {"->", RelationType::attack, true, false},    {"_>", RelationType::undercut, true, false},
            {"><", RelationType::attack, false, true},    {"+", RelationType::support, false, false},
            {"-", RelationType::attack, false, false},    {"_", RelationType::undercut, false, false},
        };
        const Sym* sym = nullptr;
        const Position sym_pos{line, p + 1};
        for (const Sym& s : symbols)
            if (l.compare(p, s.text.size(), s.text) == 0 && p + s.text.size() < l.size() &&
                (l[p + s.text.size()] == ' ' || l[p + s.text.size()] == '\t')) {
                sym = &s;
                p += s.text.size();
                while (p < l.size() && (l[p] == ' ' || l[p] == '\t')) ++p;
                break;
            }
        if (!sym && indent == 0) {
            // Premise-conclusion structures: numbered statements and inference lines.
            if (l[p] == '(' && p + 1 < l.size() && std::isdigit(static_cast<unsigned char>(l[p + 1]))) return pcs_line(l, p, line);
            if (l.compare(p, 2, "--") == 0) return inference_line(l, p, line);
            if (!finish_pcs()) return false;
        }
        Element e;
        double rel_weight = -1;
        std::string rel_id;
        if (!element(l, p, line, sym != nullptr, e, rel_weight, rel_id)) return false;
        const std::string& id = e.id;
        if (!sym && indent == 0) current_argument_ = e.is_argument ? id : std::string();

        // Relation.
        std::ptrdiff_t hang = -1;
        if (sym) {
            while (!stack_.empty() && stack_.back().indent >= indent) stack_.pop_back();
            if (stack_.empty())
                return fail(ParseStatus::syntax_error, sym_pos, "relation has no parent; expected it indented below a statement or argument"), false;
            const Frame parent = stack_.back();
            PendingRelation r;
            r.pos = sym_pos;
            r.type = sym->type;
            if (rel_weight >= 0) r.weight = rel_weight;
            r.id = rel_id;
            if (sym->contradiction) {
                r.source = id;
                r.target = parent.claim;
                add_relation(r, rel_weight >= 0);
                std::swap(r.source, r.target);
                add_relation(r, rel_weight >= 0);
            } else if (sym->type == RelationType::undercut) {
                if (sym->outgoing) {
                    r.source = parent.claim;
                    r.undercut_of_argument = id;
                } else {
                    r.source = id;
                    if (parent.hang >= 0) r.target_rel = parent.hang;
                    else r.undercut_of_argument = parent.claim;
                }
                hang = add_relation(r, rel_weight >= 0);
            } else {
                r.source = sym->outgoing ? parent.claim : id;
                r.target = sym->outgoing ? id : parent.claim;
                if (r.source == r.target && r.type == RelationType::support)
                    return fail(ParseStatus::invalid_value, sym_pos, "'" + id + "' cannot support itself"), false;
                hang = add_relation(r, rel_weight >= 0);
            }
        } else {
            if (indent > 0 && !stack_.empty())
                return fail(ParseStatus::syntax_error, {line, 1}, "indented line without a relation symbol; expected one of + - _ >< <+ <- <_ +> -> _>"), false;
            stack_.clear();
        }
        stack_.push_back({indent, id, hang});
        return true;
    }

    struct Element {
        std::string id;
        bool is_argument = false;
        Position pos;
    };

    // One statement or argument: [title]: text, <title>: text, a bare title, or untitled text.
    // Records the claim (text, tags, data); relation data goes to rel_weight and rel_id.
    bool element(const std::string& l, std::size_t& p, std::size_t line, bool relation_line, Element& e,
                 double& rel_weight, std::string& rel_id) {
        e.pos = {line, p + 1};
        bool has_text = false;
        if (p < l.size() && (l[p] == '[' || l[p] == '<')) {
            e.is_argument = l[p] == '<';
            const char close = e.is_argument ? '>' : ']';
            ++p;
            bool closed = false;
            while (p < l.size()) {
                if (l[p] == '\\' && p + 1 < l.size()) {
                    e.id += l[p + 1];
                    p += 2;
                    continue;
                }
                if (l[p] == close) {
                    closed = true;
                    ++p;
                    break;
                }
                e.id += l[p++];
            }
            if (!closed) return fail(ParseStatus::syntax_error, e.pos, std::string("expected '") + close + "' to close the title"), false;
            e.id = std::string(trimmed(e.id));
            if (e.id.empty()) return fail(ParseStatus::syntax_error, e.pos, "empty title"), false;
            if (p < l.size() && l[p] == ':') {
                has_text = true;
                ++p;
            } else if (p < l.size() && l[p] != ' ' && l[p] != '\t') {
                return fail(ParseStatus::syntax_error, {line, p + 1}, "expected ':' and text, tags, data or the end of the line"), false;
            }
        } else {
            // An untitled statement (Argdown names it "Untitled N").
            do e.id = "Untitled " + std::to_string(++untitled_);
            while (claim_at_.count(e.id));
            has_text = true;
        }
        std::string text;
        std::vector<std::string> tags;
        std::optional<DataValue> data;
        if (!read_text(l, p, line, has_text, text, tags, data)) return false;
        if (has_text && text.empty() && e.id.rfind("Untitled ", 0) == 0)
            return fail(ParseStatus::syntax_error, e.pos, "expected a statement, an argument, a relation or a heading"), false;
        PendingClaim* c = mention(e.id, e.is_argument, e.pos);
        if (!c) return false;
        if (has_text && !text.empty()) {
            if (!c->has_text) {
                c->claim.text = text;
                c->claim.group = group_;
                c->has_text = true;
                c->defined = e.pos;
            } else if (c->claim.text != text) {
                // Argdown equivalence class: the same title with another text. The first text
                // stays the claim's; the others are kept, one per line.
                auto& others = c->claim.data["argdown:equivalent-texts"];
                bool seen = false;
                for (std::size_t s0 = 0; s0 <= others.size();) {
                    const std::size_t nl = std::min(others.find('\n', s0), others.size());
                    seen |= others.compare(s0, nl - s0, text) == 0 && nl - s0 == text.size();
                    s0 = nl + 1;
                }
                if (!seen) others += (others.empty() ? "" : "\n") + text;
            }
        }
        for (auto& t : tags)
            if (std::find(c->claim.tags.begin(), c->claim.tags.end(), t) == c->claim.tags.end()) c->claim.tags.push_back(t);
        return !data || apply_data(*c, *data, relation_line, rel_weight, rel_id);
    }

    // "(n) statement" inside a premise-conclusion structure.
    bool pcs_line(const std::string& l, std::size_t p, std::size_t line) {
        const Position at{line, p + 1};
        std::size_t q = p + 1;
        while (q < l.size() && std::isdigit(static_cast<unsigned char>(l[q]))) ++q;
        if (q >= l.size() || l[q] != ')')
            return fail(ParseStatus::syntax_error, {line, q + 1}, "expected ')' after the premise number"), false;
        if (!pcs_) {
            if (current_argument_.empty())
                return fail(ParseStatus::syntax_error, at,
                            "a premise-conclusion structure needs an argument title line '<Title>' before it"),
                       false;
            pcs_ = Pcs{current_argument_, {}, false, {}};
        }
        p = q + 1;
        while (p < l.size() && (l[p] == ' ' || l[p] == '\t')) ++p;
        Element e;
        double w = -1;
        std::string rid;
        if (!element(l, p, line, false, e, w, rid)) return false;
        if (e.is_argument) return fail(ParseStatus::syntax_error, e.pos, "premises and conclusions are statements, not arguments"), false;
        pcs_->items.push_back({e.id, pcs_->next_is_conclusion});
        pcs_->next_is_conclusion = false;
        stack_.clear();
        stack_.push_back({0, e.id, -1});  // relations indented below attach to this statement
        return true;
    }

    // "----" or "-- rule {data} --": the next statement is a conclusion.
    bool inference_line(const std::string& l, std::size_t p, std::size_t line) {
        if (!pcs_)
            return fail(ParseStatus::syntax_error, {line, p + 1}, "an inference line '--' belongs inside a premise-conclusion structure"), false;
        std::string_view body = trimmed(std::string_view(l).substr(p));
        while (!body.empty() && body.front() == '-') body.remove_prefix(1);
        while (!body.empty() && body.back() == '-') body.remove_suffix(1);
        body = trimmed(body);
        if (auto brace = body.find('{'); brace != std::string_view::npos) {
            warn({line, p + 1 + brace}, "data on inference lines is not read");
            body = trimmed(body.substr(0, brace));
        }
        if (!body.empty()) pcs_->rules.push_back(std::string(body));
        pcs_->next_is_conclusion = true;
        stack_.clear();
        return true;
    }

    // Ends the current premise-conclusion structure: premises support the argument and the
    // argument supports its main (last) conclusion, as Argdown's map draws them.
    bool finish_pcs() {
        if (!pcs_) return true;
        Pcs pcs = std::move(*pcs_);
        pcs_.reset();
        if (pcs.items.empty()) return true;
        const bool concluded = pcs.items.back().second;
        if (!concluded)
            warn(claims_[claim_at_.at(pcs.items.back().first)].first,
                 "the premise-conclusion structure of <" + pcs.argument + "> ends without a conclusion (no inference line)");
        for (std::size_t i = 0; i < pcs.items.size(); ++i) {
            const auto& [id, is_conclusion] = pcs.items[i];
            PendingRelation r;
            r.type = RelationType::support;
            r.pos = claims_[claim_at_.at(id)].first;
            if (!is_conclusion) {
                r.source = id;
                r.target = pcs.argument;
                add_relation(r, false);
            } else if (i + 1 == pcs.items.size()) {
                r.source = pcs.argument;
                r.target = id;
                add_relation(r, false);
            }
        }
        if (!pcs.rules.empty()) {
            std::string joined;
            for (const auto& rule : pcs.rules) joined += (joined.empty() ? "" : "; ") + rule;
            claims_[claim_at_.at(pcs.argument)].claim.data["argdown:inference"] = joined;
        }
        return true;
    }

    // Reads text up to the data block; extracts #tags; handles backslash escapes.
    bool read_text(const std::string& l, std::size_t& p, std::size_t line, bool has_text, std::string& text,
                   std::vector<std::string>& tags, std::optional<DataValue>& data) {
        while (p < l.size()) {
            const char ch = l[p];
            if (ch == '\\' && p + 1 < l.size()) {
                text += l[p + 1];
                p += 2;
                continue;
            }
            if (ch == '#' && (text.empty() || text.back() == ' ') && p + 1 < l.size() && l[p + 1] != ' ') {
                const Position at{line, p + 1};
                std::string tag;
                ++p;
                if (l[p] == '(') {
                    ++p;
                    while (p < l.size() && l[p] != ')') {
                        if (l[p] == '\\' && p + 1 < l.size()) ++p;
                        tag += l[p++];
                    }
                    if (p >= l.size()) return fail(ParseStatus::syntax_error, at, "expected ')' to close the tag"), false;
                    ++p;
                } else {
                    while (p < l.size() && l[p] != ' ' && l[p] != '\t' && l[p] != '{') tag += l[p++];
                }
                if (tag.empty()) return fail(ParseStatus::syntax_error, at, "empty tag"), false;
                tags.push_back(tag);
                while (p < l.size() && l[p] == ' ') ++p;
                continue;
            }
            if (ch == '{') {
                detail::DataError e;
                auto v = detail::parse_flow_value(l, p, line, 1, e);
                if (!v) return fail(ParseStatus::syntax_error, {e.line, e.column}, e.message), false;
                while (p < l.size() && (l[p] == ' ' || l[p] == '\t')) ++p;
                if (p < l.size())
                    return fail(ParseStatus::syntax_error, {line, p + 1}, "unexpected text after the data block; expected the end of the line"), false;
                data = std::move(v);
                break;
            }
            if (!has_text && ch != ' ' && ch != '\t')
                return fail(ParseStatus::syntax_error, {line, p + 1}, "text after a title needs ':'; expected '[title]: text'"), false;
            text += ch;
            ++p;
        }
        // Trim and fold spaces left where tags were.
        std::string folded;
        for (char ch : text) {
            if ((ch == ' ' || ch == '\t') && (folded.empty() || folded.back() == ' ')) continue;
            folded += ch == '\t' ? ' ' : ch;
        }
        while (!folded.empty() && folded.back() == ' ') folded.pop_back();
        text = std::move(folded);
        return true;
    }

    PendingClaim* mention(const std::string& id, bool is_argument, Position at) {
        auto it = claim_at_.find(id);
        if (it != claim_at_.end()) {
            PendingClaim& c = claims_[it->second];
            if (c.is_argument != is_argument) {
                fail(ParseStatus::duplicate_id, at,
                     "'" + id + "' is used both as a statement and as an argument (first at line " +
                         std::to_string(c.first.line) + ")");
                return nullptr;
            }
            return &c;
        }
        PendingClaim c;
        c.claim.id = id;
        c.claim.kind = is_argument ? ClaimKind::argument : ClaimKind::claim;
        c.claim.group = group_;
        c.is_argument = is_argument;
        c.first = c.defined = at;
        claim_at_.emplace(id, claims_.size());
        claims_.push_back(std::move(c));
        return &claims_.back();
    }

    // Adds a relation, or returns the one already stated between the same ends.
    std::ptrdiff_t add_relation(const PendingRelation& r, bool weight_given) {
        std::string key = std::to_string(static_cast<int>(r.type)) + '\0' + r.source + '\0' + r.target + '\0' +
                          std::to_string(r.target_rel) + '\0' + r.undercut_of_argument;
        auto [it, fresh] = relation_at_.emplace(std::move(key), relations_.size());
        if (!fresh) {
            PendingRelation& o = relations_[it->second];
            if (weight_given) o.weight = r.weight;
            if (!r.id.empty()) o.id = r.id;
            return static_cast<std::ptrdiff_t>(it->second);
        }
        relations_.push_back(r);
        return static_cast<std::ptrdiff_t>(relations_.size() - 1);
    }

    static std::optional<double> number(const DataValue& v) {
        if (v.kind != DataValue::Kind::scalar) return std::nullopt;
        double d = 0;
        const char* b = v.text.data();
        const char* e = b + v.text.size();
        auto [ptr, ec] = std::from_chars(b, e, d);
        if (ec != std::errc() || ptr != e) return std::nullopt;
        return d;
    }

    bool apply_data(PendingClaim& c, const DataValue& data, bool relation_line, double& rel_weight, std::string& rel_id) {
        Claim& claim = c.claim;
        auto scalar = [&](const std::string& key, const DataValue& v) -> const std::string* {
            if (v.kind != DataValue::Kind::scalar) {
                fail(ParseStatus::invalid_value, {v.line, v.column}, "'" + key + "' expects text, not a list or mapping");
                return nullptr;
            }
            return &v.text;
        };
        for (const auto& [key, v] : data.entries) {
            const Position at{v.line, v.column};
            if (key == "weight" || key == "relation_weight") {
                auto d = number(v);
                if (!d || !(*d >= 0.0 && *d <= 1.0))
                    return fail(ParseStatus::invalid_value, at, "'" + key + "' expects a number in [0,1], got '" + v.text + "'"), false;
                if (key == "weight") {
                    claim.weight = *d;
                } else {
                    if (!relation_line)
                        return fail(ParseStatus::invalid_value, at, "'relation_weight' applies only to a relation line"), false;
                    rel_weight = *d;
                }
            } else if (key == "relation_id") {
                if (!relation_line) return fail(ParseStatus::invalid_value, at, "'relation_id' applies only to a relation line"), false;
                auto s = scalar(key, v);
                if (!s) return false;
                rel_id = *s;
            } else if (key == "kind") {
                auto s = scalar(key, v);
                if (!s) return false;
                auto k = parse_claim_kind(*s);
                if (!k)
                    return fail(ParseStatus::invalid_value, at, "unknown kind '" + *s + "'; expected thesis, claim, argument, evidence or assumption"), false;
                claim.kind = *k;
            } else if (key == "camp" || key == "camps" || key == "tags" || key == "values") {
                std::vector<std::string> items;
                if (v.kind == DataValue::Kind::scalar) {
                    items.push_back(v.text);
                } else if (v.kind == DataValue::Kind::list) {
                    for (const auto& it : v.items) {
                        auto s = scalar(key, it);
                        if (!s) return false;
                        items.push_back(*s);
                    }
                } else {
                    return fail(ParseStatus::invalid_value, at, "'" + key + "' expects a name or a list of names"), false;
                }
                auto& dest = key == "tags" ? claim.tags : key == "values" ? claim.values : claim.camps;
                for (auto& s : items) {
                    if ((key == "camp" || key == "camps") && !front_.find_camp(s))
                        return fail(ParseStatus::unknown_reference, at, "unknown camp '" + s + "'; camps are declared in the front matter"), false;
                    if (std::find(dest.begin(), dest.end(), s) == dest.end()) dest.push_back(s);
                }
            } else if (key == "source" || key == "locator" || key == "date" || key == "url" || key == "group") {
                auto s = scalar(key, v);
                if (!s) return false;
                if (key == "source") claim.provenance.source = *s;
                else if (key == "locator") claim.provenance.locator = *s;
                else if (key == "date") claim.provenance.date = *s;
                else if (key == "url") claim.provenance.url = *s;
                else claim.group = *s;
            } else if (detail::is_prediction_key(key)) {
                if (auto err = detail::apply_prediction_key(claim, key, v)) return fail(ParseStatus::invalid_value, at, *err), false;
            } else if (v.kind == DataValue::Kind::scalar) {
                claim.data[key] = v.text;
            } else {
                warn(at, "data '" + key + "' ignored: only text values are kept for keys argmap does not know");
            }
        }
        return true;
    }

    bool resolve_deferred() {
        std::unordered_map<std::string, std::vector<std::size_t>> outgoing_of;  // source -> attack/support indices
        for (std::size_t i = 0; i < relations_.size(); ++i)
            if (relations_[i].type != RelationType::undercut) outgoing_of[relations_[i].source].push_back(i);
        for (auto& r : relations_) {
            if (r.type != RelationType::undercut || r.target_rel >= 0) continue;
            const std::vector<std::size_t>& outgoing = outgoing_of[r.undercut_of_argument];
            if (outgoing.size() != 1)
                return fail(ParseStatus::unknown_reference, r.pos,
                            "undercut of '" + r.undercut_of_argument + "' needs exactly one inference to attack, found " +
                                std::to_string(outgoing.size()) + " outgoing relations; place the undercut below the relation it attacks"),
                       false;
            r.target_rel = static_cast<std::ptrdiff_t>(outgoing[0]);
        }
        return true;
    }

    bool build(ArgumentMap& map) {
        map = front_;
        for (const auto& c : claims_) {
            if (!c.has_text && c.claim.text.empty()) warn(c.first, "'" + c.claim.id + "' is used but never given a text");
            try {
                Claim claim = c.claim;
                claim.prediction.reset();  // attached below, once every claim it names exists
                map.add_claim(std::move(claim));
            } catch (const ModelError& e) {
                return fail(detail::status_of(e), c.defined, e.what()), false;
            }
        }
        for (const auto& c : claims_) {
            try {
                if (c.claim.prediction) map.update_claim(c.claim);
            } catch (const ModelError& e) {
                return fail(detail::status_of(e), c.defined, e.what()), false;
            }
        }
        // Relations in file order; an undercut whose target comes later waits for it.
        std::vector<std::string> ids(relations_.size());
        std::vector<bool> built(relations_.size(), false);
        for (bool progress = true; progress;) {
            progress = false;
            for (std::size_t i = 0; i < relations_.size(); ++i) {
                const auto& r = relations_[i];
                if (built[i] || (r.type == RelationType::undercut && !built[r.target_rel])) continue;
                Relation rel;
                rel.id = r.id;
                rel.type = r.type;
                rel.source = r.source;
                rel.weight = r.weight;
                rel.target = r.type == RelationType::undercut ? ids[r.target_rel] : r.target;
                try {
                    ids[i] = map.add_relation(rel).id;
                } catch (const ModelError& e) {
                    return fail(detail::status_of(e), r.pos, e.what()), false;
                }
                built[i] = progress = true;
            }
        }
        for (std::size_t i = 0; i < relations_.size(); ++i)
            if (!built[i]) return fail(ParseStatus::invalid_value, relations_[i].pos, "undercuts form a cycle; expected each to attack an inference"), false;
        return true;
    }
};

}  // namespace

ParseResult read_argdown(std::string_view text, ArgumentMap& out, std::string_view filename) {
    Reader reader(text, filename);
    return detail::run_reader(reader, out);
}

ParseResult read_argdown_file(const std::string& path, ArgumentMap& out) {
    return detail::read_map_file(path, out, read_argdown);
}

}  // namespace argmap::io
