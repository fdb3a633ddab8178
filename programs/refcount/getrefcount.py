# sys.getrefcount for simple cases (the argument itself adds one reference)
import sys

data = []
print("fresh list:", sys.getrefcount(data))
alias = data
print("with alias:", sys.getrefcount(data))
holder = [data]
print("inside another list:", sys.getrefcount(data))
holder.append(data)
print("twice in that list:", sys.getrefcount(data))
holder.clear()
print("after holder.clear():", sys.getrefcount(data))
mapping = {"key": data}
print("as dict value:", sys.getrefcount(data))
del mapping["key"]
print("after del mapping['key']:", sys.getrefcount(data))
del alias
print("after del alias:", sys.getrefcount(data))


class Box:
    pass


box = Box()
print("fresh instance:", sys.getrefcount(box))
box.content = data
print("list stored as attribute:", sys.getrefcount(data))
del box.content
print("attribute deleted:", sys.getrefcount(data))
t = (data, data, data)
print("three times in a tuple:", sys.getrefcount(data))
del t
print("tuple deleted:", sys.getrefcount(data))


def count_inside():
    local = {}
    return sys.getrefcount(local)


print("local dict in a function:", count_inside())
others = [box, box]
print("instance in a list twice:", sys.getrefcount(box))
others.pop()
print("after pop:", sys.getrefcount(box))
others = None
print("after others = None:", sys.getrefcount(box))
matrix = [[0] * 3 for _ in range(2)]
row = matrix[0]
print("row of a matrix with alias:", sys.getrefcount(row))
del matrix
print("matrix deleted:", sys.getrefcount(row))
