# A traceback keeps the frames it passed through alive, and with them their local variables:
# the objects below are freed when the exception object goes, not when the function returns.
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del R", self.n)


def inner():
    r = R("inner")
    1 / 0


def outer():
    r = R("outer")
    inner()


try:
    outer()
except ZeroDivisionError as e:
    err = e
    print("caught; the frames of outer and inner are still referenced")
print("still holding the exception")
del err
print("released")

try:
    outer()
except ZeroDivisionError as e2:
    e2.__traceback__ = None      # dropping the traceback releases the frames at once
    print("traceback cleared")


def raises_own_local():
    r = R("cycle")
    err = ValueError("x")        # frame -> err -> traceback -> frame: a reference cycle
    raise err


try:
    raises_own_local()
except ValueError:
    print("caught ValueError")
print("after the handler (the cycle is still alive)")
import gc
print("collected something:", gc.collect() > 0)
print("end")
