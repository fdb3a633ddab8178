# printf-style % formatting and str.format
print("%s %d %.2f %r %5s %-5s|" % ("text", 42, 3.14159, "repr", "ab", "cd"))
print("%d%%" % 50, "%i" % 7, "%5d|%-5d|%05d" % (1, 2, 3))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%e %.3e %g %g" % (12345.678, 0.000123, 0.00001, 123456789.0))
print("%10.3f|%-10.1f|%+d|% d" % (2.71828, 2.5, 5, 5))
print("%c%c" % (72, "i"), "%s" % [1, 2], "%s" % (None,), "%r" % "x")
print("%(name)s is %(age)d" % {"name": "Bob", "age": 40})
print("%s" % "single", "%s and %s" % ("a", "b"))
print("%.3s|%8.3s|" % ("abcdef", "abcdef"))
print("%*d|%-*d|" % (6, 42, 6, 42))
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("only one",))
except TypeError as e:
    print("TypeError:", e)

print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Cid", age=9))
print("{0[0]} {0[1]} {1[key]}".format(("p", "q"), {"key": "v"}))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:08.3f} {:,} {:+} {:x} {:b}".format(3.14159, 1234567, 7, 255, 10))
print("{!r} {!s}".format("repr", "str"))
print("{0:*^15}".format(" title "))


class P:
    def __init__(self):
        self.x = 1
        self.y = 2


print("{p.x},{p.y}".format(p=P()))
rows = [("Widget", 3, 2.5), ("Gadget", 12, 10.0), ("Doohickey", 1, 99.99)]
print("%-10s %5s %8s" % ("item", "qty", "price"))
for item, qty, price in rows:
    print("%-10s %5d %8.2f" % (item, qty, price))
total = sum(q * p for _, q, p in rows)
print("%-10s %14.2f" % ("TOTAL", total))
header = "{:<10}{:>5}{:>8}".format("item", "qty", "price")
print(header)
print("-" * len(header))
for item, qty, price in rows:
    print("{:<10}{:>5d}{:>8.2f}".format(item, qty, price))
print("{{}} {}".format("braces"), "{:%}".format(0.5), "{:.0f}".format(2.5))
print(format(3.14159, ".2f"), format(42, "05d"), format("s", ">3"), format(1234, ","))
print("%s" % 1.0, "%s" % 0.1, "%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print("%5.1f%%" % 99.44, "%3d%%" % 7)
print("%s|%s" % (True, 3 + 0.5), "%d" % 3.99, "%d" % True)
