# abc: abstract base classes. ABCMeta records the abstract methods of a class
# in __abstractmethods__; instantiating a class whose set is not empty raises
# TypeError (checked by the VM when a class is called).

def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    for attr in ("fget", "fset", "fdel", "__func__"):
        f = getattr(value, attr, None)
        if f is not None and getattr(f, "__isabstractmethod__", False):
            return True
    return False


def _compute_abstracts(cls, namespace, bases):
    abstracts = set()
    for name, value in namespace.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace, bases)
        cls._abc_registry = []
        cls._abc_subs = []
        for b in bases:
            if isinstance(b, ABCMeta):
                subs = b.__dict__.get('_abc_subs')
                if subs is not None:
                    subs.append(cls)
        return cls

    def register(cls, subclass):
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in subclass.__mro__:
            return True
        hook = getattr(cls, '__subclasshook__', None)
        if hook is not None:
            r = hook(subclass)
            if r is not NotImplemented:
                return bool(r)
        for r in cls.__dict__.get('_abc_registry', ()):
            if issubclass(subclass, r):
                return True
        for s in cls.__dict__.get('_abc_subs', ()):
            if issubclass(subclass, s):
                return True
        return False


def update_abstractmethods(cls):
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls, dict(cls.__dict__), cls.__bases__)
    return cls


class ABC(metaclass=ABCMeta):
    __slots__ = ()


def get_cache_token():
    return 0
