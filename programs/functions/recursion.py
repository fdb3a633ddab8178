# Recursion: classic algorithms and the recursion limit
import sys


def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)


def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append([item] + rest)
    return result


def flatten(nested):
    out = []
    for x in nested:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(factorial(30))
print(gcd(1071, 462))
moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:5])
print(permutations([1, 2, 3]))
print(flatten([1, [2, [3, [4, [5]]]], 6]))
print(ackermann(2, 3))


def depth(n):
    return depth(n + 1)


old_limit = sys.getrecursionlimit()
print("default limit is positive:", old_limit > 0)
try:
    depth(0)
except RecursionError as e:
    print("caught", type(e).__name__)
    print("is RuntimeError:", isinstance(e, RuntimeError))

sys.setrecursionlimit(200)
print("limit now", sys.getrecursionlimit())
try:
    factorial(500)
except RecursionError as e:
    print("caught again:", type(e).__name__)
print(factorial(100) > 0)
sys.setrecursionlimit(old_limit)
print("restored:", sys.getrecursionlimit() == old_limit)
print(factorial(400) % 1000)
