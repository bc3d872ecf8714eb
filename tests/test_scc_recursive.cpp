// The SCC-recursive path (lib/semantics/scc_recursive.cpp): forced onto every framework of up to
// 4 arguments up to isomorphism against the brute-force oracle, and against argmap::direct on
// thousands of random frameworks built as DAGs of small SCCs. Every certificate is checked to be
// an extension of the whole framework by the checks below, which only read the attacks.
#include <catch2/catch.hpp>

#include <argmap/extensions.hpp>

#include <algorithm>
#include <random>
#include <set>

#include "helpers.hpp"
#include "semantics/decomposition.hpp"

using namespace argmap;
using helpers::make;
using helpers::mask;
using Instance = helpers::Instance;
using Set = std::vector<arg_t>;

namespace {

const Semantics touched[] = {Semantics::complete, Semantics::preferred, Semantics::stable, Semantics::semi_stable,
                             Semantics::stage};

// Independent checks of a set on the whole framework, from the attacks alone (helpers.hpp).
using helpers::sets::complete;
using helpers::sets::conflict_free;
using helpers::sets::has;
using helpers::sets::stable;

// Necessary conditions every certificate of semantics s must meet; the exact set is compared
// with the oracle or with the direct path's enumeration besides.
bool plausible(const Framework& af, Semantics s, const Set& e) {
    switch (s) {
    case Semantics::stable: return stable(af, e);
    case Semantics::stage: return conflict_free(af, e);
    default: return complete(af, e);
    }
}

// ---- (a) every framework of up to 4 arguments, the SCC path forced ----

void against_oracle(const Instance& in, Semantics s, const detail::SccOptions& opt) {
    const std::string code(iccma_code(s));
    INFO(code);
    auto expected = oracle::extensions(in.ref, code);
    std::sort(expected.begin(), expected.end());
    const bool has_stable = !oracle::extensions(in.ref, "ST").empty();
    // Semi-stable and stage may only decline (nullopt) when there is no stable extension;
    // with budget 0 anything may decline, but what is answered must be right.
    const bool may_decline = opt.dead_end_budget == 0 || ((s == Semantics::semi_stable || s == Semantics::stage) && !has_stable);
    const Limits l;
    std::vector<std::uint32_t> got;
    const auto ee = detail::scc_enumerate(in.af, s, [&](std::span<const arg_t> e) {
        const Set x(e.begin(), e.end());
        REQUIRE(plausible(in.af, s, x));
        got.push_back(mask(e));
        return true;
    }, l, opt);
    if (ee) {
        REQUIRE(*ee == Answer::yes);
        std::sort(got.begin(), got.end());
        REQUIRE(got == expected);
    } else {
        REQUIRE(may_decline);
        REQUIRE(got.empty());
    }
    const auto se = detail::scc_some(in.af, s, l, opt);
    if (se) {
        REQUIRE(s != Semantics::complete);
        REQUIRE(se->answer == (expected.empty() ? Answer::no : Answer::yes));
        if (se->witness) {
            REQUIRE(plausible(in.af, s, *se->witness));
            REQUIRE(std::binary_search(expected.begin(), expected.end(), mask(*se->witness)));
        }
    } else {
        REQUIRE((may_decline || s == Semantics::complete));
    }
    for (int a = 0; a < in.ref.n; ++a) {
        INFO("argument " << a);
        const std::uint32_t bit = 1u << a;
        const bool cred = std::any_of(expected.begin(), expected.end(), [&](auto e) { return e & bit; });
        const bool scep = std::all_of(expected.begin(), expected.end(), [&](auto e) { return e & bit; });
        const auto dc = detail::scc_credulous(in.af, s, static_cast<arg_t>(a), l, opt);
        const auto ds = detail::scc_sceptical(in.af, s, static_cast<arg_t>(a), l, opt);
        const bool stable_based = s == Semantics::stable || s == Semantics::semi_stable || s == Semantics::stage;
        if (!stable_based) {
            REQUIRE_FALSE(dc);
            REQUIRE_FALSE(ds);
            continue;
        }
        if (dc) {
            REQUIRE(dc->answer == (cred ? Answer::yes : Answer::no));
            if (cred) {
                REQUIRE(dc->witness);
                REQUIRE(plausible(in.af, s, *dc->witness));
                REQUIRE(std::binary_search(expected.begin(), expected.end(), mask(*dc->witness)));
                REQUIRE((mask(*dc->witness) & bit));
            }
        } else {
            REQUIRE(may_decline);
        }
        if (ds) {
            REQUIRE(ds->answer == (scep ? Answer::yes : Answer::no));
            if (!scep) {
                REQUIRE(ds->witness);
                REQUIRE(plausible(in.af, s, *ds->witness));
                REQUIRE(std::binary_search(expected.begin(), expected.end(), mask(*ds->witness)));
                REQUIRE_FALSE((mask(*ds->witness) & bit));
            }
        } else {
            REQUIRE(may_decline);
        }
    }
}

}  // namespace

TEST_CASE("scc-recursive: every framework of up to 4 arguments up to isomorphism with the SCC path forced", "[scc][exhaustive]") {
    detail::SccOptions forced;
    forced.always = true;
    forced.fallback = false;  // nullopt where the SCC path itself has no answer
    detail::SccOptions no_budget = forced;
    no_budget.dead_end_budget = 0;
    no_budget.fallback = true;  // the monolithic answer on the reduction computed there
    detail::SccOptions by_sat = forced;  // every component through the SAT solver, none listed
    by_sat.list_up_to = 0;
    helpers::every_framework_up_to_isomorphism(4, [&](const Instance& in) {
        for (Semantics s : touched) {
            against_oracle(in, s, forced);
            against_oracle(in, s, no_budget);
            against_oracle(in, s, by_sat);
        }
    });
}

namespace {

// ---- (b) DAGs of small random SCCs ----

// Blocks of 1 to `max_block` arguments, each made strongly connected by a cycle through it with
// random extra inner attacks (self-attacks and odd cycles among them), and attacks from earlier
// blocks to later ones only, `fan_in` per block on average; the numbering is shuffled so that
// topological order and argument order differ.
// With `symmetric` the inner attacks go both ways and nothing attacks itself (more stable
// extensions).
std::vector<Attack> dag_of_sccs(std::mt19937& rng, int n, int max_block, double fan_in, bool symmetric = false) {
    std::vector<Attack> att;
    std::vector<int> block(n);
    std::vector<int> first;
    for (int start = 0; start < n;) {
        const int size = std::min(n - start, 1 + static_cast<int>(rng() % max_block));
        first.push_back(start);
        for (int i = 0; i < size; ++i) {
            block[start + i] = static_cast<int>(first.size()) - 1;
            const auto from = static_cast<arg_t>(start + i);
            if (size > 1) att.push_back({from, static_cast<arg_t>(start + (i + 1) % size)});
            if (size > 1 && symmetric) att.push_back({static_cast<arg_t>(start + (i + 1) % size), from});
            if (!symmetric && rng() % 40 == 0) att.push_back({from, from});
            for (int j = 0; j < size; ++j)
                if (j != i && rng() % 5 == 0) {
                    att.push_back({from, static_cast<arg_t>(start + j)});
                    if (symmetric) att.push_back({static_cast<arg_t>(start + j), from});
                }
        }
        start += size;
    }
    first.push_back(n);
    const int blocks = static_cast<int>(first.size()) - 1;
    std::uniform_real_distribution<double> u(0, 1);
    for (int b = 1; b < blocks; ++b) {
        const int size = first[b + 1] - first[b];
        const double p = fan_in / (first[b] * static_cast<double>(size));  // per pair from earlier blocks
        for (int x = 0; x < first[b]; ++x)
            for (int y = first[b]; y < first[b + 1]; ++y)
                if (u(rng) < p) att.push_back({static_cast<arg_t>(x), static_cast<arg_t>(y)});
    }
    std::vector<arg_t> perm(n);
    for (int i = 0; i < n; ++i) perm[i] = static_cast<arg_t>(i);
    std::shuffle(perm.begin(), perm.end(), rng);
    for (auto& e : att) e = {perm[e.from], perm[e.to]};
    return att;
}

// All extensions by the direct path, or nothing when there are more than `cap`.
std::optional<std::set<Set>> direct_all(const Framework& af, Semantics s, std::size_t cap) {
    std::set<Set> out;
    bool over = false;
    const Answer a = direct::enumerate_extensions(af, s, [&](std::span<const arg_t> e) {
        out.insert(Set(e.begin(), e.end()));
        over = out.size() > cap;
        return !over;
    });
    if (a != Answer::yes || over) return std::nullopt;
    return out;
}

struct Tally {
    std::size_t compared = 0, declined = 0;
};

// The SCC path (forced) and the public API against argmap::direct on one framework, for one
// semantics.
void against_direct(const Framework& af, Semantics s, std::mt19937& rng, Tally& tally, const detail::SccOptions& opt) {
    const Limits l;
    {
        INFO(to_string(s));
        const auto all = direct_all(af, s, 100);
        // Some extension: the SCC path and the public one.
        const Decision d0 = direct::some_extension(af, s);
        for (int pass = 0; pass < 2; ++pass) {
            std::optional<Decision> d = pass ? std::optional<Decision>(some_extension(af, s)) : detail::scc_some(af, s, l, opt);
            if (pass == 0 && s != Semantics::complete) ++(d ? tally.compared : tally.declined);
            if (!d) continue;
            REQUIRE(d->answer == d0.answer);
            if (d->witness) {
                REQUIRE(plausible(af, s, *d->witness));
                if (all) REQUIRE(all->count(*d->witness));
            }
        }
        // Every extension, each once.
        if (all) {
            for (int pass = 0; pass < 2; ++pass) {
                std::set<Set> got;
                auto visit = [&](std::span<const arg_t> e) {
                    REQUIRE(got.insert(Set(e.begin(), e.end())).second);
                    return true;
                };
                const std::optional<Answer> a = pass ? std::optional<Answer>(enumerate_extensions(af, s, visit))
                                                     : detail::scc_enumerate(af, s, visit, l, opt);
                if (pass == 0) ++(a ? tally.compared : tally.declined);
                if (!a) {
                    REQUIRE(got.empty());
                    continue;
                }
                REQUIRE(*a == Answer::yes);
                REQUIRE(got == *all);
            }
        }
        // Credulous and sceptical acceptance of a few arguments. The reference: the extensions
        // when they were all enumerated; else the direct path's one SAT call for stable (and for
        // semi-stable and stage when a stable extension exists, as they then coincide); else
        // (the CEGAR searches of the direct path can take exponentially many rounds here) none.
        const bool stable_exists = d0.answer == Answer::yes && (s == Semantics::stable || s == Semantics::semi_stable ||
                                                                s == Semantics::stage) &&
                                   direct::some_extension(af, Semantics::stable).answer == Answer::yes;
        if (!all && !stable_exists && s != Semantics::stable) return;
        for (int k = 0; k < 2; ++k) {
            const arg_t a = static_cast<arg_t>(rng() % af.size());
            INFO("argument " << a);
            Answer cred = Answer::no, scep = Answer::yes;
            if (all) {
                for (const Set& e : *all) {
                    if (has(e, a)) cred = Answer::yes;
                    else scep = Answer::no;
                }
            } else {
                cred = direct::credulous(af, Semantics::stable, a).answer;
                scep = direct::sceptical(af, Semantics::stable, a).answer;
            }
            for (int pass = 0; pass < 2; ++pass) {
                const auto dc = pass ? std::optional<Decision>(credulous(af, s, a)) : detail::scc_credulous(af, s, a, l, opt);
                const auto ds = pass ? std::optional<Decision>(sceptical(af, s, a)) : detail::scc_sceptical(af, s, a, l, opt);
                const bool applies = pass == 0 && s != Semantics::complete && s != Semantics::preferred;
                if (applies) ++(dc ? tally.compared : tally.declined);
                if (applies) ++(ds ? tally.compared : tally.declined);
                if (dc) {
                    REQUIRE(dc->answer == cred);
                    if (dc->answer == Answer::yes) {
                        REQUIRE(dc->witness);
                        REQUIRE(has(*dc->witness, a));
                        REQUIRE(plausible(af, s, *dc->witness));
                        if (all) REQUIRE(all->count(*dc->witness));
                    }
                }
                if (ds) {
                    REQUIRE(ds->answer == scep);
                    if (ds->answer == Answer::no) {
                        REQUIRE(ds->witness);
                        REQUIRE_FALSE(has(*ds->witness, a));
                        REQUIRE(plausible(af, s, *ds->witness));
                        if (all) REQUIRE(all->count(*ds->witness));
                    }
                }
            }
        }
    }
}

}  // namespace

TEST_CASE("scc-recursive: DAGs of small SCCs, 20 to 200 arguments, against the direct path", "[scc][random]") {
    std::mt19937 rng(1205);
    detail::SccOptions forced, by_sat;
    forced.always = true;
    forced.fallback = false;
    by_sat.always = true;
    by_sat.fallback = false;
    by_sat.list_up_to = 0;  // every other round: components through the SAT solver
    Tally tally;
    std::size_t with_stable = 0, many_sccs = 0;
    const int rounds = helpers::rounds(2000);
    for (int round = 0; round < rounds; ++round) {
        const int n = 20 + static_cast<int>(rng() % 181);
        const int max_block = 2 + static_cast<int>(rng() % 5);
        const double fan_in = 0.5 + (rng() % 4) * 0.5;
        INFO("round " << round << ", " << n << " arguments, blocks up to " << max_block << ", fan-in " << fan_in);
        const bool symmetric = round % 4 >= 2;
        INFO((symmetric ? "symmetric blocks" : "any blocks"));
        const Framework af(static_cast<arg_t>(n), dag_of_sccs(rng, n, max_block, fan_in, symmetric));
        const auto shape = detail::scc_shape(af);
        many_sccs += shape.nontrivial > 1;
        with_stable += direct::some_extension(af, Semantics::stable).answer == Answer::yes;
        against_direct(af, touched[round % 5], rng, tally, round % 2 ? by_sat : forced);
    }
    // The instances exercise what they are meant to: frameworks that split, with and without
    // stable extensions, and mostly answered by the SCC path.
    INFO(tally.compared << " answered by the SCC path, " << tally.declined << " declined, " << with_stable
                        << " with a stable extension");
    CHECK(many_sccs > static_cast<std::size_t>(helpers::at_least(1500)));
    CHECK(with_stable > static_cast<std::size_t>(helpers::at_least(500)));
    CHECK(with_stable + helpers::at_least(100) < static_cast<std::size_t>(rounds));
    CHECK(tally.compared > 3 * tally.declined);
    CHECK(tally.declined > 0);  // semi-stable and stage without a stable extension
}

TEST_CASE("scc-recursive: a tiny backtracking budget falls back without wrong answers", "[scc][random]") {
    std::mt19937 rng(31);
    detail::SccOptions tight;
    tight.always = true;
    tight.fallback = false;
    tight.dead_end_budget = 1;
    Tally tally;
    for (int round = 0; round < 300; ++round) {
        const int n = 20 + static_cast<int>(rng() % 61);
        const Framework af(static_cast<arg_t>(n), dag_of_sccs(rng, n, 3, 1.0 + (rng() % 3)));
        INFO("round " << round);
        against_direct(af, touched[round % 5], rng, tally, tight);
    }
    CHECK(tally.declined > 0);
}

TEST_CASE("scc-recursive: a zero dead-end work budget falls back without wrong answers", "[scc][random]") {
    // dead_end_work = 0: the first dead end at any component stops the walk (nullopt), however
    // many dead ends dead_end_budget would still allow; with fallback the monolithic path answers.
    std::mt19937 rng(47);
    detail::SccOptions work;
    work.always = true;
    work.fallback = false;
    work.dead_end_budget = 1000000;
    work.dead_end_work = 0;
    detail::SccOptions work_fallback = work;
    work_fallback.fallback = true;
    detail::SccOptions unbounded = work;
    unbounded.dead_end_work = 1000000;
    Tally declined, answered, reference;
    for (int round = 0; round < 300; ++round) {
        const int n = 20 + static_cast<int>(rng() % 61);
        const Framework af(static_cast<arg_t>(n), dag_of_sccs(rng, n, 3, 1.0 + (rng() % 3)));
        INFO("round " << round);
        std::mt19937 same = rng, again = rng;
        against_direct(af, touched[round % 5], rng, declined, work);
        against_direct(af, touched[round % 5], same, answered, work_fallback);
        against_direct(af, touched[round % 5], again, reference, unbounded);
    }
    // The work budget is what declines here: without it the same walks answer more often.
    CHECK(declined.declined > reference.declined);
    CHECK(answered.compared > declined.compared);
}

TEST_CASE("scc-recursive: a long chain of 2-cycles is walked without recursion", "[scc]") {
    // 100,000 mutual attacks in a chain: a_i <-> b_i, b_i -> a_{i+1}. Nothing is decided by
    // the grounded labelling and there are 100,000 components.
    const arg_t k = 100000;
    std::vector<Attack> att;
    for (arg_t i = 0; i < k; ++i) {
        att.push_back({2 * i, 2 * i + 1});
        att.push_back({2 * i + 1, 2 * i});
        if (i + 1 < k) att.push_back({2 * i + 1, 2 * i + 2});
    }
    const Framework af(2 * k, att);
    const auto shape = detail::scc_shape(af);
    CHECK(shape.components == k);
    CHECK(shape.nontrivial == k);
    CHECK(shape.largest == 2);
    for (Semantics s : {Semantics::preferred, Semantics::stable, Semantics::semi_stable, Semantics::stage}) {
        const auto d = detail::scc_some(af, s, {});
        REQUIRE(d);
        REQUIRE(d->answer == Answer::yes);
        REQUIRE(stable(af, *d->witness));
    }
    // Stable extensions of the chain: once some b_i is in, a_{i+1} is out and b_{i+1} must be in;
    // so they are a_1..a_j with b_{j+1}..b_k, k + 1 of them. The first 50 are checked.
    std::size_t seen = 0;
    const auto e = detail::scc_enumerate(af, Semantics::stable, [&](std::span<const arg_t> x) {
        REQUIRE(stable(af, Set(x.begin(), x.end())));
        return ++seen < 50;
    }, {});
    REQUIRE(e);
    CHECK(*e == Answer::yes);
    CHECK(seen == 50);
    const auto dc = detail::scc_credulous(af, Semantics::stable, 2 * (k - 1) + 1, {});  // the last b
    REQUIRE(dc);
    CHECK(dc->answer == Answer::yes);
    CHECK(stable(af, *dc->witness));
}

TEST_CASE("strongly_connected_components: mutual reachability, topological numbering, a million-argument chain", "[scc]") {
    std::mt19937 rng(5);
    for (int round = 0; round < 300; ++round) {
        const int n = 1 + static_cast<int>(rng() % 120);
        const Framework af(static_cast<arg_t>(n), round % 2 ? dag_of_sccs(rng, n, 5, 1.5)
                                                            : helpers::random_attacks(rng, n, (1.0 + rng() % 4) / n));
        const Components c = strongly_connected_components(af);
        // Oracle: reach[a][b] by a search from every argument; a and b share a component iff
        // each reaches the other.
        std::vector<std::vector<char>> reach(af.size(), std::vector<char>(af.size(), 0));
        for (arg_t a = 0; a < af.size(); ++a) {
            std::vector<arg_t> todo{a};
            reach[a][a] = 1;
            while (!todo.empty()) {
                const arg_t x = todo.back();
                todo.pop_back();
                for (arg_t y : af.targets(x))
                    if (!reach[a][y]) reach[a][y] = 1, todo.push_back(y);
            }
        }
        std::set<std::uint32_t> numbers;
        for (arg_t a = 0; a < af.size(); ++a) {
            REQUIRE(c.of[a] < c.count);
            numbers.insert(c.of[a]);
            for (arg_t b : af.targets(a)) REQUIRE(c.of[a] <= c.of[b]);  // every attack goes forward
            for (arg_t b = 0; b < af.size(); ++b) REQUIRE((c.of[a] == c.of[b]) == (reach[a][b] && reach[b][a]));
        }
        REQUIRE(numbers.size() == c.count);  // 0..count-1, none left out
    }
    // A chain of a million arguments (a million components) and a cycle of as many (one): no
    // recursion.
    const arg_t n = 1000000;
    std::vector<Attack> chain;
    for (arg_t i = 0; i + 1 < n; ++i) chain.push_back({i, i + 1});
    const Components c = strongly_connected_components(Framework(n, chain));
    REQUIRE(c.count == n);
    for (arg_t i = 0; i < n; ++i) REQUIRE(c.of[i] == i);
    chain.push_back({n - 1, 0});
    const Components cycle = strongly_connected_components(Framework(n, chain));
    REQUIRE(cycle.count == 1);
    REQUIRE(std::all_of(cycle.of.begin(), cycle.of.end(), [](std::uint32_t x) { return x == 0; }));
}
