# copy: shallow and deep copies (copy, deepcopy, __copy__/__deepcopy__,
# __reduce_ex__-free: instances are rebuilt from their class and __dict__).

class Error(Exception):
    pass

error = Error

_atomic = (type(None), int, float, bool, complex if False else int, str, bytes,
           type, range, type(len), type(lambda: 0), frozenset(), type(Ellipsis),
           type(NotImplemented))


def _is_atomic(x):
    t = type(x)
    return t in (type(None), int, float, bool, str, bytes, type, range, type(len),
                 type(lambda: 0), type(Ellipsis), type(NotImplemented)) or isinstance(x, type)


def copy(x):
    cls = type(x)
    if _is_atomic(x):
        return x
    cp = getattr(cls, "__copy__", None)
    if cp is not None:
        return cp(x)
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is tuple or cls is frozenset:
        return x
    if cls is bytearray:
        return bytearray(x)
    return _reconstruct(x, None)


def _reconstruct(x, memo):
    cls = type(x)
    deep = memo is not None
    if isinstance(x, tuple):
        items = [deepcopy(v, memo) for v in x] if deep else list(x)
        if hasattr(cls, "_make"):
            y = cls._make(items)
        else:
            y = cls.__new__(cls, items)
        if deep:
            memo[id(x)] = y
        return y
    y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    if isinstance(x, list):
        for v in x:
            y.append(deepcopy(v, memo) if deep else v)
    elif isinstance(x, dict):
        for k, v in x.items():
            if deep:
                y[deepcopy(k, memo)] = deepcopy(v, memo)
            else:
                y[k] = v
    elif isinstance(x, (set, frozenset)) and hasattr(y, "add"):
        for v in x:
            y.add(deepcopy(v, memo) if deep else v)
    state = None
    getstate = getattr(x, "__getstate__", None)
    if getstate is not None and getattr(cls, "__getstate__", None) is not None and type(getstate).__name__ == "method":
        state = getstate()
    else:
        try:
            state = x.__dict__
        except AttributeError:
            state = None
        slots = []
        for k in cls.__mro__:
            s = k.__dict__.get("__slots__", ())
            if isinstance(s, str):
                s = (s,)
            slots.extend(s)
        if slots:
            sstate = {}
            for name in slots:
                if hasattr(x, name):
                    sstate[name] = getattr(x, name)
            state = (state, sstate)
    if state:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None and not isinstance(state, tuple) and type(setstate).__name__ == "method" \
                and getattr(cls, "__setstate__", None) is not None:
            setstate(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                for k, v in state.items():
                    object.__setattr__(y, k, v) if False else y.__dict__.__setitem__(k, v)
            if slotstate:
                for k, v in slotstate.items():
                    setattr(y, k, v)
    return y


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        return x
    dc = getattr(cls, "__deepcopy__", None)
    if dc is not None:
        y = dc(x, memo)
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        y = tuple([deepcopy(a, memo) for a in x])
        if all(a is b for a, b in zip(x, y)):
            y = x
    elif cls is set:
        y = set(deepcopy(a, memo) for a in x)
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
