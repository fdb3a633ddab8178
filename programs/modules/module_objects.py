# Modules are objects: attributes, identity of repeated imports, dir()
import sys
import math
import math as maths
from math import sqrt as root, floor

print(type(math).__name__, math.__name__, maths is math, sys.modules["math"] is math)
print(root(49), floor(-0.5), root is math.sqrt)
import math
print(math is maths)
names = [n for n in dir(math) if not n.startswith("_")]
print("gcd" in names, "factorial" in names, "pi" in names)
print(hasattr(math, "sqrt"), hasattr(math, "no_such_function"))
f = getattr(math, "factorial")
print(f(10), callable(f))


def load(name):
    module = __import__(name)
    return module.__name__


print(load("time"), load("sys"))
try:
    import module_that_does_not_exist_anywhere
except ImportError as e:
    print("ImportError:", type(e).__name__, e.name)
try:
    from math import no_such_name
except ImportError as e:
    print("ImportError from-import:", type(e).__name__)
print(isinstance(math, type(sys)))
ns = vars(math)
print(ns["pi"] == math.pi)


def uses_local_import():
    import random as rnd
    rnd.seed(1)
    return 1 <= rnd.randint(1, 10) <= 10


print(uses_local_import(), "rnd" in globals())
