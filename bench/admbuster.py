#!/usr/bin/env python3
"""AdmBuster frameworks (ICCMA 2017 family) in the ICCMA 2023 format, for bench/ runs.

Usage: python3 bench/admbuster.py N > admbuster_N.af   (N even, >= 4)

The construction: an argument a attacked by b1 and c1; two chains b_{i+1} -> b_i and
c_{i+1} -> c_i for i = 1..k-1 (k = (N - 2) / 2), crossed (b_{i+1} -> c_i, c_{i+1} -> b_i) at
every even i; and d, unattacked, attacking b_k and c_k. The grounded labelling decides every
argument (d in, then the chains alternate), which is what makes it a test of preprocessing.
"""
import sys


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    if n < 4 or n % 2:
        sys.exit("admbuster.py: N must be even and at least 4")
    k = (n - 2) // 2
    a, d = 1, n
    b = lambda i: 2 * i
    c = lambda i: 2 * i + 1
    out = [f"p af {n}", "# a"]
    for i in range(1, k + 1):
        out += [f"# b{i}", f"# c{i}"]
    out.append("# d")
    out += [f"{b(1)} {a}", f"{c(1)} {a}"]
    for i in range(1, k):
        out += [f"{b(i + 1)} {b(i)}", f"{c(i + 1)} {c(i)}"]
        if i % 2 == 0:
            out += [f"{b(i + 1)} {c(i)}", f"{c(i + 1)} {b(i)}"]
    out += [f"{d} {b(k)}", f"{d} {c(k)}"]
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
