def check(values):
    errors = []
    for v in values:
        try:
            if v < 0:
                raise ValueError(f"negative: {v}")
            if v == 0:
                raise ZeroDivisionError("zero")
        except Exception as e:
            e.add_note(f"while checking {v}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("validation failed", errors)

try:
    check([1, -2, 0])
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* ZeroDivisionError as eg:
    print("zero:", len(eg.exceptions))

print("now uncaught")
check([-1, 0, 5])
