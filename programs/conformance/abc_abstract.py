from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return f"{type(self).__name__} area={self.area():.2f}"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
class Half(Shape):
    def area(self): return 1
try: Shape()
except TypeError as e: print(e)
try: Half()
except TypeError as e: print(e)
s = Sq(3)
print(s.describe(), s.perimeter(), isinstance(s, Shape), issubclass(Sq, ABC), Shape.__abstractmethods__ == {"area", "perimeter"})
class Base(ABC):
    @property
    @abstractmethod
    def name(self): ...
class Impl(Base):
    @property
    def name(self): return "impl"
print(Impl().name)
try: Base()
except TypeError as e: print(e)
