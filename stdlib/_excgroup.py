"""BaseExceptionGroup / ExceptionGroup and the helpers behind except* (put into builtins at start)."""


def _matcher(cond):
    if isinstance(cond, type) and issubclass(cond, BaseException):
        return lambda e: isinstance(e, cond)
    if isinstance(cond, tuple) and all(isinstance(c, type) and issubclass(c, BaseException) for c in cond):
        return lambda e: isinstance(e, cond)
    if callable(cond) and not isinstance(cond, type):
        return cond
    raise TypeError("expected a function, exception type or tuple of exception types")


def _copy_meta(src, dst):
    dst.__traceback__ = src.__traceback__
    dst.__cause__ = src.__cause__
    dst.__context__ = src.__context__
    notes = getattr(src, '__notes__', None)
    if notes is not None:
        dst.__notes__ = notes
    return dst


class BaseExceptionGroup(BaseException):
    __module__ = 'builtins'

    def __new__(cls, message, exceptions):
        if not isinstance(message, str):
            raise TypeError("argument 1 must be str, not %s" % type(message).__name__)
        if isinstance(exceptions, (set, frozenset, dict)) or not hasattr(type(exceptions), '__getitem__') \
                or not hasattr(type(exceptions), '__len__'):
            raise TypeError("second argument (exceptions) must be a sequence")
        excs = tuple(exceptions)
        if not excs:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        for i, e in enumerate(excs):
            if not isinstance(e, BaseException):
                raise ValueError("Item %d of second argument (exceptions) is not an exception" % i)
        all_exc = all(isinstance(e, Exception) for e in excs)
        if cls is BaseExceptionGroup:
            if all_exc:
                cls = ExceptionGroup
        elif issubclass(cls, Exception) and not all_exc:
            if cls is ExceptionGroup:
                raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
            raise TypeError("Cannot nest BaseExceptions in '%s'" % cls.__name__)
        self = BaseException.__new__(cls, message, exceptions)
        self._message = message
        self._exceptions = excs
        return self

    def __init__(self, message, exceptions):
        BaseException.__init__(self, message, exceptions)

    @property
    def message(self):
        return self._message

    @property
    def exceptions(self):
        return self._exceptions

    def __str__(self):
        n = len(self._exceptions)
        return "%s (%d sub-exception%s)" % (self._message, n, "" if n == 1 else "s")

    def derive(self, excs):
        return BaseExceptionGroup(self._message, excs)

    def split(self, condition):
        f = _matcher(condition)
        if f(self):
            return self, None
        match, rest = [], []
        for e in self._exceptions:
            if isinstance(e, BaseExceptionGroup):
                m, r = e.split(f)
                if m is not None:
                    match.append(m)
                if r is not None:
                    rest.append(r)
            elif f(e):
                match.append(e)
            else:
                rest.append(e)
        mg = _copy_meta(self, self.derive(match)) if match else None
        rg = _copy_meta(self, self.derive(rest)) if rest else None
        return mg, rg

    def subgroup(self, condition):
        return self.split(condition)[0]


class ExceptionGroup(BaseExceptionGroup, Exception):
    __module__ = 'builtins'


# ---- except* ------------------------------------------------------------------------------------

class _StarState:
    __slots__ = ('orig', 'naked', 'rest', 'matched', 'raised')


def _star_start(exc):
    st = _StarState()
    st.orig = exc
    st.naked = not isinstance(exc, BaseExceptionGroup)
    if st.naked:
        g = (ExceptionGroup if isinstance(exc, Exception) else BaseExceptionGroup)("", (exc,))
        g.__traceback__ = exc.__traceback__
        st.rest = g
    else:
        st.rest = exc
    st.matched = []
    st.raised = []
    return st


def _star_match(st, typ):
    types = typ if isinstance(typ, tuple) else (typ,)
    for t in types:
        if not (isinstance(t, type) and issubclass(t, BaseException)):
            raise TypeError("catching classes that do not inherit from BaseException is not allowed")
        if issubclass(t, BaseExceptionGroup):
            raise TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.")
    if st.rest is None:
        return None
    if st.naked:
        m = st.rest if isinstance(st.orig, typ) else None
        if m is not None:
            st.rest = None
    else:
        m, st.rest = st.rest.split(typ)
    if m is not None:
        st.matched.append(m)
    return m


def _star_raised(st, exc):
    st.raised.append(exc)


def _leaves(e, out):
    if isinstance(e, BaseExceptionGroup):
        for x in e.exceptions:
            _leaves(x, out)
    else:
        out.add(id(e))


def _star_finish(st):
    """What to raise after the except* clauses ran, or None."""
    reraised = [x for x in st.raised if any(x is m for m in st.matched)]
    new = [x for x in st.raised if not any(x is m for m in st.matched)]
    if st.naked:
        if st.raised:
            return st.raised[0]
        return st.orig if st.rest is not None else None
    if not st.raised:
        return st.rest
    kept = None
    if st.rest is not None or reraised:
        ids = set()
        for g in ([st.rest] if st.rest is not None else []) + reraised:
            _leaves(g, ids)
        kept = st.orig.split(lambda e: not isinstance(e, BaseExceptionGroup) and id(e) in ids)[0]
    if not new:
        return kept
    if kept is not None:
        new.append(kept)
    g = BaseExceptionGroup("", new)
    g.__suppress_context__ = True
    return g
