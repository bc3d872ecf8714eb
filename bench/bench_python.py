"""What a semantics costs from Python against the same C++ call, on a 1,000,000-argument framework.

    PYTHONPATH=build/bindings/python python3 bench/bench_python.py build [N M SEED]

Generates a uniform random framework with build/bench/argmap_generate (default 1000000
arguments, 2000000 attacks), times the grounded labelling in C++ (build/bench/bench_grounded),
then from Python, wall-clock and CPU time (the figure to read on a shared machine): the call that returns the labelling as a list of
'in'/'out'/'undec' (one entry per argument) and the one that returns the grounded extension as
names. The difference is the conversion of the result to Python objects; the solve itself runs
with the GIL released.
"""
import os
import re
import subprocess
import sys
import tempfile
import time

import argmap


def best_of(k, f):
    """Best wall-clock and best CPU time of k calls (CPU time: the machine may be shared)."""
    wall = cpu = float("inf")
    result = None
    for _ in range(k):
        w, c = time.perf_counter(), time.process_time()
        result = f()
        wall = min(wall, time.perf_counter() - w)
        cpu = min(cpu, time.process_time() - c)
    return wall, cpu, result


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else "build"
    n, m, seed = (sys.argv[2:5] + ["1000000", "2000000", "1"][len(sys.argv[2:5]):])[:3]
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "uniform.af")
        with open(path, "w") as f:
            subprocess.run([os.path.join(build, "bench", "argmap_generate"), "uniform", n, m, seed], stdout=f, check=True)
        cpp_wall, cpp_cpu = [], []
        for _ in range(5):
            out = subprocess.run([os.path.join(build, "bench", "bench_grounded"), path], capture_output=True, text=True, check=True).stdout
            cpp_wall.append(float(re.search(r"grounded ([0-9.]+) s", out).group(1)))
            cpp_cpu.append(float(re.search(r"grounded CPU time ([0-9.]+) s", out).group(1)))
        t = time.perf_counter()
        af = argmap.load_framework(path)
        load = time.perf_counter() - t
        lab_w, lab_c, labels = best_of(5, af.grounded)
        cnt_w, cnt_c, _ = best_of(5, lambda: af.count("grounded"))
        ext_w, ext_c, ext = best_of(5, af.grounded_extension)
    print("framework: %d arguments, %d attacks (uniform, seed %s); load from Python %.3f s" % (len(af), af.attack_count, seed, load))
    print("best of 5                                               wall       CPU")
    print("C++ grounded_labelling (bench_grounded)              %8.4f s  %8.4f s" % (min(cpp_wall), min(cpp_cpu)))
    print("Python Framework.grounded() -> %d labels        %8.4f s  %8.4f s" % (len(labels), lab_w, lab_c))
    print("Python Framework.count('grounded') -> an int         %8.4f s  %8.4f s" % (cnt_w, cnt_c))
    print("Python Framework.grounded_extension() -> %d names %8.4f s  %8.4f s" % (len(ext), ext_w, ext_c))
    print("grounded() over C++ (CPU): %+.4f s" % (lab_c - min(cpp_cpu)))


if __name__ == "__main__":
    main()
