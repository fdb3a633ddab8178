class A: pass
print(int | None, A | int, (int | str) | float, int | int)
print(isinstance(None, int | None), issubclass(bool, int | str))
x = int | str
print(type(x).__name__, x == x)
