# yield from, send(), StopIteration.value, close/throw

def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, total)

avg = running_average()
print(next(avg))
for v in [10, 20, 30, 45]:
    print(f"sent {v}, average now {avg.send(v)}")
try:
    avg.send(None)
except StopIteration as e:
    print("final:", e.value)

def inner(tag):
    received = []
    for i in range(3):
        x = yield f"{tag}-{i}"
        received.append(x)
    return received

def outer():
    first = yield from inner("A")
    print("  inner A returned", first)
    second = yield from inner("B")
    print("  inner B returned", second)
    return len(first) + len(second)

g = outer()
out = [next(g)]
try:
    n = 0
    while True:
        n += 1
        out.append(g.send(n))
except StopIteration as e:
    print("outer returned", e.value)
print(out)
