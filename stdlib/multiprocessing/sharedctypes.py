# multiprocessing.sharedctypes -- Value, Array, RawValue, RawArray (the names
# and behaviour of CPython 3.11's Lib/multiprocessing/sharedctypes.py).
#
# Natives used: _multiprocessing_minipy.SharedArray(typecode, size): shared
# memory that is the same object in every process (get(i), set(i, v); C integer
# types wrap around as in ctypes). minipy has no ctypes: the raw objects are the
# small classes below, with the reprs of ctypes' (c_int(5), c_double(1.5)...).

import _multiprocessing_minipy as _mp

from . import get_context
from .context import assert_spawning

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'copy', 'synchronized']

typecode_to_type = {
    'c': 'c_char',  'u': 'c_wchar',
    'b': 'c_byte',  'B': 'c_ubyte',
    'h': 'c_short', 'H': 'c_ushort',
    'i': 'c_int',   'I': 'c_uint',
    'l': 'c_long',  'L': 'c_ulong',
    'q': 'c_long',  'Q': 'c_ulong',   # c_longlong is c_long on 64-bit Linux
    'f': 'c_float', 'd': 'c_double',
    '?': 'c_bool',
    }


def _typecode(typecode_or_type):
    if isinstance(typecode_or_type, str):
        return typecode_or_type
    code = getattr(typecode_or_type, '_type_', None)      # a ctypes type
    if isinstance(code, str):
        return code
    raise TypeError('unsupported type: %r' % (typecode_or_type,))


class _CValue(object):
    """A ctypes scalar in shared memory (c_int, c_double...)."""

    def __init__(self, mem, typecode):
        self._mem = mem
        self._type_ = typecode

    @property
    def value(self):
        return self._mem.get(0)

    @value.setter
    def value(self, v):
        self._mem.set(0, v)

    def __repr__(self):
        return '%s(%r)' % (typecode_to_type[self._type_], self._mem.get(0))


class _CArray(object):
    """A ctypes array in shared memory (c_int_Array_5...)."""

    def __init__(self, mem, typecode, length):
        self._mem = mem
        self._type_ = typecode
        self._length_ = length

    def __len__(self):
        return self._length_

    def _index(self, i):
        if i < 0:
            i += self._length_
        if i < 0 or i >= self._length_:
            raise IndexError('invalid index')
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            values = [self._mem.get(j) for j in range(*i.indices(self._length_))]
            if self._type_ == 'c':
                return b''.join(values)
            if self._type_ == 'u':
                return ''.join(values)
            return values
        return self._mem.get(self._index(i))

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            indices = list(range(*i.indices(self._length_)))
            if self._type_ == 'c' and isinstance(value, bytes):
                value = [value[k:k + 1] for k in range(len(value))]
            else:
                value = list(value)
            if len(value) != len(indices):
                raise ValueError("Can only assign sequence of same size")
            for j, v in zip(indices, value):
                self._mem.set(j, v)
            return
        self._mem.set(self._index(i), value)

    def __iter__(self):
        for j in range(self._length_):
            yield self._mem.get(j)

    # c_char arrays: .value (up to the first NUL) and .raw
    @property
    def value(self):
        if self._type_ == 'c':
            out = []
            for j in range(self._length_):
                b = self._mem.get(j)
                if b == b'\x00':
                    break
                out.append(b)
            return b''.join(out)
        if self._type_ == 'u':
            out = []
            for j in range(self._length_):
                ch = self._mem.get(j)
                if ch == '\x00':
                    break
                out.append(ch)
            return ''.join(out)
        raise AttributeError('value')

    @value.setter
    def value(self, v):
        if len(v) > self._length_:
            raise ValueError('byte string too long')
        if self._type_ == 'c':
            for j in range(len(v)):
                self._mem.set(j, v[j:j + 1])
            if len(v) < self._length_:
                self._mem.set(len(v), b'\x00')
        else:
            for j in range(len(v)):
                self._mem.set(j, v[j])
            if len(v) < self._length_:
                self._mem.set(len(v), '\x00')

    @property
    def raw(self):
        return b''.join(self._mem.get(j) for j in range(self._length_))

    @raw.setter
    def raw(self, v):
        if len(v) > self._length_:
            raise ValueError('byte string too long')
        for j in range(len(v)):
            self._mem.set(j, v[j:j + 1])

    def __repr__(self):
        return '<multiprocessing.sharedctypes.%s_Array_%d object at %#x>' % (
            typecode_to_type[self._type_], self._length_, id(self))


def RawValue(typecode_or_type, *args):
    '''
    Returns a ctypes object allocated from shared memory
    '''
    code = _typecode(typecode_or_type)
    obj = _CValue(_mp.SharedArray(code, 1), code)
    if args:
        obj.value = args[0]
    return obj


def RawArray(typecode_or_type, size_or_initializer):
    '''
    Returns a ctypes array allocated from shared memory
    '''
    code = _typecode(typecode_or_type)
    if isinstance(size_or_initializer, int):
        return _CArray(_mp.SharedArray(code, size_or_initializer), code, size_or_initializer)
    values = list(size_or_initializer)
    if code == 'c' and isinstance(size_or_initializer, bytes):
        values = [size_or_initializer[k:k + 1] for k in range(len(size_or_initializer))]
    result = _CArray(_mp.SharedArray(code, len(values)), code, len(values))
    for j, v in enumerate(values):
        result._mem.set(j, v)
    return result


def Value(typecode_or_type, *args, lock=True, ctx=None):
    '''
    Return a synchronization wrapper for a Value
    '''
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    if lock in (True, None):
        ctx = ctx or get_context()
        lock = ctx.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return synchronized(obj, lock, ctx=ctx)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    '''
    Return a synchronization wrapper for a RawArray
    '''
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    if lock in (True, None):
        ctx = ctx or get_context()
        lock = ctx.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return synchronized(obj, lock, ctx=ctx)


def copy(obj):
    if isinstance(obj, _CArray):
        return RawArray(obj._type_, list(obj))
    new_obj = RawValue(obj._type_)
    new_obj.value = obj.value
    return new_obj


def synchronized(obj, lock=None, ctx=None):
    assert not isinstance(obj, SynchronizedBase), 'object already synchronized'
    ctx = ctx or get_context()

    if isinstance(obj, _CArray):
        if obj._type_ in ('c', 'u'):
            return SynchronizedString(obj, lock, ctx)
        return SynchronizedArray(obj, lock, ctx)
    return Synchronized(obj, lock, ctx)

#
# Synchronized wrappers
#

class SynchronizedBase(object):

    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        if lock:
            self._lock = lock
        else:
            ctx = ctx or get_context(force=True)
            self._lock = ctx.RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


class Synchronized(SynchronizedBase):

    @property
    def value(self):
        with self:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self:
            self._obj.value = v


class SynchronizedArray(SynchronizedBase):

    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self:
            self._obj[i] = value

    def __iter__(self):
        with self:
            return iter(list(self._obj))


class SynchronizedString(SynchronizedArray):

    @property
    def value(self):
        with self:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self:
            self._obj.value = v

    @property
    def raw(self):
        with self:
            return self._obj.raw

    @raw.setter
    def raw(self, v):
        with self:
            self._obj.raw = v
