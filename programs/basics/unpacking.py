# Assignment forms: tuple/list unpacking, starred targets, augmented, del
a, b = 1, 2
print(a, b)
a, b = b, a
print("swapped:", a, b)
[c, d] = "xy"
print(c, d)
(e, f), g = (3, 4), 5
print(e, f, g)
first, *rest = [10, 20, 30, 40]
print(first, rest)
*init, last = range(5)
print(init, last)
head, *middle, tail = "abcdef"
print(head, middle, tail)
one, *empty = [1]
print(one, empty)
x = y = z = 0
print(x, y, z)

for index, (name, score) in enumerate([("ann", 90), ("bob", 85)]):
    print(index, name, score)

for key, *vals in [("a", 1, 2), ("b", 3), ("c",)]:
    print(key, vals)

point = {"x": 1, "y": 2}
for k, v in point.items():
    print(k, "=", v)

counter = 5
counter += 1
counter *= 3
counter -= 4
print("counter", counter)
text = "ab"
text += "cd"
text *= 2
print(text)
items = [1]
alias = items
items += [2, 3]
print(items, alias, items is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)

grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 7
grid[0][0] += 5
print(grid)
data = {"hits": 0}
data["hits"] += 10
print(data)

del a
try:
    print(a)
except NameError as err:
    print("NameError:", err)
nums = [0, 1, 2, 3, 4, 5]
del nums[0]
del nums[1:3]
print(nums)
del point["x"]
print(point)
m, n = divmod(47, 5)
print(m, n)
(p, q), [r, s] = [(1, 2), (3, 4)]
print(p + q + r + s)
try:
    u, v = [1, 2, 3]
except ValueError as err:
    print("ValueError:", err)
try:
    u, v, w = [1, 2]
except ValueError as err:
    print("ValueError:", err)
