# count_loop: a counting while loop with integer arithmetic (the interpreter's hot loop).
import sys
import time


def work(n):
    i = 0
    total = 0
    acc = 1
    while i < n:
        total += (i * 3 + 7) % 11
        if i & 1:
            total -= 1
        acc = (acc * 31 + i) % 1000003
        i += 1
    return total, acc


def bench():
    n = 9_000_000
    total, acc = work(n)
    return line("checksum:", total, acc)


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
