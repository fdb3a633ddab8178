"""Async generators (the interpreter wraps each async generator function's generator in one)."""


class _Wrapped:
    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value


class _AgenAwaitable:
    """What __anext__/asend/athrow/aclose return: drives the generator one step."""

    def __init__(self, agen, mode, arg):
        self._agen = agen
        self._mode = mode          # 0 send, 1 throw, 2 close
        self._arg = arg
        self._started = False
        self._done = False

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def _result(self, r):
        if isinstance(r, _Wrapped):
            self._done = True
            if self._mode == 2:
                raise RuntimeError("async generator ignored GeneratorExit")
            raise StopIteration(r.value)
        return r

    def _step(self, fn, *args):
        agen = self._agen
        agen.ag_running = True
        try:
            r = fn(*args)
        except StopIteration:
            self._done = True
            agen._closed = True
            if self._mode == 2:
                raise StopIteration(None)
            raise StopAsyncIteration() from None
        except GeneratorExit:
            self._done = True
            agen._closed = True
            if self._mode == 2:
                raise StopIteration(None)
            raise
        except BaseException:
            self._done = True
            agen._closed = True
            raise
        finally:
            agen.ag_running = False
        return self._result(r)

    def send(self, value):
        if self._done:
            raise RuntimeError("cannot reuse already awaited __anext__()/asend()")
        gen = self._agen._gen
        if not self._started:
            self._started = True
            if self._mode == 0:
                if self._agen._closed:
                    raise StopAsyncIteration()
                return self._step(gen.send, self._arg)
            if self._agen._closed:
                self._done = True
                if self._mode == 2:
                    raise StopIteration(None)
                typ, val = self._arg
                raise (typ if val is None else val)
            if self._mode == 2:
                if not self._agen._started_once:
                    self._done = True
                    self._agen._closed = True
                    gen.close()
                    raise StopIteration(None)
                return self._step(gen.throw, GeneratorExit())
            typ, val = self._arg
            return self._step(gen.throw, typ if val is None else val)
        return self._step(gen.send, value)

    def throw(self, typ, val=None, tb=None):
        if self._done:
            raise RuntimeError("cannot reuse already awaited __anext__()/asend()")
        self._started = True
        return self._step(self._agen._gen.throw, typ if val is None else val)

    def close(self):
        self._done = True


class async_generator:
    def __init__(self, gen):
        self._gen = gen
        self._closed = False
        self._started_once = False
        self.ag_running = False
        self.__name__ = gen.__name__
        self.__qualname__ = gen.__qualname__

    @property
    def ag_frame(self):
        return self._gen.gi_frame

    @property
    def ag_code(self):
        return self._gen.gi_code

    def __aiter__(self):
        return self

    def __anext__(self):
        self._started_once = True
        return _AgenAwaitable(self, 0, None)

    def asend(self, value):
        self._started_once = True
        return _AgenAwaitable(self, 0, value)

    def athrow(self, typ, val=None, tb=None):
        return _AgenAwaitable(self, 1, (typ, val))

    def aclose(self):
        return _AgenAwaitable(self, 2, None)

    def __repr__(self):
        return "<async_generator object %s at %s>" % (self._gen.__qualname__, "0x%x" % id(self))


def _aiter(obj):
    f = getattr(type(obj), '__aiter__', None)
    if f is None:
        raise TypeError("'async for' requires an object with __aiter__ method, got " + type(obj).__name__)
    return f(obj)


async def _anext_or_stop(it, stop):
    try:
        return await it.__anext__()
    except StopAsyncIteration:
        return stop


_MISSING = object()


def aiter(obj):
    return _aiter(obj)


def anext(it, default=_MISSING):
    f = getattr(type(it), '__anext__', None)
    if f is None:
        raise TypeError("'%s' object is not an async iterator" % type(it).__name__)
    if default is _MISSING:
        return f(it)
    return _anext_default(f(it), default)


async def _anext_default(aw, default):
    try:
        return await aw
    except StopAsyncIteration:
        return default
