# When __del__ runs under reference counting, as CPython 3.11: at scope exit, on del, when a
# container is cleared or an item replaced, for cycles only at gc.collect(), weakref callbacks.
import gc, weakref, sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def scope():
    a = D("a"); b = D("b"); c = D("c")
    print("leaving scope")
scope()
x = D("x"); y = x
del x
print("after del x")
y = None
print("after y=None")
l = [D(1), D(2), D(3)]
l.clear()
print("cleared list")
d = {"k1": D("k1"), "k2": D("k2")}
d.clear()
print("cleared dict")
l = [D(i) for i in range(3)]
del l[1]
print("deleted item")
l = None
class Node:
    def __init__(self, n): self.n = n; self.other = None
    def __del__(self): print("del node", self.n)
gc.disable()
a = Node("A"); b = Node("B"); a.other = b; b.other = a
del a, b
print("cycle dropped")
print("collected", gc.collect())
def cb(r): print("callback", r() is None)
o = D("weak")
r = weakref.ref(o, cb)
del o
print("weak done")
t = (D("t1"), D("t2"))
del t
s = {1: D("s")}
s[1] = D("s2")
print("replaced")
def gen():
    try:
        yield D("g")
    finally:
        print("gen finally")
g = gen()
v = next(g)
del g
print("gen deleted")
del v
class WithSlots:
    __slots__ = ("a",)
    def __del__(self): print("del slots")
w = WithSlots(); w.a = D("in slot")
del w
print("end")
