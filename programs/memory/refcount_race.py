# Why reference counts need the GIL.
#
# Every time a thread loads `shared` (or drops a name bound to it) the list's reference count
# goes up or down by one: a read, an add and a write. Two threads doing that at once without
# a lock can both read the same old value and write back the same new one, and one of the two
# updates is lost. The count then drifts: one lost increment too many and the list is freed
# while `shared` still refers to it; one lost decrement and it is never freed.
#
# Run it three ways:
#   minipy run --gil=on  programs/memory/refcount_race.py    # the GIL serialises the updates
#   minipy run --gil=off programs/memory/refcount_race.py    # atomic updates: still exact
#   minipy run --gil=off --refcount=racy programs/memory/refcount_race.py
# The last one updates counts the way CPython would without its GIL. minipy then notices the
# damage: "minipy: use of freed object <list at ...> (refcount race)" when the list was freed
# too early and is touched again, or a count that no longer matches the references.
import sys
import threading
import time

shared = [1, 2, 3]
# A fixed time, not a fixed count, so the threads overlap on any machine (argument: seconds).
SECONDS = float(sys.argv[1]) if len(sys.argv) > 1 else 1.5
start = sys.getrefcount(shared)
go = threading.Event()


def worker():
    go.wait()               # both threads start together, so their updates overlap
    end = time.monotonic() + SECONDS
    while time.monotonic() < end:
        for i in range(1000):
            a = shared      # +1 (the local a), and the previous value of a: -1
            b = a           # +1 (b), previous b: -1
            c = (a, b)      # +2 in the tuple, the previous tuple freed: -2


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
go.set()
for t in threads:
    t.join()

print("list intact:", shared == [1, 2, 3])
drift = sys.getrefcount(shared) - start
print("reference count back where it started:", drift == 0)
if drift != 0:
    print("damage: the count is off by", drift, "(lost updates)")
