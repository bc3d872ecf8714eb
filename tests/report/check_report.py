#!/usr/bin/env python3
"""The HTML report in a real browser.

Writes `argmap report MAP`, opens it in headless Chromium with a fragment that selects a claim,
semantics, audience and gradual semantics (what a click and the selectors do), takes the DOM
after the page's script ran, and checks it against what `argmap eval --format json` and
`argmap explain --format json` compute: every node's status and fill, and the claim panel's id,
text, status, strength, place and explanation. It also checks that no text of the map became
markup: exactly the page's two scripts, no element or attribute a text could have smuggled in,
the title as text. Exits non-zero with a message on the first failed check.
"""
import argparse
import html.parser
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.parse

failures = []


def check(cond, message):
    if not cond:
        failures.append(message)
        print("FAIL:", message, file=sys.stderr)


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def walk(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.walk()


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Tree(html.parser.HTMLParser):
    """A DOM tree from Chromium's serialisation (SVG children are written with end tags)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", [], None)
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def run(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("command failed (%d): %s\n%s" % (r.returncode, " ".join(cmd), r.stderr))
    return r.stdout


def dump_dom(chromium, path, fragment, profile):
    url = "file://" + urllib.parse.quote(os.path.abspath(path)) + "#" + fragment
    cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + profile,
           "--dump-dom", url]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if r.returncode != 0 or "<html" not in r.stdout:
        sys.exit("chromium could not load the page (%d): %s\n%s" % (r.returncode, " ".join(cmd), r.stderr[-2000:]))
    return r.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--chromium", default="")
    ap.add_argument("--map", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--select", required=True, help="claim id to click")
    ap.add_argument("--semantics", default="grounded")
    ap.add_argument("--audience", default="")
    ap.add_argument("--gradual", default="df-quad")
    ap.add_argument("--click", action="store_true",
                    help="select by a click event the page dispatches on the node's shape (#click=) instead of #select=")
    a = ap.parse_args()
    chromium = a.chromium or shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium or chromium.endswith("NOTFOUND"):
        sys.exit("chromium is not installed: scripts/install-deps.sh installs Debian's chromium")

    os.makedirs(a.work, exist_ok=True)
    page = os.path.join(a.work, os.path.splitext(os.path.basename(a.map))[0] + ".html")
    run([a.cli, "report", a.map, "-o", page])

    ev_cmd = [a.cli, "eval", a.map, "--semantics", a.semantics, "--format", "json"]
    if a.audience:
        ev_cmd += ["--camp", a.audience]
    ev = json.loads(run(ev_cmd))
    claims = ev["claims"]
    status = [c["label"] if "label" in c else c["acceptance"] for c in claims]
    strength = {c["id"]: c["strength"] for c in json.loads(run([a.cli, "eval", a.map, "--gradual", a.gradual, "--format", "json"]))["claims"]}

    fragment = "&".join("%s=%s" % (k, urllib.parse.quote(v, safe=""))
                        for k, v in [("click" if a.click else "select", a.select), ("semantics", a.semantics), ("audience", a.audience),
                                     ("gradual", a.gradual)] if v)
    with tempfile.TemporaryDirectory() as profile:
        dom = dump_dom(chromium, page, fragment, profile)
    with open(page + ".dom.html", "w", encoding="utf-8") as f:
        f.write(dom)
    t = Tree()
    t.feed(dom)
    by_id = {n.attrs["id"]: n for n in t.root.walk() if "id" in n.attrs}

    # The legend says which colour each status has; every node must wear its claim's.
    legend = {n.attrs["data-status"]: n.attrs["data-fill"] for n in by_id["legend"].walk() if "data-status" in n.attrs}
    check(len(legend) == 3 and len(set(legend.values())) == 3, "legend has three statuses in three colours: %s" % legend)
    for i, c in enumerate(claims):
        g = by_id.get("claim_%d" % i)
        check(g is not None, "no node for claim %r" % c["id"])
        if g is None:
            continue
        title = [n for n in g.walk() if n.tag == "title"]
        check(title and title[0].text() == c["id"], "node claim_%d is titled %r, expected %r" % (i, title and title[0].text(), c["id"]))
        check(g.attrs.get("data-status") == status[i], "%r: page says %r, argmap eval says %r" % (c["id"], g.attrs.get("data-status"), status[i]))
        fills = [n.attrs["fill"] for n in g.walk() if n.tag in ("polygon", "path", "ellipse") and n.attrs.get("fill", "none") != "none"]
        check(fills and all(f == legend.get(status[i]) for f in fills),
              "%r: fills %s, legend colour of %s is %s" % (c["id"], fills, status[i], legend.get(status[i])))
        check(abs(float(g.attrs.get("data-strength", "nan")) - strength[c["id"]]) < 1e-12 if "data-strength" in g.attrs else False,
              "%r: strength %s, argmap eval --gradual says %s" % (c["id"], g.attrs.get("data-strength"), strength[c["id"]]))
        check(("selected" in g.attrs.get("class", "").split()) == (c["id"] == a.select), "%r: selection mark" % c["id"])

    # The panel of the clicked claim.
    k = [c["id"] for c in claims].index(a.select)
    c = claims[k]
    text = lambda i: by_id[i].text() if i in by_id else None
    check(text("panel-id") == c["id"], "panel id %r, expected %r" % (text("panel-id"), c["id"]))
    check(text("panel-text") == c["text"], "panel text %r, expected %r" % (text("panel-text"), c["text"]))
    check(text("panel-status") == status[k], "panel status %r, expected %r" % (text("panel-status"), status[k]))
    check(text("panel-strength") is not None and abs(float(text("panel-strength")) - strength[c["id"]]) <= 5e-5,
          "panel strength %r, expected %s" % (text("panel-strength"), strength[c["id"]]))
    if c["locator"]:
        check(text("panel-locator") == c["locator"], "panel place %r, expected %r" % (text("panel-locator"), c["locator"]))
    if c["camps"]:
        check(text("panel-camps") is not None, "panel shows no camps")
    if not a.audience:
        why = json.loads(run([a.cli, "explain", a.map, a.select, "--format", "json"]))
        box = text("panel-explanation") or ""
        check(why["reason"] in box and box.count(" is ") >= 1, "explanation %r lacks %r" % (box[:200], why["reason"]))
        for b in why["because"]:
            check(b["subject"] in box and b["reason"] in box, "explanation lacks the reason of %r" % b["subject"])

    # Nothing the map says became markup.
    scripts = [n for n in t.root.walk() if n.tag == "script"]
    check(len(scripts) == 2, "%d script elements, expected the page's 2" % len(scripts))
    allowed = {"#document", "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "label", "select",
               "option", "div", "main", "aside", "script", "p", "dl", "dt", "dd", "span", "ul", "li", "strong", "svg", "g",
               "title", "polygon", "polyline", "path", "ellipse", "text", "a", "br"}
    for n in t.root.walk():
        check(n.tag in allowed, "unexpected element <%s>" % n.tag)
        for name in n.attrs:
            check(not name.startswith("on"), "event attribute %s on <%s>" % (name, n.tag))
        if n.tag == "a":
            check(all(not v.lower().lstrip().startswith("javascript") for v in n.attrs.values() if v), "javascript link")
    head_title = [n for n in t.root.walk() if n.tag == "title" and n.parent.tag == "head"]
    check(head_title and head_title[0].text() == (ev["title"] or "Argument map"),
          "document title %r, expected %r" % (head_title and head_title[0].text(), ev["title"]))
    # Nothing is fetched: no element names a resource.
    for n in t.root.walk():
        for name in ("src", "href", "xlink:href", "data", "srcset", "poster"):
            check(name not in n.attrs, "<%s %s=%r> would fetch or link" % (n.tag, name, n.attrs.get(name)))
    for s in [n for n in t.root.walk() if n.tag == "style"]:
        check("url(" not in s.text() and "@import" not in s.text(), "the style sheet loads something")
    print("%d claims checked in %s (%s%s); %d failures" % (len(claims), page, a.semantics,
                                                           ", audience " + a.audience if a.audience else "", len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
