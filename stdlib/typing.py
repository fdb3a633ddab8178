# typing: the names are importable; annotations built from them are inert
# objects (List[int], Optional[str], Callable[[int], str], ...). Generic and
# Protocol can be subclassed (Generic[T] is Generic itself). NamedTuple and
# TypedDict support the class syntax.
import collections as _collections

TYPE_CHECKING = False


class _Special(object):
    def __init__(self, name, args=None):
        self._name = name
        self.__args__ = args if args is not None else ()
        self.__origin__ = None

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        r = _Special(self._name, params)
        r.__origin__ = self
        return r

    def __call__(self, *args, **kwargs):
        raise TypeError("Cannot instantiate typing." + self._name)

    def __repr__(self):
        if self.__args__:
            return "typing.%s[%s]" % (self._name, ", ".join(_type_repr(a) for a in self.__args__))
        return "typing." + self._name

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __eq__(self, other):
        return isinstance(other, _Special) and self._name == other._name and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self._name)


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return "..."
    if isinstance(obj, list):
        return "[%s]" % ", ".join(_type_repr(a) for a in obj)
    return repr(obj)


Any = _Special("Any")
Union = _Special("Union")
Optional = _Special("Optional")
List = _Special("List")
Dict = _Special("Dict")
Set = _Special("Set")
FrozenSet = _Special("FrozenSet")
Tuple = _Special("Tuple")
Type = _Special("Type")
Callable = _Special("Callable")
Iterable = _Special("Iterable")
Iterator = _Special("Iterator")
Generator = _Special("Generator")
AsyncIterator = _Special("AsyncIterator")
AsyncGenerator = _Special("AsyncGenerator")
Awaitable = _Special("Awaitable")
Coroutine = _Special("Coroutine")
Sequence = _Special("Sequence")
MutableSequence = _Special("MutableSequence")
Mapping = _Special("Mapping")
MutableMapping = _Special("MutableMapping")
AbstractSet = _Special("AbstractSet")
MutableSet = _Special("MutableSet")
Collection = _Special("Collection")
Container = _Special("Container")
Hashable = _Special("Hashable")
Sized = _Special("Sized")
Reversible = _Special("Reversible")
Deque = _Special("Deque")
DefaultDict = _Special("DefaultDict")
OrderedDict = _Special("OrderedDict")
Counter = _Special("Counter")
ChainMap = _Special("ChainMap")
ItemsView = _Special("ItemsView")
KeysView = _Special("KeysView")
ValuesView = _Special("ValuesView")
ContextManager = _Special("ContextManager")
Literal = _Special("Literal")
ClassVar = _Special("ClassVar")
Final = _Special("Final")
Annotated = _Special("Annotated")
NoReturn = _Special("NoReturn")
Never = _Special("Never")
Self = _Special("Self")
LiteralString = _Special("LiteralString")
TypeAlias = _Special("TypeAlias")
TypeGuard = _Special("TypeGuard")
Concatenate = _Special("Concatenate")
Required = _Special("Required")
NotRequired = _Special("NotRequired")
Text = str
AnyStr = _Special("AnyStr")
SupportsInt = _Special("SupportsInt")
SupportsFloat = _Special("SupportsFloat")
SupportsAbs = _Special("SupportsAbs")
SupportsIndex = _Special("SupportsIndex")
Pattern = _Special("Pattern")
Match = _Special("Match")
IO = _Special("IO")
TextIO = _Special("TextIO")
BinaryIO = _Special("BinaryIO")


class TypeVar(object):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


class ParamSpec(TypeVar):
    pass


class TypeVarTuple(TypeVar):
    pass


class Generic(object):
    __slots__ = ()

    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    __slots__ = ()


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def assert_never(arg):
    raise AssertionError("Expected code to be unreachable")


def reveal_type(obj):
    return obj


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get("__annotations__", {}))
        return hints
    return dict(getattr(obj, "__annotations__", {}))


def get_origin(tp):
    return getattr(tp, "__origin__", None)


def get_args(tp):
    return getattr(tp, "__args__", ())


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns, **kwargs):
        if ns.get("_root", False):
            return super().__new__(mcls, typename, bases, ns)
        types = ns.get("__annotations__", {})
        fields = list(types)
        defaults = [ns[n] for n in fields if n in ns]
        nt = _collections.namedtuple(typename, fields, defaults=defaults,
                                     module=ns.get("__module__", "__main__"))
        nt.__annotations__ = dict(types)
        for key, val in ns.items():
            if key in ("__annotations__", "__module__", "__qualname__", "_root") or key in fields:
                continue
            if key.startswith("__") and key.endswith("__") and key not in ("__repr__", "__str__", "__eq__", "__lt__", "__hash__", "__doc__"):
                continue
            setattr(nt, key, val)
        return nt


class NamedTuple(metaclass=_NamedTupleMeta):
    _root = True

    def __new__(cls, typename, fields=None, **kwargs):
        if fields is None:
            fields = list(kwargs.items())
        return _collections.namedtuple(typename, [f[0] for f in fields])


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True, **kwargs):
        if ns.get("_root", False):
            return super().__new__(mcls, name, (dict,), ns)
        cls = super().__new__(mcls, name, (dict,), ns)
        anns = {}
        for b in bases:
            anns.update(getattr(b, "__annotations__", {}))
        anns.update(ns.get("__annotations__", {}))
        cls.__annotations__ = anns
        cls.__total__ = total
        return cls

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)


class TypedDict(metaclass=_TypedDictMeta):
    _root = True
