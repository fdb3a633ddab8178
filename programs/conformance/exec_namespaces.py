ns = {}
exec("def __init__(self, a, b=2):\n    self.a = a\n    self.b = b\n", {"X": 1}, ns)
print(ns["__init__"].__qualname__)
class P: pass
P.__init__ = ns["__init__"]
p = P(1)
print(p.a, p.b)
try: P()
except TypeError as e: print(e)
