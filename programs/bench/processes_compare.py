#!/usr/bin/env python3
"""Runs processes_cpu.py under minipy (GIL on and off) and CPython: 1 and N processes (N
processes do N times the total work), N threads for contrast, and the median start+join of a
process; prints one table and the key ratios of the tracker's issue 4.

usage: python3 programs/bench/processes_compare.py [--minipy CMD] [--runs N] [--work UNITS]
                                                   [--repeat R] [--procs N]

"time" is the program's own `elapsed:` (the start/join part, the fastest of R rounds in one
process: earlier rounds warm up the JIT); each configuration runs --runs times (interleaved,
so load changes hit all alike) and the minimum is reported. A minipy process is an isolated
interpreter in the same JVM (own GIL), so with the GIL on N processes should take about as
long as one on N free cores, while N threads take about N times as long.
"""
import argparse
import datetime
import os
import platform
import shlex
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
PROG = os.path.join(HERE, "processes_cpu.py")


def load():
    try:
        return "%.2f %.2f %.2f" % os.getloadavg()
    except OSError:
        return "n/a"


def run_once(cmd, mode, n, work, repeat, timeout):
    argv = cmd + [PROG, mode, str(n), str(work), str(repeat)]
    try:
        p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "timeout"
    if p.returncode != 0:
        return None, "rc=%d: %s" % (p.returncode, (p.stderr.strip().splitlines() or ["?"])[-1][:100])
    inner = check = None
    for ln in p.stdout.splitlines():
        if ln.startswith("elapsed:"):
            inner = float(ln.split()[1])
        elif ln.startswith("checksum:"):
            check = ln
    if inner is None or check is None:
        return None, "bad output: %r" % p.stdout[-200:]
    return {"inner": inner, "check": check}, None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--minipy", default=os.path.join(REPO, "minipy"),
                    help="minipy command (default: the repository's ./minipy); `run --gil=on|off FILE ...` is appended")
    ap.add_argument("--python", default="python3", help="reference CPython (default python3)")
    ap.add_argument("--runs", type=int, default=3, help="runs per configuration (minimum reported)")
    ap.add_argument("--work", type=int, default=300, help="work units per worker (10,000 loop iterations each)")
    ap.add_argument("--repeat", type=int, default=3, help="rounds per program run, the fastest is reported")
    ap.add_argument("--procs", type=int, default=2, help="the multi-process count (default 2)")
    ap.add_argument("--timeout", type=float, default=900)
    args = ap.parse_args()

    mp = shlex.split(args.minipy)
    subprocess.run(mp + ["--version"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    N = args.procs
    interps = [("CPython", shlex.split(args.python))]
    for gil in ("on", "off"):
        interps.append(("minipy --gil=" + gil, mp + ["run", "--gil=" + gil]))
    configs = []
    for name, cmd in interps:
        configs += [(name, "process", 1, cmd), (name, "process", N, cmd), (name, "thread", N, cmd),
                    (name, "startjoin", 30, cmd)]

    print("# processes_cpu.py, %s" % datetime.datetime.now().strftime("%Y-%m-%d %H:%M"))
    print("# machine: %s, %d cores; %s" % (platform.machine(), os.cpu_count() or 0, platform.platform()))
    print("# work: %d units per worker; %d rounds per run (fastest); runs: %d (minimum)" % (args.work, args.repeat, args.runs))
    print("# load average at start: %s" % load())
    sys.stdout.flush()

    best, errors = {}, []
    for _ in range(args.runs):
        for name, mode, n, cmd in configs:
            r, err = run_once(cmd, mode, n, args.work, args.repeat, args.timeout)
            if err:
                errors.append("%s %s x%d: %s" % (name, mode, n, err))
                continue
            key = (name, mode, n)
            best[key] = min(best.get(key, r["inner"]), r["inner"])

    def t(name, mode, n):
        return best.get((name, mode, n))

    head = ["interpreter", "1 process", "%d processes" % N, "%d threads" % N,
            "procs ratio", "threads ratio", "start+join"]
    rows = []
    for name, _ in interps:
        t1, tp, tt, sj = t(name, "process", 1), t(name, "process", N), t(name, "thread", N), t(name, "startjoin", 30)
        f = lambda v: "%.3f s" % v if v is not None else "-"
        rows.append([name, f(t1), f(tp), f(tt),
                     "%.2f" % (tp / t1) if t1 and tp else "-",
                     "%.2f" % (tt / t1) if t1 and tt else "-",
                     "%.1f ms" % (sj * 1000) if sj is not None else "-"])
    widths = [max(len(r[i]) for r in rows + [head]) for i in range(len(head))]
    show = lambda r: "| " + " | ".join(x.ljust(widths[i]) if i == 0 else x.rjust(widths[i]) for i, x in enumerate(r)) + " |"
    print(show(head))
    print("|" + "|".join("-" * (w + 1) + ":" if i else ":" + "-" * (w + 1) for i, w in enumerate(widths)) + "|")
    for r in rows:
        print(show(r))
    print("(ratio = time of %d workers doing %dx the work / time of 1 worker)" % (N, N))
    on1, onN = t("minipy --gil=on", "process", 1), t("minipy --gil=on", "process", N)
    if on1 and onN:
        print("- GIL on: %d processes / 1 process: %.2f (goal <= 1.15: %s)" % (N, onN / on1, "met" if onN / on1 <= 1.15 else "NOT met"))
    sj = t("minipy --gil=on", "startjoin", 30)
    if sj is not None:
        print("- process start+join median: %.1f ms (goal <= 10 ms: %s)" % (sj * 1000, "met" if sj <= 0.010 else "NOT met"))
    print("# load average at end: %s" % load())
    for e in errors:
        print("# FAILURE: " + e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
