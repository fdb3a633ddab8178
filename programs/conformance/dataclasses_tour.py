from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from typing import List, ClassVar
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 2), Point(3), repr(Point(y=5, x=1)))
try: Point()
except TypeError as e: print(e)
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()
v = Version(1, 2)
print(v < Version(1, 3), sorted([Version(2), Version(1, 5)]), hash(v) == hash(Version(1, 2)))
try: v.major = 3
except FrozenInstanceError as e: print("frozen", e)
@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    kind: ClassVar[str] = "inv"
    def add(self, it):
        self.items.append(it); self.count += 1
i = Inventory(); i.add("apple")
j = Inventory()
print(i, j, i.count, Inventory.kind, asdict(i), astuple(i))
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self): self.area = self.w * self.h
r = Rect(2, 3)
print(r, replace(r, w=10), [f.name for f in fields(r)])
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e: print(e)
@dataclass
class Base:
    name: str
@dataclass
class Child(Base):
    age: int = 0
print(Child("a", 3), Child("b"))
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1))
try: {Point(1, 2)}
except TypeError as e: print(e)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1))
