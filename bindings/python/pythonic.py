# The parts of the argmap module that are written in Python: exception and result classes,
# notebook display, NetworkX conversion. CMake embeds this file in the extension
# (pythonic.cpp runs it at import); it is not imported on its own.
from html import escape as _escape


class ParseError(ValueError):
    """A map or framework could not be read. str() is "file:line:column: error: message";
    the attributes hold the parts (line and column are 0 when unknown)."""

    def __init__(self, message, file="", line=0, column=0, element="", status=""):
        super().__init__(message)
        self.file = file
        self.line = line
        self.column = column
        self.element = element
        self.status = status


class ParseWarning(UserWarning):
    """Something a reader read but did not understand, or guessed ("file:line:column: message")."""


def _text(m, claim):
    return m.claim(claim).text if m is not None and claim in m else ""


_COLOURS = {"in": "#c8e6c9", "out": "#ffcdd2", "undec": "#ffe0b2",
            "sceptical": "#c8e6c9", "credulous": "#ffe0b2", "rejected": "#ffcdd2"}


class Evaluation(dict):
    """{claim id: label or acceptance status} from one extension semantics. Labels (in, out,
    undec) for grounded, ideal and eager; acceptance (sceptical, credulous, rejected) for the
    others. complete is False when a timeout cut the evaluation short: claims left undecided
    then read None, the others have their final value;
    has_extension is False when the semantics has no extension (stable)."""

    def __init__(self, values, semantics, complete=True, has_extension=True, map=None):
        super().__init__(values)
        self.semantics = semantics
        self.complete = complete
        self.has_extension = has_extension
        self._map = map  # for the claims' texts in the notebook table

    def __repr__(self):
        return "Evaluation(%s, %s)" % (self.semantics, dict.__repr__(self))

    def _repr_html_(self):
        rows = []
        for claim, value in self.items():
            rows.append('<tr><td>%s</td><td style="background:%s">%s</td><td>%s</td></tr>' % (
                _escape(claim), _COLOURS.get(value, "#ffffff"), _escape("unknown" if value is None else value),
                _escape(_text(self._map, claim))))
        note = "" if self.complete else " (incomplete: the time limit was reached)"
        return ('<table class="argmap-evaluation"><caption>%s%s</caption>'
                '<thead><tr><th>claim</th><th>status</th><th>text</th></tr></thead><tbody>%s</tbody></table>'
                % (_escape(self.semantics), note, "".join(rows)))


class Strengths(dict):
    """{claim id: strength in [0, 1]} from one gradual semantics, with how the iteration went."""

    def __init__(self, values, semantics, converged, iterations, residual, method, map=None):
        super().__init__(values)
        self.semantics = semantics
        self.converged = converged
        self.iterations = iterations
        self.residual = residual
        self.method = method
        self._map = map

    def __repr__(self):
        return "Strengths(%s, %s)" % (self.semantics, dict.__repr__(self))

    def _repr_html_(self):
        rows = []
        for claim, value in self.items():
            bar = '<div style="background:#90caf9;width:%dpx;height:0.8em"></div>' % round(100 * value)
            rows.append("<tr><td>%s</td><td>%.4f</td><td>%s</td><td>%s</td></tr>" % (
                _escape(claim), value, bar, _escape(_text(self._map, claim))))
        return ('<table class="argmap-strengths"><caption>%s (%s, %d iterations)</caption>'
                '<thead><tr><th>claim</th><th>strength</th><th></th><th>text</th></tr></thead><tbody>%s</tbody></table>'
                % (_escape(self.semantics), self.method, self.iterations, "".join(rows)))


# ---- NetworkX ----
# A map is a networkx.MultiDiGraph: a node per claim (attributes: the claim's fields), an edge
# per relation keyed by its id (attributes: type, weight, data). An undercut is an edge from the
# undercutter to the end of the relation it attacks, with attribute relation = that relation's
# id. graph["title"], graph["metadata"], graph["camps"] and graph["relation_order"] keep the
# rest, so that from_networkx(m.to_networkx()) == m.

_CLAIM_FIELDS = ("text", "kind", "camps", "weight", "tags", "group", "values", "source", "locator", "date", "url", "data")


def _to_networkx(self):
    import networkx
    g = networkx.MultiDiGraph()
    g.graph["title"] = self.title
    g.graph["metadata"] = dict(self.metadata)
    g.graph["camps"] = [{"id": c.id, "name": c.name, "description": c.description, "color": c.color,
                         "preferences": list(c.preferences)} for c in self.camps]
    g.graph["relation_order"] = [r.id for r in self.relations]
    for c in self.claims:
        g.add_node(c.id, **{f: getattr(c, f) for f in _CLAIM_FIELDS})
    for r in self.relations:
        attrs = {"type": r.type, "weight": r.weight, "data": dict(r.data)}
        if r.type == "undercut":
            attacked = self.relation(r.target)
            while attacked.type == "undercut":
                attacked = self.relation(attacked.target)
            target = attacked.target
            attrs["relation"] = r.target
            g.add_edge(r.source, target, key=r.id, **attrs)
        else:
            g.add_edge(r.source, r.target, key=r.id, **attrs)
    return g


def from_networkx(graph):
    """A map from a NetworkX graph: every node a claim (id str(node); attributes as Map.to_networkx
    writes them, all optional), every edge a relation (type attack unless the edge says support
    or undercut; an undercut names the relation it attacks in its "relation" attribute)."""
    from argmap import Map, Claim, Camp
    m = Map()
    m.title = str(graph.graph.get("title", ""))
    for k, v in dict(graph.graph.get("metadata", {})).items():
        m.set_metadata(str(k), str(v))
    for c in graph.graph.get("camps", []):
        m.add_camp(Camp(**c))
    for node, attrs in graph.nodes(data=True):
        fields = {f: attrs[f] for f in _CLAIM_FIELDS if f in attrs}
        m.add_claim(Claim(str(node), **fields))
    multi = graph.is_multigraph()
    edges = []
    for e in (graph.edges(keys=True, data=True) if multi else graph.edges(data=True)):
        u, v, attrs = (e[0], e[1], e[3]) if multi else e
        key = e[2] if multi and isinstance(e[2], str) else ""
        kind = attrs.get("type", "attack")
        target = str(attrs["relation"]) if kind == "undercut" else str(v)
        edges.append((key, kind, str(u), target, float(attrs.get("weight", 1.0)), dict(attrs.get("data", {}))))
    order = {rid: i for i, rid in enumerate(graph.graph.get("relation_order", []))}
    edges.sort(key=lambda e: order.get(e[0], len(order)))
    # An undercut needs the relation it attacks: add edges whose target exists, until none is left.
    while edges:
        rest = []
        for key, kind, u, target, weight, data in edges:
            if kind == "undercut" and not m.has_relation(target):
                rest.append((key, kind, u, target, weight, data))
                continue
            m.add_relation(kind, u, target, weight=weight, id=key, data=data)
        if len(rest) == len(edges):
            raise ValueError("undercut of a relation the graph does not have: %s" % rest[0][3])
        edges = rest
    return m
