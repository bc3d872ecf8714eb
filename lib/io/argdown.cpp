// Argdown reader: the language as @argdown/cli 1.7.5 reads it (lexer in argdown_lexer.cpp;
// grammar and model building here, after Argdown's parser and model plugin, written anew).
//
// Argdown's model: statements are equivalence classes of members with one title; arguments
// have descriptions and at most one premise-conclusion structure (PCS); relations join them
// (support, attack, contradictory, undercut; entails and contrary in strict mode). Relations
// of a reconstructed argument (one with a PCS) are moved to its main conclusion; an undercut
// of it hits its inference. The argmap model takes it as docs/formats.md says: a statement or
// argument is a claim (id = title), premises support their argument, the argument supports its
// main conclusion, contradictory is an attack each way, an undercut attacks the relation(s) by
// which its target argues. Texts keep their inline Markdown; tags are taken out of them.
#include <cstdio>
#include <algorithm>
#include <charconv>
#include <map>
#include <optional>
#include <unordered_map>

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include "argmap/text.hpp"
#include "io/argdown_lexer.hpp"
#include "io/prediction_fields.hpp"
#include "io/text_input.hpp"

namespace argmap::io {

namespace {

using argdown::Tok;
using argdown::Token;
using detail::failure;

enum class ARel { support, attack, contradictory, undercut, entails, contrary };
constexpr std::string_view arel_name[] = {"support", "attack", "contradictory", "undercut", "entails", "contrary"};

// An end of an Argdown relation.
struct Node {
    enum Kind { statement, argument, inference } kind = statement;
    std::string title;
    friend bool operator==(const Node&, const Node&) = default;
};

struct Data {
    YAML::Node node;
    std::size_t offset = 0;  // of the YAML text in the file
};

// One occurrence of a statement or of an argument description.
struct Member {
    std::string title;
    bool is_reference = false;
    bool is_argument = false;
    std::string text;  // as written, tags taken out
    std::vector<std::string> tags;
    std::optional<Data> data;
    int section = -1;
    std::size_t offset = 0;
};

struct Statement {  // equivalence class
    std::vector<std::size_t> members;
    std::vector<std::string> tags;
    int section = -1;
    bool section_set = false;
};

struct PcsItem {
    std::size_t member;
    bool conclusion = false;  // preceded by an inference
};

struct Argument {
    std::vector<std::size_t> members;
    std::vector<std::string> tags;
    int section = -1;
    bool section_set = false;
    std::vector<PcsItem> pcs;
    bool has_pcs = false;
    std::size_t pcs_offset = 0;
    std::vector<std::string> rules;
    std::vector<std::string> inference_data;
};

struct Relation_ {
    ARel type;
    Node from, to;
    std::size_t offset;
    std::ptrdiff_t child = -1;  // member whose data may carry relation_weight / relation_id
    std::vector<std::size_t> children;  // every occurrence's member, in file order
    bool alive = true;
};

struct Section {
    std::string title;
    int level = 1;
    int parent = -1;
};

struct SyntaxError {
    std::size_t offset;
    std::string message;
};

std::string trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
    return std::string(s);
}

std::string fold_spaces(std::string_view s) {
    std::string out;
    for (char c : s) {
        if ((c == ' ' || c == '\t') && (out.empty() || out.back() == ' ')) continue;
        out += c == '\t' ? ' ' : c;
    }
    return trim(out);
}

// A YAML value as JSON (plain scalars that read as numbers, booleans or null become them).
nlohmann::ordered_json to_json(const YAML::Node& n, int depth) {
    if (depth > 32) throw SyntaxError{0, "data nested deeper than 32 levels"};
    switch (n.Type()) {
    case YAML::NodeType::Sequence: {
        auto a = nlohmann::ordered_json::array();
        for (const auto& item : n) a.push_back(to_json(item, depth + 1));
        return a;
    }
    case YAML::NodeType::Map: {
        auto o = nlohmann::ordered_json::object();
        for (const auto& kv : n) o[kv.first.Scalar()] = to_json(kv.second, depth + 1);
        return o;
    }
    case YAML::NodeType::Scalar: {
        const std::string& s = n.Scalar();
        if (n.Tag() == "?") {
            if (s == "true" || s == "false") return s == "true";
            if (s == "null" || s == "~") return nullptr;
            double d = 0;
            auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
            if (ec == std::errc() && ptr == s.data() + s.size() && !s.empty()) {
                long long i = 0;
                auto [p2, e2] = std::from_chars(s.data(), s.data() + s.size(), i);
                if (e2 == std::errc() && p2 == s.data() + s.size()) return i;
                return d;
            }
        }
        return s;
    }
    default:
        return nullptr;
    }
}

class Reader {
public:
    Reader(std::string_view text, std::string_view file) : t_(text), file_(file) {}

    ParseResult run(ArgumentMap& out) {
        if (auto r = detail::check_utf8(t_, file_); !r) return r;
        auto lex = argdown::tokenize(t_);
        if (!lex.ok) return fail(ParseStatus::syntax_error, lex.error_offset, lex.error);
        toks_ = std::move(lex.tokens);
        for (std::size_t at : lex.missing_blank_lines)
            warn(at, "Argdown wants a blank line before a new statement, argument or heading; read as if there were one");
        try {
            document();
        } catch (const SyntaxError& e) {
            return fail(ParseStatus::syntax_error, e.offset, e.message);
        }
        if (!result_) return result_;
        transform_relations();
        ArgumentMap map;
        try {
            if (!build(map)) return result_;
        } catch (const ModelError& e) {  // a value the model refuses that no check above caught
            return fail(detail::status_of(e), 0, e.what());
        }
        out = std::move(map);
        return result_;
    }

private:
    std::string_view t_;
    std::string file_;
    ParseResult result_;
    std::vector<Token> toks_;
    std::size_t i_ = 0;

    std::vector<Member> members_;
    std::unordered_map<std::string, Statement> statements_;
    std::vector<std::string> statement_order_;
    std::unordered_map<std::string, Argument> arguments_;
    std::vector<std::string> argument_order_;
    std::vector<Relation_> relations_;
    std::vector<Section> sections_;
    int section_ = -1;
    std::size_t untitled_ = 0;

    // Model-building state, as Argdown's model plugin keeps it.
    std::ptrdiff_t current_ = -1;        // member whose text is being read
    std::string* text_target_ = nullptr; // where content goes (a member's or a heading's text)
    std::vector<std::string>* tag_target_ = nullptr;
    bool keep_tags_in_text_ = false;
    std::vector<Node> parents_;
    std::optional<Node> current_inference_;
    std::string front_title_;
    ArgumentMap front_;
    bool strict_ = false;
    std::vector<std::pair<std::string, std::string>> tag_colors_;
    std::vector<std::pair<std::string, std::string>> section_data_;  // ("#"title, tags) or (title, data JSON)

    // ---- diagnostics ----
    mutable std::vector<std::size_t> line_starts_;
    detail::LineColumn at(std::size_t offset) const {
        if (line_starts_.empty()) {
            line_starts_.push_back(0);
            for (std::size_t k = 0; k < t_.size(); ++k)
                if (t_[k] == '\n') line_starts_.push_back(k + 1);
        }
        const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
        const std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
        return {line, offset - line_starts_[line - 1] + 1};
    }
    ParseResult& fail(ParseStatus s, std::size_t offset, std::string msg) {
        const auto lc = at(offset);
        result_ = failure(s, file_, lc.line, lc.column, std::move(msg));
        return result_;
    }
    void warn(std::size_t offset, std::string msg) {
        const auto lc = at(offset);
        Diagnostic d;
        d.file = file_;
        d.line = lc.line;
        d.column = lc.column;
        d.message = std::move(msg);
        result_.warnings.push_back(std::move(d));
    }

    // ---- tokens ----
    const Token& peek(std::size_t k = 0) const { return toks_[std::min(i_ + k, toks_.size() - 1)]; }
    bool is(Tok k) const { return peek().kind == k; }
    std::string_view image(const Token& tk) const { return t_.substr(tk.begin, tk.end - tk.begin); }
    [[noreturn]] void expected(std::string_view what) const {
        const Token& tk = peek();
        std::string found(argdown::describe(tk.kind));
        if (tk.end > tk.begin && tk.kind != Tok::emptyline && tk.kind != Tok::newline) {
            std::string img(image(tk).substr(0, 40));
            found += " '" + trim(img) + "'";
        }
        throw SyntaxError{tk.begin, "expected " + std::string(what) + ", found " + found};
    }
    const Token& consume(Tok k, std::string_view what) {
        if (!is(k)) expected(what);
        return toks_[i_++];
    }
    bool accept(Tok k) {
        if (!is(k)) return false;
        ++i_;
        return true;
    }

    static bool content_start(Tok k) {
        switch (k) {
        case Tok::freestyle: case Tok::unused_control_char: case Tok::escaped_char: case Tok::special_char:
        case Tok::link: case Tok::asterisk_bold_start: case Tok::underscore_bold_start:
        case Tok::asterisk_italic_start: case Tok::underscore_italic_start: case Tok::tag:
        case Tok::argument_mention: case Tok::statement_mention: case Tok::newline:
            return true;
        default:
            return false;
        }
    }
    static bool relation_token(Tok k) {
        return k == Tok::incoming_support || k == Tok::incoming_attack || k == Tok::outgoing_support ||
               k == Tok::outgoing_attack || k == Tok::contradiction || k == Tok::incoming_undercut ||
               k == Tok::outgoing_undercut;
    }

    // ---- grammar ----
    enum class Element { heading, statement, pcs, argument, list };

    void document() {
        accept(Tok::newline);
        accept(Tok::emptyline);
        if (is(Tok::front_matter)) {
            front_matter(toks_[i_++]);
            if (!result_) return;
            accept(Tok::newline);
            if (!accept(Tok::emptyline) && !is(Tok::eof)) expected("a blank line after the front matter");
        }
        if (is(Tok::eof)) return;
        if (is(Tok::freestyle) && image(peek()).substr(0, 3) == "===")
            warn(peek().begin, "'===' opens no front matter here (no closing '===' follows); Argdown reads it as text");
        std::optional<Element> previous;
        std::string previous_argument;
        for (;;) {
            while (accept(Tok::dedent)) {}
            std::string argument_title;
            const Tok k = peek().kind;
            Element e;
            if (k == Tok::heading_start) {
                heading();
                e = Element::heading;
            } else if (k == Tok::statement_number) {
                pcs(previous == Element::argument ? previous_argument : std::string());
                e = Element::pcs;
            } else if (k == Tok::argument_definition || k == Tok::argument_reference) {
                argument_title = argument(true);
                e = Element::argument;
            } else if (k == Tok::indent && (peek(1).kind == Tok::ordered_list_item || peek(1).kind == Tok::unordered_list_item)) {
                list();
                e = Element::list;
            } else if (k == Tok::statement_definition || k == Tok::statement_reference || content_start(k)) {
                statement(true, false);
                e = Element::statement;
            } else if (relation_token(k) || (k == Tok::indent && relation_token(peek(1).kind))) {
                if (k == Tok::indent) ++i_;
                throw SyntaxError{peek().begin, "a relation needs a parent: indent it below a statement or argument (and leave no blank line above it)"};
            } else {
                expected("a statement, an argument, a premise-conclusion structure or a heading");
            }
            if (!result_) return;
            previous = e;
            previous_argument = argument_title;
            while (accept(Tok::dedent)) {}
            if (is(Tok::eof)) return;
            if (accept(Tok::emptyline)) {
                if (is(Tok::eof)) return;
                continue;
            }
            // Argdown wants a blank line here; a PCS right below its argument is read anyway.
            if (is(Tok::statement_number) && e == Element::argument) {
                warn(peek().begin, "Argdown wants a blank line between an argument and its premise-conclusion structure; read as if there were one");
                continue;
            }
            expected("a blank line or the end of the file");
        }
    }

    void heading() {
        const Token& start = consume(Tok::heading_start, "a heading");
        const int level = static_cast<int>(image(start).size()) - 1;
        std::string text;
        std::vector<std::string> tags;
        set_target(&text, &tags, -1, false);
        if (!content_start(peek().kind)) expected("heading text");
        content();
        set_target(nullptr, nullptr, -1, false);
        Section s;
        s.title = fold_spaces(plain_text(text));
        // Titles go into the map's metadata (group, outline), which holds no control characters.
        for (unsigned char c : s.title)
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                char hex[8];
                std::snprintf(hex, sizeof hex, "0x%02X", c);
                throw SyntaxError{start.begin, std::string("the heading contains the control character ") + hex +
                                                   "; expected text (no format can carry it)"};
            }
        if (is(Tok::data) || (is(Tok::newline) && peek(1).kind == Tok::data)) {
            accept(Tok::newline);
            // Argdown's group settings (isGroup, isClosed...): kept with the section.
            const Data d = read_data(toks_[i_++]);
            section_data_.push_back({s.title, to_json(d.node, 0).dump()});
            accept(Tok::newline);
        }
        if (!tags.empty()) {
            std::string joined;
            for (const auto& t : tags) joined += (joined.empty() ? "" : ", ") + t;
            section_data_.push_back({"#" + s.title, joined});
        }
        s.level = level;
        int prev = section_;
        while (prev >= 0 && sections_[prev].level >= level) prev = sections_[prev].parent;
        s.parent = prev;
        sections_.push_back(std::move(s));
        section_ = static_cast<int>(sections_.size()) - 1;
    }

    void set_target(std::string* text, std::vector<std::string>* tags, std::ptrdiff_t member, bool keep_tags) {
        text_target_ = text;
        tag_target_ = tags;
        current_ = member;
        keep_tags_in_text_ = keep_tags;
    }

    // statementContent: text, links, emphasis, tags, mentions and line breaks.
    void content() {
        while (content_start(peek().kind)) {
            const Token& tk = toks_[i_++];
            std::string_view img = image(tk);
            std::string& text = *text_target_;
            switch (tk.kind) {
            case Tok::newline:
                if (content_start(peek().kind) && !text.empty() && text.back() != ' ') text += ' ';
                else if (content_start(peek().kind) && text.empty()) text += ' ';
                break;
            case Tok::escaped_char:
                text += img.substr(1);
                break;
            case Tok::tag: {
                std::string_view name = img.substr(1);
                while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
                if (name.size() >= 2 && name.front() == '(' && name.back() == ')') name = name.substr(1, name.size() - 2);
                if (std::find(tag_target_->begin(), tag_target_->end(), name) == tag_target_->end())
                    tag_target_->push_back(std::string(name));
                if (keep_tags_in_text_) text += img;
                break;
            }
            case Tok::asterisk_bold_start: case Tok::underscore_bold_start:
            case Tok::asterisk_italic_start: case Tok::underscore_italic_start: {
                text += img;
                const Tok end = tk.kind == Tok::asterisk_bold_start ? Tok::asterisk_bold_end
                                : tk.kind == Tok::underscore_bold_start ? Tok::underscore_bold_end
                                : tk.kind == Tok::asterisk_italic_start ? Tok::asterisk_italic_end
                                                                        : Tok::underscore_italic_end;
                content();
                if (!is(end)) {
                    const bool bold = end == Tok::asterisk_bold_end || end == Tok::underscore_bold_end;
                    throw SyntaxError{tk.begin, std::string("unclosed ") + (bold ? "bold" : "italic") + " text: close it with '" +
                                                    std::string(img.substr(0, bold ? 2 : 1)) + "' or escape the marker with '\\'"};
                }
                text += image(toks_[i_++]);
                break;
            }
            default:
                text += img;
            }
        }
    }

    std::ptrdiff_t new_member(bool argument, std::size_t offset) {
        Member m;
        m.is_argument = argument;
        m.offset = offset;
        m.section = section_;
        members_.push_back(std::move(m));
        return static_cast<std::ptrdiff_t>(members_.size()) - 1;
    }

    static std::string unescape_title(std::string_view s) {
        std::string out;
        for (std::size_t k = 0; k < s.size(); ++k) {
            if (s[k] == '\\' && k + 1 < s.size()) ++k;
            out += s[k];
        }
        return out;
    }

    std::string untitled() { return "Untitled " + std::to_string(++untitled_); }

    Data read_data(const Token& tk) {
        std::string_view img = image(tk);
        std::size_t offset = tk.begin;
        // Argdown reads "{" + line break ... "}" as a YAML block.
        std::size_t q = 1;
        while (q < img.size() && (img[q] == ' ' || img[q] == '\t')) ++q;
        if (q < img.size() && (img[q] == '\n' || img[q] == '\r')) {
            q += img.compare(q, 2, "\r\n") == 0 ? 2 : 1;
            std::size_t e = img.size() - 1;  // the closing brace
            img = img.substr(q, e - q);
            offset += q;
        }
        return Data{parse_yaml(img, offset), offset};
    }

    YAML::Node parse_yaml(std::string_view text, std::size_t offset) {
        try {
            YAML::Node n = YAML::Load(std::string(text));
            check_yaml(n, offset, 0);
            return n;
        } catch (const YAML::Exception& e) {
            std::string msg = e.msg;
            throw SyntaxError{offset + static_cast<std::size_t>(std::max(0, e.mark.pos)), "malformed YAML data: " + msg};
        }
    }

    void check_yaml(const YAML::Node& n, std::size_t offset, int depth) {
        if (depth > 32) throw SyntaxError{offset + static_cast<std::size_t>(std::max(0, n.Mark().pos)), "data nested deeper than 32 levels"};
        if (n.IsMap()) {
            std::vector<std::string> seen;
            for (const auto& kv : n) {
                if (!kv.first.IsScalar())
                    throw SyntaxError{offset + static_cast<std::size_t>(std::max(0, kv.first.Mark().pos)), "data keys must be text"};
                const std::string& k = kv.first.Scalar();
                if (std::find(seen.begin(), seen.end(), k) != seen.end())
                    throw SyntaxError{offset + static_cast<std::size_t>(std::max(0, kv.first.Mark().pos)), "duplicate key '" + k + "'"};
                seen.push_back(k);
                check_yaml(kv.second, offset, depth + 1);
            }
        } else if (n.IsSequence()) {
            for (const auto& item : n) check_yaml(item, offset, depth + 1);
        }
    }

    // statement: content | [ref] tags | [def]: content; then {data} and relations.
    std::ptrdiff_t statement(bool top_level, bool in_relation) {
        const std::ptrdiff_t m = new_member(false, peek().begin);
        (void)top_level;
        (void)in_relation;
        Member* mem = &members_[m];
        if (is(Tok::statement_reference)) {
            std::string_view img = image(toks_[i_++]);
            mem->title = unescape_title(img.substr(1, img.size() - 2));
            mem->is_reference = true;
            while (is(Tok::tag)) {
                set_target(&mem->text, &mem->tags, m, false);
                content_one_tag();
            }
            accept(Tok::newline);
        } else {
            if (is(Tok::statement_definition)) {
                std::string_view img = image(toks_[i_++]);
                mem->title = unescape_title(img.substr(1, img.size() - 3));
                if (!content_start(peek().kind)) expected("the statement's text after ':'");
            }
            set_target(&mem->text, &mem->tags, m, false);
            content();
        }
        set_target(nullptr, nullptr, -1, false);
        mem = &members_[m];
        if (is(Tok::data)) {
            Data d = read_data(toks_[i_++]);
            members_[m].data = std::move(d);
            accept(Tok::newline);
        }
        if (is(Tok::indent)) {
            if (members_[m].title.empty()) members_[m].title = untitled();
            parents_.push_back(Node{Node::statement, members_[m].title});
            relations();
            parents_.pop_back();
        }
        Member& done = members_[m];
        if (done.title.empty()) done.title = untitled();
        finish_statement(static_cast<std::size_t>(m));
        return m;
    }

    void content_one_tag() {
        // A tag after a reference: recorded, not text.
        std::string_view img = image(toks_[i_++]);
        std::string_view name = img.substr(1);
        while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
        if (name.size() >= 2 && name.front() == '(' && name.back() == ')') name = name.substr(1, name.size() - 2);
        if (std::find(tag_target_->begin(), tag_target_->end(), name) == tag_target_->end()) tag_target_->push_back(std::string(name));
    }

    void finish_statement(std::size_t m) {
        Member& mem = members_[m];
        auto [it, fresh] = statements_.try_emplace(mem.title);
        if (fresh) statement_order_.push_back(mem.title);
        Statement& s = it->second;
        for (const auto& tg : mem.tags)
            if (std::find(s.tags.begin(), s.tags.end(), tg) == s.tags.end()) s.tags.push_back(tg);
        s.members.push_back(m);
        if (!mem.is_reference && !s.section_set) {
            s.section = mem.section;
            s.section_set = true;
        }
    }

    Argument& argument_named(const std::string& title) {
        auto [it, fresh] = arguments_.try_emplace(title);
        if (fresh) argument_order_.push_back(title);
        return it->second;
    }

    // argument: <def>: content | <ref> tags; then {data} and relations. Returns its title.
    std::string argument(bool /*top_level*/) {
        const std::ptrdiff_t m = new_member(true, peek().begin);
        Member* mem = &members_[m];
        if (is(Tok::argument_reference)) {
            std::string_view img = image(toks_[i_++]);
            mem->title = unescape_title(img.substr(1, img.size() - 2));
            mem->is_reference = true;
            set_target(&mem->text, &mem->tags, m, false);
            while (is(Tok::tag)) content_one_tag();
            accept(Tok::newline);
        } else {
            std::string_view img = image(consume(Tok::argument_definition, "an argument"));
            mem->title = unescape_title(img.substr(1, img.size() - 3));
            if (!content_start(peek().kind)) expected("the argument's text after ':'");
            set_target(&mem->text, &mem->tags, m, false);
            content();
        }
        set_target(nullptr, nullptr, -1, false);
        if (is(Tok::data)) {
            Data d = read_data(toks_[i_++]);
            members_[m].data = std::move(d);
            accept(Tok::newline);
        }
        const std::string title = members_[m].title;
        argument_named(title);
        if (is(Tok::indent)) {
            parents_.push_back(Node{Node::argument, title});
            relations();
            parents_.pop_back();
        }
        Argument& a = argument_named(title);
        const Member& done = members_[m];
        for (const auto& tg : done.tags)
            if (std::find(a.tags.begin(), a.tags.end(), tg) == a.tags.end()) a.tags.push_back(tg);
        a.members.push_back(static_cast<std::size_t>(m));
        if (!done.is_reference && !a.section_set) {
            a.section = done.section;
            a.section_set = true;
        }
        return title;
    }

    // relations: Indent (symbol statement-or-argument)+ Dedent.
    void relations() {
        consume(Tok::indent, "an indented relation");
        do {
            const Token& sym = peek();
            if (!relation_token(sym.kind)) expected("a relation (+ - _ <+ <- <_ +> -> _> ><) or the end of the indented block");
            ++i_;
            const Node parent = parents_.back();
            Relation_ r;
            r.offset = sym.begin;
            bool parent_is_source = false;
            switch (sym.kind) {
            case Tok::incoming_support: r.type = ARel::support, parent_is_source = true; break;
            case Tok::incoming_attack: r.type = ARel::attack, parent_is_source = true; break;
            case Tok::outgoing_support: r.type = ARel::support; break;
            case Tok::outgoing_attack: r.type = ARel::attack; break;
            case Tok::contradiction: r.type = ARel::contradictory, parent_is_source = true; break;
            case Tok::incoming_undercut: r.type = ARel::undercut, parent_is_source = true; break;
            default: r.type = ARel::undercut; break;
            }
            Node parent_end = parent;
            // Argdown: an undercut below a statement hits the last inference read so far, if any.
            if (sym.kind == Tok::outgoing_undercut && parent.kind == Node::statement && current_inference_) parent_end = *current_inference_;
            Node child;
            if (is(Tok::argument_definition) || is(Tok::argument_reference)) {
                if (sym.kind == Tok::contradiction) expected("a statement after '><' (contradictions join statements)");
                const std::size_t before = members_.size();
                child = Node{Node::argument, argument(false)};
                r.child = static_cast<std::ptrdiff_t>(before);
            } else if (is(Tok::statement_definition) || is(Tok::statement_reference) || (content_start(peek().kind) && !is(Tok::newline))) {
                r.child = statement(false, true);
                child = Node{Node::statement, members_[r.child].title};
            } else {
                expected("a statement or an argument after the relation symbol");
            }
            r.from = parent_is_source ? parent_end : child;
            r.to = parent_is_source ? child : parent_end;
            add_relation(std::move(r));
        } while (!is(Tok::dedent) && !is(Tok::eof));
        accept(Tok::dedent);
    }

    static std::string key(ARel type, const Node& from, const Node& to) {
        std::string k(1, static_cast<char>('0' + static_cast<int>(type)));
        k += static_cast<char>('0' + from.kind);
        k += from.title;
        k += '\0';
        k += static_cast<char>('0' + to.kind);
        k += to.title;
        return k;
    }
    std::unordered_map<std::string, std::size_t> relation_at_;  // key -> index in relations_

    void add_relation(Relation_ r) {
        if (r.child >= 0) r.children.push_back(static_cast<std::size_t>(r.child));
        auto found = relation_at_.find(key(r.type, r.from, r.to));
        if (found == relation_at_.end() && r.type == ARel::contradictory) found = relation_at_.find(key(r.type, r.to, r.from));
        if (found != relation_at_.end()) {
            Relation_& o = relations_[found->second];
            o.children.insert(o.children.end(), r.children.begin(), r.children.end());
            return;
        }
        relation_at_.emplace(key(r.type, r.from, r.to), relations_.size());
        relations_.push_back(std::move(r));
    }

    // pcs: (n) statement ... -- inference -- (n) statement ...
    void pcs(const std::string& preceding_argument) {
        std::string title = preceding_argument;
        if (title.empty()) title = untitled();
        Argument& a = argument_named(title);
        const std::size_t start = peek().begin;
        if (a.has_pcs)
            throw SyntaxError{start, "<" + title + "> already has a premise-conclusion structure; Argdown allows one per argument"};
        a.has_pcs = true;
        a.pcs_offset = start;
        a.section = section_;
        a.section_set = true;
        bool after_inference = false;
        std::size_t inferences = 0;
        for (;;) {
            while (accept(Tok::dedent)) {}
            if (is(Tok::statement_number)) {
                ++i_;
                if (is(Tok::argument_definition) || is(Tok::argument_reference))
                    expected("a statement (premises and conclusions are statements, not arguments)");
                const std::ptrdiff_t m = statement(false, false);
                arguments_[title].pcs.push_back({static_cast<std::size_t>(m), after_inference});
                after_inference = false;
            } else if (is(Tok::inference_start)) {
                if (after_inference) expected("a statement '(n) ...' after the inference line");
                inference(title);
                after_inference = true;
                ++inferences;
            } else {
                break;
            }
        }
        Argument& done = arguments_[title];
        if (after_inference) expected("the conclusion '(n) ...' after the inference line");
        if (done.pcs.empty() || !done.pcs.back().conclusion)
            warn(members_[done.pcs.back().member].offset,
                 "the premise-conclusion structure of <" + title + "> ends without a conclusion (an inference line '--' and a statement below it)");
    }

    void inference(const std::string& argument) {
        const Token& start = consume(Tok::inference_start, "an inference line");
        current_inference_ = Node{Node::inference, argument};
        auto rule_start = [&] {
            const Tok k = peek().kind;
            return k == Tok::freestyle || k == Tok::unused_control_char || k == Tok::escaped_char || k == Tok::special_char;
        };
        auto rule = [&] {
            std::string text;
            while (rule_start()) {
                std::string_view img = image(toks_[i_++]);
                text += toks_[i_ - 1].kind == Tok::escaped_char ? img.substr(1) : img;
            }
            return trim(text);
        };
        if (rule_start() || (is(Tok::newline) && (peek(1).kind == Tok::freestyle || peek(1).kind == Tok::unused_control_char ||
                                                  peek(1).kind == Tok::escaped_char || peek(1).kind == Tok::special_char))) {
            accept(Tok::newline);
            arguments_[argument].rules.push_back(rule());
            while (accept(Tok::list_delimiter)) {
                if (!rule_start()) expected("an inference rule after ','");
                arguments_[argument].rules.push_back(rule());
            }
        }
        accept(Tok::newline);
        if (is(Tok::data)) {
            Data d = read_data(toks_[i_++]);
            arguments_[argument].inference_data.push_back(to_json(d.node, 0).dump());
            accept(Tok::newline);
        }
        if (!is(Tok::inference_end)) {
            (void)start;
            expected("'--' to close the inference line");
        }
        ++i_;
        if (!accept(Tok::newline)) expected("a line break after the inference line");
        if (is(Tok::indent)) {
            consume(Tok::indent, "an indented undercut");
            while (is(Tok::outgoing_undercut)) {
                const Token& sym = toks_[i_++];
                Relation_ r;
                r.type = ARel::undercut;
                r.offset = sym.begin;
                r.to = *current_inference_;
                if (is(Tok::argument_definition) || is(Tok::argument_reference)) {
                    const std::size_t before = members_.size();
                    r.from = Node{Node::argument, this->argument(false)};
                    r.child = static_cast<std::ptrdiff_t>(before);
                } else {
                    r.child = statement(false, true);
                    r.from = Node{Node::statement, members_[r.child].title};
                }
                add_relation(std::move(r));
            }
            consume(Tok::dedent, "an undercut '_' of the inference or the end of the indented block");
        }
    }

    void list() {
        consume(Tok::indent, "a list");
        while (is(Tok::ordered_list_item) || is(Tok::unordered_list_item)) {
            ++i_;
            if (is(Tok::argument_definition) || is(Tok::argument_reference)) argument(false);
            else statement(false, false);
        }
        consume(Tok::dedent, "the end of the list");
    }

    // ---- front matter (YAML) ----
    void front_matter(const Token& tk) {
        std::string_view img = image(tk);
        std::size_t b = 0;
        while (b < img.size() && img[b] == '=') ++b;
        std::size_t e = img.size();
        while (e > b && img[e - 1] == '=') --e;
        const YAML::Node root = parse_yaml(img.substr(b, e - b), tk.begin + b);
        const std::size_t base = tk.begin + b;
        auto pos = [&](const YAML::Node& n) { return base + static_cast<std::size_t>(std::max(0, n.Mark().pos)); };
        if (!root || root.IsNull()) return;
        if (!root.IsMap()) throw SyntaxError{pos(root), "the front matter must be a YAML mapping of keys to values"};
        for (const auto& kv : root) {
            const std::string key = kv.first.Scalar();
            const YAML::Node& v = kv.second;
            try {
                if (key == "title" && v.IsScalar()) {
                    front_.set_title(v.Scalar());
                } else if (key == "camps") {
                    if (!v.IsMap()) return void(fail(ParseStatus::invalid_value, pos(v), "'camps' must be a mapping of camp id to {name, description, color}"));
                    for (const auto& ckv : v) {
                        Camp camp;
                        camp.id = ckv.first.Scalar();
                        const YAML::Node& c = ckv.second;
                        if (c.IsScalar()) {
                            camp.name = c.Scalar();
                        } else if (c.IsMap()) {
                            for (const auto& f : c) {
                                const std::string ck = f.first.Scalar();
                                const YAML::Node& cv = f.second;
                                if (ck == "prefers" && cv.IsSequence()) {
                                    for (const auto& item : cv) {
                                        if (!item.IsScalar()) return void(fail(ParseStatus::invalid_value, pos(item), "'prefers' lists values or camp ids"));
                                        camp.preferences.push_back(item.Scalar());
                                    }
                                    continue;
                                }
                                if (!cv.IsScalar()) return void(fail(ParseStatus::invalid_value, pos(cv), "camp field '" + ck + "' must be text"));
                                if (ck == "name") camp.name = cv.Scalar();
                                else if (ck == "description") camp.description = cv.Scalar();
                                else if (ck == "color" || ck == "colour") camp.color = cv.Scalar();
                                else if (ck == "prefers") camp.preferences.push_back(cv.Scalar());
                                else warn(pos(cv), "unknown camp field '" + ck + "' ignored; expected name, description, color or prefers");
                            }
                        } else {
                            return void(fail(ParseStatus::invalid_value, pos(c), "camp '" + camp.id + "' must be a name or a mapping"));
                        }
                        try {
                            front_.add_camp(std::move(camp));
                        } catch (const ModelError& err) {
                            return void(fail(detail::status_of(err), pos(c), err.what()));
                        }
                    }
                } else if (v.IsScalar()) {
                    front_.set_metadata(key, v.Scalar());
                } else if (v.IsNull()) {
                    front_.set_metadata(key, "");
                } else {
                    // Argdown settings and other structured keys: kept as JSON, written back.
                    const auto j = to_json(v, 0);
                    front_.set_metadata("argdown:yaml:" + key, j.dump());
                    if (key == "model" && j.is_object() && j.contains("mode") && j["mode"] == "strict") strict_ = true;
                    if (key == "color" && j.is_object() && j.contains("tagColors") && j["tagColors"].is_object())
                        for (auto it = j["tagColors"].begin(); it != j["tagColors"].end(); ++it)
                            if (it->is_string()) tag_colors_.push_back({it.key(), it->get<std::string>()});
                }
            } catch (const ModelError& err) {
                return void(fail(detail::status_of(err), pos(v), err.what()));
            }
        }
    }

    // ---- Argdown's model transformations ----
    bool reconstructed(const Node& n) const {
        if (n.kind != Node::argument) return false;
        auto it = arguments_.find(n.title);
        return it != arguments_.end() && it->second.has_pcs && !it->second.pcs.empty();
    }
    Node main_conclusion(const std::string& argument) const {
        const Argument& a = arguments_.at(argument);
        return Node{Node::statement, members_[a.pcs.back().member].title};
    }

    void transform_relations() {
        // Relations of a reconstructed argument belong to its main conclusion; undercuts of it
        // to its inference.
        for (std::size_t k = 0; k < relations_.size(); ++k) {
            Relation_& r = relations_[k];
            auto move_to = [&](Node from, Node to) {
                relation_at_.erase(key(r.type, r.from, r.to));
                r.from = std::move(from);
                r.to = std::move(to);
                auto [it, fresh] = relation_at_.emplace(key(r.type, r.from, r.to), k);
                if (!fresh && it->second != k) r.alive = false;  // the same relation is there already
                if (r.alive && r.from == r.to) {
                    r.alive = false;
                    warn(r.offset, "this relation of a reconstructed argument, moved to its conclusion, joins '" + r.from.title +
                                       "' to itself; left out, as Argdown does");
                }
            };
            if (reconstructed(r.from)) move_to(main_conclusion(r.from.title), r.to);
            if (r.alive && r.type == ARel::undercut && reconstructed(r.to)) move_to(r.from, Node{Node::inference, r.to.title});
        }
        if (strict_) {
            for (std::size_t k = 0; k < relations_.size(); ++k) {
                Relation_& r = relations_[k];
                if (!r.alive || r.from.kind != Node::statement || r.to.kind != Node::statement) continue;
                if (r.type == ARel::support) {
                    r.type = ARel::entails;
                } else if (r.type == ARel::attack) {
                    bool exists = false;
                    for (const auto& o : relations_)
                        if (o.alive && o.type == ARel::contrary && ((o.from == r.from && o.to == r.to) || (o.from == r.to && o.to == r.from))) exists = true;
                    if (exists) r.alive = false;
                    else r.type = ARel::contrary;
                }
            }
        }
        // A statement attacking an argument is redundant when it already attacks (or
        // contradicts) one of the argument's premises.
        std::unordered_map<std::string, std::vector<std::size_t>> touching;  // statement -> relations
        for (std::size_t k = 0; k < relations_.size(); ++k) {
            const Relation_& r = relations_[k];
            if (!r.alive) continue;
            if (r.from.kind == Node::statement) touching[r.from.title].push_back(k);
            if (r.to.kind == Node::statement && !(r.to == r.from)) touching[r.to.title].push_back(k);
        }
        for (auto& r : relations_) {
            if (!r.alive || r.from.kind != Node::statement || r.type != ARel::attack || r.to.kind != Node::argument) continue;
            const Argument& a = arguments_.at(r.to.title);
            for (std::size_t ok : touching[r.from.title]) {
                const Relation_& o = relations_[ok];
                if (!o.alive || &o == &r) continue;
                const bool touches = o.from == r.from || o.to == r.from;
                if (!touches) continue;
                const Node& other = o.from == r.from ? o.to : o.from;
                if (other.kind != Node::statement) continue;
                const bool kind_ok = (o.type == ARel::attack && o.from == r.from) || o.type == ARel::contradictory || o.type == ARel::contrary;
                if (!kind_ok) continue;
                bool premise = false;
                for (const auto& item : a.pcs)
                    if (!item.conclusion && members_[item.member].title == other.title) premise = true;
                if (premise) {
                    r.alive = false;
                    break;
                }
            }
        }
    }

    // ---- the argmap model ----
    static std::optional<double> number(const YAML::Node& v) {
        if (!v.IsScalar()) return std::nullopt;
        const std::string& s = v.Scalar();
        double d = 0;
        auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
        if (ec != std::errc() || ptr != s.data() + s.size() || s.empty()) return std::nullopt;
        return d;
    }

    bool apply_data(Claim& claim, const Data& data, bool relation_member, double& rel_weight, std::string& rel_id) {
        if (!data.node.IsMap()) {
            if (data.node.IsNull()) return true;
            return fail(ParseStatus::invalid_value, data.offset, "a data block must be a mapping {key: value, ...}"), false;
        }
        auto pos = [&](const YAML::Node& n) { return data.offset + static_cast<std::size_t>(std::max(0, n.Mark().pos)); };
        for (const auto& kv : data.node) {
            const std::string key = kv.first.Scalar();
            const YAML::Node& v = kv.second;
            auto scalar = [&]() -> const std::string* {
                if (!v.IsScalar()) return fail(ParseStatus::invalid_value, pos(v), "'" + key + "' expects text, not a list or mapping"), nullptr;
                return &v.Scalar();
            };
            if (key == "weight" || key == "relation_weight") {
                auto d = number(v);
                if (!d || !(*d >= 0.0 && *d <= 1.0))
                    return fail(ParseStatus::invalid_value, pos(v), "'" + key + "' expects a number in [0,1], got '" + (v.IsScalar() ? v.Scalar() : std::string("a list or mapping")) + "'"), false;
                if (key == "weight") {
                    claim.weight = *d;
                } else {
                    if (!relation_member) return fail(ParseStatus::invalid_value, pos(v), "'relation_weight' applies only to a relation line"), false;
                    rel_weight = *d;
                }
            } else if (key == "relation_id") {
                if (!relation_member) return fail(ParseStatus::invalid_value, pos(v), "'relation_id' applies only to a relation line"), false;
                auto s = scalar();
                if (!s) return false;
                rel_id = *s;
            } else if (key == "kind") {
                auto s = scalar();
                if (!s) return false;
                auto k = parse_claim_kind(*s);
                if (!k) return fail(ParseStatus::invalid_value, pos(v), "unknown kind '" + *s + "'; expected thesis, claim, argument, evidence or assumption"), false;
                claim.kind = *k;
            } else if (key == "camp" || key == "camps" || key == "tags" || key == "values") {
                std::vector<std::string> items;
                if (v.IsScalar()) {
                    items.push_back(v.Scalar());
                } else if (v.IsSequence()) {
                    for (const auto& it : v) {
                        if (!it.IsScalar()) return fail(ParseStatus::invalid_value, pos(it), "'" + key + "' expects names"), false;
                        items.push_back(it.Scalar());
                    }
                } else {
                    return fail(ParseStatus::invalid_value, pos(v), "'" + key + "' expects a name or a list of names"), false;
                }
                auto& dest = key == "tags" ? claim.tags : key == "values" ? claim.values : claim.camps;
                for (auto& s : items) {
                    if ((key == "camp" || key == "camps") && !front_.find_camp(s))
                        return fail(ParseStatus::unknown_reference, pos(v), "unknown camp '" + s + "'; camps are declared in the front matter"), false;
                    if (std::find(dest.begin(), dest.end(), s) == dest.end()) dest.push_back(s);
                }
            } else if (key == "source" || key == "locator" || key == "date" || key == "url" || key == "group") {
                auto s = scalar();
                if (!s) return false;
                if (key == "source") claim.provenance.source = *s;
                else if (key == "locator") claim.provenance.locator = *s;
                else if (key == "date") claim.provenance.date = *s;
                else if (key == "url") claim.provenance.url = *s;
                else claim.group = *s;
            } else if (detail::is_prediction_key(key)) {
                if (auto err = detail::apply_prediction_key(claim, key, v)) return fail(ParseStatus::invalid_value, pos(v), *err), false;
            } else if (v.IsScalar()) {
                claim.data[key] = v.Scalar();
            } else {
                const auto j = to_json(v, 0);
                claim.data[key] = j.is_string() ? j.get<std::string>() : j.dump();
            }
        }
        return true;
    }

    std::string section_title(int s) const { return s >= 0 ? sections_[s].title : std::string(); }

    struct Pending {
        std::size_t offset;
        bool argument;
        std::string title;
    };

    bool build(ArgumentMap& map) {
        map = front_;
        // The outline of nested sections (claims keep only their own section's title as group).
        const bool nested = std::any_of(sections_.begin(), sections_.end(), [](const Section& s) { return s.parent >= 0; });
        if (nested) {
            std::string outline;
            std::vector<int> depth(sections_.size(), 0);
            for (std::size_t s = 0; s < sections_.size(); ++s) {
                if (sections_[s].parent >= 0) depth[s] = depth[sections_[s].parent] + 1;
                outline += std::string(2 * depth[s], ' ') + sections_[s].title + "\n";
            }
            outline.pop_back();
            map.set_metadata("argdown:sections", outline);
        }
        for (const auto& [title, value] : section_data_) {
            if (!title.empty() && title.front() == '#') map.set_metadata("argdown:section-tags:" + title.substr(1), value);
            else map.set_metadata("argdown:section-data:" + title, value);
        }
        if (!tag_colors_.empty()) {
            std::string colors;
            for (const auto& [tag, color] : tag_colors_) colors += (colors.empty() ? "" : "\n") + tag + " " + color;
            map.set_metadata("argdown:tag-colors", colors);
        }
        // Claims in the order the file first mentions them.
        std::vector<Pending> order;
        for (const auto& title : statement_order_) {
            const Statement& s = statements_.at(title);
            std::size_t first = members_[s.members.front()].offset;
            for (auto m : s.members) first = std::min(first, members_[m].offset);
            order.push_back({first, false, title});
        }
        for (const auto& title : argument_order_) {
            const Argument& a = arguments_.at(title);
            std::size_t first = a.has_pcs ? a.pcs_offset : SIZE_MAX;
            for (auto m : a.members) first = std::min(first, members_[m].offset);
            order.push_back({first, true, title});
        }
        std::stable_sort(order.begin(), order.end(), [](const Pending& a, const Pending& b) { return a.offset < b.offset; });
        std::vector<double> member_rel_weight(members_.size(), -1);
        std::vector<std::string> member_rel_id(members_.size());
        std::vector<bool> relation_member(members_.size(), false);
        for (const auto& r : relations_)
            for (auto m : r.children) relation_member[m] = true;
        // A relation's weight and id: the last occurrence that gives them.
        auto relation_data = [&](const Relation_& r, double& w, std::string& id) {
            w = -1;
            id.clear();
            for (auto m : r.children) {
                if (member_rel_weight[m] >= 0) w = member_rel_weight[m];
                if (!member_rel_id[m].empty()) id = member_rel_id[m];
            }
        };
        // Argdown keeps statement and argument titles apart; argmap ids are one name space, so an
        // argument titled like a statement is the claim "<title>".
        auto argument_id = [&](const std::string& title) { return statements_.count(title) ? "<" + title + ">" : title; };
        auto id_of = [&](const Node& n) { return n.kind == Node::statement ? n.title : argument_id(n.title); };
        std::vector<std::pair<std::size_t, Claim>> predicted;
        for (const auto& p : order) {
            Claim c;
            c.id = p.argument ? argument_id(p.title) : p.title;
            if (p.argument && c.id != p.title)
                warn(p.offset, "the argument <" + p.title + "> has the title of a statement; its claim id is '" + c.id + "'");
            c.kind = p.argument ? ClaimKind::argument : ClaimKind::claim;
            const std::vector<std::size_t>& ms = p.argument ? arguments_.at(p.title).members : statements_.at(p.title).members;
            const std::vector<std::string>& tags = p.argument ? arguments_.at(p.title).tags : statements_.at(p.title).tags;
            int section = p.argument ? arguments_.at(p.title).section : statements_.at(p.title).section;
            const bool section_set = p.argument ? arguments_.at(p.title).section_set : statements_.at(p.title).section_set;
            if (!section_set && !ms.empty()) section = members_[ms.front()].section;
            c.group = section_title(section);
            c.tags = tags;
            // Members in file order.
            std::vector<std::size_t> sorted = ms;
            std::stable_sort(sorted.begin(), sorted.end(), [&](std::size_t a, std::size_t b) { return members_[a].offset < members_[b].offset; });
            for (auto m : sorted) {
                const Member& mem = members_[m];
                std::string text = trim(mem.text);  // a removed tag took its one following blank along
                if (text.empty()) continue;
                if (c.text.empty()) {
                    c.text = std::move(text);
                } else if (c.text != text) {
                    auto& others = c.data["argdown:equivalent-texts"];
                    bool known = false;
                    for (std::size_t s0 = 0; s0 <= others.size();) {
                        const std::size_t nl = std::min(others.find('\n', s0), others.size());
                        known |= nl - s0 == text.size() && others.compare(s0, nl - s0, text) == 0;
                        s0 = nl + 1;
                    }
                    if (!known) others += (others.empty() ? "" : "\n") + text;
                }
            }
            for (auto m : sorted) {
                const Member& mem = members_[m];
                if (!mem.data) continue;
                if (!apply_data(c, *mem.data, relation_member[m], member_rel_weight[m], member_rel_id[m])) return false;
            }
            if (p.argument) {
                const Argument& a = arguments_.at(p.title);
                if (!a.rules.empty()) {
                    std::string joined;
                    for (const auto& rule : a.rules)
                        if (!rule.empty()) joined += (joined.empty() ? "" : "; ") + rule;
                    if (!joined.empty()) c.data["argdown:inference"] = joined;
                }
                if (!a.inference_data.empty()) {
                    std::string joined;
                    for (const auto& d : a.inference_data) joined += (joined.empty() ? "" : "\n") + d;
                    c.data["argdown:inference-data"] = joined;
                }
            }
            if (c.text.empty() && !(p.argument && arguments_.at(p.title).has_pcs))
                warn(p.offset, "'" + c.id + "' is used but never given a text");
            // A prediction names evidence claims that may come later in the file: attached below.
            if (c.prediction) predicted.push_back({p.offset, c});
            c.prediction.reset();
            try {
                map.add_claim(std::move(c));
            } catch (const ModelError& e) {
                return fail(detail::status_of(e), p.offset, e.what()), false;
            }
        }
        for (const auto& [offset, c] : predicted) {
            try {
                map.update_claim(c);
            } catch (const ModelError& e) {
                return fail(detail::status_of(e), offset, e.what()), false;
            }
        }

        // Relations: premise-conclusion structures first, then Argdown's relations.
        std::unordered_map<std::string, std::string> known;  // type, from, to -> relation id
        auto add = [&](RelationType type, const std::string& from, const std::string& to, std::size_t offset, double weight,
                       const std::string& id, std::string_view argdown_type) -> std::string {
            std::string key(1, static_cast<char>('0' + static_cast<int>(type)));
            key += from;
            key += '\0';
            key += to;
            if (auto it = known.find(key); it != known.end()) {
                if (weight >= 0) map.set_relation_weight(it->second, weight);
                return it->second;
            }
            if (type == RelationType::support && from == to) {
                warn(offset, "'" + from + "' supports itself; the relation is left out");
                return {};
            }
            Relation rel;
            rel.type = type;
            rel.source = from;
            rel.target = to;
            rel.id = id;
            if (weight >= 0) rel.weight = weight;
            if (!argdown_type.empty()) rel.data["argdown:relation-type"] = std::string(argdown_type);
            try {
                const std::string rid = map.add_relation(std::move(rel)).id;
                known.emplace(key, rid);
                return rid;
            } catch (const ModelError& e) {
                fail(detail::status_of(e), offset, e.what());
                throw;
            }
        };
        std::unordered_map<std::string, std::string> conclusion_relation;
        try {
            for (const auto& title : argument_order_) {
                const Argument& a = arguments_.at(title);
                if (a.pcs.empty()) continue;
                for (std::size_t k = 0; k < a.pcs.size(); ++k) {
                    const Member& mem = members_[a.pcs[k].member];
                    if (!a.pcs[k].conclusion) add(RelationType::support, mem.title, argument_id(title), mem.offset, -1, {}, {});
                    else if (k + 1 == a.pcs.size()) conclusion_relation[title] = add(RelationType::support, argument_id(title), mem.title, mem.offset, -1, {}, {});
                }
            }
            // In the order of the relation symbols in the file (Argdown lists a nested relation
            // before the one it hangs below).
            std::vector<const Relation_*> in_file_order;
            for (const auto& r : relations_) in_file_order.push_back(&r);
            std::stable_sort(in_file_order.begin(), in_file_order.end(), [](const Relation_* a, const Relation_* b) { return a->offset < b->offset; });
            std::vector<const Relation_*> undercuts;
            for (const Relation_* rp : in_file_order) {
                const Relation_& r = *rp;
                if (!r.alive) continue;
                if (r.type == ARel::undercut) {
                    undercuts.push_back(&r);
                    continue;
                }
                double w;
                std::string id;
                relation_data(r, w, id);
                const std::string_view name = r.type == ARel::support || r.type == ARel::attack ? std::string_view() : arel_name[static_cast<int>(r.type)];
                const RelationType type = r.type == ARel::support || r.type == ARel::entails ? RelationType::support : RelationType::attack;
                add(type, id_of(r.from), id_of(r.to), r.offset, w, id, name);
                if (r.type == ARel::contradictory) add(RelationType::attack, id_of(r.to), id_of(r.from), r.offset, w, {}, name);
            }
            for (const Relation_* r : undercuts) {
                std::vector<std::string> targets;
                if (r->to.kind == Node::inference) {
                    if (auto it = conclusion_relation.find(r->to.title); it != conclusion_relation.end() && !it->second.empty())
                        targets.push_back(it->second);
                }
                if (targets.empty())
                    for (const Relation* o : map.relations_from(id_of(r->to)))
                        if (o->type != RelationType::undercut) targets.push_back(o->id);
                if (targets.empty()) {
                    warn(r->offset, "the undercut of '" + r->to.title + "' is left out: it draws no inference (no conclusion, no outgoing relation) to undercut");
                    continue;
                }
                if (targets.size() > 1)
                    warn(r->offset, "'" + r->to.title + "' has " + std::to_string(targets.size()) + " outgoing relations and no conclusion; the undercut attacks each");
                double w;
                std::string id;
                relation_data(*r, w, id);
                for (std::size_t k = 0; k < targets.size(); ++k)
                    add(RelationType::undercut, id_of(r->from), targets[k], r->offset, w, k == 0 ? id : std::string(), {});
            }
        } catch (const ModelError&) {
            return false;
        }
        return true;
    }
};

}  // namespace

ParseResult detail::parse_argdown(std::string_view text, ArgumentMap& out, std::string_view filename) {
    Reader reader(text, filename);
    return detail::run_reader(reader, out);
}

}  // namespace argmap::io
