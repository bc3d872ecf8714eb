// argmap/extensions.hpp: Dung's extension semantics with acceptance, witnesses, enumeration
// and counting. Hard semantics run on CaDiCaL; every call takes Limits (a deadline and a
// cancellation flag) and answers `unknown` when either fires.
//
//   argmap::Framework af(3, std::vector<argmap::Attack>{{0, 1}, {1, 0}, {1, 2}});
//   auto d = argmap::credulous(af, argmap::Semantics::preferred, 2);   // yes, witness {0, 2}
//   auto s = argmap::sceptical(af, argmap::Semantics::preferred, 2);   // no, witness {1}
//   argmap::enumerate_extensions(af, argmap::Semantics::stable,
//       [](std::span<const argmap::arg_t> e) { /* ... */ return true; });  // false stops
//
// Threads: every function only reads its Framework or map, and each call owns its SAT solver,
// so one framework or map may be evaluated from many threads at once. Limits::cancel may be set
// from any thread (it is only ever read here); the SAT layer polls it, and the deadline,
// through CaDiCaL's terminator during a search and before each search, so a call returns
// unknown within milliseconds (tests/test_limits.cpp measures it on hard instances).
//
// Before any SAT call the arguments the grounded labelling decides are taken out (complete,
// preferred, stable, semi-stable), credulous and sceptical acceptance under complete and
// preferred look only at the query's ancestors (directionality; certificates are still
// extensions of the whole framework), and stage answers as stable when a stable extension
// exists. When the grounded-reduced framework has several non-trivial strongly connected
// components, SE, EE, DC and DS of the SCC-recursive semantics (and of semi-stable and stage
// when a stable extension exists) solve them one at a time in topological order, each
// conditioned on the labels chosen upstream. count_extensions is exact (any size): independent components multiply and
// conflict-free, admissible, complete and stable sets are counted by a model counter with
// component caching rather than one by one. justification_status() decides every argument at
// once; the ideal extension comes per weak component, from credulous acceptance asked only
// about the arguments that can still change it.
// argmap::direct:: is the plain path.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "argmap/framework.hpp"
#include "argmap/semantics.hpp"

namespace argmap {

enum class Semantics {
    conflict_free,  ///< no member attacks a member
    naive,          ///< maximal conflict-free
    admissible,     ///< conflict-free and defends its members (Dung 1995, Def. 6)
    complete,       ///< admissible and contains all it defends (Dung 1995, Def. 23)
    grounded,       ///< least complete (Dung 1995, Def. 20)
    preferred,      ///< maximal admissible (Dung 1995, Def. 7)
    stable,         ///< conflict-free and attacks every outsider (Dung 1995, Def. 13)
    semi_stable,    ///< complete with maximal range (Caminada 2006)
    stage,          ///< conflict-free with maximal range (Verheij 1996)
    ideal,          ///< largest admissible set inside every preferred extension (Dung, Mancarella, Toni 2007)
    eager,          ///< largest admissible set inside every semi-stable extension (Caminada 2007)
    cf2,            ///< SCC-recursive, naive in each component (Baroni, Giacomin, Guida 2005)
};

/// ICCMA codes: CF NA ADM CO GR PR ST SST STG ID EA CF2.
std::string_view iccma_code(Semantics s) noexcept;
/// Names: conflict-free naive admissible complete grounded preferred stable semi-stable stage ideal eager cf2.
std::string_view to_string(Semantics s) noexcept;
/// Accepts a code or a name.
std::optional<Semantics> parse_semantics(std::string_view code_or_name) noexcept;
/// Every semantics this build supports, in a stable order.
std::span<const Semantics> all_semantics() noexcept;

enum class Answer { yes, no, unknown };

struct Limits {
    std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
    const std::atomic<bool>* cancel = nullptr;
    /// Threads for one hard query (credulous, sceptical, some_extension of the SAT-based
    /// semantics): more than 1 races that many solver configurations (encodings, CaDiCaL
    /// options) on the same framework, the first definite answer wins and the others are
    /// cancelled. The answer is the same; the certificate may be another valid one.
    /// Enumeration and counting stay on one thread.
    unsigned threads = 1;
    bool expired() const noexcept {
        return (cancel && cancel->load(std::memory_order_relaxed)) || std::chrono::steady_clock::now() >= deadline;
    }
    /// Limits with the deadline `seconds` from now: 0 or less (or NaN) is already expired, a
    /// time the clock cannot represent (infinity, or beyond half its range, about 146 years)
    /// is no deadline.
    static Limits after(double seconds) noexcept;
    /// A timeout as the CLI, the C API and the report take it: 0 or less (or NaN) is no limit,
    /// otherwise after(seconds).
    static Limits timeout(double seconds) noexcept { return seconds > 0 ? after(seconds) : Limits{}; }
};

/// An answer and, where one exists, its certificate: for credulous YES an extension with the
/// argument, for sceptical NO an extension without it, for some_extension YES an extension.
struct Decision {
    Answer answer = Answer::unknown;
    std::optional<std::vector<arg_t>> witness;
};

Decision credulous(const Framework& af, Semantics s, arg_t a, const Limits& limits = {});
Decision sceptical(const Framework& af, Semantics s, arg_t a, const Limits& limits = {});
/// YES with an extension, NO when the semantics has none (only stable can have none).
Decision some_extension(const Framework& af, Semantics s, const Limits& limits = {});

/// Calls `visit` once per extension (sorted arguments), streaming; `visit` returns false to
/// stop. Returns yes when all were visited (or visit stopped), unknown when limits fired.
using ExtensionVisitor = std::function<bool(std::span<const arg_t>)>;
Answer enumerate_extensions(const Framework& af, Semantics s, const ExtensionVisitor& visit, const Limits& limits = {});

/// The number of extensions, exact: `decimal` always holds it in full (counts can pass 2^64);
/// `count` is the same number when it fits in 64 bits, else UINT64_MAX with `saturated` set.
struct Count {
    Answer answer = Answer::unknown;
    std::uint64_t count = 0;
    bool saturated = false;
    std::string decimal;  ///< empty when the answer is unknown
};
Count count_extensions(const Framework& af, Semantics s, const Limits& limits = {});

/// The plain path of each task: one SAT search over the whole framework, without grounded
/// preprocessing, query relevance or decomposition (count: enumerates one by one). Same
/// answers as the functions above; kept for cross-checks and benchmarks.
namespace direct {
Decision credulous(const Framework& af, Semantics s, arg_t a, const Limits& limits = {});
Decision sceptical(const Framework& af, Semantics s, arg_t a, const Limits& limits = {});
Decision some_extension(const Framework& af, Semantics s, const Limits& limits = {});
Answer enumerate_extensions(const Framework& af, Semantics s, const ExtensionVisitor& visit, const Limits& limits = {});
Count count_extensions(const Framework& af, Semantics s, const Limits& limits = {});
}  // namespace direct

/// The labelling of an extension: its members in, what they attack out, the rest undec.
Labelling labelling_of(const Framework& af, std::span<const arg_t> extension);

}  // namespace argmap

namespace argmap {

/// Justification status of a claim under a semantics: in every extension, in some, in none.
enum class Acceptance { sceptical, credulous, rejected };
std::string_view to_string(Acceptance a) noexcept;

/// The justification status of every argument under a semantics (per argument: in every
/// extension, in some, in none). Every argument is rejected when the semantics has no
/// extension (only stable can have none). Much cheaper than a credulous and a sceptical query
/// per argument: weakly connected components are decided apart (the extensions of a disjoint
/// union are the unions of the parts' extensions), the grounded labelling settles what it
/// decides under complete, preferred, stable and semi-stable, and each certificate a query
/// returns settles the other arguments it has in (credulous) or leaves out (not sceptical).
///
/// When the limits fire the answer is unknown and only the arguments marked `decided` have
/// their final status (those the grounded labelling decides, those of the components finished,
/// those certificates already showed credulous but not sceptical; under stable only rejected
/// ones, since a component not reached may have no stable extension); the others read rejected
/// but are not known.
struct JustificationStatus {
    Answer answer = Answer::yes;       ///< unknown when limits fired (status is then partial)
    bool has_extension = true;         ///< false when the semantics has no extension (not known for stable when unknown)
    std::vector<Acceptance> status;    ///< per argument
    std::vector<bool> decided;         ///< per argument: its status is final (all true unless the answer is unknown)
};
JustificationStatus justification_status(const Framework& af, Semantics s, const Limits& limits = {});

/// A map evaluated under an extension semantics, per claim in map order.
struct MapEvaluation {
    Semantics semantics = Semantics::grounded;
    Answer answer = Answer::yes;           ///< unknown when limits fired (the rest is then partial)
    std::vector<Acceptance> acceptance;    ///< per claim
    std::vector<Label> labels;             ///< per claim, for grounded, ideal and eager; else empty
    bool has_extension = true;             ///< false when the semantics has none (stable)
    /// per claim: its value is final; all true unless the answer is unknown (then as
    /// JustificationStatus::decided, and nothing for grounded-free ideal and eager runs)
    std::vector<bool> decided;
};

/// Projects the map and decides, for every claim, credulous and sceptical acceptance.
MapEvaluation evaluate(const ArgumentMap& map, Semantics semantics, const ProjectionOptions& options = {},
                       const Limits& limits = {});

}  // namespace argmap

namespace argmap {

/// One camp's conclusions when it judges the map as an audience.
struct CampConclusions {
    std::string camp;
    std::vector<Label> grounded;          ///< per claim
    std::vector<Acceptance> preferred;    ///< per claim
};

/// Every camp as an audience (value-based argumentation, Bench-Capon 2003), and which claims
/// are objectively accepted (sceptically preferred for every camp) or subjectively accepted
/// (credulously preferred for some camp).
struct AudienceReport {
    Answer answer = Answer::yes;          ///< unknown when limits fired
    std::vector<CampConclusions> camps;
    std::vector<bool> objective, subjective;  ///< per claim
};
AudienceReport evaluate_audiences(const ArgumentMap& map, const ProjectionOptions& options = {}, const Limits& limits = {});

}  // namespace argmap

namespace argmap {

/// Weighted argument systems with an inconsistency budget (Dunne, Hunter, McBurney, Parsons and
/// Wooldridge 2011): attacks whose weights add up to at most beta may be disregarded. A claim
/// is accepted under beta when some such set of disregarded attacks makes it accepted
/// (credulously: in some extension; sceptically: in every one) under grounded or preferred.
struct BudgetResult {
    Answer answer = Answer::unknown;  ///< yes: accepted within the budget; unknown: limits or too large
    double budget = 0;                ///< the weight disregarded (the minimum, for minimal_budget)
    std::vector<std::size_t> dropped; ///< indices into af.attack_list() of the disregarded attacks
    std::string message;              ///< why the answer is unknown
};

/// Smallest total weight of attacks to disregard so that `a` becomes accepted, by best-first
/// search over subsets of the attacks among a's ancestors (grounded and preferred look no
/// further: directionality, Baroni and Giacomin 2007). `weights` is aligned with
/// af.attack_list(); infinite weights are never dropped. At most `max_relevant` finite
/// attacks are searched; past that the answer is unknown. Only grounded and preferred.
BudgetResult minimal_budget(const Framework& af, std::span<const double> weights, Semantics s, arg_t a, bool sceptical,
                            const Limits& limits = {}, std::size_t max_relevant = 22);

/// Acceptance of `a` within budget beta: minimal_budget(...) <= beta.
BudgetResult accepted_within(const Framework& af, std::span<const double> weights, Semantics s, arg_t a, bool sceptical,
                             double beta, const Limits& limits = {}, std::size_t max_relevant = 22);

}  // namespace argmap

namespace argmap {

/// For every claim, the smallest budgets that make it credulously and sceptically accepted.
struct ClaimBudget {
    BudgetResult credulous, sceptical;
};
std::vector<ClaimBudget> minimal_budgets(const ArgumentMap& map, Semantics s, const ProjectionOptions& options = {},
                                         const Limits& limits = {});

}  // namespace argmap
