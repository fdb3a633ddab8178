# List operations and methods
stack = []
stack.append(1)
stack.append(2)
stack.extend([3, 4, 5])
stack.insert(0, 0)
stack.insert(-1, 4.5)
stack.insert(100, "end")
print(stack)
print(stack.pop(), stack.pop(0), stack.pop(-2), stack)
stack.remove(4)
print(stack, stack.index(3), stack.count(2))
items = [5, 3, 8, 1, 9, 2]
copy = items.copy()
items.sort()
print(items, copy)
items.sort(reverse=True)
print(items)
copy.reverse()
print(copy)
words = ["Banana", "apple", "cherry", "Date"]
words.sort(key=str.lower)
print(words)
words.sort(key=len)
print(words)
print(sorted(words, key=lambda w: w[-1]))
records = [("b", 2), ("a", 2), ("c", 1)]
records.sort(key=lambda r: r[1])
print(records)
copy.clear()
print(copy, len(copy))
print([1, 2] + [3], [0] * 5, [[]] * 2, 3 * ["ab"])
nested = [[1, 2], [3, 4]]
shallow = nested.copy()
shallow[0].append(99)
shallow[1] = "replaced"
print(nested, shallow)
print(list(range(3)) == [0, 1, 2], [1, 2] != [2, 1], [3] > [2, 100])
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
transposed = [list(col) for col in zip(*matrix)]
print(transposed)
print([row[1] for row in matrix], sum(map(sum, matrix)))
print(len(matrix), matrix[-1][-1], matrix[1][::-1])
data = [4, 8, 15, 16, 23, 42]
data[1:3] = ["a", "b", "c"]
print(data)
data[::2] = [0, 0, 0, 0]
print(data)
data[:0] = [-1]
print(data)
try:
    data.index(1000)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
q = [1, 2, 3]
while q:
    print("processing", q.pop(0), "remaining", q)
print(5 in data, data.count(0), min(data[1:], key=str), max([[1, 2], [1, 3]]))
lst = ["x"]
lst += "yz"
print(lst)
print(list(reversed(lst)), lst[::-1], sorted(lst, reverse=True))
aliased = lst
aliased.append("!")
print(lst is aliased, lst)
print([x for x in [3, -1, 0, 7] if x > 0], list(enumerate(["p", "q"], 10)))
