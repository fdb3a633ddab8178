# WeakValueDictionary, WeakKeyDictionary, WeakSet and weakref.finalize.
import gc
import weakref

gc.disable()


class Item:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Item(%s)" % self.name


# WeakValueDictionary: an entry vanishes when its value is freed
cache = weakref.WeakValueDictionary()
a, b, c = Item("a"), Item("b"), Item("c")
cache["a"] = a
cache["b"] = b
cache["c"] = c
print(len(cache), sorted(cache.keys()), cache["a"], "b" in cache)
del b
print(len(cache), sorted(cache.keys()), "b" in cache, cache.get("b", "gone"))
try:
    cache["b"]
except KeyError as e:
    print("KeyError:", e)
print(sorted(cache.items(), key=lambda kv: kv[0]))
print(sorted(v.name for v in cache.values()))
cache["a"] = c       # replacing a value: the old one's death must not remove the new entry
del a
print(sorted(cache.items(), key=lambda kv: kv[0]))
print(cache.pop("a"), len(cache), cache.setdefault("z", c), len(cache))
del c
print(len(cache), list(cache.keys()))

# values in a cycle vanish at the next collection
x = Item("x")
x.me = x
cache["x"] = x
del x
print("x" in cache, "collect:", gc.collect(), "x" in cache)

# WeakKeyDictionary: an entry vanishes when its key is freed
meta = weakref.WeakKeyDictionary()
k1, k2 = Item("k1"), Item("k2")
meta[k1] = "one"
meta[k2] = "two"
print(len(meta), meta[k1], k2 in meta, sorted(meta.values()))
del k1
print(len(meta), sorted(k.name for k in meta.keys()), meta.get(k2))
del meta[k2]
print(len(meta))

# WeakSet
ws = weakref.WeakSet()
items = [Item(str(i)) for i in range(5)]
for it in items:
    ws.add(it)
print(len(ws), items[0] in ws)
del items[1:3]
print(len(ws), sorted(i.name for i in ws))
items.clear()
print(len(ws), list(ws))

# weakref.finalize
def report(*args, **kwargs):
    print("finalize called with", args, kwargs)
    return "result"


obj = Item("obj")
fin = weakref.finalize(obj, report, "arg1", key="value")
print("alive:", fin.alive, "atexit:", fin.atexit)
del obj
print("alive after del:", fin.alive)
print("calling a dead finalizer:", fin())

obj = Item("obj2")
fin = weakref.finalize(obj, report, "explicit")
print("explicit call:", fin())
print("alive:", fin.alive, "second call:", fin())
del obj

obj = Item("obj3")
fin = weakref.finalize(obj, report, "detached")
det = fin.detach()
print("detach:", det[0] is obj, det[1] is report, det[2], "alive:", fin.alive)
print("peek after detach:", fin.peek())
del obj, det
print("nothing called")

# finalize on cyclic garbage runs during the collection
obj = Item("cyclic")
obj.me = obj
fin = weakref.finalize(obj, report, "from the collector")
del obj
print("collect:", gc.collect())
print("alive:", fin.alive)
print("done")
