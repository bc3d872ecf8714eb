// Uncertainpy's BAG text format (Potyka): one fact per line, arg(name, base). att(a, b).
// sup(a, b). Names are letters, digits and '_'. argmap also reads and writes an optional
// relation weight as a third argument: att(a, b, 0.7).
#include <algorithm>
#include <cctype>
#include <charconv>

#include "io/text_input.hpp"

namespace argmap::io {

namespace {

using detail::failure;

bool name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }


}  // namespace

ParseResult detail::parse_bag(std::string_view text, ArgumentMap& out, std::string_view file) {
    out = ArgumentMap{};
    if (auto r = detail::check_utf8(text, file); !r) return r;
    ArgumentMap map;
    std::size_t line_no = 0, start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++line_no;
        std::size_t p = 0;
        auto skip = [&] { while (p < line.size() && (line[p] == ' ' || line[p] == '\t' || line[p] == '\r')) ++p; };
        auto col = [&] { return p + 1; };
        skip();
        if (p == line.size() || line[p] == '%' || line[p] == '#') {
            if (end == text.size()) break;
            continue;
        }
        const std::size_t kstart = p;
        while (p < line.size() && std::isalpha(static_cast<unsigned char>(line[p]))) ++p;
        const std::string_view kind = line.substr(kstart, p - kstart);
        if (kind != "arg" && kind != "att" && kind != "sup")
            return failure(ParseStatus::syntax_error, file, line_no, kstart + 1, "expected arg(name, base), att(a, b) or sup(a, b)");
        skip();
        if (p >= line.size() || line[p] != '(') return failure(ParseStatus::syntax_error, file, line_no, col(), "expected '('");
        ++p;
        std::vector<std::pair<std::string_view, std::size_t>> items;  // text, column
        while (true) {
            skip();
            const std::size_t s = p;
            while (p < line.size() && line[p] != ',' && line[p] != ')') ++p;
            std::string_view item = line.substr(s, p - s);
            while (!item.empty() && (item.back() == ' ' || item.back() == '\t')) item.remove_suffix(1);
            items.emplace_back(item, s + 1);
            if (p >= line.size()) return failure(ParseStatus::syntax_error, file, line_no, col(), "expected ')'");
            if (line[p++] == ')') break;
        }
        skip();
        if (p >= line.size() || line[p] != '.') return failure(ParseStatus::syntax_error, file, line_no, col(), "expected '.' after ')'");
        ++p;
        skip();
        if (p < line.size()) return failure(ParseStatus::syntax_error, file, line_no, col(), "expected one fact per line");
        if (kind == "arg" && items.size() != 2)
            return failure(ParseStatus::syntax_error, file, line_no, kstart + 1, "arg takes a name and a base score");
        if (kind != "arg" && items.size() != 2 && items.size() != 3)
            return failure(ParseStatus::syntax_error, file, line_no, kstart + 1, std::string(kind) + " takes two names and an optional weight");
        for (std::size_t i = 0; i < items.size(); ++i) {
            const bool numeric = (kind == "arg" && i == 1) || (kind != "arg" && i == 2);
            if (numeric) continue;
            if (items[i].first.empty() || !std::all_of(items[i].first.begin(), items[i].first.end(), name_char))
                return failure(ParseStatus::syntax_error, file, line_no, items[i].second,
                               "expected a name of letters, digits and '_', got '" + std::string(items[i].first) + "'");
        }
        auto weight = [&](std::size_t i, double& w) -> ParseResult {
            const auto [t, c] = items[i];
            auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), w);
            if (ec != std::errc() || ptr != t.data() + t.size() || !(w >= 0 && w <= 1))
                return failure(ParseStatus::invalid_value, file, line_no, c, "expected a number in [0,1], got '" + std::string(t) + "'");
            return {};
        };
        try {
            if (kind == "arg") {
                Claim c;
                c.id = std::string(items[0].first);
                if (auto r = weight(1, c.weight); !r) return r;
                map.add_claim(std::move(c));
            } else {
                Relation r;
                r.type = kind == "att" ? RelationType::attack : RelationType::support;
                r.source = std::string(items[0].first);
                r.target = std::string(items[1].first);
                if (items.size() == 3)
                    if (auto res = weight(2, r.weight); !res) return res;
                for (std::size_t i = 0; i < 2; ++i)
                    if (!map.find_claim(items[i].first))
                        return failure(ParseStatus::unknown_reference, file, line_no, items[i].second,
                                       "unknown argument '" + std::string(items[i].first) + "'; declare it with arg(" +
                                           std::string(items[i].first) + ", base) first");
                map.add_relation(std::move(r));
            }
        } catch (const ModelError& e) {
            return failure(detail::status_of(e), file, line_no, kstart + 1, e.what());
        }
        if (end == text.size()) break;
    }
    out = std::move(map);
    return {};
}

std::string write_bag(const ArgumentMap& map) {
    for (const Claim& c : map.claims())
        if (c.id.empty() || !std::all_of(c.id.begin(), c.id.end(), name_char))
            throw WriteError("BAG names are letters, digits and '_'; claim '" + c.id + "' cannot be written");
    std::string out;
    for (const Claim& c : map.claims()) out += "arg(" + c.id + ", " + detail::shortest(c.weight) + ").\n";
    for (const Relation& r : map.relations()) {
        if (r.type == RelationType::undercut) throw WriteError("BAG cannot carry the undercut '" + r.id + "'");
        out += (r.type == RelationType::attack ? "att(" : "sup(") + r.source + ", " + r.target;
        if (r.weight != 1.0) out += ", " + detail::shortest(r.weight);
        out += ").\n";
    }
    return out;
}

}  // namespace argmap::io
