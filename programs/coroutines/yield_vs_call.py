# Producer/consumer two ways: a consumer coroutine fed with send() versus a plain function
# called for every item. Same work, same result; the timings are compared as a ratio (the
# numbers themselves vary from run to run, so only robust facts are printed).
import time

N = 20000


def coroutine(func):
    # the priming decorator: advance a new generator to its first yield
    def start(*args, **kwargs):
        g = func(*args, **kwargs)
        next(g)
        return g
    return start


@coroutine
def consumer():
    total = 0
    count = 0
    try:
        while True:
            item = yield total
            total += item * 2
            count += 1
    except GeneratorExit:
        print('consumer closed after', count, 'items')
        raise


def consume(state, item):
    state[0] += item * 2
    return state[0]


def with_send():
    c = consumer()
    last = 0
    for i in range(N):
        last = c.send(i)
    c.close()
    return last


def with_calls():
    state = [0]
    last = 0
    for i in range(N):
        last = consume(state, i)
    return last


def best_of(f, runs=3):
    best = None
    result = None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = f()
        dt = time.perf_counter() - t0
        best = dt if best is None or dt < best else best
    return result, best


r_send, t_send = best_of(with_send)
r_call, t_call = best_of(with_calls)
print('same result:', r_send == r_call, r_send)
ratio = t_send / t_call
print('send/call ratio is a sane number:', 0.05 < ratio < 50)


# yield from delegation and StopIteration.value
def averager():
    total = 0.0
    n = 0
    while True:
        x = yield
        if x is None:
            return total / n if n else 0.0
        total += x
        n += 1


def grouper(results, key):
    results[key] = yield from averager()


results = {}
for key, values in [('a', [1, 2, 3]), ('b', [10, 20])]:
    g = grouper(results, key)
    next(g)
    for v in values:
        g.send(v)
    try:
        g.send(None)
    except StopIteration:
        pass
print('averages:', results)

# throw() into a coroutine that handles it and keeps going
@coroutine
def resilient():
    seen = []
    while True:
        try:
            x = yield seen
            seen.append(x)
        except ValueError as e:
            seen.append('error:' + str(e))


r = resilient()
r.send(1)
print(r.throw(ValueError('bad')))
print(r.send(2))
r.close()
print('closed generator raises StopIteration on send:', end=' ')
try:
    r.send(3)
except StopIteration:
    print(True)
