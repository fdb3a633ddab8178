# generators: a pipeline of chained generators; sum of squares of filtered values.
import sys
import time


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def scaled(it, k):
    for x in it:
        yield x * k + 1


def only_odd_mod(it, m):
    for x in it:
        if x % m != 0 and x & 1:
            yield x


def squares(it):
    for x in it:
        yield x * x % 1000003


def windowed_sum(it):
    prev = 0
    for x in it:
        yield x + prev
        prev = x % 1000


def delegate(n):
    yield from windowed_sum(squares(only_odd_mod(scaled(numbers(n), 3), 7)))


def bench():
    n = 6_000_000
    total = 0
    count = 0
    for v in delegate(n):
        total += v
        count += 1
    total2 = sum(x * x % 1000003 for x in range(n) if x % 3 == 1)
    return line("checksum:", total, count, total2)


def line(*args):
    return " ".join([str(a) for a in args])


def main():
    # Optional argument R: do the work R times (default 1); elapsed: is that of the last
    # repetition (so R > 1 measures a warmed-up interpreter/JIT).
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = bench()
        t1 = time.perf_counter()
    print(result)
    print("elapsed: %.6f" % (t1 - t0))


main()
