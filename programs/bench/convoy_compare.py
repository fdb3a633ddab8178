#!/usr/bin/env python3
"""The convoy effect, measured: round-trip latency of an I/O-bound thread next to a CPU-bound
one (convoy.py), under CPython and under minipy's GIL policies `interval` (the default, as
CPython 3.2+), `io-priority` and `ticks:N` (the pre-3.2 GIL); and what io-priority costs
CPU-bound work (threads_cpu.py with 1 and 2 CPU threads, plus the spinner's progress during
the round trips).  Also the cost of --gil-stats and --trace on the 2-thread CPU run.

usage: python3 programs/bench/convoy_compare.py [--minipy CMD] [--python PY] [--runs N]
                [--trips N] [--work UNITS] [--transports queue,socket] [--policies P,P,...]

All configurations run interleaved (run 1 of each, then run 2 of each...), so that the load
of the shared machine hits them alike.  Latencies: the median over the runs of each run's
median and 99th percentile.  Times: the minimum over the runs.  The ratio column divides
io-priority by interval (1.00 = no cost).
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
CONVOY = os.path.join(HERE, "convoy.py")
CPU = os.path.join(HERE, "threads_cpu.py")


def load():
    try:
        return "%.2f %.2f %.2f" % os.getloadavg()
    except OSError:
        return "n/a"


def run(argv, timeout):
    t0 = time.perf_counter()
    p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=timeout)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        sys.exit("failed (%d): %s\n%s" % (p.returncode, " ".join(argv), p.stderr[-500:]))
    out = {"wall": wall}
    for ln in p.stdout.splitlines():
        k, _, v = ln.partition(":")
        try:
            out[k] = float(v.split()[0])
        except (ValueError, IndexError):
            out[k] = v.strip()
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--minipy", default=os.path.join(REPO, "minipy"),
                    help="minipy command; `run --gil-policy=P FILE ...` is appended")
    ap.add_argument("--python", default="python3")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--trips", type=int, default=10_000, help="timed round trips per run (default 10,000)")
    ap.add_argument("--work", type=int, default=300, help="threads_cpu.py work units per thread (default 300)")
    ap.add_argument("--repeat", type=int, default=3, help="threads_cpu.py rounds per process (fastest kept)")
    ap.add_argument("--timeout", type=float, default=900)
    ap.add_argument("--transports", default="queue,socket", help="round-trip transports (default queue,socket)")
    ap.add_argument("--policies", default="interval,io-priority,ticks:1000",
                    help="minipy GIL policies (default interval,io-priority,ticks:1000; the first two are compared)")
    args = ap.parse_args()
    mp = shlex.split(args.minipy)
    policies = args.policies.split(",")
    transports = args.transports.split(",")
    configs = [("CPython " + subprocess.run([args.python, "-c", "import platform;print(platform.python_version())"],
                                            stdout=subprocess.PIPE, text=True).stdout.strip(), [args.python])]
    configs += [("minipy " + p, mp + ["run", "--gil-policy=" + p]) for p in policies]
    extra = [("minipy interval --gil-stats", mp + ["run", "--gil-stats"]),
             ("minipy interval --trace", mp + ["run", "--trace=/tmp/convoy_compare_trace.json"])]
    print("convoy_compare: %d runs, %d trips, load %s, %s" % (args.runs, args.trips, load(), time.strftime("%Y-%m-%d %H:%M")))
    conv = {(name, tr): [] for name, _ in configs for tr in transports}
    cpu = {(name, n): [] for name, _ in configs + extra for n in (1, 2)}
    for r in range(args.runs):
        for name, cmd in configs + extra:
            if (name, transports[0]) in conv:
                for tr in transports:
                    conv[(name, tr)].append(run(cmd + [CONVOY, str(args.trips), "1", "100", tr], args.timeout))
            for n in ((1, 2) if (name, transports[0]) in conv else (2,)):
                cpu[(name, n)].append(run(cmd + [CPU, str(n), str(args.work), str(args.repeat)], args.timeout))
        print("  run %d done, load %s" % (r + 1, load()), flush=True)

    print()
    print("Round trips while one thread spins (median of %d runs; spins/s = the spinner's loop iterations per second):" % args.runs)
    print()
    print("| configuration | transport | round-trip median ms | p99 ms | max ms | %d trips s | spinner spins/s |" % args.trips)
    print("|:--------------|:----------|---------------------:|-------:|-------:|-----------:|----------------:|")
    for tr in transports:
        for name, _ in configs:
            rs = conv[(name, tr)]
            med = lambda k: statistics.median(x[k] for x in rs)
            print("| %s | %s | %.3f | %.3f | %.2f | %.3f | %.0f |" % (name, tr, med("median_ms"), med("p99_ms"), med("max_ms"),
                                                                    med("elapsed"), med("spins_per_s")))
    print()
    print("CPU-bound work (threads_cpu.py, %d units per thread, fastest of %d rounds, minimum of %d runs):" % (
        args.work, args.repeat, args.runs))
    print()
    print("| configuration | 1 thread s | 2 threads s | 1 thread CPU s | 2 threads CPU s |")
    print("|:--------------|-----------:|------------:|---------------:|----------------:|")
    best, bcpu = {}, {}
    for name, _ in configs + extra:
        for n in (1, 2):
            if cpu[(name, n)]:
                best[(name, n)] = min(x["elapsed"] for x in cpu[(name, n)])
                bcpu[(name, n)] = min(x["cpu"] for x in cpu[(name, n)])
        one = lambda d: "%.3f" % d[(name, 1)] if (name, 1) in d else ""
        print("| %s | %s | %.3f | %s | %.3f |" % (name, one(best), best[(name, 2)], one(bcpu), bcpu[(name, 2)]))
    a, b = "minipy " + policies[0], "minipy " + policies[1]
    print()
    print("%s / %s: 1 CPU thread %.3f, 2 CPU threads %.3f; spinner progress during round trips: %s" % (
        policies[1], policies[0], best[(b, 1)] / best[(a, 1)], best[(b, 2)] / best[(a, 2)], ", ".join(
            "%s %.3f" % (tr, statistics.median(x["spins_per_s"] for x in conv[(b, tr)])
                         / statistics.median(x["spins_per_s"] for x in conv[(a, tr)])) for tr in transports)))
    print("%s / %s in thread CPU time (less sensitive to the machine's load): 1 CPU thread %.3f, 2 CPU threads %.3f" % (
        policies[1], policies[0], bcpu[(b, 1)] / bcpu[(a, 1)], bcpu[(b, 2)] / bcpu[(a, 2)]))
    print("overhead on 2 CPU threads, interval policy: --gil-stats %.3f (CPU %.3f), --trace %.3f (CPU %.3f)" % (
        best[("minipy interval --gil-stats", 2)] / best[(a, 2)], bcpu[("minipy interval --gil-stats", 2)] / bcpu[(a, 2)],
        best[("minipy interval --trace", 2)] / best[(a, 2)], bcpu[("minipy interval --trace", 2)] / bcpu[(a, 2)]))
    print("load at end: %s" % load())


main()
