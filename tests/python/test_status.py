"""Framework.justification_status and Map.justification_status against two independent
answers: a brute-force enumeration of the extensions written here (small frameworks, the
semantics defined by conditions on a set) and the per-argument queries credulous() and
sceptical() with some_extension() (every semantics). Frameworks: no stable extension,
self-attacks, several components, seeded random ones."""
import itertools
import random
import sys
import unittest

import argmap

SEMANTICS = ["conflict-free", "naive", "admissible", "complete", "grounded", "preferred", "stable",
             "semi-stable", "stage", "ideal", "eager", "cf2"]


# ---- brute force: every subset of a small framework ----

def brute_extensions(n, attacks, semantics):
    att = set(attacks)
    attackers = [[a for a in range(n) if (a, b) in att] for b in range(n)]
    subsets = [frozenset(c) for k in range(n + 1) for c in itertools.combinations(range(n), k)]

    def conflict_free(s):
        return not any((a, b) in att for a in s for b in s)

    def defends(s, a):
        return all(any((c, b) in att for c in s) for b in attackers[a])

    def admissible(s):
        return conflict_free(s) and all(defends(s, a) for a in s)

    def complete(s):
        return admissible(s) and all(a in s for a in range(n) if defends(s, a))

    def rng(s):
        return s | {b for a in s for b in range(n) if (a, b) in att}

    def maximal(sets, key=lambda s: s):
        return [s for s in sets if not any(key(s) < key(t) for t in sets)]

    cf = [s for s in subsets if conflict_free(s)]
    co = [s for s in cf if complete(s)]
    table = {
        "conflict-free": lambda: cf,
        "naive": lambda: maximal(cf),
        "admissible": lambda: [s for s in cf if admissible(s)],
        "complete": lambda: co,
        "grounded": lambda: [min(co, key=len)],
        "preferred": lambda: maximal(co),
        "stable": lambda: [s for s in cf if len(rng(s)) == n],
        "semi-stable": lambda: maximal(co, rng),
        "stage": lambda: maximal(cf, rng),
    }
    return table[semantics]()


def brute_status(n, attacks, semantics):
    exts = brute_extensions(n, attacks, semantics)
    if not exts:
        return ["rejected"] * n
    return ["sceptical" if all(a in e for e in exts) else "credulous" if any(a in e for e in exts) else "rejected"
            for a in range(n)]


def per_argument_status(af, semantics):
    """The status from one credulous and one sceptical query per argument."""
    if af.some_extension(semantics)[0] is False:
        return ["rejected"] * len(af)
    out = []
    for a in range(len(af)):
        if af.credulous(semantics, a)[0] is False:
            out.append("rejected")
        else:
            out.append("sceptical" if af.sceptical(semantics, a)[0] else "credulous")
    return out


def disjoint_union(rng, parts, max_part, p):
    """parts random frameworks of 1..max_part arguments side by side, numbering shuffled."""
    attacks, n = [], 0
    for _ in range(parts):
        k = rng.randint(1, max_part)
        attacks += [(n + a, n + b) for a in range(k) for b in range(k) if rng.random() < p]
        n += k
    perm = list(range(n))
    rng.shuffle(perm)
    return n, sorted((perm[a], perm[b]) for a, b in attacks)


# Written by hand: odd cycle 0 -> 1 -> 2 -> 0 (no stable extension) beside 3 <-> 4 attacking 5;
# self-attacks (0 attacks itself and 1, 1 -> 2, 2 <-> 3, 4 self-attacking attacked by 5);
# floating reinstatement beside a chain and an isolated argument.
FIXED = [
    (6, [(0, 1), (1, 2), (2, 0), (3, 4), (4, 3), (3, 5), (4, 5)]),
    (6, [(0, 0), (0, 1), (1, 2), (2, 3), (3, 2), (4, 4), (5, 4)]),
    (8, [(0, 1), (1, 0), (0, 2), (1, 2), (2, 3), (4, 5), (5, 6)]),
]


class FrameworkStatusTests(unittest.TestCase):
    def frameworks(self, count, parts, max_part):
        rng = random.Random(20261201)
        yield from FIXED
        for i in range(count):
            yield disjoint_union(rng, parts + i % 3, max_part, (0.15, 0.3, 0.5)[i % 3])

    def test_against_brute_force(self):
        checked = 0
        for n, attacks in self.frameworks(25, 1, 4):
            af = argmap.Framework(n, attacks)
            for sem in ("conflict-free", "naive", "admissible", "complete", "grounded", "preferred", "stable",
                        "semi-stable", "stage"):
                with self.subTest(n=n, attacks=attacks, semantics=sem):
                    self.assertEqual(af.justification_status(sem), brute_status(n, attacks, sem))
                    checked += 1
        self.assertEqual(checked, 28 * 9)

    def test_against_per_argument_queries(self):
        for n, attacks in self.frameworks(12, 2, 7):
            af = argmap.Framework(n, attacks)
            for sem in SEMANTICS:
                with self.subTest(n=n, attacks=attacks, semantics=sem):
                    self.assertEqual(af.justification_status(sem), per_argument_status(af, sem))

    def test_fixed_cases_say_what_the_definitions_say(self):
        odd = argmap.Framework(*FIXED[0])
        self.assertEqual(odd.justification_status("stable"), ["rejected"] * 6)  # no stable extension
        self.assertEqual(odd.justification_status("preferred"), ["rejected"] * 3 + ["credulous", "credulous", "rejected"])
        floating = argmap.parse_framework("p af 4\n1 2\n2 1\n1 3\n2 3\n3 4\n")
        self.assertEqual(floating.justification_status("PR"), ["credulous", "credulous", "rejected", "sceptical"])
        self.assertEqual(floating.justification_status("GR"), ["rejected"] * 4)
        with self.assertRaises(ValueError):
            odd.justification_status("fuzzy")

    def test_timeout_leaves_none_and_keeps_what_is_decided(self):
        # k mutual attacks (undecided by the grounded labelling) and a chain 2k -> 2k+1 -> 2k+2.
        k = 6
        attacks = [(2 * i + d, 2 * i + 1 - d) for i in range(k) for d in (0, 1)] + [(2 * k, 2 * k + 1), (2 * k + 1, 2 * k + 2)]
        af = argmap.Framework(2 * k + 3, attacks)
        full = af.justification_status("preferred")
        self.assertEqual(full, ["credulous"] * (2 * k) + ["sceptical", "rejected", "sceptical"])
        limited = af.justification_status("preferred", timeout=0.0)
        self.assertEqual(limited[2 * k:], ["sceptical", "rejected", "sceptical"])  # the grounded labelling decides these
        self.assertIn(None, limited)
        for got, want in zip(limited, full):
            self.assertIn(got, (None, want))
        # Stable keeps only rejected: a part not reached could have no stable extension.
        self.assertEqual(set(af.justification_status("stable", timeout=0.0)) - {None}, {"rejected"})


class MapStatusTests(unittest.TestCase):
    def test_evaluate_cut_short_reads_none_where_undecided(self):
        # p <-> q (undecided by the grounded labelling), r -> s -> t (decided by it).
        m = argmap.parse("[p]: P.\n  - [q]: Q.\n    - [p]\n\n[s]: S.\n  - [r]: R.\n  + [t]: T.\n")
        m.add_relation("attack", "s", "t")
        full = m.evaluate("preferred")
        self.assertTrue(full.complete)
        self.assertNotIn(None, full.values())
        cut = m.evaluate("preferred", timeout=0.0)
        self.assertFalse(cut.complete)
        self.assertEqual(dict(cut), m.justification_status("preferred", timeout=0.0))
        self.assertIn(None, cut.values())
        for claim, value in cut.items():
            self.assertIn(value, (None, full[claim]))
        self.assertEqual([cut[c] for c in ("r", "s", "t")], [full[c] for c in ("r", "s", "t")])
        self.assertIn("unknown", cut._repr_html_())
        for sem in ("ideal", "eager"):  # one extension: all or (when it was not found) nothing
            e = m.evaluate(sem, timeout=0.0)
            if e.complete:
                self.assertEqual(dict(e), dict(m.evaluate(sem)))
            else:
                self.assertEqual(set(e.values()), {None})
        self.assertIn("digraph", m.dot(labels=cut))  # a cut-short Evaluation still draws (undecided as undec)

    def test_claims_against_per_claim_queries(self):
        # p <-> q, r attacks q, s attacks itself and r; t alone; u undercuts the attack r -> q.
        m = argmap.parse("[p]: P.\n  - [q]: Q.\n    - [p]\n    - [r]: R.\n      - [s]: S.\n        - [s]\n\n[t]: T.\n")
        m.add_claim("u", "U.")
        rq = [r.id for r in m.relations if r.source == "r" and r.target == "q"][0]
        m.add_relation("undercut", "u", rq)
        for sem in SEMANTICS:
            for camp_kwargs in ({}, {"support": "deductive"}):
                with self.subTest(semantics=sem, **camp_kwargs):
                    got = m.justification_status(sem, **camp_kwargs)
                    self.assertEqual(list(got), ["p", "q", "r", "s", "t", "u"])
                    exists = m.framework(**camp_kwargs).some_extension(sem)[0]
                    for claim, status in got.items():
                        if not exists:
                            want = "rejected"
                        elif m.credulous(claim, sem, **camp_kwargs)[0] is False:
                            want = "rejected"
                        else:
                            want = "sceptical" if m.sceptical(claim, sem, **camp_kwargs)[0] else "credulous"
                        self.assertEqual(status, want, claim)

    def test_unique_status_semantics_match_the_labels(self):
        m = argmap.parse("[a]: A\n  - [b]: B\n    - [a]\n  - [c]: C\n")
        for sem in ("grounded", "ideal", "eager"):
            labels = m.evaluate(sem)
            self.assertEqual(m.justification_status(sem), {c: "sceptical" if l == "in" else "rejected" for c, l in labels.items()})


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=1).result
    sys.exit(0 if result.wasSuccessful() and result.testsRun > 0 else 1)
