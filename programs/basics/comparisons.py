# Comparisons, chains, identity, membership, boolean operators
a, b, c = 1, 5, 10
print(a < b < c, a < c < b, 1 <= 1 < 2 == 2, 3 > 2 > 1 > 0)
print(a == 1 != 2, 0 < a == 1)


def noisy(tag, value):
    print("  evaluating", tag)
    return value


print("chain stops early:")
print(noisy("x", 5) < noisy("y", 1) < noisy("z", 10))
print("and/or short-circuit:")
print(noisy("a", 0) and noisy("b", 1))
print(noisy("c", 3) or noisy("d", 4))
print(noisy("e", "") or noisy("f", []) or noisy("g", "fallback"))
print(1 and 2 and 3, 1 and 0 and 3, None or 0 or "", [] or [1])
print(not 0, not 1, not [], not "text", not None)

x = [1, 2, 3]
y = x
z = [1, 2, 3]
print(x is y, x is z, x == z, x is not z)
print(None is None, type(None))
print(2 in x, 5 in x, 5 not in x, "ell" in "hello", "z" not in "hello")
print("k" in {"k": 1}, 1 in {"k": 1}, 3 in range(5), 3 in (1, 2))
print([1, 2] < [1, 3], (1, 2, 3) > (1, 2), "apple" < "banana", "Z" < "a")
print([1, [2, 3]] == [1, [2, 3]], (1,) == (1,), {1: 2} == {1: 2})
print(1 == 1.0, True == 1, None == 0, "1" == 1)

for score in (95, 72, 40):
    grade = "A" if score >= 90 else "B" if score >= 70 else "F"
    print(score, "->", grade)

value = None
name = value if value is not None else "default"
print(name)
print(max(3, 7) if a else min(3, 7))
print(bool(0), bool(0.0), bool(""), bool(" "), bool([]), bool([0]), bool(None), bool({}))
print(True and "yes", False or "no", (not True) == False)
print(isinstance(True, int), True is not False, (1 < 2) is True)
