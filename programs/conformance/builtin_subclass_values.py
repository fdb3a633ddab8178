class Celsius(float):
    def __new__(cls, v):
        if v < -273.15: raise ValueError("too cold")
        return super().__new__(cls, v)
    def to_f(self): return self * 9 / 5 + 32
c = Celsius(100)
print(c, c.to_f(), c > 50, round(c), int(c), f"{c:.1f}", abs(Celsius(-5)), -c, c == 100.0)
try: Celsius(-300)
except ValueError as e: print(e)
class Name(str):
    def __new__(cls, v):
        return super().__new__(cls, v.strip().title())
    def initials(self): return "".join(w[0] for w in self.split())
n = Name("  ada lovelace ")
print(n, n.initials(), len(n), n[0], n[-3:], "ada" in n.lower(), n.upper(), list(n)[:3])
d = {n: 1}
print(d["Ada Lovelace"], "Ada Lovelace" == n, n == "Ada Lovelace", hash(n) == hash("Ada Lovelace"))
print(", ".join([n, "x"]), n + "!", "!" + n, n * 2, "%s|%r" % (n, n), f"{n!r:>20}", f"{n:>15}")
print(sorted([Name("b"), Name("a")]), isinstance(n, str), type(n).__name__, str(n), type(str(n)))
class Money(int):
    def __repr__(self): return f"Money({int(self)})"
    def __add__(self, o): return Money(int(self) + int(o))
m = Money(5) + 3
print(m, repr(m), m * 2, type(m * 2), [m], m + m, 10 - m, divmod(m, 3), m // 3, m ** 2, bool(Money(0)), str(m))
print(max(Money(3), Money(7)), sum([Money(1), Money(2)]), range(Money(3)), "abc"[Money(1)], hex(Money(255)), m.bit_length())
class Flag(int):
    pass
f = Flag(3)
f.label = "x"
print(f, f.label, f & 1, f | 4, ~f, f << 2, float(f), f"{f:04d}", "%d %5.2f" % (f, f), f.__class__.__name__)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self): return Pair(self[1], self[0])
p = Pair(1, 2)
a, b = p
print(p, p.swap(), a, b, p == (1, 2), hash(p) == hash((1, 2)), p[0:1], type(p[0:1]), list(p), len(p), p.count(1), p.index(2))
print(type(p).__name__, isinstance(p, tuple), {p: "v"}[(1, 2)], sorted([Pair(2, 1), Pair(1, 5)]))
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
    def __repr__(self): return f"Stack({list.__repr__(self)})"
s = Stack([1])
s.push(5)
print(s, s.peek(), len(s), s + [3], s[0], str(s))
class U(str):
    def __str__(self): return "custom"
print(str(U("a")), U("a"), f"{U('a')}", repr(U("a")))
