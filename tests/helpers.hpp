// Small helpers shared by the tests.
#pragma once

#include <catch2/catch.hpp>

#include <argmap/framework.hpp>
#include <argmap/io.hpp>

#include "oracle.hpp"

namespace helpers {

/// A framework and its oracle twin built from the same attacks.
struct Instance {
    argmap::Framework af;
    oracle::AF ref;
};

inline Instance make(int n, const std::vector<argmap::Attack>& attacks) {
    oracle::AF ref;
    ref.n = n;
    ref.attackers.assign(n, 0);
    for (auto e : attacks) ref.attackers[e.to] |= 1u << e.from;
    return {argmap::Framework(static_cast<argmap::arg_t>(n), attacks), ref};
}

inline std::uint32_t mask(std::span<const argmap::arg_t> v) {
    std::uint32_t m = 0;
    for (argmap::arg_t a : v) m |= 1u << a;
    return m;
}

/// Parses Argdown that the test expects to be valid.
inline argmap::ArgumentMap parse(const char* text) {
    argmap::ArgumentMap m;
    const auto r = argmap::io::read_argdown(text, m, "test.argdown");
    INFO(r.description());
    REQUIRE(r);
    return m;
}

}  // namespace helpers
