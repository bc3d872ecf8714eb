"""Attribution through the Python module: removal values against two evaluations made with the
module's own calls, Shapley efficiency, and the budget's dropped attacks."""
import unittest

import argmap


def debate(without=""):
    m = argmap.Map()
    m.add_claim("t", "Build a tram.", kind="thesis", weight=0.6)
    m.add_claim("cost", "Too expensive.", weight=0.8)
    m.add_claim("jobs", "It creates jobs.", weight=0.7)
    if without != "c-t":
        m.add_relation("attack", "cost", "t", id="c-t")
    if without != "j-t":
        m.add_relation("support", "jobs", "t", id="j-t", weight=0.5)
    return m


class AttributionTests(unittest.TestCase):
    def test_removal_is_a_difference_of_two_evaluations(self):
        m = debate()
        a = argmap.attribute(m, "t", "df-quad", method="removal")
        with_all = m.gradual("df-quad")["t"]
        self.assertAlmostEqual(a["strength"], with_all, places=12)
        for c in a["contributions"]:
            edited = debate(without=c["relation"])
            self.assertAlmostEqual(c["value"], with_all - edited.gradual("df-quad")["t"], places=12)

    def test_shapley_values_add_up(self):
        a = argmap.attribute(debate(), "t", "qe", method="shapley")
        self.assertTrue(a["exact"])
        total = sum(c["value"] for c in a["contributions"])
        self.assertAlmostEqual(total, a["strength"] - a["baseline"], places=12)

    def test_gradient_and_errors(self):
        a = argmap.attribute(debate(), "t", "euler", method="gradient")
        self.assertEqual({c["claim"] for c in a["contributions"]}, {"t", "cost", "jobs"})
        with self.assertRaises(ValueError):
            argmap.attribute(debate(), "t", "nope")
        with self.assertRaises(ValueError):
            argmap.attribute(debate(), "t", "qe", method="lime")

    def test_budget(self):
        b = argmap.attribute_budget(debate(), "t")
        self.assertEqual(b["answer"], "yes")
        self.assertTrue(b["verified"])
        self.assertEqual([d["relations"] for d in b["dropped"]], [["c-t"]])


if __name__ == "__main__":
    unittest.main()
