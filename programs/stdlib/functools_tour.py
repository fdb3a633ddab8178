# functools: reduce, partial, wraps, lru_cache/cache, total_ordering,
# cached_property, partialmethod (cmp_to_key: see cmp_to_key.py).
import functools
from functools import (reduce, partial, wraps, lru_cache, cache,
                       total_ordering, cached_property, partialmethod)

print(reduce(lambda a, b: a + b, [1, 2, 3, 4, 5]))
print(reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda a, b: a + b, [], 'empty'))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print('TypeError:', e)

to_int = partial(int, base=2)
print(to_int('1011'), to_int.func is int, to_int.args, to_int.keywords)
print(repr(to_int))


def show(a, b, c=0, *rest, **kw):
    return (a, b, c, rest, sorted(kw.items()))


p1 = partial(show, 1)
p2 = partial(p1, 2, z=9)
print(p2(3, 4, y=8), p2.func is show, p2.args)
print(partial(show, 1, c=5)(2, c=6))
try:
    partial(3)
except TypeError as e:
    print('TypeError:', e)


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print('calling', func.__name__)
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a, b):
    """Add two numbers."""
    return a + b


print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1))
print(functools.WRAPPER_ASSIGNMENTS)

calls = []


@lru_cache(maxsize=2)
def slow_square(x):
    calls.append(x)
    return x * x


for x in (1, 2, 1, 3, 2, 1):
    slow_square(x)
print('calls:', calls)
print(slow_square.cache_info())
print(slow_square.cache_parameters())
slow_square.cache_clear()
print(slow_square.cache_info())
info = slow_square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, tuple(info))


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)


print(fact(20), fact.cache_info().misses)


@lru_cache(maxsize=None, typed=True)
def typed_id(x):
    calls.append(('typed', x))
    return x


calls.clear()
typed_id(3)
typed_id(3.0)
typed_id(3)
print(calls, typed_id.cache_info().currsize)


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())


class Thing:
    def __init__(self, n):
        self.n = n

    @lru_cache(maxsize=None)
    def double(self):
        return self.n * 2


t = Thing(21)
print(t.double(), t.double(), Thing.double.cache_info().hits)


@total_ordering
class Version:
    def __init__(self, major, minor):
        self.key = (major, minor)

    def __eq__(self, other):
        return self.key == other.key

    def __lt__(self, other):
        return self.key < other.key

    def __repr__(self):
        return 'Version%r' % (self.key,)


a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a == b, a <= Version(1, 2), a >= Version(1, 2))
print(sorted([Version(2, 0), Version(1, 5), Version(1, 0)]))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError:', e)


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.computed, 'area' in c.__dict__)
del c.area
print(c.area, c.computed)


class Cell:
    def __init__(self):
        self.state = None

    def set_state(self, value):
        self.state = value

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


cell = Cell()
cell.set_alive()
print(cell.state)
cell.set_dead()
print(cell.state)
