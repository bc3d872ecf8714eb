#!/usr/bin/env python3
# usage: python3 tests/data/bad/generate.py tests/data/bad
# Writes the malformed-input corpus tests/data/bad/ (one file per case) and its expectations.
import os, sys
root = sys.argv[1]
cases = []  # (path, bytes, status, line, col, element, substring)
def case(path, content, status, line='-', col='-', element='-', msg='-'):
    if isinstance(content, str): content = content.encode('utf-8')
    cases.append((path, content, status, str(line), str(col), element, msg))

NS = 'xmlns="https://argmap.dev/ns/native/1" version="1"'
def xml(body): return '<?xml version="1.0" encoding="UTF-8"?>\n<argmap %s>\n%s</argmap>\n' % (NS, body)
CL = '  <claims>\n    <claim id="a" kind="claim" weight="1"><text>A</text></claim>\n    <claim id="b" kind="claim" weight="1"><text>B</text></claim>\n  </claims>\n'

# ---------------- Argdown ----------------
A = 'argdown/'
case(A+'weight-above-one.argdown', '[a]: text {weight: 2}\n', 'invalid_value', 1, '-', '-', "'weight' expects a number in [0,1]")
case(A+'weight-not-number.argdown', '[a]: text\n[b]: text {weight: heavy}\n', 'invalid_value', 2, '-', '-', "'weight' expects a number")
case(A+'unknown-kind.argdown', '[a]: text {kind: banana}\n', 'invalid_value', 1, '-', '-', 'kind')
case(A+'undeclared-camp.argdown', '[a]: text {camp: nobody}\n', 'unknown_reference', 1, '-', '-', 'nobody')
case(A+'relation-without-parent.argdown', '+ [b]: B\n', 'syntax_error', 1, 1, '-', 'relation')
case(A+'relation-after-blank-line.argdown', '[a]: A\n\n  - [b]: B\n', 'syntax_error', 3, '-', '-', 'relation')
case(A+'unclosed-bold.argdown', '[a]: this is **bold text\n', 'syntax_error', 1, '-', '-', 'bold')
case(A+'unclosed-italic.argdown', '[a]: an *italic word\n', 'syntax_error', 1, '-', '-', 'italic')
case(A+'lone-backslash.argdown', '[a]: text ends with \\\n', 'syntax_error', 1, 21, '-', 'unexpected character')
case(A+'second-pcs.argdown', '<A>\n\n(1) p\n----\n(2) c\n\n<A>\n\n(1) q\n----\n(2) d\n', 'syntax_error', 9, 1, '-', 'premise-conclusion structure')
# yaml-cpp notices the unclosed '[' where the YAML ends: the closing '===' on line 3.
case(A+'front-matter-bad-yaml.argdown', '===\ntitle: [unclosed\n===\n\n[a]: A\n', 'syntax_error', 3, 1, '-', 'malformed YAML')
case(A+'front-matter-duplicate-key.argdown', '===\ntitle: one\ntitle: two\n===\n\n[a]: A\n', 'syntax_error', 3, '-', '-', 'title')
case(A+'front-matter-camps-not-map.argdown', '===\ncamps: 5\n===\n\n[a]: A\n', 'invalid_value', 2, '-', '-', 'camps')
case(A+'camp-bad-colour.argdown', '===\ncamps:\n  c1: {name: One, color: "red!"}\n===\n\n[a]: A {camp: c1}\n', 'invalid_value', 3, '-', '-', 'colour')
case(A+'data-too-deep.argdown', '[a]: A {x: ' + '['*40 + ']'*40 + '}\n', 'syntax_error', 1, '-', '-', 'deeper than 32 levels')
case(A+'relation-weight-off-relation.argdown', '[a]: A {relation_weight: 0.5}\n', 'invalid_value', 1, '-', '-', 'relation_weight')
case(A+'relation-weight-out-of-range.argdown', '[a]: A\n  - [b]: B {relation_weight: 7}\n', 'invalid_value', 2, '-', '-', 'relation_weight')
case(A+'invalid-utf8-text.argdown', b'[a]: A\n[b]: caf\xe9 latin-1\n', 'invalid_utf8', 2, 9, '-', 'UTF-8')
case(A+'invalid-utf8-title.argdown', b'[\xff\xfe]: text\n', 'invalid_utf8', 1, 2, '-', 'UTF-8')
case(A+'control-character.argdown', b'[a]: bell \x07 here\n', 'invalid_value', 1, '-', '-', 'control character')
# Lenient as Argdown is, with a warning (an unclosed '/*', '{' or '[' is text to Argdown, kept as text).
case(A+'truncated-front-matter.argdown', '===\ntitle: never closed\n', 'warning', 1, 1, '-', "'===' opens no front matter")
case(A+'weight-negative.argdown', '[a]: A {weight: -0.1}\n', 'invalid_value', 1, '-', '-', "'weight' expects a number in [0,1]")
case(A+'data-duplicate-key.argdown', '[a]: A {weight: 0.5, weight: 0.6}\n', 'syntax_error', 1, '-', '-', "duplicate key 'weight'")
case(A+'undercut-without-parent.argdown', '_> [x]: X\n', 'syntax_error', 1, 1, '-', 'a relation needs a parent')
case(A+'nul-byte.argdown', b'[a]: A\x00B\n', 'invalid_value', 1, '-', '-', 'control character')
case(A+'values-not-list.argdown', '[a]: A {values: {x: 1}}\n', 'invalid_value', 1, '-', '-', 'values')

# ---------------- native XML ----------------
X = 'xml/'
case(X+'unclosed-tag.xml', xml('  <claims>\n    <claim id="a"><text>A</text>\n  </claims>\n'), 'syntax_error', 5, '-', '-', 'malformed XML')
case(X+'mismatched-end.xml', xml('  <title>T</titel>\n'), 'syntax_error', 3, '-', '-', 'malformed XML')
case(X+'wrong-root.xml', '<?xml version="1.0"?>\n<map/>\n', 'invalid_value', 2, '-', '/map', 'argmap')
case(X+'version-2.xml', '<?xml version="1.0"?>\n<argmap xmlns="https://argmap.dev/ns/native/1" version="2"/>\n', 'unsupported', 2, '-', '/argmap', 'version')
case(X+'doctype-entity.xml', '<?xml version="1.0"?>\n<!DOCTYPE argmap [<!ENTITY x "expanded">]>\n<argmap %s><title>&x;</title></argmap>\n' % NS, 'unsupported', '-', '-', '-', 'DOCTYPE')
case(X+'billion-laughs.xml', '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n]>\n<argmap %s><title>&lol3;</title></argmap>\n' % NS, 'unsupported', '-', '-', '-', 'DOCTYPE')
case(X+'unknown-element.xml', xml('  <claims>\n    <claim id="a"><text>A</text><colour>red</colour></claim>\n  </claims>\n'), 'unsupported', 4, '-', '/argmap/claims[1]/claim[1]/colour[1]', 'colour')
case(X+'unknown-attribute.xml', xml('  <claims>\n    <claim id="a" mood="happy"><text>A</text></claim>\n  </claims>\n'), 'unsupported', 4, '-', '/argmap/claims[1]/claim[1]', 'mood')
case(X+'claim-without-id.xml', xml('  <claims>\n    <claim><text>A</text></claim>\n  </claims>\n'), 'invalid_value', 4, '-', '/argmap/claims[1]/claim[1]', 'id')
case(X+'duplicate-claim.xml', xml('  <claims>\n    <claim id="a"><text>A</text></claim>\n    <claim id="a"><text>again</text></claim>\n  </claims>\n'), 'duplicate_id', 5, '-', '/argmap/claims[1]/claim[2]', "'a'")
case(X+'relation-unknown-target.xml', xml(CL + '  <relations>\n    <relation id="r1" type="attack" source="a" target="zz"/>\n  </relations>\n'), 'unknown_reference', 8, '-', '/argmap/relations[1]/relation[1]', "'zz'")
case(X+'relation-bad-type.xml', xml(CL + '  <relations>\n    <relation id="r1" type="hugs" source="a" target="b"/>\n  </relations>\n'), 'invalid_value', 8, '-', '/argmap/relations[1]/relation[1]', 'hugs')
case(X+'weight-not-number.xml', xml('  <claims>\n    <claim id="a" weight="abc"><text>A</text></claim>\n  </claims>\n'), 'invalid_value', 4, '-', '/argmap/claims[1]/claim[1]', 'abc')
case(X+'weight-above-one.xml', xml('  <claims>\n    <claim id="a" weight="1.5"><text>A</text></claim>\n  </claims>\n'), 'invalid_value', 4, '-', '/argmap/claims[1]/claim[1]', '1.5')
case(X+'weight-nan.xml', xml('  <claims>\n    <claim id="a" weight="nan"><text>A</text></claim>\n  </claims>\n'), 'invalid_value', 4, '-', '/argmap/claims[1]/claim[1]', 'nan')
case(X+'relation-weight-trailing.xml', xml(CL + '  <relations>\n    <relation id="r1" type="attack" source="a" target="b" weight="0.5x"/>\n  </relations>\n'), 'invalid_value', 8, '-', '/argmap/relations[1]/relation[1]', '0.5x')
case(X+'undercut-of-claim.xml', xml(CL + '  <relations>\n    <relation id="r1" type="undercut" source="a" target="b"/>\n  </relations>\n'), 'unknown_reference', 8, '-', '/argmap/relations[1]/relation[1]', "'b'")
case(X+'camp-ref-unknown.xml', xml('  <claims>\n    <claim id="a"><text>A</text><camp ref="ghost"/></claim>\n  </claims>\n'), 'unknown_reference', 4, '-', '/argmap/claims[1]/claim[1]', 'ghost')
case(X+'kind-unknown.xml', xml('  <claims>\n    <claim id="a" kind="rumour"><text>A</text></claim>\n  </claims>\n'), 'invalid_value', 4, '-', '/argmap/claims[1]/claim[1]', 'rumour')
case(X+'invalid-utf8.xml', xml('  <claims>\n    <claim id="a"><text>caf\udce9</text></claim>\n  </claims>\n').encode('utf-8', 'surrogateescape'), 'invalid_utf8', 4, '-', '-', 'UTF-8')
case(X+'control-entity.xml', xml('  <claims>\n    <claim id="a"><text>bell &#7; here</text></claim>\n  </claims>\n'), 'invalid_value', 4, '-', '/argmap/claims[1]/claim[1]', 'control character')
case(X+'empty.xml', '', 'syntax_error', 1, 1, '-', '-')
case(X+'text-after-root.xml', xml('') + '<extra/>\n', 'syntax_error', 4, 1, '/', 'content after the root element')
case(X+'text-after-root-2.xml', xml('') + 'trailing words\n', 'syntax_error', 4, 1, '/', 'content after the root element')
case(X+'unclosed-cdata.xml', xml('  <title><![CDATA[never closed</title>\n'), 'syntax_error', 3, 10, '-', 'CDATA')
case(X+'unclosed-comment.xml', xml('  <!-- never closed\n  <title>T</title>\n'), 'syntax_error', 3, 3, '-', 'comment')
case(X+'binary-garbage.xml', b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00', 'invalid_utf8', 1, 1, '-', 'UTF-8')
case(X+'camp-bad-colour.xml', xml('  <camps>\n    <camp id="c" color="#12345"><name>C</name></camp>\n  </camps>\n'), 'invalid_value', 4, '-', '/argmap/camps[1]/camp[1]', 'colour')
case(X+'duplicate-relation-id.xml', xml(CL + '  <relations>\n    <relation id="r1" type="attack" source="a" target="b"/>\n    <relation id="r1" type="attack" source="b" target="a"/>\n  </relations>\n'), 'duplicate_id', 9, '-', '/argmap/relations[1]/relation[2]', 'r1')
# history/: read with load_history (load_map reads the head and checks the history's syntax only).
H = 'history/'
case(H+'history-replay-differs.xml', xml(CL + '  <history>\n    <revision id="1" timestamp="2024-01-01" author="ann">\n      <message>m</message>\n      <add-claim index="0"><claim id="a" kind="claim" weight="1"><text>A</text></claim></add-claim>\n    </revision>\n  </history>\n'), 'invalid_value', 7, 3, '/argmap/history[1]', 'does not replay')
case(H+'history-bad-index.xml', xml(CL + '  <history>\n    <revision id="1" timestamp="2024-01-01" author="ann">\n      <message>m</message>\n      <add-claim index="5"><claim id="a" kind="claim" weight="1"><text>A</text></claim></add-claim>\n    </revision>\n  </history>\n'), 'invalid_value', 10, 7, '/argmap/history[1]/revision[1]/add-claim[1]', 'at position 5 of 0')
case(H+'history-bad-timestamp.xml', xml(CL + '  <history>\n    <revision id="1" timestamp="yesterday" author="ann">\n      <message>m</message>\n    </revision>\n  </history>\n'), 'invalid_value', 8, 5, '/argmap/history[1]/revision[1]', "timestamp 'yesterday' is not ISO 8601")
case(H+'history-unknown-op.json', '{"format": "argmap", "version": 1, "claims": [],\n "history": [{"id": "1", "timestamp": "2024-01-01", "author": "a", "message": "m",\n   "operations": [{"op": "remove-claim", "index": 0, "claim": {"id": "ghost"}}]}]}\n', 'invalid_value', '-', '-', '/history/0/operations/0', 'ghost')
case(X+'self-nested.xml', xml('  <claims>\n    <claims/>\n  </claims>\n'), 'unsupported', 4, 5, '/argmap/claims[1]/claims[1]', 'expected <claim>')

# ---------------- JSON ----------------
J = 'json/'
case(J+'truncated.json', '{"format": "argmap", "version": 1, "claims": [\n  {"id": "a", "text": "A"}', 'syntax_error', 2, '-', '-', '-')
case(J+'trailing-comma.json', '{"format": "argmap", "version": 1, "claims": [\n  {"id": "a"},\n]}\n', 'syntax_error', 3, 1, '-', '-')
case(J+'wrong-format.json', '{"format": "graph", "version": 1}\n', 'unsupported', '-', '-', '/format', 'argmap')
case(J+'version-2.json', '{"format": "argmap", "version": 2}\n', 'unsupported', '-', '-', '/version', 'version')
case(J+'claims-not-array.json', '{"format": "argmap", "version": 1, "claims": {"a": 1}}\n', 'invalid_value', '-', '-', '/claims', 'array')
case(J+'claim-missing-id.json', '{"format": "argmap", "version": 1, "claims": [{"text": "A"}]}\n', 'invalid_value', '-', '-', '/claims/0', "'id'")
case(J+'claim-id-number.json', '{"format": "argmap", "version": 1, "claims": [{"id": 7}]}\n', 'invalid_value', '-', '-', '/claims/0/id', 'string')
case(J+'unknown-member.json', '{"format": "argmap", "version": 1, "claims": [{"id": "a", "colour": "red"}]}\n', 'unsupported', '-', '-', '/claims/0/colour', 'colour')
case(J+'weight-string.json', '{"format": "argmap", "version": 1, "claims": [{"id": "a", "weight": "0.5"}]}\n', 'invalid_value', '-', '-', '/claims/0/weight', 'number')
case(J+'weight-above-one.json', '{"format": "argmap", "version": 1, "claims": [{"id": "a", "weight": 1.5}]}\n', 'invalid_value', '-', '-', '/claims/0/weight', '[0,1]')
case(J+'relation-unknown-target.json', '{"format": "argmap", "version": 1, "claims": [{"id": "a"}],\n "relations": [{"type": "attack", "source": "a", "target": "zz"}]}\n', 'unknown_reference', '-', '-', '/relations/0', "'zz'")
case(J+'duplicate-claim.json', '{"format": "argmap", "version": 1, "claims": [{"id": "a"}, {"id": "a"}]}\n', 'duplicate_id', '-', '-', '/claims/1', "'a'")
case(J+'invalid-utf8.json', b'{"format": "argmap", "version": 1, "claims": [{"id": "a", "text": "caf\xe9"}]}\n', 'invalid_utf8', 1, '-', '-', 'UTF-8')
DEEP = '{"format": "argmap", "version": 1, "metadata": {"x": '
# The 66th container (depth 65 below the top) is refused: 2 objects, then the 64th '['.
case(J+'too-deep.json', DEEP + '['*100 + ']'*100 + '}}\n', 'unsupported', 1, len(DEEP) + 64, '-', 'deeper than 64 levels')
case(J+'invalid-escape.json', '{"format": "argmap", "version": 1, "title": "bad \\q escape"}\n', 'syntax_error', 1, '-', '-', '-')
case(J+'lone-surrogate.json', '{"format": "argmap", "version": 1, "title": "half \\ud800 pair"}\n', 'syntax_error', 1, '-', '-', 'surrogate')
case(J+'raw-control-char.json', '{"format": "argmap", "version": 1, "title": "tab\tinside"}\n', 'syntax_error', 1, '-', '-', 'control character')
case(J+'escaped-control-char.json', '{"format": "argmap", "version": 1, "title": "bell \\u0007"}\n', 'invalid_value', '-', '-', '/title', 'control character')
case(J+'duplicate-key-nested.json', '{"format": "argmap", "version": 1, "claims": [{"id": "a"}, {"id": "b", "text": "one", "text": "two"}]}\n', 'invalid_value', '-', '-', '/claims/1/text', "member 'text' appears twice")
case(J+'empty.json', '', 'syntax_error', '-', '-', '-', '-')
case(J+'top-level-array.json', '[]\n', 'invalid_value', '-', '-', '-', 'object')
case(J+'history-unknown-op.json', '{"format": "argmap", "version": 1, "claims": [],\n "history": [{"id": "1", "timestamp": "2024-01-01", "author": "a", "message": "m",\n   "operations": [{"op": "teleport-claim", "id": "a"}]}]}\n', 'unsupported', '-', '-', '/history/0/operations/0/op', 'teleport-claim')
case(J+'metadata-not-string.json', '{"format": "argmap", "version": 1, "metadata": {"year": 2024}}\n', 'invalid_value', '-', '-', '/metadata/year', 'string')
case(J+'duplicate-key.json', '{"format": "argmap", "version": 1, "title": "one", "title": "two"}\n', 'invalid_value', '-', '-', '/title', "member 'title' appears twice")
case(J+'undercut-of-claim.json', '{"format": "argmap", "version": 1, "claims": [{"id": "a"}, {"id": "b"}],\n "relations": [{"type": "undercut", "source": "a", "target": "b"}]}\n', 'unknown_reference', '-', '-', '/relations/0', "'b'")

# ---------------- GraphML ----------------
G = 'graphml/'
def gml(body, keys='  <key id="t" for="edge" attr.name="type" attr.type="string"/>\n  <key id="w" for="node" attr.name="weight" attr.type="double"/>\n  <key id="k" for="node" attr.name="kind" attr.type="string"/>\n'):
    return '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n' + keys + '  <graph id="G" edgedefault="directed">\n' + body + '  </graph>\n</graphml>\n'
case(G+'malformed.graphml', gml('    <node id="a">\n'), 'syntax_error', '-', '-', '-', 'malformed XML')
case(G+'wrong-root.graphml', '<?xml version="1.0"?>\n<gexf/>\n', 'invalid_value', 2, 1, '/gexf', '<graphml>')
case(G+'no-graph.graphml', '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"/>\n', 'invalid_value', 2, 1, '/graphml', '<graph>')
case(G+'edge-unknown-node.graphml', gml('    <node id="a"/>\n    <edge source="a" target="zz"><data key="t">attack</data></edge>\n'), 'unknown_reference', 8, 5, '/graphml/graph/edge[1]', "'zz'")
case(G+'node-without-id.graphml', gml('    <node/>\n'), 'invalid_value', 7, 5, '/graphml/graph/node[1]', 'id')
case(G+'duplicate-node.graphml', gml('    <node id="a"/>\n    <node id="a"/>\n'), 'duplicate_id', 8, 5, '/graphml/graph/node[2]', "'a'")
case(G+'weight-not-number.graphml', gml('    <node id="a"><data key="w">heavy</data></node>\n'), 'invalid_value', 7, 5, '/graphml/graph/node[1]', 'heavy')
case(G+'weight-above-one.graphml', gml('    <node id="a"><data key="w">3</data></node>\n'), 'invalid_value', 7, 5, '/graphml/graph/node[1]', "'3'")
case(G+'edge-type-unknown.graphml', gml('    <node id="a"/>\n    <node id="b"/>\n    <edge source="a" target="b"><data key="t">hugs</data></edge>\n'), 'invalid_value', 9, 5, '/graphml/graph/edge[1]', 'hugs')
case(G+'unknown-key.graphml', gml('    <node id="a"><data key="nokey">x</data></node>\n'), 'unknown_reference', 7, '-', '/graphml/graph/node[1]/data', 'nokey')
case(G+'invalid-utf8.graphml', gml('    <node id="caf\udce9"/>\n').encode('utf-8', 'surrogateescape'), 'invalid_utf8', 7, '-', '-', 'UTF-8')
case(G+'two-roots.graphml', gml('    <node id="a"/>\n') + '<graphml/>\n', 'syntax_error', 10, 1, '/', 'content after the root element')
case(G+'text-after-root.graphml', gml('    <node id="a"/>\n') + '<!-- fine --> <?pi fine?>\n  <node id="lost"/> trailing\n', 'syntax_error', 11, 3, '/', 'content after the root element')
case(G+'unclosed-comment.graphml', gml('    <!-- <node id="hidden"/>\n'), 'syntax_error', 7, 5, '-', 'comment')
case(G+'undirected.graphml', '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n  <graph edgedefault="undirected"/>\n</graphml>\n', 'unsupported', 3, 3, '/graphml/graph', 'undirected')
case(G+'doctype.graphml', '<?xml version="1.0"?>\n<!DOCTYPE graphml [<!ENTITY e "x">]>\n<graphml/>\n', 'unsupported', '-', '-', '/', 'DOCTYPE')
case(G+'kind-unknown.graphml', gml('    <node id="a"><data key="k">rumour</data></node>\n'), 'invalid_value', 7, 5, '/graphml/graph/node[1]', 'rumour')
case(G+'camps-bad-json.graphml', gml('', keys='  <key id="gc" for="graph" attr.name="camps" attr.type="string"/>\n').replace('edgedefault="directed">\n', 'edgedefault="directed">\n    <data key="gc">[{"name": "no id"}]</data>\n'), 'invalid_value', 4, '-', '/graphml/graph/data[camps]', 'camps')

# ---------------- AIF ----------------
F = 'aif/'
case(F+'malformed.aif', '{"nodes": [{"nodeID": "1", "text": "A", "type": "I"}\n', 'syntax_error', 2, '-', '-', '-')
case(F+'not-object.aif', '"nodes"\n', 'invalid_value', '-', '-', '-', 'nodes')
case(F+'no-nodes.aif', '{"edges": []}\n', 'invalid_value', '-', '-', '-', 'nodes')
case(F+'nodes-not-array.aif', '{"nodes": {"1": "A"}, "edges": []}\n', 'invalid_value', '-', '-', '/nodes', 'array')
case(F+'node-without-id.aif', '{"nodes": [{"text": "A", "type": "I"}], "edges": []}\n', 'invalid_value', '-', '-', '/nodes/0', 'nodeID')
case(F+'node-without-type.aif', '{"nodes": [{"nodeID": "1", "text": "A"}], "edges": []}\n', 'invalid_value', '-', '-', '/nodes/0', 'type')
case(F+'node-id-bool.aif', '{"nodes": [{"nodeID": true, "text": "A", "type": "I"}], "edges": []}\n', 'invalid_value', '-', '-', '/nodes/0/nodeID', 'string')
case(F+'type-number.aif', '{"nodes": [{"nodeID": "1", "text": "A", "type": 3}], "edges": []}\n', 'invalid_value', '-', '-', '/nodes/0/type', 'string')
case(F+'text-number.aif', '{"nodes": [{"nodeID": "1", "text": 42, "type": "I"}], "edges": []}\n', 'invalid_value', '-', '-', '/nodes/0/text', 'string')
case(F+'duplicate-node.aif', '{"nodes": [{"nodeID": "1", "text": "A", "type": "I"}, {"nodeID": "1", "text": "B", "type": "I"}], "edges": []}\n', 'duplicate_id', '-', '-', '/nodes/1/nodeID', "duplicate nodeID '1'")
case(F+'edge-without-from.aif', '{"nodes": [{"nodeID": "1", "text": "A", "type": "I"}], "edges": [{"edgeID": "e", "toID": "1"}]}\n', 'invalid_value', '-', '-', '/edges/0', 'fromID')
case(F+'participant-two-names.aif', '{"nodes": [], "edges": [], "participants": [{"participantID": 1, "firstname": "Ann", "surname": "A"}, {"participantID": 1, "firstname": "Bob", "surname": "B"}]}\n', 'duplicate_id', '-', '-', '/participants/1/participantID', "duplicate participantID '1'")
case(F+'member-twice.aif', '{"nodes": [], "edges": [], "nodes": []}\n', 'invalid_value', '-', '-', '/nodes', "member 'nodes' appears twice")
case(F+'too-deep.aif', '{"nodes": [], "edges": [], "x": ' + '['*100 + ']'*100 + '}\n', 'unsupported', 1, 96, '-', 'deeper than 64 levels')
case(F+'node-id-spaces.aif', '{"nodes": [{"nodeID": " 1", "text": "A", "type": "I"}], "edges": []}\n', 'invalid_value', '-', '-', '/nodes/0', 'spaces')
case(F+'invalid-utf8.aif', b'{"nodes": [{"nodeID": "1", "text": "caf\xe9", "type": "I"}], "edges": []}\n', 'invalid_utf8', 1, '-', '-', 'UTF-8')

# ---------------- argdown-json ----------------
D = 'argdown-json/'
case(D+'not-object.argdown.json', '[1, 2]\n', 'invalid_value', '-', '-', '-', 'statements')
case(D+'statements-not-object.argdown.json', '{"statements": [], "arguments": {}, "relations": []}\n', 'invalid_value', '-', '-', '/statements', 'object')
case(D+'relations-not-array.argdown.json', '{"statements": {}, "arguments": {}, "relations": {}}\n', 'invalid_value', '-', '-', '/relations', 'array')
case(D+'relation-unknown-end.argdown.json', '{"statements": {"a": {"title": "a", "members": [{"text": "A"}]}}, "arguments": {},\n "relations": [{"from": "a", "to": "ghost", "relationType": "attack", "type": "entails"}]}\n', 'unknown_reference', '-', '-', '/relations/0/to', 'ghost')
case(D+'weight-out-of-range.argdown.json', '{"statements": {"a": {"title": "a", "members": [{"text": "A"}], "data": {"weight": 9}}}, "arguments": {}, "relations": []}\n', 'invalid_value', '-', '-', '/statements/a/data/weight', 'weight')
case(D+'kind-unknown.argdown.json', '{"statements": {"a": {"title": "a", "members": [{"text": "A"}], "data": {"kind": "rumour"}}}, "arguments": {}, "relations": []}\n', 'invalid_value', '-', '-', '/statements/a/data/kind', 'kind')
case(D+'same-title.argdown.json', '{"statements": {"x": {"title": "x", "members": [{"text": "S"}]}}, "arguments": {"x": {"title": "x", "descriptions": [{"text": "A"}]}}, "relations": []}\n', 'warning', '-', '-', '/arguments/x', 'has the title of a statement')
case(D+'duplicate-key.argdown.json', '{"statements": {}, "arguments": {}, "relations": [], "relations": [{"from": "a", "to": "b"}]}\n', 'invalid_value', '-', '-', '/relations', "member 'relations' appears twice")
case(D+'malformed.argdown.json', '{"statements": {\n', 'syntax_error', 2, '-', '-', '-')
case(D+'pcs-unknown-statement.argdown.json', '{"statements": {}, "arguments": {"A": {"title": "A", "pcs": [{"title": "p", "role": "premise"}]}}, "relations": []}\n', 'unknown_reference', '-', '-', '/arguments/A/pcs/0/title', "'p'")

# ---------------- BAG ----------------
B = 'bag/'
case(B+'missing-paren.bag', 'arg a, 0.5).\n', 'syntax_error', 1, 5, '-', "'('")
case(B+'missing-close.bag', 'arg(a, 0.5.\n', 'syntax_error', 1, '-', '-', "')'")
case(B+'missing-dot.bag', 'arg(a, 0.5)\n', 'syntax_error', 1, 12, '-', "'.'")
case(B+'arg-one-param.bag', 'arg(a).\n', 'syntax_error', 1, 1, '-', 'base score')
case(B+'base-above-one.bag', 'arg(a, 1.5).\n', 'invalid_value', 1, 8, '-', '1.5')
case(B+'unknown-name.bag', 'arg(a, 0.5).\natt(a, zz).\n', 'unknown_reference', 2, 8, '-', 'zz')
case(B+'two-facts-one-line.bag', 'arg(a, 0.5). arg(b, 0.5).\n', 'syntax_error', 1, 14, '-', 'one fact per line')
case(B+'unknown-predicate.bag', 'arg(a, 0.5).\nfoo(a).\n', 'syntax_error', 2, 1, '-', 'arg(name, base)')
case(B+'bad-name.bag', 'arg(a-b, 0.5).\n', 'syntax_error', 1, 5, '-', '-')
case(B+'invalid-utf8.bag', b'arg(a, 0.5).\n% caf\xe9\n', 'invalid_utf8', 2, 6, '-', 'UTF-8')

# ---------------- i23 / APX / TGF ----------------
I = 'iccma/'
case(I+'missing-header.af', '1 2\n', 'syntax_error', 1, '-', '-', "'p af N'")
case(I+'duplicate-header.af', 'p af 2\np af 3\n', 'syntax_error', 2, '-', '-', 'duplicate')
case(I+'bad-count.af', 'p af many\n', 'syntax_error', 1, 6, '-', 'many')
case(I+'out-of-range.af', 'p af 2\n1 3\n', 'invalid_value', 2, 3, '-', '1..2')
case(I+'not-a-number.af', 'p af 2\n1 x\n', 'syntax_error', 2, 3, '-', "'x'")
case(I+'missing-second.af', 'p af 2\n1\n', 'syntax_error', 2, 2, '-', 'second')
case(I+'trailing-text.af', 'p af 2\n1 2 3\n', 'syntax_error', 2, 5, '-', 'unexpected')
case(I+'header-extra.af', 'p af 2 extra\n', 'syntax_error', 1, 8, '-', 'unexpected')
case(I+'negative.af', 'p af 2\n-1 2\n', 'syntax_error', 2, 1, '-', "'-1'")
case(I+'zero.af', 'p af 2\n0 1\n', 'invalid_value', 2, 1, '-', '1..2')
case(I+'bad-syntax.apx', 'arg(a).\nargh(b).\n', 'syntax_error', 2, 1, '-', "'arg(name).'")
case(I+'undeclared.apx', 'arg(a).\natt(a,b).\n', 'unknown_reference', 2, 1, '-', "'b'")
case(I+'missing-dot.apx', 'arg(a)\narg(b).\n', 'syntax_error', '-', '-', '-', "')' and '.'")
case(I+'empty-name.apx', 'arg().\n', 'syntax_error', 1, 5, '-', 'argument name')
case(I+'att-missing-comma.apx', 'arg(a).\narg(b).\natt(a b).\n', 'syntax_error', 3, '-', '-', 'att(a,b)')
case(I+'duplicate-node.tgf', '1\n1\n#\n', 'duplicate_id', 2, 1, '-', 'twice')
case(I+'undeclared.tgf', '1\n2\n#\n1 3\n', 'unknown_reference', 4, 3, '-', "'3'")
case(I+'second-separator.tgf', '1\n#\n#\n', 'syntax_error', 3, 1, '-', "'#'")
case(I+'missing-end.tgf', '1\n2\n#\n1\n', 'syntax_error', 4, 2, '-', 'edge')
case(I+'invalid-utf8.tgf', b'caf\xe9\n#\n', 'invalid_utf8', 1, 4, '-', 'UTF-8')

os.makedirs(root, exist_ok=True)
seen = set()
with open(os.path.join(root, 'EXPECTED.tsv'), 'w') as t:
    t.write('# file\tstatus\tline\tcolumn\telement\tmessage contains   ("-": not checked; see tests/test_bad_inputs.cpp)\n')
    for (p, content, st, ln, col, el, msg) in cases:
        assert p not in seen, p
        seen.add(p)
        os.makedirs(os.path.dirname(os.path.join(root, p)), exist_ok=True)
        with open(os.path.join(root, p), 'wb') as f: f.write(content)
        t.write('\t'.join([p, st, ln, col, el, msg]) + '\n')
print(len(cases), 'cases')
