#!/usr/bin/env python3
"""Start-up time: wall time of `./minipy run programs/bench/hello.py`, median of N runs,
interleaved with the same without the class-data sharing archive (MINIPY_CDS=0), an optional
older command (--before CMD, e.g. a jar from before the start-up work) and CPython.

usage: python3 programs/bench/startup.py [--runs 10] [--before "java ... -jar old.jar"]

The goal (issue 9): median at most 0.35 s.  The machine is shared: the load average is
printed, and the configurations alternate so that load hits them alike; `user+sys` (CPU time
of the process) is less sensitive to load than wall time.
"""
import argparse
import os
import shlex
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
HELLO = os.path.join(HERE, "hello.py")


def timed(argv, env):
    t0 = time.perf_counter()
    r0 = os.times()
    p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    wall = time.perf_counter() - t0
    r1 = os.times()
    if p.returncode != 0 or p.stdout != "Hello, world!\n":
        sys.exit("failed: %s\n%s%s" % (" ".join(argv), p.stdout, p.stderr))
    return wall, (r1.children_user - r0.children_user) + (r1.children_system - r0.children_system)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--minipy", default=os.path.join(REPO, "minipy"))
    ap.add_argument("--before", help="an older minipy command to compare with (`run FILE` is appended)")
    ap.add_argument("--python", default="python3")
    args = ap.parse_args()
    base = dict(os.environ)
    mp = shlex.split(args.minipy)
    configs = [("./minipy (AppCDS archive)", mp, base),
               ("./minipy, MINIPY_CDS=0", mp, dict(base, MINIPY_CDS="0"))]
    if args.before:
        configs.append(("before: " + args.before[-40:], shlex.split(args.before), base))
    configs.append(("CPython " + sys.version.split()[0] if args.python == "python3" else args.python, [args.python], base))
    timed(mp + ["run", HELLO], base)   # builds the jar and the archive if needed
    res = {c[0]: [] for c in configs}
    load0 = os.getloadavg()[0]
    for _ in range(args.runs):
        for name, cmd, env in configs:
            res[name].append(timed(cmd + ([HELLO] if cmd == [args.python] else ["run", HELLO]), env))
    print("start-up, hello.py, %d runs each, interleaved; load %.2f -> %.2f; %s" % (
        args.runs, load0, os.getloadavg()[0], time.strftime("%Y-%m-%d %H:%M")))
    print()
    print("| command | median wall s | min wall s | median user+sys s |")
    print("|:--------|--------------:|-----------:|------------------:|")
    for name, _, _ in configs:
        w = [x[0] for x in res[name]]
        c = [x[1] for x in res[name]]
        print("| %s | %.3f | %.3f | %.3f |" % (name, statistics.median(w), min(w), statistics.median(c)))


main()
