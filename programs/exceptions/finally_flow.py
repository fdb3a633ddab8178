# Control flow through finally: return, re-raise, retries, `as` unbinding

def finally_overrides():
    try:
        return "from try"
    finally:
        print("finally runs before return")

print(finally_overrides())

def return_in_finally():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"

print(return_in_finally())

def reraise():
    try:
        int("abc")
    except ValueError:
        print("logging and re-raising")
        raise

try:
    reraise()
except ValueError as e:
    print("outer caught:", e)

try:
    try:
        raise KeyError("inner")
    finally:
        print("inner finally")
except KeyError as e:
    print("caught", repr(e), e.args)

e = "still here"
try:
    raise RuntimeError("temp")
except RuntimeError as e:
    pass
try:
    print(e)
except NameError:
    print("the `as` name is deleted after the handler")

attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts} failed")
        print("succeeded after", attempts, "attempts")
        break
    except ConnectionError as err:
        print("retry:", err)
        continue
    finally:
        print("cleanup", attempts)
try:
    pass
except Exception:
    print("not reached")
else:
    print("else branch with no exception")
