// One path of the library against the brute-force oracle (oracle.hpp) on one framework: the
// extensions it enumerates, some extension, and credulous and sceptical acceptance of every
// argument, each witness an extension of the whole framework.
#pragma once

#include <argmap/extensions.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "helpers.hpp"

namespace helpers {

inline bool member(const std::vector<std::uint32_t>& sets, std::uint32_t s) {
    return std::find(sets.begin(), sets.end(), s) != sets.end();
}

/// EE, SE, DC and DS of one path against `expected` (the oracle's extensions): enumerate(visit),
/// some(), credulous(a) and sceptical(a) answer like the public functions.
template <class Enumerate, class Some, class Credulous, class Sceptical>
void check_answers(const Instance& in, std::vector<std::uint32_t> expected, Enumerate enumerate, Some some, Credulous credulous,
                   Sceptical sceptical) {
    std::sort(expected.begin(), expected.end());
    std::vector<std::uint32_t> got;
    REQUIRE(enumerate([&](std::span<const argmap::arg_t> e) {
                REQUIRE(std::is_sorted(e.begin(), e.end()));
                got.push_back(mask(e));
                return true;
            }) == argmap::Answer::yes);
    std::sort(got.begin(), got.end());
    REQUIRE(got == expected);  // also rules out duplicates
    const argmap::Decision s = some();
    REQUIRE(s.answer == (expected.empty() ? argmap::Answer::no : argmap::Answer::yes));
    if (!expected.empty()) {
        REQUIRE(s.witness);
        REQUIRE(member(expected, mask(*s.witness)));
    }
    for (int a = 0; a < in.ref.n; ++a) {
        INFO("argument " << a);
        const std::uint32_t bit = 1u << a;
        const bool cred = std::any_of(expected.begin(), expected.end(), [&](auto e) { return e & bit; });
        const bool scep = std::all_of(expected.begin(), expected.end(), [&](auto e) { return e & bit; });
        const argmap::Decision dc = credulous(static_cast<argmap::arg_t>(a));
        REQUIRE(dc.answer == (cred ? argmap::Answer::yes : argmap::Answer::no));
        if (cred) {
            REQUIRE(dc.witness);
            REQUIRE(member(expected, mask(*dc.witness)));
            REQUIRE((mask(*dc.witness) & bit));
        }
        const argmap::Decision ds = sceptical(static_cast<argmap::arg_t>(a));
        REQUIRE(ds.answer == (scep ? argmap::Answer::yes : argmap::Answer::no));
        if (!scep) {
            REQUIRE(ds.witness);
            REQUIRE(member(expected, mask(*ds.witness)));
            REQUIRE_FALSE((mask(*ds.witness) & bit));
        }
    }
}

/// Every task of the public API (EE, CE, SE, DC, DS) for semantics s against the oracle.
inline void check_public_api(const Instance& in, argmap::Semantics s) {
    const std::string code(argmap::iccma_code(s));
    INFO(code);
    const std::vector<std::uint32_t> expected = oracle::extensions(in.ref, code);
    check_answers(
        in, expected, [&](const argmap::ExtensionVisitor& visit) { return argmap::enumerate_extensions(in.af, s, visit); },
        [&] { return argmap::some_extension(in.af, s); }, [&](argmap::arg_t a) { return argmap::credulous(in.af, s, a); },
        [&](argmap::arg_t a) { return argmap::sceptical(in.af, s, a); });
    const argmap::Count c = argmap::count_extensions(in.af, s);
    REQUIRE(c.answer == argmap::Answer::yes);
    REQUIRE(c.count == expected.size());
    REQUIRE(c.decimal == std::to_string(expected.size()));
}

}  // namespace helpers
