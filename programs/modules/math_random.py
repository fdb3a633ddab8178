# math and random modules
import math
import random
from math import sqrt, pi as PI

print(sqrt(16), sqrt(2), math.sqrt(0.25))
print(PI, math.pi == PI, math.e, math.tau)
print(math.floor(3.7), math.floor(-3.7), math.ceil(3.2), math.ceil(-3.2), type(math.floor(2.5)).__name__)
print(math.gcd(48, 180), math.gcd(17, 5), math.gcd(0, 9), math.lcm(4, 6))
print(math.factorial(20), math.factorial(0), len(str(math.factorial(100))))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1.0, 1.1, rel_tol=0.2))
print(math.inf, -math.inf, math.inf > 10 ** 300, math.isinf(math.inf), math.isnan(math.nan))
print(math.pow(2, 10), math.fabs(-3), math.trunc(-2.7), math.hypot(3, 4))
print(round(math.sin(PI / 2), 10), round(math.cos(0), 10), round(math.log(math.e), 10))
print(math.log10(1000), math.log2(1024), math.log(8, 2), math.exp(0))
print(math.isqrt(99), math.comb(5, 2), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(math.degrees(PI), math.radians(180) == PI, math.copysign(3, -0.0))
try:
    sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
area = PI * 2 ** 2
print(f"circle area r=2: {area:.4f}")

random.seed(42)
rolls = [random.randint(1, 6) for _ in range(100)]
print("all rolls in 1..6:", all(1 <= r <= 6 for r in rolls), len(rolls))
floats = [random.random() for _ in range(50)]
print("random() in [0, 1):", all(0 <= f < 1 for f in floats))
original = list(range(20))
shuffled = original[:]
random.shuffle(shuffled)
print("shuffle keeps elements:", sorted(shuffled) == original, len(shuffled))
choice = random.choice(["red", "green", "blue"])
print("choice valid:", choice in ("red", "green", "blue"))
sample = random.sample(range(100), 10)
print("sample distinct:", len(set(sample)) == 10, all(0 <= s < 100 for s in sample))
u = random.uniform(5, 10)
print("uniform in range:", 5 <= u <= 10)
r = random.randrange(0, 100, 5)
print("randrange multiple of 5:", r % 5 == 0 and 0 <= r < 100)
random.seed(123)
first = [random.random() for _ in range(5)]
random.seed(123)
second = [random.random() for _ in range(5)]
print("seed reproducible:", first == second)
