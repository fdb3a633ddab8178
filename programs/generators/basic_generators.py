# Generator functions, laziness, and generator objects

def count_up(limit):
    print("  generator started")
    n = 0
    while n < limit:
        print(f"  yielding {n}")
        yield n
        n += 1
    print("  generator finished")

gen = count_up(3)
print(type(gen).__name__)
print("first:", next(gen))
print("second:", next(gen))
for value in gen:
    print("loop got", value)
print("exhausted:", next(gen, "default"))

def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

fib = fibonacci()
print([next(fib) for _ in range(15)])

def take(n, iterable):
    for i, item in enumerate(iterable):
        if i >= n:
            return
        yield item

print(list(take(5, fibonacci())))
print(list(take(3, "abcdef")))

def primes():
    found = []
    candidate = 2
    while True:
        if all(candidate % p for p in found):
            found.append(candidate)
            yield candidate
        candidate += 1

print(list(take(10, primes())))

def chunks(seq, size):
    for start in range(0, len(seq), size):
        yield seq[start:start + size]

print(list(chunks(list(range(10)), 3)))
print(list(chunks("abcdefg", 2)))

def walk_tree(tree, depth=0):
    name, children = tree
    yield "  " * depth + name
    for child in children:
        yield from walk_tree(child, depth + 1)

tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [])])])
for line in walk_tree(tree):
    print(line)

g = count_up(0)
try:
    next(g)
except StopIteration as e:
    print("StopIteration raised, value =", e.value)

def gen_with_return():
    yield 1
    return "the end"

g = gen_with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("return value:", e.value, e.args)
print(sum(x * x for x in take(4, fibonacci())))
print(iter(g) is g, hasattr(g, "__next__"))
