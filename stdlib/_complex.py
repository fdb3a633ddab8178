"""The complex type (builtins.complex enters builtins on first use; 1j literals make these)."""

import math as _math


def _num(x):
    if isinstance(x, complex):
        return x
    if isinstance(x, (int, float)):
        return complex(float(x), 0.0)
    return None


def _fmt(x):
    if x != x:
        return 'nan'
    if x in (float('inf'), float('-inf')):
        return 'inf' if x > 0 else '-inf'
    if x == int(x) and abs(x) < 1e16:
        return repr(x)[:-2] if repr(x).endswith('.0') else repr(x)
    return repr(x)


def _parse(s):
    t = s.strip().replace('_', '')
    if t.startswith('(') and t.endswith(')'):
        t = t[1:-1].strip()
    try:
        if not t.endswith(('j', 'J')):
            return float(t), 0.0
        body = t[:-1]
        # find the sign splitting real and imaginary parts (not one following an 'e')
        for i in range(len(body) - 1, 0, -1):
            if body[i] in '+-' and body[i - 1] not in 'eE':
                re_part = float(body[:i])
                im = body[i:]
                return re_part, float(im + '1' if im in ('+', '-') else im)
        if body in ('', '+', '-'):
            return 0.0, float(body + '1')
        return 0.0, float(body)
    except ValueError:
        raise ValueError("complex() arg is a malformed string") from None


class complex:
    __module__ = 'builtins'
    __slots__ = ('_re', '_im')

    def __new__(cls, real=0, imag=None):
        if isinstance(real, str):
            if imag is not None:
                raise TypeError("complex() can't take second arg if first is a string")
            r, i = _parse(real)
        else:
            if isinstance(imag, str):
                raise TypeError("complex() second arg can't be a string")
            if isinstance(real, complex):
                r, i = real._re, real._im
            elif hasattr(type(real), '__complex__'):
                c = real.__complex__()
                r, i = c._re, c._im
            elif isinstance(real, (int, float)) or hasattr(type(real), '__float__'):
                r, i = float(real), 0.0
            else:
                raise TypeError("complex() first argument must be a string or a number, not '%s'" % type(real).__name__)
            if imag is not None:
                if isinstance(imag, complex):
                    r, i = r - imag._im, i + imag._re
                elif isinstance(imag, (int, float)) or hasattr(type(imag), '__float__'):
                    i = i + float(imag)
                else:
                    raise TypeError("complex() second argument must be a number, not '%s'" % type(imag).__name__)
        self = object.__new__(cls)
        object.__setattr__(self, '_re', float(r))
        object.__setattr__(self, '_im', float(i))
        return self

    @property
    def real(self):
        return self._re

    @property
    def imag(self):
        return self._im

    def conjugate(self):
        return complex(self._re, -self._im)

    def __repr__(self):
        if self._re == 0 and _math.copysign(1.0, self._re) > 0:
            return _fmt(self._im) + 'j'
        im = _fmt(self._im)
        sign = '' if im.startswith('-') else '+'
        if im == 'nan':
            sign = '+'
        return '(' + _fmt(self._re) + sign + im + 'j)'

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return str(self)
        re_s = format(self._re, spec)
        im_s = format(self._im, '+' + spec.lstrip('+-'))
        return re_s + im_s + 'j'

    def __hash__(self):
        if self._im == 0:
            return hash(self._re)
        return hash((self._re, self._im))

    def __eq__(self, other):
        o = _num(other)
        if o is None:
            return NotImplemented
        return self._re == o._re and self._im == o._im

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __bool__(self):
        return self._re != 0 or self._im != 0

    def __neg__(self):
        return complex(-self._re, -self._im)

    def __pos__(self):
        return complex(self._re, self._im)

    def __abs__(self):
        return _math.hypot(self._re, self._im)

    def __add__(self, other):
        o = _num(other)
        if o is None:
            return NotImplemented
        return complex(self._re + o._re, self._im + o._im)

    __radd__ = __add__

    def __sub__(self, other):
        o = _num(other)
        if o is None:
            return NotImplemented
        return complex(self._re - o._re, self._im - o._im)

    def __rsub__(self, other):
        o = _num(other)
        if o is None:
            return NotImplemented
        return o - self

    def __mul__(self, other):
        o = _num(other)
        if o is None:
            return NotImplemented
        return complex(self._re * o._re - self._im * o._im, self._re * o._im + self._im * o._re)

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = _num(other)
        if o is None:
            return NotImplemented
        a, b, c, d = self._re, self._im, o._re, o._im
        if c == 0 and d == 0:
            raise ZeroDivisionError("complex division by zero")
        if abs(c) >= abs(d):
            r = d / c
            den = c + d * r
            return complex((a + b * r) / den, (b - a * r) / den)
        r = c / d
        den = c * r + d
        return complex((a * r + b) / den, (b * r - a) / den)

    def __rtruediv__(self, other):
        o = _num(other)
        if o is None:
            return NotImplemented
        return o / self

    def __pow__(self, other, mod=None):
        if mod is not None:
            raise ValueError("complex modulo")
        o = _num(other)
        if o is None:
            return NotImplemented
        if o._re == 0 and o._im == 0:
            return complex(1.0, 0.0)
        if self._re == 0 and self._im == 0:
            if o._im != 0 or o._re < 0:
                raise ZeroDivisionError("0.0 to a negative or complex power")
            return complex(0.0, 0.0)
        if o._im == 0 and o._re == int(o._re) and abs(o._re) <= 100:
            n = int(o._re)
            result = complex(1.0, 0.0)
            base = self if n >= 0 else complex(1.0, 0.0) / self
            for _ in range(abs(n)):
                result = result * base
            return result
        vabs = _math.hypot(self._re, self._im)
        length = vabs ** o._re
        at = _math.atan2(self._im, self._re)
        phase = at * o._re
        if o._im != 0:
            length /= _math.exp(at * o._im)
            phase += o._im * _math.log(vabs)
        return complex(length * _math.cos(phase), length * _math.sin(phase))

    def __rpow__(self, other):
        o = _num(other)
        if o is None:
            return NotImplemented
        return o ** self

    def __getnewargs__(self):
        return (self._re, self._im)


def _imag(x):
    return complex(0.0, x)
