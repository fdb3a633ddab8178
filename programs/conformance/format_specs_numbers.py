class P:
    x = 5
    def __format__(self, spec): return f"P<{spec}>"
    def __repr__(self): return "P()"
p = P()
print("{0.x} {1[1]} {2[k]}".format(p, [1, 2], {"k": "v"}), "{:>8}".format(p), f"{p:abc}", f"{p!r:>6}", format(p, "z"))
print("{a}-{b}".format_map({"a": 1, "b": 2}), "{!r}".format("s"), "{0:{1}}".format(3.14159, ".2f"), "{:%}".format(0.5))
v = 3.5
print(f"{v=}", f"{v = :.1f}", f"{v!a}", f"{'é'!a}", f"{{literal}}", f"{v:{'>'}{10}}")
print(int("1_000"), float("1_0.5"), "{:_}".format(1234567), "{:,.2f}".format(-1234.5), "{:+,}".format(10**6))
print("{:e}".format(0.0), "{:g}".format(1e-10), "{:g}".format(123456789), "{:.0f}".format(2.5), "{:.0f}".format(3.5), "{:#.3g}".format(1.0))
print("{:c}".format(65), "{:o}".format(8), "{:#b}".format(5), "{:=+8}".format(42), "{:08.3f}".format(-3.14159), "{:^+9.2f}|".format(2.5))
print(f"{12345.6789:10.2f}|{'ab':^7}|{7:03}|{-7:03}|{True}|{None!s}|{3:d}")
print(str(12345678901234567890), 2 ** 64, -2 ** 63, 10 ** 20 // 3, 7 ** 30 % 1000, (-7) % 3, -(7 % 3), int(1e20), float(2 ** 70))
print(1e300 * 1e10, -1e300 * 1e10, 0.1 * 3, 1 / 3 * 3, 2 / 3, 1e-7, 123e-20, 5e15, 5e16, 1.5e300 * 1.5e-300)
print(hash(-1), hash(2 ** 61), hash(1.5), hash("") == hash(""), hash(()) == hash(()), hash(None) == hash(None))
