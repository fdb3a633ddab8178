"""Weak references (minipy): after CPython 3.11's Lib/weakref.py, on top of _weakref.

ref, getweakrefcount and getweakrefs are native (minipy.runtime.PyWeakref): a weak reference
is cleared when its referent is freed, by reference counting or by the cycle collector, and
its callback is then called with the (dead) reference. WeakValueDictionary,
WeakKeyDictionary, WeakSet, finalize and proxy are written here in Python. Differences from
CPython: ref cannot be subclassed (KeyedRef is not provided), proxy is a Python class that
forwards attribute access, item access, calls and a few operators, and finalize's at-exit
calls run from threading's shutdown hook.
"""

from _weakref import ref, ReferenceType, getweakrefcount, getweakrefs

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


class WeakMethod(object):
    """A weak reference to a bound method: dead as soon as its object or its function is freed."""

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        holder = [None]

        def _cb(arg):
            self = holder[0]() if holder[0] is not None else None
            if self is not None and self._alive:
                self._alive = False
                if self._callback is not None:
                    self._callback(self)
        self._obj_ref = ref(obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._callback = callback
        self._alive = True
        holder[0] = ref(self)

    def __call__(self):
        obj = self._obj_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return self._obj_ref == other._obj_ref and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self._obj_ref, self._func_ref))


class WeakValueDictionary(object):
    """Mapping class that references values weakly.

    Entries in the dictionary will be discarded when no strong
    reference to the value exists anymore
    """

    def __init__(self, other=(), **kw):
        self.data = {}
        self.update(other, **kw)

    def _ref(self, key, value):
        selfref = ref(self)

        def remove(wr, key=key):
            self = selfref()
            if self is not None and self.data.get(key) is wr:
                del self.data[key]
        return ref(value, remove)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[key] = self._ref(key, value)

    def copy(self):
        new = WeakValueDictionary()
        for key, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                new[key] = o
        return new

    __copy__ = copy

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        if o is None:
            return default
        return o

    def items(self):
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def keys(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    __iter__ = keys

    def itervaluerefs(self):
        yield from list(self.data.values())

    def values(self):
        for wr in list(self.data.values()):
            obj = wr()
            if obj is not None:
                yield obj

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self.data[key] = self._ref(key, default)
            return default
        return o

    def update(self, other=None, **kwargs):
        if other is not None:
            if hasattr(other, "items"):
                other = other.items()
            for key, o in other:
                self[key] = o
        for key, o in kwargs.items():
            self[key] = o

    def valuerefs(self):
        return list(self.data.values())

    def __eq__(self, other):
        if isinstance(other, WeakValueDictionary):
            return dict(self.items()) == dict(other.items())
        if isinstance(other, dict):
            return dict(self.items()) == other
        return NotImplemented


class WeakKeyDictionary(object):
    """Mapping class that references keys weakly.

    Entries in the dictionary will be discarded when there is no
    longer a strong reference to the key.
    """

    def __init__(self, dict=None):
        self.data = {}
        selfref = ref(self)

        def remove(k):
            self = selfref()
            if self is not None:
                try:
                    del self.data[k]
                except KeyError:
                    pass
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in list(self.data.items()):
            o = key()
            if o is not None:
                new[o] = value
        return new

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def keys(self):
        for wr in list(self.data):
            obj = wr()
            if obj is not None:
                yield obj

    __iter__ = keys

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, **kwargs):
        d = self.data
        if dict is not None:
            if hasattr(dict, "items"):
                dict = dict.items()
            for key, value in dict:
                d[ref(key, self._remove)] = value
        if len(kwargs):
            self.update(kwargs)


class WeakSet(object):
    """A set of objects referenced weakly: members vanish when they are freed."""

    def __init__(self, data=None):
        self.data = set()
        selfref = ref(self)

        def _remove(item):
            self = selfref()
            if self is not None:
                self.data.discard(item)
        self._remove = _remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for itemref in list(self.data):
            item = itemref()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "{%s}" % ", ".join(repr(x) for x in self)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self


class ProxyType(object):
    """weakref.proxy(obj): forwards to obj while it lives, then raises ReferenceError."""

    def __init__(self, obj, callback=None):
        if callback is not None:
            me = ref(self)

            def cb(wr):
                p = me()
                if p is not None:
                    callback(p)
            object.__setattr__(self, "_proxy_ref", ref(obj, cb))
        else:
            object.__setattr__(self, "_proxy_ref", ref(obj))

    def _proxy_target(self):
        o = object.__getattribute__(self, "_proxy_ref")()
        if o is None:
            raise ReferenceError("weakly-referenced object no longer exists")
        return o

    def __getattr__(self, name):
        return getattr(ProxyType._proxy_target(self), name)

    def __setattr__(self, name, value):
        setattr(ProxyType._proxy_target(self), name, value)

    def __delattr__(self, name):
        delattr(ProxyType._proxy_target(self), name)

    def __getitem__(self, key):
        return ProxyType._proxy_target(self)[key]

    def __setitem__(self, key, value):
        ProxyType._proxy_target(self)[key] = value

    def __len__(self):
        return len(ProxyType._proxy_target(self))

    def __iter__(self):
        return iter(ProxyType._proxy_target(self))

    def __str__(self):
        return str(ProxyType._proxy_target(self))

    def __bool__(self):
        return bool(ProxyType._proxy_target(self))

    def __eq__(self, other):
        return ProxyType._proxy_target(self) == other

    def __call__(self, *args, **kwargs):
        return ProxyType._proxy_target(self)(*args, **kwargs)

    def __repr__(self):
        o = object.__getattribute__(self, "_proxy_ref")()
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(o).__name__, id(o)) if o is not None \
            else "<weakproxy at %#x; dead>" % id(self)


CallableProxyType = ProxyType
ProxyTypes = (ProxyType,)


def proxy(obj, callback=None):
    ref(obj)       # TypeError for objects that cannot be weakly referenced
    return ProxyType(obj, callback)


class _FinalizeInfo(object):
    pass


class finalize(object):
    """Class for finalization of weakrefable objects

    finalize(obj, func, *args, **kwargs) returns a callable finalizer
    object which will be called when obj is garbage collected. The
    first time the finalizer is called it evaluates func(*arg, **kwargs)
    and returns the result. After this the finalizer is dead, and
    calling it just returns None.

    When the program exits any remaining finalizers for which the
    atexit attribute is true will be run in reverse order of creation.
    By default atexit is true.
    """

    _registry = {}
    _shutdown = False
    _index = [0]
    _registered_with_atexit = False

    def __init__(self, obj, func, *args, **kwargs):
        if not finalize._registered_with_atexit:
            try:
                import threading
                threading._register_atexit(finalize._exitfunc)
            except Exception:
                pass
            finalize._registered_with_atexit = True
        info = _FinalizeInfo()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = finalize._index[0]
        finalize._index[0] += 1
        self._registry[self] = info

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs);
        otherwise return None"""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs);
        otherwise return None"""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """If alive then return (obj, func, args, kwargs);
        otherwise return None"""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether finalizer is alive"""
        return self in self._registry

    @property
    def atexit(self):
        """Whether finalizer should be called at exit"""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        else:
            return '<%s object at %#x; for %r at %#x>' % \
                (type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        L = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        L.sort(key=lambda item: item[1].index)
        return [f for (f, i) in L]

    @classmethod
    def _exitfunc(cls):
        try:
            if cls._registry:
                pending = cls._select_for_exit()
                while pending:
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        import sys
                        sys.excepthook(*sys.exc_info())
                    assert f not in cls._registry
        finally:
            finalize._shutdown = True
