"""Predictions through the Python module: marking, validation, persistence and the report."""
import json
import os
import tempfile
import unittest

import argmap


class PredictionTests(unittest.TestCase):
    def build(self):
        m = argmap.Map()
        m.add_claim("forecast", "It will rain by June.")
        m.add_claim("gauge", "The gauge filled on 12 June.", kind="evidence")
        m.add_claim("doubt", "The gauge was broken.")
        m.add_claim("later", "It will snow by 2030.")
        m.add_relation("attack", "doubt", "gauge")
        m.set_prediction("forecast", argmap.Prediction("2024-06-30", "held", "2024-06-12", ["gauge"], note="early"))
        m.set_prediction("later", argmap.Prediction("2030-01-01"))
        return m

    def test_mark_validate_and_read_back(self):
        m = self.build()
        p = m.claim("forecast").prediction
        self.assertEqual((p.horizon, p.status, p.resolved_on, p.evidence, p.note),
                         ("2024-06-30", "held", "2024-06-12", ["gauge"], "early"))
        self.assertIsNone(m.claim("gauge").prediction)
        with self.assertRaises(argmap.ModelError):
            m.set_prediction("later", argmap.Prediction("2030-02-30"))
        with self.assertRaises(argmap.ModelError):
            m.set_prediction("later", argmap.Prediction("2030-01-01", "held", "2030-01-02", ["nobody"]))
        with self.assertRaises(ValueError):
            argmap.Prediction("2030-01-01", "maybe")
        with self.assertRaises(KeyError):
            m.set_prediction("nobody", None)
        for fmt, ext in (("xml", ".xml"), ("json", ".json"), ("argdown", ".argdown")):
            back = argmap.parse(m.to(fmt), fmt)
            self.assertEqual(back, m, fmt)
            with tempfile.TemporaryDirectory() as d:
                path = os.path.join(d, "m" + ext)
                m.save(path)
                self.assertEqual(argmap.load(path).claim("forecast").prediction, p)
        m.set_prediction("later", None)
        self.assertIsNone(m.claim("later").prediction)

    def test_report(self):
        m = self.build()
        r = m.predictions(as_of="2024-01-01")
        self.assertEqual(r["as_of"], "2024-01-01")
        self.assertEqual([e["claim"] for e in r["open"]], ["forecast", "later"])
        self.assertEqual(r["open"][0]["days"], 181)  # 2024-01-01 to 2024-06-30, leap year
        r = m.predictions(as_of="2024-07-01")
        self.assertEqual([e["claim"] for e in r["resolved"]], ["forecast"])
        res = r["resolved"][0]
        # The gauge is attacked by an unattacked doubt, so the resolution's evidence is defeated.
        self.assertEqual(m.evaluate()["gauge"], "out")
        self.assertEqual(res["evidence"], [("gauge", "out")])
        self.assertEqual(res["evidence_standing"], "defeated")
        self.assertTrue(res["flagged"])
        self.assertEqual(m.predictions(as_of="2031-01-01")["due"][0]["claim"], "later")
        self.assertIn("as_of", m.predictions())  # today
        with self.assertRaises(argmap.ModelError):
            m.predictions(as_of="soon")

    def test_json_output_follows_the_schema(self):
        try:
            import jsonschema
        except ImportError:
            self.skipTest("python3-jsonschema not installed")
        with open(os.environ["ARGMAP_SCHEMA"], encoding="utf-8") as f:
            schema = json.load(f)
        doc = json.loads(self.build().to("json"))
        jsonschema.validate(doc, schema)  # an independent check of what the writer emits
        self.assertEqual(doc["claims"][0]["prediction"]["evidence"], ["gauge"])
        bad = json.loads(json.dumps(doc))
        bad["claims"][3]["prediction"]["resolved_on"] = "2030-01-02"  # open but resolved: the schema refuses it too
        with self.assertRaises(jsonschema.ValidationError):
            jsonschema.validate(bad, schema)
        with self.assertRaises(ValueError):
            argmap.parse(json.dumps(bad), "json")


if __name__ == "__main__":
    unittest.main()
