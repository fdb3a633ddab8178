def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); print(c(), c.__closure__[0].cell_contents)
fs = [lambda: i for i in range(3)]
print([f() for f in fs], [f() for f in [lambda i=i: i for i in range(3)]])
def gen():
    x = yield 1
    print("got", x)
    y = yield x * 2
    return y
g = gen(); print(next(g), g.send(5))
try: g.send(7)
except StopIteration as e: print("ret", e.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
g2 = (x * x for x in range(5))
print(sum(g2), list(g2))
print({x: x ** 2 for x in range(4) if x % 2}, [y for x in [[1, 2], [3]] for y in x], [(i, j) for i in range(2) for j in range(i)])
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), "ab")))
def g3():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in g3():
    print(v); break
print("after break")
x = 10
def scope():
    print(x)
scope()
def shadow():
    try:
        print(x)
        x = 5
    except UnboundLocalError as e:
        print("ULE", e)
shadow()
gen_exp = (i for i in range(3))
print(next(gen_exp), next(gen_exp), next(gen_exp), next(gen_exp, "done"))
print(type(gen_exp).__name__, repr(gen_exp)[:25])
it = iter([1, 2, 3])
print(next(it), list(it))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), list(zip(Countdown(2), "ab")))
print(list(iter(lambda: 1, 1)), list(reversed([1, 2, 3])), list(reversed(range(3))))
def deco_args(prefix):
    def deco(f):
        def w(*a, **k): return prefix + str(f(*a, **k))
        return w
    return deco
@deco_args(">")
def val(a, b=2): return a + b
print(val(1), val(1, b=5))
print((lambda *a, k=1, **kw: (a, k, kw))(1, 2, k=3, z=4))
def kwonly(a, *, b): return a, b
try: kwonly(1, 2)
except TypeError as e: print(e)
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]), dict(sorted({"b": 1, "a": 2}.items())))
a = [3, 1, 2]; a.sort(key=lambda v: -v); print(a, a.index(1), a.count(3))
d = {}; d.setdefault("k", []).append(1); print(d, d.get("z", 0), d.pop("k"), d, {**d, "n": 1})
s = {1, 2}; s |= {3}; print(s, s & {1, 5}, s - {1}, s ^ {1, 9}, {1, 2} <= s, frozenset([1]) | {2})
print(list(map(str, range(3))), "".join(reversed("abc")), "abc"[::-1], [1, 2, 3][-2:], [0] * 3)
m = [[0] * 2 for _ in range(2)]; m[0][0] = 1; print(m)
print(globals().get("x"), "scope" in dir(), __name__)
