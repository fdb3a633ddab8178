# spectral_norm: the Benchmarks Game spectral norm (float arithmetic, nested loops, calls).
import sys
import time


def eval_A(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def eval_A_times_u(u):
    n = len(u)
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_A(i, j) * u[j]
        out.append(s)
    return out


def eval_At_times_u(u):
    n = len(u)
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_A(j, i) * u[j]
        out.append(s)
    return out


def eval_AtA_times_u(u):
    return eval_At_times_u(eval_A_times_u(u))


def bench():
    n = 500
    u = [1.0] * n
    v = None
    for _ in range(10):
        v = eval_AtA_times_u(u)
        u = eval_AtA_times_u(v)
    vBv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vBv += ue * ve
        vv += ve * ve
    result = (vBv / vv) ** 0.5
    return line("checksum: %.9f" % result)


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
