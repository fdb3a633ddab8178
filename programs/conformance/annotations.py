x: int = 5
y: list
def f(a: int, b: str = "x") -> str:
    return b * a
print(f(2), f.__annotations__)
class C:
    a: int
    b: str = "hi"
print(C.__annotations__, C.b)
print(__annotations__)
lam = lambda *a, **k: (a, k)
print(lam(1, z=2))
def g(a, /, b, *, c): return a + b + c
print(g(1, 2, c=3))
print(f"{x=}", f"{x!r:>5}", f"{'a' if x else 'b'}")
a = [1, 2, 3]
print(a[::-1], *a, sep="-")
if (n := len(a)) > 2: print("walrus", n)
print({**{"a": 1}, "b": 2}, [*a, 4])
global_var = 1
