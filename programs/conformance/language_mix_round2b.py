import sys
def r(n): return r(n + 1)
try: r(0)
except RecursionError as e: print('rec', e)
def f():
    try: return 1
    finally: print('finally runs')
print(f())
def g():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
        finally: print('fin', i)
    else: print('no')
g()
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]), list[int] == list[int], int | None)
class Box:
    def __class_getitem__(cls, item): return f"Box[{item.__name__}]"
print(Box[int])
match {'type': 'point', 'x': 1, 'y': 2}:
    case {'type': 'point', 'x': x, 'y': y} if x < y: print('pt', x, y)
    case _: print('other')
match [1, 2, 3, 4]:
    case [first, *rest]: print(first, rest)
class Pt:
    __match_args__ = ('x', 'y')
    def __init__(s, x, y): s.x, s.y = x, y
match Pt(1, 2):
    case Pt(x=1, y=yy): print('kw', yy)
match Pt(0, 5):
    case Pt(0, y): print('pos', y)
match 3:
    case 1 | 2: print('12')
    case int(n) if n > 2: print('int', n)
print((n := 10) * 2, n)
data = [y for x in range(5) if (y := x * 2) > 4]; print(data)
def counter():
    c = 0
    def inc():
        nonlocal c; c += 1; return c
    return inc
i = counter(); i(); print(i())
fs = [lambda: k for k in range(3)]; print([f() for f in fs])
fs = [lambda k=k: k for k in range(3)]; print([f() for f in fs])
def gen():
    x = yield 1
    while True:
        x = yield x * 2
g = gen(); print(next(g), g.send(5), g.send(7))
print(sys.getrecursionlimit(), isinstance(sys.maxsize, int), sys.version_info[:2] >= (3, 11), sys.version_info.major)
try:
    raise ValueError('a')
except ValueError:
    try: raise TypeError('b')
    except TypeError as e: print(repr(e.__context__))
class Temp:
    def __init__(self): self._c = 0
    celsius = property(lambda s: s._c, lambda s, v: setattr(s, '_c', v))
t = Temp(); t.celsius = 5; print(t.celsius)
try: t.nope
except AttributeError as e: print(e)
try: Temp.nope
except AttributeError as e: print(e)
class S:
    __slots__ = ('a',)
try: S().b = 1
except AttributeError as e: print(e)
except AttributeError as e: print(e)
print(int('10', base=2), str(b'x', 'utf-8'), bytes(3), bytes([65, 66]), bytearray(2), list(b'ab'), chr(0x1F600))
print('%s %s' % ('a', [1]), '%-6s|' % 'ab', '%06.2f' % -1.5, '%x %X %o' % (255, 255, 8), '%3d%%' % 50, '%.3s' % 'abcdef', '%r' % None)
