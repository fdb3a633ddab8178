import heapq, bisect, string, keyword, operator, copy, types
h = [5, 1, 8, 3]
heapq.heapify(h); heapq.heappush(h, 0)
print(h, [heapq.heappop(h) for _ in range(3)], heapq.nlargest(2, [4, 9, 1]), heapq.nsmallest(2, [4, 9, 1], key=lambda x: -x))
pq = []
for p, t in [(2, "b"), (1, "a"), (3, "c")]: heapq.heappush(pq, (p, t))
print(heapq.heappop(pq), list(heapq.merge([1, 4], [2, 3])))
a = [1, 3, 5, 7]
print(bisect.bisect_left(a, 5), bisect.bisect(a, 5), bisect.bisect_right(a, 0))
bisect.insort(a, 4); print(a)
print(string.ascii_uppercase[:5], string.digits, string.capwords("hello big world"), string.Template("$who likes ${what}").substitute(who="tim", what="pie"))
print(keyword.iskeyword("for"), keyword.iskeyword("x"))
from operator import itemgetter, attrgetter, methodcaller
pairs = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(pairs, key=itemgetter(1)), itemgetter(0, 1)(("x", "y", "z")), operator.add(2, 3), operator.mul(3, 4))
class P:
    def __init__(self, n): self.n = n
    def greet(self, g): return g + str(self.n)
print(attrgetter("n")(P(4)), methodcaller("greet", "hi")(P(5)), operator.neg(3), operator.not_(0))
from functools import reduce
print(reduce(operator.mul, range(1, 6)))
l = [[1, 2], {"a": [3]}]
s = copy.copy(l); d = copy.deepcopy(l)
l[0].append(9); l[1]["a"].append(4)
print(s, d)
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Pt({self.x}, {self.y})"
p = Pt([1], 2); q = copy.deepcopy(p); q.x.append(5); r = copy.copy(p)
print(p, q, r, r is p, r.x is p.x)
ns = types.SimpleNamespace(a=1, b="x")
ns.c = 3
print(ns, ns.a, isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.FunctionType))
def gen(): yield 1
print(isinstance(gen(), types.GeneratorType))
