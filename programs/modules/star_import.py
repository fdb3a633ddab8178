# from module import *, import aliases, and the __main__ guard
from math import *
import sys
import time as t
import math as m

print(floor(2.5), ceil(2.5), sqrt(81), factorial(6))
print(pi == m.pi, gcd(12, 18), isclose(e, 2.718281828, rel_tol=1e-9))
print(type(t).__name__, t.__name__, m.__name__, sys.__name__)
print(callable(t.time), callable(t.sleep), "sleep" in dir(t))
print(hasattr(m, "sqrt"), getattr(m, "tau") == 2 * pi)
print(__name__)
print("floor" in globals(), "sqrt" in dir(m))


def area_of(r):
    return pi * r * r


def report():
    for r in (1, 2.5, 10):
        print(f"r={r:<5} area={area_of(r):>10.3f}")


def main(argv):
    print("main() called with", len(argv), "argument(s)")
    report()
    return 0


if __name__ == '__main__':
    print("running as a script")
    status = main(sys.argv)
    print("status", status)
else:
    print("imported as a module")
