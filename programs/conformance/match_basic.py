def f(x):
    match x:
        case 0: return "zero"
        case [a, b]: return f"pair {a} {b}"
        case {"k": v}: return f"dict {v}"
        case str() as s: return "str " + s
        case _: return "other"
print(f(0), f([1,2]), f({"k": 3}), f("s"), f(2.5))
