"""inspect: predicates, signature(), getmembers, getdoc/cleandoc, currentframe (no source access)."""

import sys as _sys
import types as _types


def isclass(obj):
    return isinstance(obj, type)


def isfunction(obj):
    return isinstance(obj, _types.FunctionType)


def ismethod(obj):
    return isinstance(obj, _types.MethodType)


def isbuiltin(obj):
    return isinstance(obj, _types.BuiltinFunctionType)


def isroutine(obj):
    return isfunction(obj) or ismethod(obj) or isbuiltin(obj)


def ismodule(obj):
    return isinstance(obj, _types.ModuleType)


def _code_flags(obj):
    if ismethod(obj):
        obj = obj.__func__
    code = getattr(obj, '__code__', None)
    return code.co_flags if code is not None and isfunction(obj) else 0


def isgeneratorfunction(obj):
    return bool(_code_flags(obj) & 32)


def iscoroutinefunction(obj):
    return bool(_code_flags(obj) & 128)


def isasyncgenfunction(obj):
    return bool(_code_flags(obj) & 512)


def isgenerator(obj):
    return type(obj).__name__ == 'generator' and not repr(obj).startswith('<coroutine')


def iscoroutine(obj):
    return type(obj).__name__ == 'generator' and repr(obj).startswith('<coroutine')


def isawaitable(obj):
    return iscoroutine(obj) or hasattr(type(obj), '__await__')


def isabstract(obj):
    return bool(getattr(obj, '__abstractmethods__', False))


def currentframe():
    return _sys._getframe(1)


def getmembers(obj, predicate=None):
    out = []
    for name in dir(obj):
        try:
            v = getattr(obj, name)
        except AttributeError:
            continue
        if predicate is None or predicate(v):
            out.append((name, v))
    out.sort(key=lambda kv: kv[0])
    return out


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(obj):
    doc = getattr(obj, '__doc__', None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


class _Empty:
    pass


def _formatannotation(a):
    if isinstance(a, type) and not hasattr(a, '__origin__'):
        if a.__module__ == 'builtins':
            return a.__qualname__
        return a.__module__ + '.' + a.__qualname__
    return repr(a)


class Parameter:
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4
    empty = _Empty
    _KIND_NAMES = ['POSITIONAL_ONLY', 'POSITIONAL_OR_KEYWORD', 'VAR_POSITIONAL', 'KEYWORD_ONLY', 'VAR_KEYWORD']

    def __init__(self, name, kind, *, default=_Empty, annotation=_Empty):
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: _ParameterKind(self._kind))
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=None, kind=None, default=_Empty, annotation=_Empty):
        return Parameter(self._name if name is None else name, self._kind if kind is None else kind,
                         default=self._default if default is _Empty else default,
                         annotation=self._annotation if annotation is _Empty else annotation)

    def __str__(self):
        s = self._name
        if self._annotation is not _Empty:
            s += ': ' + _formatannotation(self._annotation)
        if self._default is not _Empty:
            s += (' = ' if self._annotation is not _Empty else '=') + repr(self._default)
        if self._kind == 2:
            s = '*' + s
        elif self._kind == 4:
            s = '**' + s
        return s

    def __repr__(self):
        return '<Parameter "%s">' % self

    def __eq__(self, other):
        return isinstance(other, Parameter) and (self._name, self._kind, self._default, self._annotation) == \
            (other._name, other._kind, other._default, other._annotation)

    def __hash__(self):
        return hash((self._name, self._kind))


class _ParameterKind(int):
    def __repr__(self):
        return '<_ParameterKind.%s: %d>' % (Parameter._KIND_NAMES[self], int(self))

    def __str__(self):
        return Parameter._KIND_NAMES[self]

    @property
    def name(self):
        return Parameter._KIND_NAMES[self]

    @property
    def description(self):
        return ['positional-only', 'positional or keyword', 'variadic positional', 'keyword-only',
                'variadic keyword'][self]


class BoundArguments:
    def __init__(self, signature, arguments):
        self.signature = signature
        self.arguments = arguments

    @property
    def args(self):
        out = []
        for p in self.signature.parameters.values():
            if p._kind in (3, 4) or p._name not in self.arguments:
                if p._kind in (3, 4):
                    break
                continue
            if p._kind == 2:
                out.extend(self.arguments[p._name])
            else:
                out.append(self.arguments[p._name])
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        for p in self.signature.parameters.values():
            if p._name not in self.arguments:
                continue
            if p._kind == 3:
                out[p._name] = self.arguments[p._name]
            elif p._kind == 4:
                out.update(self.arguments[p._name])
        return out

    def apply_defaults(self):
        new = {}
        for p in self.signature.parameters.values():
            if p._name in self.arguments:
                new[p._name] = self.arguments[p._name]
            elif p._default is not _Empty:
                new[p._name] = p._default
            elif p._kind == 2:
                new[p._name] = ()
            elif p._kind == 4:
                new[p._name] = {}
        self.arguments = new

    def __repr__(self):
        return '<BoundArguments (%s)>' % ', '.join('%s=%r' % kv for kv in self.arguments.items())


class Signature:
    empty = _Empty

    def __init__(self, parameters=None, *, return_annotation=_Empty):
        self._parameters = {p.name: p for p in (parameters or ())}
        self._return_annotation = return_annotation

    parameters = property(lambda self: dict(self._parameters))
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=None, return_annotation=_Empty):
        return Signature(list(self._parameters.values()) if parameters is None else parameters,
                         return_annotation=self._return_annotation if return_annotation is _Empty else return_annotation)

    def __str__(self):
        parts = []
        render_slash = False
        render_star = True
        for p in self._parameters.values():
            if p._kind == 0:
                render_slash = True
            elif render_slash:
                parts.append('/')
                render_slash = False
            if p._kind == 2:
                render_star = False
            elif p._kind == 3 and render_star:
                parts.append('*')
                render_star = False
            parts.append(str(p))
        if render_slash:
            parts.append('/')
        s = '(%s)' % ', '.join(parts)
        if self._return_annotation is not _Empty:
            s += ' -> ' + _formatannotation(self._return_annotation)
        return s

    def __repr__(self):
        return '<Signature %s>' % self

    def __eq__(self, other):
        return isinstance(other, Signature) and list(self._parameters.values()) == list(other._parameters.values()) \
            and self._return_annotation == other._return_annotation

    def _bind(self, args, kwargs, partial):
        arguments = {}
        params = list(self._parameters.values())
        i = 0
        args = list(args)
        kwargs = dict(kwargs)
        for p in params:
            if p._kind in (0, 1):
                if args:
                    arguments[p._name] = args.pop(0)
                elif p._kind == 1 and p._name in kwargs:
                    arguments[p._name] = kwargs.pop(p._name)
                elif p._default is _Empty and not partial:
                    raise TypeError("missing a required argument: '%s'" % p._name)
            elif p._kind == 2:
                if args:
                    arguments[p._name] = tuple(args)
                    args = []
            elif p._kind == 3:
                if p._name in kwargs:
                    arguments[p._name] = kwargs.pop(p._name)
                elif p._default is _Empty and not partial:
                    raise TypeError("missing a required argument: '%s'" % p._name)
            elif p._kind == 4:
                if kwargs:
                    arguments[p._name] = kwargs
                    kwargs = {}
        if args:
            raise TypeError('too many positional arguments')
        if kwargs:
            raise TypeError("got an unexpected keyword argument '%s'" % next(iter(kwargs)))
        return BoundArguments(self, arguments)

    def bind(self, *args, **kwargs):
        return self._bind(args, kwargs, False)

    def bind_partial(self, *args, **kwargs):
        return self._bind(args, kwargs, True)


def signature(obj, *, follow_wrapped=True):
    if follow_wrapped:
        while hasattr(obj, '__wrapped__'):
            obj = obj.__wrapped__
    bound = False
    if isinstance(obj, type):
        init = getattr(obj, '__init__', None)
        if init is None or not isfunction(init):
            return Signature()
        obj = init
        bound = True
    elif ismethod(obj):
        obj = obj.__func__
        bound = True
    elif not isfunction(obj) and callable(obj) and isfunction(getattr(type(obj), '__call__', None)):
        obj = type(obj).__call__
        bound = True
    if not isfunction(obj):
        raise ValueError('no signature found for %r' % (obj,))
    code = obj.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    defaults = obj.__defaults__ or ()
    kwdefaults = obj.__kwdefaults__ or {}
    ann = getattr(obj, '__annotations__', {}) or {}
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        n = names[i]
        kind = 0 if i < nposonly else 1
        d = defaults[i - first_default] if i >= first_default else _Empty
        params.append(Parameter(n, kind, default=d, annotation=ann.get(n, _Empty)))
    idx = npos + nkw
    if code.co_flags & 4:
        n = names[idx]
        params.append(Parameter(n, 2, annotation=ann.get(n, _Empty)))
        idx += 1
    for i in range(npos, npos + nkw):
        n = names[i]
        params.append(Parameter(n, 3, default=kwdefaults.get(n, _Empty), annotation=ann.get(n, _Empty)))
    if code.co_flags & 8:
        n = names[idx]
        params.append(Parameter(n, 4, annotation=ann.get(n, _Empty)))
    if bound and params:
        params = params[1:]
    return Signature(params, return_annotation=ann.get('return', _Empty))


def getfullargspec(func):
    sig = signature(func, follow_wrapped=False)
    args, varargs, varkw, kwonly = [], None, None, []
    for p in sig.parameters.values():
        if p._kind in (0, 1):
            args.append(p.name)
        elif p._kind == 2:
            varargs = p.name
        elif p._kind == 3:
            kwonly.append(p.name)
        else:
            varkw = p.name
    return (args, varargs, varkw, func.__defaults__, kwonly, func.__kwdefaults__, getattr(func, '__annotations__', {}))


def getmodule(obj):
    return _sys.modules.get(getattr(obj, '__module__', None))


def unwrap(func):
    while hasattr(func, '__wrapped__'):
        func = func.__wrapped__
    return func
