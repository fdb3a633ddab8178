"""cmath: the basics (phase, polar, rect, sqrt, exp, log, isclose, constants)."""

import math as _math

pi = _math.pi
e = _math.e
tau = _math.tau
inf = _math.inf
nan = _math.nan
infj = complex(0.0, _math.inf)
nanj = complex(0.0, _math.nan)


def _c(z):
    if isinstance(z, complex):
        return z
    if isinstance(z, (int, float)):
        return complex(z, 0.0)
    if hasattr(type(z), '__complex__'):
        return z.__complex__()
    if hasattr(type(z), '__float__'):
        return complex(float(z), 0.0)
    raise TypeError("must be real number, not %s" % type(z).__name__)


def phase(z):
    z = _c(z)
    return _math.atan2(z.imag, z.real)


def polar(z):
    z = _c(z)
    return abs(z), phase(z)


def rect(r, phi):
    return complex(r * _math.cos(phi), r * _math.sin(phi))


def sqrt(z):
    z = _c(z)
    a, b = z.real, z.imag
    if a == 0 and b == 0:
        return complex(0.0, b)
    s = _math.sqrt((abs(a) + _math.hypot(a, b)) / 2)
    if a >= 0:
        return complex(s, b / (2 * s))
    return complex(abs(b) / (2 * s), _math.copysign(s, b))


def exp(z):
    z = _c(z)
    m = _math.exp(z.real)
    return complex(m * _math.cos(z.imag), m * _math.sin(z.imag))


def log(z, base=None):
    z = _c(z)
    if z.real == 0 and z.imag == 0:
        raise ValueError("math domain error")
    r = complex(_math.log(abs(z)), phase(z))
    if base is not None:
        return r / log(base)
    return r


def log10(z):
    return log(z) / _math.log(10)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a, b = _c(a), _c(b)
    if a == b:
        return True
    diff = abs(a - b)
    return diff <= abs(rel_tol * b) or diff <= abs(rel_tol * a) or diff <= abs_tol


def isfinite(z):
    z = _c(z)
    return _math.isfinite(z.real) and _math.isfinite(z.imag)


def isinf(z):
    z = _c(z)
    return _math.isinf(z.real) or _math.isinf(z.imag)


def isnan(z):
    z = _c(z)
    return _math.isnan(z.real) or _math.isnan(z.imag)


def sin(z):
    z = _c(z)
    return complex(_math.sin(z.real) * _math.cosh(z.imag), _math.cos(z.real) * _math.sinh(z.imag))


def cos(z):
    z = _c(z)
    return complex(_math.cos(z.real) * _math.cosh(z.imag), -_math.sin(z.real) * _math.sinh(z.imag))
