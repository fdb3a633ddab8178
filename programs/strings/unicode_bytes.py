# Unicode text, escapes, bytes and encodings
greeting = "你好，世界"
print(greeting, len(greeting), greeting[0], greeting[-2:])
mixed = "Python 是一门编程语言"
print(mixed.upper(), len(mixed), mixed.split(" "), mixed.find("编程"))
encoded = greeting.encode("utf-8")
print(encoded, len(encoded), type(encoded).__name__)
print(encoded.decode("utf-8") == greeting, encoded.decode())
print([hex(b) for b in "é€".encode("utf-8")])
print("naïve café".encode("utf-8"), "naïve".encode("ascii", "replace"))
print(b"abc" + b"def", b"x" * 3, len(b"\x00\xff"), b"abc"[1], list(b"hi"))
print(bytes([104, 105]), bytes(range(65, 70)), bytes.fromhex("48656c6c6f"))
data = "hello".encode()
print(data.upper(), data.hex(), data.find(b"l"), data.split(b"l"), data.startswith(b"he"))
print(b"Hello World".decode("ascii").lower(), bytes("AbC", "ascii").lower())
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", type(e).__name__, isinstance(e, ValueError))
try:
    "日本".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError caught")
print("tab:[\t] newline escaped:", repr("a\nb"), "backslash:\\", "quote:\"'")
print("\u00e9 \u4e2d \U0001F600 \x41 \101 \N{GREEK SMALL LETTER ALPHA}")
print(len("\U0001F600"), ord("\U0001F600"), len("😀".encode("utf-8")))
red = "\033[31m"
reset = "\033[0m"
print(red + "red text" + reset)
print(repr(red), len(red), repr("\x1b[1m"), repr("\0"), repr("\x7f"))
print(repr("中文"), ascii("中文"), repr("é\t"), repr(b"\x00a\n"))
raw = r"C:\new\table"
print(raw, len(raw), repr(raw))
print("line1\nline2")
print("carriage\\r kept as text", "bell:" + repr("\a"))
print(sorted(["b", "a", "中", "é", "Z"]), "中" > "z")
print("ÀÉÎ".lower(), "straße".upper(), "ﬁ".upper(), "Σ".lower())
print(chr(0x263A), hex(ord("€")), "\u20ac" == "€")
chars = {}
for ch in "hello 世界 hello":
    chars[ch] = chars.get(ch, 0) + 1
print(chars)
print("世界" in "你好世界", "你好世界".replace("世界", "World"), "你好".center(8, "*"))
b = bytearray(b"abc")
b[0] = 65
b.append(33)
print(b, bytes(b), len(b))
print(str(b"bytes"), b"a" == "a", "a".encode() == b"a")
print("%s|%r" % ("é", "é"), f"{'中':^5}|", "{:>4}".format("字"))
