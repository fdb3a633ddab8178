# method_calls: method-call-heavy class workload (bound methods, inheritance, super(), properties).
import sys
import time


class Counter:
    def __init__(self):
        self.value = 0

    def inc(self, k):
        self.value += k
        return self

    def get(self):
        return self.value


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scale(self, k):
        return Vec(self.x * k, self.y * k)


class Base:
    def __init__(self, n):
        self.n = n

    def step(self, x):
        return x + self.n

    def twice(self, x):
        return self.step(self.step(x))


class Derived(Base):
    def step(self, x):
        return super().step(x) * 2 % 1000003

    @property
    def size(self):
        return self.n


class Other(Base):
    def step(self, x):
        return (x ^ self.n) + 1


def bench():
    loops = 1_500_000
    c = Counter()
    v = Vec(1, 2)
    w = Vec(3, -1)
    objs = [Base(3), Derived(5), Other(7)]
    acc = 0
    for i in range(loops):
        c.inc(1).inc(i & 7)
        v = v.add(w).scale(1)
        if v.x > 1000:
            v = Vec(v.x - 1000, v.y + 1000)
        o = objs[i % 3]
        acc = (acc + o.twice(i) + v.dot(w)) % 1000000007
        if i % 3 == 1:
            acc += objs[1].size
    return line("checksum:", c.get(), v.x, v.y, acc)


def line(*args):
    return " ".join([str(a) for a in args])


def main():
    # Optional argument R: do the work R times (default 1); elapsed: is that of the last
    # repetition (so R > 1 measures a warmed-up interpreter/JIT).
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = bench()
        t1 = time.perf_counter()
    print(result)
    print("elapsed: %.6f" % (t1 - t0))


main()
