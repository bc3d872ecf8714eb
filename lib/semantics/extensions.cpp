// The public entry points: names and codes, argument checks, and dispatch to the SemanticsOps
// that each semantics defines in its own file.
#include "argmap/extensions.hpp"

#include <array>
#include <stdexcept>
#include <string>

#include "semantics/technique.hpp"

namespace argmap {

namespace {

struct Entry {
    Semantics semantics;
    std::string_view code, name;
    const detail::SemanticsOps* ops;
};

constexpr std::array<Entry, 12> table{{
    {Semantics::conflict_free, "CF", "conflict-free", &detail::conflict_free_ops},
    {Semantics::naive, "NA", "naive", &detail::naive_ops},
    {Semantics::admissible, "ADM", "admissible", &detail::admissible_ops},
    {Semantics::complete, "CO", "complete", &detail::complete_ops},
    {Semantics::grounded, "GR", "grounded", &detail::grounded_ops},
    {Semantics::preferred, "PR", "preferred", &detail::preferred_ops},
    {Semantics::stable, "ST", "stable", &detail::stable_ops},
    {Semantics::semi_stable, "SST", "semi-stable", &detail::semi_stable_ops},
    {Semantics::stage, "STG", "stage", &detail::stage_ops},
    {Semantics::ideal, "ID", "ideal", &detail::ideal_ops},
    {Semantics::eager, "EA", "eager", &detail::eager_ops},
    {Semantics::cf2, "CF2", "cf2", &detail::cf2_ops},
}};

constexpr std::array<Semantics, table.size()> every = [] {
    std::array<Semantics, table.size()> out{};
    for (std::size_t i = 0; i < table.size(); ++i) out[i] = table[i].semantics;
    return out;
}();

const Entry& entry(Semantics s) {
    for (const Entry& e : table)
        if (e.semantics == s) return e;
    throw std::invalid_argument("unknown semantics");
}

void check_argument(const Framework& af, arg_t a) {
    if (a >= af.size())
        throw std::out_of_range("argument " + std::to_string(a) + " is outside 0.." + std::to_string(af.size()) + "-1");
}

}  // namespace

std::string_view iccma_code(Semantics s) noexcept {
    for (const Entry& e : table)
        if (e.semantics == s) return e.code;
    return "?";
}

std::string_view to_string(Semantics s) noexcept {
    for (const Entry& e : table)
        if (e.semantics == s) return e.name;
    return "?";
}

std::optional<Semantics> parse_semantics(std::string_view name) noexcept {
    for (const Entry& e : table)
        if (name == e.code || name == e.name) return e.semantics;
    return std::nullopt;
}

std::span<const Semantics> all_semantics() noexcept { return every; }

Labelling labelling_of(const Framework& af, std::span<const arg_t> extension) {
    Labelling lab(af.size(), Label::undec);
    for (arg_t a : extension) lab[a] = Label::in;
    for (arg_t a : extension)
        for (arg_t b : af.targets(a))
            if (lab[b] != Label::in) lab[b] = Label::out;
    return lab;
}

Decision credulous(const Framework& af, Semantics s, arg_t a, const Limits& limits) {
    check_argument(af, a);
    return entry(s).ops->credulous(af, a, limits);
}

Decision sceptical(const Framework& af, Semantics s, arg_t a, const Limits& limits) {
    check_argument(af, a);
    return entry(s).ops->sceptical(af, a, limits);
}

Decision some_extension(const Framework& af, Semantics s, const Limits& limits) { return entry(s).ops->some(af, limits); }

Answer enumerate_extensions(const Framework& af, Semantics s, const ExtensionVisitor& visit, const Limits& limits) {
    return entry(s).ops->enumerate(af, visit, limits);
}

Count count_extensions(const Framework& af, Semantics s, const Limits& limits) {
    Count c;
    c.answer = enumerate_extensions(af, s, [&](std::span<const arg_t>) { ++c.count; return true; }, limits);
    return c;
}

}  // namespace argmap
