# method_calls: method-call-heavy class workload (bound methods, inheritance, super(), properties).
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


def main():
    loops = 150_000
    t0 = time.perf_counter()
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
    t1 = time.perf_counter()
    print("checksum:", c.get(), v.x, v.y, acc)
    print("elapsed: %.6f" % (t1 - t0))


main()
