# Greenlets in several threads at once: each thread has its own main greenlet and its own
# gevent hub; switches in one thread never touch another's. Cycles are made and collected
# while greenlets are suspended (their frames keep what they hold alive).
import gc
import threading
import gevent
from greenlet import greenlet, getcurrent, error

results = {}


class Node:
    def __init__(self, value):
        self.value = value
        self.me = self          # a cycle: only the collector frees it


def pingpong(tid, n):
    main = getcurrent()
    kept = Node(tid)            # held by this suspended frame across switches

    def other(x):
        mine = [Node(i) for i in range(3)]
        while True:
            Node(x)             # garbage cycle
            if x % 500 == 0:
                gc.collect()
            x = main.switch([x, x + 1, len(mine)])

    g = greenlet(other)
    total = 0
    for i in range(n):
        a, b, m = g.switch(i)
        total += b - a + m
    gs = [gevent.spawn(lambda k: (gevent.sleep(0.01 * k), k)[1], k) for k in range(5)]
    gevent.joinall(gs)
    results[tid] = (total, kept.value, [x.value for x in gs],
                    getcurrent() is main, main.parent is None)


threads = [threading.Thread(target=pingpong, args=(t, 3000)) for t in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for tid, r in sorted(results.items()):
    print(tid, r)

# a greenlet made in one thread cannot be switched to from another
g = greenlet(lambda: None)
box = []
def try_switch():
    try:
        g.switch()
    except error as e:
        box.append(str(e))
t = threading.Thread(target=try_switch)
t.start()
t.join()
print(box)
