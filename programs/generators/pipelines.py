# Generator expressions and lazy pipelines
log_lines = [
    "INFO start server",
    "WARN disk 91%",
    "INFO request /home 200",
    "ERROR request /admin 500",
    "INFO request /about 200",
    "ERROR db timeout",
    "WARN memory 85%",
]

levels = (line.split()[0] for line in log_lines)
print(type(levels).__name__)
counts = {}
for level in levels:
    counts[level] = counts.get(level, 0) + 1
print(counts)
print(list(levels))

errors = (line for line in log_lines if line.startswith("ERROR"))
messages = (" ".join(line.split()[1:]) for line in errors)
print(list(messages))

print(sum(x * x for x in range(10)))
print(max(len(w) for w in log_lines))
print(any(l.endswith("500") for l in log_lines), all(l.isupper() for l in log_lines))
print(sorted((len(l), l.split()[0]) for l in log_lines)[:3])
pairs = list((a, b) for a in range(3) for b in range(a))
print(pairs)
nested = ((i, j) for i in range(1, 4) if i != 2 for j in "xy")
print(list(nested))


def trace(name, iterable):
    for item in iterable:
        print(f"  {name} yields {item}")
        yield item


stage1 = trace("source", range(4))
stage2 = trace("double", (x * 2 for x in stage1))
stage3 = (x + 1 for x in stage2 if x != 2)
print("pipeline built, nothing evaluated yet")
print("result:", list(stage3))

squares = (n * n for n in range(5))
print(next(squares), next(squares), list(squares), list(squares))
print(dict((w, len(w)) for w in ["alpha", "be", "gamma"]))
print(tuple(c.upper() for c in "abc"), set(x % 3 for x in range(10)) == {0, 1, 2})
print(" | ".join(f"{i}:{c}" for i, c in enumerate("xyz")))
total = 0
for chunk in (log_lines[i:i + 3] for i in range(0, len(log_lines), 3)):
    total += len(chunk)
    print(len(chunk), chunk[0].split()[0])
print(total)
x = 10
g = (x + i for i in range(3))
x = 100
print(list(g))
print(min((abs(v - 7), v) for v in [1, 5, 9, 13])[1])
