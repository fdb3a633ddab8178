# Ownership chains: releasing an owner releases what it owns


class Part:
    def __init__(self, name):
        self.name = name
        print(f"  build {name}")

    def __del__(self):
        print(f"  scrap {self.name}")


class Machine:
    def __init__(self, name, part_names):
        self.name = name
        self.parts = [Part(p) for p in part_names]
        print(f"  assembled {name} with {len(self.parts)} parts")

    def remove_part(self, index):
        return self.parts.pop(index)

    def __del__(self):
        print(f"  dismantle {self.name}")


print("build a machine")
m = Machine("press", ["gear", "belt", "motor"])
print("remove the belt")
belt = m.remove_part(1)
print("belt removed, still held as", belt.name)
print("drop the machine")
m = None
print("machine gone")
print("drop the belt")
del belt
print("belt gone")


class Node:
    def __init__(self, value, child=None):
        self.value = value
        self.child = child

    def __del__(self):
        print(f"  node {self.value} deleted")


print("build a chain 1 -> 2 -> 3")
chain = Node(1, Node(2, Node(3)))
print("detach the tail")
tail = chain.child.child
chain.child.child = None
print("tail is", tail.value)
print("drop the head")
chain = None
print("drop the tail")
tail = None


def factory():
    inventory = [Part("spare1"), Part("spare2")]
    best = inventory[1]
    print("  factory returns", best.name)
    return best


print("call factory")
spare = factory()
print("holding", spare.name)
del spare
print("everything released")
