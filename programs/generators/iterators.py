# Iterator protocol: iter(), next(), custom iterators and iterables

class Range2D:
    """Iterable over (row, col) pairs; each iter() returns a fresh iterator."""

    def __init__(self, rows, cols):
        self.rows = rows
        self.cols = cols

    def __iter__(self):
        for r in range(self.rows):
            for c in range(self.cols):
                yield (r, c)

grid = Range2D(2, 3)
print(list(grid))
print(len(list(grid)), (1, 2) in grid, (2, 0) in grid)

class Cycle:
    def __init__(self, items, limit):
        self.items = items
        self.limit = limit
        self.index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.index >= self.limit:
            raise StopIteration
        item = self.items[self.index % len(self.items)]
        self.index += 1
        return item

print(list(Cycle("abc", 7)))
c = Cycle([1, 2], 3)
print(next(c), next(c), next(c), next(c, "stop"))

it = iter([1, 2, 3])
print(next(it))
print(list(it))
print(list(it))
s_it = iter("hey")
print(next(s_it), next(s_it), next(s_it), next(s_it, None))
d_it = iter({"one": 1, "two": 2})
print(next(d_it), list(d_it))
r = range(0, 20, 5)
r_it = iter(r)
print(next(r_it), next(r_it), list(r_it), list(r))
print(list(zip(*[iter(range(6))] * 2)))
e = enumerate(["a", "b"])
print(next(e), next(e), next(e, "end"))
z = zip("ab", [1, 2, 3])
print(list(z), list(z))
m = map(str.upper, ["x", "y"])
print(next(m), list(m))
rev = reversed([1, 2, 3])
print(next(rev), list(rev))

class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1

cd = Countdown(3)
print(list(cd), list(cd), sum(cd), max(cd), sorted(cd))
a, b, c3 = Countdown(3)
print(a, b, c3)
print([x * y for x in Countdown(2) for y in Countdown(2)])
it = iter([10, 20, 30, 40])
for x in it:
    if x == 20:
        print("skipping", next(it))
    else:
        print("saw", x)
