# __del__ of objects in reference cycles: run by the collector, once per object (PEP 442),
# also when the object is resurrected and freed again later.
import gc

gc.disable()
gc.collect()


class Noisy:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        print("__del__", self.name, "peer:", self.peer.name if self.peer else None)


a = Noisy("a")
b = Noisy("b")
a.peer = b
b.peer = a
del a, b
print("before collect")
print("collected", gc.collect())
print("collected again", gc.collect())

# A finalizer that resurrects its object: the cycle survives the collection and __del__
# does not run again, neither at the next collection nor when the object is freed.
saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("Phoenix.__del__", self.name)
        saved.append(self)


p = Phoenix("p")
del p
print("collected", gc.collect())
print("saved", [x.name for x in saved], gc.is_finalized(saved[0]))
saved.clear()
print("collected after clear", gc.collect())

# A finalizer that breaks the cycle: the objects are then freed by reference counting
class Breaker:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("Breaker.__del__", self.name)
        self.other = None


x = Breaker("x")
y = Breaker("y")
x.other = y
y.other = x
del x, y
print("collected", gc.collect())

# Resurrection by refcounting: __del__ runs once, later frees run no finalizer
keep = []


class Once:
    def __del__(self):
        print("Once.__del__")
        keep.append(self)


o = Once()
del o
print("kept", len(keep))
keep.clear()
print("cleared")

# Objects reachable from a cycle with a finalizer are freed with it, after the finalizer
class Leaf:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("Leaf.__del__", self.name)


r = Noisy("root")
r.peer = r
r.leaf = Leaf("leaf")
del r
print("collected", gc.collect())

# A generator suspended in a cycle is closed by the collector (its finally block runs)
def gen(box):
    try:
        yield 1
        yield 2
    finally:
        print("generator finally, box holds", len(box))


box = []
g = gen(box)
box.append(g)
print(next(g))
del g, box
print("collected", gc.collect())
print("done")
