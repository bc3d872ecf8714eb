#!/usr/bin/env python3
"""PAR-2 runner for the ICCMA benchmark families (python3 standard library only).

Runs solvers that speak the ICCMA 2023 interface (SOLVER -p TASK -f FILE [-a ARG]) on generated
instances of the ICCMA families (bench/iccma/iccma_generate) and on real instance folders, one run
at a time, with a per-run limit; scores PAR-2 per family x task; checks every answer:

  * every witness ("w ..." line) is verified here, independently of the solver: conflict-free,
    admissible, complete and stable by direct checks, containment of the grounded extension,
    the query contained (DC YES) or not (DS NO), range-maximality against one more argument for
    STG, ideal witnesses inside every preferred witness seen;
  * answers that must agree do: the same (instance, task) across solvers, DC-CO with DC-PR,
    SE-ST NO with DC-ST NO and DS-ST YES, and SST/STG witnesses stable when a stable extension is
    known.

A wrong answer is printed loudly (WRONG ...) and the exit status is 1.

Solvers are given as NAME=TEMPLATE, TEMPLATE a command line with {task}, {file}, {query} (empty
for SE, "-a ARG" otherwise) and {limit}; or as --argmap NAME=BINARY (argmap's `solve`). Peer
solvers (mu-toksia, Crustabri, Fudge, ...) are plain templates:
    --solver 'crustabri=/opt/crustabri/crustabri -p {task} -f {file} {query}'

Example (the full sweep described in docs/benchmarks.md):
    python3 bench/iccma/par2.py --families all --instances 50 --limit 60 \\
        --argmap before=/path/to/main/build/tools/argmap/argmap \\
        --argmap after=build/tools/argmap/argmap --real ../shared/data/iccma --out bench-out
"""

import argparse
import csv
import hashlib
import json
import os
import random
import re
import resource
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

# ICCMA 2023 main track: DC-PR equals DC-CO and DS-CO equals DC-GR, so the track left them out;
# the ideal extension is unique, so ID has SE only (DC-ID = DS-ID is "is the query in SE-ID").
ICCMA23_TASKS = ["DC-CO", "DC-ST", "DC-SST", "DC-STG",
                 "DS-PR", "DS-ST", "DS-SST", "DS-STG",
                 "SE-PR", "SE-ST", "SE-SST", "SE-STG", "SE-ID"]
# Everything the issue lists: DC and DS for CO, PR, ST, SST, STG, ID; SE for all of them.
ALL_TASKS = [f"{k}-{s}" for k in ("DC", "DS") for s in ("CO", "PR", "ST", "SST", "STG", "ID")] + \
            [f"SE-{s}" for s in ("CO", "PR", "ST", "SST", "STG", "ID")]


# ---------------------------------------------------------------------------------------------
# Families: parameters of instance i (0-based) at a size. Each family's size is the number its
# instances scale with (arguments, or the grid side); defaults are the calibrated sizes of
# docs/benchmarks.md. Parameters vary over the instances the way the ICCMA sets vary them.

def _pick(seq, i):
    return seq[i % len(seq)]


FAMILIES = {
    # AFGen D(n,p,q): p and q over the ICCMA 2023 choices.
    "afgen": dict(size=350, params=lambda n, i: ["afgen", n, _pick([0.5, 0.3, 0.4], i), _pick([0.2, 0.34, 0.1], i)]),
    # Erdos-Renyi at three densities (expected attacks per argument: 4, 10, n/5).
    "er_sparse": dict(size=1700, params=lambda n, i: ["er", n, round(4.0 / n, 6)]),
    "er_medium": dict(size=200, params=lambda n, i: ["er", n, round(10.0 / n, 6)]),
    "er_dense": dict(size=220, params=lambda n, i: ["er", n, 0.2]),
    "ba": dict(size=200000, params=lambda n, i: ["ba", n, _pick([1, 2, 3], i), _pick([0.3, 0.5, 0.1], i)]),
    "ws": dict(size=1500, params=lambda n, i: ["ws", n, _pick([16, 8, 24], i), _pick([0.9, 0.5, 0.3], i), _pick([0.3, 0.0, 0.5], i)]),
    # StableGenerator: a few planted stable extensions of about n/10 arguments, grounded part n/100.
    "stable": dict(size=450, params=lambda n, i: ["stable", n, 2, 16, n // 20, n // 8, n // 200, n // 50,
                                                    _pick([0.005, 0.01, 0.002], i)]),
    # Grid: size is the side; 8-neighbourhood, some mutual attacks.
    "grid": dict(size=100, params=lambda n, i: ["grid", n, n, _pick([8, 4], i), _pick([0.3, 0.5, 0.1], i)]),
    # AdmBuster has no randomness: instance i is size + 2 i arguments (ICCMA 2017 used sizes).
    "admbuster": dict(size=500000, params=lambda n, i: ["admbuster", n + 2 * i]),
}


def instance_seed(base_seed, family, i):
    return int(hashlib.sha256(f"{base_seed}/{family}/{i}".encode()).hexdigest()[:12], 16)


def generate(generator, family, size, i, base_seed, out_dir):
    params = [str(p) for p in FAMILIES[family]["params"](size, i)]
    seed = instance_seed(base_seed, family, i)
    name = family + "_" + "_".join(params[1:]) + (f"_s{seed}" if family != "admbuster" else "") + ".af"
    path = out_dir / family / name
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        cmd = [str(generator)] + params + ["--seed", str(seed), "-o", str(tmp)]
        subprocess.run(cmd, check=True)
        tmp.rename(path)
    return path, {"generator": params, "seed": seed}


# ---------------------------------------------------------------------------------------------
# Instances: parsed here independently of the solver (i23, apx, tgf).

class Instance:
    def __init__(self, path, family):
        self.path = Path(path)
        self.family = family
        self.names = []          # argument names as the solver prints them
        self.index = {}
        self.attackers = []      # attackers[b] = list of a with a -> b
        self.attacks = 0
        self._grounded = None
        self._load()

    def _add(self, name):
        if name not in self.index:
            self.index[name] = len(self.names)
            self.names.append(name)
            self.attackers.append([])
        return self.index[name]

    def _attack(self, a, b):
        self.attackers[b].append(a)
        self.attacks += 1

    def _load(self):
        text = self.path.read_text()
        ext = self.path.suffix
        if ext in (".af", ".i23"):
            n = None
            for line in text.splitlines():
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                if line.startswith("p"):
                    n = int(line.split()[2])
                    for k in range(1, n + 1):
                        self._add(str(k))
                    continue
                a, b = line.split()[:2]
                self._attack(int(a) - 1, int(b) - 1)
        elif ext == ".apx":
            for m in re.finditer(r"\b(arg|att)\(\s*([^,()\s]+)\s*(?:,\s*([^,()\s]+)\s*)?\)\s*\.", text):
                if m.group(1) == "arg":
                    self._add(m.group(2))
                else:
                    self._attack(self._add(m.group(2)), self._add(m.group(3)))
        elif ext == ".tgf":
            edges = False
            for line in text.splitlines():
                line = line.strip()
                if not line:
                    continue
                if line == "#":
                    edges = True
                    continue
                parts = line.split()
                if edges:
                    self._attack(self._add(parts[0]), self._add(parts[1]))
                else:
                    self._add(parts[0])
        else:
            raise ValueError(f"{self.path}: unknown format")
        # attacked-by lists the other way round, for range and defence checks
        self.attacks_of = [[] for _ in self.names]
        for b, atts in enumerate(self.attackers):
            for a in atts:
                self.attacks_of[a].append(b)

    @property
    def n(self):
        return len(self.names)

    def grounded(self):
        """Least fixed point of the characteristic function, linear time."""
        if self._grounded is None:
            n = self.n
            live_attackers = [len(set(x)) for x in self.attackers]
            distinct_attackers = [set(x) for x in self.attackers]
            state = [0] * n  # 0 undecided, 1 in, 2 out
            queue = [a for a in range(n) if live_attackers[a] == 0]
            for a in queue:
                state[a] = 1
            while queue:
                a = queue.pop()
                for b in set(self.attacks_of[a]):
                    if state[b] != 0:
                        continue
                    state[b] = 2
                    for c in set(self.attacks_of[b]):
                        if state[c] == 0 and b in distinct_attackers[c]:
                            live_attackers[c] -= 1
                            if live_attackers[c] == 0:
                                state[c] = 1
                                queue.append(c)
            self._grounded = {a for a in range(n) if state[a] == 1}
        return self._grounded

    # --- witness checks; each returns None or a reason -----------------------------------------
    def range_of(self, w):
        r = set(w)
        for a in w:
            r.update(self.attacks_of[a])
        return r

    def conflict_free(self, w):
        for b in w:
            for a in self.attackers[b]:
                if a in w:
                    return f"conflict: {self.names[a]} attacks {self.names[b]}"
        return None

    def admissible(self, w):
        why = self.conflict_free(w)
        if why:
            return why
        attacked = set()
        for a in w:
            attacked.update(self.attacks_of[a])
        for b in w:
            for a in self.attackers[b]:
                if a not in attacked:
                    return f"undefended: {self.names[b]} attacked by {self.names[a]}"
        return None

    def complete(self, w):
        why = self.admissible(w)
        if why:
            return why
        attacked = set()
        for a in w:
            attacked.update(self.attacks_of[a])
        for c in range(self.n):
            if c not in w and all(a in attacked for a in self.attackers[c]):
                return f"not complete: {self.names[c]} is defended but outside"
        return None

    def stable(self, w):
        why = self.conflict_free(w)
        if why:
            return why
        r = self.range_of(w)
        if len(r) != self.n:
            missing = next(c for c in range(self.n) if c not in r)
            return f"not stable: {self.names[missing]} neither in nor attacked"
        return None

    def range_maximal_by_one(self, w):
        """A stage extension cannot grow its range by adding one argument without conflict."""
        r = self.range_of(w)
        for x in range(self.n):
            if x in r:
                continue
            if x in self.attacks_of[x] or any(a in w for a in self.attackers[x]) or any(b in w for b in self.attacks_of[x]):
                continue
            return f"not stage: adding {self.names[x]} keeps conflict-freeness and grows the range"
        return None


# ---------------------------------------------------------------------------------------------
# Running one solver on one (instance, task).

def query_argument(instance, base_seed):
    """One query argument per instance, drawn uniformly with a seed from the instance name (as
    ICCMA 2023 fixed one query argument per instance)."""
    rng = random.Random(f"{base_seed}/{instance.path.name}")
    return instance.names[rng.randrange(instance.n)] if instance.n else None


def _cpu_seconds(pid):
    """CPU time (user + system, all threads) of a running process, from /proc; None if unknown."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def run_one(template, task, instance, query, limit, cpu_limit=None):
    """Runs one command, killed (with its process group) after `limit` seconds of wall time, or as
    soon as its own CPU time passes `cpu_limit` (such a run can no longer count as solved, so
    killing it changes no score; it only stops it from taking the rest of the wall slack)."""
    q = f"-a {shlex.quote(query)}" if task.startswith(("DC", "DS")) else ""
    cmd = template.format(task=task, file=shlex.quote(str(instance.path)), query=q, limit=f"{limit:g}")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    # exec: the solver replaces the shell, so a killed solver is still our child and its CPU
    # time reaches RUSAGE_CHILDREN.
    proc = subprocess.Popen("exec " + cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True, text=True)
    timed_out = False
    while True:
        left = limit - (time.monotonic() - start)
        try:
            out, err = proc.communicate(timeout=max(0.0, min(left, 0.5 if cpu_limit else left)))
            break
        except subprocess.TimeoutExpired:
            used = _cpu_seconds(proc.pid) if cpu_limit else None
            if time.monotonic() - start >= limit or (used is not None and used > cpu_limit):
                timed_out = True
                os.killpg(proc.pid, signal.SIGKILL)
                out, err = proc.communicate()
                break
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return dict(command=cmd, exit=proc.returncode, timed_out=timed_out, wall=round(wall, 3),
                cpu=round(cpu, 3), stdout=out, stderr=err[-2000:])


def parse_answer(task, instance, stdout):
    """(answer, witness) with answer YES/NO (witness a set of indices or None), or raises."""
    lines = [l.strip() for l in stdout.splitlines() if l.strip()]
    answer, witness = None, None
    for line in lines:
        if line in ("YES", "NO") and answer is None:
            answer = line
        elif line == "w" or line.startswith("w "):
            names = line.split()[1:]
            unknown = [x for x in names if x not in instance.index]
            if unknown:
                raise ValueError(f"witness names unknown argument {unknown[0]!r}")
            witness = {instance.index[x] for x in names}
    if task.startswith("SE"):
        if witness is not None:
            return "YES", witness
        if answer == "NO":
            return "NO", None
        raise ValueError("no witness and no NO")
    if answer is None:
        raise ValueError("no YES/NO line")
    return answer, witness


def check_witness(task, instance, query_index, answer, witness):
    kind, sem = task.split("-")
    if witness is None:
        if kind == "DC" and answer == "YES":
            return "DC YES without a witness"
        if kind == "DS" and answer == "NO":
            return "DS NO without a witness"
        if kind == "SE" and sem != "ST" and answer == "NO":
            return f"SE-{sem} answered NO, but every framework has a {sem} extension"
        return None
    if kind == "DC" and query_index not in witness:
        return "DC YES witness does not contain the query"
    if kind == "DS" and query_index in witness:
        return "DS NO witness contains the query"
    if sem == "ST":
        return instance.stable(witness)
    if sem == "STG":
        return instance.conflict_free(witness) or instance.range_maximal_by_one(witness)
    if sem == "ID":
        why = instance.admissible(witness)
    else:  # CO, PR, SST: complete
        why = instance.complete(witness)
    if why:
        return why
    if not instance.grounded() <= witness:
        return "does not contain the grounded extension"
    return None


# ---------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--families", default="all", help="comma list of " + ",".join(FAMILIES) + ", or all, or none")
    ap.add_argument("--instances", type=int, default=50, help="instances per family (default 50)")
    ap.add_argument("--size", action="append", default=[], metavar="FAMILY=N", help="override a family's size")
    ap.add_argument("--real", action="append", default=[], metavar="DIR",
                    help="real instances: every .af/.i23, or .apx/.tgf with no .af of the same name, under DIR")
    ap.add_argument("--instance", action="append", default=[], metavar="FILE", help="one more instance file")
    ap.add_argument("--tasks", default="iccma23", help="iccma23 (the 13 main-track tasks), all, or a comma list")
    ap.add_argument("--limit", type=float, default=60.0, help="seconds per run (default 60); PAR-2 counts 2x limit")
    ap.add_argument("--clock", choices=["cpu", "wall"], default="cpu", help="time that PAR-2 scores (both are recorded)")
    ap.add_argument("--wall-slack", type=float, default=1.0,
                    help="kill a run after LIMIT x this many wall seconds (default 1: the limit itself); above 1 it lets "
                         "CPU-time runs finish on a shared machine; solved still needs the --clock time within the limit")
    ap.add_argument("--solver", action="append", default=[], metavar="NAME=TEMPLATE")
    ap.add_argument("--argmap", action="append", default=[], metavar="NAME=BINARY",
                    help="an argmap build: BINARY solve -p {task} -f {file} {query} --timeout {limit}")
    ap.add_argument("--seed", type=int, default=2023, help="base seed of instances and query arguments")
    ap.add_argument("--generator", default=str(ROOT / "build" / "bench" / "iccma_generate"))
    ap.add_argument("--instances-dir", default=str(ROOT / "build" / "iccma-instances"))
    ap.add_argument("--out", default=str(ROOT / "build" / "iccma-par2"), help="folder for runs.json, runs.csv, table.md")
    ap.add_argument("--resume", action="store_true", help="reuse runs already in OUT/runs.json")
    ap.add_argument("--retry-unsolved", action="store_true", help="with --resume: run again what was not solved")
    ap.add_argument("--budget", type=float, default=0, help="stop starting runs after this many wall seconds (0: none)")
    ap.add_argument("--list", action="store_true", help="list the instances and exit")
    ap.add_argument("--self-test", action="store_true", help="check the checker, then a liar and the --argmap builds end to end")
    args = ap.parse_args()
    if args.self_test:
        return self_test(args.argmap)

    solvers = {}
    for s in args.solver:
        name, _, template = s.partition("=")
        solvers[name] = template
    for s in args.argmap:
        name, _, binary = s.partition("=")
        solvers[name] = shlex.quote(str(Path(binary).resolve())) + " solve -p {task} -f {file} {query} --timeout {limit}"
    if not solvers:
        solvers["argmap"] = shlex.quote(str(ROOT / "build" / "tools" / "argmap" / "argmap")) + \
            " solve -p {task} -f {file} {query} --timeout {limit}"

    tasks = ICCMA23_TASKS if args.tasks == "iccma23" else ALL_TASKS if args.tasks == "all" else args.tasks.split(",")
    families = [] if args.families == "none" else list(FAMILIES) if args.families == "all" else args.families.split(",")
    sizes = {f: FAMILIES[f]["size"] for f in FAMILIES}
    for s in args.size:
        f, _, v = s.partition("=")
        sizes[f] = int(v)

    # instances
    entries = []  # (family, path, meta)
    for f in families:
        if f not in FAMILIES:
            sys.exit(f"unknown family {f!r}; known: {', '.join(FAMILIES)}")
        for i in range(args.instances):
            path, meta = generate(args.generator, f, sizes[f], i, args.seed, Path(args.instances_dir))
            entries.append((f, path, meta))
    for d in args.real:
        d = Path(d)
        files = sorted(p for p in d.rglob("*") if p.suffix in (".af", ".i23", ".apx", ".tgf"))
        stems = {p.with_suffix("") for p in files if p.suffix in (".af", ".i23")}
        chosen = set()
        for p in files:
            if p.suffix in (".apx", ".tgf") and (p.with_suffix("") in stems or p.with_suffix("") in chosen):
                continue
            chosen.add(p.with_suffix(""))
            entries.append(("real:" + p.parent.name, p, {}))
    for p in args.instance:
        entries.append(("file", Path(p), {}))
    if args.list:
        for f, p, meta in entries:
            print(f, p, meta.get("generator", ""))
        return 0

    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    runs_path = out_dir / "runs.json"
    runs = []
    done = set()
    if args.resume and runs_path.exists():
        runs = json.loads(runs_path.read_text())
        if args.retry_unsolved:
            runs = [r for r in runs if r["solved"]]
        done = {(r["solver"], r["instance"], r["task"]) for r in runs}

    wrong = []

    def loud(msg):
        wrong.append(msg)
        print("WRONG " + msg, file=sys.stderr, flush=True)

    # runs.json holds every witness (ba and admbuster ones make it hundreds of MB), so it is
    # rewritten at most every 30 s and at the end, through a temporary file and a rename; a
    # run killed in between loses at most those 30 s of runs, which --resume runs again.
    last_save = [time.monotonic()]

    def save(force=False):
        if force or time.monotonic() - last_save[0] >= 30:
            tmp_path = runs_path.with_suffix(".json.tmp")
            tmp_path.write_text(json.dumps(runs))
            tmp_path.replace(runs_path)
            last_save[0] = time.monotonic()

    started = time.monotonic()
    stopped_by_budget = False
    for family, path, meta in entries:
        inst = Instance(path, family)
        query = query_argument(inst, args.seed)
        for task in tasks:
            for name, template in solvers.items():
                key = (name, str(path), task)
                if key in done:
                    continue
                if args.budget and time.monotonic() - started > args.budget:
                    stopped_by_budget = True
                    break
                r = run_one(template, task, inst, query, args.limit * max(1.0, args.wall_slack),
                            cpu_limit=args.limit if args.clock == "cpu" else None)
                t = r[args.clock]
                rec = dict(solver=name, family=family, instance=str(path), arguments=inst.n, attacks=inst.attacks,
                           task=task, query=query if task[:2] in ("DC", "DS") else None, limit=args.limit,
                           cpu=r["cpu"], wall=r["wall"], exit=r["exit"], timed_out=r["timed_out"],
                           command=r["command"], **meta)
                solved = not r["timed_out"] and r["exit"] == 0 and t <= args.limit
                answer, witness, error = None, None, None
                if solved:
                    try:
                        answer, witness = parse_answer(task, inst, r["stdout"])
                    except ValueError as e:
                        error = f"unparsable output: {e}"
                        solved = False
                elif not r["timed_out"] and r["exit"] not in (0, 3):
                    error = f"exit {r['exit']}: {r['stderr'].strip()[-300:]}"
                if solved:
                    qi = inst.index[query] if task[:2] in ("DC", "DS") else None
                    why = check_witness(task, inst, qi, answer, witness)
                    if why:
                        loud(f"{name} {task} {path.name}: {why}")
                        error = "wrong: " + why
                        solved = False
                rec.update(solved=solved, answer=answer, witness_size=None if witness is None else len(witness),
                           witness=None if witness is None else sorted(witness), error=error,
                           par2=(t if solved else 2 * args.limit))
                runs.append(rec)
                late = not solved and error is None and r["exit"] == 0 and t > args.limit  # an answer after the limit
                status = (f"{answer} {t:.2f}s" if solved else f"TIMEOUT (answered after {t:.2f}s)" if late
                          else "TIMEOUT" if r["timed_out"] or r["exit"] == 3 else f"FAIL {error}")
                print(f"{name:>8} {task:7} {path.name[:60]:60} {status}", flush=True)
                save()
            if stopped_by_budget:
                break
        if stopped_by_budget:
            print("budget reached: stopping (rerun with --resume to continue)", file=sys.stderr)
            break

    save(force=True)
    cross_check(runs, {str(p): p for _, p, _ in entries}, loud)
    write_reports(runs, out_dir, list(solvers), tasks, args)
    if wrong:
        print(f"\n{len(wrong)} WRONG answer(s); see above and {runs_path}", file=sys.stderr)
        return 1
    return 0


def cross_check(runs, paths, loud):
    """Answers that must agree: same (instance, task) across solvers; implications between tasks."""
    by_instance = {}
    for r in runs:
        if r["solved"]:
            by_instance.setdefault(r["instance"], []).append(r)
    for inst_path, rs in by_instance.items():
        name = Path(inst_path).name
        answers = {}
        for r in rs:
            answers.setdefault(r["task"], {})[r["solver"]] = r["answer"]
        for task, per in answers.items():
            if len(set(per.values())) > 1:
                loud(f"solvers disagree on {task} {name}: {per}")

        def ans(task):
            vals = set(answers.get(task, {}).values())
            return vals.pop() if len(vals) == 1 else None

        if ans("DC-CO") and ans("DC-PR") and ans("DC-CO") != ans("DC-PR"):
            loud(f"DC-CO {ans('DC-CO')} but DC-PR {ans('DC-PR')} on {name}")
        if ans("SE-ST") == "NO":
            for t, bad in (("DC-ST", "YES"), ("DS-ST", "NO")):
                if ans(t) == bad:
                    loud(f"SE-ST NO (no stable extension) but {t} {bad} on {name}")
        if ans("DC-ST") == "YES" and ans("SE-ST") == "NO":
            loud(f"DC-ST YES but SE-ST NO on {name}")
        if ans("DS-PR") == "YES" and ans("DC-CO") == "NO":
            loud(f"DS-PR YES but DC-CO NO on {name}")
        # Witness-level checks across tasks. Only the stable check reads the instance again, and
        # only when a stable extension is known and a semi-stable or stage witness is there to check.
        stable_known = any(r["task"] in ("SE-ST", "DC-ST", "DS-ST") and r["witness"] is not None for r in rs)
        preferred = [set(r["witness"]) for r in rs if r["task"] in ("SE-PR", "DS-PR", "DC-PR") and r["witness"] is not None]
        check_stable = stable_known and any(r["task"].endswith(("-SST", "-STG")) and r["witness"] is not None for r in rs)
        inst = Instance(paths[inst_path], "") if check_stable and inst_path in paths else None
        for r in rs:
            if r["witness"] is None:
                continue
            w = set(r["witness"])
            if inst is not None and r["task"].endswith(("-SST", "-STG")):
                why = inst.stable(w)
                if why:
                    loud(f"{r['solver']} {r['task']} {name}: a stable extension exists, so the witness must be stable ({why})")
            if r["task"].endswith("-ID"):
                for p in preferred:
                    if not w <= p:
                        loud(f"{r['solver']} {r['task']} {name}: ideal witness not inside a preferred witness")
                        break


def write_reports(runs, out_dir, solvers, tasks, args):
    with open(out_dir / "runs.csv", "w", newline="") as f:
        cols = ["solver", "family", "instance", "arguments", "attacks", "task", "query", "limit", "cpu", "wall",
                "exit", "timed_out", "solved", "answer", "witness_size", "par2", "error"]
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in runs:
            w.writerow(r)
    families = []
    for r in runs:
        if r["family"] not in families:
            families.append(r["family"])
    cell = {}
    for r in runs:
        c = cell.setdefault((r["family"], r["task"], r["solver"]), [0.0, 0, 0])
        c[0] += r["par2"]
        c[1] += 1 if r["solved"] else 0
        c[2] += 1
    lines = [f"PAR-2 ({args.clock} time, limit {args.limit:g} s, unsolved = {2 * args.limit:g} s, runs killed after "
             f"{args.limit * max(1.0, args.wall_slack):g} s wall), mean seconds per instance, solved/run; "
             f"solvers: {', '.join(solvers)}", ""]
    present = [t for t in tasks if any((f, t, s) in cell for f in families for s in solvers)]
    lines.append("| family | " + " | ".join(present) + " |")
    lines.append("|---|" + "---|" * len(present))
    for f in families:
        row = [f]
        for t in present:
            parts = []
            for s in solvers:
                c = cell.get((f, t, s))
                parts.append("–" if c is None else f"{c[0] / c[2]:.2f} ({c[1]}/{c[2]})")
            row.append(" → ".join(parts) if len(solvers) > 1 else parts[0])
        lines.append("| " + " | ".join(row) + " |")
    lost = [r for r in runs if not r["solved"]]
    lines += ["", f"Unsolved runs: {len(lost)} (per instance and solver; CPU seconds when killed or when it "
              "answered too late, or why it failed)", ""]
    by_instance = {}
    for r in lost:
        by_instance.setdefault(r["instance"], {}).setdefault(r["solver"], []).append(r)
    for inst, per in by_instance.items():
        first = next(iter(per.values()))[0]
        parts = []
        for s in [s for s in solvers if s in per] + [s for s in per if s not in solvers]:
            runs_s = ", ".join(f"{r['task']} ({r['error'] or format(r['cpu'], '.0f') + ' s cpu'})" for r in per[s])
            parts.append(f"{s}: {runs_s}" if len(solvers) > 1 else runs_s)
        lines.append(f"- {Path(inst).name} ({first['arguments']} arguments, {first['attacks']} attacks): "
                     + "; ".join(parts))
    (out_dir / "table.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines[:len(families) + 4]))


def self_test(argmap_binaries):
    """The checker against frameworks small enough to reason out by hand, then end to end: a
    solver that lies is caught, argmap's answers pass."""
    import tempfile
    tmp = Path(tempfile.mkdtemp(prefix="par2-selftest-"))
    failures = []

    def expect(what, got, want):
        if (got is None) != want:
            failures.append(f"{what}: got {got!r}, expected {'a pass' if want else 'a failure'}")

    # 1 <-> 2, 2 -> 3: complete {} {1,3} {2}; stable {1,3} {2}; grounded {}.
    (tmp / "mutual.af").write_text("p af 3\n1 2\n2 1\n2 3\n")
    m = Instance(tmp / "mutual.af", "self")
    expect("stable {1,3}", m.stable({0, 2}), True)
    expect("stable {2}", m.stable({1}), True)
    expect("stable {1}", m.stable({0}), False)
    expect("complete {1}", m.complete({0}), False)      # 3 is defended by {1}
    expect("complete {1,3}", m.complete({0, 2}), True)
    expect("admissible {3}", m.admissible({2}), False)  # 2 attacks 3, nobody answers
    expect("conflict-free {1,2}", m.conflict_free({0, 1}), False)
    if m.grounded() != set():
        failures.append(f"grounded of mutual.af: {m.grounded()}")
    # 1 -> 2 -> 3 and a self-attacker 4 -> 4, 4 -> 5: grounded {1,3}; stage {1,3,5}? 5 is attacked
    # only by 4, which is not in range of {1,3}; {1,3,5} is conflict-free with a larger range.
    (tmp / "chain.af").write_text("# a comment line\np af 5\n1 2\n2 3\n4 4\n4 5\n")
    c = Instance(tmp / "chain.af", "self")
    if c.grounded() != {0, 2}:
        failures.append(f"grounded of chain.af: {c.grounded()}")
    expect("stage {1,3}", c.range_maximal_by_one({0, 2}), False)
    expect("stage {1,3,5}", c.range_maximal_by_one({0, 2, 4}), True)
    expect("witness without grounded", check_witness("SE-CO", c, None, "YES", {0, 2, 4}), False)  # 5 undefended
    expect("DC witness without query", check_witness("DC-CO", c, 1, "YES", {0, 2}), False)
    expect("DS NO witness with query", check_witness("DS-PR", c, 0, "NO", {0, 2}), False)
    expect("SE-PR NO", check_witness("SE-PR", c, None, "NO", None), False)
    expect("SE-ST NO", check_witness("SE-ST", c, None, "NO", None), True)
    # apx and tgf parse to the same framework with names
    (tmp / "mutual.apx").write_text("arg(x). arg(y).\narg(z).\natt(x,y). att(y,x). att(y,z).\n")
    (tmp / "mutual.tgf").write_text("x\ny\nz\n#\nx y\ny x\ny z\n")
    for f in ("mutual.apx", "mutual.tgf"):
        i = Instance(tmp / f, "self")
        if i.names != ["x", "y", "z"] or i.attacks != 3 or i.stable({0, 2}) or not i.stable({0}):
            failures.append(f"{f}: parsed {i.names} with {i.attacks} attacks")

    # Cross-checks between runs: on mutual.af a stable extension is known, so a semi-stable
    # witness must be stable ({1} is not); an ideal witness must lie inside every preferred one,
    # checked without the instance (here not among the paths).
    def run(task, answer, witness, solver="s"):
        return {"solver": solver, "instance": str(tmp / "mutual.af"), "task": task, "answer": answer,
                "witness": witness, "solved": True}
    said = []
    cross_check([run("SE-ST", "YES", [0, 2]), run("SE-SST", "YES", [0])], {str(tmp / "mutual.af"): tmp / "mutual.af"},
                said.append)
    if not any("SE-SST" in x and "stable" in x for x in said):
        failures.append(f"cross_check missed a non-stable SE-SST witness: {said}")
    said = []
    cross_check([run("SE-ST", "YES", [0, 2]), run("SE-SST", "YES", [1])], {str(tmp / "mutual.af"): tmp / "mutual.af"},
                said.append)
    if said:
        failures.append(f"cross_check complained about a stable SE-SST witness: {said}")
    said = []
    cross_check([run("SE-PR", "YES", [1]), run("SE-ID", "YES", [0])], {}, said.append)
    if not any("ideal witness" in x for x in said):
        failures.append(f"cross_check missed an ideal witness outside a preferred one: {said}")
    said = []
    cross_check([run("DC-ST", "YES", [1]), run("DC-ST", "NO", None, "t")], {}, said.append)
    if not any("disagree" in x for x in said):
        failures.append(f"cross_check missed two solvers disagreeing: {said}")

    # End to end: a lying solver is reported, argmap is not.
    solvers = ["--solver", "liar=printf 'YES\\nw 1 2 3\\n'"]
    for b in argmap_binaries:
        solvers += ["--argmap", b]
    cmd = [sys.executable, __file__, "--families", "none", "--instance", str(tmp / "mutual.af"),
           "--instance", str(tmp / "chain.af"), "--instance", str(tmp / "mutual.apx"), "--tasks", "all",
           "--limit", "20", "--out", str(tmp / "out")] + solvers
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 1 or "WRONG liar" not in r.stderr:
        failures.append(f"the liar was not caught (exit {r.returncode}): {r.stderr[-500:]}")
    other = [l for l in r.stderr.splitlines() if l.startswith("WRONG") and "liar" not in l]
    if other:
        failures.append("WRONG outside the liar: " + "; ".join(other[:5]))
    runs = json.loads((tmp / "out" / "runs.json").read_text())
    honest = [x for x in runs if x["solver"] != "liar"]
    if argmap_binaries and (not honest or not all(x["solved"] for x in honest)):
        failures.append("argmap runs unsolved: " + str([(x["task"], x["error"]) for x in honest if not x["solved"]][:5]))
    for f in failures:
        print("self-test FAILED: " + f, file=sys.stderr)
    if not failures:
        print(f"self-test passed ({len(runs)} runs, {len(honest)} by argmap)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
