package minipy.runtime;

import java.math.BigInteger;
import minipy.vm.Interpreter;
import minipy.vm.PyFunction;
import minipy.runtime.PyWrappers.ClassMethod;
import minipy.runtime.PyWrappers.Property;
import minipy.runtime.PyWrappers.StaticMethod;

/**
 * The generic operations of the object model (CPython's abstract.c / object.c): type of a
 * value, truth, repr/str, hashing, comparison, attribute access, calling. Fast paths for the
 * builtin value types come first; user classes go through their dunder methods.
 */
public final class Ops {
    private Ops() {}

    public static PyType typeOf(Object o) {
        if (o instanceof PyObject p) return p.type();
        if (o instanceof String) return PyType.STR;
        if (o instanceof Long || o instanceof BigInteger) return PyType.INT;
        if (o instanceof Double) return PyType.FLOAT;
        if (o instanceof Boolean) return PyType.BOOL;
        throw new VmError("not a Python value: " + (o == null ? "null" : o.getClass().getName()));
    }

    public static String typeName(Object o) { return typeOf(o).name; }

    // ---- truth ----------------------------------------------------------------------------
    public static boolean truthy(Object o) {
        if (o instanceof Boolean b) return b;
        if (o == Py.None) return false;
        if (o instanceof Long l) return l != 0;
        if (o instanceof String s) return !s.isEmpty();
        if (o instanceof PyList l) return l.size() != 0;
        if (o instanceof Double d) return d != 0.0;
        if (o instanceof PyTuple t) return t.size() != 0;
        if (o instanceof PyDict d) return d.size() != 0;
        if (o instanceof BigInteger b) return b.signum() != 0;
        if (o instanceof PyBoxed bx && !PyBoxed.userDefines(bx.cls, "__bool__") && !PyBoxed.userDefines(bx.cls, "__len__")) {
            return truthy(bx.value);
        }
        if (o instanceof PyInstance) {
            PyType t = typeOf(o);
            Object f = t.lookup("__bool__");
            if (f != null) {
                Object r = callMethod(f, o);
                if (!(r instanceof Boolean b)) throw Py.TypeError("__bool__ should return bool, returned " + typeName(r));
                return b;
            }
            f = t.lookup("__len__");
            if (f != null) return truthy(callMethod(f, o));
            return true;
        }
        Object f = typeOf(o).lookup("__len__");
        if (f != null) return asIndex(call(f, new Object[] {o}, null)) != 0;
        return true;
    }

    // ---- repr / str -----------------------------------------------------------------------
    public static String repr(Object o) {
        if (o instanceof String s) return StrUtil.repr(s);
        if (o instanceof Long || o instanceof BigInteger) return o.toString();
        if (o instanceof Boolean b) return b ? "True" : "False";
        if (o instanceof Double d) return Formatter.floatRepr(d);
        if (o instanceof PyObject p) {
            PyType t = p.type();
            if (t.heap) {
                Object f = t.lookup("__repr__");
                if (f != null && !(f instanceof PyBuiltinFunction)) return asStr(callMethod(f, o), "__repr__");
            } else if (!(p instanceof PyInstance) && t.dict.getStr("__repr__") instanceof PyBuiltinFunction own
                    && Repr.isNativeModuleType(p)) {
                // types of native modules (locks, files, sockets) define their repr in their own dict
                return asStr(own.call(new Object[] {o}, null), "__repr__");
            }
            if (p instanceof PyBoxed bx) return repr(bx.value);
            return Repr.repr(p);
        }
        throw new VmError("repr of " + o);
    }

    public static String str(Object o) {
        if (o instanceof String s) return s;
        if (o instanceof PyInstance) {
            PyType t = typeOf(o);
            Object f = t.lookup("__str__");
            if (f != null && !(f instanceof PyBuiltinFunction)) return asStr(callMethod(f, o), "__str__");
            if (o instanceof PyBaseException e) return Repr.exceptionStr(e);
            if (o instanceof PyBoxed bx && bx.value instanceof String s) return s;
            return repr(o);
        }
        if (o instanceof PyObject p && p.type().heap) {
            Object f = p.type().lookup("__str__");
            if (f != null && !(f instanceof PyBuiltinFunction)) return asStr(callMethod(f, o), "__str__");
        }
        return repr(o);
    }

    private static String asStr(Object r, String what) {
        if (r instanceof String s) return s;
        throw Py.TypeError(what + " returned non-string (type " + typeName(r) + ")");
    }

    public static String strOrEmpty(Object o) {
        try { return str(o); } catch (RuntimeException e) { return "<unprintable>"; }
    }

    public static String describeFreed(PyObject p) {
        return "<" + p.type().name + " at 0x" + Integer.toHexString(System.identityHashCode(p)) + ">";
    }

    // ---- hashing and equality ---------------------------------------------------------------
    public static int hash(Object o) {
        if (o instanceof String s) return s.hashCode();
        if (o instanceof PyBoxed b && b.value instanceof String) return (int) hash64(o);
        long h = hash64(o);
        return (int) (h ^ (h >>> 32));
    }

    public static long hash64(Object o) {
        if (o instanceof String s) return s.hashCode();
        if (o instanceof Long || o instanceof BigInteger) return IntOps.hash(o);
        if (o instanceof Boolean b) return b ? 1 : 0;
        if (o instanceof Double d) return floatHash(d);
        if (o instanceof PyByteArray) throw Py.TypeError("unhashable type: 'bytearray'");
        if (o instanceof PyBytes b) {
            long h = 0;
            for (byte x : b.bytes) h = h * 1000003L ^ (x & 0xff);
            return h == -1 ? -2 : h;
        }
        if (o instanceof PyTuple t) {
            long h = 0x345678L;
            long mult = 1000003L;
            for (Object x : t.items) {
                h = (h ^ hash64(x)) * mult;
                mult += 82520L + t.items.length + t.items.length;
            }
            h += 97531L;
            return h == -1 ? -2 : h;
        }
        if (o instanceof PyObject p) {
            PyType t = p.type();
            if (t.heap || p instanceof PyInstance) {
                Object f = t.lookup("__hash__");
                if (f == Py.None) throw Py.TypeError("unhashable type: '" + t.name + "'");
                if (f != null && !(f instanceof PyBuiltinFunction)) {
                    Object r = callMethod(f, o);
                    if (!IntOps.isInt(r)) throw Py.TypeError("__hash__ method should return an integer");
                    if (r instanceof Long l) return l == -1 ? -2 : l;   // a machine-size result is used as is
                    return IntOps.hash(r);
                }
                if (t.lookup("__eq__") instanceof PyFunction && t.dict.getStr("__hash__") == null
                        && definesEqWithoutHash(t)) {
                    throw Py.TypeError("unhashable type: '" + t.name + "'");
                }
            }
            if (p instanceof PyBoxed bx) return hash64(bx.value);
            if (p instanceof PyList || p instanceof PyDict || p instanceof PySet s && !s.frozen) {
                throw Py.TypeError("unhashable type: '" + t.name + "'");
            }
            if (p instanceof PySet s) return s.frozenHash();
            if (p instanceof PyWeakref w) return w.hashValue();
            return System.identityHashCode(p) >>> 4 | ((long) System.identityHashCode(p) << 28);
        }
        throw new VmError("hash of " + o);
    }

    private static boolean definesEqWithoutHash(PyType t) {
        for (PyType c : t.mro) {
            if (c.dict.getStr("__hash__") != null) return false;
            if (c.dict.getStr("__eq__") != null) return true;
        }
        return false;
    }

    static long floatHash(double d) {
        if (Double.isNaN(d)) return 0;
        if (Double.isInfinite(d)) return d > 0 ? 314159 : -314159;
        if (d == Math.rint(d) && Math.abs(d) < 9.2e18) return IntOps.hash((long) d);
        if (d == Math.rint(d)) return IntOps.hash(new java.math.BigDecimal(d).toBigInteger());
        // CPython's _Py_HashDouble: the value modulo 2**61 - 1
        final long mod = (1L << 61) - 1;
        final int bitsN = 61;
        int e = Math.getExponent(d) + 1;
        double m = d / Math.scalb(1.0, e);          // frexp: 0.5 <= |m| < 1
        if (Math.abs(m) >= 1.0) { m /= 2; e++; }
        if (Math.abs(m) < 0.5 && m != 0) { m *= 2; e--; }
        int sign = 1;
        if (m < 0) { sign = -1; m = -m; }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & mod) | x >>> (bitsN - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= mod) x -= mod;
        }
        e = e >= 0 ? e % bitsN : bitsN - 1 - ((-1 - e) % bitsN);
        x = ((x << e) & mod) | x >>> (bitsN - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    public static boolean eq(Object a, Object b) {
        if (a == b) {
            return !(a instanceof Double d) || !Double.isNaN(d);
        }
        if (a instanceof Long x && b instanceof Long y) return x.longValue() == y.longValue();
        if (a instanceof String x && b instanceof String) return x.equals(b);
        return truthy(Compare.richCompare(a, b, Compare.EQ));
    }

    public static boolean isTrueObj(Object o) { return o == Boolean.TRUE; }

    // ---- numbers ---------------------------------------------------------------------------
    /** The value of an object usable as an index (int, bool, or __index__). */
    public static long asIndex(Object o) {
        if (o instanceof Long l) return l;
        if (o instanceof Boolean b) return b ? 1 : 0;
        if (o instanceof BigInteger b) return IntOps.toLongExact(b, "ssize_t");
        if (o instanceof PyBoxed bx && !PyBoxed.userDefines(bx.cls, "__index__") && !(bx.value instanceof Double)) return asIndex(bx.value);
        if (o instanceof PyInstance) {
            Object f = typeOf(o).lookup("__index__");
            if (f != null) return asIndex(callMethod(f, o));
        }
        throw Py.TypeError("'" + typeName(o) + "' object cannot be interpreted as an integer");
    }

    public static int asInt(Object o) {
        long v = asIndex(o);
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) throw Py.OverflowError("Python int too large to convert to C int");
        return (int) v;
    }

    public static double asDouble(Object o) {
        if (o instanceof Double d) return d;
        if (o instanceof PyBoxed bx && !PyBoxed.userDefines(bx.cls, "__float__") && !(bx.value instanceof String)) return asDouble(bx.value);
        if (IntOps.isInt(o)) return IntOps.toDouble(o);
        if (o instanceof PyInstance) {
            Object f = typeOf(o).lookup("__float__");
            if (f != null) return asDouble(callMethod(f, o));
            f = typeOf(o).lookup("__index__");
            if (f != null) return asDouble(callMethod(f, o));
        }
        throw Py.TypeError("must be real number, not " + typeName(o));
    }

    // ---- length, containment, items ---------------------------------------------------------
    public static int len(Object o) {
        if (o instanceof String s) return StrUtil.length(s);
        if (o instanceof PyList l && (l.type == null || !PyBoxed.userDefines(l.type, "__len__"))) return l.size();
        if (o instanceof PyTuple t && (t.type == null || !PyBoxed.userDefines(t.type, "__len__"))) return t.size();
        if (o instanceof PyDict d && (d.type == null || !PyBoxed.userDefines(d.type, "__len__"))) return d.size();
        if (o instanceof PySet s) return s.size();
        if (o instanceof PyRange r) return (int) r.length();
        if (o instanceof PyBytes b) return b.bytes.length;
        Object f = typeOf(o).lookup("__len__");
        if (f != null) {
            long n = asIndex(callMethod(f, o));
            if (n < 0) throw Py.ValueError("__len__() should return >= 0");
            return (int) n;
        }
        if (o instanceof PyBoxed bx && bx.value instanceof String) return len(bx.value);
        throw Py.TypeError("object of type '" + typeName(o) + "' has no len()");
    }

    /** len() as the builtin returns it: up to sys.maxsize (ranges and __len__ may exceed an int). */
    public static long len64(Object o) {
        if (o instanceof PyRange r) return r.length();
        if (o instanceof PyInstance) {
            Object f = typeOf(o).lookup("__len__");
            if (f != null) {
                long n = asIndex(callMethod(f, o));
                if (n < 0) throw Py.ValueError("__len__() should return >= 0");
                return n;
            }
        }
        return len(o);
    }

    public static boolean contains(Object container, Object item) {
        if (container instanceof PyDict d && (d.type == null || !PyBoxed.userDefines(d.type, "__contains__"))) return d.containsKey(item);
        if (container instanceof PySet s) {
            if (item instanceof PySet is && !is.frozen) return s.contains(is.copyAs(true));
            return s.contains(item);
        }
        if (container instanceof String s) {
            item = PyBoxed.unbox(item);
            if (!(item instanceof String sub)) throw Py.TypeError("'in <string>' requires string as left operand, not " + typeName(item));
            return s.contains(sub);
        }
        if (container instanceof PyList l && (l.type == null || !PyBoxed.userDefines(l.type, "__contains__"))) {
            for (int i = 0; i < l.size(); i++) if (eq(l.get(i), item)) return true;
            return false;
        }
        if (container instanceof PyTuple t && (t.type == null || !PyBoxed.userDefines(t.type, "__contains__"))) {
            for (Object x : t.items) if (eq(x, item)) return true;
            return false;
        }
        if (container instanceof PyRange r) return r.contains(item);
        if (container instanceof PyBytes b) return ByteArrayMethods.contains(b.bytes, item);
        Object f = typeOf(container).lookup("__contains__");
        if (f != null) return truthy(callMethod(f, container, item));
        if (container instanceof PyBoxed bx && bx.value instanceof String) return contains(bx.value, item);
        Object it = Iter.iter(container);
        Refs.incref(it);
        try {
            Object x;
            while ((x = Iter.next(it)) != null) if (eq(x, item)) return true;
            return false;
        } finally {
            Refs.decref(it);
        }
    }

    // ---- attributes --------------------------------------------------------------------------
    public static Object getattr(Object obj, String name) {
        Object v = Attr.get(obj, name);
        if (v == null) throw Attr.error(obj, name);
        return v;
    }

    public static Object getattrOrNull(Object obj, String name) {
        try {
            return Attr.get(obj, name);
        } catch (PyException e) {
            if (e.matches(Exc.AttributeError)) return null;
            throw e;
        }
    }

    /** hasattr(obj, name): the value looked up (perhaps a new bound method) is given back at once. */
    public static boolean hasattr(Object obj, String name) {
        Object v = getattrOrNull(obj, name);
        if (v == null) return false;
        Refs.incref(v);
        Refs.decref(v);
        return true;
    }

    public static void setattr(Object obj, String name, Object value) { Attr.set(obj, name, value); }

    public static void delattr(Object obj, String name) { Attr.delete(obj, name); }

    // ---- calls -------------------------------------------------------------------------------
    public static final Object[] NO_ARGS = new Object[0];

    public static Object call(Object f, Object[] args, String[] kwnames) {
        if (f instanceof PyFunction fn) return Interpreter.callFunction(fn, args, kwnames);
        if (f instanceof PyBuiltinFunction b) return b.call(args, kwnames);
        if (f instanceof PyMethod m) return call(m.func, prepend(m.self, args), kwnames);
        if (f instanceof PyType t) return TypeCalls.call(t, args, kwnames);
        Object c = typeOf(f).lookup("__call__");
        if (c != null) return call(c, prepend(f, args), kwnames);
        throw Py.TypeError("'" + typeName(f) + "' object is not callable");
    }

    public static Object call(Object f, Object... args) { return call(f, args, null); }

    /** Calls an unbound method found on a type with self as the first argument. */
    public static Object callMethod(Object unbound, Object self, Object... args) {
        return call(unbound, prepend(self, args), null);
    }

    /** Looks up a method on the object's type and calls it; null if the type has no such method. */
    public static Object invokeSpecial(Object self, String name, Object... args) {
        Object f = typeOf(self).lookup(name);
        if (f == null) return null;
        return callMethod(f, self, args);
    }

    /** obj.name(*args) with normal attribute look-up. */
    public static Object invoke(Object obj, String name, Object... args) {
        Object m = getattr(obj, name);   // may be a new bound method: counted while it is called
        Refs.incref(m);
        try {
            return call(m, args, null);
        } finally {
            Refs.decref(m);
        }
    }

    public static Object[] prepend(Object first, Object[] rest) {
        Object[] a = new Object[rest.length + 1];
        a[0] = first;
        System.arraycopy(rest, 0, a, 1, rest.length);
        return a;
    }

    public static boolean isCallable(Object o) {
        return o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyMethod
                || o instanceof PyType || typeOf(o).lookup("__call__") != null;
    }

    public static boolean isInstance(Object o, PyType t) { return typeOf(o).isSubtypeOf(t); }

    static Object bindForClass(Object descr, PyType cls) {
        if (descr instanceof ClassMethod cm) return new PyMethod(cm.func, cls);
        if (descr instanceof StaticMethod sm) return sm.func;
        return descr;
    }

    static boolean isProperty(Object o) { return o instanceof Property; }

    /** Index for sequence subscripts, with CPython's error for other types. */
    public static long asIndexFor(Object key, String seq) {
        if (IntOps.isInt(key) || key instanceof PyInstance && typeOf(key).lookup("__index__") != null) return asIndex(key);
        throw Py.TypeError(seq + " indices must be integers or slices, not " + typeName(key));
    }
}
