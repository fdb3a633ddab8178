# Run once by the build (mvn package) to record the classes a typical run loads into the
# AppCDS archive target/minipy.jsa (see pom.xml and ./minipy). Not a benchmark.
import sys
import time
from math import sin, sqrt


class P:
    def __init__(self, x):
        self.x = x

    def f(self):
        return sqrt(self.x * self.x)


def gen(n):
    for i in range(n):
        yield i


t0 = time.perf_counter()
d = {}
for i in gen(100):
    d[str(i)] = P(sin(i)).f()
s = sum(d.values()) + len([k for k in d if k.startswith("1")])
try:
    raise ValueError("x %d" % len(d))
except ValueError as e:
    msg = f"{e!r}"
ok = "%.3f %s" % (s, msg)
