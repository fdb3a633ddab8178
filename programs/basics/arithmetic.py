# Integer and float arithmetic with Python semantics
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(7 / 2, -7 / 2, 6 / 3, 1 / 3)
print(2 ** 10, (-2) ** 3, (-2) ** 4, -2 ** 2, 2 ** -1, 2 ** -2)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))
print(divmod(7.5, 2))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)

big = 2 ** 100
print("2**100 =", big)
print("2**100 + 1 =", big + 1)
print("-(2**100) // 3 =", -big // 3)
print("(2**100) % 97 =", big % 97)
print("2**64 - 1 =", 2 ** 64 - 1)
print(big * big)
print(big // (2 ** 50) == 2 ** 50)


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


f50 = factorial(50)
print("50! =", f50)
print("digits in 50!:", len(str(f50)))
print("trailing zeros:", len(str(f50)) - len(str(f50).rstrip("0")))
print(f50 // factorial(48) == 50 * 49)
print(-f50 % 1000007)

print(pow(3, 200, 1000), pow(2, 10), pow(2, -1), pow(-3, 3))
print(abs(-5), abs(3.5), abs(-2 ** 70))
print(int(3.99), int(-3.99), int("42"), int("-17"), int("  8 "))
print(int("ff", 16), int("101", 2), int("777", 8), int("z", 36), int("0x1F", 16))
print(float("2.5"), float(3), float("-inf"))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(3.14159, 2), round(2.71828, 3), round(1234, -2), round(7))
print(10 / 4, 10 // 4, 10 % 4, 10.0 // 4)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 2 ** 3 ** 2)
print(True + True, True * 10, False - 1)
print(0x10, 0o17, 0b1010, 1_000_000)
n = 255
print(hex(n), oct(n), bin(n), hex(-n), bin(0))
x = 17
x += 3
x -= 5
x *= 4
x //= 7
x **= 3
x %= 50
print("x after augmented ops:", x)
y = 10.0
y /= 4
print("y =", y)
bits = 0b1100
print(bits & 0b1010, bits | 0b0011, bits ^ 0b1111, ~bits, bits << 3, bits >> 2)
print(-17 >> 1, 1 << 70)
