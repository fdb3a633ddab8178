# statistics: mean, fmean, median (low/high/grouped), mode, multimode,
# stdev/variance (sample and population), quantiles, geometric/harmonic mean.
import math as _math
from collections import Counter as _Counter


class StatisticsError(ValueError):
    pass


def _exact_ratio(x):
    if isinstance(x, int):
        return x, 1
    if isinstance(x, float):
        return x.as_integer_ratio()
    try:
        return x.numerator, x.denominator
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


def _sum_exact(data):
    # the exact sum as a fraction, and whether any float was seen
    num, den = 0, 1
    has_float = False
    n = 0
    for x in data:
        n += 1
        if isinstance(x, float):
            has_float = True
        p, q = _exact_ratio(x)
        num, den = num * q + p * den, den * q
        g = _math.gcd(num, den)
        if g > 1:
            num //= g
            den //= g
    return num, den, has_float, n


def _convert(num, den, has_float):
    if has_float:
        return num / den
    if den == 1:
        return num
    return num / den


def mean(data):
    data = list(data)
    if not data:
        raise StatisticsError('mean requires at least one data point')
    num, den, has_float, n = _sum_exact(data)
    den *= n
    if not has_float and num % den == 0:
        return num // den
    return num / den


def fmean(data, weights=None):
    data = list(data)
    if not data:
        raise StatisticsError('fmean requires at least one data point')
    if weights is None:
        return _math.fsum(data) / len(data)
    weights = list(weights)
    return _math.fsum(x * w for x, w in zip(data, weights)) / _math.fsum(weights)


def geometric_mean(data):
    data = list(data)
    if not data:
        raise StatisticsError('geometric_mean requires a non-empty dataset containing positive numbers')
    return _math.exp(fmean([_math.log(x) for x in data]))


def harmonic_mean(data, weights=None):
    data = list(data)
    if not data:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if any(x < 0 for x in data):
        raise StatisticsError('harmonic mean does not support negative values')
    if any(x == 0 for x in data):
        return 0
    if weights is None:
        weights = [1] * len(data)
    # exact: sum(w) / sum(w / x)
    tn, td = 0, 1
    for x, w in zip(data, weights):
        p, q = _exact_ratio(x)
        wp, wq = _exact_ratio(w)
        n2, d2 = wp * q, wq * p
        tn, td = tn * d2 + n2 * td, td * d2
    wn, wd, _, _ = _sum_exact(weights)
    return (wn * td) / (wd * tn)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n == 1:
        return data[0]
    x = data[n // 2]
    L = x - interval / 2
    cf = data.index(x)
    f = data.count(x)
    return L + interval * (n / 2 - cf) / f


def mode(data):
    pairs = _Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    counts = _Counter(iter(data)).most_common()
    if not counts:
        return []
    maxcount = counts[0][1]
    return [v for v, c in counts if c == maxcount]


def _ss(data, c=None):
    if c is None:
        c = mean(data)
    total = 0
    for x in data:
        d = x - c
        total += d * d
    return total


def variance(data, xbar=None):
    data = list(data)
    n = len(data)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    num, den, has_float, _ = _sum_exact(data)
    # exact: sum((x - m)^2) / (n - 1) with m = num / (den * n)
    mnum, mden = num, den * n
    snum, sden = 0, 1
    for x in data:
        p, q = _exact_ratio(x)
        dn, dd = p * mden - mnum * q, q * mden
        snum, sden = snum * dd * dd + dn * dn * sden, sden * dd * dd
        g = _math.gcd(snum, sden)
        if g > 1:
            snum //= g
            sden //= g
    sden *= (n - 1)
    if not has_float and snum % sden == 0:
        return snum // sden
    return snum / sden


def pvariance(data, mu=None):
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    num, den, has_float, _ = _sum_exact(data)
    mnum, mden = num, den * n
    snum, sden = 0, 1
    for x in data:
        p, q = _exact_ratio(x)
        dn, dd = p * mden - mnum * q, q * mden
        snum, sden = snum * dd * dd + dn * dn * sden, sden * dd * dd
        g = _math.gcd(snum, sden)
        if g > 1:
            snum //= g
            sden //= g
    sden *= n
    if not has_float and snum % sden == 0:
        return snum // sden
    return snum / sden


def stdev(data, xbar=None):
    v = variance(data, xbar)
    return _math.sqrt(v)


def pstdev(data, mu=None):
    v = pvariance(data, mu)
    return _math.sqrt(v)


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    m = ld + 1
    result = []
    for i in range(1, n):
        j = i * m // n
        j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
        delta = i * m - j * n
        interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
        result.append(interpolated)
    return result


def correlation(x, y):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar = fmean(x)
    ybar = fmean(y)
    sxy = _math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = _math.fsum((d := xi - xbar) * d for xi in x)
    syy = _math.fsum((d := yi - ybar) * d for yi in y)
    try:
        return sxy / _math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


def covariance(x, y):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = fmean(x)
    ybar = fmean(y)
    sxy = _math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def linear_regression(x, y, /, *, proportional=False):
    n = len(x)
    xbar = fmean(x)
    ybar = fmean(y)
    sxy = _math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = _math.fsum((xi - xbar) ** 2.0 for xi in x)
    slope = sxy / sxx
    intercept = ybar - slope * xbar
    from collections import namedtuple
    LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))
    return LinearRegression(slope=slope, intercept=intercept)
