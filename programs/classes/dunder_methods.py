# Special methods: operators, containers, iteration, call, repr/str, bool, hash

class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)

    def __lt__(self, other):
        return abs(self) < abs(other)

v = Vector(3, 4)
w = Vector(1, -2)
print(v, repr(v), [v, w])
print(v + w, v - w, v * 2, 3 * w, -v)
print(abs(v), v == Vector(3, 4), v != w, v == "text")
print(bool(Vector(0, 0)), bool(v), sorted([v, w, Vector(0, 1)]))
print(len({v, Vector(3, 4), w}))
print(max([v, w]), min(v, w))
