# AttributeError from attribute access on None, reached through a method


class Node:
    def __init__(self, value, next_node=None):
        self.value = value
        self.next = next_node

    def nth(self, n):
        node = self
        for _ in range(n):
            node = node.next
        return node.value

    def __len__(self):
        return 1 if self.next is None else 1 + len(self.next)


chain = Node(1, Node(2, Node(3)))
print("length:", len(chain))
for i in range(len(chain)):
    print("item", i, "=", chain.nth(i))
print("item 5 =", chain.nth(5))
