import sys
def f():
    fr = sys._getframe()
    a = fr.f_lineno
    b = fr.f_lineno
    return a, b, sys._getframe(0).f_lineno
print(f())
def g():
    return sys._getframe(1)
fr = g()
print(fr.f_lineno, fr.f_code.co_name)
x = 1
print(fr.f_lineno)
import sys as inspect; inspect.currentframe = sys._getframe
print(inspect.currentframe().f_lineno)
print(round('a') if False else 1)
class Q: pass
try: round(Q())
except TypeError as e: print(e)
