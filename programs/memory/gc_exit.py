# Cyclic garbage still waiting for the collector when the program ends: CPython collects once
# more at exit (if gc is enabled), so the __del__ methods run after the last line.
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("__del__", self.name)


def make_pair(x, y):
    a, b = Node(x), Node(y)
    a.other, b.other = b, a


make_pair("a", "b")
make_pair("c", "d")
print("end of program")
