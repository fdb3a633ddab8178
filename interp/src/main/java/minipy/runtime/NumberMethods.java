package minipy.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import minipy.runtime.StrMethods.Args;

/**
 * Methods of int (and so bool) and float: bit_length, to_bytes/from_bytes, as_integer_ratio,
 * is_integer, hex/fromhex, and the special methods (__add__, __radd__, __eq__, __round__, ...)
 * so that calls such as {@code int.__add__(1, 2)} or {@code (2.5).__floor__()} work. The
 * operators themselves do not go through these (Arith / Compare have fast paths).
 */
public final class NumberMethods {
    private NumberMethods() {}

    private static boolean installed;

    private static final String[] OPS = {"add", "sub", "mul", "truediv", "floordiv", "mod", "pow",
            "lshift", "rshift", "and", "or", "xor"};
    private static final String[] CMP = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    public static synchronized void install() {
        if (installed) return;
        installed = true;
        installInt();
        installFloat();
    }

    // ---- self accessors -----------------------------------------------------------------------
    private static PyException badSelf(Object[] a, String type, String name) {
        if (a.length == 0) return Py.TypeError("unbound method " + type + "." + name + "() needs an argument");
        return Py.TypeError("descriptor '" + name + "' for '" + type + "' objects doesn't apply to a '" + Ops.typeName(a[0]) + "' object");
    }

    /** self of an int method, bool converted to int. */
    private static Object intSelf(Object[] a, String name) {
        if (a.length > 0 && a[0] instanceof PyBoxed bx) a[0] = bx.value;
        if (a.length > 0 && IntOps.isInt(a[0])) return IntOps.asInt(a[0]);
        throw badSelf(a, "int", name);
    }

    private static double floatSelf(Object[] a, String name) {
        if (a.length > 0 && a[0] instanceof PyBoxed bx) a[0] = bx.value;
        if (a.length > 0 && a[0] instanceof Double d) return d;
        throw badSelf(a, "float", name);
    }

    /** A method without arguments; CPython names them type.method in the error. */
    private static void noArgs(String name, Object[] a, String[] k) {
        String owner = a.length > 0 && a[0] instanceof Double ? "float." : "int.";
        Args.bind(name.startsWith("__") ? name : owner + name, a, k, 0, false);
    }

    private static void oneArg(String name, Object[] a, String[] k) { Args.bind(name, a, k, 1, false, "value"); }

    // =========================================================================================
    // int
    // =========================================================================================
    private static void installInt() {
        PyType t = PyType.INT;
        t.def("bit_length", (a, k) -> {
            noArgs("bit_length", a, k);
            return (long) IntOps.big(intSelf(a, "bit_length")).abs().bitLength();
        });
        t.def("bit_count", (a, k) -> {
            noArgs("bit_count", a, k);
            return (long) IntOps.big(intSelf(a, "bit_count")).abs().bitCount();
        });
        t.def("to_bytes", (a, k) -> {
            Object self = intSelf(a, "to_bytes");
            Object[] p = Args.bind("to_bytes", a, k, 0, true, "length", "byteorder", "signed");
            long length = p[0] == null ? 1 : Ops.asIndex(p[0]);
            boolean little = littleEndian(p[1]);
            boolean signed = p[2] != null && Ops.truthy(p[2]);
            return new PyBytes(toBytes(IntOps.big(self), length, little, signed));
        });
        t.dict.put("from_bytes", new PyWrappers.ClassMethod(new PyBuiltinFunction("from_bytes", (a, k) -> {
            Object[] p = Args.bind("from_bytes", a, k, 1, true, "bytes", "byteorder", "signed");
            byte[] bytes = bytesLike(p[0]);
            boolean little = littleEndian(p[1]);
            boolean signed = p[2] != null && Ops.truthy(p[2]);
            Object v = fromBytes(bytes, little, signed);
            PyType cls = (PyType) a[0];
            if (cls == PyType.INT) return v;
            return Ops.call(cls, v);
        }).immortal()).immortal());
        t.def("as_integer_ratio", (a, k) -> {
            noArgs("as_integer_ratio", a, k);
            return PyTuple.of(intSelf(a, "as_integer_ratio"), 1L);
        });
        t.def("conjugate", (a, k) -> { noArgs("conjugate", a, k); return intSelf(a, "conjugate"); });
        for (String n : new String[] {"__index__", "__int__", "__trunc__", "__floor__", "__ceil__", "__pos__"}) {
            t.def(n, (a, k) -> { noArgs(n, a, k); return intSelf(a, n); });
        }
        t.def("__float__", (a, k) -> { noArgs("__float__", a, k); return IntOps.toDouble(intSelf(a, "__float__")); });
        t.def("__abs__", (a, k) -> { noArgs("__abs__", a, k); return Arith.abs(intSelf(a, "__abs__")); });
        t.def("__neg__", (a, k) -> { noArgs("__neg__", a, k); return IntOps.neg(intSelf(a, "__neg__")); });
        t.def("__invert__", (a, k) -> { noArgs("__invert__", a, k); return IntOps.invert(intSelf(a, "__invert__")); });
        t.def("__bool__", (a, k) -> { noArgs("__bool__", a, k); return IntOps.big(intSelf(a, "__bool__")).signum() != 0; });
        t.def("__hash__", (a, k) -> { noArgs("__hash__", a, k); return IntOps.hash(intSelf(a, "__hash__")); });
        t.def("__repr__", (a, k) -> { noArgs("__repr__", a, k); intSelf(a, "__repr__"); return Ops.repr(a[0]); });
        t.def("__str__", (a, k) -> { noArgs("__str__", a, k); intSelf(a, "__str__"); return Ops.str(a[0]); });
        t.def("__format__", (a, k) -> {
            Args.bind("__format__", a, k, 1, false, "format_spec");
            intSelf(a, "__format__");
            if (!(a[1] instanceof String spec)) throw Py.TypeError("__format__() argument must be str, not " + Ops.typeName(a[1]));
            return Formatter.format(a[0], spec);
        });
        t.def("__round__", (a, k) -> {
            Object[] p = Args.bind("__round__", a, k, 0, false, "ndigits");
            return round(intSelf(a, "__round__"), p[0] == null ? Py.None : p[0]);
        });
        t.def("__getnewargs__", (a, k) -> { noArgs("__getnewargs__", a, k); return PyTuple.of(intSelf(a, "__getnewargs__")); });
        for (int op = 0; op < OPS.length; op++) {
            final int o = op;
            String name = "__" + OPS[op] + "__", rname = "__r" + OPS[op] + "__";
            if (op == Arith.POW) {
                t.def(name, (a, k) -> intPow(a, k, name, false));
                t.def(rname, (a, k) -> intPow(a, k, rname, true));
                continue;
            }
            t.def(name, (a, k) -> {
                oneArg(name, a, k);
                intSelf(a, name);
                return IntOps.isInt(a[1]) ? Arith.binaryBuiltin(a[0], a[1], o) : Py.NotImplemented;
            });
            t.def(rname, (a, k) -> {
                oneArg(rname, a, k);
                intSelf(a, rname);
                return IntOps.isInt(a[1]) ? Arith.binaryBuiltin(a[1], a[0], o) : Py.NotImplemented;
            });
        }
        t.def("__divmod__", (a, k) -> {
            oneArg("__divmod__", a, k);
            intSelf(a, "__divmod__");
            return IntOps.isInt(a[1]) ? Arith.divmod(a[0], a[1]) : Py.NotImplemented;
        });
        t.def("__rdivmod__", (a, k) -> {
            oneArg("__rdivmod__", a, k);
            intSelf(a, "__rdivmod__");
            return IntOps.isInt(a[1]) ? Arith.divmod(a[1], a[0]) : Py.NotImplemented;
        });
        for (int op = 0; op < CMP.length; op++) {
            final int o = op;
            String name = CMP[op];
            t.def(name, (a, k) -> {
                oneArg(name, a, k);
                intSelf(a, name);
                return IntOps.isInt(a[1]) ? Compare.richCompare(a[0], a[1], o) : Py.NotImplemented;
            });
        }
    }

    private static Object intPow(Object[] a, String[] k, String name, boolean reflected) {
        Object[] p = Args.bind(name, a, k, 1, false, "value", "mod");
        Object self = intSelf(a, name);
        if (!IntOps.isInt(p[0])) return Py.NotImplemented;
        Object x = reflected ? IntOps.asInt(p[0]) : self, y = reflected ? self : IntOps.asInt(p[0]);
        if (p[1] != null && p[1] != Py.None) {
            if (!IntOps.isInt(p[1])) return Py.NotImplemented;
            if (IntOps.big(y).signum() < 0) {
                BigInteger m = IntOps.big(p[1]);
                if (m.signum() == 0) throw Py.ValueError("pow() 3rd argument cannot be 0");
                BigInteger inv;
                try {
                    inv = IntOps.big(x).modInverse(m.abs());
                } catch (ArithmeticException e) {
                    throw Py.ValueError("base is not invertible for the given modulus");
                }
                return IntOps.pow3(inv, IntOps.neg(y), p[1]);
            }
            return IntOps.pow3(x, y, p[1]);
        }
        return IntOps.pow(x, y);
    }

    private static boolean littleEndian(Object order) {
        if (order == null) return false;
        if (!(order instanceof String s)) throw Py.TypeError("to_bytes() argument 'byteorder' must be str, not " + Ops.typeName(order));
        if (s.equals("little")) return true;
        if (s.equals("big")) return false;
        throw Py.ValueError("byteorder must be either 'little' or 'big'");
    }

    private static byte[] bytesLike(Object o) {
        if (o instanceof PyBytes b) return b.bytes;
        if (o instanceof String) throw Py.TypeError("cannot convert 'str' object to bytes");
        Object[] items = Iter.toArray(o);
        byte[] r = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            long v = Ops.asIndex(items[i]);
            if (v < 0 || v > 255) throw Py.ValueError("bytes must be in range(0, 256)");
            r[i] = (byte) v;
        }
        return r;
    }

    static byte[] toBytes(BigInteger v, long length, boolean little, boolean signed) {
        if (length < 0) throw Py.ValueError("length argument must be non-negative");
        if (!signed && v.signum() < 0) throw Py.OverflowError("can't convert negative int to unsigned");
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (v.signum() == 0) bits = 0;
        if (bits > length * 8) throw Py.OverflowError("int too big to convert");
        byte[] r = new byte[(int) length];
        byte[] twos = v.toByteArray();   // big-endian two's complement, minimal
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < r.length; i++) {
            int src = twos.length - 1 - i;
            byte b = src >= 0 ? twos[src] : fill;
            r[little ? i : r.length - 1 - i] = b;
        }
        return r;
    }

    static Object fromBytes(byte[] bytes, boolean little, boolean signed) {
        byte[] be = new byte[bytes.length + 1];   // leading zero byte: unsigned magnitude
        for (int i = 0; i < bytes.length; i++) be[i + 1] = bytes[little ? bytes.length - 1 - i : i];
        BigInteger v = new BigInteger(be);
        if (signed && bytes.length > 0 && be[1] < 0) v = v.subtract(BigInteger.ONE.shiftLeft(bytes.length * 8));
        return IntOps.norm(v);
    }

    // =========================================================================================
    // float
    // =========================================================================================
    private static boolean isNumber(Object o) { return o instanceof Double || IntOps.isInt(o); }

    private static void installFloat() {
        PyType t = PyType.FLOAT;
        t.def("is_integer", (a, k) -> {
            noArgs("is_integer", a, k);
            double d = floatSelf(a, "is_integer");
            return !Double.isInfinite(d) && d == Math.floor(d);
        });
        t.def("as_integer_ratio", (a, k) -> {
            noArgs("as_integer_ratio", a, k);
            return integerRatio(floatSelf(a, "as_integer_ratio"));
        });
        t.def("conjugate", (a, k) -> { noArgs("conjugate", a, k); return floatSelf(a, "conjugate"); });
        t.def("hex", (a, k) -> { noArgs("hex", a, k); return floatHex(floatSelf(a, "hex")); });
        t.dict.put("fromhex", new PyWrappers.ClassMethod(new PyBuiltinFunction("fromhex", (a, k) -> {
            Args.bind("fromhex", a, k, 1, false, "string");
            if (!(a[1] instanceof String s)) throw Py.TypeError("fromhex() argument must be str, not " + Ops.typeName(a[1]));
            double v = fromHex(s);
            PyType cls = (PyType) a[0];
            return cls == PyType.FLOAT ? (Object) v : Ops.call(cls, v);
        }).immortal()).immortal());
        t.def("__float__", (a, k) -> { noArgs("__float__", a, k); return floatSelf(a, "__float__"); });
        t.def("__pos__", (a, k) -> { noArgs("__pos__", a, k); return floatSelf(a, "__pos__"); });
        t.def("__neg__", (a, k) -> { noArgs("__neg__", a, k); return -floatSelf(a, "__neg__"); });
        t.def("__abs__", (a, k) -> { noArgs("__abs__", a, k); return Math.abs(floatSelf(a, "__abs__")); });
        t.def("__bool__", (a, k) -> { noArgs("__bool__", a, k); return floatSelf(a, "__bool__") != 0.0; });
        t.def("__hash__", (a, k) -> { noArgs("__hash__", a, k); return Ops.floatHash(floatSelf(a, "__hash__")); });
        t.def("__int__", (a, k) -> { noArgs("__int__", a, k); return Formatter.floatToInt(floatSelf(a, "__int__")); });
        t.def("__trunc__", (a, k) -> { noArgs("__trunc__", a, k); return Formatter.floatToInt(floatSelf(a, "__trunc__")); });
        t.def("__floor__", (a, k) -> { noArgs("__floor__", a, k); return Formatter.floatToInt(Math.floor(floatSelf(a, "__floor__"))); });
        t.def("__ceil__", (a, k) -> { noArgs("__ceil__", a, k); return Formatter.floatToInt(Math.ceil(floatSelf(a, "__ceil__"))); });
        t.def("__repr__", (a, k) -> { noArgs("__repr__", a, k); return Formatter.floatRepr(floatSelf(a, "__repr__")); });
        t.def("__str__", (a, k) -> { noArgs("__str__", a, k); return Formatter.floatRepr(floatSelf(a, "__str__")); });
        t.def("__format__", (a, k) -> {
            Args.bind("__format__", a, k, 1, false, "format_spec");
            floatSelf(a, "__format__");
            if (!(a[1] instanceof String spec)) throw Py.TypeError("__format__() argument must be str, not " + Ops.typeName(a[1]));
            return Formatter.format(a[0], spec);
        });
        t.def("__round__", (a, k) -> {
            Object[] p = Args.bind("__round__", a, k, 0, false, "ndigits");
            return round(floatSelf(a, "__round__"), p[0] == null ? Py.None : p[0]);
        });
        t.def("__getnewargs__", (a, k) -> { noArgs("__getnewargs__", a, k); return PyTuple.of(floatSelf(a, "__getnewargs__")); });
        for (int op = 0; op <= Arith.POW; op++) {
            final int o = op;
            String name = "__" + OPS[op] + "__", rname = "__r" + OPS[op] + "__";
            int nargs = op == Arith.POW ? 2 : 1;
            t.def(name, (a, k) -> {
                Object[] p = Args.bind(name, a, k, 1, false, nargs == 2 ? new String[] {"value", "mod"} : new String[] {"value"});
                double x = floatSelf(a, name);
                if (nargs == 2 && p[1] != null && p[1] != Py.None) throw Py.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
                return isNumber(p[0]) ? Arith.floatOp(x, IntOps.toDouble(p[0]), o) : Py.NotImplemented;
            });
            t.def(rname, (a, k) -> {
                Object[] p = Args.bind(rname, a, k, 1, false, nargs == 2 ? new String[] {"value", "mod"} : new String[] {"value"});
                double x = floatSelf(a, rname);
                if (nargs == 2 && p[1] != null && p[1] != Py.None) throw Py.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
                return isNumber(p[0]) ? Arith.floatOp(IntOps.toDouble(p[0]), x, o) : Py.NotImplemented;
            });
        }
        t.def("__divmod__", (a, k) -> {
            oneArg("__divmod__", a, k);
            floatSelf(a, "__divmod__");
            return isNumber(a[1]) ? Arith.divmod(a[0], a[1]) : Py.NotImplemented;
        });
        t.def("__rdivmod__", (a, k) -> {
            oneArg("__rdivmod__", a, k);
            floatSelf(a, "__rdivmod__");
            return isNumber(a[1]) ? Arith.divmod(a[1], a[0]) : Py.NotImplemented;
        });
        for (int op = 0; op < CMP.length; op++) {
            final int o = op;
            String name = CMP[op];
            t.def(name, (a, k) -> {
                oneArg(name, a, k);
                floatSelf(a, name);
                return isNumber(a[1]) ? Compare.richCompare(a[0], a[1], o) : Py.NotImplemented;
            });
        }
    }

    static PyTuple integerRatio(double d) {
        if (Double.isInfinite(d)) throw Py.OverflowError("cannot convert Infinity to integer ratio");
        if (Double.isNaN(d)) throw Py.ValueError("cannot convert NaN to integer ratio");
        if (d == 0) return PyTuple.of(0L, 1L);
        long bits = Double.doubleToRawLongBits(d);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        if (exp == 0) exp = 1; else mant |= 1L << 52;
        exp -= 1075;   // d = mant * 2**exp
        int tz = Long.numberOfTrailingZeros(mant);
        mant >>= tz;
        exp += tz;
        BigInteger num = BigInteger.valueOf(d < 0 ? -mant : mant), den = BigInteger.ONE;
        if (exp > 0) num = num.shiftLeft(exp);
        else den = den.shiftLeft(-exp);
        return PyTuple.of(IntOps.norm(num), IntOps.norm(den));
    }

    /** float.hex(): CPython's format, e.g. 0x1.8000000000000p+0. */
    static String floatHex(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        long bits = Double.doubleToRawLongBits(d);
        String sign = bits < 0 ? "-" : "";
        if (d == 0) return sign + "0x0.0p+0";
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        String lead;
        int e;
        if (exp == 0) { lead = "0"; e = -1022; } else { lead = "1"; e = exp - 1023; }
        String digits = String.format("%013x", mant);
        return sign + "0x" + lead + "." + digits + "p" + (e >= 0 ? "+" : "") + e;
    }

    static double fromHex(String text) {
        String s = text.strip();
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        String body = lower;
        boolean neg = false;
        if (body.startsWith("-") || body.startsWith("+")) { neg = body.charAt(0) == '-'; body = body.substring(1); }
        if (body.equals("inf") || body.equals("infinity")) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (body.equals("nan")) return Double.NaN;
        if (body.startsWith("0x")) body = body.substring(2);
        String mantissa = body, exponent = "0";
        int p = body.indexOf('p');
        if (p >= 0) { mantissa = body.substring(0, p); exponent = body.substring(p + 1); }
        if (!mantissa.matches("[0-9a-f]*(\\.[0-9a-f]*)?") || mantissa.replace(".", "").isEmpty()
                || !exponent.matches("[+-]?[0-9]+")) {
            throw Py.ValueError("invalid hexadecimal floating-point string");
        }
        if (mantissa.startsWith(".")) mantissa = "0" + mantissa;
        double v;
        try {
            v = Double.parseDouble("0x" + mantissa + "p" + exponent);
        } catch (NumberFormatException e) {
            throw Py.ValueError("invalid hexadecimal floating-point string");
        }
        if (Double.isInfinite(v)) throw Py.OverflowError("hexadecimal value too large to represent as a float");
        return neg ? -v : v;
    }

    /** round(x[, ndigits]) for int and float (banker's rounding, correctly rounded like CPython). */
    public static Object round(Object x, Object nd) {
        if (IntOps.isInt(x)) {
            if (nd == Py.None || Ops.asIndex(nd) >= 0) return IntOps.asInt(x);
            long d = Ops.asIndex(nd);
            if (d < -4000) return 0L;
            BigDecimal v = new BigDecimal(IntOps.big(x)).setScale((int) d, RoundingMode.HALF_EVEN);
            return IntOps.norm(v.toBigInteger());
        }
        double v = (Double) x;
        if (nd == Py.None) {
            if (Double.isNaN(v)) throw Py.ValueError("cannot convert float NaN to integer");
            if (Double.isInfinite(v)) throw Py.OverflowError("cannot convert float infinity to integer");
            return IntOps.norm(new BigDecimal(v).setScale(0, RoundingMode.HALF_EVEN).toBigInteger());
        }
        if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) return v;
        long d = Ops.asIndex(nd);
        if (d > 323) return v;
        if (d < -308) return Math.copySign(0.0, v);
        return new BigDecimal(v).setScale((int) d, RoundingMode.HALF_EVEN).doubleValue();
    }
}
