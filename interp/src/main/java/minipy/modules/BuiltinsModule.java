package minipy.modules;

import java.util.ArrayList;
import java.util.Arrays;
import minipy.runtime.*;
import minipy.vm.Interp;
import minipy.vm.PyGenerator;
import minipy.vm.ThreadState;

/** The builtins module: builtin functions, types and exceptions. */
public final class BuiltinsModule {
    private BuiltinsModule() {}

    public static PyModule create(Interp interp) {
        PyModule m = new PyModule("builtins");
        m.immortal();
        for (PyType t : new PyType[] {PyType.OBJECT, PyType.TYPE, PyType.INT, PyType.BOOL, PyType.FLOAT, PyType.STR,
                PyType.BYTES, PyType.LIST, PyType.TUPLE, PyType.DICT, PyType.SET, PyType.FROZENSET, PyType.RANGE,
                PyType.SLICE, PyType.PROPERTY, PyType.STATICMETHOD, PyType.CLASSMETHOD, PyType.SUPER, PyType.BYTEARRAY}) {
            m.set(t.name, t);
        }
        for (PyType t : Exc.ALL) m.set(t.name, t);
        m.set("IOError", Exc.OSError);
        m.set("EnvironmentError", Exc.OSError);
        m.set("None", Py.None);
        m.set("Ellipsis", Py.Ellipsis);
        m.set("NotImplemented", Py.NotImplemented);
        m.set("True", Boolean.TRUE);
        m.set("False", Boolean.FALSE);
        m.set("__debug__", Boolean.TRUE);
        m.set("__name__", "builtins");
        m.def("__build_class__", ClassBuilder::buildClass);
        m.def("print", (a, k) -> print(interp, a, k));
        m.def("len", (a, k) -> { Args.count("len", a, k, 1, 1); return Ops.len64(a[0]); });
        m.def("repr", (a, k) -> Ops.repr(a[0]));
        m.def("ascii", (a, k) -> Builtins.ascii(a[0]));
        m.def("format", (a, k) -> Builtins.format(a[0], a.length > 1 ? (String) a[1] : ""));
        m.def("abs", (a, k) -> Arith.abs(a[0]));
        m.def("hash", (a, k) -> Ops.hash64(a[0]));
        m.def("id", (a, k) -> Builtins.id(a[0]));
        m.def("callable", (a, k) -> Ops.isCallable(a[0]));
        m.def("aiter", (a, k) -> Ops.call(minipy.vm.ThreadState.current().interp.importer.importModule("_asyncgen").get("aiter"), a, k));
        m.def("anext", (a, k) -> Ops.call(minipy.vm.ThreadState.current().interp.importer.importModule("_asyncgen").get("anext"), a, k));
        m.def("chr", (a, k) -> {
            long c = Ops.asIndex(a[0]);
            if (c < 0 || c > 0x10ffff) throw Py.ValueError("chr() arg not in range(0x110000)");
            return new String(Character.toChars((int) c));
        });
        m.def("ord", (a, k) -> {
            if (a[0] instanceof String s) {
                if (s.codePointCount(0, s.length()) != 1) {
                    throw Py.TypeError("ord() expected a character, but string of length " + s.codePointCount(0, s.length()) + " found");
                }
                return (long) s.codePointAt(0);
            }
            if (a[0] instanceof PyBytes b && b.bytes.length == 1) return (long) (b.bytes[0] & 0xff);
            throw Py.TypeError("ord() expected string of length 1, but " + Ops.typeName(a[0]) + " found");
        });
        m.def("hex", (a, k) -> radix(a[0], 16, "0x"));
        m.def("oct", (a, k) -> radix(a[0], 8, "0o"));
        m.def("bin", (a, k) -> radix(a[0], 2, "0b"));
        m.def("isinstance", (a, k) -> isinstance(a[0], a[1]));
        m.def("issubclass", (a, k) -> issubclass(a[0], a[1]));
        m.def("iter", (a, k) -> {
            if (a.length == 2) return callableIter(a[0], a[1]);
            return Iter.iter(a[0]);
        });
        m.def("next", (a, k) -> {
            Object it = a[0];
            if (!(it instanceof PyIter) && !(it instanceof PyGenerator) && Ops.typeOf(it).lookup("__next__") == null) {
                throw Py.TypeError("'" + Ops.typeName(it) + "' object is not an iterator");
            }
            if (it instanceof PyGenerator g) {
                Object v = g.next();
                if (v != null) return v;
                if (a.length > 1) return a[1];
                throw Py.StopIteration(g.lastValueOrNull());
            }
            if (a.length > 1) {
                Object v = Iter.next(it);
                return v == null ? a[1] : v;
            }
            if (it instanceof PyIter pi) {
                Object v = pi.next();
                if (v == null) throw Py.StopIteration(null);
                return v;
            }
            return Ops.callMethod(Ops.typeOf(it).lookup("__next__"), it);
        });
        m.def("getattr", (a, k) -> {
            if (!(a[1] instanceof String name)) throw Py.TypeError("attribute name must be string, not '" + Ops.typeName(a[1]) + "'");
            if (a.length > 2) {
                Object v = Ops.getattrOrNull(a[0], name);
                return v == null ? a[2] : v;
            }
            return Ops.getattr(a[0], name);
        });
        m.def("setattr", (a, k) -> { Ops.setattr(a[0], (String) a[1], a[2]); return Py.None; });
        m.def("delattr", (a, k) -> { Ops.delattr(a[0], (String) a[1]); return Py.None; });
        m.def("hasattr", (a, k) -> {
            Object v = Ops.getattrOrNull(a[0], (String) a[1]);
            Refs.incref(v);                 // e.g. a bound method made just for the test: freed after the call
            Refs.release(v);
            return v != null;
        });
        m.def("vars", (a, k) -> {
            if (a.length == 0) return ThreadState.current().frame.locals != null ? ThreadState.current().frame.locals : ThreadState.current().frame.globals;
            return Ops.getattr(a[0], "__dict__");
        });
        m.def("dir", (a, k) -> {
            if (a.length == 0) {
                var f = ThreadState.current().frame;
                PyDict d = f.locals != null ? f.locals : f.globals;
                ArrayList<String> names = new ArrayList<>();
                if (f.locals == null) for (String n : f.code.varnames) names.add(n);
                for (int i = 0; i < d.positions(); i++) if (d.keyAt(i) instanceof String s) names.add(s);
                names.sort(null);
                Object[] arr = names.toArray();
                return new PyList(arr, arr.length);
            }
            Object f = Ops.typeOf(a[0]).lookup("__dir__");
            if (f != null && !(f instanceof PyBuiltinFunction)) {
                PyList l = Iter.toList(Ops.callMethod(f, a[0]));
                Object[] arr = l.toArray();
                Arrays.sort(arr, (x, y) -> Compare.lt(x, y) ? -1 : Compare.lt(y, x) ? 1 : 0);
                return new PyList(arr, arr.length);
            }
            return Builtins.dir(a[0]);
        });
        m.def("globals", (a, k) -> ThreadState.current().frame.globals);
        m.def("locals", (a, k) -> {
            var f = ThreadState.current().frame;
            if (f.locals != null) return f.locals;
            PyDict d = new PyDict();
            for (int i = 0; i < f.code.varnames.length; i++) if (f.slots[i] != null) d.put(f.code.varnames[i], f.slots[i]);
            return d;
        });
        m.def("min", (a, k) -> minmax(a, k, true));
        m.def("max", (a, k) -> minmax(a, k, false));
        m.def("sum", (a, k) -> {
            Object acc = Args.get(a, k, 1, "start", 0L);
            Object it = Iter.iter(a[0]);
            Refs.incref(it);                // released however the loop ends
            try {
                Object x;
                while ((x = Iter.next(it)) != null) acc = Arith.binary(acc, x, Arith.ADD);
                return acc;
            } finally {
                Refs.decref(it);
            }
        });
        m.def("any", (a, k) -> {
            Object it = Iter.iter(a[0]);
            Refs.incref(it);                // an early return releases it too
            try {
                Object x;
                while ((x = Iter.next(it)) != null) if (Ops.truthy(x)) return true;
                return false;
            } finally {
                Refs.decref(it);
            }
        });
        m.def("all", (a, k) -> {
            Object it = Iter.iter(a[0]);
            Refs.incref(it);                // an early return releases it too
            try {
                Object x;
                while ((x = Iter.next(it)) != null) if (!Ops.truthy(x)) return false;
                return true;
            } finally {
                Refs.decref(it);
            }
        });
        m.def("sorted", (a, k) -> {
            PyList l = Iter.toList(a[0]);
            Object key = Args.kw(a, k, "key", Py.None), rev = Args.kw(a, k, "reverse", false);
            ContainerMethods.sortList(l, key, Ops.truthy(rev));
            return l;
        });
        m.def("reversed", (a, k) -> reversed(a[0]));
        m.def("enumerate", (a, k) -> {
            Object it = Iter.iter(Args.get(a, k, 0, "iterable", null));
            Object start = Args.get(a, k, 1, "start", 0L);
            Refs.incref(it);
            return new PyIter(ENUMERATE) {
                Object n = start;
                @Override public Object next() {
                    Object x = Iter.next(it);
                    if (x == null) return null;
                    Object r = PyTuple.of(n, x);
                    n = Arith.binary(n, 1L, Arith.ADD);
                    return r;
                }
                @Override protected void clearRefs() { Refs.decref(it); }
            };
        });
        m.def("zip", (a, k) -> {
            int n = Args.npos(a, k);
            boolean strict = Ops.truthy(Args.kw(a, k, "strict", false));
            Object[] its = new Object[n];
            for (int i = 0; i < n; i++) { its[i] = Iter.iter(a[i]); Refs.incref(its[i]); }
            return new PyIter(ZIP) {
                boolean done;
                @Override public Object next() {
                    if (done || n == 0) return null;
                    Object[] r = new Object[n];
                    for (int i = 0; i < n; i++) {
                        r[i] = Iter.next(its[i]);
                        if (r[i] == null) {
                            done = true;
                            if (strict && i > 0) throw Py.ValueError("zip() argument " + (i + 1) + " is shorter than argument 1");
                            return null;
                        }
                    }
                    return PyTuple.of(r);
                }
                @Override protected void clearRefs() { for (Object it : its) Refs.decref(it); }
            };
        });
        m.def("map", (a, k) -> {
            Object fn = a[0];
            int n = a.length - 1;
            if (n < 1) throw Py.TypeError("map() must have at least two arguments.");
            Object[] its = new Object[n];
            for (int i = 0; i < n; i++) { its[i] = Iter.iter(a[i + 1]); Refs.incref(its[i]); }
            Refs.incref(fn);
            return new PyIter(MAP) {
                @Override public Object next() {
                    Object[] r = new Object[n];
                    for (int i = 0; i < n; i++) {
                        r[i] = Iter.next(its[i]);
                        if (r[i] == null) return null;
                    }
                    return Ops.call(fn, r, null);
                }
                @Override protected void clearRefs() { for (Object it : its) Refs.decref(it); Refs.decref(fn); }
            };
        });
        m.def("filter", (a, k) -> {
            Object fn = a[0];
            Object it = Iter.iter(a[1]);
            Refs.incref(it);
            Refs.incref(fn);
            return new PyIter(FILTER) {
                @Override public Object next() {
                    Object x;
                    while ((x = Iter.next(it)) != null) {
                        if (fn == Py.None ? Ops.truthy(x) : Ops.truthy(Ops.call(fn, x))) return x;
                    }
                    return null;
                }
                @Override protected void clearRefs() { Refs.decref(it); Refs.decref(fn); }
            };
        });
        m.def("round", (a, k) -> Rounding.round(a[0], Args.get(a, k, 1, "ndigits", Py.None)));
        m.def("divmod", (a, k) -> {
            if (a.length != 2 || k != null) throw Py.TypeError("divmod expected 2 arguments, got " + a.length);
            return Arith.divmod(a[0], a[1]);
        });
        m.def("pow", (a, k) -> {
            if (a.length == 3 && a[2] != Py.None) return IntOps.pow3(a[0], a[1], a[2]);
            return Arith.binary(a[0], a[1], Arith.POW);
        });
        m.def("input", (a, k) -> ConsoleIO.input(interp, a.length > 0 ? a[0] : null));
        m.def("open", (a, k) -> FileIO.open(interp, a, k));
        m.def("exit", (a, k) -> { throw new PyBaseException(Exc.SystemExit, a.length > 0 ? a : new Object[0]).raise(); });
        m.def("quit", (a, k) -> { throw new PyBaseException(Exc.SystemExit, a.length > 0 ? a : new Object[0]).raise(); });
        m.def("__import__", (a, k) -> interp.importer.importName((String) a[0], null,
                Args.get(a, k, 3, "fromlist", Py.None), (int) Ops.asIndex(Args.get(a, k, 4, "level", 0L))));
        m.def("compile", (a, k) -> interp.compile((String) a[0], (String) a[1]));
        m.def("exec", (a, k) -> {
            var code = a[0] instanceof String s ? interp.compile(s, "<string>") : (minipy.vm.PyCode) a[0];
            PyDict g = a.length > 1 && a[1] != Py.None ? (PyDict) a[1] : ThreadState.current().frame.globals;
            if (g.getStr("__builtins__") == null) g.put("__builtins__", interp.builtins);
            if (a.length > 2 && a[2] instanceof PyDict l && l != g) minipy.vm.Interpreter.runModule(code, g, l);
            else minipy.vm.Interpreter.runModule(code, g);
            return Py.None;
        });
        m.def("eval", (a, k) -> Eval.eval(interp, a));
        return m;
    }

    static final PyType ENUMERATE = PyIter.iterType("enumerate");
    static final PyType ZIP = PyIter.iterType("zip");
    static final PyType MAP = PyIter.iterType("map");
    static final PyType FILTER = PyIter.iterType("filter");
    static final PyType REVERSED = PyIter.iterType("reversed");
    static final PyType CALLABLE_ITER = PyIter.iterType("callable_iterator");

    private static Object print(Interp interp, Object[] a, String[] k) {
        int n = Args.npos(a, k);
        Object sep = Args.kw(a, k, "sep", Py.None), end = Args.kw(a, k, "end", Py.None);
        Object file = Args.kw(a, k, "file", Py.None), flush = Args.kw(a, k, "flush", false);
        String sepS = sep == Py.None ? " " : checkStr(sep, "sep");
        String endS = end == Py.None ? "\n" : checkStr(end, "end");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(sepS);
            sb.append(Ops.str(a[i]));
        }
        sb.append(endS);
        if (file == Py.None) file = SysModule.stdout(interp);
        StreamObject.write(interp, file, sb.toString());
        if (Ops.truthy(flush)) StreamObject.flush(interp, file);
        return Py.None;
    }

    private static String checkStr(Object o, String what) {
        if (o instanceof String s) return s;
        throw Py.TypeError(what + " must be None or a string, not " + Ops.typeName(o));
    }

    private static String radix(Object o, int radix, String prefix) {
        long dummy = 0;
        java.math.BigInteger v;
        if (o instanceof Long || o instanceof Boolean || o instanceof java.math.BigInteger) v = IntOps.big(o);
        else v = java.math.BigInteger.valueOf(Ops.asIndex(o));
        String s = v.abs().toString(radix);
        return (v.signum() < 0 ? "-" : "") + prefix + s;
    }

    static boolean isinstance(Object o, Object cls) {
        if (cls instanceof PyTuple t) {
            for (Object c : t.items) if (isinstance(o, c)) return true;
            return false;
        }
        if (cls instanceof PyUnionType u) return u.matches(o, false);
        if (cls instanceof PyType t) {
            if (Ops.typeOf(o).isSubtypeOf(t)) return true;
            Object check = t.type().lookup("__instancecheck__");
            if (check != null && !(check instanceof PyBuiltinFunction)) return Ops.truthy(Ops.callMethod(check, t, o));
            return false;
        }
        Object check = Ops.typeOf(cls).lookup("__instancecheck__");
        if (check != null && !(check instanceof PyBuiltinFunction)) return Ops.truthy(Ops.callMethod(check, cls, o));
        throw Py.TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    static boolean issubclass(Object c, Object cls) {
        if (!(c instanceof PyType ct)) throw Py.TypeError("issubclass() arg 1 must be a class");
        if (cls instanceof PyTuple t) {
            for (Object x : t.items) if (issubclass(c, x)) return true;
            return false;
        }
        if (cls instanceof PyUnionType u) return u.matches(c, true);
        if (cls instanceof PyType t) {
            if (ct.isSubtypeOf(t)) return true;
            Object check = t.type().lookup("__subclasscheck__");
            if (check != null && !(check instanceof PyBuiltinFunction)) return Ops.truthy(Ops.callMethod(check, t, c));
            return false;
        }
        throw Py.TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    private static Object minmax(Object[] a, String[] k, boolean isMin) {
        String fn = isMin ? "min" : "max";
        int n = Args.npos(a, k);
        Object key = Args.kw(a, k, "key", Py.None);
        Object dflt = Args.kw(a, k, "default", null);
        Object[] items;
        if (n == 1) items = Iter.toArray(a[0]);
        else if (n == 0) throw Py.TypeError(fn + " expected at least 1 argument, got 0");
        else items = Arrays.copyOf(a, n);
        if (items.length == 0) {
            if (dflt != null) return dflt;
            throw Py.ValueError(fn + "() arg is an empty sequence");
        }
        Object best = items[0];
        Object bestKey = key == Py.None ? best : Ops.call(key, best);
        for (int i = 1; i < items.length; i++) {
            Object kv = key == Py.None ? items[i] : Ops.call(key, items[i]);
            if (isMin ? Compare.lt(kv, bestKey) : Compare.lt(bestKey, kv)) {
                best = items[i];
                bestKey = kv;
            }
        }
        return best;
    }

    private static Object reversed(Object seq) {
        Object f = Ops.typeOf(seq).lookup("__reversed__");
        if (f != null && (!(f instanceof PyBuiltinFunction) || seq instanceof PyRange)) return Ops.callMethod(f, seq);
        if (seq instanceof PyDict d) {
            Object[] keys = Iter.toArray(d);
            return revArray(keys, seq);
        }
        if (seq instanceof PyList l) {
            Refs.incref(l);
            return new PyIter(REVERSED) {
                int i = l.size() - 1;
                @Override public Object next() {
                    if (i >= l.size()) i = l.size() - 1;
                    return i >= 0 ? l.get(i--) : null;
                }
                @Override protected void clearRefs() { Refs.decref(l); }
            };
        }
        if (seq instanceof PyTuple || seq instanceof String || seq instanceof PyRange || seq instanceof PyBytes
                || Ops.typeOf(seq).lookup("__getitem__") != null && Ops.typeOf(seq).lookup("__len__") != null) {
            int len = Ops.len(seq);
            Object[] items = new Object[len];
            for (int i = 0; i < len; i++) items[i] = Items.getitem(seq, (long) i);
            return revArray(items, seq);
        }
        throw Py.TypeError("'" + Ops.typeName(seq) + "' object is not reversible");
    }

    private static Object revArray(Object[] items, Object owner) {
        Object[] r = new Object[items.length];
        for (int i = 0; i < items.length; i++) r[i] = items[items.length - 1 - i];
        return new Iter.ArrayIter(REVERSED, r, owner);
    }

    private static Object callableIter(Object fn, Object sentinel) {
        Refs.incref(fn);
        return new PyIter(CALLABLE_ITER) {
            boolean done;
            @Override public Object next() {
                if (done) return null;
                Object v = Ops.call(fn);
                if (Ops.eq(v, sentinel)) { done = true; return null; }
                return v;
            }
            @Override protected void clearRefs() { Refs.decref(fn); }
        };
    }
}
