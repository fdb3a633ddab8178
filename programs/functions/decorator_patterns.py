# Decorator patterns: registries, call counting, argument validation

registry = {}

def register(name):
    def decorator(fn):
        registry[name] = fn
        return fn
    return decorator

@register("double")
def double(x):
    return 2 * x

@register("negate")
def negate(x):
    return -x

for name in sorted(registry):
    print(name, registry[name](21))

def count_calls(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper

@count_calls
def noop():
    pass

for _ in range(5):
    noop()
print("noop called", noop.calls, "times")

def validate(*types):
    def decorator(fn):
        def wrapper(*args):
            for arg, t in zip(args, types):
                if not isinstance(arg, t):
                    raise TypeError(f"expected {t.__name__}, got {type(arg).__name__}")
            return fn(*args)
        return wrapper
    return decorator

@validate(int, str)
def label(n, s):
    return f"{s}#{n}"

print(label(3, "item"))
try:
    label("3", "item")
except TypeError as e:
    print("TypeError:", e)
