// Plain text of inline Markdown as Argdown reads it. Emphasis follows Argdown's lexer: a marker
// before a space, punctuation or the end closes the innermost open marker of the same kind (also
// right after a space: `*h *` is italic "h "); otherwise a marker followed by a non-space opens;
// unpaired markers stay.
// Backticks are not Markdown code for Argdown and stay too.
#include "argmap/text.hpp"
#include "model/markdown.hpp"

#include <array>
#include <vector>

namespace argmap {

namespace {

struct Shortcode {
    std::string_view name, text;
};

// Argdown's shortcodes (its documentation's list), written :name: or .name.
constexpr std::array<Shortcode, 41> shortcodes{{
    {"A", "∀"}, {"E", "∃"}, {"O", "𝗢"}, {"P", "𝗣"}, {"->", "→"}, {"<->", "↔"}, {"~", "¬"},
    {"^", "∧"}, {"v", "∨"}, {"v_", "⊻"}, {"<>", "◇"}, {"[]", "◻"}, {"happy", "😀"},
    {"smile", "☺️"}, {"smiley", "☺"}, {"laugh", "😆"}, {"lol", "😆"}, {"rofl", "🤣"},
    {"joy", "😂"}, {"heart", "❤"}, {"?", "❓"}, {"question", "❓"}, {"love", "😍"},
    {"wink", "😉"}, {"shush", "🤫"}, {"meh", "😐"}, {"eye-roll", "🙄"}, {"sad", "😢"},
    {"disappointed", "😞"}, {"scream", "😱"}, {"+1", "👍"}, {"up", "👍"}, {"-1", "👎"},
    {"down", "👎"}, {"think", "🤔"}, {"star", "⭐"}, {"y", "✔"}, {"agree", "✔"}, {"n", "❌"},
    {"disagree", "❌"}, {"", ""},
}};

bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool closes_before(std::string_view t, std::size_t p) {
    if (p >= t.size()) return true;
    const char c = t[p];
    return space(c) || std::string_view(")}_.,!?;:-*").find(c) != std::string_view::npos;
}

}  // namespace

namespace {

struct EmphasisPair {
    std::size_t open, close, size;
};

// The pairs Argdown's lexer makes; bytes flagged in `plain` are no markers (the writer escapes
// them), and a marker before one of them closes nothing ('\' follows it once written).
std::vector<EmphasisPair> emphasis_pairs(std::string_view t, const std::vector<char>& plain) {
    // kind: 0 "**", 1 "__", 2 "*", 3 "_"; Argdown tries closing markers before opening ones.
    static constexpr std::string_view marker[] = {"**", "__", "*", "_"};
    struct Open {
        int kind;
        std::size_t at;
    };
    std::vector<Open> open;
    std::vector<EmphasisPair> pairs;
    const auto is_marker = [&](std::size_t p, std::string_view m) {
        for (std::size_t i = 0; i < m.size(); ++i)
            if (p + i >= t.size() || t[p + i] != m[i] || plain[p + i]) return false;
        return true;
    };
    // Characters the writer escapes: a backslash is written before them.
    const auto escaped = [&](std::size_t p) {
        return std::string_view("\\#{}[]<>@").find(t[p]) != std::string_view::npos || ((t[p] == '*' || t[p] == '_') && plain[p]);
    };
    for (std::size_t p = 0; p < t.size();) {
        const char c = t[p];
        if (const std::size_t end = detail::inline_span_end(t, p)) {
            p = end;  // links and mentions are single tokens for Argdown: no emphasis inside
            continue;
        }
        if ((c == ':' || c == '.') && p + 2 < t.size() && !space(t[p + 1]) && !escaped(p + 1)) {
            // A shortcode ":name:" / ".name." is one token for Argdown (escapes end it): no
            // emphasis inside.
            std::size_t q = p + 2;
            while (q < t.size() && !space(t[q]) && t[q] != c && !escaped(q)) ++q;
            if (q < t.size() && t[q] == c) {
                p = q + 1;
                continue;
            }
        }
        if ((c != '*' && c != '_') || plain[p]) {
            ++p;
            continue;
        }
        bool done = false;
        for (int k = 0; k < 4 && !done; ++k) {
            const std::string_view m = marker[k];
            if (open.empty() || open.back().kind != k || !is_marker(p, m)) continue;
            const std::size_t next = p + m.size();
            if (!closes_before(t, next) || (next < t.size() && plain[next])) continue;
            pairs.push_back({open.back().at, p, m.size()});
            open.pop_back();
            p = next;
            done = true;
        }
        for (int k = 0; k < 4 && !done; ++k) {
            const std::string_view m = marker[k];
            if (!is_marker(p, m)) continue;
            if (p + m.size() < t.size() && space(t[p + m.size()])) continue;
            open.push_back({k, p});
            p += m.size();
            done = true;
        }
        if (!done) ++p;
    }
    return pairs;
}

std::vector<char> flags_of(const std::vector<EmphasisPair>& pairs, std::size_t size) {
    std::vector<char> paired(size, 0);
    for (const auto& e : pairs)
        for (std::size_t i = 0; i < e.size; ++i) paired[e.open + i] = paired[e.close + i] = 1;
    return paired;
}

}  // namespace

namespace detail {

std::size_t inline_span_end(std::string_view t, std::size_t i) {
    if (i + 1 >= t.size()) return 0;
    if (t[i] == '[' && (i == 0 || t[i - 1] != '@')) {
        const auto close = t.find(']', i + 1);
        if (close == std::string_view::npos || close == i + 1 || close + 1 >= t.size() || t[close + 1] != '(') return 0;
        const auto end = t.find(')', close + 2);
        return end == std::string_view::npos || end == close + 2 ? 0 : end + 1;
    }
    if (t[i] == '@' && (t[i + 1] == '[' || t[i + 1] == '<')) {
        const auto close = t.find(t[i + 1] == '[' ? ']' : '>', i + 3);
        if (close == std::string_view::npos || t.substr(i + 2, close - i - 2).find_first_of("\n\r") != std::string_view::npos) return 0;
        return close + 1;
    }
    return 0;
}

std::vector<char> emphasis_markers(std::string_view t) {
    return flags_of(emphasis_pairs(t, std::vector<char>(t.size(), 0)), t.size());
}

std::vector<char> written_emphasis_markers(std::string_view t) {
    // The writer escapes '}' and every marker it does not keep. A kept closing marker followed by
    // an escaped character would no longer close (Argdown then reports an unclosed range), so such
    // pairs are escaped too, until every kept pair still closes once written.
    // Markers left unpaired are escaped as well, which can end or start a shortcode elsewhere, so
    // the pairs are made again with them flagged until nothing changes ('plain' only grows).
    // A '*' after '/' is always escaped: kept, it would open a block comment.
    std::vector<char> plain(t.size(), 0);
    for (std::size_t i = 0; i < t.size(); ++i) plain[i] = t[i] == '}' || (t[i] == '*' && i > 0 && t[i - 1] == '/');
    for (;;) {
        const std::vector<EmphasisPair> pairs = emphasis_pairs(t, plain);
        const std::vector<char> paired = flags_of(pairs, t.size());
        bool dropped = false;
        for (const auto& e : pairs) {
            const std::size_t next = e.close + e.size;
            if (next >= t.size() || paired[next] || !(t[next] == '*' || t[next] == '_' || plain[next])) continue;
            for (std::size_t i = 0; i < e.size; ++i) plain[e.open + i] = plain[e.close + i] = 1;
            dropped = true;
        }
        for (std::size_t i = 0; i < t.size(); ++i)
            if ((t[i] == '*' || t[i] == '_') && !paired[i] && !plain[i]) plain[i] = 1, dropped = true;
        if (!dropped) return paired;
    }
}

}  // namespace detail

std::string plain_text(std::string_view t) {
    const std::vector<char> dropped = detail::emphasis_markers(t);
    // Pass 2: write the text without paired markers, links, code ticks, escapes and shortcodes.
    std::string out;
    out.reserve(t.size());
    for (std::size_t p = 0; p < t.size();) {
        if (dropped[p]) {
            ++p;
            continue;
        }
        const char c = t[p];
        if (const std::size_t end = detail::inline_span_end(t, p)) {  // a link gives its text, a mention stays
            out += c == '[' ? plain_text(t.substr(p + 1, t.find(']', p) - p - 1)) : std::string(t.substr(p, end - p));
            p = end;
            continue;
        }
        if ((c == ':' || c == '.') && p + 2 < t.size() && !space(t[p + 1])) {
            // Argdown reads the shortest ":...:" or "...." without spaces as one shortcode.
            std::size_t q = p + 2;
            while (q < t.size() && !space(t[q]) && t[q] != c) ++q;
            if (q < t.size() && t[q] == c) {
                const std::string_view name = t.substr(p + 1, q - p - 1);
                std::string_view text = t.substr(p, q - p + 1);
                for (const auto& s : shortcodes)
                    if (!s.name.empty() && s.name == name) text = s.text;
                out += text;
                p = q + 1;
                continue;
            }
        }
        out += c;
        ++p;
    }
    return out;
}

}  // namespace argmap
