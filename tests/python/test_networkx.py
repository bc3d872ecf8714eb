"""Maps as NetworkX graphs and back (Debian's python3-networkx)."""
import os
import sys
import unittest

import networkx as nx

import argmap

EXAMPLE = os.environ["ARGMAP_EXAMPLE"]


class NetworkxTests(unittest.TestCase):
    def test_round_trip_of_the_example(self):
        m = argmap.load(EXAMPLE)
        g = m.to_networkx()
        self.assertIsInstance(g, nx.MultiDiGraph)
        self.assertEqual(g.number_of_nodes(), len(m))
        self.assertEqual(g.number_of_edges(), len(m.relations))
        self.assertEqual(g.nodes["Co-existence"]["kind"], "thesis")
        back = argmap.from_networkx(g)
        self.assertTrue(back == m)
        self.assertEqual(back.evaluate(), m.evaluate())

    def test_round_trip_with_undercuts_camps_and_data(self):
        m = argmap.Map()
        m.title = "tram"
        m.set_metadata("author", "ann")
        m.add_camp("c", name="Council", preferences=["money"])
        m.add_claim("t", "Build a tram.", kind="thesis", camps=["c"], data={"k": "v"})
        m.add_claim("o", "Too costly.", weight=0.7, values=["money"])
        m.add_claim("u", "Old estimate.")
        m.add_claim("w", "Estimates age well.")
        m.add_relation("attack", "o", "t", weight=0.8, data={"note": "n"})
        m.add_relation("undercut", "u", "r1", id="cut")
        second = m.add_relation("undercut", "w", "cut")
        g = m.to_networkx()
        self.assertEqual(g.edges["u", "t", "cut"]["relation"], "r1")
        self.assertEqual(g.edges["w", "t", second]["relation"], "cut")
        self.assertTrue(argmap.from_networkx(g) == m)

    def test_a_plain_graph(self):
        # Nodes of any kind become claim ids; edges attack unless they say otherwise.
        g = nx.DiGraph()
        g.add_edge(1, 2)
        g.add_edge(2, 3)
        g.add_edge(4, 3, type="support")
        m = argmap.from_networkx(g)
        self.assertEqual([c.id for c in m], ["1", "2", "3", "4"])
        self.assertEqual([r.type for r in m.relations], ["attack", "attack", "support"])
        # 1 in, 2 out, 3 in (its only attacker is out), 4 in.
        self.assertEqual(dict(m.evaluate()), {"1": "in", "2": "out", "3": "in", "4": "in"})
        g.add_edge(5, 9, type="undercut", relation="nothing")
        with self.assertRaises(ValueError):
            argmap.from_networkx(g)


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=2).result
    sys.exit(0 if result.wasSuccessful() and result.testsRun > 0 else 1)
