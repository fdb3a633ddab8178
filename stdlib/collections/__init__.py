# collections -- container datatypes: deque, namedtuple, defaultdict,
# Counter, OrderedDict.
#
# Natives relied on: _thread.allocate_lock (deque's internal lock),
# _thread.get_ident (guard against recursive reprs).
#
# deque keeps its items in two lists: `_front` holds the left part in
# reverse order (its last item is the leftmost), `_back` holds the right
# part in order.  Appends and pops at either end are list appends and pops;
# when the side being popped is empty, half of the other side is moved over
# (reversed), so any mix of operations costs O(1) amortized.  Every method
# that changes the deque runs under an internal lock, so append/appendleft/
# pop/popleft (and the others) are atomic even with the GIL off, as the C
# deque's are in CPython.  Iteration is not atomic: it raises RuntimeError
# if the deque changes meanwhile (a modification counter, as in CPython).
#
# namedtuple classes subclass tuple when the interpreter supports real tuple
# subclasses; minipy does not yet (tuple.__new__(cls, ...) gives no
# subclass instance), and then the class is a tuple-like object instead:
# indexing, slicing, unpacking, len, iteration, comparison, hashing, _asdict,
# _replace, _make and _fields all behave as in CPython, but
# isinstance(p, tuple) is False and `'%s %s' % p` does not see a tuple.

import _thread
import sys as _sys

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString', 'defaultdict', 'deque', 'namedtuple']


# Objects whose repr is being computed, per thread: a recursive container
# prints as '[...]' (CPython's Py_ReprEnter).
_repr_running = set()


def _repr_enter(obj):
    key = (id(obj), _thread.get_ident())
    if key in _repr_running:
        return None
    _repr_running.add(key)
    return key


# ---------------------------------------------------------------------------
# deque

class deque(object):
    """deque([iterable[, maxlen]]) --> deque object

A list-like sequence optimized for data accesses near its endpoints."""

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._front = []            # left part, reversed
        self._back = []             # right part
        self._maxlen = None
        self._state = 0             # bumped by every change
        self._lock = _thread.allocate_lock()
        return self

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int) or isinstance(maxlen, bool):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        items = list(iterable)
        with self._lock:
            self._maxlen = maxlen
            if maxlen is not None and len(items) > maxlen:
                items = items[len(items) - maxlen:]
            self._front = []
            self._back = items
            self._state += 1

    def _get_maxlen(self):
        return self._maxlen

    def _set_maxlen(self, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' "
                             "objects is not writable")

    maxlen = property(_get_maxlen, _set_maxlen, None,
                      'maximum size of a deque or None if unbounded')

    # -- the four ends ------------------------------------------------------

    def append(self, x):
        """Add an element to the right side of the deque."""
        with self._lock:
            self._state += 1
            self._back.append(x)
            if self._maxlen is not None and \
                    len(self._front) + len(self._back) > self._maxlen:
                self._popleft()

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        with self._lock:
            self._state += 1
            self._front.append(x)
            if self._maxlen is not None and \
                    len(self._front) + len(self._back) > self._maxlen:
                self._pop()

    def pop(self):
        """Remove and return the rightmost element."""
        with self._lock:
            self._state += 1
            return self._pop()

    def popleft(self):
        """Remove and return the leftmost element."""
        with self._lock:
            self._state += 1
            return self._popleft()

    # The lock is held by the callers of these two.
    def _pop(self):
        back = self._back
        if not back:
            front = self._front
            if not front:
                raise IndexError('pop from an empty deque')
            # The rightmost half of the items are front[:k], reversed.
            k = (len(front) + 1) // 2
            back = front[:k]
            back.reverse()
            self._back = back
            self._front = front[k:]
        return back.pop()

    def _popleft(self):
        front = self._front
        if not front:
            back = self._back
            if not back:
                raise IndexError('pop from an empty deque')
            k = (len(back) + 1) // 2
            front = back[:k]
            front.reverse()
            self._front = front
            self._back = back[k:]
        return front.pop()

    # Whole contents as one list, left to right (lock held by the caller).
    def _items(self):
        items = self._front[::-1]
        items.extend(self._back)
        return items

    def _set_items(self, items):
        self._front = []
        self._back = items
        self._state += 1

    # -- bulk operations ------------------------------------------------------

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the
        iterable."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the
        iterable."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        with self._lock:
            self._set_items([])

    def copy(self):
        """Return a shallow copy of a deque."""
        with self._lock:
            items = self._items()
        if type(self) is deque:
            return deque(items, self._maxlen)
        return type(self)(items, self._maxlen)

    __copy__ = copy

    def count(self, value):
        """Return number of occurrences of value."""
        state = self._state
        n = 0
        for x in self._snapshot():
            if x is value or x == value:
                n += 1
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, value, start=0, stop=None):
        """Return first index of value.

Raises ValueError if the value is not present."""
        items = self._snapshot()
        n = len(items)
        if stop is None or stop > n:
            stop = n
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        state = self._state
        for i in range(start, stop):
            x = items[i]
            if x is value or x == value:
                return i
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError('%r is not in deque' % (value,))

    def insert(self, index, value):
        """Insert value before index."""
        with self._lock:
            items = self._items()
            if self._maxlen is not None and len(items) >= self._maxlen:
                raise IndexError('deque already at its maximum size')
            items.insert(index, value)
            self._set_items(items)

    def remove(self, value):
        """Remove first occurrence of value."""
        items = self._snapshot()
        state = self._state
        for i in range(len(items)):
            x = items[i]
            found = x is value or x == value
            if self._state != state:
                raise IndexError('deque mutated during remove().')
            if found:
                with self._lock:
                    if self._state != state:
                        raise IndexError('deque mutated during remove().')
                    items = self._items()
                    del items[i]
                    self._set_items(items)
                return
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        """Reverse *IN PLACE*."""
        with self._lock:
            self._front, self._back = self._back, self._front
            self._state += 1

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is
negative, rotates left."""
        with self._lock:
            items = self._items()
            size = len(items)
            if size > 1:
                n = n % size
                if n:
                    items = items[size - n:] + items[:size - n]
            self._set_items(items)

    def _snapshot(self):
        with self._lock:
            return self._items()

    # -- sequence protocol ----------------------------------------------------

    def __len__(self):
        return len(self._front) + len(self._back)

    def __bool__(self):
        return len(self._front) + len(self._back) > 0

    # The iterators are generators; the state they check is taken when
    # iter() is called, not at the first next().
    def __iter__(self):
        return self._iter(self._state, self._front, self._back)

    def _iter(self, state, front, back):
        i = len(front) - 1
        while i >= 0:
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield front[i]
            i -= 1
        for x in back:
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield x
        if self._state != state:
            raise RuntimeError('deque mutated during iteration')

    def __reversed__(self):
        return self._reversed(self._state, self._front, self._back)

    def _reversed(self, state, front, back):
        i = len(back) - 1
        while i >= 0:
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield back[i]
            i -= 1
        for x in front:
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield x
        if self._state != state:
            raise RuntimeError('deque mutated during iteration')

    def __contains__(self, value):
        state = self._state
        for x in self._snapshot():
            if x is value or x == value:
                return True
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
        return False

    def _index(self, i):
        # Normalizes index i; the lock is held by the caller.
        if not isinstance(i, int):
            raise TypeError('sequence index must be integer, not %r'
                            % type(i).__name__)
        n = len(self._front) + len(self._back)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        return i

    def __getitem__(self, i):
        with self._lock:
            i = self._index(i)
            nf = len(self._front)
            if i < nf:
                return self._front[nf - 1 - i]
            return self._back[i - nf]

    def __setitem__(self, i, value):
        with self._lock:
            i = self._index(i)
            nf = len(self._front)
            if i < nf:
                self._front[nf - 1 - i] = value
            else:
                self._back[i - nf] = value

    def __delitem__(self, i):
        with self._lock:
            i = self._index(i)
            items = self._items()
            del items[i]
            self._set_items(items)

    # -- operators ------------------------------------------------------------

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.copy()
        new *= n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        with self._lock:
            items = self._items() * n
            if self._maxlen is not None and len(items) > self._maxlen:
                items = items[len(items) - self._maxlen:]
            self._set_items(items)
        return self

    def _cmp_items(self, other):
        if not isinstance(other, deque):
            return None
        return self._snapshot(), other._snapshot()

    def __eq__(self, other):
        p = self._cmp_items(other)
        if p is None:
            return NotImplemented
        return p[0] == p[1]

    def __ne__(self, other):
        p = self._cmp_items(other)
        if p is None:
            return NotImplemented
        return p[0] != p[1]

    def __lt__(self, other):
        p = self._cmp_items(other)
        if p is None:
            return NotImplemented
        return p[0] < p[1]

    def __le__(self, other):
        p = self._cmp_items(other)
        if p is None:
            return NotImplemented
        return p[0] <= p[1]

    def __gt__(self, other):
        p = self._cmp_items(other)
        if p is None:
            return NotImplemented
        return p[0] > p[1]

    def __ge__(self, other):
        p = self._cmp_items(other)
        if p is None:
            return NotImplemented
        return p[0] >= p[1]

    __hash__ = None

    def __repr__(self):
        name = type(self).__name__
        key = _repr_enter(self)
        if key is None:
            return '[...]'
        try:
            body = repr(self._snapshot())
        finally:
            _repr_running.discard(key)
        if self._maxlen is None:
            return '%s(%s)' % (name, body)
        return '%s(%s, maxlen=%d)' % (name, body, self._maxlen)

    def __class_getitem__(cls, item):
        return cls


# ---------------------------------------------------------------------------
# namedtuple

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield'])


def _real_tuple_subclasses():
    # True if tuple.__new__(cls, iterable) makes a genuine instance of a
    # tuple subclass (CPython; not minipy yet).
    try:
        class _Probe(tuple):
            pass
        p = tuple.__new__(_Probe, (7,))
        return type(p) is _Probe and len(p) == 1 and p[0] == 7
    except Exception:
        return False


_TUPLE_BASE = _real_tuple_subclasses()


def _bind_fields(cls, args, kwargs):
    # The argument checks of the generated __new__(_cls, f1, f2, ...).
    fields = cls._fields
    n = len(fields)
    name = cls.__name__ + '.__new__()'
    defaults = cls._field_defaults
    if len(args) > n:
        required = n - len(defaults)
        if required == n:
            raise TypeError('%s takes %d positional arguments but %d were '
                            'given' % (name, n + 1, len(args) + 1))
        raise TypeError('%s takes from %d to %d positional arguments but %d '
                        'were given' % (name, required + 1, n + 1,
                                        len(args) + 1))
    values = list(args)
    if not kwargs and len(values) == n:
        return tuple(values)
    for key in kwargs:
        if key not in fields:
            raise TypeError('%s got an unexpected keyword argument %r'
                            % (name, key))
        if fields.index(key) < len(args):
            raise TypeError('%s got multiple values for argument %r'
                            % (name, key))
    missing = []
    for i in range(len(args), n):
        f = fields[i]
        if f in kwargs:
            values.append(kwargs[f])
        elif f in defaults:
            values.append(defaults[f])
        else:
            missing.append(f)
    if missing:
        if len(missing) == 1:
            names = repr(missing[0])
        elif len(missing) == 2:
            names = '%r and %r' % (missing[0], missing[1])
        else:
            names = ', '.join([repr(m) for m in missing[:-1]]) + \
                ', and %r' % (missing[-1],)
        raise TypeError('%s missing %d required positional argument%s: %s'
                        % (name, len(missing),
                           's' if len(missing) > 1 else '', names))
    return tuple(values)


class _TupleLike(object):
    # The base of namedtuple classes when tuple cannot be subclassed: the
    # values are a real tuple in _nt_values, and the tuple protocol is
    # forwarded to it.

    def __len__(self):
        return len(self._nt_values)

    def __iter__(self):
        return iter(self._nt_values)

    def __reversed__(self):
        return reversed(self._nt_values)

    def __getitem__(self, i):
        return self._nt_values[i]

    def __contains__(self, x):
        return x in self._nt_values

    def __hash__(self):
        return hash(self._nt_values)

    def __bool__(self):
        return len(self._nt_values) > 0

    def count(self, x):
        return self._nt_values.count(x)

    def index(self, *args):
        return self._nt_values.index(*args)

    def __add__(self, other):
        return self._nt_values + _as_tuple(other)

    def __radd__(self, other):
        return _as_tuple(other) + self._nt_values

    def __mul__(self, n):
        return self._nt_values * n

    __rmul__ = __mul__

    def __eq__(self, other):
        other = _as_tuple(other, None)
        if other is None:
            return NotImplemented
        return self._nt_values == other

    def __ne__(self, other):
        other = _as_tuple(other, None)
        if other is None:
            return NotImplemented
        return self._nt_values != other

    def __lt__(self, other):
        other = _as_tuple(other, None)
        if other is None:
            return NotImplemented
        return self._nt_values < other

    def __le__(self, other):
        other = _as_tuple(other, None)
        if other is None:
            return NotImplemented
        return self._nt_values <= other

    def __gt__(self, other):
        other = _as_tuple(other, None)
        if other is None:
            return NotImplemented
        return self._nt_values > other

    def __ge__(self, other):
        other = _as_tuple(other, None)
        if other is None:
            return NotImplemented
        return self._nt_values >= other


def _as_tuple(x, default=0):
    if isinstance(x, tuple):
        return x
    if isinstance(x, _TupleLike):
        return x._nt_values
    if default is None:
        return None
    raise TypeError('can only concatenate tuple (not "%s") to tuple'
                    % type(x).__name__)


def _field_property(index, name):
    if _TUPLE_BASE:
        def get(self):
            return self[index]
    else:
        def get(self):
            return self._nt_values[index]
    def set(self, value):
        raise AttributeError("can't set attribute")

    def delete(self):
        raise AttributeError("can't delete attribute")
    return property(get, set, delete, 'Alias for field number %d' % index)


def namedtuple(typename, field_names, *, rename=False, defaults=None,
               module=None):
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> p = Point(11, y=22)
    >>> p.x + p.y
    33
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = [str(f) for f in field_names]
    typename = str(typename)

    if rename:
        seen = set()
        for index in range(len(field_names)):
            name = field_names[index]
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % name)
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % name)

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             '%r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        for name, value in zip(field_names[len(field_names) - len(defaults):],
                               defaults):
            field_defaults[name] = value

    fields = tuple(field_names)
    num_fields = len(fields)
    repr_fmt = '(' + ', '.join(['%s=%%r' % name for name in fields]) + ')'

    if _TUPLE_BASE:
        def __new__(_cls, *args, **kwargs):
            return tuple.__new__(_cls, _bind_fields(_cls, args, kwargs))

        def _make(cls, iterable):
            result = tuple.__new__(cls, iterable)
            if len(result) != num_fields:
                raise TypeError('Expected %d arguments, got %d'
                                % (num_fields, len(result)))
            return result

        def _values(self):
            return tuple(self)
    else:
        def __new__(_cls, *args, **kwargs):
            self = object.__new__(_cls)
            object.__setattr__(self, '_nt_values',
                               _bind_fields(_cls, args, kwargs))
            return self

        def _make(cls, iterable):
            values = tuple(iterable)
            if len(values) != num_fields:
                raise TypeError('Expected %d arguments, got %d'
                                % (num_fields, len(values)))
            self = object.__new__(cls)
            object.__setattr__(self, '_nt_values', values)
            return self

        def _values(self):
            return self._nt_values

    __new__.__doc__ = 'Create new instance of %s(%s)' % (
        typename, ', '.join(fields))

    def _replace(self, **kwds):
        result = self._make([kwds.pop(name) if name in kwds else value
                             for name, value in zip(fields, _values(self))])
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return result

    def __repr__(self):
        return self.__class__.__name__ + repr_fmt % _values(self)

    def _asdict(self):
        return dict(zip(self._fields, _values(self)))

    def __getnewargs__(self):
        return _values(self)

    def __setattr__(self, name, value):
        if name in fields:
            raise AttributeError("can't set attribute")
        if '__slots__' in type(self).__dict__:
            # No instance dict in CPython's namedtuple classes.
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (type(self).__name__, name))
        object.__setattr__(self, name, value)

    namespace = {
        '__doc__': '%s(%s)' % (typename, ', '.join(fields)),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': staticmethod(__new__),
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    if not _TUPLE_BASE:
        namespace['__setattr__'] = __setattr__
    for index in range(num_fields):
        namespace[fields[index]] = _field_property(index, fields[index])

    base = tuple if _TUPLE_BASE else _TupleLike
    result = type(typename, (base,), namespace)

    # The class belongs to the caller's module (pickling, reprs).
    if module is None:
        try:
            frame = _sys._getframe(1)
            module = frame.f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    if module is not None:
        result.__module__ = module
    return result


# ---------------------------------------------------------------------------
# defaultdict

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default
    factory: d[key] for a missing key stores and returns
    default_factory()."""

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        key = _repr_enter(self)
        if key is None:
            return '...'
        try:
            if factory is None:
                frepr = 'None'
            else:
                frepr = repr(factory)
            body = dict.__repr__(self)
        finally:
            _repr_running.discard(key)
        return '%s(%s, %s)' % (type(self).__name__, frepr, body)

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ---------------------------------------------------------------------------
# Counter

def _is_mapping(obj):
    return isinstance(obj, dict) or (hasattr(obj, 'keys')
                                     and hasattr(obj, '__getitem__'))


class Counter(dict):
    """Dict subclass for counting hashable items: elements are keys, their
    counts are values (missing elements count zero).

    >>> c = Counter('abcdeabcdabcaba')
    >>> c.most_common(3)
    [('a', 5), ('b', 4), ('c', 3)]
    """

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """Sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least (elements with equal counts in the order first
        encountered).  All of them if n is None."""
        items = sorted(self.items(), key=_second, reverse=True)
        if n is None:
            return items
        if n < 0:
            n = 0
        return items[:n]

    def elements(self):
        """Iterator over the elements, each repeated as many times as its
        count (elements with a count below one are ignored)."""
        for elem, count in list(self.items()):
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts from an iterable of elements or from a mapping of
        counts (or keyword arguments)."""
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    for elem in iterable.keys():
                        self[elem] = iterable[elem] + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts (they may become zero or negative)."""
        if iterable is not None:
            if _is_mapping(iterable):
                for elem in iterable.keys():
                    self[elem] = self.get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    __copy__ = copy

    def __delitem__(self, elem):
        # Deleting a missing element is not an error.
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return '%s(%r)' % (self.__class__.__name__, d)

    # Comparisons treat missing elements as zero counts.
    def _all(self, other, test):
        for c in (self, other):
            for e in c:
                if not test(self[e], other[e]):
                    return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all(other, _eq)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all(other, _le)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all(other, _ge)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Multiset operations: the results keep positive counts only.
    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            dict.__delitem__(self, elem)
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _second(item):
    return item[1]


def _eq(a, b):
    return a == b


def _le(a, b):
    return a <= b


def _ge(a, b):
    return a >= b


# ---------------------------------------------------------------------------
# OrderedDict

class OrderedDict(dict):
    """Dictionary that remembers insertion order, with move_to_end(),
    popitem(last=...) and order-sensitive equality."""

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if
        last=False).  Raise KeyError if the element does not exist."""
        if key not in self:
            raise KeyError(key)
        if last:
            value = dict.pop(self, key)
            dict.__setitem__(self, key, value)
            return
        items = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, dict.get(dict(items), key))
        for k, v in items:
            if not (k is key or k == key):
                dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary: the
        last inserted if last is true, else the first."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            key = next(reversed(self))
        else:
            key = next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def __reversed__(self):
        return reversed(list(dict.keys(self)))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            for a, b in zip(self, other):
                if not (a is b or a == b):
                    return False
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def __repr__(self):
        if not self:
            return '%s()' % (self.__class__.__name__,)
        key = _repr_enter(self)
        if key is None:
            return '...'
        try:
            return '%s(%r)' % (self.__class__.__name__, list(self.items()))
        finally:
            _repr_running.discard(key)

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class ChainMap(object):
    # A view of several mappings as one: look-ups search them in order,
    # writes and deletions go to the first.

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__, ', '.join(map(repr, self.maps)))

    def keys(self):
        return list(self.__iter__())

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: {!r}'.format(key))

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: {!r}'.format(key))

    def clear(self):
        self.maps[0].clear()

    def __eq__(self, other):
        return dict(self.items()) == dict(other.items())


class UserDict(dict):
    def __init__(self, dict=None, /, **kwargs):
        super().__init__()
        self.data = self
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)


class UserList(list):
    def __init__(self, initlist=None):
        super().__init__()
        self.data = self
        if initlist is not None:
            self.extend(initlist)


class UserString(str):
    def __new__(cls, seq=''):
        obj = super().__new__(cls, seq)
        return obj

    @property
    def data(self):
        return str(self)


from . import abc
