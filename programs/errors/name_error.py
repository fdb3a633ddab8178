# Ends with an uncaught NameError raised at module level
inventory = {"bolts": 120, "nuts": 80, "washers": 45}


def restock(items, amount):
    for name in items:
        items[name] += amount
    return items


def describe(items):
    for name, count in sorted(items.items()):
        print(f"  {name:<8}{count:>5}")


print("before:")
describe(inventory)
restock(inventory, 10)
print("after:")
describe(inventory)
total = sum(inventory.values())
print("total parts:", total)
print("average:", average_weight_per_crate / len(inventory))
print("this line is never reached")
