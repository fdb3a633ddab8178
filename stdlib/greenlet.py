# greenlet -- micro-threads with explicit switching (after the greenlet library).
#
# Written over the native _greenlet module, which suspends and resumes whole stacks of
# frames ("coros"): _greenlet.coro(entry), _greenlet.transfer(greenlet, coro, message),
# _greenlet.getcurrent(), _greenlet.setmain(greenlet), _greenlet.ident().
#
# Messages between greenlets are tuples (kind, a, b):
#   (0, args, kwargs)  switch(*args, **kwargs)
#   (1, exc, None)     raise exc where the target is suspended (throw, or an exception
#                      escaping a child's run)
#   (2, value, None)   a plain value (what a finished child's run returned)

import _greenlet

__all__ = ['greenlet', 'getcurrent', 'error', 'GreenletExit', 'settrace', 'gettrace']
__version__ = '3.0.3'


class error(Exception):
    pass


class GreenletExit(BaseException):
    pass


_greenlet.set_error(error)
_transfer = _greenlet.transfer


def _pack(args, kwargs):
    if kwargs:
        return (args, kwargs) if args else kwargs
    if len(args) == 1:
        return args[0]
    return args


def _receive(msg):
    kind, a, b = msg
    if kind == 0:
        return _pack(a, b)
    if kind == 1:
        raise a
    return a


class greenlet:
    def __init__(self, run=None, parent=None):
        if run is not None:
            self.run = run
        cur = getcurrent()
        self._co = None
        self._started = False
        self._dead = False
        self._main = False
        self._tid = cur._tid
        self._parent = cur
        if parent is not None:
            self.parent = parent

    def _init_main(self):
        self._co = None
        self._started = True
        self._dead = False
        self._main = True
        self._tid = _greenlet.ident()
        self._parent = None

    # ---- attributes -------------------------------------------------------------------------

    @property
    def parent(self):
        return self._parent

    @parent.setter
    def parent(self, value):
        if not isinstance(value, greenlet):
            raise TypeError('parent must be a greenlet')
        p = value
        while p is not None:
            if p is self:
                raise ValueError('cyclic parent chain')
            p = p._parent
        if value._tid != self._tid:
            raise ValueError('parent cannot be on a different thread')
        self._parent = value

    @property
    def dead(self):
        return self._dead

    @property
    def gr_frame(self):
        return None

    def __bool__(self):
        return self._started and not self._dead

    def __repr__(self):
        cls = type(self)
        if self._main:
            state = ' current active started main' if getcurrent() is self else ' suspended active started main'
        elif self._dead:
            state = ' dead'
        elif not self._started:
            state = ' pending'
        elif getcurrent() is self:
            state = ' current active started'
        else:
            state = ' suspended active started'
        return '<%s.%s object at %s (otid=%s)%s>' % (cls.__module__, cls.__qualname__, hex(id(self)),
                                                    hex(self._tid), state)

    # ---- switching --------------------------------------------------------------------------

    def switch(self, *args, **kwargs):
        # the hot path, inlined: _switch and _receive in one frame
        target = self
        while target._dead:
            target = target._parent
        if not target._started:
            return _switch(target, (0, args, kwargs))
        kind, a, b = _transfer(target, target._co, (0, args, kwargs))
        if kind == 0:
            if b:
                return (a, b) if a else b
            return a[0] if len(a) == 1 else a
        if kind == 1:
            raise a
        return a

    def throw(self, typ=None, val=None, tb=None):
        if typ is None:
            typ = GreenletExit
        if isinstance(typ, BaseException):
            if val is not None:
                raise TypeError('instance exception may not have a separate value')
            exc = typ
        elif isinstance(typ, type) and issubclass(typ, BaseException):
            if isinstance(val, typ):
                exc = val
            elif val is None:
                exc = typ()
            elif isinstance(val, tuple):
                exc = typ(*val)
            else:
                exc = typ(val)
        else:
            raise TypeError('exceptions must be classes, or instances, not %s' % type(typ).__name__)
        return _switch(self, (1, exc, None))

    def _bootstrap(self, msg):
        # runs on the new coro: the first message starts run (or raises at once, for throw)
        try:
            kind, a, b = msg
            if kind == 1:
                raise a
            if kind == 2:
                a, b = (a,), {}
            run = self.run
            result = run(*a, **b)
            out = (2, result, None)
        except GreenletExit as e:
            out = (2, e, None)
        except BaseException as e:
            out = (1, e, None)
        self._dead = True
        target = self._parent
        while target._dead:
            target = target._parent
        if not target._started:
            target._start()
        return (target, target._co, out)

    def _start(self):
        self._started = True
        if self._co is None:
            self._co = _greenlet.coro(self._bootstrap)

    def _prestart(self):
        # minipy: launch the carrier thread now, so the first switch is only a hand-off
        if self._co is None and not self._started:
            self._co = _greenlet.coro(self._bootstrap, True)

    def _discard(self):
        # minipy: a prestarted greenlet that will never run gives its carrier back
        if not self._started and self._co is not None:
            _greenlet.discard(self._co)
            self._co = None


def getcurrent():
    g = _greenlet.getcurrent()
    if g is None:
        g = greenlet.__new__(greenlet)
        g._init_main()
        g._co = _greenlet.setmain(g)
    return g


def _switch(target, msg):
    while target._dead:           # a switch to a dead greenlet goes to its parent
        target = target._parent
    if not target._started:
        if target._tid != _greenlet.ident():
            raise error('cannot switch to a different thread')
        target._start()
    # transfer raises greenlet.error for a greenlet of another thread
    return _receive(_transfer(target, target._co, msg))


_trace = None


def settrace(callback):
    global _trace
    old = _trace
    _trace = callback
    return old


def gettrace():
    return _trace
