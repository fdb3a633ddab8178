"""types.GenericAlias: what list[int], dict[str, int], ... give."""


def _type_repr(obj):
    if obj is type(None) or obj is None:
        return 'None'
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return obj.__module__ + '.' + obj.__qualname__
    if obj is type(None):
        return 'None'
    if callable(obj) and hasattr(obj, '__qualname__') and hasattr(obj, '__module__') and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return obj.__module__ + '.' + obj.__qualname__
    return repr(obj)


class GenericAlias:
    __module__ = 'types'

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, '__origin__', origin)
        object.__setattr__(self, '__args__', args)
        object.__setattr__(self, '__parameters__', ())

    def __repr__(self):
        if len(self.__args__) == 0:
            args = '()'
        else:
            args = ', '.join(_type_repr(a) if not isinstance(a, list) else '[' + ', '.join(_type_repr(x) for x in a) + ']'
                             for a in self.__args__)
        return '%s[%s]' % (_type_repr(self.__origin__), args)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __or__(self, other):
        return _Union((self, other))

    def __ror__(self, other):
        return _Union((other, self))


class _Union:
    def __init__(self, args):
        flat = []
        for a in args:
            for x in (a.__args__ if isinstance(a, _Union) else (a,)):
                if x is None:
                    x = type(None)
                if x not in flat:
                    flat.append(x)
        self.__args__ = tuple(flat)

    def __repr__(self):
        return ' | '.join(_type_repr(a) for a in self.__args__)

    def __or__(self, other):
        return _Union((self, other))

    def __ror__(self, other):
        return _Union((other, self))

    def __eq__(self, other):
        return isinstance(other, _Union) and set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))
