class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = "_" + name; self.public = name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age): self.name, self.age = name, age
p = Person("Ann", 30)
print(p.name, p.age, vars(p), Person.name.public)
try: p.age = "old"
except TypeError as e: print(e)
class Base:
    __slots__ = ("a",)
class Derived(Base):
    __slots__ = ("b",)
d = Derived(); d.a = 1; d.b = 2
print(d.a, d.b, hasattr(d, "__dict__"))
try: d.c = 3
except AttributeError as e: print(e)
class Loose(Base): pass
l = Loose(); l.z = 5; print(l.z)
def add_repr(cls):
    cls.__repr__ = lambda self: f"<{cls.__name__} {vars(self)}>"
    return cls
@add_repr
class Thing:
    def __init__(self): self.v = 1
print(Thing())
class Logged:
    def __getattribute__(self, name):
        if name.startswith("secret"): raise AttributeError(f"no access to {name}")
        return super().__getattribute__(name)
    def __init__(self): self.secret_x = 1; self.open = 2
lg = Logged(); print(lg.open)
try: lg.secret_x
except AttributeError as e: print(e)
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
obj = A(); obj.__class__ = B; print(obj.who(), type(obj).__name__)
class Cnt:
    instances = 0
    def __new__(cls, *a, **k):
        cls.instances += 1
        return super().__new__(cls)
    def __init__(self, v): self.v = v
c1, c2 = Cnt(1), Cnt(2); print(Cnt.instances, c2.v)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None: cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class Prop:
    def __init__(self): self._x = 0
    x = property(lambda self: self._x, lambda self, v: setattr(self, "_x", v * 10), doc="the x")
pr = Prop(); pr.x = 2; print(pr.x, Prop.x.__doc__)
class CM:
    @classmethod
    @property
    def cp(cls): return cls.__name__
print(getattr(CM, "cp", None) if False else "skip")
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
try: hash(Eq(1))
except TypeError as e: print(e)
print(Eq(1) == Eq(1), Eq(1) != Eq(2), Eq(1) in [Eq(1)])
class Ordered:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"O{self.v}"
print(sorted([Ordered(3), Ordered(1)]), max([Ordered(3), Ordered(5)]), min(Ordered(3), Ordered(2)))
try: Ordered(1) > 5
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
