# Dictionaries: insertion order, methods, views
stock = {"apple": 5, "banana": 0, "cherry": 12}
stock["date"] = 7
stock["apple"] += 1
print(stock, len(stock))
print(stock.get("banana"), stock.get("kiwi"), stock.get("kiwi", -1))
print(stock.setdefault("elder", 3), stock.setdefault("apple", 100))
print(stock.pop("banana"), stock.pop("nothing", "absent"))
print(stock.popitem(), stock)
keys = stock.keys()
values = stock.values()
items = stock.items()
print(keys, values, items)
stock["fig"] = 1
print(list(keys), list(values), len(items))
print("fig" in keys, 12 in values, ("fig", 1) in items)
stock.update({"apple": 0, "grape": 9})
stock.update(kiwi=4)
stock.update([("lime", 2)])
print(stock)
snapshot = stock.copy()
del stock["apple"]
print("apple" in stock, "apple" in snapshot)
for name, qty in sorted(stock.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{name:<8}{qty:>3}")
print(dict.fromkeys(["a", "b"], 0), dict(zip("xyz", range(3))))
print({**snapshot, "apple": 99}["apple"], stock | {"new": 1} == {**stock, "new": 1})
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
text = "the quick brown fox jumps over the lazy dog the end"
freq = {}
for word in text.split():
    freq[word] = freq.get(word, 0) + 1
print(freq)
print(max(freq, key=freq.get), sorted(freq.items(), key=lambda kv: kv[1])[-1])
groups = {}
for word in text.split():
    groups.setdefault(len(word), []).append(word)
print(groups)
print(sorted(groups), sorted(groups.values(), key=len)[-1])
d = {1: "int", 1.5: "float", (1, 2): "tuple", None: "none", True: "bool?"}
print(d, d[1], d[(1, 2)])
try:
    {}["x"]
except KeyError as e:
    print("KeyError", e)
order = {}
order["z"] = 1
order["a"] = 2
order["m"] = 3
del order["a"]
order["a"] = 4
print(list(order), {"a": 1, "b": 2} == {"b": 2, "a": 1})
nested = {"user": {"name": "ann", "tags": ["x", "y"]}, "count": 2}
nested["user"]["tags"].append("z")
print(nested, nested["user"]["tags"][-1])
empty = {}
print(bool(empty), empty.get(0), dict(), len({}))
try:
    empty.popitem()
except KeyError as e:
    print("KeyError:", e)
print(list(reversed({"p": 1, "q": 2})), dict(sorted({"b": 1, "a": 2}.items())))
d2 = {"k": 1}
d2.clear()
print(d2)
