# count_loop: a counting while loop with integer arithmetic (the interpreter's hot loop).
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


def main():
    n = 3_000_000
    t0 = time.perf_counter()
    total, acc = work(n)
    t1 = time.perf_counter()
    print("checksum:", total, acc)
    print("elapsed: %.6f" % (t1 - t0))


main()
