import sys
print("to stderr", file=sys.stderr)
print("a", "b", sep="", end="!\n")
sys.stdout.write("written\n")
x = [1, 2]; x.append(x); print(x)
d = {"a": 1}; d["self"] = d; print(d)
print(round(3.14159, 2), round(-2.5), round(2.5), round(7, -1), 10 ** -2, 1_000_000, 0x1F, 0o17, 0b11, 7 / 2, 7 // -2)
print(float("nan") == float("nan"), float("inf") > 1e308, 2 ** 0.5, "nocomplex", abs(-0.0))
print(int.from_bytes(b"\x01\x00", "big"), (1024).to_bytes(2, "little"), (255).bit_length(), (3.5).is_integer(), (0.5).as_integer_ratio())
print("%.3f" % 2.0005, "%s" % [1, 2], "%d%%" % 50, "%-6s|" % "ab", "%+.1e" % 12345.0)
print("ß".lower(), "ǅ".upper(), "İ".lower() == "i̇", len("👍"), "👍"[0] == "👍", "a\u0301")
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda t: t[1]))
print(list(zip(*[(1, "a"), (2, "b")])), [*range(3)], {*"aba"} == {"a", "b"})
a, *b, c = range(5); print(a, b, c)
(p, q), r = (1, 2), 3; print(p, q, r)
first, second = "xy"; print(first, second)
try:
    a, b = [1, 2, 3]
except ValueError as e: print(e)
try:
    a, b, c = [1]
except ValueError as e: print(e)
n = 0
while True:
    n += 1
    if n > 3: break
else:
    print("never")
for i in []: pass
else: print("for-else ran")
print(bool([]), bool([0]), not None, None is None, 1 if [] else 2, [] or "default", 0 and 1)
print(chr(0x1F600), "\N{GREEK SMALL LETTER ALPHA}", "tab\tx", r"raw\n", b"b\x00".hex(), "%c" % 97)
s = "hello"
print(s.find("l"), s.rfind("l"), s.index("e"), s.count("l"), s.replace("l", "L", 1), s.startswith(("he", "x")), s.endswith("lo"))
print(s.isalpha(), "123".isdigit(), " ".isspace(), "Ab".istitle(), "ab".islower(), "a1".isalnum(), "ab cd".split(" ", 1), "a\nb\r\nc".splitlines())
print(",".join(str(i) for i in range(5)), "x".join([]), "abc".translate(str.maketrans("ab", "xy")), "Hello".removeprefix("He"), "file.py".removesuffix(".py"))
print(list("abc".encode()), bytes(3), bytearray(2), b"A" < b"B", "é".encode("latin-1"), b"\xe9".decode("latin-1"))
