# Reference cycles are freed only by the cycle collector; gc.collect() returns the number of
# unreachable objects it found, as CPython 3.11 counts them.
import gc

gc.disable()
gc.collect()


def show(label):
    print(label, gc.collect())


# a list that contains itself
l = []
l.append(l)
del l
show("self-referencing list:")

# the same list, still named: nothing to collect
l = []
l.append(l)
show("named list:")
del l
show("after del:")

# two instances referencing each other (their __dict__ are inline in CPython 3.11)
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
show("two instances:")

# one instance referencing itself
n = Node("n")
n.other = n
del n
show("self instance:")

# once __dict__ has been asked for, the dict is an object of its own
n = Node("n")
n.__dict__["other"] = n
del n
show("instance with __dict__ used:")

# a dict that contains itself
d = {}
d["me"] = d
del d
show("self dict:")

# a ring of ten lists
ring = [[] for i in range(10)]
for i in range(10):
    ring[i].append(ring[(i + 1) % 10])
del ring
show("ring of 10 lists:")

# a tuple holding a list that holds the tuple
t = ([],)
t[0].append(t)
del t
show("tuple and list:")

# an instance in a list it references
n = Node("n")
n.other = [n]
del n
show("instance and list:")

# the empty dict and the tuple of ints are not tracked by CPython
n = Node("n")
n.other = [n, {}, (1, 2)]
del n
show("list with atomic extras:")

# a set and an instance
class Holder:
    pass


h = Holder()
s = {h}
h.s = s
del h, s
show("set cycle:")

# a function that references itself through its __dict__
def f():
    pass


f.me = f
del f
show("function attribute:")

# a closure that references itself: function, closure tuple, cell
def outer():
    def inner():
        return inner
    return inner


i = outer()
del i
show("recursive closure:")

# a bound method stored on its own instance
class WithMethod:
    def m(self):
        return 1


w = WithMethod()
w.bound = w.m
del w
show("bound method:")

# a class that references itself, with a property
class Klass:
    @property
    def p(self):
        return 1


Klass.me = Klass
del Klass
show("class with property:")

# a long chain closed into a cycle
head = Node(0)
cur = head
for k in range(1, 1000):
    nxt = Node(k)
    cur.other = nxt
    cur = nxt
cur.other = head
del head, cur, nxt
show("chain of 1000 instances:")

# nothing left
show("nothing:")
