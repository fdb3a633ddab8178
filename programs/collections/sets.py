# Sets and frozensets.
# Only sets of ints in 0..7 are printed directly (their CPython display order is
# ascending); every other set is printed through sorted().
evens = {0, 2, 4, 6}
primes = {2, 3, 5, 7}
print(evens, primes)
print(evens | primes, evens & primes, evens - primes, evens ^ primes)
print(evens.union(primes), evens.intersection(primes))
print(evens.difference(primes), evens.symmetric_difference(primes))
print(sorted(primes.union([11, 13], (17,))), primes.issubset(range(10)), {2, 3} <= primes)
print({2, 3} < primes, primes > {7}, primes.isdisjoint({4, 6}), primes.issuperset([2]))
s = set()
s.add(3)
s.add(1)
s.add(3)
print(s, len(s))
s.discard(10)
s.discard(1)
print(s)
try:
    s.remove(10)
except KeyError as e:
    print("KeyError:", e)
s.update([4, 5], {6})
print(s)
popped = s.pop()
print(popped in {3, 4, 5, 6}, popped not in s, len(s))
s.clear()
print(s, set() == s, bool(s))
a = {1, 2, 3}
a |= {4}
a &= {1, 2, 4, 6}
a -= {1}
a ^= {2, 7}
print(a)
words = ["pear", "apple", "pear", "fig", "apple", "kiwi"]
unique = set(words)
print(sorted(unique), len(unique), "fig" in unique, "plum" in unique)
seen = set()
ordered = []
for w in words:
    if w not in seen:
        seen.add(w)
        ordered.append(w)
print(ordered)
letters = set("mississippi")
print(sorted(letters), sorted(set("hello") & set("world")))
fs = frozenset([3, 1, 2])
print(fs, fs | {4}, type(fs | {4}).__name__, 2 in fs)
lookup = {fs: "frozen key", frozenset(): "empty"}
print(lookup[frozenset({1, 2, 3})], lookup[frozenset()])
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
print({x % 4 for x in range(20)}, {(x, x * x) for x in range(3)} == {(0, 0), (1, 1), (2, 4)})
print(set(range(5)) - set(range(2, 8)), sorted({-3, 10, 0, 5}))
print(len({1, 1.0, True}), {1, 2} == {2, 1}, {1} != {1, 2})
print(sorted(set(["b", "a", "c"]).union({"d"})), sorted(frozenset("cab")))
big = set(range(0, 100, 7)) & set(range(0, 100, 3))
print(sorted(big), len(big), max(big), min(big))
print(sorted({n * n % 17 for n in range(30)}))
