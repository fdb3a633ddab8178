# if/elif/else, while/else, for/else, break, continue, pass

def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0:
        return "even"
    else:
        return "odd"

for n in [-3, 0, 4, 7]:
    print(n, classify(n))

# while with else (no break)
i = 0
while i < 3:
    print("while iteration", i)
    i += 1
else:
    print("while finished normally, i =", i)

# while with break skips else
i = 0
while True:
    i += 1
    if i == 5:
        print("breaking at", i)
        break
else:
    print("never printed")

def find_first_multiple(items, k):
    for idx, item in enumerate(items):
        if item % k == 0:
            print("found", item, "at", idx)
            break
    else:
        print("no multiple of", k)

find_first_multiple([3, 5, 8, 9], 4)
find_first_multiple([3, 5, 7], 4)

# continue
odds = []
for n in range(10):
    if n % 2 == 0:
        continue
    odds.append(n)
print("odds:", odds)

# nested loops with break from inner
for row in range(3):
    for col in range(3):
        if col > row:
            break
        print(f"({row},{col})", end=" ")
    print()

# primes with for/else
primes = []
for candidate in range(2, 40):
    for p in primes:
        if candidate % p == 0:
            break
    else:
        primes.append(candidate)
print("primes:", primes)

# pass in various places
for _ in range(2):
    pass
if primes:
    pass
else:
    pass
count = 0
while count < 100:
    count += 7
    if count % 3 == 0:
        continue
    if count > 50:
        break
print("count =", count)
