"""Tests of the Python bindings: every answer is computed by the library through the module."""
import math
import os
import sys
import tempfile
import unittest

import argmap

EXAMPLE = os.environ["ARGMAP_EXAMPLE"]
DATA = os.environ["ARGMAP_TEST_DATA"]


class MapTests(unittest.TestCase):
    def test_load_and_evaluate_the_example(self):
        m = argmap.load(EXAMPLE)
        self.assertEqual(len(m), 45)
        self.assertEqual(len(m.camps), 3)
        labels = m.evaluate()
        self.assertEqual(labels["Co-existence"], "in")
        self.assertEqual(labels["Clash in Central Asia"], "out")
        self.assertEqual(labels["Open Chinese base"], "undec")
        status = m.evaluate("preferred")
        self.assertEqual(status["Open Chinese base"], "credulous")
        self.assertEqual(m.evaluate(camp="clash")["Co-existence"], "out")
        self.assertEqual(m.claim("Co-existence").kind, "thesis")
        self.assertEqual(m.claim("Co-existence").locator, "¶11, ¶13")

    def test_build_edit_and_gradual(self):
        m = argmap.Map()
        m.title = "tram"
        m.add_claim("t", "Build a tram.", kind="thesis", weight=0.5)
        m.add_claim("o", "Too expensive.")
        rid = m.add_relation("attack", "o", "t")
        self.assertEqual(rid, "r1")
        self.assertEqual(m.evaluate(), {"t": "out", "o": "in"})
        # DF-QuAD: 0.5 - 0.5 * 1 = 0.
        self.assertAlmostEqual(m.gradual("df-quad")["t"], 0.0)
        # h-categorizer: 0.5 / (1 + 1) = 0.25.
        self.assertAlmostEqual(m.gradual("h-categorizer")["t"], 0.25)
        m.add_claim("g", "A grant pays for it.", kind="evidence")
        m.add_relation("attack", "g", "o", weight=0.5)
        self.assertEqual(m.evaluate()["t"], "in")
        self.assertEqual(m.evaluate(min_weight=0.6)["t"], "out")
        with self.assertRaises(ValueError):
            m.add_relation("attack", "o", "nobody")
        with self.assertRaises(ValueError):
            m.add_claim("x", weight=2.0)
        with self.assertRaises(ValueError):
            m.evaluate("fuzzy")

    def test_formats_round_trip(self):
        m = argmap.load(EXAMPLE)
        for fmt in ("xml", "json"):
            self.assertTrue(argmap.parse(m.to(fmt), fmt) == m)
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "ca.graphml")
            m.save(path)
            back = argmap.load(path)
            self.assertEqual(len(back), 45)
            svg = os.path.join(d, "ca.svg")
            m.render(svg)
            with open(svg, encoding="utf-8") as f:
                self.assertIn("<svg", f.read())

    def test_errors_name_the_position(self):
        with self.assertRaises(ValueError) as cm:
            argmap.parse("[A]: x {weight: 7}")
        self.assertIn("<string>:1:17", str(cm.exception))

    def test_solve(self):
        af = os.path.join(DATA, "floating.af")
        self.assertEqual(argmap.solve("DC-PR", af, "4"), (True, ["1", "4"]))
        self.assertEqual(argmap.solve("DS-PR", af, "4"), (True, None))
        self.assertEqual(argmap.solve("DS-GR", af, "4"), (False, []))
        self.assertEqual(argmap.solve("EE-PR", af), [["1", "4"], ["2", "4"]])
        self.assertEqual(argmap.solve("CE-CO", af), 3)
        self.assertEqual(argmap.solve("SE-SST", os.path.join(DATA, "sst.apx")), (True, ["b"]))


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=2).result
    sys.exit(0 if result.wasSuccessful() and result.testsRun > 0 else 1)
