# The gc module's controls: enable/disable, thresholds, counts, automatic collection,
# callbacks, is_tracked, garbage, DEBUG_SAVEALL.
import gc

print("enabled at start:", gc.isenabled())
print("threshold:", gc.get_threshold())
gc.collect()
c0 = gc.get_count()
print("count is a 3-tuple:", len(c0) == 3)

gc.disable()
print("enabled after disable:", gc.isenabled())
before = gc.get_count()[0]
keep = [[] for i in range(50)]
after = gc.get_count()[0]
print("50 new lists raise count[0] by at least 50:", after - before >= 50)
gc.collect()
print("count[0] after collect is small:", gc.get_count()[0] < 10)

freed = []


class Cyc:
    def __init__(self, i):
        self.i = i
        self.me = self

    def __del__(self):
        freed.append(self.i)


# disabled: cycles pile up until gc.collect()
for i in range(2000):
    Cyc(i)
print("freed while disabled:", len(freed))
print("collect:", gc.collect())
print("freed after collect:", len(freed))
freed.clear()

# enabled: the threshold triggers collections by itself
gc.enable()
for i in range(5000):
    Cyc(i)
print("automatic collection freed some:", len(freed) > 1000)
gc.collect()
print("all freed in the end:", len(freed), sorted(freed) == list(range(5000)))
freed.clear()

# thresholds
gc.set_threshold(100, 5, 5)
print("threshold:", gc.get_threshold())
gc.set_threshold(100)
print("threshold:", gc.get_threshold())
for i in range(300):
    Cyc(i)
print("small threshold collects too:", len(freed) >= 100)
gc.set_threshold(700, 10, 10)
gc.collect()
freed.clear()

# set_threshold(0) disables automatic collection
gc.set_threshold(0)
for i in range(3000):
    Cyc(i)
print("threshold 0 freed:", len(freed))
gc.set_threshold(700, 10, 10)
print("collect:", gc.collect())
freed.clear()

# callbacks
events = []


def cb(phase, info):
    events.append((phase, info["generation"], info["collected"]))


gc.callbacks.append(cb)
x = []
x.append(x)
del x
gc.collect()
gc.collect(0)
gc.callbacks.remove(cb)
print("callbacks:", events)

# collect(generation)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)

# is_tracked
print("is_tracked:", gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked({}),
      gc.is_tracked({"a": []}), gc.is_tracked(Cyc), gc.is_tracked(()))

# garbage stays empty (every cycle is collectable since PEP 442)
print("garbage:", gc.garbage)

# DEBUG_SAVEALL keeps the unreachable objects in gc.garbage instead of freeing them
gc.set_debug(gc.DEBUG_SAVEALL)
y = []
y.append(y)
del y
print("collect with SAVEALL:", gc.collect())
print("garbage:", gc.garbage)
gc.set_debug(0)
print("debug:", gc.get_debug())
gc.garbage.clear()
print("collect:", gc.collect())
print("freeze:", gc.freeze(), gc.unfreeze())
