# Uncaught exception raised inside a generator consumed by a for loop


def parse_lines(lines):
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        key, value = line.split("=")
        yield number, key.strip(), value.strip()


def load(lines):
    settings = {}
    for number, key, value in parse_lines(lines):
        print(f"line {number}: {key} -> {value}")
        settings[key] = value
    return settings


good = ["# settings", "a = 1", "", "b = 2"]
print("good file:", load(good))
bad = ["a = 1", "b = 2", "c 3", "d = 4"]
print("bad file:", load(bad))
print("unreachable")
