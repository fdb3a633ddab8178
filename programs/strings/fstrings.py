# f-strings with format specs, conversions and self-documenting expressions
name = "Ada"
x = 3.14159265
y = 2 / 3
n = 42
big = 1234567890
s = "quote's"
print(f"Hello, {name}!")
print(f"[{name:>10}] [{name:<10}] [{name:^10}] [{name:*^11}]")
print(f"{x:.3f} {y:.3f} {x:10.2f}| {x:<10.1f}| {x:e} {big:.2e}")
print(f"{n:05d} {n:5d} {n:<5d}| {-n:05d} {n:+d} {n:x} {n:X} {n:o} {n:b} {n:#x} {n:#b}")
print(f"{big:,} {big:_} {1234.5678:,.2f} {0.25:%} {0.256:.1%}")
print(f"{s!r} {s!s} {name!r} {'é'!a}")
print(f"{x=}")
print(f"{n=}, {name = }, {n * 2=}")
print(f"{x=:.2f}")
print(f"{n + 1} {n // 5} {n % 5} {[n, n]} {{literal braces}}")
items = ["apple", "kiwi"]
print(f"{len(items)} items: {', '.join(items)}")
print(f"{items[0].upper()} {items[-1][::-1]} {dict(a=1)['a']}")
width = 12
precision = 4
print(f"[{x:{width}.{precision}f}]")
print(f"[{'nested':{'>' if n > 40 else '<'}{width}}]")
print(f"{'yes' if n > 40 else 'no'}")
for i, (label, value) in enumerate([("alpha", 1.5), ("beta", 22.25), ("gamma", 333.125)]):
    print(f"{i:>2}. {label:<8}{value:>10.2f}")
print(f"{True} {None} {3 + 4}")
print(f"{1e-7} {1e22} {float('inf')} {-0.0}")
print(f"{123.456:08.2f} {-1.5:+.1f} {7:3} {'ab':3}|")
print(f"{'%'} {100:>5}% {3:0>4} {'x':->5}")
print(f"{12345.6789:,.1f} {1000000:,d} {-1234567:,}")
temp = 21.456
print(f"Temp: {temp:.1f}\u00b0C")
multi = (
    f"name={name} "
    f"n={n}"
)
print(multi)
print(f"{'中文':>6}|{'ab':^6}|")
print(f"{n:c}{n + 1:c} {255:08b} {65535:x}")
print(F"{name.lower()}", rf"raw\n{name}")
print(f"{3.0:g} {0.00001234:g} {1234567.0:g} {100:g}")
print(f"{5:.2f} {int(5.5):d}")
value = 7
print(f"{value!r:>5}|{str(value)!r}")
