# List, dict and set comprehensions, nested and conditional
squares = [n * n for n in range(10)]
print(squares)
evens = [n for n in squares if n % 2 == 0]
print(evens)
labels = ["even" if n % 2 == 0 else "odd" for n in range(5)]
print(labels)
pairs = [(a, b) for a in range(1, 4) for b in range(a, 4)]
print(pairs)
triples = [(a, b, c) for c in range(1, 21) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
flat = [x for row in matrix for x in row]
print(flat)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
identity = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(identity)
diag = [matrix[i][i] for i in range(len(matrix))]
print(diag, sum(diag))

words = ["apple", "banana", "cherry", "avocado", "blueberry"]
lengths = {w: len(w) for w in words}
print(lengths)
by_letter = {letter: [w for w in words if w[0] == letter] for letter in "abc"}
print(by_letter)
squares_map = {n: n ** 2 for n in range(6) if n % 2}
print(squares_map)
swapped = {v: k for k, v in squares_map.items()}
print(swapped)
first_letters = {w[0] for w in words}
print(sorted(first_letters))
mods = {n % 5 for n in range(100)}
print(mods)
print({len(w) for w in words} == {5, 6, 7, 9})
x = "outer"
result = [x for x in range(3)]
print(x, result)
nested = [[(i, j) for j in range(i)] for i in range(4)]
print(nested)
grid = [["#" if (r + c) % 2 else "." for c in range(6)] for r in range(3)]
for row in grid:
    print("".join(row))
counts = {ch: "hello world".count(ch) for ch in "hello world" if ch != " "}
print(counts)
primes = [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
fizz = ["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i) for i in range(1, 16)]
print(", ".join(fizz))
scale = 3
scaled = [[v * scale for v in row] for row in matrix]
print(scaled)
print([[c for c in w if c in "aeiou"] for w in words[:3]])
print(sum(len(w) for w in words), [i for i, w in enumerate(words) if "e" in w])
