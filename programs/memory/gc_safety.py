# The collector runs from Python code called by natives that are in the middle of building
# new objects (not referenced by anything yet): those must survive. Also collections in
# __del__, in weakref callbacks and in generators.
import gc
import weakref


def collecting(x):
    gc.collect()
    return [x, {"x": x}]


print(list(map(collecting, range(4))))
print(sorted([3, 1, 2], key=lambda x: (gc.collect(), -x)[1]))
print(dict((k, collecting(k)) for k in "ab"))
print([collecting(i) for i in range(2)])
print(tuple(collecting(i)[0] for i in range(3)))
print({i: collecting(i) for i in range(2)})
print(set(str(collecting(i)) for i in range(2)) == {str([0, {"x": 0}]), str([1, {"x": 1}])})


class Node:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        # a collection started from a finalizer does nothing (one is already running)
        print("del", self.name, "nested collect:", gc.collect())


Node("a")
Node("b")
print("collect:", gc.collect())


class Plain:
    pass


p = Plain()
r = weakref.ref(p, lambda r: print("callback collects:", gc.collect() >= 0))
del p


def gen():
    for i in range(3):
        gc.collect()
        yield [i]


print(list(gen()))
big = [[i] for i in range(20000)]
for i in range(0, 20000, 2):
    big[i].append(big[i + 1])
    big[i + 1].append(big[i])
print("collect with big live data:", gc.collect(), sum(len(x) for x in big))
del big
print("collect after del:", gc.collect())
print("done")
