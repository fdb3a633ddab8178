# assert statements and del in many forms


def checked_sqrt(x):
    assert x >= 0, f"negative input: {x}"
    return x ** 0.5


print(checked_sqrt(16))
try:
    checked_sqrt(-4)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("AssertionError:", e)
assert True, "never raised"
assert 1 < 2 < 3
print("asserts passed")

x = 10
del x
print("x" in globals())
a, b, c = 1, 2, 3
del a, b
print(c, "a" in globals(), "b" in globals())

inventory = {"apples": 3, "pears": 0, "plums": 7}
for fruit in [k for k, v in inventory.items() if v == 0]:
    del inventory[fruit]
print(inventory)

nums = list(range(10))
del nums[::2]
print(nums)
del nums[-1]
print(nums)
del nums[:]
print(nums)


class Box:
    pass


box = Box()
box.item = "gift"
box.note = "fragile"
del box.item
print(vars(box))
try:
    del box.item
except AttributeError as e:
    print("AttributeError:", e)
try:
    del inventory["bananas"]
except KeyError as e:
    print("KeyError:", e)


def local_del():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(local_del())
matrix = [[1, 2], [3, 4]]
del matrix[0][1]
print(matrix)
