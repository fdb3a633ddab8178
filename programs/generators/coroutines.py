# Generator-based coroutines: throw(), close(), send() protocol errors, recursion

def delegate_iterables():
    yield from [1, 2]
    yield from (x * 10 for x in range(3))
    yield from "hi"
    yield from range(2)

print(list(delegate_iterables()))

def echo():
    try:
        while True:
            try:
                msg = yield
                print("  echo:", msg)
            except ValueError as e:
                print("  handled thrown", e)
    finally:
        print("  echo closing")

e = echo()
next(e)
e.send("hello")
e.send("world")
e.throw(ValueError("oops"))
e.send("still alive")
e.close()
print("closed")
try:
    e.send("after close")
except StopIteration:
    print("send after close -> StopIteration")

def accumulator():
    total = 0
    while True:
        x = yield total
        total += x

acc = accumulator()
acc.send(None)
print([acc.send(i) for i in range(1, 6)])
fresh = accumulator()
try:
    fresh.send(5)
except TypeError as err:
    print("TypeError:", err)

def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, (3, [4, 5]), 6], [[7]], 8])))
