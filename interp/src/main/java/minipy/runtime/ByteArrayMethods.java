package minipy.runtime;

import java.io.ByteArrayOutputStream;
import minipy.runtime.StrMethods.Args;

/**
 * bytearray: its constructor, the mutating methods (append, extend, pop, insert, remove, clear,
 * reverse, item and slice assignment and deletion), and every method of bytes, whose bytes
 * results are returned as bytearrays. Also the {@code in} test of bytes-like objects.
 */
public final class ByteArrayMethods {
    private ByteArrayMethods() {}

    private static boolean installed;

    public static synchronized void install() {
        if (installed) return;
        installed = true;
        PyType t = PyType.BYTEARRAY;
        // The methods of bytes, with bytes results turned into bytearrays.
        for (int i = 0; i < PyType.BYTES.dict.positions(); i++) {
            if (!(PyType.BYTES.dict.keyAt(i) instanceof String name) || t.dict.getStr(name) != null) continue;
            Object v = PyType.BYTES.dict.valueAt(i);
            if (v instanceof PyBuiltinFunction f && f.isMethod) {
                t.def(name, (a, k) -> {
                    if (a.length == 0 || !(a[0] instanceof PyByteArray)) throw badSelf(a, name);
                    return asByteArray(f.fn.call(a, k), a[0]);
                });
            } else if (v instanceof PyWrappers.ClassMethod cm && cm.func instanceof PyBuiltinFunction f) {
                t.dict.put(name, new PyWrappers.ClassMethod(new PyBuiltinFunction(name, (a, k) -> {
                    Object r = asByteArray(f.fn.call(a, k), null);
                    return a[0] == PyType.BYTEARRAY ? r : Ops.call(a[0], r);
                }).immortal()).immortal());
            }
        }
        t.constructor = (cls, a, k) -> {
            Object[] p = ctorArgs(a, k);
            if (p[0] == null && p[1] == null && p[2] == null) return new PyByteArray(new byte[0]);
            PyBytes b = (PyBytes) PyType.BYTES.constructor.call(PyType.BYTES, a, k);
            return new PyByteArray(p[0] instanceof PyBytes || p[0] instanceof PyInstance ? b.bytes.clone() : b.bytes);
        };
        t.def("append", (a, k) -> {
            Args.bind("append", a, k, 1, false, "item");
            self(a, "append").append(new byte[] {byteValue(a[1])});
            return Py.None;
        });
        t.def("extend", (a, k) -> {
            Args.bind("extend", a, k, 1, false, "iterable_of_ints");
            PyByteArray self = self(a, "extend");
            if (!(a[1] instanceof PyBytes) && !(a[1] instanceof String) && !isIterable(a[1])) {
                throw Py.TypeError("can't extend bytearray with " + Ops.typeName(a[1]));
            }
            self.append(bytesOf(a[1]));
            return Py.None;
        });
        t.def("pop", (a, k) -> {
            Object[] p = Args.bind("pop", a, k, 0, false, "index");
            PyByteArray self = self(a, "pop");
            int n = self.size();
            if (n == 0) throw Py.IndexError("pop from empty bytearray");
            long i = p[0] == null ? -1 : Ops.asIndex(p[0]);
            if (i < 0) i += n;
            if (i < 0 || i >= n) throw Py.IndexError("pop index out of range");
            long v = self.bytes[(int) i] & 0xff;
            self.replace((int) i, (int) i + 1, new byte[0]);
            return v;
        });
        t.def("insert", (a, k) -> {
            Args.bind("insert", a, k, 2, false, "index", "item");
            PyByteArray self = self(a, "insert");
            long i = Ops.asIndex(a[1]);
            byte v = byteValue(a[2]);
            int n = self.size();
            if (i < 0) i = Math.max(0, i + n);
            if (i > n) i = n;
            self.replace((int) i, (int) i, new byte[] {v});
            return Py.None;
        });
        t.def("remove", (a, k) -> {
            Args.bind("remove", a, k, 1, false, "value");
            PyByteArray self = self(a, "remove");
            byte v = byteValue(a[1]);
            for (int i = 0; i < self.size(); i++) {
                if (self.bytes[i] == v) {
                    self.replace(i, i + 1, new byte[0]);
                    return Py.None;
                }
            }
            throw Py.ValueError("value not found in bytearray");
        });
        t.def("clear", (a, k) -> { Args.bind("clear", a, k, 0, false); self(a, "clear").set(new byte[0]); return Py.None; });
        t.def("copy", (a, k) -> { Args.bind("copy", a, k, 0, false); return new PyByteArray(self(a, "copy").bytes.clone()); });
        t.def("reverse", (a, k) -> {
            Args.bind("reverse", a, k, 0, false);
            PyByteArray self = self(a, "reverse");
            byte[] b = self.bytes, r = new byte[b.length];
            for (int i = 0; i < b.length; i++) r[i] = b[b.length - 1 - i];
            self.set(r);
            return Py.None;
        });
        t.def("__getitem__", (a, k) -> { Args.bind("__getitem__", a, k, 1, false, "key"); return Items.getitem(self(a, "__getitem__"), a[1]); });
        t.def("__setitem__", (a, k) -> {
            Args.bind("__setitem__", a, k, 2, false, "key", "value");
            setItem(self(a, "__setitem__"), a[1], a[2]);
            return Py.None;
        });
        t.def("__delitem__", (a, k) -> {
            Args.bind("__delitem__", a, k, 1, false, "key");
            delItem(self(a, "__delitem__"), a[1]);
            return Py.None;
        });
        t.def("__contains__", (a, k) -> {
            Args.bind("__contains__", a, k, 1, false, "key");
            return contains(self(a, "__contains__").bytes, a[1]);
        });
        t.def("__iter__", (a, k) -> Iter.iter(self(a, "__iter__")));
        t.def("__alloc__", (a, k) -> (long) self(a, "__alloc__").size() + 1);
        if (PyType.BYTES.dict.getStr("__contains__") == null) {
            PyType.BYTES.def("__contains__", (a, k) -> {
                Args.bind("__contains__", a, k, 1, false, "key");
                if (!(a[0] instanceof PyBytes b)) throw Py.TypeError("descriptor '__contains__' requires a 'bytes' object");
                return contains(b.bytes, a[1]);
            });
        }
    }

    private static Object[] ctorArgs(Object[] a, String[] k) {
        Object[] p = new Object[3];
        String[] names = {"source", "encoding", "errors"};
        int np = a.length - (k == null ? 0 : k.length);
        if (np > 3) throw Py.TypeError("bytearray() takes at most 3 arguments (" + np + " given)");
        System.arraycopy(a, 0, p, 0, np);
        if (k != null) {
            for (int j = 0; j < k.length; j++) {
                int idx = java.util.Arrays.asList(names).indexOf(k[j]);
                if (idx < 0) throw Py.TypeError("bytearray() got an unexpected keyword argument '" + k[j] + "'");
                p[idx] = a[np + j];
            }
        }
        return p;
    }

    private static PyException badSelf(Object[] a, String name) {
        if (a.length == 0) return Py.TypeError("unbound method bytearray." + name + "() needs an argument");
        return Py.TypeError("descriptor '" + name + "' for 'bytearray' objects doesn't apply to a '" + Ops.typeName(a[0]) + "' object");
    }

    private static PyByteArray self(Object[] a, String name) {
        if (a.length > 0 && a[0] instanceof PyByteArray b) return b;
        throw badSelf(a, name);
    }

    /** Turns the bytes results of a bytes method into bytearrays (also inside lists and tuples). */
    private static Object asByteArray(Object r, Object self) {
        if (r instanceof PyByteArray && r != self) return r;
        if (r instanceof PyBytes b) return new PyByteArray(r == self ? b.bytes.clone() : b.bytes);
        if (r instanceof PyList l) {
            for (int i = 0; i < l.size(); i++) {
                if (l.get(i) instanceof PyBytes b && !(b instanceof PyByteArray)) l.setItem((long) i, new PyByteArray(b.bytes));
            }
            return l;
        }
        if (r instanceof PyTuple t && t.type() == PyType.TUPLE) {
            Object[] items = t.items.clone();
            boolean changed = false;
            for (int i = 0; i < items.length; i++) {
                if (items[i] instanceof PyBytes b && !(b instanceof PyByteArray)) { items[i] = new PyByteArray(b.bytes); changed = true; }
            }
            return changed ? PyTuple.of(items) : t;
        }
        return r;
    }

    /** An int in range(256), with CPython's errors. */
    static byte byteValue(Object v) {
        long x = Ops.asIndex(v);
        if (x < 0 || x > 255) throw Py.ValueError("byte must be in range(0, 256)");
        return (byte) x;
    }

    private static boolean isIterable(Object o) {
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyRange || o instanceof PyDict || o instanceof PySet
                || o instanceof PyIter) {
            return true;
        }
        PyType t = Ops.typeOf(o);
        return t.lookup("__iter__") != null || t.lookup("__getitem__") != null;
    }

    /** The bytes of a bytes-like object or of an iterable of ints. */
    static byte[] bytesOf(Object v) {
        if (v instanceof PyBytes b) return b.bytes.clone();
        Object[] items = Iter.toArray(v);
        ByteArrayOutputStream out = new ByteArrayOutputStream(items.length);
        for (Object o : items) out.write(byteValue(o));
        return out.toByteArray();
    }

    /** {@code item in b} for bytes and bytearray: an int in range(256) or a bytes-like object. */
    static boolean contains(byte[] b, Object item) {
        if (item instanceof PyBytes sub) {
            byte[] s = sub.bytes;
            outer:
            for (int i = 0; i + s.length <= b.length; i++) {
                for (int j = 0; j < s.length; j++) if (b[i + j] != s[j]) continue outer;
                return true;
            }
            return false;
        }
        if (!IntOps.isInt(item) && !(item instanceof PyInstance && Ops.typeOf(item).lookup("__index__") != null)) {
            throw Py.TypeError("a bytes-like object is required, not '" + Ops.typeName(item) + "'");
        }
        byte x = byteValue(item);
        for (byte y : b) if (y == x) return true;
        return false;
    }

    static void setItem(PyByteArray self, Object key, Object value) {
        int n = self.size();
        if (key instanceof PySlice s) {
            byte[] repl;
            if (value instanceof PyBytes vb) {
                repl = vb.bytes.clone();
            } else if (IntOps.isInt(value) || value instanceof String || !isIterable(value)) {
                throw Py.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            } else {
                repl = bytesOf(value);
            }
            long[] ix = s.indices(n);
            if (ix[2] == 1) {
                int lo = (int) ix[0], hi = (int) Math.max(ix[0], ix[1]);
                self.replace(lo, hi, repl);
                return;
            }
            if (repl.length != ix[3]) {
                throw Py.ValueError("attempt to assign bytes of size " + repl.length + " to extended slice of size " + ix[3]);
            }
            byte[] b = self.bytes.clone();
            for (int i = 0; i < repl.length; i++) b[(int) (ix[0] + i * ix[2])] = repl[i];
            self.set(b);
            return;
        }
        long i = Ops.asIndexFor(key, "bytearray");
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw Py.IndexError("bytearray index out of range");
        byte v = byteValue(value);
        byte[] b = self.bytes.clone();
        b[(int) i] = v;
        self.set(b);
    }

    static void delItem(PyByteArray self, Object key) {
        int n = self.size();
        if (key instanceof PySlice s) {
            long[] ix = s.indices(n);
            if (ix[3] == 0) return;
            boolean[] drop = new boolean[n];
            for (long j = 0; j < ix[3]; j++) drop[(int) (ix[0] + j * ix[2])] = true;
            ByteArrayOutputStream out = new ByteArrayOutputStream(n);
            for (int j = 0; j < n; j++) if (!drop[j]) out.write(self.bytes[j]);
            self.set(out.toByteArray());
            return;
        }
        long i = Ops.asIndexFor(key, "bytearray");
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw Py.IndexError("bytearray index out of range");
        self.replace((int) i, (int) i + 1, new byte[0]);
    }
}
