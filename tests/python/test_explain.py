"""argmap.Map.why: the explanation as a dict, checked against the map's own evaluation."""
import os

import argmap

m = argmap.parse("[a]: A\n  - [b]: B\n  -> [b]\n[c]: C\n  - [b]\n")
x = m.why("c", semantics="preferred")
assert x["verdict"] == "credulous", x
assert x["claim"] == "c"
assert "c" in x["extension"] and "b" not in x["extension"]
assert x["defence"]["tree"]["argument"] == "c"
assert x["defence"]["tree"]["role"] == "proponent"
assert "accepted credulously" in x["text"]
g = m.why("c")  # grounded: b is undecided, so c is rejected
assert g["verdict"] == "rejected" and g["semantics"] == "grounded"

ca = argmap.load(os.environ["ARGMAP_EXAMPLE"])
status = ca.evaluate("preferred")
for cid, st in status.items():
    e = ca.why(cid, semantics="PR")
    assert e["verdict"] == st, (cid, e["verdict"], st)

try:
    m.why("nobody")
    raise AssertionError("expected KeyError")
except KeyError:
    pass
try:
    m.why("a", semantics="fuzzy")
    raise AssertionError("expected ValueError")
except ValueError:
    pass
print("ok")
