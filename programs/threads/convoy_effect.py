# The convoy effect: an I/O-bound thread stuck behind a CPU-bound one.
#
# One thread spins on the CPU.  The main thread does short blocking round trips with an echo
# thread: it puts a number on one queue and waits for it on another.  Alone, a round trip
# takes a few microseconds.  Next to the spinner, every time a thread wakes up from its
# blocking get() it needs the GIL back, and the spinner may hold it:
#
# - under CPython's GIL (3.2+) and minipy's default `--gil-policy=interval`, the waking
#   thread waits up to a whole switch interval (sys.getswitchinterval(), 5 ms) before it may
#   ask the spinner to drop the GIL; round trips that hit this take milliseconds, not
#   microseconds (the "convoy effect", David Beazley, bpo-7946);
# - under `minipy run --gil-policy=io-priority`, a thread coming back from a blocking call
#   (that blocked before using up half an interval: I/O-bound) asks at once, after letting the
#   spinner run at least 0.1 ms, and is first in line; the 99th percentile drops accordingly.
#
# Try:   ./minipy run --gil-stats programs/threads/convoy_effect.py
#        ./minipy run --gil-stats --gil-policy=io-priority programs/threads/convoy_effect.py
# and compare the "forced" column (drops forced by a waiting thread) and the figures this
# program prints on stderr.  programs/bench/convoy_compare.py measures it properly.
# Standard output is deterministic (it only checks the replies); timings go to stderr.
import queue
import sys
import threading
import time

TRIPS = 200
stop = False
spins = [0]


def spinner():
    n = 0
    while not stop:
        n += 1
    spins[0] = n


def echo(requests, replies):
    while True:
        x = requests.get()
        replies.put(x * 2)
        if x < 0:
            return


requests, replies = queue.Queue(), queue.Queue()
threads = [threading.Thread(target=echo, args=(requests, replies), name="echo"),
           threading.Thread(target=spinner, name="spinner")]
for t in threads:
    t.start()

latencies = []
wrong = 0
for i in range(TRIPS):
    t0 = time.perf_counter()
    requests.put(i)
    if replies.get() != 2 * i:
        wrong += 1
    latencies.append(time.perf_counter() - t0)

stop = True
requests.put(-1)
replies.get()
for t in threads:
    t.join()

print("The convoy effect: %d round trips through two queues while a thread spins" % TRIPS)
print("wrong replies:", wrong)
print("the spinning thread made progress:", spins[0] > 0)

latencies.sort()
ms = [x * 1000 for x in latencies]
slow = sum(1 for x in ms if x >= 1.0)
print("round trip: median %.3f ms, 99th percentile %.3f ms, max %.3f ms; %d of %d took 1 ms or more"
      % (ms[TRIPS // 2], ms[TRIPS * 99 // 100], ms[-1], slow, TRIPS), file=sys.stderr)
