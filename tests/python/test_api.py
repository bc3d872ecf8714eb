"""The whole Python API: editing, every semantics, frameworks, formats, rendering, errors,
threads. Expected values are worked out by hand from the small maps and frameworks below."""
import copy
import os
import sys
import tempfile
import threading
import unittest
import warnings

import argmap

EXAMPLE = os.environ["ARGMAP_EXAMPLE"]
DATA = os.environ["ARGMAP_TEST_DATA"]


def tram():
    """t <- o (attack) <- g (attack, 0.5); s supports t."""
    m = argmap.Map()
    m.title = "tram"
    m.add_claim("t", "Build a *tram*.", kind="thesis", weight=0.5)
    m.add_claim(argmap.Claim("o", text="Too expensive.", camps=[], tags=["cost"]))
    m.add_claim("g", "A grant pays for it.", kind="evidence", source="council", locator="p. 3", date="2024-01-02", url="http://x.invalid")
    m.add_claim("s", "Cleaner air.")
    m.add_relation("attack", "o", "t")
    m.add_relation(argmap.Relation("attack", "g", "o", weight=0.5))
    m.add_relation("support", "s", "t", id="sup")
    return m


def pairs(k):
    """k disjoint mutual attacks: 2^k preferred (and stable) extensions, 3^k complete ones."""
    return argmap.Framework(2 * k, [(2 * i + d, 2 * i + 1 - d) for i in range(k) for d in (0, 1)])


class ModelTests(unittest.TestCase):
    def test_claims_relations_camps(self):
        m = tram()
        self.assertEqual([c.id for c in m], ["t", "o", "g", "s"])
        self.assertIn("g", m)
        self.assertNotIn("x", m)
        self.assertEqual(m.claim("t").plain_text, "Build a tram.")
        g = m.claim("g")
        self.assertEqual((g.kind, g.source, g.locator, g.date, g.url), ("evidence", "council", "p. 3", "2024-01-02", "http://x.invalid"))
        self.assertEqual([r.id for r in m.relations], ["r1", "r2", "sup"])
        self.assertEqual(m.relation("r2").weight, 0.5)
        self.assertEqual([r.id for r in m.relations_into("t")], ["r1", "sup"])
        self.assertEqual([r.id for r in m.relations_from("g")], ["r2"])
        # Undercut of r1: the inference from o to t.
        m.add_claim("u", "The estimate is old.")
        uid = m.add_relation("undercut", "u", "r1")
        self.assertEqual([r.id for r in m.undercuts_of("r1")], [uid])
        m.remove_relation("r1")  # takes its undercut along
        self.assertFalse(m.has_relation(uid))
        self.assertEqual(len(m.relations), 2)

        m.add_camp("green", name="Greens", color="#00aa00", preferences=["air"])
        m.add_camp(argmap.Camp("red", name="Reds"))
        m.edit_claim("s", camps=["green"], values=["air"], weight=0.9)
        self.assertEqual(m.claim("s").camps, ["green"])
        self.assertEqual(m.claim("s").weight, 0.9)
        m.edit_camp("red", description="cost first")
        self.assertEqual(m.camp("red").description, "cost first")
        m.remove_camp("green")
        self.assertEqual(m.claim("s").camps, [])
        self.assertFalse(m.has_camp("green"))
        m.set_metadata("author", "ann")
        self.assertEqual(m.metadata, {"author": "ann"})
        c = m.claim("o")
        c.text = "Far too expensive."
        m.update_claim(c)
        self.assertEqual(m.claim("o").text, "Far too expensive.")
        m.remove_claim("o")
        self.assertEqual([r.id for r in m.relations], ["sup"])

    def test_errors(self):
        m = tram()
        with self.assertRaises(argmap.ModelError):
            m.add_claim("t")  # duplicate id
        with self.assertRaises(ValueError):
            m.add_relation("attack", "o", "nobody")
        with self.assertRaises(ValueError):
            m.add_relation("rebut", "o", "t")
        with self.assertRaises(KeyError):
            m.claim("nobody")
        with self.assertRaises(KeyError):
            m.edit_claim("nobody", text="x")
        with self.assertRaises(AttributeError):
            m.edit_claim("t", colour="red")
        with self.assertRaises(ValueError):
            m.edit_claim("t", weight=3.0)
        self.assertEqual(m.claim("t").weight, 0.5)  # a refused edit changes nothing
        with self.assertRaises(ValueError):
            m.evaluate("fuzzy")
        with self.assertRaises(ValueError):
            m.evaluate(support="telepathic")

    def test_copy_and_equality(self):
        m = tram()
        for c in (m.copy(), copy.copy(m), copy.deepcopy(m)):
            self.assertTrue(c == m)
            c.remove_claim("s")
            self.assertFalse(c == m)
            self.assertEqual(len(m), 4)


class SemanticsTests(unittest.TestCase):
    def test_extension_semantics_on_a_map(self):
        m = tram()
        ev = m.evaluate()
        # g is unattacked (in), so o is out and t is in; s is unattacked.
        self.assertEqual(dict(ev), {"t": "in", "o": "out", "g": "in", "s": "in"})
        self.assertIsInstance(ev, dict)
        self.assertEqual(ev.semantics, "grounded")
        self.assertTrue(ev.complete)
        # Without the lighter attack g -> o, o defeats t.
        self.assertEqual(m.evaluate(min_weight=0.6)["t"], "out")
        # Deductive support: s supports t, o attacks t: supported attack o -> ... none; mediated:
        # o attacks t and s supports t, so o attacks s. g still defeats o.
        self.assertEqual(m.evaluate(support="deductive")["s"], "in")
        self.assertEqual(m.evaluate(support="deductive", min_weight=0.6)["s"], "out")

    def test_extensions_and_decisions(self):
        m = argmap.parse("[a]: A\n  - [b]: B\n    - [a]\n  - [c]: C\n")
        # a <-> b, c -> a: c in, a out, b in.
        self.assertEqual(m.extensions("preferred"), [["b", "c"]])
        m.remove_claim("c")
        self.assertEqual(sorted(m.extensions("preferred")), [["a"], ["b"]])
        self.assertEqual(m.count_extensions("complete"), 3)
        self.assertEqual(m.credulous("a"), (True, ["a"]))
        self.assertEqual(m.sceptical("a"), (False, ["b"]))
        self.assertEqual(m.evaluate("preferred")["a"], "credulous")
        self.assertEqual(m.extensions("stable", limit=1) in ([["a"]], [["b"]]), True)
        fw = m.framework()
        self.assertEqual(sorted(fw.names), ["a", "b"])
        self.assertEqual(fw.attack_count, 2)

    def test_gradual(self):
        m = tram()
        # DF-QuAD, acyclic: g = 1, s = 1; o = 1 - 1 * 0.5 = 0.5 (the attack weighs 0.5);
        # t: attack 0.5 and support 1 from base 0.5: 0.5 + (1 - 0.5) * (1 - 0.5) = 0.75.
        st = m.gradual("df-quad")
        self.assertAlmostEqual(st["o"], 0.5)
        self.assertAlmostEqual(st["t"], 0.75)
        self.assertTrue(st.converged)
        self.assertEqual(st.method, "exact")
        # min_weight drops g -> o: o = 1, t = 0.5 + 0.5 * (1 - 1) = 0.5.
        self.assertAlmostEqual(m.gradual("df-quad", min_weight=0.6)["t"], 0.5)
        # h-categorizer on a raw framework: 0 <- 1: 1 / (1 + 1) = 0.5.
        raw = argmap.strengths([1.0, 1.0], attacks=[(1, 0, 1.0)], semantics="h-categorizer")
        self.assertAlmostEqual(raw[0], 0.5)
        self.assertAlmostEqual(raw[1], 1.0)
        with self.assertRaises(ValueError):
            argmap.strengths([2.0])

    def test_audiences_budgets_explain_diff(self):
        m = argmap.load(EXAMPLE)
        a = m.audiences()
        self.assertEqual(sorted(a["camps"]), sorted(c.id for c in m.camps))
        # Each camp judges as its own audience; objective acceptance is sceptical for every camp.
        for claim in a["objective"]:
            for camp in a["camps"].values():
                self.assertEqual(camp["preferred"][claim], "sceptical")
        for claim in a["subjective"]:
            self.assertTrue(any(c["preferred"][claim] != "rejected" for c in a["camps"].values()))
        self.assertEqual(a["camps"]["clash"]["grounded"], dict(m.evaluate(camp="clash")))

        b = tram().budgets()
        self.assertEqual(b["t"], (0.0, 0.0))  # already in
        self.assertEqual(b["o"], (0.5, 0.5))  # drop g -> o (0.5)

        e = tram().explain("t")
        self.assertEqual((e.subject, e.label), ("t", "in"))
        self.assertIn("o", [x.subject for x in e.because])
        self.assertIn("t", str(e))

        before, after = tram(), tram()
        after.remove_claim("g")
        after.edit_claim("s", text="Clean air.")
        d = argmap.diff(before, after)
        self.assertEqual(d.removed_claims, ["g"])
        self.assertEqual(d.changed_claims, [("s", ["text"])])
        self.assertEqual(d.removed_relations, ["attack g -> o"])
        self.assertEqual(before.describe_relation("r2"), "attack g -> o")
        self.assertEqual(sorted(d.label_changes), [("g", "in", None), ("o", "out", "in"), ("t", "in", "out")])
        self.assertTrue(d)
        self.assertFalse(argmap.diff(before, tram()))


class FrameworkTests(unittest.TestCase):
    def test_built_framework(self):
        # 0 <-> 1, 1 -> 2.
        af = argmap.Framework(3, [(0, 1), (1, 0), (1, 2)], names=["a", "b", "c"])
        self.assertEqual(len(af), 3)
        self.assertEqual(af.attacks, [(0, 1), (1, 0), (1, 2)])
        self.assertEqual(af.grounded(), ["undec", "undec", "undec"])
        self.assertEqual(af.credulous("preferred", "c"), (True, ["a", "c"]))
        self.assertEqual(af.sceptical("PR", 2), (False, ["b"]))
        self.assertEqual(sorted(af.extensions("stable")), [["a", "c"], ["b"]])
        self.assertEqual(af.count("complete"), 3)
        self.assertEqual(af.some_extension("grounded"), (True, []))
        self.assertEqual(af.attackers("c"), ["b"])
        self.assertEqual(af.solve("DC-ST", "c"), (True, ["a", "c"]))
        self.assertEqual(af.solve("CE-PR"), 2)
        # Counts are exact Python ints past 2^64: 70 mutual attacks, 2^70 stable, 3^70 complete.
        self.assertEqual(pairs(70).count("stable"), 2 ** 70)
        self.assertEqual(pairs(70).solve("CE-CO"), 3 ** 70)
        # c needs the attack b -> c (weight 0.25) dropped under grounded, or b -> a and a -> b ...
        r = af.minimal_budget([1.0, 1.0, 0.25], "grounded", "c")
        self.assertEqual((r["answer"], r["budget"], r["dropped"]), (True, 0.25, [("b", "c")]))
        self.assertEqual(af.labelling_of(["a", "c"]), ["in", "out", "in"])
        self.assertTrue(af.is_complete_labelling(["in", "out", "in"]))
        self.assertFalse(af.is_complete_labelling(["in", "out", "undec"]))  # c's only attacker is out
        self.assertEqual(af.components(), [["a", "b"], ["c"]])
        sub = af.restrict(["b", "c"])
        self.assertEqual((sub.names, sub.attacks), (["b", "c"], [(0, 1)]))
        self.assertEqual(argmap.ICCMA_CODES["preferred"], "PR")
        with self.assertRaises(KeyError):
            af.credulous("preferred", "z")
        with self.assertRaises(IndexError):
            argmap.Framework(2, [(0, 5)])

    def test_files(self):
        af = argmap.load_framework(os.path.join(DATA, "floating.af"))
        self.assertEqual(af.extensions("PR"), [["1", "4"], ["2", "4"]])
        self.assertEqual(argmap.parse_framework("p af 2\n1 2\n").grounded_extension(), ["1"])
        self.assertEqual(argmap.parse_framework("arg(x).\narg(y).\natt(x,y).\n", "apx").grounded(), ["in", "out"])
        with self.assertRaises(argmap.ParseError) as cm:
            argmap.parse_framework("p af 2\n1 3\n")
        self.assertEqual((cm.exception.file, cm.exception.line), ("<string>", 2))

    def test_two_threads_solve_at_once(self):
        results = {}

        def run(k):
            results[k] = pairs(k).count("preferred")

        threads = [threading.Thread(target=run, args=(k,)) for k in (9, 10)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(results, {9: 512, 10: 1024})

    def test_timeout(self):
        # A count with no time at all answers None (unknown) rather than a wrong number.
        self.assertIsNone(pairs(14).count("preferred", timeout=0.0))

    def test_timeouts_beyond_the_clock_are_no_limit(self):
        # 1e30 s and infinity cannot be held by the clock: no deadline, the exact count.
        for t in (1e30, float("inf")):
            self.assertEqual(pairs(6).count("preferred", timeout=t), 64)
        for t in (-1.0, float("nan")):
            with self.assertRaises(ValueError):
                pairs(3).count("preferred", timeout=t)


class FormatTests(unittest.TestCase):
    def test_every_format_writes_and_reads(self):
        ca = argmap.load(EXAMPLE)
        lossless = {"xml", "json"}
        for fmt in argmap.FORMATS:
            if fmt == "argdown-json":
                continue  # read only
            m = tram() if fmt in ("bag", "apx", "tgf") else ca  # names without spaces or commas
            text = m.to(fmt)
            back = argmap.parse(text, fmt)
            if fmt in lossless:
                self.assertTrue(back == m, fmt)
                self.assertEqual(m.lost_in(fmt), [])
            else:
                self.assertEqual(len(back), len(m), fmt)
        m = ca
        self.assertNotEqual(m.lost_in("tgf"), [])
        with self.assertRaises(argmap.WriteError):
            m.to("bag")
        with tempfile.TemporaryDirectory() as d:
            for ext in ("xml", "json", "graphml", "argdown"):
                path = os.path.join(d, "ca." + ext)
                m.save(path)
                self.assertEqual(len(argmap.load(path)), 45)
            m.save(os.path.join(d, "ca.txt"), format="json")
            self.assertTrue(argmap.load(os.path.join(d, "ca.txt"), format="json") == m)
            with self.assertRaises(argmap.WriteError):
                m.save(os.path.join(d, "no", "such", "dir.xml"))

    def test_parse_error_carries_the_position(self):
        with self.assertRaises(argmap.ParseError) as cm:
            argmap.parse("[A]: x {weight: 7}", filename="tram.argdown")
        e = cm.exception
        self.assertIsInstance(e, ValueError)
        self.assertEqual((e.file, e.line, e.column), ("tram.argdown", 1, 17))
        self.assertIn("tram.argdown:1:17", str(e))
        self.assertEqual(e.status, "invalid-value" if "-" in e.status else e.status)
        with self.assertRaises(argmap.ParseError) as cm:
            argmap.parse("<argmap><claims><claim/></claims></argmap>", "xml")
        self.assertTrue(cm.exception.element.startswith("/argmap"))
        with self.assertRaises(argmap.ParseError) as cm:
            argmap.load("/nonexistent/map.argdown")
        self.assertEqual(cm.exception.status, "file-error" if "-" in cm.exception.status else cm.exception.status)

    def test_warnings_become_parse_warnings(self):
        # An AIF edge from a node to itself is not read, with a warning; the rest is read.
        aif = ('{"nodes": [{"nodeID": "1", "text": "a", "type": "I"}, {"nodeID": "2", "text": "b", "type": "I"},'
               ' {"nodeID": "3", "text": "conflict", "type": "CA"}],'
               ' "edges": [{"edgeID": "1", "fromID": "2", "toID": "3"}, {"edgeID": "2", "fromID": "3", "toID": "1"},'
               ' {"edgeID": "3", "fromID": "1", "toID": "1"}]}')
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            m = argmap.parse(aif, "aif")
        self.assertEqual(len(m), 2)
        self.assertEqual([(r.type, m.claim(r.source).text, m.claim(r.target).text) for r in m.relations], [("attack", "b", "a")])
        self.assertEqual([w.category for w in caught], [argmap.ParseWarning])
        self.assertIn("itself", str(caught[0].message))
        self.assertTrue(str(caught[0].message).startswith("<string>"))

    def test_rendering(self):
        m = tram()
        svg = m.svg()
        self.assertTrue(svg.lstrip().startswith("<?xml") or svg.lstrip().startswith("<svg"))
        self.assertIn("Too expensive.", svg)
        self.assertEqual(m._repr_svg_(), svg)
        dot = m.dot(labels=False)
        self.assertIn("digraph", dot)
        self.assertTrue(m.png().startswith(b"\x89PNG"))
        # Colours follow the labels given: o is out under grounded, in when we say so.
        self.assertNotEqual(m.dot(), m.dot(labels={"o": "in"}))
        self.assertEqual(m.dot(labels=m.evaluate()), m.dot())
        with self.assertRaises(ValueError):
            m.dot(labels={"o": "maybe"})
        with tempfile.TemporaryDirectory() as d:
            m.render(os.path.join(d, "t.svg"), rankdir="BT", wrap_width=20)
            with open(os.path.join(d, "t.svg"), encoding="utf-8") as f:
                self.assertIn("<svg", f.read())


class NotebookDisplayTests(unittest.TestCase):
    def test_evaluation_table(self):
        html = tram().evaluate()._repr_html_()
        self.assertIn("<table", html)
        self.assertEqual(html.count("<tr>"), 5)  # header + 4 claims
        self.assertIn("A grant pays for it.", html)
        self.assertIn("<table", tram().gradual()._repr_html_())


class StubTests(unittest.TestCase):
    def test_every_public_name_is_in_the_stub(self):
        stub = os.environ.get("ARGMAP_STUB") or os.path.join(os.path.dirname(argmap.__file__), "argmap.pyi")
        with open(stub, encoding="utf-8") as f:
            text = f.read()
        import re
        defined = set(re.findall(r"^\s*(?:def|class)\s+(\w+)", text, re.M)) | set(re.findall(r"^\s*(\w+)\s*:", text, re.M))
        missing = []
        for name in dir(argmap):
            if name.startswith("_"):
                continue
            if name not in defined:
                missing.append(name)
            obj = getattr(argmap, name)
            if isinstance(obj, type):
                for attr in vars(obj):
                    if not attr.startswith("_") and attr not in defined:
                        missing.append(name + "." + attr)
        self.assertEqual(missing, [])


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=2).result
    sys.exit(0 if result.wasSuccessful() and result.testsRun > 0 else 1)
