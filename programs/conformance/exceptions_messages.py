class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code
    def __str__(self): return f"[{self.code}] {self.args[0]}"
try:
    raise AppError("bad", 7)
except AppError as e:
    print(e, repr(e), e.args, e.code)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(type(e.__cause__).__name__, e.__context__ is e.__cause__, e.__suppress_context__)
e = KeyError("k"); print(str(e), repr(e))
print(repr(OSError(2, "No such file")), str(OSError(2, "No such file")))
try:
    {}["missing"]
except LookupError as e:
    print("lookup", type(e).__name__, e)
try:
    [][3]
except IndexError as e: print(e)
try:
    int("x")
except ValueError as e: print(e)
try:
    None.foo
except AttributeError as e: print(e)
try:
    undefined_name
except NameError as e: print(e)
try:
    "a" + 1
except TypeError as e: print(e)
try:
    len(5)
except TypeError as e: print(e)
def f(a, b): pass
try: f(1)
except TypeError as e: print(e)
try: f(1, 2, 3)
except TypeError as e: print(e)
try: f(1, c=2)
except TypeError as e: print(e)
class A: pass
try: A().x
except AttributeError as e: print(e)
try: A.y
except AttributeError as e: print(e)
import sys
try:
    raise RuntimeError("r")
except RuntimeError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
e = ValueError("x"); e.add_note("note1"); print(e.__notes__ if hasattr(e, "__notes__") else None)
def g():
    try:
        return "try"
    finally:
        print("finally runs")
print(g())
for i in range(3):
    try:
        if i == 1: continue
        print("body", i)
    finally:
        print("fin", i)
class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, et, ev, tb): print("exit", et.__name__ if et else None, ev); return True
with CM() as c:
    raise ValueError("inside")
print("after with")
try:
    assert 1 == 2, "math broke"
except AssertionError as e: print("assert", e)
print(issubclass(ZeroDivisionError, ArithmeticError), ZeroDivisionError.__mro__)
try:
    raise StopIteration(5)
except StopIteration as e: print(e.value)
