package minipy.runtime;

import java.math.BigInteger;

/**
 * int arithmetic: a 64-bit fast path (Long) that overflows into BigInteger, and results
 * normalised back to Long whenever they fit. bool participates as 0/1.
 */
public final class IntOps {
    private IntOps() {}

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    public static boolean isInt(Object o) { return o instanceof Long || o instanceof BigInteger || o instanceof Boolean; }

    public static Object norm(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    public static BigInteger big(Object o) {
        if (o instanceof Long l) return BigInteger.valueOf(l);
        if (o instanceof BigInteger b) return b;
        if (o instanceof Boolean b) return b ? BigInteger.ONE : BigInteger.ZERO;
        throw new IllegalArgumentException();
    }

    /** Converts a bool to a Long; other ints unchanged. */
    public static Object asInt(Object o) {
        if (o instanceof Boolean b) return b ? 1L : 0L;
        return o;
    }

    public static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) return big(a).add(big(b));
            return r;
        }
        return norm(big(a).add(big(b)));
    }

    public static Object sub(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x - y;
            if (((x ^ y) & (x ^ r)) < 0) return big(a).subtract(big(b));
            return r;
        }
        return norm(big(a).subtract(big(b)));
    }

    public static Object mul(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long hi = Math.multiplyHigh(x, y), lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return lo;
            return big(a).multiply(big(b));
        }
        return norm(big(a).multiply(big(b)));
    }

    public static Object floordiv(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            if (y == 0) throw Py.ZeroDivisionError("integer division or modulo by zero");
            if (x == Long.MIN_VALUE && y == -1) return big(a).negate();
            return Math.floorDiv(x, y);
        }
        BigInteger y = big(b);
        if (y.signum() == 0) throw Py.ZeroDivisionError("integer division or modulo by zero");
        BigInteger[] qr = big(a).divideAndRemainder(y);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) q = q.subtract(BigInteger.ONE);
        return norm(q);
    }

    public static Object mod(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            if (y == 0) throw Py.ZeroDivisionError("integer modulo by zero");
            if (y == -1) return 0L;
            return Math.floorMod(x, y);
        }
        BigInteger y = big(b);
        if (y.signum() == 0) throw Py.ZeroDivisionError("integer modulo by zero");
        BigInteger r = big(a).mod(y.abs());
        if (y.signum() < 0 && r.signum() != 0) r = r.add(y);
        return norm(r);
    }

    public static Object truediv(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            if (y == 0) throw Py.ZeroDivisionError("division by zero");
            if (Math.abs(x) < (1L << 53) && Math.abs(y) < (1L << 53)) return (double) x / (double) y;
        }
        BigInteger x = big(a), y = big(b);
        if (y.signum() == 0) throw Py.ZeroDivisionError("division by zero");
        return new java.math.BigDecimal(x).divide(new java.math.BigDecimal(y), java.math.MathContext.DECIMAL64).doubleValue();
    }

    public static Object pow(Object a, Object b) {
        BigInteger e = big(b);
        if (e.signum() < 0) {
            double base = toDouble(a);
            if (base == 0) throw Py.ZeroDivisionError("0.0 cannot be raised to a negative power");
            return Math.pow(base, e.doubleValue());
        }
        if (a instanceof Long x && b instanceof Long y) {
            long r = 1, base = x, n = y;
            boolean overflow = false;
            while (n > 0) {
                if ((n & 1) != 0) {
                    long hi = Math.multiplyHigh(r, base), lo = r * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) { overflow = true; break; }
                    r = lo;
                }
                n >>= 1;
                if (n > 0) {
                    long hi = Math.multiplyHigh(base, base), lo = base * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) { overflow = true; break; }
                    base = lo;
                }
            }
            if (!overflow) return r;
        }
        if (e.bitLength() > 31) throw Py.OverflowError("exponent too large");
        return norm(big(a).pow(e.intValue()));
    }

    public static Object pow3(Object a, Object b, Object m) {
        BigInteger mod = big(m);
        if (mod.signum() == 0) throw Py.ValueError("pow() 3rd argument cannot be 0");
        BigInteger r = big(a).modPow(big(b), mod.abs());
        if (mod.signum() < 0 && r.signum() != 0) r = r.add(mod);
        return norm(r);
    }

    public static Object lshift(Object a, Object b) {
        BigInteger n = big(b);
        if (n.signum() < 0) throw Py.ValueError("negative shift count");
        if (a instanceof Long x && n.intValue() < 63) {
            int s = n.intValue();
            long r = x << s;
            if ((r >> s) == x) return r;
        }
        return norm(big(a).shiftLeft(n.intValueExact()));
    }

    public static Object rshift(Object a, Object b) {
        BigInteger n = big(b);
        if (n.signum() < 0) throw Py.ValueError("negative shift count");
        if (a instanceof Long x) return n.bitLength() > 6 ? (x < 0 ? -1L : 0L) : x >> Math.min(63, n.intValue());
        return norm(big(a).shiftRight(n.bitLength() > 31 ? Integer.MAX_VALUE : n.intValue()));
    }

    public static Object and(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x & y;
        return norm(big(a).and(big(b)));
    }

    public static Object or(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x | y;
        return norm(big(a).or(big(b)));
    }

    public static Object xor(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x ^ y;
        return norm(big(a).xor(big(b)));
    }

    public static Object neg(Object a) {
        if (a instanceof Long x) return x == Long.MIN_VALUE ? big(a).negate() : (Object) (-x);
        return norm(big(a).negate());
    }

    public static Object invert(Object a) {
        if (a instanceof Long x) return ~x;
        return norm(big(a).not());
    }

    public static int compare(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return Long.compare(x, y);
        return big(a).compareTo(big(b));
    }

    public static double toDouble(Object o) {
        if (o instanceof Long l) return l;
        if (o instanceof Double d) return d;
        if (o instanceof Boolean b) return b ? 1 : 0;
        if (o instanceof BigInteger b) {
            double d = b.doubleValue();
            if (Double.isInfinite(d)) throw Py.OverflowError("int too large to convert to float");
            return d;
        }
        throw new IllegalArgumentException();
    }

    /** Python's hash for ints: the value modulo 2**61 - 1, with -1 mapped to -2. */
    public static long hash(Object o) {
        if (o instanceof Long l) {
            long v = l;
            if (v > -(1L << 61) + 1 && v < (1L << 61) - 1) return v == -1 ? -2 : v;
        }
        BigInteger p = BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE);
        BigInteger b = big(o);
        long r = b.abs().mod(p).longValue();
        if (b.signum() < 0) r = -r;
        return r == -1 ? -2 : r;
    }

    public static long toLongExact(Object o, String what) {
        if (o instanceof Long l) return l;
        if (o instanceof Boolean b) return b ? 1 : 0;
        if (o instanceof BigInteger b) {
            if (b.bitLength() < 64) return b.longValue();
            throw Py.OverflowError("Python int too large to convert to C " + what);
        }
        throw new IllegalArgumentException();
    }

    public static boolean fitsLong(BigInteger b) { return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0; }
}
