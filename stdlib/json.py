"""json for minipy: CPython's API over the native encoder and scanner of _json."""
import _json

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the error position: msg, doc, pos, lineno, colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


JSONDecodeError.__module__ = 'json.decoder'


class JSONEncoder(object):
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        return _json.encode(o, self.skipkeys, self.ensure_ascii, self.check_circular, self.allow_nan,
                            self.indent, self.item_separator, self.key_separator, self.default, self.sort_keys)

    def iterencode(self, o, _one_shot=False):
        return iter([self.encode(o)])


class JSONDecoder(object):
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        idx = _ws_end(s, 0)
        obj, end = self.raw_decode(s, idx)
        end = _ws_end(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        return _json.scan(s, idx, JSONDecodeError, self.strict, self.object_hook, self.object_pairs_hook,
                          self.parse_float, self.parse_int, self.parse_constant)


def _ws_end(s, i):
    n = len(s)
    while i < n and s[i] in ' \t\n\r':
        i += 1
    return i


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None and not kw:
        if separators is not None:
            item_sep, key_sep = separators
        elif indent is not None:
            item_sep, key_sep = ',', ': '
        else:
            item_sep, key_sep = ', ', ': '
        return _json.encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                            item_sep, key_sep, default, sort_keys)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
         indent=None, separators=None, default=None, sort_keys=False, **kw):
    fp.write(dumps(obj, skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                   allow_nan=allow_nan, cls=cls, indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys, **kw))


def _decode_bytes(b):
    if b[:3] == b'\xef\xbb\xbf':
        return b[3:].decode('utf-8')
    if len(b) >= 4 and not b[0] and not b[1]:
        return b.decode('utf-32-be')
    if len(b) >= 2 and b[:2] in (b'\xff\xfe', b'\xfe\xff'):
        return b.decode('utf-16')
    if len(b) >= 4 and not b[2] and not b[3] and b[0] and not b[1]:
        return b.decode('utf-32-le')
    if len(b) >= 2 and not b[0]:
        return b.decode('utf-16-be')
    if len(b) >= 2 and not b[1]:
        return b.decode('utf-16-le')
    return b.decode('utf-8', 'surrogatepass')


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, strict=True, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
        s = _decode_bytes(s)
    if cls is None and not kw:
        idx = _ws_end(s, 0)
        obj, end = _json.scan(s, idx, JSONDecodeError, strict, object_hook, object_pairs_hook,
                              parse_float, parse_int, parse_constant)
        end = _ws_end(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, strict=strict, object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
         object_pairs_hook=None, **kw):
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)
