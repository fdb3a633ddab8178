# The cycle collector while other threads run: with the GIL off it stops them at their next
# eval-breaker check (or when they come back from a blocking call), collects, and lets them
# go. Threads build cycles, mutate shared containers and call gc.collect() themselves.
import gc
import threading
import time

freed = []            # list.append is atomic
shared = {}
lock = threading.Lock()


class Cyc:
    def __init__(self, tag, i):
        self.tag = tag
        self.i = i
        self.me = self
        self.payload = [i, {"k": [i]}]

    def __del__(self):
        freed.append((self.tag, self.i))


def worker(tag, n):
    keep = []
    for i in range(n):
        Cyc(tag, i)                       # garbage cycle
        node = {"tag": tag, "i": i}
        node["self"] = node               # another one
        keep.append([i, (i, [i])])        # live data the collector must not touch
        if i % 500 == 0:
            with lock:
                shared[(tag, i)] = keep[-1]
            time.sleep(0)
        if i % 2000 == 0:
            gc.collect()
    total = 0
    for item in keep:
        total += item[0] + item[1][0] + item[1][1][0]
    with lock:
        shared[tag] = total


threads = [threading.Thread(target=worker, args=("t%d" % k, 6000)) for k in range(3)]
for t in threads:
    t.start()
for _ in range(20):
    gc.collect()
    time.sleep(0.001)
for t in threads:
    t.join()
gc.collect()

for k in range(3):
    tag = "t%d" % k
    mine = sorted(i for (t, i) in freed if t == tag)
    print(tag, "freed", len(mine), mine == list(range(6000)), "checksum", shared[tag] == 3 * sum(range(6000)))
print("shared entries", len(shared))
print("nothing left:", gc.collect())
