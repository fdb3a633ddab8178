# time and os modules (never printing actual times or ids)
import time as t
import os

start = t.time()
p0 = t.perf_counter()
m0 = t.monotonic()
t.sleep(0.05)
elapsed = t.time() - start
p_elapsed = t.perf_counter() - p0
m_elapsed = t.monotonic() - m0
print("time() is float:", isinstance(start, float))
print("time after 2020:", start > 1577836800)
print("elapsed >= 0:", elapsed >= 0)
print("perf_counter elapsed >= 0.04:", p_elapsed >= 0.04)
print("monotonic non-decreasing:", m_elapsed >= 0)
print("sleep(0) returns None:", t.sleep(0))


def busy(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


before = t.perf_counter()
result = busy(20000)
after = t.perf_counter()
print("busy result:", result, "timing ok:", after >= before)
print("module name:", t.__name__)

pid = os.getpid()
print("pid positive:", pid > 0, isinstance(pid, int))
print("pid stable:", os.getpid() == pid)
cpus = os.cpu_count()
print("cpu_count >= 1:", cpus is not None and cpus >= 1)
cwd = os.getcwd()
print("cwd non-empty:", len(cwd) > 0, isinstance(cwd, str))
print("os.sep:", os.sep in ("/", "\\"))
print("environ is mapping:", hasattr(os.environ, "get"))
print("missing env var:", os.environ.get("MINIPY_SURELY_UNSET_VARIABLE", "unset"))
durations = []
for i in range(3):
    s = t.perf_counter()
    busy(1000 * (i + 1))
    durations.append(t.perf_counter() - s)
print("all durations non-negative:", all(d >= 0 for d in durations), len(durations))
