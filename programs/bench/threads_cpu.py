# threads_cpu: CPU-bound threads.  usage: threads_cpu.py N WORK [REPEAT]
# Starts N threads, each doing WORK units of pure-Python CPU work (one unit = a counting loop
# of 10,000 iterations with integer arithmetic), joins them, prints a checksum and the elapsed
# time of the threaded part.  With a GIL, N threads take about N times as long as one; without
# one (and with N free cores) about as long as one.
# REPEAT (default 1): do the whole start/join round REPEAT times in this process and report
# the fastest round as `elapsed:` (the earlier rounds warm up a JIT); all rounds are listed on
# a `rounds:` line.  `cpu:` is the CPU time the worker threads used in that round
# (time.thread_time, summed over the threads): cpu / elapsed shows how many threads really ran
# at once, and cpu per unit of work is the interpreter's cost whatever the machine's load.
import sys
import threading
import time

UNIT = 10_000


def work(seed, units):
    total = 0
    acc = seed
    for u in range(units):
        i = 0
        while i < UNIT:
            acc = (acc * 31 + i) % 1000003
            total += (i * 3 + acc) % 7
            i += 1
    return total, acc


def one_round(n, units):
    results = [None] * n
    cpu = [0.0] * n

    def run(k):
        c0 = time.thread_time()
        results[k] = work(k + 1, units)
        cpu[k] = time.thread_time() - c0

    threads = [threading.Thread(target=run, args=(k,)) for k in range(n)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    t1 = time.perf_counter()
    total = 0
    for r in results:
        total = (total * 1000003 + r[0] * 7 + r[1]) % 4294967291
    return total, t1 - t0, sum(cpu)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    units = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    repeat = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    times = []
    cpus = []
    total = None
    for _ in range(repeat):
        t, dt, c = one_round(n, units)
        if total is not None and t != total:
            print("checksum changed between rounds:", total, t)
        total = t
        times.append(dt)
        cpus.append(c)
    print("checksum:", n, units, total)
    if repeat > 1:
        print("rounds:", " ".join(["%.3f" % x for x in times]))
    best = times.index(min(times))
    print("cpu: %.6f" % cpus[best])
    print("elapsed: %.6f" % times[best])


main()
