# This file is not valid Python: nothing runs, a SyntaxError is reported
print("never printed, the file fails to compile")


def count_items(values):
    total = 0
    for value in values:
        if value is not None:
            total += 1
    return total


def broken(values):
    total = 0
    for in values:
        total += 1
    return total


print(count_items([1, None, 3]))
print(broken([1, 2, 3]))
