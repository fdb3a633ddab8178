"""re: regular expressions on java.util.regex (the _sre native module)."""

import _sre

__all__ = ['compile', 'search', 'match', 'fullmatch', 'findall', 'finditer', 'sub', 'subn', 'split',
           'escape', 'purge', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'U', 'X',
           'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'UNICODE', 'VERBOSE', 'NOFLAG']

NOFLAG = 0
A = ASCII = 256
I = IGNORECASE = 2
L = LOCALE = 4
M = MULTILINE = 8
S = DOTALL = 16
U = UNICODE = 32
X = VERBOSE = 64
T = TEMPLATE = 1
DEBUG = 128


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        Exception.__init__(self, msg)
        self.msg = msg
        self.pattern = pattern
        self.pos = pos


class Match:
    __slots__ = ('re', 'string', 'pos', 'endpos', '_spans')

    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        raise IndexError("no such group")

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    def _get(self, i, default=None):
        s, e = self._spans[2 * i], self._spans[2 * i + 1]
        if s < 0:
            return default
        return self.string[s:e]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    @property
    def lastindex(self):
        best, best_end = None, -1
        for i in range(1, self.re.groups + 1):
            s, e = self._spans[2 * i], self._spans[2 * i + 1]
            if s >= 0 and e >= best_end:
                if best is None or e > best_end or True:
                    best, best_end = i, e
        return best

    @property
    def lastgroup(self):
        li = self.lastindex
        if li is None:
            return None
        for name, i in self.re.groupindex.items():
            if i == li:
                return name
        return None

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1]) for i in range(self.re.groups + 1))

    def expand(self, template):
        return _expand(self.re, template)(self)

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group())


class Pattern:
    def __init__(self, pattern, flags):
        self.pattern = pattern
        self.flags = flags
        src = pattern
        if isinstance(pattern, bytes):
            src = pattern.decode('latin-1')
        try:
            self._h, self.groups, names = _sre.compile(src, flags)
        except ValueError as e:
            raise error(str(e), pattern) from None
        self.groupindex = dict(names)

    def _str(self, string):
        if isinstance(self.pattern, str) and not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
        return string

    def _match(self, string, pos, endpos, mode):
        self._str(string)
        if endpos is None:
            endpos = len(string)
        spans = _sre.scan(self._h, string, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, pos, endpos, spans)

    def search(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=None):
        self._str(string)
        if endpos is None:
            endpos = len(string)
        for spans in _sre.scanall(self._h, string, pos, endpos):
            yield Match(self, string, pos, endpos, spans)

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                out.append(m._get(1, ''))
            else:
                out.append(m.groups(''))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if maxsplit and n >= maxsplit:
                break
            s, e = m.span()
            out.append(string[last:s])
            out.extend(m.groups())
            last = e
            n += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            fn = repl
        else:
            fn = _expand(self, repl)
        parts = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            s, e = m.span()
            parts.append(string[last:s])
            parts.append(fn(m))
            last = e
            n += 1
        parts.append(string[last:])
        return ''.join(parts) if isinstance(string, str) else b''.join(parts), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def __repr__(self):
        flags = []
        for name, v in (('IGNORECASE', 2), ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('ASCII', 256)):
            if self.flags & v:
                flags.append('re.' + name)
        p = repr(self.pattern)
        if flags:
            return "re.compile(%s, %s)" % (p, '|'.join(flags))
        return "re.compile(%s)" % p

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))


_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', 'b': '\b', '\\': '\\'}


def _expand(pattern, template):
    """A function of a match giving the template with its group references filled in."""
    pieces = []      # str or group index
    lit = []
    i = 0
    n = len(template)
    while i < n:
        c = template[i]
        if c == '\\' and i + 1 < n:
            d = template[i + 1]
            if d == 'g':
                close = template.find('>', i)
                if i + 2 >= n or template[i + 2] != '<' or close < 0:
                    raise error("missing <")
                name = template[i + 3:close]
                if name.isdigit():
                    g = int(name)
                elif name in pattern.groupindex:
                    g = pattern.groupindex[name]
                else:
                    raise IndexError("unknown group name '%s'" % name)
                if g > pattern.groups:
                    raise error("invalid group reference %d" % g)
                pieces.append(''.join(lit)); lit = []
                pieces.append(g)
                i = close + 1
                continue
            if d.isdigit():
                j = i + 1
                while j < n and j < i + 3 and template[j].isdigit():
                    j += 1
                g = int(template[i + 1:j])
                if g > pattern.groups:
                    raise error("invalid group reference %d at position %d" % (g, i + 1))
                pieces.append(''.join(lit)); lit = []
                pieces.append(g)
                i = j
                continue
            if d in _ESCAPES:
                lit.append(_ESCAPES[d])
                i += 2
                continue
            if d.isalpha():
                raise error("bad escape \\%s at position %d" % (d, i))
            lit.append(c + d)
            i += 2
            continue
        lit.append(c)
        i += 1
    pieces.append(''.join(lit))

    def fill(m):
        return ''.join(p if isinstance(p, str) else (m._get(p) or '') for p in pieces)
    return fill


_cache = {}


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        if len(_cache) > 512:
            _cache.clear()
        p = _cache[key] = Pattern(pattern, flags)
    return p


def purge():
    _cache.clear()


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


_special = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    if isinstance(pattern, bytes):
        return bytes(escape(pattern.decode('latin-1')), 'latin-1')
    return ''.join('\\' + c if c in _special else c for c in pattern)
