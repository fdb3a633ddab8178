# getattr/setattr/hasattr/delattr, vars, dir, callable, type, id


class Robot:
    """A tiny robot."""

    kind = "generic"

    def __init__(self, name, battery=100):
        self.name = name
        self.battery = battery

    def speak(self):
        return f"{self.name} says beep"

    def recharge(self, amount):
        self.battery = min(100, self.battery + amount)
        return self.battery


r = Robot("R2", battery=40)
print(getattr(r, "name"), getattr(r, "battery"), getattr(r, "missing", "n/a"))
print(hasattr(r, "speak"), hasattr(r, "fly"), hasattr(Robot, "kind"))
setattr(r, "color", "blue")
print(r.color, vars(r))
delattr(r, "color")
print(hasattr(r, "color"), vars(r))
print([n for n in dir(r) if not n.startswith("__")])
method = getattr(r, "speak")
print(callable(method), method())
print(getattr(r, "recharge")(25), r.battery)
print(type(r).__name__, type(r) is Robot, isinstance(r, Robot), isinstance(r, object))
print(Robot.__name__, Robot.__doc__, r.kind)
r.kind = "astromech"
print(r.kind, Robot.kind)
try:
    getattr(r, "wings")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(r, "wings")
except AttributeError as e:
    print("AttributeError on delattr:", type(e).__name__)

r2 = Robot("C3")
print(id(r) == id(r), id(r) == id(r2), r is not r2)
bound = r.speak
print(bound.__self__ is r, bound.__func__ is Robot.speak, bound.__name__)
print(Robot.speak(r2))

for attr in ("name", "battery", "kind"):
    print(f"{attr:>8}: {getattr(r2, attr)!r}")

fields = {"x": 1, "y": 2, "label": "origin"}


class Point:
    pass


p = Point()
for key, value in fields.items():
    setattr(p, key, value)
print(vars(p))
print(sorted(k for k in dir(p) if not k.startswith("_")))
print(vars(p) is p.__dict__)
p.__dict__["z"] = 3
print(p.z, hasattr(p, "z"))
print(type(Point), type(type), type(print).__name__, type(r.speak).__name__)
print(callable(Point), callable(p), Point.__name__)
