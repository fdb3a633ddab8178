# fib: recursive Fibonacci (call-heavy).
import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    t0 = time.perf_counter()
    r = fib(32)
    t1 = time.perf_counter()
    print("checksum:", r)
    print("elapsed: %.6f" % (t1 - t0))


main()
