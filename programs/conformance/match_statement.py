from dataclasses import dataclass
from enum import Enum
@dataclass
class Point:
    x: int
    y: int
class Color(Enum):
    RED = 1
    GREEN = 2
class Circle:
    __match_args__ = ("r",)
    def __init__(self, r): self.r = r
def describe(obj):
    match obj:
        case None:
            return "none"
        case True | False as b:
            return f"bool {b}"
        case 0 | 1 | 2:
            return "small int"
        case -1:
            return "minus one"
        case int(n) if n > 100:
            return f"big int {n}"
        case int() | float():
            return f"number {obj}"
        case "hello" | "hi":
            return "greeting"
        case str(s):
            return f"string {s!r}"
        case []:
            return "empty list"
        case [x]:
            return f"one item {x}"
        case [x, y]:
            return f"two items {x} {y}"
        case [first, *rest]:
            return f"first {first} rest {rest}"
        case (a, b, c):
            return "unreachable tuple"
        case {"type": "user", "name": name, **extra}:
            return f"user {name} extra {extra}"
        case {"x": x}:
            return f"dict with x={x}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis {yy}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"point {obj}"
        case Color.RED:
            return "red!"
        case Color():
            return f"color {obj.name}"
        case Circle(r=r) if r > 10:
            return "big circle"
        case Circle(r):
            return f"circle {r}"
        case _:
            return "something else"
for v in [None, True, 1, -1, 500, 7, 2.5, "hi", "yo", [], [1], [1, 2], [1, 2, 3], (4, 5, 6, 7),
          {"type": "user", "name": "ann", "age": 3}, {"x": 9, "z": 1}, Point(0, 0), Point(0, 5),
          Point(3, 3), Point(1, 2), Color.RED, Color.GREEN, Circle(20), Circle(2), object, {"y": 1}]:
    print(describe(v))
def cmd(c):
    match c.split():
        case ["go", ("north" | "south") as d]:
            print("going", d)
        case ["take", *items] if items:
            print("taking", items)
        case ["quit"]:
            print("bye")
        case _:
            print("unknown", c)
for c in ["go north", "go up", "take a b", "take", "quit"]:
    cmd(c)
match (1, 2):
    case (x, y):
        print("tuple", x, y)
match 5:
    case x:
        print("captured", x)
print(x)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(e)
match {"a": 1}:
    case {"a": 1, **rest}:
        print(rest)
match 3:
    case 1:
        print("no")
print("done")
match = {"match": 1}
print(match["match"])
