"""Layout rules: indentation, comments, blank lines, line joining, docstrings."""

# A comment on its own line
x = 10  # a trailing comment


def describe(value):
    """Return a short description of value.

    This docstring spans several lines.
    """
    if value > 5:
        if value > 50:
            return "huge"
        return "big"
    else:
        pass  # nothing to do here
    return "small"


print(describe.__doc__.splitlines()[0])
print(__doc__)

# Implicit line joining inside brackets
numbers = [
    1, 2, 3,   # first row
    4, 5, 6,
]
total = sum(
    numbers
)
config = {
    "name": "minipy",
    "version": (0,
                1),
}
print(numbers, total, config)

# Backslash continuation
long_sum = 1 + 2 + \
    3 + 4 + \
    5
print("long_sum =", long_sum)
if long_sum > 10 and \
        x == 10:
    print("both conditions hold")

for v in (1, 7, 100):
    print(v, describe(v))


class Empty:
    """An empty class with only a docstring."""


def nothing():
    pass


print(Empty.__doc__)
print(nothing())
print(nothing.__doc__)
s = ("implicit " "string "
     "concatenation")
print(s)
a = 1; b = 2; c = a + b
print(a, b, c)
if c == 3: print("one-line if body")
while c > 0: c -= 1
print("c is", c)
