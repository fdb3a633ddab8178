# fannkuch: the Benchmarks Game fannkuch-redux (list slicing, reversal, permutations).
import sys
import time


def fannkuch(n):
    count = list(range(1, n + 1))
    max_flips = 0
    m = n - 1
    r = n
    check = 0
    checksum = 0
    perm1 = list(range(n))
    perm = list(range(n))
    perm1_ins = perm1.insert
    perm1_pop = perm1.pop
    sign = 1
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        if perm1[0] != 0 and perm1[m] != m:
            perm = perm1[:]
            flips_count = 0
            k = perm[0]
            while k:
                perm[:k + 1] = perm[k::-1]
                flips_count += 1
                k = perm[0]
            if flips_count > max_flips:
                max_flips = flips_count
            checksum += sign * flips_count
        else:
            pass
        sign = -sign
        while r != n:
            perm1_ins(r, perm1_pop(0))
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        else:
            return max_flips, checksum


def bench():
    n = 9
    repeat = 3
    for _ in range(repeat):
        flips, cs = fannkuch(n)
    return line("checksum:", cs, "Pfannkuchen(%d) = %d" % (n, flips))


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
