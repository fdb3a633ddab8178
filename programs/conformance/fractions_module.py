from fractions import Fraction
a = Fraction(1, 3); b = Fraction('2/4'); c = Fraction(0.5); d = Fraction('1.25'); e = Fraction(-6, 4)
print(a, b, c, d, e, repr(a), a + b, a - b, a * b, a / b, a ** 2, a ** -2, -a, abs(e))
print(a + 1, 1 + a, a * 3, 2 / a, a + 0.5, a < b, a == Fraction(2, 6), b == 0.5, float(a), int(e), round(Fraction(5, 2)), round(Fraction(7, 3), 2))
print(sum([Fraction(1, n) for n in range(1, 5)]), Fraction(355, 113).limit_denominator(10), Fraction(3.14159).limit_denominator(100))
print(a.numerator, a.denominator, sorted([b, a, c]), max(a, b), hash(Fraction(1, 2)) == hash(0.5), Fraction(7, 2) // 1, Fraction(7, 2) % 1)
import math
print(math.floor(Fraction(7, 2)), math.ceil(Fraction(7, 2)), {Fraction(1, 2): 'x'}[Fraction(2, 4)])
try: Fraction(1, 0)
except ZeroDivisionError as e: print(e)
try: print(f"{Fraction(1, 3):.3f}")
except TypeError as e: print(e)
