# Polymorphism with an abstract-ish base class and class-level registries
import math

def register_shape(cls):
    Shape.registry.append(cls.__name__)
    return cls

class Shape:
    registry = []

    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def perimeter(self):
        raise NotImplementedError

    def __str__(self):
        return f"{type(self).__name__} area={self.area():.2f} perimeter={self.perimeter():.2f}"

@register_shape
class Rectangle(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

@register_shape
class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)

@register_shape
class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r

@register_shape
class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError("invalid triangle")
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

print("registered:", Shape.registry)
shapes = [Rectangle(3, 4), Square(5), Circle(1), Triangle(3, 4, 5)]
for s in shapes:
    print(s)
print("total area: %.3f" % sum(s.area() for s in shapes))
largest = max(shapes, key=lambda s: s.area())
print("largest:", type(largest).__name__)
print([type(s).__name__ for s in sorted(shapes, key=lambda s: s.perimeter())])
print(isinstance(shapes[1], Rectangle), type(shapes[1]) is Rectangle)
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print("ValueError:", e)
counts = {}
for s in shapes:
    for klass in type(s).__mro__:
        counts[klass.__name__] = counts.get(klass.__name__, 0) + 1
print(counts)
