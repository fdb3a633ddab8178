package minipy.runtime;

import java.math.BigInteger;

/** Rich comparison (CPython's PyObject_RichCompare) with fast paths for builtin values. */
public final class Compare {
    private Compare() {}

    public static final int LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;
    private static final String[] DUNDER = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    private static final String[] SYMBOL = {"<", "<=", "==", "!=", ">", ">="};
    private static final int[] SWAPPED = {GT, GE, EQ, NE, LT, LE};

    private static Boolean fromCmp(int c, int op) {
        switch (op) {
            case LT: return c < 0;
            case LE: return c <= 0;
            case EQ: return c == 0;
            case NE: return c != 0;
            case GT: return c > 0;
            default: return c >= 0;
        }
    }

    private static boolean isNum(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger;
    }

    public static Object richCompare(Object a, Object b, int op) {
        if (a instanceof Long x && b instanceof Long y) return fromCmp(Long.compare(x, y), op);
        if (isNum(a) && isNum(b)) return numCompare(a, b, op);
        if (a instanceof String x && b instanceof String y) return fromCmp(x.compareTo(y), op);
        PyType ta = Ops.typeOf(a), tb = Ops.typeOf(b);
        boolean reflectedFirst = ta != tb && tb.isSubtypeOf(ta) && tb.heap;
        if (reflectedFirst) {
            Object r = trySpecial(b, a, SWAPPED[op]);
            if (r != Py.NotImplemented) return r;
        }
        Object r = trySpecial(a, b, op);
        if (r != Py.NotImplemented) return r;
        if (!reflectedFirst) {
            r = trySpecial(b, a, SWAPPED[op]);
            if (r != Py.NotImplemented) return r;
        }
        if (a instanceof PyBoxed || b instanceof PyBoxed) return richCompare(PyBoxed.unbox(a), PyBoxed.unbox(b), op);
        if (op == EQ) return a == b;
        if (op == NE) return a != b;
        throw Py.TypeError("'" + SYMBOL[op] + "' not supported between instances of '" + ta.name + "' and '" + tb.name + "'");
    }

    private static Object trySpecial(Object a, Object b, int op) {
        PyType t = Ops.typeOf(a);
        if (t.heap) {
            Object f = t.lookup(DUNDER[op]);
            if (f != null && !(f instanceof PyBuiltinFunction)) return Ops.callMethod(f, a, b);
            if (op == NE) {
                Object eq = t.lookup("__eq__");
                if (eq != null && !(eq instanceof PyBuiltinFunction)) {
                    Object r = Ops.callMethod(eq, a, b);
                    return r == Py.NotImplemented ? r : (Object) !Ops.truthy(r);
                }
            }
        }
        return builtinCompare(a, b, op);
    }

    /** Comparison of builtin types (containers etc.); NotImplemented when not applicable. */
    static Object builtinCompare(Object a, Object b, int op) {
        if (a instanceof PyDictView || b instanceof PyDictView) return PyDictView.compare(a, b, op);
        if (a instanceof PyList x && b instanceof PyList y) return seqCompare(x.toArray(), y.toArray(), op);
        if (a instanceof PyTuple x && b instanceof PyTuple y) return seqCompare(x.items, y.items, op);
        if (a instanceof PyDict x && b instanceof PyDict y) {
            if (op != EQ && op != NE) return Py.NotImplemented;
            return dictEq(x, y) == (op == EQ);
        }
        if (a instanceof PySet x && b instanceof PySet y) return x.compare(y, op);
        if (a instanceof PyWeakref x && b instanceof PyWeakref y) return x.compare(y, op);
        if (a instanceof PyBytes x && b instanceof PyBytes y) return fromCmp(java.util.Arrays.compareUnsigned(x.bytes, y.bytes), op);
        if (a instanceof PyRange x && b instanceof PyRange y && (op == EQ || op == NE)) return x.sameAs(y) == (op == EQ);
        if (a instanceof PySlice x && b instanceof PySlice y) {
            return seqCompare(new Object[] {x.start, x.stop, x.step}, new Object[] {y.start, y.stop, y.step}, op);
        }
        return Py.NotImplemented;
    }

    private static boolean dictEq(PyDict x, PyDict y) {
        if (x.size() != y.size()) return false;
        for (int i = 0; i < x.positions(); i++) {
            Object k = x.keyAt(i);
            if (k == null) continue;
            Object v = y.get(k);
            if (v == null || !Ops.eq(x.valueAt(i), v)) return false;
        }
        return true;
    }

    static Object seqCompare(Object[] x, Object[] y, int op) {
        int n = Math.min(x.length, y.length);
        int i = 0;
        for (; i < n; i++) {
            if (!Ops.eq(x[i], y[i])) break;
        }
        if (i >= n) return fromCmp(Integer.compare(x.length, y.length), op);
        if (op == EQ) return false;
        if (op == NE) return true;
        return richCompare(x[i], y[i], op);
    }

    static Object numCompare(Object a, Object b, int op) {
        if (a instanceof Double || b instanceof Double) {
            double x = toD(a), y = toD(b);
            if (Double.isNaN(x) || Double.isNaN(y)) return op == NE;
            if (a instanceof BigInteger || b instanceof BigInteger) {
                if (!Double.isInfinite(x) && !Double.isInfinite(y)) {
                    java.math.BigDecimal bx = bd(a), by = bd(b);
                    return fromCmp(bx.compareTo(by), op);
                }
            }
            return fromCmp(Double.compare(x == 0.0 ? 0.0 : x, y == 0.0 ? 0.0 : y), op);
        }
        return fromCmp(IntOps.compare(a, b), op);
    }

    private static double toD(Object o) {
        if (o instanceof BigInteger b) return b.doubleValue();
        return IntOps.toDouble(o);
    }

    private static java.math.BigDecimal bd(Object o) {
        if (o instanceof Double d) return new java.math.BigDecimal(d);
        return new java.math.BigDecimal(IntOps.big(o));
    }

    /** a < b as a Java boolean (for sorting, min/max). */
    public static boolean lt(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x < y;
        return Ops.truthy(richCompare(a, b, LT));
    }
}
