# weakref.ref: calling it, callbacks when the referent is freed (by reference counting or
# by the cycle collector), counts, reprs, hashing, what can be referenced weakly.
import gc
import weakref

gc.disable()


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%s)" % self.name


def cb(r):
    print("callback: ref is dead:", r() is None)


o = Obj("o")
r = weakref.ref(o)
print(r() is o, r())
print(type(r) is weakref.ref, weakref.ref is weakref.ReferenceType, type(r).__name__)
print("same basic ref:", weakref.ref(o) is r)
r2 = weakref.ref(o, cb)
print("callback attr:", r2.__callback__ is cb, r.__callback__)
print("counts:", weakref.getweakrefcount(o), len(weakref.getweakrefs(o)), weakref.getweakrefs(o)[0] is r)
print("repr alive:", repr(r).startswith("<weakref at 0x"), "to 'Obj'" in repr(r))
print("equal:", r == r2, hash(r) == hash(o))
del o
print("after del:", r(), r2(), repr(r).endswith("; dead>"))
print("count of a dead:", weakref.getweakrefcount(r))
print("still hashable:", hash(r) == hash(r))

# callbacks run newest first
o = Obj("p")
refs = [weakref.ref(o, lambda r, i=i: print("callback", i)) for i in range(3)]
del o
print("refs dead:", [x() for x in refs])

# __del__ runs before weak references are cleared
class WithDel:
    def __del__(self):
        print("__del__ sees weakref alive:", wr() is self)


w = WithDel()
wr = weakref.ref(w, lambda r: print("callback after __del__"))
del w

# A weakref that dies first never calls its callback
o = Obj("q")
tmp = weakref.ref(o, lambda r: print("never printed"))
del tmp
del o
print("no callback for a dead weakref")

# Weak references to cyclic garbage are cleared by the collector before finalizers run
class Cyc:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("Cyc.__del__", self.name, "weakref already cleared:", cr() is None)


c = Cyc("c")
cr = weakref.ref(c, lambda r: print("cycle callback, dead:", r() is None))
del c
print("collect:", gc.collect())

# A weakref that is itself part of the garbage does not call back
c = Cyc("d")
c.selfref = weakref.ref(c, lambda r: print("never printed either"))
cr = weakref.ref(c)
del c
print("collect:", gc.collect())

# Errors in callbacks are reported, not raised
o = Obj("err")
bad = weakref.ref(o, lambda r: 1 / 0)
del o
print("after failing callback")

# What can be weakly referenced
def f():
    pass


def g():
    yield 1


class L(list):
    pass


for x in [Obj("x"), f, g(), Obj, int, {1}, frozenset(), L(), len, [], {}, (), 1, "s", b"", None, object()]:
    try:
        weakref.ref(x)
        print(type(x).__name__, "ok")
    except TypeError as e:
        print(type(x).__name__, "TypeError:", e)

# weakref to a function, bound method objects die at once
def func():
    return 42


fr = weakref.ref(func)
print(fr()())
del func
print(fr())
print("done")
