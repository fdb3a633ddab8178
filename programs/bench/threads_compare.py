#!/usr/bin/env python3
"""Runs threads_cpu.py (CPU-bound threads) under minipy with the GIL on and off, with 1 and
2 threads (2 threads do twice the total work), and under CPython for reference, and prints
one table plus the key ratios of the tracker's issue 3.

usage: python3 programs/bench/threads_compare.py [--minipy CMD] [--runs N] [--work UNITS]
                                                 [--repeat R] [--threads N]

Each configuration runs --runs times (interleaved) and the minimum is reported.  "time" is the
program's own `elapsed:`: the threaded part only (no JVM start-up), the fastest of R rounds
of start/join done in one process (the earlier rounds warm up the JIT; --repeat 1 = cold).
"wall" is the whole process (start-up and all R rounds).  speedup = t1 * N / tN (N threads
do N times the work of one).  "thread CPU" is the CPU time the worker threads used in the
reported round (time.thread_time summed over threads); "CPU/time" is how many threads were
really running at once (ideal: 1 with a GIL, N without), and "CPU/unit" (microseconds of CPU
per unit of work) is the interpreter's cost independent of the machine's load: it should not
grow with the number of threads.
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
PROG = os.path.join(HERE, "threads_cpu.py")


def load():
    try:
        return "%.2f %.2f %.2f" % os.getloadavg()
    except OSError:
        return "n/a"


def run_once(cmd, n, work, repeat, timeout):
    argv = cmd + [PROG, str(n), str(work), str(repeat)]
    t0 = time.perf_counter()
    try:
        p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "timeout"
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        return None, "rc=%d: %s" % (p.returncode, (p.stderr.strip().splitlines() or ["?"])[-1][:100])
    inner, check, rounds, cpu = None, None, "", None
    for ln in p.stdout.splitlines():
        if ln.startswith("elapsed:"):
            inner = float(ln.split()[1])
        elif ln.startswith("cpu:"):
            cpu = float(ln.split()[1])
        elif ln.startswith("rounds:"):
            rounds = ln.split(None, 1)[1]
        elif ln.startswith("checksum:"):
            check = ln
    if inner is None or check is None:
        return None, "bad output: %r" % p.stdout[-200:]
    return {"wall": wall, "inner": inner, "check": check, "rounds": rounds, "cpu": cpu}, None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--minipy", default=os.path.join(REPO, "minipy"),
                    help="minipy command (default: the repository's ./minipy); "
                         "`run --gil=on|off FILE ...` is appended")
    ap.add_argument("--python", default="python3", help="reference CPython (default python3)")
    ap.add_argument("--runs", type=int, default=3, help="runs per configuration (minimum reported)")
    ap.add_argument("--work", type=int, default=700,
                    help="work units per thread (one unit = 10,000 loop iterations); the "
                         "default makes one minipy thread take about 2 s on the 2-core test machine")
    ap.add_argument("--repeat", type=int, default=4,
                    help="rounds of start/join per process, the fastest is reported (default 4; 1 = cold)")
    ap.add_argument("--threads", type=int, default=2, help="the multi-thread count (default 2)")
    ap.add_argument("--timeout", type=float, default=900)
    args = ap.parse_args()

    mp = shlex.split(args.minipy)
    subprocess.run(mp + ["--version"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    N = args.threads
    configs = []
    for n in (1, N):
        configs.append(("CPython", n, shlex.split(args.python), args.repeat))
    for gil in ("on", "off"):
        for n in (1, N):
            configs.append(("minipy --gil=" + gil, n, mp + ["run", "--gil=" + gil], args.repeat))

    print("# threads_cpu.py, %s" % datetime.datetime.now().strftime("%Y-%m-%d %H:%M"))
    print("# machine: %s, %d cores; %s" % (platform.machine(), os.cpu_count() or 0, platform.platform()))
    print("# minipy: %s" % args.minipy)
    print("# work: %d units per thread; %d rounds per process (fastest reported); runs: %d (minimum reported)"
          % (args.work, args.repeat, args.runs))
    print("# load average at start: %s" % load())
    sys.stdout.flush()

    best = {}
    errors = []
    checks = {}
    for _ in range(args.runs):
        for mode, n, cmd, repeat in configs:
            r, err = run_once(cmd, n, args.work, repeat, args.timeout)
            if err:
                errors.append("%s, %d thread(s): %s" % (mode, n, err))
                continue
            checks.setdefault(n, set()).add(r["check"])
            b = best.get((mode, n))
            if b is None:
                best[(mode, n)] = r
            else:
                b["wall"] = min(b["wall"], r["wall"])
                if r["inner"] < b["inner"]:
                    b["inner"], b["cpu"] = r["inner"], r["cpu"]
            sys.stderr.write("%s n=%d: %s (load %s)\n" % (mode, n, r["rounds"], load()))
    for n, cs in checks.items():
        if len(cs) != 1:
            errors.append("checksums differ for %d thread(s): %s" % (n, sorted(cs)))

    def t(mode, n):
        b = best.get((mode, n))
        return b["inner"] if b else None

    head = ["mode", "threads", "total work", "wall s", "time s", "speedup", "thread CPU s",
            "CPU/time", "CPU/unit us"]
    rows = []
    for mode, n, _, _ in configs:
        b = best.get((mode, n))
        t1 = t(mode, 1)
        sp = "%.2f" % (t1 * n / b["inner"]) if b and t1 else "-"
        cpu = b.get("cpu") if b else None
        rows.append([mode, str(n), "%d units" % (args.work * n),
                     "%.2f" % b["wall"] if b else "FAILED", "%.3f" % b["inner"] if b else "-", sp,
                     "%.3f" % cpu if cpu is not None else "-",
                     "%.2f" % (cpu / b["inner"]) if cpu is not None else "-",
                     "%.0f" % (cpu / (args.work * n) * 1e6) if cpu is not None else "-"])
    widths = [max(len(r[i]) for r in rows + [head]) for i in range(len(head))]
    def show(r):
        return "| " + " | ".join(x.ljust(widths[i]) if i == 0 else x.rjust(widths[i])
                                 for i, x in enumerate(r)) + " |"
    print(show(head))
    print("|" + "|".join("-" * (w + 1) + ":" if i else ":" + "-" * (w + 1)
                         for i, w in enumerate(widths)) + "|")
    for r in rows:
        print(show(r))

    def ratio(a, b):
        return a / b if a is not None and b else None
    keys = [
        ("GIL off: %d threads / 1 thread" % N, ratio(t("minipy --gil=off", N), t("minipy --gil=off", 1)), 1.15, "<= 1.15"),
        ("GIL on:  %d threads / 1 thread" % N, ratio(t("minipy --gil=on", N), t("minipy --gil=on", 1)), 2.2, "<= 2.2"),
        ("1 thread: GIL off / GIL on", ratio(t("minipy --gil=off", 1), t("minipy --gil=on", 1)), 1.15, "<= 1.15"),
    ]
    print()
    for label, v, goal, text in keys:
        if v is None:
            print("- %s: n/a" % label)
        else:
            print("- %s: %.2f (goal %s: %s)" % (label, v, text, "met" if v <= goal else "NOT met"))
    def cpu_unit(mode, n):
        b = best.get((mode, n))
        return b["cpu"] / n if b and b.get("cpu") is not None else None
    cu = ratio(cpu_unit("minipy --gil=off", N), cpu_unit("minipy --gil=off", 1))
    if cu is not None:
        print("- (info) GIL off: CPU per unit of work, %d threads / 1 thread: %.2f (load-independent; "
              "1.0 = no cost from running threads in parallel)" % (N, cu))
    cp = ratio(t("minipy --gil=on", 1), t("CPython", 1))
    if cp is not None:
        print("- (info) 1 thread: minipy --gil=on / CPython: %.2f" % cp)
    cp2 = ratio(t("CPython", N), t("CPython", 1))
    if cp2 is not None:
        print("- (info) CPython: %d threads / 1 thread: %.2f" % (N, cp2))
    print("# load average at end: %s" % load())
    for e in errors:
        print("# FAILURE: " + e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
