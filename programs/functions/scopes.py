# Scopes: nested nonlocal, global declarations, closures as caches

def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x

    before = x
    result = middle()
    return before, result, x

print(outer())

setting = "initial"

def change_global():
    global setting
    setting = "modified"

def read_global():
    return setting

print(read_global())
change_global()
print(read_global(), setting)

def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), len(fib.cache))
print(fib.__closure__ is not None, fib.__name__, fib(10))
