"""Tests of what-if and causes through the Python module: every answer is checked against a
from-scratch evaluation of an edited copy made with the module's own editing calls."""
import os
import unittest

import argmap

EXAMPLE = os.environ["ARGMAP_EXAMPLE"]


def tram():
    m = argmap.Map()
    m.add_claim("tram", "Build a tram.", kind="thesis", weight=0.5)
    m.add_claim("cost", "Too expensive.", weight=0.8)
    m.add_claim("grant", "A grant pays.", kind="evidence")
    m.add_relation("attack", "cost", "tram", id="c-t")
    m.add_relation("attack", "grant", "cost", id="g-c")
    return m


class WhatIfTests(unittest.TestCase):
    def test_retract_moves_labels_without_changing_the_map(self):
        m = tram()
        before = m.evaluate()
        moved = m.whatif(retract=["grant"])
        self.assertEqual(m.evaluate(), before)  # unchanged
        edited = tram()
        edited.remove_claim("grant")
        after = edited.evaluate()
        self.assertEqual(moved["grant"], (before["grant"], None))
        for claim in ("tram", "cost"):
            self.assertEqual(moved[claim], (before[claim], after[claim]))

    def test_added_attack_under_preferred_and_gradual(self):
        m = tram()
        m.add_claim("noise", "It is noisy.")
        edited = tram()
        edited.add_claim("noise", "It is noisy.")
        edited.add_relation("attack", "noise", "tram")
        moved = m.whatif(attack=[("noise", "tram")], semantics="preferred")
        self.assertEqual(moved["tram"], (m.evaluate("preferred")["tram"], edited.evaluate("preferred")["tram"]))
        moved = m.whatif(attack=[("noise", "tram")], gradual="df-quad")
        self.assertAlmostEqual(moved["tram"][1], edited.gradual("df-quad")["tram"], places=9)
        self.assertAlmostEqual(moved["tram"][0], m.gradual("df-quad")["tram"], places=9)

    def test_weights_and_errors(self):
        m = tram()
        moved = m.whatif(weight={"g-c": 0.2}, min_weight=0.5)
        self.assertEqual(moved["tram"], ("in", "out"))
        with self.assertRaises(ValueError):
            m.whatif(retract=["nobody"])
        with self.assertRaises(ValueError):
            m.whatif(retract=["grant"], semantics="fuzzy")

    def test_example_map(self):
        m = argmap.load(EXAMPLE)
        moved = m.whatif(retract=["Clash in Central Asia"])
        self.assertEqual(moved["Clash in Central Asia"][1], None)


class CausesTests(unittest.TestCase):
    def test_added_attacker_is_the_cause(self):
        v1 = tram()
        v2 = tram()
        v2.add_claim("noise", "It is noisy.")
        v2.add_relation("attack", "noise", "tram")
        found = {c["claim"]: c for c in argmap.causes(v1, v2)}
        self.assertEqual(found["tram"]["before"], "in")
        self.assertEqual(found["tram"]["after"], "out")
        self.assertIn(["+ attack noise -> tram"], found["tram"]["causes"])
        self.assertFalse(found["tram"]["joint"])
        # Undoing that cause by hand restores the old label.
        v3 = tram()
        v3.add_claim("noise", "It is noisy.")
        self.assertEqual(v3.evaluate()["tram"], "in")

    def test_joint_and_gradual(self):
        v1 = tram()
        v2 = tram()
        v2.add_claim("a", "A.")
        v2.add_claim("b", "B.")
        v2.add_relation("attack", "a", "grant")
        v2.add_relation("attack", "b", "grant")
        found = {c["claim"]: c for c in argmap.causes(v1, v2, max_set=1)}
        self.assertTrue(found["grant"]["joint"])
        strengths = argmap.causes(v1, v2, gradual="df-quad")
        self.assertTrue(any(c["claim"] == "tram" for c in strengths))


if __name__ == "__main__":
    unittest.main()
