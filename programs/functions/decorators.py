# Decorators, including decorators with arguments (no functools)

call_log = []

def logged(fn):
    def wrapper(*args, **kwargs):
        call_log.append(fn.__name__)
        print(f"-> {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        print(f"<- {fn.__name__} returned {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper

def repeat(times):
    def decorator(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator

def prefix(text, sep=": "):
    def decorator(fn):
        def wrapper(*args):
            return text + sep + str(fn(*args))
        return wrapper
    return decorator

@logged
def add(a, b):
    """Add two numbers."""
    return a + b

@repeat(3)
def shout(word):
    return word.upper()

@prefix("result")
@logged
def square(x):
    return x * x

@prefix("nested", sep=" | ")
@repeat(2)
def pair(a):
    return a

print(add(2, 3))
print(add.__name__, add.__doc__)
print(shout("hey"))
print(square(7))
print(pair("z"))
print("log:", call_log)

registry = {}
