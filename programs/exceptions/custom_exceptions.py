# Custom exception classes and hierarchies

class AppError(Exception):
    """Base for application errors."""

class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message

    def __str__(self):
        return f"{self.field}: {self.message}"

class NotFound(AppError):
    pass

class Timeout(AppError):
    def __init__(self, seconds):
        self.seconds = seconds
        super().__init__(f"timed out after {seconds}s")

def validate(user):
    if "name" not in user:
        raise NotFound("name")
    if len(user["name"]) < 3:
        raise ValidationError("name", "too short")
    if user.get("age", 0) < 0:
        raise ValidationError("age", "negative")
    return True

users = [{"name": "ann"}, {"name": "al"}, {}, {"name": "bob", "age": -1}]
for u in users:
    try:
        print(u, "->", validate(u))
    except ValidationError as e:
        print(u, "-> invalid", e.field, "|", e, "|", e.args)
    except AppError as e:
        print(u, "->", type(e).__name__, e, e.args)

t = Timeout(30)
print(str(t), repr(t), t.args, t.seconds)
v = ValidationError("email", "missing @")
print(str(v), repr(v))
n = NotFound()
print(repr(n), str(n) == "", n.args)
print(repr(NotFound("a", 2)), str(NotFound("a", 2)))
print(issubclass(ValidationError, AppError), issubclass(AppError, Exception))
print(isinstance(t, (NotFound, Timeout)), AppError.__doc__)
print([c.__name__ for c in ValidationError.__mro__])

class Retryable(Exception):
    retries = 3

class FlakyNetwork(Retryable, ConnectionError):
    pass

try:
    raise FlakyNetwork("socket reset")
except OSError as e:
    print("caught as OSError:", type(e).__name__, e, e.retries)

errors = []
for cls in (ValueError, NotFound, Timeout, FlakyNetwork):
    try:
        raise cls(1)
    except AppError:
        errors.append("app")
    except Exception:
        errors.append("other")
print(errors)
try:
    raise AppError
except AppError as e:
    print("raised class without args:", repr(e), e.args)
