from typing import NamedTuple, Optional, Union, List, TypedDict, Protocol, Generic, TypeVar
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(p, p.norm(), p._asdict(), Point(1), p._replace(y=1), isinstance(p, tuple))
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T): self.item = item
    def get(self) -> T: return self.item
print(Box[int](5).get(), Box("s").get())
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "x", "year": 1}
print(m, type(m).__name__)
def f(x: Optional[int] = None, y: Union[int, str] = 1) -> List[int]:
    return [x or 0, y]
print(f(), f(2, "a"), f.__annotations__["return"])
print(Optional[int], List[int], Union[int, str])
class Greeter(Protocol):
    def greet(self) -> str: ...
class En:
    def greet(self): return "hi"
def welcome(g: Greeter): return g.greet()
print(welcome(En()))
print(int | str, isinstance(3, int | str), isinstance("a", int | None))
