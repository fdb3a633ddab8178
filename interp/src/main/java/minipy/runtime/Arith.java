package minipy.runtime;

import java.math.BigInteger;

/** Binary and unary operators (CPython's binary_op1 / PyNumber_*), with builtin fast paths. */
public final class Arith {
    private Arith() {}

    public static final int ADD = 0, SUB = 1, MUL = 2, TRUEDIV = 3, FLOORDIV = 4, MOD = 5, POW = 6,
            LSHIFT = 7, RSHIFT = 8, AND = 9, OR = 10, XOR = 11, MATMUL = 12;
    /** Added to an operator number for the in-place form (+=). */
    public static final int INPLACE = 16;

    public static final String[] SYMBOLS = {"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"};
    private static final String[] NAMES = {"add", "sub", "mul", "truediv", "floordiv", "mod", "pow",
            "lshift", "rshift", "and", "or", "xor", "matmul"};
    private static final String[] DUNDER = new String[13], RDUNDER = new String[13], IDUNDER = new String[13];
    static {
        for (int i = 0; i < 13; i++) {
            DUNDER[i] = "__" + NAMES[i] + "__";
            RDUNDER[i] = "__r" + NAMES[i] + "__";
            IDUNDER[i] = "__i" + NAMES[i] + "__";
        }
    }

    public static int opIndex(String sym) {
        for (int i = 0; i < SYMBOLS.length; i++) if (SYMBOLS[i].equals(sym)) return i;
        throw new IllegalArgumentException(sym);
    }

    public static Object binary(Object a, Object b, int op) {
        if (op >= INPLACE) return inplace(a, b, op - INPLACE);
        Object r = binaryBuiltin(a, b, op);
        if (r != null) return r;
        r = binaryUser(a, b, op);
        if (r != Py.NotImplemented) return r;
        throw sequenceError(a, b, op, SYMBOLS[op]);
    }

    /** divmod(a, b): builtin numbers with CPython's messages, else __divmod__ / __rdivmod__. */
    public static Object divmod(Object a, Object b) {
        if (a instanceof PyBoxed && !PyBoxed.userDefines(Ops.typeOf(a), "__divmod__")
                || b instanceof PyBoxed && !PyBoxed.userDefines(Ops.typeOf(b), "__rdivmod__")) {
            if (!(a instanceof PyBoxed ba && PyBoxed.userDefines(ba.cls, "__divmod__"))) return divmod(PyBoxed.unbox(a), PyBoxed.unbox(b));
        }
        if (IntOps.isInt(a) && IntOps.isInt(b)) {
            Object x = IntOps.asInt(a), y = IntOps.asInt(b);
            if (IntOps.big(y).signum() == 0) throw Py.ZeroDivisionError("integer division or modulo by zero");
            return PyTuple.of(IntOps.floordiv(x, y), IntOps.mod(x, y));
        }
        if ((a instanceof Double || IntOps.isInt(a)) && (b instanceof Double || IntOps.isInt(b))) {
            double x = IntOps.toDouble(a), y = IntOps.toDouble(b);
            if (y == 0) throw Py.ZeroDivisionError("float divmod()");
            return PyTuple.of(floorDiv(x, y), floatMod(x, y));
        }
        PyType ta = Ops.typeOf(a), tb = Ops.typeOf(b);
        Object fa = ta.lookup("__divmod__");
        Object fb = ta == tb ? null : tb.lookup("__rdivmod__");
        if (fb != null && tb.isSubtypeOf(ta) && tb.heap && !(fb instanceof PyBuiltinFunction)) {
            Object r = Ops.callMethod(fb, b, a);
            if (r != Py.NotImplemented) return r;
            fb = null;
        }
        if (fa != null && !(fa instanceof PyBuiltinFunction)) {
            Object r = Ops.callMethod(fa, a, b);
            if (r != Py.NotImplemented) return r;
        }
        if (fb != null && !(fb instanceof PyBuiltinFunction)) {
            Object r = Ops.callMethod(fb, b, a);
            if (r != Py.NotImplemented) return r;
        }
        throw Py.TypeError("unsupported operand type(s) for divmod(): '" + ta.name + "' and '" + tb.name + "'");
    }

    /**
     * The error for an operator no operand supports: CPython's sequence fallbacks (sq_concat,
     * sq_repeat) give their own messages for str/list/tuple/bytes operands.
     */
    static PyException sequenceError(Object a, Object b, int op, String sym) {
        if (op == ADD) {
            if (a instanceof String || a instanceof PyList || a instanceof PyTuple) {
                String n = Ops.typeName(a);
                return Py.TypeError("can only concatenate " + n + " (not \"" + Ops.typeName(b) + "\") to " + n);
            }
            if (a instanceof PyBytes) return Py.TypeError("can't concat " + Ops.typeName(b) + " to " + Ops.typeName(a));
        } else if (op == MUL) {
            if (isSequence(a) && !isIndexable(b)) return Py.TypeError("can't multiply sequence by non-int of type '" + Ops.typeName(b) + "'");
            if (isSequence(b) && !isIndexable(a)) return Py.TypeError("can't multiply sequence by non-int of type '" + Ops.typeName(a) + "'");
        }
        return unsupported(a, b, sym);
    }

    private static boolean isSequence(Object o) {
        return o instanceof String || o instanceof PyList || o instanceof PyTuple || o instanceof PyBytes;
    }

    private static boolean isIndexable(Object o) {
        return IntOps.isInt(o) || o instanceof PyInstance && Ops.typeOf(o).lookup("__index__") != null;
    }

    static PyException unsupported(Object a, Object b, String sym) {
        if (sym.equals("**")) {
            return Py.TypeError("unsupported operand type(s) for ** or pow(): '" + Ops.typeName(a) + "' and '" + Ops.typeName(b) + "'");
        }
        return Py.TypeError("unsupported operand type(s) for " + sym + ": '" + Ops.typeName(a) + "' and '" + Ops.typeName(b) + "'");
    }

    private static Object inplace(Object a, Object b, int op) {
        if (a instanceof PyList l && op == ADD && (l.type == null)) {
            Object[] items = Iter.toArray(b);
            l.extend(items, items.length);
            return l;
        }
        if (a instanceof PyList l && op == MUL && l.type == null && isIndexable(b)) {
            long n = Ops.asIndex(b);
            Object[] items = l.toArray();
            if (n <= 0) l.clear();
            else for (long i = 1; i < n; i++) l.extend(items, items.length);
            return l;
        }
        if (a instanceof PyObject p && p.type().heap) {
            Object f = p.type().lookup(IDUNDER[op]);
            if (f != null) {
                Object r = Ops.callMethod(f, a, b);
                if (r != Py.NotImplemented) return r;
            }
        }
        if (a instanceof PySet s && !s.frozen && op >= AND && op <= XOR || a instanceof PySet s2 && !s2.frozen && op == SUB) {
            ((PySet) a).inplace(b, op);
            return a;
        }
        if (a instanceof PyByteArray ba && (op == ADD || op == MUL)) {
            if (op == ADD) {
                if (!(b instanceof PyBytes y)) throw sequenceError(a, b, op, "+=");
                ba.append(y.bytes);
                return a;
            }
            if (IntOps.isInt(b)) {
                ba.set(repeatBytes(ba.bytes, Ops.asIndex(b)));
                return a;
            }
        }
        if (a instanceof PyDict d && op == OR && b instanceof PyDict) {
            Containers.dictUpdate(d, b);
            return a;
        }
        Object r = binaryBuiltin(a, b, op);
        if (r != null) return r;
        r = binaryUser(a, b, op);
        if (r != Py.NotImplemented) return r;
        throw sequenceError(a, b, op, SYMBOLS[op] + "=");
    }

    private static Object binaryUser(Object a, Object b, int op) {
        PyType ta = Ops.typeOf(a), tb = Ops.typeOf(b);
        Object fa = ta.lookup(DUNDER[op]);
        Object fb = ta == tb ? null : tb.lookup(RDUNDER[op]);
        if (fb != null && tb.isSubtypeOf(ta) && tb.heap) {
            Object r = Ops.callMethod(fb, b, a);
            if (r != Py.NotImplemented) return r;
            fb = null;
        }
        if (fa != null && !(fa instanceof PyBuiltinFunction)) {
            Object r = Ops.callMethod(fa, a, b);
            if (r != Py.NotImplemented) return r;
        }
        if (fb != null && !(fb instanceof PyBuiltinFunction)) {
            Object r = Ops.callMethod(fb, b, a);
            if (r != Py.NotImplemented) return r;
        }
        if (a instanceof PyBoxed || b instanceof PyBoxed) {
            Object r = binaryBuiltin(PyBoxed.unbox(a), PyBoxed.unbox(b), op);
            if (r != null) return r;
        }
        if (op == OR) {
            Object u = PyUnionType.of(a, b);
            if (u != null) return u;
        }
        return Py.NotImplemented;
    }

    /** Operators on builtin types; null when the operand types are not handled here. */
    static Object binaryBuiltin(Object a, Object b, int op) {
        if (a instanceof PyDictView || b instanceof PyDictView) {
            Object r = PyDictView.binary(a, b, op);
            if (r != null) return r;
        }
        if (IntOps.isInt(a) && IntOps.isInt(b)) {
            switch (op) {
                case ADD: return IntOps.add(IntOps.asInt(a), IntOps.asInt(b));
                case SUB: return IntOps.sub(IntOps.asInt(a), IntOps.asInt(b));
                case MUL: return IntOps.mul(IntOps.asInt(a), IntOps.asInt(b));
                case TRUEDIV: return IntOps.truediv(IntOps.asInt(a), IntOps.asInt(b));
                case FLOORDIV: return IntOps.floordiv(IntOps.asInt(a), IntOps.asInt(b));
                case MOD: return IntOps.mod(IntOps.asInt(a), IntOps.asInt(b));
                case POW: return IntOps.pow(IntOps.asInt(a), IntOps.asInt(b));
                case LSHIFT: return IntOps.lshift(IntOps.asInt(a), IntOps.asInt(b));
                case RSHIFT: return IntOps.rshift(IntOps.asInt(a), IntOps.asInt(b));
                case AND: return a instanceof Boolean x && b instanceof Boolean y ? (Object) (x & y) : IntOps.and(IntOps.asInt(a), IntOps.asInt(b));
                case OR: return a instanceof Boolean x && b instanceof Boolean y ? (Object) (x | y) : IntOps.or(IntOps.asInt(a), IntOps.asInt(b));
                case XOR: return a instanceof Boolean x && b instanceof Boolean y ? (Object) (x ^ y) : IntOps.xor(IntOps.asInt(a), IntOps.asInt(b));
                default: return null;
            }
        }
        if ((a instanceof Double || IntOps.isInt(a)) && (b instanceof Double || IntOps.isInt(b))) {
            double x = IntOps.toDouble(a), y = IntOps.toDouble(b);
            return floatOp(x, y, op);
        }
        if (a instanceof String s) {
            if (op == ADD && b instanceof String t) return s.concat(t);
            if (op == MUL && IntOps.isInt(b)) return StrUtil.repeat(s, Ops.asIndex(b));
            if (op == MOD) return Formatter.percent(s, b);
            return null;
        }
        if (op == MUL && IntOps.isInt(a) && b instanceof String s) return StrUtil.repeat(s, Ops.asIndex(a));
        if (a instanceof PyList x) {
            if (op == ADD && b instanceof PyList y) {
                PyList r = new PyList();
                r.extend(x.items, x.size);
                r.extend(y.items, y.size);
                return r;
            }
            if (op == MUL && IntOps.isInt(b)) return Containers.repeatList(x, Ops.asIndex(b));
            return null;
        }
        if (op == MUL && IntOps.isInt(a) && b instanceof PyList y) return Containers.repeatList(y, Ops.asIndex(a));
        if (a instanceof PyTuple x) {
            if (op == ADD && b instanceof PyTuple y) {
                Object[] r = new Object[x.size() + y.size()];
                System.arraycopy(x.items, 0, r, 0, x.size());
                System.arraycopy(y.items, 0, r, x.size(), y.size());
                return PyTuple.of(r);
            }
            if (op == MUL && IntOps.isInt(b)) return Containers.repeatTuple(x, Ops.asIndex(b));
            return null;
        }
        if (op == MUL && IntOps.isInt(a) && b instanceof PyTuple y) return Containers.repeatTuple(y, Ops.asIndex(a));
        if (a instanceof PySet x && b instanceof PySet y && (op == OR || op == AND || op == SUB || op == XOR)) return x.binary(y, op);
        if (a instanceof PyDict x && b instanceof PyDict y && op == OR && x.type == null) {
            PyDict r = x.copy();
            Containers.dictUpdate(r, y);
            return r;
        }
        if (a instanceof PyBytes x) {
            boolean ba = x instanceof PyByteArray;
            if (op == ADD && b instanceof PyBytes y) {
                byte[] r = java.util.Arrays.copyOf(x.bytes, x.bytes.length + y.bytes.length);
                System.arraycopy(y.bytes, 0, r, x.bytes.length, y.bytes.length);
                return ba ? new PyByteArray(r) : new PyBytes(r);
            }
            if (op == MUL && IntOps.isInt(b)) {
                byte[] r = repeatBytes(x.bytes, Ops.asIndex(b));
                return ba ? new PyByteArray(r) : new PyBytes(r);
            }
            if (op == MOD) {
                PyBytes r = (PyBytes) Formatter.percentBytes(x, b);
                return ba ? new PyByteArray(r.bytes) : r;
            }
        }
        if (op == MUL && IntOps.isInt(a) && b instanceof PyBytes y) {
            byte[] r = repeatBytes(y.bytes, Ops.asIndex(a));
            return y instanceof PyByteArray ? new PyByteArray(r) : new PyBytes(r);
        }
        return null;
    }

    private static byte[] repeatBytes(byte[] b, long times) {
        long n = Math.max(0, times);
        if (n * b.length > Integer.MAX_VALUE - 8) throw Py.raise(Exc.MemoryError, "");
        byte[] r = new byte[(int) (b.length * n)];
        for (int i = 0; i < n; i++) System.arraycopy(b, 0, r, i * b.length, b.length);
        return r;
    }

    public static Object floatOp(double x, double y, int op) {
        switch (op) {
            case ADD: return x + y;
            case SUB: return x - y;
            case MUL: return x * y;
            case TRUEDIV:
                if (y == 0) throw Py.ZeroDivisionError("float division by zero");
                return x / y;
            case FLOORDIV:
                if (y == 0) throw Py.ZeroDivisionError("float floor division by zero");
                return floorDiv(x, y);
            case MOD:
                if (y == 0) throw Py.ZeroDivisionError("float modulo");
                return floatMod(x, y);
            case POW: return floatPow(x, y);
            default: return null;
        }
    }

    static double floatMod(double x, double y) {
        double m = x % y;
        if (m != 0) {
            if ((y < 0) != (m < 0)) m += y;
        } else {
            m = Math.copySign(0.0, y);
        }
        return m;
    }

    static double floorDiv(double x, double y) {
        double mod = x % y;
        double div = (x - mod) / y;
        if (mod != 0 && (y < 0) != (mod < 0)) div -= 1.0;
        if (div == 0) return Math.copySign(0.0, x / y);
        double fl = Math.floor(div);
        if (div - fl > 0.5) fl += 1.0;
        return fl;
    }

    static Object floatPow(double x, double y) {
        if (x == 0 && y < 0) throw Py.ZeroDivisionError("0.0 cannot be raised to a negative power");
        if (x < 0 && y != Math.floor(y) && !Double.isInfinite(y)) {
            throw Py.ValueError("math domain error");
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw Py.OverflowError("(34, 'Numerical result out of range')");
        }
        return r;
    }

    public static Object neg(Object a) {
        if (a instanceof PyBoxed bx && !PyBoxed.userDefines(bx.cls, "__neg__")) return neg(bx.value);
        if (a instanceof Long || a instanceof BigInteger) return IntOps.neg(a);
        if (a instanceof Double d) return -d;
        if (a instanceof Boolean b) return b ? -1L : 0L;
        Object r = Ops.invokeSpecial(a, "__neg__");
        if (r == null) throw Py.TypeError("bad operand type for unary -: '" + Ops.typeName(a) + "'");
        return r;
    }

    public static Object pos(Object a) {
        if (a instanceof PyBoxed bx && !PyBoxed.userDefines(bx.cls, "__pos__")) return pos(bx.value);
        if (a instanceof Long || a instanceof BigInteger || a instanceof Double) return a;
        if (a instanceof Boolean b) return b ? 1L : 0L;
        Object r = Ops.invokeSpecial(a, "__pos__");
        if (r == null) throw Py.TypeError("bad operand type for unary +: '" + Ops.typeName(a) + "'");
        return r;
    }

    public static Object invert(Object a) {
        if (a instanceof PyBoxed bx && !PyBoxed.userDefines(bx.cls, "__invert__")) return invert(bx.value);
        if (a instanceof Long || a instanceof BigInteger) return IntOps.invert(a);
        if (a instanceof Boolean b) return b ? -2L : -1L;
        Object r = Ops.invokeSpecial(a, "__invert__");
        if (r == null) throw Py.TypeError("bad operand type for unary ~: '" + Ops.typeName(a) + "'");
        return r;
    }

    public static Object abs(Object a) {
        if (a instanceof PyBoxed bx && !PyBoxed.userDefines(bx.cls, "__abs__")) return abs(bx.value);
        if (a instanceof Long l) return l < 0 ? IntOps.neg(a) : a;
        if (a instanceof BigInteger b) return b.abs();
        if (a instanceof Double d) return Math.abs(d);
        if (a instanceof Boolean b) return b ? 1L : 0L;
        Object r = Ops.invokeSpecial(a, "__abs__");
        if (r == null) throw Py.TypeError("bad operand type for abs(): '" + Ops.typeName(a) + "'");
        return r;
    }
}
