import types
x = list[int]
print(x, x.__origin__, x.__args__, x(), x([1, 2]), dict[str, list[int]], tuple[()], type[int], list[int] | None, types.GenericAlias is type(x))
class MyList(list[int]): pass
print(MyList.__bases__, MyList([1]))
def f(a: list[str], b: dict[str, int] | None = None) -> tuple[int, ...]: pass
print(f.__annotations__)
try: int[0]
except TypeError as e: print(e)
try: isinstance([], list[int])
except TypeError as e: print(e)
