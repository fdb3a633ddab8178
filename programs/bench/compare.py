#!/usr/bin/env python3
"""Runs the single-thread benchmarks of this folder under minipy and CPython (and PyPy /
Jython when installed), checks that their checksum lines are identical, and prints a table.

usage: python3 programs/bench/compare.py [--minipy CMD] [--runs N] [--only a,b] [--repeat R]

Each benchmark prints its checksum line(s) and a line `elapsed: SECONDS` (the work alone,
measured inside the program).  Every configuration is run N times (interleaved, so load
changes hit all interpreters alike) and the minimum is reported:
  wall   -- the whole process, including interpreter (JVM) start-up,
  inner  -- the `elapsed:` value, which excludes start-up (but includes JIT warm-up, unless
            --repeat R > 1 is given: then the work is repeated R times in one process and the
            last repetition's time is reported).
  CPU    -- user + system CPU time of the whole process (for minipy this includes the JIT
            compiler and GC threads); less sensitive to machine load than wall times.
The ratios are minipy / CPython; the last row is the geometric mean.
"""
import argparse
import datetime
import math
import os
import platform
import resource
import shlex
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
BENCHMARKS = ["count_loop", "fib", "nbody", "spectral_norm", "fannkuch", "richards",
              "float_bench", "nqueens", "dict_str", "generators", "method_calls"]


def load():
    try:
        return "%.2f %.2f %.2f" % os.getloadavg()
    except OSError:
        return "n/a"


def run_once(cmd, path, repeat, timeout):
    argv = cmd + [path] + ([str(repeat)] if repeat > 1 else [])
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    try:
        p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           timeout=timeout, cwd=HERE)
    except subprocess.TimeoutExpired:
        return {"error": "timeout"}
    wall = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    if p.returncode != 0:
        last = (p.stderr.strip().splitlines() or ["?"])[-1]
        return {"error": "rc=%d: %s" % (p.returncode, last[:100])}
    out, inner = [], None
    for ln in p.stdout.splitlines():
        if ln.startswith("elapsed:"):
            inner = float(ln.split()[1])
        else:
            out.append(ln)
    if inner is None:
        return {"error": "no elapsed: line"}
    return {"wall": wall, "inner": inner, "cpu": cpu, "out": out}


def geomean(xs):
    xs = [x for x in xs if x is not None and x > 0]
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


def fmt(x, spec="%.2f"):
    return "-" if x is None else spec % x


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--minipy", default=os.path.join(REPO, "minipy"),
                    help='minipy command, e.g. "java -XX:-DontCompileHugeMethods -jar /tmp/bench-minipy.jar" '
                         "(default: the repository's ./minipy); `run FILE` is appended")
    ap.add_argument("--python", default="python3", help="reference CPython (default python3)")
    ap.add_argument("--runs", type=int, default=3, help="runs per configuration; the minimum is reported")
    ap.add_argument("--only", default="", help="comma-separated benchmark names")
    ap.add_argument("--repeat", type=int, default=1,
                    help="repeat the work R times inside each process; inner = last repetition")
    ap.add_argument("--no-others", action="store_true", help="skip pypy3/jython even when installed")
    ap.add_argument("--timeout", type=float, default=900)
    args = ap.parse_args()

    names = BENCHMARKS
    if args.only:
        names = [n.strip().removesuffix(".py") for n in args.only.split(",") if n.strip()]
        unknown = [n for n in names if not os.path.exists(os.path.join(HERE, n + ".py"))]
        if unknown:
            ap.error("unknown benchmark(s): " + ", ".join(unknown))

    impls = [("CPython", shlex.split(args.python)),
             ("minipy", shlex.split(args.minipy) + ["run"])]
    if not args.no_others:
        for exe, label in (("pypy3", "PyPy"), ("jython", "Jython")):
            if shutil.which(exe):
                impls.append((label, [exe]))

    # a --version call first: the default ./minipy rebuilds its jar when sources changed
    subprocess.run(impls[1][1][:-1] + ["--version"], stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)

    print("# minipy benchmarks, %s" % datetime.datetime.now().strftime("%Y-%m-%d %H:%M"))
    print("# machine: %s, %d cores; %s" % (platform.machine(), os.cpu_count() or 0,
                                           platform.platform()))
    print("# CPython: %s" % subprocess.run(shlex.split(args.python) + ["--version"],
                                            capture_output=True, text=True).stdout.strip())
    print("# minipy: %s" % args.minipy)
    print("# runs: %d (minimum reported)%s" % (args.runs, ", repeat %d inside each process"
                                                % args.repeat if args.repeat > 1 else ""))
    print("# load average at start: %s" % load())
    sys.stdout.flush()

    results = {}  # (bench, impl) -> best dict
    failures = []
    for name in names:
        path = os.path.join(HERE, name + ".py")
        best = {label: None for label, _ in impls}
        for _ in range(args.runs):
            for label, cmd in impls:
                r = run_once(cmd, path, args.repeat, args.timeout)
                prev = best[label]
                if "error" in r:
                    best[label] = r if prev is None or "error" in prev else prev
                    continue
                if prev is None or "error" in prev:
                    best[label] = r
                else:
                    prev["wall"] = min(prev["wall"], r["wall"])
                    prev["inner"] = min(prev["inner"], r["inner"])
                    prev["cpu"] = min(prev["cpu"], r["cpu"])
                    if r["out"] != prev["out"]:
                        prev["unstable"] = True
        ref = best["CPython"]
        for label, _ in impls:
            b = best[label]
            if b is None or "error" in b:
                failures.append("%s under %s: %s" % (name, label, b["error"] if b else "?"))
                b = best[label] = None
            elif ref is not None and "out" in ref and b["out"] != ref["out"]:
                failures.append("%s under %s: checksum differs: %r vs CPython %r"
                                % (name, label, b["out"], ref["out"]))
                b["differs"] = True
            results[(name, label)] = b
        sys.stderr.write("%s done (load %s)\n" % (name, load()))

    others = [label for label, _ in impls[2:]]
    head = ["benchmark", "CPython wall s", "minipy wall s", "ratio wall",
            "CPython inner s", "minipy inner s", "ratio inner", "ratio CPU", "checksum"]
    head += ["%s wall s" % o for o in others]
    rows = []
    cols = {k: [] for k in ("cw", "mw", "rw", "ci", "mi", "ri", "rc")}
    for name in names:
        c, m = results.get((name, "CPython")), results.get((name, "minipy"))
        cw = c["wall"] if c else None
        ci = c["inner"] if c else None
        mw = m["wall"] if m else None
        mi = m["inner"] if m else None
        rw = mw / cw if cw and mw else None
        ri = mi / ci if ci and mi else None
        rc = m["cpu"] / c["cpu"] if c and m and c["cpu"] > 0 else None
        ok = "same" if c and m and not m.get("differs") else ("DIFFERS" if m else "FAILED")
        for k, v in zip(("cw", "mw", "rw", "ci", "mi", "ri", "rc"), (cw, mw, rw, ci, mi, ri, rc)):
            cols[k].append(v)
        row = [name, fmt(cw), fmt(mw), fmt(rw, "%.2fx"), fmt(ci, "%.3f"), fmt(mi, "%.3f"),
               fmt(ri, "%.2fx"), fmt(rc, "%.2fx"), ok]
        for o in others:
            r = results.get((name, o))
            row.append(fmt(r["wall"] if r else None) + ("" if not r or not r.get("differs") else " (differs)"))
        rows.append(row)
    g = {k: geomean(v) for k, v in cols.items()}
    rows.append(["geometric mean", fmt(g["cw"]), fmt(g["mw"]), fmt(g["rw"], "%.2fx"),
                 fmt(g["ci"], "%.3f"), fmt(g["mi"], "%.3f"), fmt(g["ri"], "%.2fx"),
                 fmt(g["rc"], "%.2fx"), ""]
                + [fmt(geomean([results[(n, o)]["wall"] for n in names if results.get((n, o))]))
                   for o in others])

    widths = [max(len(r[i]) for r in rows + [head]) for i in range(len(head))]
    def show(r):
        return "| " + " | ".join(x.ljust(widths[i]) if i == 0 else x.rjust(widths[i])
                                 for i, x in enumerate(r)) + " |"
    print(show(head))
    print("|" + "|".join("-" * (w + 1) + ":" if i else ":" + "-" * (w + 1)
                         for i, w in enumerate(widths)) + "|")
    for r in rows:
        print(show(r))
    print("# load average at end: %s" % load())
    for f in failures:
        print("# FAILURE: " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
