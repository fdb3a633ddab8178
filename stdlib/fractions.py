"""fractions.Fraction: rational numbers."""

import math as _math

__all__ = ['Fraction']


def _parse(s):
    t = s.strip().replace('_', '')
    if '/' in t:
        a, b = t.split('/', 1)
        try:
            return int(a.strip()), int(b.strip())
        except ValueError:
            raise ValueError('Invalid literal for Fraction: %r' % s) from None
    try:
        return int(t), 1
    except ValueError:
        pass
    try:
        f = float(t)
    except ValueError:
        raise ValueError('Invalid literal for Fraction: %r' % s) from None
    if f != f or f in (float('inf'), float('-inf')):
        raise ValueError('Invalid literal for Fraction: %r' % s)
    # exact decimal value of the literal
    mant, _, exp = t.lower().partition('e')
    exp = int(exp) if exp else 0
    sign = -1 if mant.startswith('-') else 1
    mant = mant.lstrip('+-')
    ip, _, fp = mant.partition('.')
    num = int((ip or '0') + fp)
    exp -= len(fp)
    if exp >= 0:
        return sign * num * 10 ** exp, 1
    return sign * num, 10 ** -exp


class Fraction:
    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if isinstance(numerator, int):
                n, d = numerator, 1
            elif isinstance(numerator, Fraction):
                n, d = numerator._numerator, numerator._denominator
            elif isinstance(numerator, float):
                if numerator != numerator or numerator in (float('inf'), float('-inf')):
                    raise ValueError("cannot convert %s to Fraction" % ('NaN' if numerator != numerator else 'Infinity'))
                n, d = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                n, d = _parse(numerator)
            elif hasattr(numerator, 'as_integer_ratio'):
                n, d = numerator.as_integer_ratio()
            else:
                raise TypeError("argument should be a string or a Rational instance")
        else:
            if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
                a = Fraction(numerator)
                b = Fraction(denominator)
                n, d = a._numerator * b._denominator, a._denominator * b._numerator
            elif isinstance(numerator, int) and isinstance(denominator, int):
                n, d = numerator, denominator
            else:
                raise TypeError("both arguments should be Rational instances")
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        g = _math.gcd(n, d)
        if d < 0:
            g = -g
        object.__setattr__(self, '_numerator', n // g)
        object.__setattr__(self, '_denominator', d // g)
        return self

    @classmethod
    def from_float(cls, f):
        return cls(f)

    @classmethod
    def from_decimal(cls, d):
        return cls(str(d))

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        b1 = Fraction(p0 + k * p1, q0 + k * q1)
        b2 = Fraction(p1, q1)
        return b2 if abs(b2 - self) <= abs(b1 - self) else b1

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    @staticmethod
    def _coerce(other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def _op(self, other, fop, iop, reflected=False):
        o = Fraction._coerce(other)
        if o is not None:
            return iop(o, self) if reflected else iop(self, o)
        if isinstance(other, float):
            return fop(other, float(self)) if reflected else fop(float(self), other)
        if isinstance(other, complex):
            return fop(other, complex(float(self))) if reflected else fop(complex(float(self)), other)
        return NotImplemented

    def __add__(self, other):
        return self._op(other, lambda a, b: a + b, lambda a, b: Fraction(a._numerator * b._denominator + b._numerator * a._denominator, a._denominator * b._denominator))

    def __radd__(self, other):
        return self._op(other, lambda a, b: a + b, lambda a, b: Fraction(a._numerator * b._denominator + b._numerator * a._denominator, a._denominator * b._denominator), True)

    def __sub__(self, other):
        return self._op(other, lambda a, b: a - b, lambda a, b: Fraction(a._numerator * b._denominator - b._numerator * a._denominator, a._denominator * b._denominator))

    def __rsub__(self, other):
        return self._op(other, lambda a, b: a - b, lambda a, b: Fraction(a._numerator * b._denominator - b._numerator * a._denominator, a._denominator * b._denominator), True)

    def __mul__(self, other):
        return self._op(other, lambda a, b: a * b, lambda a, b: Fraction(a._numerator * b._numerator, a._denominator * b._denominator))

    def __rmul__(self, other):
        return self._op(other, lambda a, b: a * b, lambda a, b: Fraction(a._numerator * b._numerator, a._denominator * b._denominator), True)

    def __truediv__(self, other):
        return self._op(other, lambda a, b: a / b, lambda a, b: Fraction(a._numerator * b._denominator, a._denominator * b._numerator))

    def __rtruediv__(self, other):
        return self._op(other, lambda a, b: a / b, lambda a, b: Fraction(a._numerator * b._denominator, a._denominator * b._numerator), True)

    def __floordiv__(self, other):
        return self._op(other, lambda a, b: a // b, lambda a, b: (a._numerator * b._denominator) // (a._denominator * b._numerator))

    def __rfloordiv__(self, other):
        return self._op(other, lambda a, b: a // b, lambda a, b: (a._numerator * b._denominator) // (a._denominator * b._numerator), True)

    def __mod__(self, other):
        return self._op(other, lambda a, b: a % b, lambda a, b: a - b * (a // b))

    def __rmod__(self, other):
        return self._op(other, lambda a, b: a % b, lambda a, b: a - b * (a // b), True)

    def __divmod__(self, other):
        return (self // other, self % other)

    def __pow__(self, other):
        if isinstance(other, int):
            if other >= 0:
                return Fraction(self._numerator ** other, self._denominator ** other)
            if self._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (self._denominator ** -other))
            return Fraction(self._denominator ** -other, self._numerator ** -other)
        if isinstance(other, Fraction) and other._denominator == 1:
            return self ** other._numerator
        return float(self) ** float(other)

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0:
            return other ** self._numerator
        return other ** float(self)

    def __pos__(self):
        return Fraction(self._numerator, self._denominator)

    def __neg__(self):
        return Fraction(-self._numerator, self._denominator)

    def __abs__(self):
        return Fraction(abs(self._numerator), self._denominator)

    def __int__(self):
        n, d = self._numerator, self._denominator
        return -(-n // d) if n < 0 else n // d

    __trunc__ = __int__

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            fl, rem = divmod(self._numerator, self._denominator)
            if rem * 2 < self._denominator:
                return fl
            if rem * 2 > self._denominator:
                return fl + 1
            return fl if fl % 2 == 0 else fl + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(self):
        return self._numerator / self._denominator

    def __bool__(self):
        return self._numerator != 0

    def __hash__(self):
        if self._denominator == 1:
            return hash(self._numerator)
        f = self._numerator / self._denominator
        if f == int(f) or True:
            return hash(f) if Fraction(f) == self else hash((self._numerator, self._denominator))

    def _cmp(self, other, op):
        o = Fraction._coerce(other)
        if o is not None:
            return op(self._numerator * o._denominator, o._numerator * self._denominator)
        if isinstance(other, float):
            if other != other or other in (float('inf'), float('-inf')):
                return op(0.0, other)
            return op(self, Fraction(other))
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, complex):
            return other.imag == 0 and self == other.real
        return self._cmp(other, lambda a, b: a == b)

    def __lt__(self, other):
        return self._cmp(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._cmp(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._cmp(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._cmp(other, lambda a, b: a >= b)

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self
