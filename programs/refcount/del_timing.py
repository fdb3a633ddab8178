# __del__ runs exactly when the last reference disappears


class Tracked:
    def __init__(self, name):
        self.name = name
        print(f"  create {name}")

    def __del__(self):
        print(f"  destroy {self.name}")


print("1. del of the only reference")
a = Tracked("a")
print("before del a")
del a
print("after del a")

print("2. rebinding a name")
b = Tracked("b1")
print("rebinding b")
b = Tracked("b2")
print("b now refers to", b.name)
b = None
print("b set to None")

print("3. two references, two deletions")
p = Tracked("shared")
q = p
del p
print("deleted p, q still holds", q.name)
del q
print("deleted q")

print("4. temporaries")
Tracked("temp1")
print("after expression statement")
print("name of temporary:", Tracked("temp2").name)
print("after print")

print("5. loop rebinding")
for i in range(3):
    item = Tracked(f"loop{i}")
    print("  iteration", i, "holds", item.name)
print("loop done, item still holds", item.name)
del item
print("after del item")

print("6. swapping references")
x = Tracked("x")
y = Tracked("y")
x, y = y, x
print("swapped:", x.name, y.name)
x = y
print("both names point to", x.name)
del x
print("deleted x")
del y
print("deleted y")

print("7. attribute replaced")


class Holder:
    pass


h = Holder()
h.slot = Tracked("first")
h.slot = Tracked("second")
print("slot holds", h.slot.name)
del h.slot
print("after del h.slot")
del h
print("end of program")
