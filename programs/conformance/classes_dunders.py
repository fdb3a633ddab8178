class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __bool__(self): return bool(self.x or self.y)
    def __lt__(self, o): return abs(self) < abs(o)
v = Vec(3, 4)
print(v + v, v * 2, 2 * v, -v, abs(v), v == Vec(3, 4), {v, Vec(3, 4)}, list(v), v[1], bool(Vec(0, 0)), sorted([Vec(5, 5), v]))
x, y = v
print(x, y, max(Vec(1, 1), v))
class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self): print("deleting"); del self._c
t = Temp(); t.celsius = 25; print(t.celsius)
try: t.celsius = -300
except ValueError as e: print(e)
del t.celsius
class Dyn:
    def __getattr__(self, name): return f"dyn_{name}"
    def __setattr__(self, name, value): object.__setattr__(self, name, value * 2)
d = Dyn(); d.a = 5; print(d.a, d.zzz)
class Counter:
    count = 0
    def __init__(self): Counter.count += 1; self.id = Counter.count
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(a): return a * 2
    def __call__(self, z): return z + self.id
c1 = Counter(); c2 = Counter.make()
print(Counter.count, c2.id, Counter.helper(4), c1(10), callable(c1))
class A:
    def hi(self): return "A"
class B(A):
    def hi(self): return "B" + super().hi()
class C(A):
    def hi(self): return "C" + super().hi()
class D(B, C):
    def hi(self): return "D" + super().hi()
print(D().hi(), [k.__name__ for k in D.__mro__], D.mro()[1].__name__)
print(repr(A())[:16], str(A)[:17], A.__name__, A.__qualname__, A.__module__, type(A()).__name__)
class Meta(type):
    def __new__(m, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(m, name, bases, ns)
class Tagged(metaclass=Meta): pass
print(Tagged.tag, type(Tagged).__name__)
class Sized:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __contains__(self, x): return x < self.n
print(len(Sized(3)), 2 in Sized(3), 5 in Sized(3), bool(Sized(0)))
class Reg:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Reg.registry.append(cls.__name__)
class R1(Reg): pass
class R2(Reg): pass
print(Reg.registry)
class Desc:
    def __get__(self, obj, owner): return "desc" if obj else "class-desc"
class H: d = Desc()
print(H().d, H.d)
print(isinstance(v, (int, Vec)), issubclass(D, (A,)), hasattr(v, "x"), getattr(v, "zz", "dflt"))
class Node:
    def __init__(self, val, nxt=None): self.val, self.nxt = val, nxt
    def __iter__(self):
        n = self
        while n: yield n.val; n = n.nxt
print(list(Node(1, Node(2, Node(3)))), sum(Node(1, Node(2))))
o = object()
try: o.x = 1
except AttributeError as e: print(e)
class Empty: pass
e = Empty(); e.__dict__["q"] = 5; print(e.q, vars(e))
