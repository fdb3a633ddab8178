# Objects stored in containers are released when the container lets go


class Item:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"  free {self.name}")


print("list.clear()")
items = [Item("a"), Item("b"), Item("c")]
print("clearing")
items.clear()
print("cleared, len =", len(items))

print("list goes away")
items = [Item("x"), Item("y"), Item("z")]
print("deleting list")
del items
print("list deleted")

print("removing single elements")
items = [Item("p0"), Item("p1"), Item("p2"), Item("p3")]
items.pop()
print("after pop()")
kept = items.pop(0)
print("after pop(0), kept", kept.name)
del items[0]
print("after del items[0]")
items[0] = Item("replacement")
print("after item assignment")
del kept
print("after del kept")
items = None
print("after items = None")

print("dict operations")
registry = {"one": Item("d1"), "two": Item("d2"), "three": Item("d3")}
registry.pop("two")
print("after pop('two')")
registry["one"] = Item("d1-new")
print("after overwrite of 'one'")
del registry["three"]
print("after del registry['three']")
registry.clear()
print("after clear()")

print("dict goes away")
registry = {"k1": Item("v1"), "k2": Item("v2")}
del registry
print("dict deleted")

print("tuple goes away")
pair = (Item("t1"), Item("t2"))
pair = 0
print("tuple replaced")

print("nested containers")
outer = [[Item("n1")], {"deep": Item("n2")}]
inner = outer[0]
del outer
print("outer deleted, inner still alive with", inner[0].name)
del inner
print("inner deleted")
print("done")
