"""Claim tracking from Python: histories, revisions, operations, timelines and git histories.
Every expected value is computed by hand from the small maps below, not taken from the module."""
import os
import shutil
import subprocess
import tempfile
import unittest

import argmap

V1 = "[tram]: build it\n  - [cost]: too costly {weight: 0.8}\n"
V2 = "[tram]: build it\n  - [cost]: too costly {weight: 0.6}\n    - [grant]: a grant pays {kind: evidence}\n"
V3 = "[tram]: build it, now\n  - [cost]: too costly {weight: 0.6}\n    - [grant]: a grant pays {kind: evidence}\n"


def tram_history():
    h = argmap.History()
    h.commit(argmap.parse(V1), message="first", author="ann", timestamp="2024-01-01")
    h.commit(argmap.parse(V2), message="grant", author="bob", timestamp="2024-02-01T10:00:00Z")
    h.commit(argmap.parse(V3), message="reword", author="ann", timestamp="2024-03-01")
    return h


class HistoryTests(unittest.TestCase):
    def test_commit_and_checkout(self):
        h = tram_history()
        self.assertEqual(len(h), 3)
        self.assertEqual([r.id for r in h.revisions], ["1", "2", "3"])
        self.assertEqual([r.author for r in h.revisions], ["ann", "bob", "ann"])
        self.assertTrue(h.checkout(1) == argmap.parse(V1))
        self.assertTrue(h.checkout("2") == argmap.parse(V2))
        self.assertTrue(h.checkout("2024-01-31") == argmap.parse(V1))
        self.assertEqual(len(h.checkout(0)), 0)
        self.assertTrue(h.head == argmap.parse(V3))
        with self.assertRaises(KeyError):
            h.checkout(9)
        # Nothing changed: nothing recorded.
        self.assertIsNone(h.commit(argmap.parse(V3), message="same"))
        self.assertEqual(len(h), 3)

    def test_operations_apply_and_revert(self):
        h = tram_history()
        ops = h.revisions[1].operations
        self.assertEqual([o.kind for o in ops], ["edit-claim", "add-claim", "add-relation"])
        self.assertEqual(str(ops[0]), "~ claim cost (weight)")
        m = h.checkout(1)
        for o in ops:
            m.apply(o)
        self.assertTrue(m == h.checkout(2))
        for o in reversed(ops):
            m.revert(o)
        self.assertTrue(m == h.checkout(1))
        # Applying an edit to a map in another state is refused and changes nothing.
        with self.assertRaises(argmap.HistoryError):
            m.apply(ops[1].inverse())
        self.assertTrue(m == h.checkout(1))
        # A whole revision applies and reverts at once.
        m.apply(h.revisions[1])
        self.assertTrue(m == h.checkout(2))
        m.revert(h.revisions[1])
        self.assertTrue(m == h.checkout(1))
        with self.assertRaises(TypeError):
            m.apply("not an operation")
        between = argmap.operations_between(argmap.parse(V1), argmap.parse(V2))
        self.assertEqual([str(o) for o in between], [str(o) for o in ops])

    def test_persistence(self):
        h = tram_history()
        for fmt in ("xml", "json"):
            self.assertTrue(argmap.parse_history(h.to(fmt), fmt) == h)
            # Read as a plain map, a file with a history is its head.
            self.assertTrue(argmap.parse(h.to(fmt), fmt) == h.head)
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "tram.json")
            h.save(path)
            self.assertTrue(argmap.load_history(path) == h)
        tampered = h.to("xml").replace('weight="0.8"', 'weight="0.7"', 1)
        with self.assertRaises(ValueError) as cm:
            argmap.parse_history(tampered, "xml")
        self.assertIn("/argmap/history[1]", str(cm.exception))

    def test_timeline(self):
        h = tram_history()
        t = h.timeline(gradual="df-quad")
        self.assertEqual(t.revisions, ["1", "2", "3"])
        self.assertEqual(t.claims, ["tram", "cost", "grant"])
        tram = t.status("tram")
        self.assertEqual([s["label"] for s in tram], ["out", "in", "in"])
        # DF-QuAD: v1 tram = 1 - 0.8 = 0.2; v2 cost = 0.6 - 0.6 * 1 = 0, so tram = 1.
        self.assertAlmostEqual(tram[0]["strength"], 0.2)
        self.assertAlmostEqual(tram[1]["strength"], 1.0)
        self.assertFalse(t.status("grant")[0]["present"])
        changes = t.changes("tram")
        self.assertEqual([c[0] for c in changes], ["1", "2"])  # the rewording changed nothing
        self.assertEqual(changes[1][1]["label"], "out")
        self.assertEqual(changes[1][2]["label"], "in")
        self.assertLess(t.evaluations, 3)
        self.assertIn("<svg", t.svg("tram"))
        pr = h.timeline(semantics="preferred")
        self.assertEqual([s["acceptance"] for s in pr.status("cost")], ["sceptical", "rejected", "rejected"])
        with self.assertRaises(KeyError):
            t.status("nobody")
        with self.assertRaises(ValueError):
            h.timeline(semantics="fuzzy")


@unittest.skipIf(shutil.which("git") is None, "git is not installed")
class GitTests(unittest.TestCase):
    def test_git_history(self):
        with tempfile.TemporaryDirectory() as d:
            env = dict(os.environ, HOME=d, GIT_CONFIG_NOSYSTEM="1", GIT_AUTHOR_NAME="Ann", GIT_AUTHOR_EMAIL="a@x",
                       GIT_COMMITTER_NAME="C", GIT_COMMITTER_EMAIL="c@x")

            def git(*args, date="2024-01-01T10:00:00Z"):
                subprocess.run(["git", *args], cwd=d, check=True, capture_output=True,
                               env=dict(env, GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date))

            path = os.path.join(d, "tram.argdown")
            git("init", "-q", "-b", "main")
            with open(path, "w", encoding="utf-8") as f:
                f.write(V1)
            git("add", "tram.argdown")
            git("commit", "-q", "-m", "first")
            with open(os.path.join(d, "notes.txt"), "w", encoding="utf-8") as f:
                f.write("notes\n")
            git("add", "notes.txt")
            git("commit", "-q", "-m", "notes", date="2024-01-05T10:00:00Z")
            with open(path, "w", encoding="utf-8") as f:
                f.write(V2)
            git("commit", "-q", "-a", "-m", "grant", date="2024-02-01T10:00:00+01:00")
            h = argmap.git_history(path)
            self.assertEqual([r.message for r in h.revisions], ["first", "grant"])
            self.assertEqual(h.revisions[1].timestamp, "2024-02-01T10:00:00+01:00")
            self.assertTrue(h.checkout(1) == argmap.parse(V1))
            self.assertTrue(h.head == argmap.parse(V2))
            self.assertEqual([s["label"] for s in h.timeline().status("tram")], ["out", "in"])
            with self.assertRaises(argmap.HistoryError):
                argmap.git_history(os.path.join(d, "missing.argdown"))


if __name__ == "__main__":
    unittest.main()
