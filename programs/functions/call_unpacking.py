# Calls with * and ** unpacking, lambdas and higher-order functions


def point3d(x, y, z=0, *, label="P"):
    return f"{label}({x}, {y}, {z})"


coords = [1, 2, 3]
print(point3d(*coords))
print(point3d(*coords[:2]))
opts = {"label": "Q", "z": 9}
print(point3d(4, 5, **opts))
print(point3d(*[7], **{"y": 8}))
print(point3d(*(1, 2), **{"label": "R"}))
print(point3d(*range(3), label="S"))


def collect(*args, **kwargs):
    return args, kwargs


print(collect(*"ab", *[1, 2], x=1, **{"y": 2}, **{"z": 3}))
merged = {**{"a": 1, "b": 2}, **{"b": 3, "c": 4}}
print(merged)
combined = [*range(3), *"xy", 9]
print(combined)
print((*coords, *coords))
print({*[1, 2], *[2, 3]} == {1, 2, 3})

square = lambda n: n * n
add = lambda a, b=10: a + b
print(square(12), add(1), add(1, 2), (lambda: "no args")())
print((lambda *a, **k: (a, k))(1, 2, k=3))


def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed


inc_then_square = compose(square, lambda n: n + 1)
print(inc_then_square(4))


def apply_n(fn, n, value):
    for _ in range(n):
        value = fn(value)
    return value


print(apply_n(lambda v: v * 2, 10, 1))
people = [("Ann", 31), ("Bob", 25), ("Cid", 35), ("Dee", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(list(map(lambda p: p[0].upper(), people)))
print(max(people, key=lambda p: p[1])[0], min(people, key=lambda p: p[1])[0])
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in "+-*":
    print(6, sym, 3, "=", ops[sym](6, 3))


def curry(f):
    return lambda a: lambda b: f(a, b)


print(curry(lambda a, b: a ** b)(2)(8))
try:
    point3d(*[1, 2, 3, 4])
except TypeError as e:
    print("TypeError:", e)
try:
    point3d(1, **{"x": 2, "y": 3})
except TypeError as e:
    print("TypeError:", e)
