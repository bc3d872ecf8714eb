// Abstract-framework formats of ICCMA: i23 ("p af N" then "i j" lines, '#' comments),
// ASPARTIX APX ("arg(a). att(a,b)."), and TGF (names, "#", "a b" edges). Errors give the line.
#include <algorithm>
#include <cctype>
#include <charconv>
#include <unordered_map>

#include "io/text_input.hpp"

namespace argmap::io {

namespace {

using detail::failure;

struct Lines {
    std::string_view text;
    std::size_t pos = 0, number = 0;
    bool next(std::string_view& line) {
        if (pos >= text.size()) return false;
        const std::size_t end = text.find('\n', pos);
        line = text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
        pos = end == std::string_view::npos ? text.size() : end + 1;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        ++number;
        return true;
    }
};

bool space(char c) { return c == ' ' || c == '\t'; }

// Next whitespace-separated token; column is 1-based.
bool token(std::string_view line, std::size_t& p, std::string_view& tok, std::size_t& column) {
    while (p < line.size() && space(line[p])) ++p;
    if (p >= line.size()) return false;
    const std::size_t start = p;
    while (p < line.size() && !space(line[p])) ++p;
    tok = line.substr(start, p - start);
    column = start + 1;
    return true;
}

// Attack lines are by far the most common: they take a fast path of two unsigned integers
// separated by blanks; everything else goes through the general tokenizer.
ParseResult read_i23(std::string_view text, std::uint64_t& n, std::vector<Attack>& attacks, std::string_view file) {
    Lines lines{text};
    std::string_view line, tok;
    std::size_t column = 0;
    bool header = false;
    attacks.clear();
    attacks.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
    while (lines.next(line)) {
        // Fast path: "i j" with single blanks and nothing else.
        if (header && !line.empty() && line[0] >= '0' && line[0] <= '9') {
            const char* p = line.data();
            const char* end = p + line.size();
            std::uint64_t i = 0, j = 0;
            while (p < end && *p >= '0' && *p <= '9') i = i * 10 + static_cast<unsigned>(*p++ - '0');
            if (p < end && *p == ' ' && p + 1 < end && p[1] >= '0' && p[1] <= '9') {
                ++p;
                while (p < end && *p >= '0' && *p <= '9') j = j * 10 + static_cast<unsigned>(*p++ - '0');
                if (p == end && i >= 1 && i <= n && j >= 1 && j <= n && p - line.data() < 21) {
                    attacks.push_back({static_cast<arg_t>(i - 1), static_cast<arg_t>(j - 1)});
                    continue;
                }
            }
        }
        std::size_t p = 0;
        if (!token(line, p, tok, column) || tok[0] == '#') continue;
        if (tok == "p") {
            if (header) return failure(ParseStatus::syntax_error, file, lines.number, column, "duplicate 'p af N' header");
            std::string_view af, count;
            std::size_t c2 = 0, c3 = 0;
            if (!token(line, p, af, c2) || af != "af" || !token(line, p, count, c3))
                return failure(ParseStatus::syntax_error, file, lines.number, column, "expected header 'p af N'");
            auto [ptr, ec] = std::from_chars(count.data(), count.data() + count.size(), n);
            if (ec != std::errc() || ptr != count.data() + count.size() || n > 0xFFFFFFFEu)
                return failure(ParseStatus::syntax_error, file, lines.number, c3, "expected the number of arguments after 'p af', got '" + std::string(count) + "'");
            if (token(line, p, tok, column)) return failure(ParseStatus::syntax_error, file, lines.number, column, "unexpected text after 'p af N'");
            header = true;
            continue;
        }
        if (!header) return failure(ParseStatus::syntax_error, file, lines.number, column, "expected header 'p af N' before the first attack");
        std::uint64_t ij[2];
        for (int k = 0; k < 2; ++k) {
            if (k == 1 && !token(line, p, tok, column))
                return failure(ParseStatus::syntax_error, file, lines.number, line.size() + 1, "expected a second argument number");
            auto [ptr, ec] = std::from_chars(tok.data(), tok.data() + tok.size(), ij[k]);
            if (ec != std::errc() || ptr != tok.data() + tok.size())
                return failure(ParseStatus::syntax_error, file, lines.number, column, "expected an argument number, got '" + std::string(tok) + "'");
            if (ij[k] < 1 || ij[k] > n)
                return failure(ParseStatus::invalid_value, file, lines.number, column, "argument " + std::string(tok) + " is outside 1.." + std::to_string(n));
        }
        if (token(line, p, tok, column) && tok[0] != '#')
            return failure(ParseStatus::syntax_error, file, lines.number, column, "unexpected text after the attack 'i j'");
        attacks.push_back({static_cast<arg_t>(ij[0] - 1), static_cast<arg_t>(ij[1] - 1)});
    }
    if (!header) return failure(ParseStatus::syntax_error, file, lines.number ? lines.number : 1, 1, "missing header 'p af N'");
    return {};
}

ParseResult read_i23(std::string_view text, NamedFramework& out, std::string_view file) {
    std::uint64_t n = 0;
    std::vector<Attack> attacks;
    auto r = read_i23(text, n, attacks, file);
    if (!r) return r;
    out.framework = Framework(static_cast<arg_t>(n), attacks);
    out.names.clear();
    return r;
}

struct NameTable {
    std::unordered_map<std::string, arg_t> index;
    std::vector<std::string> names;
    arg_t add(std::string_view name) {
        auto [it, fresh] = index.emplace(std::string(name), static_cast<arg_t>(names.size()));
        if (fresh) names.emplace_back(name);
        return it->second;
    }
    std::optional<arg_t> find(std::string_view name) const {
        auto it = index.find(std::string(name));
        if (it == index.end()) return std::nullopt;
        return it->second;
    }
};

ParseResult read_apx(std::string_view text, NamedFramework& out, std::string_view file) {
    NameTable table;
    std::vector<std::pair<std::string_view, std::string_view>> pending;
    std::vector<std::pair<std::size_t, std::size_t>> where;
    std::size_t p = 0, line = 1, line_start = 0;
    auto skip = [&] {
        while (p < text.size()) {
            const char c = text[p];
            if (c == '\n') { ++line; line_start = p + 1; ++p; }
            else if (c == ' ' || c == '\t' || c == '\r') ++p;
            else if (c == '%') { while (p < text.size() && text[p] != '\n') ++p; }
            else break;
        }
    };
    auto name = [&](std::string_view& out_name) {
        skip();
        const std::size_t start = p;
        while (p < text.size() && (std::isalnum(static_cast<unsigned char>(text[p])) || text[p] == '_' || text[p] == '-')) ++p;
        out_name = text.substr(start, p - start);
        return !out_name.empty();
    };
    auto expect = [&](char c) {
        skip();
        if (p < text.size() && text[p] == c) { ++p; return true; }
        return false;
    };
    while (true) {
        skip();
        if (p >= text.size()) break;
        const std::size_t col = p - line_start + 1, at_line = line;
        std::string_view word = text.substr(p, 4);
        if (word.substr(0, 4) == "arg(") {
            p += 4;
            std::string_view a;
            if (!name(a)) return failure(ParseStatus::syntax_error, file, line, p - line_start + 1, "expected an argument name in arg(...)");
            if (!expect(')') || !expect('.')) return failure(ParseStatus::syntax_error, file, line, p - line_start + 1, "expected ')' and '.' after arg(" + std::string(a));
            table.add(a);
        } else if (word.substr(0, 4) == "att(") {
            p += 4;
            std::string_view a, b;
            if (!name(a) || !expect(',') || !name(b) || !expect(')') || !expect('.'))
                return failure(ParseStatus::syntax_error, file, line, p - line_start + 1, "expected att(a,b).");
            pending.emplace_back(a, b);
            where.emplace_back(at_line, col);
        } else {
            return failure(ParseStatus::syntax_error, file, line, col, "expected 'arg(name).' or 'att(a,b).'");
        }
    }
    std::vector<Attack> attacks;
    attacks.reserve(pending.size());
    for (std::size_t k = 0; k < pending.size(); ++k) {
        auto a = table.find(pending[k].first), b = table.find(pending[k].second);
        if (!a || !b)
            return failure(ParseStatus::unknown_reference, file, where[k].first, where[k].second,
                           "attack names undeclared argument '" + std::string(!a ? pending[k].first : pending[k].second) + "'");
        attacks.push_back({*a, *b});
    }
    out.framework = Framework(static_cast<arg_t>(table.names.size()), attacks);
    out.names = std::move(table.names);
    return {};
}

ParseResult read_tgf(std::string_view text, NamedFramework& out, std::string_view file) {
    Lines lines{text};
    std::string_view line, tok;
    std::size_t column = 0;
    NameTable table;
    std::vector<Attack> attacks;
    bool edges = false;
    while (lines.next(line)) {
        std::size_t p = 0;
        if (!token(line, p, tok, column)) continue;
        if (tok == "#") {
            if (edges) return failure(ParseStatus::syntax_error, file, lines.number, column, "a second '#' separator");
            edges = true;
            continue;
        }
        for (std::size_t k = 0; k < tok.size(); ++k)
            if (static_cast<unsigned char>(tok[k]) < 0x20 || tok[k] == 0x7F)
                return failure(ParseStatus::syntax_error, file, lines.number, column + k, "control character in an argument name");
        if (!edges) {
            if (table.find(tok)) return failure(ParseStatus::duplicate_id, file, lines.number, column, "argument '" + std::string(tok) + "' declared twice");
            table.add(tok);  // a label after the name is allowed by TGF and ignored
            continue;
        }
        std::string_view b;
        std::size_t bcol = 0;
        if (!token(line, p, b, bcol)) return failure(ParseStatus::syntax_error, file, lines.number, line.size() + 1, "expected an edge 'a b'");
        auto x = table.find(tok), y = table.find(b);
        if (!x) return failure(ParseStatus::unknown_reference, file, lines.number, column, "undeclared argument '" + std::string(tok) + "'");
        if (!y) return failure(ParseStatus::unknown_reference, file, lines.number, bcol, "undeclared argument '" + std::string(b) + "'");
        attacks.push_back({*x, *y});
    }
    out.framework = Framework(static_cast<arg_t>(table.names.size()), attacks);
    out.names = std::move(table.names);
    return {};
}

}  // namespace

std::optional<AfFormat> parse_af_format(std::string_view name) noexcept {
    if (name == "i23" || name == "af") return AfFormat::i23;
    if (name == "apx") return AfFormat::apx;
    if (name == "tgf") return AfFormat::tgf;
    return std::nullopt;
}

std::optional<AfFormat> af_format_of(std::string_view path) noexcept {
    const auto dot = path.rfind('.');
    if (dot == std::string_view::npos) return std::nullopt;
    return parse_af_format(path.substr(dot + 1));
}

namespace {

ParseResult read_af_text(std::string_view text, AfFormat format, NamedFramework& out, std::string_view filename) {
    if (auto r = detail::check_utf8(text, filename); !r) return r;
    switch (format) {
    case AfFormat::i23: return read_i23(text, out, filename);
    case AfFormat::apx: return read_apx(text, out, filename);
    case AfFormat::tgf: return read_tgf(text, out, filename);
    }
    return {};
}

Format map_format(AfFormat f) {
    return f == AfFormat::i23 ? Format::i23 : f == AfFormat::apx ? Format::apx : Format::tgf;
}

}  // namespace

ParseResult read_af(std::string_view text, AfFormat format, NamedFramework& out, std::string_view filename,
                    const ReadLimits& limits) {
    if (auto r = detail::check_input_limits(text, map_format(format), filename, limits); !r) return r;
    auto r = read_af_text(text, format, out, filename);
    if (r) r = detail::check_framework_limits(out.framework, filename, limits);
    return r;
}

ParseResult read_af_file(const std::string& path, AfFormat format, NamedFramework& out, const ReadLimits& limits) {
    std::string text;
    if (auto r = detail::read_whole_file(path, text, limits.max_bytes); !r) return r;
    if (format != AfFormat::i23) return read_af(text, format, out, path, limits);
    // i23: free the text before the CSR is built, so the two never coexist at peak.
    if (auto r = detail::check_input_limits(text, Format::i23, path, limits); !r) return r;
    if (auto r = detail::check_utf8(text, path); !r) return r;
    std::uint64_t n = 0;
    std::vector<Attack> attacks;
    auto r = read_i23(text, n, attacks, path);
    if (!r) return r;
    std::string().swap(text);
    out.framework = Framework(static_cast<arg_t>(n), attacks);
    out.names.clear();
    return detail::check_framework_limits(out.framework, path, limits);
}

}  // namespace argmap::io

namespace argmap::io {

namespace {

ParseResult af_to_map(std::string_view text, AfFormat format, ArgumentMap& out, std::string_view file) {
    out = ArgumentMap{};
    NamedFramework nf;
    if (auto r = read_af_text(text, format, nf, file); !r) return r;
    ArgumentMap map;
    const arg_t n = nf.framework.size();
    try {
        for (arg_t a = 0; a < n; ++a) {
            Claim c;
            c.id = nf.names.empty() ? std::to_string(a + 1) : nf.names[a];
            map.add_claim(std::move(c));
        }
        for (const Attack& e : nf.framework.attack_list()) {
            Relation r;
            r.source = map.claims()[e.from].id;
            r.target = map.claims()[e.to].id;
            map.add_relation(std::move(r));
        }
    } catch (const ModelError& e) {
        return failure(detail::status_of(e), file, 0, 0, e.what());
    }
    out = std::move(map);
    return {};
}

// Attacks between claims, as (source index, target index) in relation order.
std::vector<std::pair<std::size_t, std::size_t>> claim_attacks(const ArgumentMap& map) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    for (const auto& r : map.relations())
        if (r.type == RelationType::attack) out.emplace_back(*map.claim_index(r.source), *map.claim_index(r.target));
    return out;
}

void check_names(const ArgumentMap& map, const char* format, bool (*ok)(char)) {
    for (const auto& c : map.claims())
        for (char ch : c.id)
            if (!ok(ch))
                throw WriteError(std::string(format) + " argument names cannot hold '" + std::string(1, ch) + "' (claim '" + c.id + "')");
}

}  // namespace

ParseResult detail::parse_i23_map(std::string_view text, ArgumentMap& out, std::string_view file) { return af_to_map(text, AfFormat::i23, out, file); }
ParseResult detail::parse_apx_map(std::string_view text, ArgumentMap& out, std::string_view file) { return af_to_map(text, AfFormat::apx, out, file); }
ParseResult detail::parse_tgf_map(std::string_view text, ArgumentMap& out, std::string_view file) { return af_to_map(text, AfFormat::tgf, out, file); }

std::string write_i23(const ArgumentMap& map) {
    std::string out = "p af " + std::to_string(map.claims().size()) + "\n";
    for (std::size_t i = 0; i < map.claims().size(); ++i)
        if (map.claims()[i].id != std::to_string(i + 1)) out += "# " + std::to_string(i + 1) + " " + map.claims()[i].id + "\n";
    for (auto [a, b] : claim_attacks(map)) out += std::to_string(a + 1) + " " + std::to_string(b + 1) + "\n";
    return out;
}

std::string write_apx(const ArgumentMap& map) {
    check_names(map, "APX", [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'; });
    std::string out;
    for (const auto& c : map.claims()) out += "arg(" + c.id + ").\n";
    for (auto [a, b] : claim_attacks(map)) out += "att(" + map.claims()[a].id + "," + map.claims()[b].id + ").\n";
    return out;
}

std::string write_tgf(const ArgumentMap& map) {
    check_names(map, "TGF", [](char c) { return c != ' ' && c != '\t' && c != '\n' && c != '\r'; });
    std::string out;
    for (const auto& c : map.claims()) {
        if (c.id == "#") throw WriteError("TGF cannot name an argument '#'");
        out += c.id + "\n";
    }
    out += "#\n";
    for (auto [a, b] : claim_attacks(map)) out += map.claims()[a].id + " " + map.claims()[b].id + "\n";
    return out;
}

}  // namespace argmap::io
