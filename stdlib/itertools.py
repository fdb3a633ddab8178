# itertools -- iterator building blocks, in minipy.
#
# Natives relied on: none (sys.maxsize for islice's bounds).
#
# count, repeat, cycle and groupby are classes (their type names and the
# reprs of count/repeat match CPython's); the others are functions that do
# CPython's eager work at call time -- argument checks, and for product,
# permutations and combinations reading the input into a tuple -- and then
# return a generator.  So type(chain()) is a generator here, not
# itertools.chain.  None of these objects is thread-safe (CPython's are not
# either, apart from what its GIL gives single C calls).

import sys as _sys

__all__ = ['accumulate', 'chain', 'combinations',
           'combinations_with_replacement', 'compress', 'count', 'cycle',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
           'zip_longest']


# ---------------------------------------------------------------------------
# Infinite iterators

class count(object):
    """Return a count object whose .__next__() method returns consecutive
values: start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if isinstance(v, (str, bytes, list, tuple)) or \
                    not hasattr(v, '__add__'):
                raise TypeError('a number is required')
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1:
            return '%s(%r)' % (type(self).__name__, self._value)
        return '%s(%r, %r)' % (type(self).__name__, self._value, self._step)


class repeat(object):
    """repeat(object [,times]) -> an iterator returning object for the
specified number of times, or endlessly if times is not given."""

    def __init__(self, object, times=None):
        self._object = object
        if times is not None and times < 0:
            times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return '%s(%r)' % (type(self).__name__, self._object)
        return '%s(%r, %d)' % (type(self).__name__, self._object, self._times)


class cycle(object):
    """Return elements from the iterable until it is exhausted, then repeat
the sequence (saved on the first pass) indefinitely."""

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._index = -1            # >= 0 once replaying _saved

    def __iter__(self):
        return self

    def __next__(self):
        if self._index < 0:
            for item in self._it:
                self._saved.append(item)
                return item
            if not self._saved:
                raise StopIteration
            self._index = 0
        item = self._saved[self._index]
        self._index = (self._index + 1) % len(self._saved)
        return item


# ---------------------------------------------------------------------------
# Iterators terminating on the shortest input

def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function
results)."""
    it = iter(iterable)

    def gen():
        total = initial
        if initial is None:
            for total in it:
                break
            else:
                return
        yield total
        for element in it:
            if func is None:
                total = total + element
            else:
                total = func(total, element)
            yield total
    return gen()


def chain(*iterables):
    """Return an iterator over the items of each iterable in turn."""
    return _chain_gen(iterables)


def _chain_gen(iterables):
    for it in iterables:
        for element in it:
            yield element


def _from_iterable(iterables):
    """Alternative chain() constructor taking a single iterable argument
that evaluates lazily."""
    return _chain_gen(iterables)


chain.from_iterable = _from_iterable


def compress(data, selectors):
    """Return data elements corresponding to true selector elements."""
    data = iter(data)
    selectors = iter(selectors)

    def gen():
        for d, s in zip(data, selectors):
            if s:
                yield d
    return gen()


def dropwhile(predicate, iterable):
    """Drop items from the iterable while predicate(item) is true;
afterwards, return every element until the iterable is exhausted."""
    it = iter(iterable)

    def gen():
        for x in it:
            if not predicate(x):
                yield x
                break
        for x in it:
            yield x
    return gen()


def takewhile(predicate, iterable):
    """Return successive entries from an iterable as long as the predicate
evaluates to true for each entry."""
    it = iter(iterable)

    def gen():
        for x in it:
            if not predicate(x):
                return
            yield x
    return gen()


def filterfalse(function, iterable):
    """Return those items of iterable for which function(item) is false.
If function is None, return the items that are false."""
    it = iter(iterable)

    def gen():
        for x in it:
            if function is None:
                if not x:
                    yield x
            elif not function(x):
                yield x
    return gen()


def starmap(function, iterable):
    """Return an iterator whose values are returned from the function
evaluated with an argument tuple taken from the given sequence."""
    it = iter(iterable)

    def gen():
        for args in it:
            yield function(*args)
    return gen()


_STOP_MSG = ('Stop argument for islice() must be None or an integer: '
             '0 <= x <= sys.maxsize.')
_INDEX_MSG = ('Indices for islice() must be None or an integer: '
              '0 <= x <= sys.maxsize.')


def _islice_index(value, is_stop):
    # CPython's checks: a stop that is not an integer, or is -1, gets the
    # "Stop argument" message; any other negative index the "Indices" one.
    if value is None:
        return None
    try:
        value = value.__index__()
    except AttributeError:
        raise ValueError(_STOP_MSG if is_stop else _INDEX_MSG) from None
    if is_stop and value == -1:
        raise ValueError(_STOP_MSG)
    if value < 0 or value > _sys.maxsize:
        raise ValueError(_INDEX_MSG)
    return value


def islice(iterable, *args):
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object

Return an iterator whose next() method returns selected values from an
iterable."""
    if not args:
        raise TypeError('islice expected at least 2 arguments, got 1')
    if len(args) > 3:
        raise TypeError('islice expected at most 4 arguments, got %d'
                        % (len(args) + 1))
    start = step = None
    if len(args) == 1:
        stop = _islice_index(args[0], True)
    else:
        stop = _islice_index(args[1], True)
        start = _islice_index(args[0], False)
        if len(args) == 3:
            step = args[2]
    if step is not None:
        try:
            step = step.__index__()
        except AttributeError:
            step = -1
        if step <= 0:
            raise ValueError('Step for islice() must be a positive integer '
                             'or None.')
    if start is None:
        start = 0
    if step is None:
        step = 1
    it = iter(iterable)

    def gen():
        # Items before the next one wanted are read and dropped; nothing is
        # read once stop is reached (CPython's order of reads).
        count = 0
        wanted = start
        while True:
            while count < wanted:
                for _ in it:
                    break
                else:
                    return
                count += 1
            if stop is not None and count >= stop:
                return
            for item in it:
                break
            else:
                return
            count += 1
            wanted += step
            if stop is not None and wanted > stop:
                wanted = stop
            yield item
    return gen()


def pairwise(iterable):
    """Return an iterator of overlapping pairs taken from the input
iterator: s -> (s0, s1), (s1, s2), (s2, s3), ..."""
    it = iter(iterable)

    def gen():
        for a in it:
            for b in it:
                yield (a, b)
                a = b
            return
    return gen()


_sentinel = object()


def zip_longest(*iterables, fillvalue=None):
    """Like zip(), but continues until the longest iterable is exhausted;
missing values are filled-in with fillvalue."""
    iterators = [iter(it) for it in iterables]

    def gen():
        active = len(iterators)
        if not active:
            return
        while True:
            values = []
            for i in range(len(iterators)):
                it = iterators[i]
                value = fillvalue
                if it is not None:
                    value = next(it, _sentinel)
                    if value is _sentinel:
                        active -= 1
                        if not active:
                            return
                        iterators[i] = None
                        value = fillvalue
                values.append(value)
            yield tuple(values)
    return gen()


class groupby(object):
    """make an iterator that returns consecutive keys and groups from the
iterable; key is a function computing a key value for each element
(default: the element itself)."""

    _EMPTY = object()

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = groupby._EMPTY
        self._group = None          # identifies the current group

    def __iter__(self):
        return self

    def _advance(self):
        # Read the next element; StopIteration propagates.
        value = next(self._it)
        self._currvalue = value
        if self._keyfunc is None:
            self._currkey = value
        else:
            self._currkey = self._keyfunc(value)

    def __next__(self):
        self._group = group = object()
        # Skip what is left of the current group.
        while self._currkey is groupby._EMPTY or (
                self._tgtkey is not groupby._EMPTY
                and self._currkey == self._tgtkey):
            self._advance()
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, group))

    def _grouper(self, tgtkey, group):
        while self._group is group and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._advance()
            except StopIteration:
                self._currkey = groupby._EMPTY
                self._tgtkey = groupby._EMPTY
                self._it = iter(())
                return


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators over iterable."""
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    # A linked list of the values read so far: each node is [next, value];
    # each tee iterator holds the last node it consumed, so values that all
    # of them have passed are freed.
    head = [None, None]

    def gen(node):
        while True:
            nxt = node[0]
            if nxt is None:
                try:
                    value = next(it)
                except StopIteration:
                    return
                nxt = node[0]
                if nxt is None:         # nobody appended meanwhile
                    nxt = [None, value]
                    node[0] = nxt
            node = nxt
            yield node[1]
    return tuple([gen(head) for _ in range(n)])


# ---------------------------------------------------------------------------
# Combinatoric iterators

def product(*iterables, repeat=1):
    """Cartesian product of input iterables.  Equivalent to nested
for-loops."""
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat

    def gen():
        for pool in pools:
            if not pool:
                return
        n = len(pools)
        indices = [0] * n
        yield tuple([pool[0] for pool in pools])
        if n == 0:
            return
        while True:
            # Advance the rightmost index that can move, like an odometer.
            i = n - 1
            while i >= 0:
                indices[i] += 1
                if indices[i] < len(pools[i]):
                    break
                indices[i] = 0
                i -= 1
            if i < 0:
                return
            yield tuple([pools[k][indices[k]] for k in range(n)])
    return gen()


def permutations(iterable, r=None):
    """Return successive r-length permutations of elements in the
iterable (all of them if r is None), in lexicographic order of
positions."""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    if r < 0:
        raise ValueError('r must be non-negative')

    def gen():
        if r > n:
            return
        # used[i]: pool position i is already in the current prefix.
        used = [False] * n
        chosen = []

        def extend(depth):
            if depth == r:
                yield tuple([pool[i] for i in chosen])
                return
            for i in range(n):
                if not used[i]:
                    used[i] = True
                    chosen.append(i)
                    yield from extend(depth + 1)
                    chosen.pop()
                    used[i] = False
        yield from extend(0)
    return gen()


def combinations(iterable, r):
    """Return successive r-length combinations of elements in the
iterable, in lexicographic order of positions."""
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError('r must be non-negative')

    def gen():
        if r > n:
            return
        indices = list(range(r))
        yield tuple([pool[i] for i in indices])
        while True:
            # The rightmost index that is not at its highest value.
            i = r - 1
            while i >= 0 and indices[i] == i + n - r:
                i -= 1
            if i < 0:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple([pool[k] for k in indices])
    return gen()


def combinations_with_replacement(iterable, r):
    """Return successive r-length combinations of elements in the
iterable allowing individual elements to have successive repeats."""
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError('r must be non-negative')

    def gen():
        if not n and r:
            return
        indices = [0] * r
        yield tuple([pool[i] for i in indices])
        while True:
            i = r - 1
            while i >= 0 and indices[i] == n - 1:
                i -= 1
            if i < 0:
                return
            value = indices[i] + 1
            for j in range(i, r):
                indices[j] = value
            yield tuple([pool[k] for k in indices])
    return gen()
