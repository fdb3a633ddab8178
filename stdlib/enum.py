# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique (CPython 3.11
# behaviour for str/repr/format; members are instances of their class, made
# by the metaclass when the class body has run).

__all__ = ['EnumMeta', 'EnumType', 'Enum', 'IntEnum', 'StrEnum', 'Flag',
           'IntFlag', 'auto', 'unique', 'member', 'nonmember']

_auto_null = object()


class auto(object):
    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member(object):
    def __init__(self, value):
        self.value = value


class nonmember(object):
    def __init__(self, value):
        self.value = value


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__'))


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


class EnumMeta(type):
    def __new__(metacls, cls, bases, classdict, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        # the members: plain class attributes that are not descriptors or dunders
        names = []
        values = {}
        last_values = []
        gnv = None
        for b in bases:
            for k in b.__mro__:
                if '_generate_next_value_' in k.__dict__:
                    gnv = k.__dict__['_generate_next_value_']
                    break
            if gnv is not None:
                break
        if '_generate_next_value_' in classdict:
            gnv = classdict['_generate_next_value_']
        if isinstance(gnv, staticmethod):
            gnv = gnv.__func__
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        body = {}
        for key, value in list(classdict.items()):
            if key in ignore or key == '_ignore_':
                continue
            if isinstance(value, nonmember):
                body[key] = value.value
                continue
            if isinstance(value, member):
                value = value.value
            elif (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                  or _is_descriptor(value)):
                body[key] = value
                continue
            if key in values:
                raise TypeError('%r already defined as %r' % (key, values[key]))
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gnv(key, 1, len(names), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(gnv(key, 1, len(names), last_values[:]) if isinstance(v, auto) else v for v in value)
            names.append(key)
            values[key] = value
            last_values.append(value)
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_member_type_'] = member_type
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        enum_new = classdict.get('__new__')
        if enum_new is None:
            for b in bases:
                for k in b.__mro__:
                    n = k.__dict__.get('__new__')
                    if k in (object, int, str, float, tuple) or k.__dict__.get('_is_enum_base_', False):
                        continue
                    if n is not None and not isinstance(k, EnumMeta):
                        enum_new = n
                        break
                    if isinstance(k, EnumMeta) and k.__dict__.get('_new_member_') is not None:
                        enum_new = k.__dict__['_new_member_']
                        break
                if enum_new is not None:
                    break
        if isinstance(enum_new, staticmethod):
            enum_new = enum_new.__func__
        enum_class._new_member_ = enum_new
        if first_enum is not None:
            for mname in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if mname in classdict:
                    continue
                enum_method = getattr(first_enum, mname)
                found_method = getattr(enum_class, mname)
                if found_method is getattr(object, mname) or found_method is getattr(member_type, mname):
                    type.__setattr__(enum_class, mname, enum_method)
        use_args = member_type is not object
        for name in names:
            value = values[name]
            if isinstance(value, tuple):
                args = value
            else:
                args = (value,)
            if member_type is tuple:
                args = (args,)
            if enum_new is not None:
                m = enum_new(enum_class, *args)
            elif not use_args:
                m = object.__new__(enum_class)
            else:
                m = member_type.__new__(enum_class, *args)
            if not hasattr(m, '_value_'):
                if member_type is object:
                    m._value_ = value
                else:
                    try:
                        m._value_ = member_type(*args)
                    except Exception:
                        m._value_ = value
            value = m._value_
            m._name_ = name
            m.__objclass__ = enum_class
            init = getattr(enum_class, '__init__', None)
            if init is not None and init is not object.__init__ and '__init__' in _mro_dicts(enum_class):
                m.__init__(*args)
            # aliases: a value seen before names the first member
            canonical = None
            try:
                canonical = enum_class._value2member_map_.get(value)
            except TypeError:
                for other in enum_class._member_map_.values():
                    if other._value_ == value:
                        canonical = other
                        break
            if canonical is not None:
                m = canonical
            else:
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = m
            try:
                enum_class._value2member_map_.setdefault(value, m)
            except TypeError:
                pass
            type.__setattr__(enum_class, name, m)
        if first_enum is not None:
            # calling the class looks members up by value (Enum.__new__), whatever the mixin
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
        return enum_class

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        if not bases:
            return object, None
        member_type = object
        first_enum = None
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumMeta):
                    if first_enum is None:
                        first_enum = base
                    if base._member_names_ if '_member_names_' in base.__dict__ else False:
                        raise TypeError('%s: cannot extend enumeration %r' % (class_name, base.__name__))
                    continue
                if base in (int, str, float, tuple) or '__new__' in base.__dict__:
                    if member_type is object:
                        member_type = base
                    break
        for b in bases:
            if b in (int, str, float, tuple):
                member_type = b
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        classdict = {}
        if names and isinstance(names[0], str) and not isinstance(names, dict):
            for i, n in enumerate(names):
                classdict[n] = start + i
        elif isinstance(names, dict):
            classdict.update(names)
        else:
            for n, v in names:
                classdict[n] = v
        classdict['__module__'] = module if module is not None else '__main__'
        classdict['__qualname__'] = qualname if qualname is not None else class_name
        return EnumMeta.__new__(EnumMeta, class_name, bases, classdict)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        return value in cls._value2member_map_

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, attr):
        if attr in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)


EnumType = EnumMeta


def _mro_dicts(cls):
    d = {}
    for k in reversed(cls.__mro__):
        if k is object or k.__dict__.get('_is_enum_base_', False) or k in (int, str, float, tuple):
            continue
        d.update(k.__dict__)
    return d


Flag = None


class Enum(metaclass=EnumMeta):
    _is_enum_base_ = True

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        r = cls._missing_(value)
        if isinstance(r, cls):
            return r
        if r is not None:
            raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, r))
        raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))

    @classmethod
    def _missing_(cls, value):
        return None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            return max(last_values) + 1 if False else last_values[-1] + 1
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None

    def __repr__(self):
        v_repr = self.__class__._member_type_.__repr__ if self.__class__._member_type_ is not object else repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __dir__(self):
        return ['__class__', '__doc__', '__module__', 'name', 'value']

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    _is_enum_base_ = True


class IntEnum(int, ReprEnum):
    _is_enum_base_ = True

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class StrEnum(str, ReprEnum):
    _is_enum_base_ = True

    def __str__(self):
        return self._value_

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _high_bit(value):
    return value.bit_length() - 1


class Flag(Enum):
    _is_enum_base_ = True

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        return 2 ** (_high_bit(last) + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        all_bits = 0
        for m in cls._member_map_.values():
            all_bits |= m._value_
        if value & ~all_bits:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ & value == m._value_ and m._value_]
        pseudo._name_ = '|'.join(names) if names else None
        cls._value2member_map_.setdefault(value, pseudo)
        return cls._value2member_map_[value]

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for m in self.__class__:
            if m._value_ and m._value_ & self._value_ == m._value_:
                yield m

    def __len__(self):
        return len(list(self.__iter__()))

    def __repr__(self):
        if self._name_ is None:
            return "<%s: %r>" % (self.__class__.__name__, self._value_)
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        all_bits = 0
        for m in self.__class__:
            all_bits |= m._value_
        return self.__class__(all_bits & ~self._value_)


class IntFlag(int, ReprEnum, Flag):
    _is_enum_base_ = True

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __or__(self, other):
        if isinstance(other, int):
            other = int(other)
            return self.__class__(self._value_ | other)
        return NotImplemented

    def __and__(self, other):
        if isinstance(other, int):
            return self.__class__(self._value_ & int(other))
        return NotImplemented

    __ror__ = __or__
    __rand__ = __and__


def unique(enumeration):
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def verify(*checks):
    def deco(cls):
        return cls
    return deco
