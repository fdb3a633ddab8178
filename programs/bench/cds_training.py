# Start-up training run for the JVM's class-data sharing archive (target/minipy.jsa).
# The ./minipy launcher runs this once after each build, with -XX:ArchiveClassesAtExit: the
# classes it loads (compiler, evaluation loop, common types and modules) are then mapped from
# the archive by every later run instead of being loaded, verified and linked again.
import sys, os, time, threading, queue, collections, functools, itertools, json, math, random


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


def gen(n):
    for i in range(n):
        yield i * i


def work(q):
    q.put(sum(gen(100)))


q = queue.Queue()
t = threading.Thread(target=work, args=(q,))
t.start()
t.join()
d = {"a": [1, 2.5, "x"], "p": repr(Point(1, 2))}
s = json.dumps(d)
try:
    {}["missing"]
except KeyError as e:
    msg = f"{e!r} {s} {q.get()} {math.sqrt(2):.3f} {sorted({3, 1, 2})}"
with open(os.devnull, "w") as f:
    f.write(msg)
