try: sorted([1, "a"])
except TypeError as e: print(e)
try: list(zip([1, 2], [1], strict=True))
except ValueError as e: print(e)
try: [1, 2].index(5)
except ValueError as e: print(e)
try: {}.pop("x")
except KeyError as e: print(repr(e))
try: "abc".index("z")
except ValueError as e: print(e)
try: int("12a")
except ValueError as e: print(e)
try: float("x")
except ValueError as e: print(e)
try: [].pop()
except IndexError as e: print(e)
try: {1, 2}.remove(5)
except KeyError as e: print(repr(e))
try: next(iter([]))
except StopIteration as e: print("stop", repr(e))
try: 1 + None
except TypeError as e: print(e)
try: (None)()
except TypeError as e: print(e)
try: "x"[5]
except IndexError as e: print(e)
try: (1, 2)[1] = 3
except TypeError as e: print(e)
try: "abc"[0] = "z"
except TypeError as e: print(e)
try: import nosuchmodule
except ModuleNotFoundError as e: print(e, e.name)
try: 10 % 0
except ZeroDivisionError as e: print(e)
try: 1.0 / 0
except ZeroDivisionError as e: print(e)
try: abs("x")
except TypeError as e: print(e)
try: max([])
except ValueError as e: print(e)
try: dict([(1, 2, 3)])
except ValueError as e: print(e)
try: hash([])
except TypeError as e: print(e)
try: len(None)
except TypeError as e: print(e)
try: iter(5)
except TypeError as e: print(e)
try: print(undefined.attr)
except NameError as e: print(e)
try: "a" * "b"
except TypeError as e: print(e)
try: [1][(None)]
except TypeError as e: print(e)
try: {}[[]]
except TypeError as e: print(e)
try: int(None)
except TypeError as e: print(e)
try: chr(-1)
except ValueError as e: print(e)
try: object().__setattr__
except AttributeError as e: print(e)
def f(*, key): pass
try: f(1)
except TypeError as e: print(e)
try: f()
except TypeError as e: print(e)
class A:
    def m(self): pass
try: A().m(1)
except TypeError as e: print(e)
try: A.m()
except TypeError as e: print(e)
