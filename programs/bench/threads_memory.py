# threads_memory: resident memory of N sleeping threads.  usage: threads_memory.py [N]
# Starts N threads (default 1,000) that each wait on one threading.Event, reads the process's
# resident set size (VmRSS in /proc/self/status, Linux) before and after, then releases them.
# Issue 9 goal 5: 1,000 sleeping threads in at most 200 MB resident.
import sys
import threading


def rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return -1.0


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
go = threading.Event()
ready = threading.Semaphore(0)


def sleeper():
    ready.release()
    go.wait()


before = rss_mb()
threads = [threading.Thread(target=sleeper) for _ in range(n)]
for t in threads:
    t.start()
for _ in range(n):
    ready.acquire()
after = rss_mb()
print("threads: %d" % threading.active_count())
print("rss_before_mb: %.1f" % before)
print("rss_with_threads_mb: %.1f" % after)
print("per_thread_kb: %.1f" % ((after - before) * 1024 / n))
go.set()
for t in threads:
    t.join()
