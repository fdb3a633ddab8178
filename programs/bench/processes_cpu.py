# processes_cpu: CPU-bound processes (or threads) -- the multicore comparison of issue 4.
# usage: processes_cpu.py MODE N WORK [REPEAT]
#   MODE process: N multiprocessing.Process workers, each doing WORK units of pure-Python
#        CPU work (the unit of threads_cpu.py: a counting loop of 10,000 iterations), results
#        sent back on a Queue; prints a checksum and the elapsed time of the start/join part.
#        With isolated interpreters (own GIL each) N processes take about as long as one
#        when N cores are free, even with the GIL on.
#   MODE thread: the same with threading.Thread (the GIL serialises them).
#   MODE startjoin: N rounds of starting and joining a process whose target does nothing;
#        prints the median time of one start+join (WORK and REPEAT unused).
# REPEAT (default 1): do the whole round REPEAT times and report the fastest (earlier rounds
# warm up a JIT); all rounds are listed on a `rounds:` line.
import sys
import threading
import time
import multiprocessing as mp

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


def process_worker(k, units, q):
    q.put((k, work(k + 1, units)))


def one_round(mode, n, units):
    results = [None] * n
    if mode == 'process':
        q = mp.Queue()
        workers = [mp.Process(target=process_worker, args=(k, units, q)) for k in range(n)]
    else:
        def run(k):
            results[k] = work(k + 1, units)
        workers = [threading.Thread(target=run, args=(k,)) for k in range(n)]
    t0 = time.perf_counter()
    for w in workers:
        w.start()
    if mode == 'process':
        for i in range(n):
            k, r = q.get()
            results[k] = r
    for w in workers:
        w.join()
    t1 = time.perf_counter()
    total = 0
    for r in results:
        total = (total * 1000003 + r[0] * 7 + r[1]) % 4294967291
    return total, t1 - t0


def nothing():
    pass


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else 'process'
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    units = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    repeat = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    if mode == 'startjoin':
        times = []
        for i in range(n):
            t0 = time.perf_counter()
            p = mp.Process(target=nothing)
            p.start()
            p.join()
            times.append(time.perf_counter() - t0)
        times.sort()
        print("checksum: startjoin")
        print("elapsed: %.6f" % times[len(times) // 2])
        return
    times = []
    total = None
    for _ in range(repeat):
        t, dt = one_round(mode, n, units)
        if total is not None and t != total:
            print("checksum changed between rounds:", total, t)
        total = t
        times.append(dt)
    print("checksum:", n, units, total)
    if repeat > 1:
        print("rounds:", " ".join(["%.3f" % x for x in times]))
    print("elapsed: %.6f" % min(times))


if __name__ == '__main__':
    main()
