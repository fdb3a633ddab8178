from collections import namedtuple, Counter, defaultdict, OrderedDict, deque
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p._replace(x=5), p._asdict(), P._fields, isinstance(p, tuple), p == (1, 2), len(p), hash(p) == hash((1,2)))
x, y = p
print(x, y, p[0], p[-1], P._make([3, 4]), tuple(p), list(p), sorted([P(2,1), P(1,2)]))
class Q(namedtuple("Q", ["a", "b"])):
    def total(self): return self.a + self.b
print(Q(1, 2).total(), Q(1, 2))
c = Counter("abracadabra")
print(c.most_common(2), c["a"], c["z"])
