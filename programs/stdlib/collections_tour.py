# collections: namedtuple, deque, Counter, OrderedDict, defaultdict.
from collections import namedtuple, deque, Counter, OrderedDict, defaultdict


def attempt(label, func):
    try:
        print(label, '->', repr(func()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


# namedtuple
Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), list(p), p._fields)
x, y = p
print(x, y, p == (1, 2), p == Point(1, 2), p != Point(2, 1), Point(1, 2) < Point(1, 3))
print(p._asdict(), p._replace(y=5), Point._make([7, 8]), p.__getnewargs__())
print(p + (3,), p * 2, p[0:1], tuple(p), 2 in p, p.count(1), p.index(2))
print(sorted([Point(2, 1), Point(1, 3), Point(1, 2)]))
print(max(Point(1, 1), Point(0, 5), key=lambda q: q.y))
print(Point.__doc__, Point.x.__doc__, Point.__name__, Point.__module__)
Emp = namedtuple('Emp', ['name', 'dept', 'level'], defaults=['staff', 1])
print(Emp('ann'), Emp('bob', 'ops'), Emp._field_defaults)
print(namedtuple('R', 'a, b def _c', rename=True)._fields)
attempt('Point()', lambda: Point())
attempt('Point(1, 2, 3)', lambda: Point(1, 2, 3))
attempt('Emp(1, 2, 3, 4)', lambda: Emp(1, 2, 3, 4))
attempt('Point(1, z=2)', lambda: Point(1, z=2))
attempt('Point(1, x=2)', lambda: Point(1, x=2))
attempt('set x', lambda: setattr(p, 'x', 1))
attempt('set z', lambda: setattr(p, 'z', 1))
attempt('_replace', lambda: p._replace(q=1))
attempt('_make', lambda: Point._make([1]))
attempt('duplicate', lambda: namedtuple('A', 'a a'))
attempt('underscore', lambda: namedtuple('A', 'a _b'))
attempt('keyword', lambda: namedtuple('A', 'a def'))
attempt('identifier', lambda: namedtuple('1A', 'a'))
attempt('too many defaults', lambda: namedtuple('A', 'a', defaults=[1, 2]))
counts = {}
for q in [Point(1, 2), Point(1, 2), Point(2, 1)]:
    counts[q] = counts.get(q, 0) + 1
print(counts)


class Point3(namedtuple('Point3', 'x y z')):
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)


print(Point3(1, -2, 3).norm1(), Point3(1, 2, 3))

# deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d, len(d), d[0], d[-1], 2 in d, bool(deque()))
d.rotate(1)
print(d)
d.rotate(-2)
print(d)
d.extend('ab')
d.extendleft('yz')
print(d, d.count('a'), d.index('a'), d.index(3, 0, 4))
d.insert(2, 'i')
del d[0]
d[0] = 'first'
d.remove('a')
print(d)
d.reverse()
print(d, list(reversed(d)))
print(d.copy(), d == deque(d), d < deque(['z']), d + deque('q'), d * 0)
d.clear()
print(d, len(d))
ring = deque(range(10), maxlen=3)
print(ring, ring.maxlen)
ring.append(99)
ring.appendleft(-1)
print(ring)
ring.extend(range(5))
print(ring, deque(maxlen=0), deque('ab', 2) * 3)
mixed = deque()
for i in range(10):
    mixed.append(i)
out = []
while mixed:
    out.append(mixed.pop() if len(mixed) % 2 else mixed.popleft())
print(out)
attempt('index missing', lambda: deque([1]).index(9))
attempt('remove missing', lambda: deque([1]).remove(9))
attempt('pop empty', lambda: deque().pop())
attempt('popleft empty', lambda: deque().popleft())
attempt('index range', lambda: deque([1])[5])
attempt('str index', lambda: deque([1])['a'])
attempt('slice', lambda: deque([1])[0:1])
attempt('add list', lambda: deque([1]) + [1])
attempt('negative maxlen', lambda: deque(maxlen=-1))
attempt('str maxlen', lambda: deque(maxlen='a'))
attempt('insert full', lambda: deque([1], maxlen=1).insert(0, 2))
attempt('set maxlen', lambda: setattr(deque(), 'maxlen', 3))
it = iter(d)
d.append(5)
attempt('mutated', lambda: next(it))
selfref = deque([1])
selfref.append(selfref)
print(selfref)

# Counter
c = Counter('abracadabra')
print(c, c['a'], c['z'], c.most_common(2), c.total())
print(sorted(c.elements()), list(Counter(a=2, b=-1).elements()))
c.update('aaz')
c.update({'b': 10})
c.subtract(a=1)
print(c.most_common(3), len(c))
del c['nothing']
del c['z']
print(c)
print(Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=1) + Counter(a=2, b=-1))
print(Counter(a=3) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=-1, b=2), -Counter(a=-1, b=2))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter() < Counter(a=1))
print(repr(Counter()), Counter({'x': 2, 'y': 5}), Counter(['x', 'y', 'x']).most_common())
c2 = Counter(a=5)
c2 -= Counter(a=2, b=1)
c2 += Counter(c=1)
print(c2, isinstance(c2, dict))
attempt('fromkeys', lambda: Counter.fromkeys('ab'))

# OrderedDict
o = OrderedDict()
o['b'] = 2
o['a'] = 1
o['c'] = 3
print(o, list(o), list(o.keys()), list(o.values()))
o.move_to_end('b')
print(list(o.items()))
o.move_to_end('c', last=False)
print(list(o.items()))
print(o.popitem(), o.popitem(last=False), o)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(repr(OrderedDict()), OrderedDict.fromkeys('xy', 0), list(reversed(OrderedDict(a=1, b=2))))
attempt('move missing', lambda: OrderedDict().move_to_end('q'))
attempt('popitem empty', lambda: OrderedDict().popitem())

# defaultdict
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['zz'], len(dd), 'qq' in dd, dd.get('qq'))
counts = defaultdict(int)
for ch in 'hello':
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
print(nested['x']['y'], dict(nested['x']))
plain = defaultdict()
attempt('no factory', lambda: plain['missing'])
attempt('bad factory', lambda: defaultdict(5))
print(repr(defaultdict(list)), defaultdict(int, {'a': 1}), defaultdict(int, a=2).copy())
