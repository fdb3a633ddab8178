# Tuples, ranges and slice objects
point = (3, 4)
single = (5,)
empty = ()
print(point, single, empty, type(single).__name__, len(empty))
x, y = point
print(x * y, point[0], point[-1], point + single, point * 2)
print(point.index(4), (1, 2, 2, 3).count(2), 4 in point)
print(tuple("abc"), tuple(range(3)), tuple([1, [2]]))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
t = (1, [2, 3])
t[1].append(4)
print(t)
try:
    t[0] = 99
except TypeError as e:
    print("TypeError:", e)
print(sorted([(2, "b"), (1, "z"), (2, "a")]), (1, 2) < (1, 2, 0), max((3, 1), (2, 9)))
print(hash((1, 2, 3)) == hash((1, 2, 3)), {(0, 0): "origin"}[(0, 0)])


def min_max(values):
    return min(values), max(values)


lo, hi = min_max([7, 2, 9, 4])
print(lo, hi, min_max("hello"))

r = range(10)
print(r, len(r), r[3], r[-1], list(r[2:8:2]), r[::-1])
print(list(range(5, 0, -1)), list(range(-3, 3)), list(range(0, -10, -3)))
print(7 in range(0, 10, 7), 8 in range(0, 10, 7), range(3) == range(0, 3))
print(range(1, 10, 2).index(5), range(0, 100, 10).count(50), sum(range(1, 11)))
big = range(10 ** 12)
print(len(big), big[-1], 10 ** 11 in big)
print(list(range(0)), list(range(3, 3)), bool(range(0)), min(range(4, 9)))
try:
    range(5)[10]
except IndexError as e:
    print("IndexError:", e)

s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step)
data = list(range(10))
print(data[s], "abcdefghij"[s], tuple(data)[s])
print(slice(3), slice(None, None, -1), data[slice(None, None, -1)])
print(s.indices(5), slice(-3, None).indices(10))
first_two = slice(0, 2)
records = [("ann", 30, "NYC"), ("bob", 25, "LA")]
for rec in records:
    print(rec[first_two], rec[slice(-1, None)])
print(tuple(enumerate("ab")), tuple(zip((1, 2), (3, 4))))
a, *b = (1, 2, 3)
print(a, b, type(b).__name__)
print((1,) + (2,) * 3, () == tuple(), (0,) * 0)
