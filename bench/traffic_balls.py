#!/usr/bin/env python3
"""Balls of the hard part of an ICCMA framework, for timing CE-ST and CE-CO (bench_counting.sh).

    traffic_balls.py FILE.af OUTDIR SIZE...

Takes out what the grounded labelling decides, keeps the largest weakly connected component
of the undecided arguments, and writes for each SIZE the first SIZE arguments a breadth-first
search from its lowest-numbered argument reaches (attacks either way) as OUTDIR/ballSIZE.af
(ICCMA 2023 format, attacks among them kept, renumbered in BFS order).
"""
import collections
import sys


def main():
    path, outdir, sizes = sys.argv[1], sys.argv[2], [int(x) for x in sys.argv[3:]]
    n, attacks = 0, []
    for line in open(path):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        if line.startswith('p'):
            n = int(line.split()[2])
            continue
        a, b = map(int, line.split())
        attacks.append((a - 1, b - 1))
    attackers = [[] for _ in range(n)]
    targets = [[] for _ in range(n)]
    for a, b in attacks:
        attackers[b].append(a)
        targets[a].append(b)
    label = [0] * n  # grounded labelling: 1 in, -1 out, 0 undecided
    left = [len(attackers[x]) for x in range(n)]
    queue = collections.deque(x for x in range(n) if left[x] == 0)
    while queue:
        x = queue.popleft()
        if label[x]:
            continue
        label[x] = 1
        for y in targets[x]:
            if label[y] == 0:
                label[y] = -1
                for z in targets[y]:
                    left[z] -= 1
                    if left[z] == 0 and label[z] == 0:
                        queue.append(z)
    undecided = {x for x in range(n) if label[x] == 0}
    seen, components = set(), []
    for r in sorted(undecided):
        if r in seen:
            continue
        comp = [r]
        seen.add(r)
        for x in comp:
            for y in attackers[x] + targets[x]:
                if y in undecided and y not in seen:
                    seen.add(y)
                    comp.append(y)
        components.append(comp)
    components.sort(key=len, reverse=True)
    print(f"undecided {len(undecided)}, largest components {[len(c) for c in components[:5]]}", file=sys.stderr)
    big = set(components[0])
    order, reached = [min(big)], {min(big)}
    for x in order:
        for y in sorted(attackers[x] + targets[x]):
            if y in big and y not in reached:
                reached.add(y)
                order.append(y)
    for k in sizes:
        index = {x: i for i, x in enumerate(order[:k])}
        kept = [(index[a], index[b]) for a, b in attacks if a in index and b in index]
        with open(f"{outdir}/ball{k}.af", "w") as out:
            out.write(f"p af {len(index)}\n")
            for a, b in kept:
                out.write(f"{a + 1} {b + 1}\n")
        print(f"ball{k}.af: {len(index)} arguments, {len(kept)} attacks", file=sys.stderr)


if __name__ == "__main__":
    main()
