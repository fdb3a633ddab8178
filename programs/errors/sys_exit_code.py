# Exits with status 3 via sys.exit after some output; finally blocks still run
import sys


def validate(records):
    bad = [r for r in records if r < 0]
    print("checked", len(records), "records,", len(bad), "bad")
    for r in bad:
        print("  rejected", r)
    return not bad


print("batch 1 ok:", validate([1, 2, 3]))
records = [5, 3, -1, 8, -4]
try:
    if not validate(records):
        print("validation failed, exiting with status 3")
        sys.exit(3)
    print("not reached")
except ValueError:
    print("SystemExit is not an Exception subclass caught here")
finally:
    print("cleanup in finally")
print("not reached either")
