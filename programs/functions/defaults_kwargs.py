# Default values, keyword arguments, *args, **kwargs, keyword-only parameters

def greet(name, greeting="Hello", punctuation="!"):
    return f"{greeting}, {name}{punctuation}"

print(greet("Ada"))
print(greet("Ada", "Hi"))
print(greet("Ada", punctuation="?"))
print(greet(greeting="Hey", name="Bob"))

def total(*numbers, start=0):
    print("  numbers =", numbers)
    result = start
    for n in numbers:
        result += n
    return result

print(total())
print(total(1, 2, 3))
print(total(1, 2, start=100))

def describe(**info):
    for key, value in info.items():
        print(f"  {key} -> {value}")
    return len(info)

print(describe(lang="python", version=3, typed=False))
print(describe())

def everything(a, b=2, *args, c, d=4, **kwargs):
    return f"a={a} b={b} args={args} c={c} d={d} kwargs={kwargs}"

print(everything(1, c=3))
print(everything(1, 5, 6, 7, c=8, e=9, f=10))
print(everything(a=0, c=0, d=0, z=0))

def kwonly(x, *, scale=1, offset=0):
    return x * scale + offset

print(kwonly(5), kwonly(5, scale=3), kwonly(5, offset=-1, scale=2))
try:
    kwonly(5, 3)
except TypeError as e:
    print("TypeError:", e)

def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_to(1), append_to(2))

def shared_default(item, bucket=[]):
    bucket.append(item)
    return bucket

print(shared_default("a"), shared_default("b"))
try:
    greet()
except TypeError as e:
    print("TypeError:", e)
try:
    greet("x", nme="y")
except TypeError as e:
    print("TypeError:", e)
print(greet.__name__, greet.__defaults__, kwonly.__kwdefaults__)
