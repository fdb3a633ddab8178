import functools
def deco(f):
    @functools.wraps(f)
    def w(*a, **k): return f(*a, **k)
    return w
@deco
def foo(x: int) -> int:
    "doc"
    return x
print(foo.__name__, foo.__doc__, foo.__wrapped__.__name__, foo.__annotations__)
class A:
    x = 1
    def __init_subclass__(cls, **kw): print('sub', cls.__name__, kw)
class B(A, flag=True): pass
print(B.__mro__, B.__bases__, A.__subclasses__())
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
g = (x*x for x in range(3)); print(next(g), list(g))
def gen():
    try:
        yield 1
    finally:
        print('gen cleanup')
for v in gen(): break
print('after break')
a, *b, c = range(5); print(a, b, c)
(x, y), z = (1, 2), 3; print(x, y, z)
print([*range(3), *'ab'], {**{'a': 1}, 'b': 2}, {*'aa', 'b'} == {'a', 'b'})
print(f"{'nested {}'.format(1)!r:>15}", f"{3.0:g}", f"{1e-5:f}", f"{10**20:e}", f"{x=}", f"{x+y = }")
print(str(b'abc'), repr('a\'b"c'), repr("it's"), ascii('ñ'), 'a\x00b', repr('\x7f\u200b'))
print(int.__name__, (1).__class__, 5 .real, True + True, True & False, ~True, -True)
class C:
    def __repr__(self): return 'C()'
print([C()], {'k': C()}, (C(),), str(C()), f"{C()}", f"{C()!s}")
print(max('abc', 'abd', key=len), min([(1, 'b'), (1, 'a')]), sorted({3: 'a', 1: 'b'}), sorted('bca', reverse=True))
print(divmod(10**30, 7), 10**30 // 7, -10**30 % 7, pow(10, 30, 7), (10**30).bit_length(), int('9'*30) + 1)
print(0.1 + 0.7, 1e16 + 1, 2**0.5, 10/4, 7 % -3, -7 % 3, 7.0 % -3, math_floor := 3)
import math
print(math.pi, math.inf, -math.inf, math.nan, math.isclose(0.1+0.2, 0.3), math.factorial(20), math.comb(10, 3), math.gcd(12, 18), math.lcm(4, 6))
print(math.sqrt(2), math.log(100, 10), math.log2(8), math.exp(1), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.prod([1,2,3]), math.dist((0,0),(3,4)))
print(hash(1) == hash(1.0), hash('a') == hash('a'), 1 == 1.0, {1: 'a', 1.0: 'b'}, True == 1, {True: 1, 1: 2})
print(list(zip(*[(1, 2), (3, 4)])), dict(zip('ab', range(2))), list(filter(None, [0, 1, '', 'a'])), any([]), all([]))
x = [1, 2, 3]; x[1:1] = [9, 9]; print(x); x[::-1] = x; print(x)
print('abc' * 0, [0] * 3, 'a' < 'b' < 'c', 1 < 2 > 0, not 1 == 2, 3 if 0 else 4, None or 'd', 0 and 1)
def kw(a, b=2, *args, c, d=4, **kw): return a, b, args, c, d, kw
print(kw(1, c=3), kw(1, 2, 3, 4, c=5, e=6), kw(*[1, 2], **{'c': 3}))
print(sorted([3, 1, 2], key=lambda v: -v), list(map(str, [1, 2])), ''.join(reversed('abc')), 'x'.join('abc'))
