// Shared pieces of the extension explanations (lib/explain/*.cpp), one technique per file.
#pragma once

#include <limits>
#include <optional>
#include <vector>

#include "argmap/explain_extension.hpp"

namespace argmap::detail {

inline constexpr std::size_t unranked = std::numeric_limits<std::size_t>::max();

/// a and every argument with a path of attacks to a, sorted: an unattacked set, so admissible
/// sets containing a only need these (directionality).
std::vector<arg_t> ancestors(const Framework& af, arg_t a);

/// Grounded-style rounds inside `set` (sorted): a member gets round r when every attacker is
/// attacked by a member of an earlier round. Aligned with `set`; unranked members defend
/// themselves only through a cycle. For the whole argument set this is the grounded extension.
std::vector<std::size_t> defence_rounds(const Framework& af, const std::vector<arg_t>& set);

/// The dispute tree of `a` over the admissible `set` (dispute_tree.cpp): each attacker answered
/// by the member of the earliest round that attacks it.
Defence dispute_tree(const Framework& af, arg_t a, std::vector<arg_t> set);

/// A subset-minimal admissible set with `a` inside `pool` (sorted; empty pool: anywhere), found
/// by SAT and shrunk by asking for strict subsets until UNSAT (dispute_tree.cpp). nullopt with
/// `answer` no when none exists, unknown when limits fired.
std::optional<std::vector<arg_t>> minimal_admissible(const Framework& af, arg_t a, const std::vector<arg_t>& pool,
                                                     const Limits& limits, Answer& answer);

/// For a in the grounded extension: a subset-minimal set whose well-founded part contains a
/// (dispute_tree.cpp): no circular defence, and no strict subset defends a without a cycle.
std::vector<arg_t> minimal_grounded_defence(const Framework& af, arg_t a, const std::vector<arg_t>& grounded);

/// The best defence of `a` inside `pool` (an extension containing a): the minimal grounded
/// defence when a is grounded and `grounded_inside` (grounded ⊆ pool), else the SAT-minimal one.
std::optional<Defence> defence_of(const Framework& af, arg_t a, const std::vector<arg_t>& pool, bool grounded_inside,
                                  const std::vector<arg_t>& grounded, const Limits& limits, Answer& answer);

/// True for the semantics whose extensions are admissible.
bool admissible_based(Semantics s) noexcept;
bool unique_status(Semantics s) noexcept;

// One file per case; each fills x (x.answer unknown when limits fire).
void explain_credulous(const Framework& af, Semantics s, arg_t a, const std::vector<arg_t>& grounded,
                       const std::vector<arg_t>& extension, const Limits& limits, AcceptanceExplanation& x);
void explain_sceptical(const Framework& af, Semantics s, arg_t a, const std::vector<arg_t>& grounded,
                       const Limits& limits, AcceptanceExplanation& x);
void explain_rejection(const Framework& af, Semantics s, arg_t a, const std::vector<arg_t>& grounded,
                       const Limits& limits, AcceptanceExplanation& x);
void explain_stable_failure(const Framework& af, const Limits& limits, AcceptanceExplanation& x);

}  // namespace argmap::detail
