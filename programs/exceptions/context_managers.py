# with statements: __enter__/__exit__, several items, `as` targets, suppression

class Resource:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append(f"open {self.name}")
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        self.log.append(f"close {self.name}")
        return False

log = []
with Resource("db", log) as db:
    print("using", db.name)
print(log)

with Resource("a", log) as a, Resource("b", log) as b:
    print("inside with", a.name, b.name)
print(log[-4:])

try:
    with Resource("failing", log):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)

class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught = exc
            return True
        return False

with Suppress(KeyError, IndexError) as s:
    print("before error")
    [][1]
    print("not printed")
print("suppressed:", type(s.caught).__name__, s.caught)

try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("ZeroDivisionError was not suppressed")

class Timer:
    depth = 0

    def __enter__(self):
        Timer.depth += 1
        print("  " * Timer.depth + f"start level {Timer.depth}")
        return Timer.depth

    def __exit__(self, *exc_info):
        print("  " * Timer.depth + f"end level {Timer.depth}")
        Timer.depth -= 1

with Timer() as outer:
    with Timer() as inner:
        print("levels", outer, inner)

def use_in_function():
    with Resource("func", []) as r:
        return f"returned from inside with: {r.name}"

print(use_in_function())

for i in range(3):
    with Resource(f"loop{i}", log):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
with Suppress(ZeroDivisionError) as s1, Suppress(NameError) as s2:
    undefined_name_here
print("s1", s1.caught, "s2", type(s2.caught).__name__)
