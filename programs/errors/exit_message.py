# sys.exit with a string: the message goes to stderr and the status is 1
import sys


def parse_options(argv):
    options = {}
    for arg in argv:
        if arg.startswith("--") and "=" in arg:
            key, value = arg[2:].split("=", 1)
            options[key] = value
    return options


required = ["input", "output"]
given = parse_options(["--input=data.csv", "--verbose", "--level=3"])
print("parsed:", given)
for key in required:
    if key in given:
        print(f"{key}: {given[key]}")
    else:
        print(f"{key}: <missing>")
missing = [k for k in required if k not in given]
if missing:
    sys.exit("fatal: missing option(s): " + ", ".join(missing))
print("unreachable")
