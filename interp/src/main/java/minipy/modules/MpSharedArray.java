package minipy.modules;

import java.math.BigInteger;
import minipy.runtime.*;

/**
 * Shared memory for multiprocessing.Value / Array (sharedctypes): a fixed-size array of C-typed
 * elements shared by every interpreter that holds it (immortal, the same object everywhere).
 * Elements hold plain values (int, float, one-byte bytes, one-char str), converted as ctypes
 * converts them (C integers wrap around). Each access is atomic; the Python wrappers add the
 * lock of get_lock().
 */
public final class MpSharedArray extends PyObject implements MpShareable.Same {
    static final PyType TYPE = new PyType("SharedArray", new PyType[] {PyType.OBJECT}, false).immortal();

    final char code;
    private final Object[] cells;

    static {
        TYPE.module = "_multiprocessing_minipy";
        TYPE.baseType = false;
        TYPE.constructor = (cls, a, k) -> {
            String tc = (String) a[0];
            if (tc.length() != 1 || "bBhHiIlLqQfd?cu".indexOf(tc.charAt(0)) < 0) {
                throw Py.TypeError("bad typecode (must be b, B, h, H, i, I, l, L, q, Q, f, d, ?, c or u): '" + tc + "'");
            }
            return new MpSharedArray(tc.charAt(0), (int) Ops.asIndex(a[1]));
        };
        TYPE.def("__len__", (a, k) -> (long) ((MpSharedArray) a[0]).cells.length);
        TYPE.def("get", (a, k) -> ((MpSharedArray) a[0]).get((int) Ops.asIndex(a[1])));
        TYPE.def("set", (a, k) -> { ((MpSharedArray) a[0]).set((int) Ops.asIndex(a[1]), a[2]); return Py.None; });
        TYPE.def("typecode", (a, k) -> String.valueOf(((MpSharedArray) a[0]).code));
    }

    MpSharedArray(char code, int size) {
        if (size < 0) throw Py.ValueError("negative size");
        this.code = code;
        this.cells = new Object[size];
        Object zero = switch (code) {
            case 'f', 'd' -> 0.0;
            case '?' -> false;
            case 'c' -> new PyBytes(new byte[] {0}).immortal();
            case 'u' -> "\0";
            default -> 0L;
        };
        java.util.Arrays.fill(cells, zero);
        immortal();
    }

    @Override public PyType type() { return TYPE; }

    private int index(int i) {
        if (i < 0 || i >= cells.length) throw Py.IndexError("invalid index");
        return i;
    }

    synchronized Object get(int i) { return cells[index(i)]; }

    void set(int i, Object v) {
        Object c = convert(v);
        synchronized (this) {
            cells[index(i)] = c;
        }
    }

    private Object convert(Object v) {
        switch (code) {
            case 'f':
                if (v instanceof Double || v instanceof Long || v instanceof BigInteger || v instanceof Boolean) return (double) (float) Ops.asDouble(v);
                throw Py.TypeError("must be real number, not " + Ops.typeName(v));
            case 'd':
                if (v instanceof Double || v instanceof Long || v instanceof BigInteger || v instanceof Boolean) return Ops.asDouble(v);
                throw Py.TypeError("must be real number, not " + Ops.typeName(v));
            case '?':
                return Ops.truthy(v);
            case 'c':
                if (v instanceof PyBytes b && b.bytes.length == 1 && !(v instanceof PyByteArray)) return new PyBytes(b.bytes.clone()).immortal();
                if (v instanceof Long n && n >= 0 && n < 256) return new PyBytes(new byte[] {(byte) (long) n}).immortal();
                throw Py.TypeError("one character bytes, bytearray or integer expected");
            case 'u':
                if (v instanceof String s && s.codePointCount(0, s.length()) == 1) return s;
                throw Py.TypeError("unicode string expected instead of " + Ops.typeName(v) + " instance");
            default:
                if (v instanceof Double) throw Py.TypeError("int expected instead of float");
                if (!(v instanceof Long || v instanceof BigInteger || v instanceof Boolean)) {
                    throw Py.TypeError("an integer is required (got type " + Ops.typeName(v) + ")");
                }
                long x = v instanceof BigInteger b ? b.longValue() : Ops.asIndex(v);
                return switch (code) {
                    case 'b' -> (long) (byte) x;
                    case 'B' -> x & 0xffL;
                    case 'h' -> (long) (short) x;
                    case 'H' -> x & 0xffffL;
                    case 'i' -> (long) (int) x;
                    case 'I' -> x & 0xffffffffL;
                    case 'L', 'Q' -> x < 0 ? BigInteger.valueOf(x).add(BigInteger.ONE.shiftLeft(64)) : (Object) x;
                    default -> x;
                };
        }
    }
}
