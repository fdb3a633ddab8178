class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    def __repr__(self): return f"Point({self[0]}, {self[1]})"
p = Point(1, 2)
print(p, p.x, len(p), isinstance(p, tuple), p + (3,))
class MyStr(str):
    def shout(self): return self.upper() + "!"
s = MyStr("hi")
print(s.shout(), s + "x", type(s).__name__, repr(s))
class MyInt(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
    def double(self): return self * 2
i = MyInt(5)
print(i, i.double(), i + 1, type(i + 1))
class MyList(list):
    def __init__(self, *a):
        super().__init__(a)
    def total(self): return sum(self)
l = MyList(1, 2, 3)
l.append(4)
print(l, l.total(), len(l))
class MyDict(dict):
    def __missing__(self, k): return k * 2
d = MyDict(a=1)
print(d['a'], d['bb'], d)
class E(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise E(3, "bad")
except E as e:
    print(e, e.code, e.args, repr(e))
class F(float):
    pass
print(F(1.5) + 1, repr(F(2.5)))
