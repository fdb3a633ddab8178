import itertools, functools, collections, math
print(list(itertools.accumulate([1,2,3], initial=10)), list(itertools.chain.from_iterable([[1],[2,3]])))
print(list(itertools.product("ab", repeat=2))[:3], list(itertools.permutations([1,2,3], 2))[:4], list(itertools.combinations("abc", 2)))
print([(k, list(g)) for k, g in itertools.groupby("aabbbc")], list(itertools.islice(itertools.count(5, 2), 3)))
print(list(itertools.zip_longest([1,2], "abc", fillvalue=0)), list(itertools.starmap(pow, [(2,3)])), list(itertools.takewhile(lambda x: x<3, [1,2,5,1])))
print(list(itertools.batched([1,2,3,4,5], 2)) if hasattr(itertools, "batched") else "nobatched", list(itertools.pairwise("abcd")))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(50), fib.cache_info())
p = functools.partial(int, base=2)
print(p("101"), functools.reduce(lambda a, b: a*b, [1,2,3,4]))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
def deco(f):
    @functools.wraps(f)
    def w(*a, **k):
        "wrapper"
        return f(*a, **k)
    return w
@deco
def hello():
    "doc of hello"
    return 1
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
print(math.gcd(12, 18), math.lcm(4, 6), math.isqrt(17), math.comb(5, 2), math.perm(5, 2), math.factorial(10), math.prod([1,2,3,4]))
print(math.pi, math.e, math.inf, -math.inf, math.nan, math.isclose(0.1+0.2, 0.3), math.hypot(3, 4), math.dist([0,0],[3,4]))
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.log(100, 10), math.log2(8), math.log10(1000), math.sqrt(2), math.copysign(1, -0.0))
print(math.fsum([0.1]*10), sum([0.1]*10), math.degrees(math.pi), math.radians(180), round(math.sin(math.pi/2), 3), math.atan2(1, 1))
d = collections.ChainMap({"a": 1}, {"a": 2, "b": 3})
print(d["a"], d["b"], len(d), dict(d))
dq = collections.deque([1,2,3], maxlen=3); dq.append(4); dq.appendleft(0); dq.rotate(1)
print(dq, dq.maxlen, list(reversed(dq)))
c = collections.Counter(a=3, b=1) + collections.Counter(a=1, c=2)
print(c, c.total(), list(c.elements()), c - collections.Counter(a=10))
od = collections.OrderedDict(a=1, b=2); od.move_to_end("a"); print(od, od.popitem(last=False))
print(collections.Counter("hello world").most_common(3))
