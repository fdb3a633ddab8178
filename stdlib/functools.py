# functools -- higher-order functions and operations on callables:
# reduce, partial, partialmethod, update_wrapper/wraps, lru_cache/cache,
# cmp_to_key, total_ordering, cached_property.
#
# Natives relied on: _thread.allocate_lock (lru_cache bookkeeping,
# cached_property), collections.namedtuple (CacheInfo).
#
# lru_cache keeps its entries in a dict, whose order is the recency order:
# a hit moves the key to the end (pop and re-insert), eviction drops the
# first key.  The bookkeeping runs under a lock, the user function outside
# it (so two threads missing the same key may both call it, as in CPython).
#
# Differences from CPython: minipy has no __set_name__ hook, so a
# cached_property finds its attribute name on first use by looking itself
# up in the owner class; partial objects are plain Python objects (their
# repr is the same).

import _thread
from collections import namedtuple

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'cached_property', 'singledispatch',
           'singledispatchmethod']


# ---------------------------------------------------------------------------
# update_wrapper() and wraps()

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the attributes named in
    assigned, update the dicts named in updated, and set __wrapped__."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            try:
                setattr(wrapper, attr, value)
            except (AttributeError, TypeError):
                pass
    for attr in updated:
        try:
            getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
        except (AttributeError, TypeError):
            pass
    # Set last, so that a __wrapped__ copied from wrapped's __dict__ is
    # replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory: @wraps(f) applies update_wrapper(wrapper, f)."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# ---------------------------------------------------------------------------
# reduce()

_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    """reduce(function, iterable[, initial]) -> value

Apply a function of two arguments cumulatively to the items of a sequence
or iterable, from left to right, so as to reduce the iterable to a single
value.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates
((((1+2)+3)+4)+5).  If initial is present, it is placed before the items
of the iterable in the calculation, and serves as a default when the
iterable is empty."""
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial '
                            'value') from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


# ---------------------------------------------------------------------------
# partial and partialmethod

class partial(object):
    """New function with partial application of the given arguments
    and keywords."""

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            # partial(partial(f, 1), 2) is partial(f, 1, 2).
            args = func.args + args
            keywords = dict(func.keywords, **keywords)
            func = func.func
        self = object.__new__(cls)
        self.func = func
        self.args = tuple(args)
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        if self.keywords:
            keywords = dict(self.keywords, **keywords)
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        for x in self.args:
            parts.append(repr(x))
        for k, v in self.keywords.items():
            parts.append('%s=%r' % (k, v))
        cls = type(self)
        if cls is partial:
            name = 'functools.partial'
        else:
            name = cls.__qualname__
        return '%s(%s)' % (name, ', '.join(parts))


class partialmethod(object):
    """Like partial, for methods: the instance (or class) the method is
    looked up on comes first, before the stored arguments."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = dict(func.keywords, **keywords)
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __get__(self, obj, cls=None):
        func = self.func
        args = self.args
        keywords = self.keywords
        if obj is None:
            def unbound(self_, /, *more, **kw):
                return func(self_, *args, *more, **dict(keywords, **kw))
            return unbound
        return partial(func, obj, *args, **keywords)


# ---------------------------------------------------------------------------
# lru_cache() and cache()

CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'],
                       module='functools')

_kwd_mark = object()            # separates positional and keyword args


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key = key + (_kwd_mark,)
        for item in kwds.items():
            key = key + item
    if typed:
        key = key + tuple([type(v) for v in args])
        if kwds:
            key = key + tuple([type(v) for v in kwds.values()])
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator: @lru_cache, @lru_cache(),
    @lru_cache(maxsize=None) (unbounded), typed=True keeps 3 and 3.0
    apart.  The wrapper has cache_info(), cache_clear() and
    cache_parameters()."""
    if isinstance(maxsize, int) and not isinstance(maxsize, bool):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as @lru_cache, without parentheses.
        user_function = maxsize
        maxsize = 128
        return _lru_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a '
                        'callable, or None')

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)

    return decorating_function


def _lru_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]                  # hits, misses
    lock = _thread.allocate_lock()
    missing = _initial_missing

    if maxsize == 0:
        def wrapper(*args, **kwds):
            with lock:
                stats[1] += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            with lock:
                result = cache.get(key, missing)
                if result is not missing:
                    stats[0] += 1
                    return result
                stats[1] += 1
            result = user_function(*args, **kwds)
            with lock:
                cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            with lock:
                result = cache.pop(key, missing)
                if result is not missing:
                    # A hit: the key becomes the most recently used.
                    cache[key] = result
                    stats[0] += 1
                    return result
                stats[1] += 1
            result = user_function(*args, **kwds)
            with lock:
                if key not in cache:
                    cache[key] = result
                    while len(cache) > maxsize:
                        del cache[next(iter(cache))]
            return result

    def cache_info():
        """Report cache statistics."""
        with lock:
            return CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics."""
        with lock:
            cache.clear()
            stats[0] = stats[1] = 0

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


# ---------------------------------------------------------------------------
# cmp_to_key()

def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    class K(object):
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    K.__name__ = 'KeyWrapper'
    K.__qualname__ = 'KeyWrapper'
    return K


# ---------------------------------------------------------------------------
# total_ordering()

def _gt_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other


def _le_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other


def _ge_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _ge_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other


def _lt_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other


def _gt_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _lt_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other


def _ge_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other


def _le_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _le_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other


def _gt_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other


def _lt_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


_convert = {
    '__lt__': [('__gt__', _gt_from_lt),
               ('__le__', _le_from_lt),
               ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le),
               ('__lt__', _lt_from_le),
               ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt),
               ('__ge__', _ge_from_gt),
               ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge),
               ('__gt__', _gt_from_ge),
               ('__lt__', _lt_from_ge)],
}


def _defines(cls, op):
    # True if cls (or a base other than object) defines the operator.
    for klass in cls.__mro__:
        if klass is object:
            return False
        if op in klass.__dict__:
            return klass.__dict__[op] is not None
    return False


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods."""
    roots = [op for op in ('__lt__', '__le__', '__gt__', '__ge__')
             if _defines(cls, op)]
    if not roots:
        raise ValueError('must define at least one ordering operation: '
                         '< > <= >=')
    # Prefer __lt__ to __le__ to __gt__ to __ge__, as CPython does.
    root = roots[0]
    for candidate in ('__lt__', '__le__', '__gt__', '__ge__'):
        if candidate in roots:
            root = candidate
            break
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


# ---------------------------------------------------------------------------
# cached_property

_NOT_FOUND = object()


class cached_property(object):
    """A property computed once per instance, then stored in the
    instance's __dict__ (so later reads are plain attribute reads)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two '
                            'different names (%r and %r).'
                            % (self.attrname, name))

    def _find_name(self, owner):
        # minipy does not call __set_name__: find the name in the class.
        for klass in owner.__mro__:
            for name, value in klass.__dict__.items():
                if value is self:
                    return name
        return None

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            self.attrname = self._find_name(type(instance))
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without '
                            'calling __set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = ("No '__dict__' attribute on %r instance to cache %r "
                   "property." % (type(instance).__name__, self.attrname))
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            cache[self.attrname] = val
        return val


def singledispatch(func):
    # Dispatch on the class of the first argument: the implementation
    # registered for the nearest class in its MRO.
    registry = {object: func}

    def dispatch(cls):
        for k in cls.__mro__:
            if k in registry:
                return registry[k]
        for k, f in registry.items():
            if k is not object and issubclass(cls, k):
                return f
        return func

    def register(cls, f=None):
        if f is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            f = cls
            ann = getattr(f, '__annotations__', {})
            params = [k for k in ann if k != 'return']
            if not params:
                raise TypeError('Invalid first argument to `register()`: %r. Use either '
                                '`@register(some_class)` or plain `@register` on an annotated '
                                'function.' % (f,))
            cls = ann[params[0]]
        registry[cls] = f
        return f

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument' % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    def __init__(self, func):
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.register = self.register
        return _method
