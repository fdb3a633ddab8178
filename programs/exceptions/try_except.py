# try/except/else/finally, exception tuples, `as` binding, re-raise

def parse(text):
    try:
        value = int(text)
    except ValueError as e:
        print(f"  bad input {text!r}: {e}")
        return None
    else:
        print(f"  parsed {value}")
        return value
    finally:
        print("  finally for", repr(text))

for t in ["42", "x1", "-7"]:
    print("result:", parse(t))

def risky(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "index":
        return [][3]
    if kind == "key":
        return {}["missing"]
    if kind == "type":
        return "a" + 1
    return "ok"

for kind in ["zero", "index", "key", "type", "none"]:
    try:
        print(kind, "->", risky(kind))
    except (ZeroDivisionError, IndexError) as e:
        print(kind, "arith/index:", type(e).__name__, e)
    except LookupError as e:
        print(kind, "lookup:", type(e).__name__, e)
    except Exception as e:
        print(kind, "other:", type(e).__name__, e)
