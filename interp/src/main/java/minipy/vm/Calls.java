package minipy.vm;

import minipy.runtime.*;

/** Calls, argument binding, and the helpers of the less frequent instructions. */
final class Calls {
    private Calls() {}

    /** "Did you mean" for a NameError: the frame's locals, then globals, then builtins. */
    static String nameSuggestion(String name) {
        try {
            Frame f = ThreadState.current().frame;
            if (f == null) return null;
            java.util.List<String> names = new java.util.ArrayList<>();
            if (f.locals != null) {
                for (Object k : Iter.toArray(f.locals)) if (k instanceof String s) names.add(s);
            } else {
                PyCode c = f.code;
                for (int i = 0; i < c.varnames.length; i++) if (f.slots[i] != null) names.add(c.varnames[i]);
                for (int i = 0; i < c.cellvars.length + c.freevars.length; i++) {
                    Object cell = f.slots[c.varnames.length + i];
                    if (cell instanceof PyCell pc && pc.value != null) names.add(i < c.cellvars.length ? c.cellvars[i] : c.freevars[i - c.cellvars.length]);
                }
            }
            String s = Suggestions.best(names, name);
            if (s != null) return s;
            names.clear();
            for (Object k : Iter.toArray(f.globals)) if (k instanceof String g) names.add(g);
            s = Suggestions.best(names, name);
            if (s != null) return s;
            names.clear();
            for (Object k : Iter.toArray(f.builtins)) if (k instanceof String g) names.add(g);
            return Suggestions.best(names, name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Calls fn with n arguments found in src[base, base+n) (borrowed); kwnames name the trailing ones. */
    static Object call(ThreadState ts, Object fn, Object[] src, int base, int n, String[] kwnames) {
        if (fn instanceof PyFunction pf) {
            Frame f = setupFrame(ts, pf, src, base, n, kwnames);
            if (pf.code.isGenerator()) return PyGenerator.make(f);
            return Interpreter.execute(ts, f);
        }
        if (fn instanceof PyMethod m && m.func instanceof PyFunction pf) {
            Object[] a = new Object[n + 1];
            a[0] = m.self;
            System.arraycopy(src, base, a, 1, n);
            Frame f = setupFrame(ts, pf, a, 0, n + 1, kwnames);
            if (pf.code.isGenerator()) return PyGenerator.make(f);
            return Interpreter.execute(ts, f);
        }
        if (fn instanceof PyType t && t.heap && kwnames == null) {
            Object init = t.lookup("__init__");
            if (init instanceof PyFunction pf && pf.code.simpleArgs && pf.code.argcount == n + 1 && !pf.code.isGenerator()) {
                return constructSimple(ts, t, pf, src, base, n);
            }
        }
        Object[] a = new Object[n];
        System.arraycopy(src, base, a, 0, n);
        return Ops.call(fn, a, kwnames);
    }

    /** cls(args) for a class whose __init__ is a plain Python function taking exactly the arguments given. */
    private static Object constructSimple(ThreadState ts, PyType t, PyFunction init, Object[] src, int base, int n) {
        PyObject obj = TypeCalls.allocateSimple(t);
        if (obj == null) {
            Object[] a = new Object[n];
            System.arraycopy(src, base, a, 0, n);
            return TypeCalls.call(t, a, null);
        }
        Refs.incref(obj);
        try {
            Object[] a = new Object[n + 1];
            a[0] = obj;
            System.arraycopy(src, base, a, 1, n);
            Object r = Interpreter.execute(ts, setupFrame(ts, init, a, 0, n + 1, null));
            if (r != Py.None) throw Py.TypeError("__init__() should return None, not '" + Ops.typeName(r) + "'");
        } finally {
            Refs.release(obj);
        }
        return obj;
    }

    /** A new frame for fn with its parameters bound (CPython's initialize_locals). */
    static Frame setupFrame(ThreadState ts, PyFunction fn, Object[] src, int base, int n, String[] kwnames) {
        PyCode co = fn.code;
        if (kwnames == null && n == co.argcount && co.simpleArgs) {
            // fast path: exactly the positional parameters, no defaults needed, no cells
            Frame f = new Frame(co, fn, fn.globals, ts.interp.builtinsDict, null);
            Object[] s = f.slots;
            for (int i = 0; i < n; i++) {
                Object v = src[base + i];
                Refs.incref(v);
                s[i] = v;
            }
            if (fn.closure != null) {
                int off = co.nlocals();
                for (int i = 0; i < fn.closure.length; i++) {
                    Refs.incref(fn.closure[i]);
                    s[off + i] = fn.closure[i];
                }
            }
            return f;
        }
        Frame f = new Frame(co, fn, fn.globals, ts.interp.builtinsDict, null);
        Object[] s = f.slots;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = n - nkw;
        int argc = co.argcount;
        boolean varargs = (co.flags & PyCode.VARARGS) != 0, varkw = (co.flags & PyCode.VARKEYWORDS) != 0;
        int total = argc + co.kwonlyargcount;
        PyDict kwdict = null;
        if (varkw) {
            kwdict = new PyDict();
            int slot = total + (varargs ? 1 : 0);
            Refs.incref(kwdict);
            s[slot] = kwdict;
        }
        int m = Math.min(npos, argc);
        for (int i = 0; i < m; i++) {
            Object v = src[base + i];
            Refs.incref(v);
            s[i] = v;
        }
        if (varargs) {
            Object[] extra = new Object[Math.max(0, npos - argc)];
            System.arraycopy(src, base + m, extra, 0, extra.length);
            PyTuple t = PyTuple.of(extra);
            Refs.incref(t);
            s[total] = t;
        } else if (npos > argc) {
            f.clear();
            throw tooManyPositional(fn, npos, nkw);
        }
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            Object v = src[base + npos + k];
            int idx = -1;
            for (int j = co.posonlyargcount; j < total; j++) {
                if (co.varnames[j].equals(name)) { idx = j; break; }
            }
            if (idx < 0) {
                if (kwdict == null) {
                    f.clear();
                    boolean posonly = false;
                    for (int j = 0; j < co.posonlyargcount; j++) if (co.varnames[j].equals(name)) posonly = true;
                    if (posonly) {
                        throw Py.TypeError(fn.qualname + "() got some positional-only arguments passed as keyword arguments: '" + name + "'");
                    }
                    throw Py.TypeError(fn.qualname + "() got an unexpected keyword argument '" + name + "'");
                }
                kwdict.put(name, v);
                continue;
            }
            if (s[idx] != null) {
                f.clear();
                throw Py.TypeError(fn.qualname + "() got multiple values for argument '" + name + "'");
            }
            Refs.incref(v);
            s[idx] = v;
        }
        if (npos < argc || co.kwonlyargcount > 0) fillDefaults(fn, f, npos);
        // cells: fresh cells, initialised from arguments that are captured
        int nl = co.nlocals();
        for (int i = 0; i < co.cellvars.length; i++) {
            int a = co.cell2arg[i];
            PyCell c = new PyCell(a >= 0 ? s[a] : null);
            Refs.incref(c);
            s[nl + i] = c;
        }
        if (fn.closure != null) {
            int off = nl + co.cellvars.length;
            for (int i = 0; i < fn.closure.length; i++) {
                Refs.incref(fn.closure[i]);
                s[off + i] = fn.closure[i];
            }
        }
        return f;
    }

    private static void fillDefaults(PyFunction fn, Frame f, int npos) {
        PyCode co = fn.code;
        Object[] s = f.slots;
        int argc = co.argcount;
        Object[] defs = fn.defaults;
        int ndef = defs == null ? 0 : defs.length;
        java.util.List<String> missing = null;
        for (int i = npos; i < argc; i++) {
            if (s[i] != null) continue;
            int d = i - (argc - ndef);
            if (d >= 0) {
                Refs.incref(defs[d]);
                s[i] = defs[d];
            } else {
                if (missing == null) missing = new java.util.ArrayList<>();
                missing.add(co.varnames[i]);
            }
        }
        if (missing != null) {
            f.clear();
            throw missingArgs(fn, missing, "positional");
        }
        for (int i = argc; i < argc + co.kwonlyargcount; i++) {
            if (s[i] != null) continue;
            Object v = fn.kwdefaults == null ? null : fn.kwdefaults.getStr(co.varnames[i]);
            if (v != null) {
                Refs.incref(v);
                s[i] = v;
            } else {
                if (missing == null) missing = new java.util.ArrayList<>();
                missing.add(co.varnames[i]);
            }
        }
        if (missing != null) {
            f.clear();
            throw missingArgs(fn, missing, "keyword-only");
        }
    }

    private static PyException missingArgs(PyFunction fn, java.util.List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) sb.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return Py.TypeError(fn.qualname + "() missing " + names.size() + " required " + kind + " argument"
                + (names.size() == 1 ? "" : "s") + ": " + sb);
    }

    private static PyException tooManyPositional(PyFunction fn, int given, int nkw) {
        PyCode co = fn.code;
        int ndef = fn.defaults == null ? 0 : fn.defaults.length;
        String takes;
        if (ndef > 0) takes = "from " + (co.argcount - ndef) + " to " + co.argcount;
        else takes = String.valueOf(co.argcount);
        String plural = (ndef == 0 && co.argcount == 1) ? "" : "s";
        return Py.TypeError(fn.qualname + "() takes " + takes + " positional argument" + plural + " but " + given
                + (given == 1 ? " was" : " were") + " given");
    }

    /** For LOAD_METHOD: the unbound method found on obj's type when it can skip binding, else null. */
    static Object lookupMethod(Object obj, String name) {
        if (obj instanceof PyInstance inst) {
            PyType t = inst.cls;
            if (t.hasGetattr) return null;
            Object d = t.lookup(name);
            if (d instanceof PyFunction && inst.dict.getStr(name) == null) return d;
            return null;
        }
        if (obj instanceof PyType || obj instanceof PyModule || obj instanceof Super) return null;
        PyType t = Ops.typeOf(obj);
        Object d = t.lookup(name);
        if (d instanceof PyBuiltinFunction b && b.isMethod) return d;
        if (d instanceof PyFunction) return d;
        return null;
    }

    static String[] kwnames(PyTuple t) {
        String[] r = new String[t.size()];
        for (int i = 0; i < r.length; i++) r[i] = (String) t.get(i);
        return r;
    }

    /** f(*args, **kw). */
    static Object callEx(Object fn, Object args, Object kw) {
        Object[] a = args instanceof PyTuple t ? t.items : Iter.toArray(args);
        if (kw == null || ((PyDict) kw).size() == 0) return Ops.call(fn, a, null);
        PyDict d = (PyDict) kw;
        Object[] all = new Object[a.length + d.size()];
        String[] names = new String[d.size()];
        System.arraycopy(a, 0, all, 0, a.length);
        int k = 0;
        for (int i = 0; i < d.positions(); i++) {
            Object key = d.keyAt(i);
            if (key == null) continue;
            if (!(key instanceof String)) throw Py.TypeError("keywords must be strings");
            names[k] = (String) key;
            all[a.length + k] = d.valueAt(i);
            k++;
        }
        return Ops.call(fn, all, names);
    }

    static void dictMerge(PyDict target, Object m, Object fn) {
        if (!(m instanceof PyDict) && !Ops.hasattr(m, "keys")) {
            throw Py.TypeError(funcName(fn) + " argument after ** must be a mapping, not " + Ops.typeName(m));
        }
        PyDict src = m instanceof PyDict d ? d : null;
        Object[] keys = src != null ? null : Iter.toArray(Ops.invoke(m, "keys"));
        int n = src != null ? src.positions() : keys.length;
        for (int i = 0; i < n; i++) {
            Object k = src != null ? src.keyAt(i) : keys[i];
            if (k == null) continue;
            if (target.containsKey(k)) {
                throw Py.TypeError(funcName(fn) + " got multiple values for keyword argument '" + Ops.str(k) + "'");
            }
            target.put(k, src != null ? src.valueAt(i) : Items.getitem(m, k));
        }
    }

    private static String funcName(Object fn) {
        if (fn instanceof PyFunction f) return f.qualname + "()";
        if (fn instanceof PyBuiltinFunction b) return b.name + "()";
        if (fn instanceof PyType t) return t.name + "()";
        return Ops.typeName(fn) + " object";
    }

    static String formatValue(Object v, int conversion, String spec) {
        switch (conversion) {
            case 1: v = Ops.str(v); break;
            case 2: v = Ops.repr(v); break;
            case 3: v = Builtins.ascii(v); break;
            default: break;
        }
        if (spec == null || spec.isEmpty()) {
            if (v instanceof String str) return str;
            if (v instanceof Long l) return l.toString();
        }
        return Builtins.format(v, spec == null ? "" : spec);
    }

    static Object[] unpack(Object seq, int n) {
        Object[] items;
        if (seq instanceof PyTuple t) items = t.items;
        else if (seq instanceof PyList l) items = l.toArray();
        else {
            Object it = Iter.iter(seq);
            Refs.incref(it);
            try {
                items = new Object[n];
                for (int i = 0; i < n; i++) {
                    Object x = Iter.next(it);
                    if (x == null) throw Py.ValueError("not enough values to unpack (expected " + n + ", got " + i + ")");
                    items[i] = x;
                }
                if (Iter.next(it) != null) throw Py.ValueError("too many values to unpack (expected " + n + ")");
                return items;
            } finally {
                Refs.decref(it);
            }
        }
        if (items.length < n) throw Py.ValueError("not enough values to unpack (expected " + n + ", got " + items.length + ")");
        if (items.length > n) throw Py.ValueError("too many values to unpack (expected " + n + ")");
        return items;
    }

    /** One step of yield-from: true with the yielded value, or false with the sub-iterator's return value. */
    static boolean send(Object it, Object v, Object[] out) {
        if (it instanceof PyGenerator g) {
            if (v == Py.None) {
                Object r = g.next();
                if (r != null) { out[0] = r; return true; }
                out[0] = g.frame.yielded ? Py.None : lastReturn(g);
                return false;
            }
            try {
                out[0] = g.send(v);
                return true;
            } catch (PyException e) {
                if (!e.matches(Exc.StopIteration)) throw e;
                out[0] = stopValue(e);
                return false;
            }
        }
        try {
            Object r;
            if (v == Py.None && Ops.typeOf(it).heap) {
                r = Ops.invoke(it, "__next__");      // a class's __next__: keep StopIteration's value
            } else if (v == Py.None) {
                r = Iter.next(it);
                if (r == null) { out[0] = Py.None; return false; }
            } else {
                r = Ops.invoke(it, "send", v);
            }
            out[0] = r;
            return true;
        } catch (PyException e) {
            if (!e.matches(Exc.StopIteration)) throw e;
            out[0] = stopValue(e);
            return false;
        }
    }

    private static Object lastReturn(PyGenerator g) { return g.lastValue(); }

    static Object stopValue(PyException e) {
        PyTuple a = e.value.args;
        return a.size() > 0 ? a.get(0) : Py.None;
    }

    static PyFunction makeFunction(PyCode code, PyDict globals, PyTuple defaults, PyDict kwdefaults, PyTuple closure) {
        PyCell[] cells = null;
        if (closure != null) {
            cells = new PyCell[closure.size()];
            for (int i = 0; i < cells.length; i++) cells[i] = (PyCell) closure.get(i);
        }
        PyFunction fn = new PyFunction(code, globals, defaults == null ? null : defaults.items.clone(), kwdefaults, cells);
        if (code.consts.length > 0 && code.consts[0] instanceof String doc && (code.flags & PyCode.HAS_DOC) != 0) {
            fn.doc = doc;
        }
        return fn;
    }

    static PyException makeRaise(Object exc, Object cause, boolean hasCause) {
        PyBaseException e = toException(exc);
        if (hasCause) {
            PyBaseException c = cause == Py.None ? null : toException(cause);
            Refs.incref((Object) c);
            Refs.decref((Object) e.cause);
            e.cause = c;
            e.suppressContext = true;
        }
        return new PyException(e);
    }

    static PyBaseException toException(Object exc) {
        if (exc instanceof PyBaseException e) return e;
        if (exc instanceof PyType t && t.isSubtypeOf(Exc.BaseException)) {
            Object r = Ops.call(t);
            if (r instanceof PyBaseException e) return e;
            throw Py.TypeError("calling " + Ops.repr(t) + " should have returned an instance of BaseException, not " + Ops.typeName(r));
        }
        throw Py.TypeError("exceptions must derive from BaseException");
    }

    static boolean exceptionMatches(Object exc, Object type) {
        if (type instanceof PyTuple t) {
            for (Object x : t.items) if (exceptionMatches(exc, x)) return true;
            return false;
        }
        if (!(type instanceof PyType pt) || !pt.isSubtypeOf(Exc.BaseException)) {
            throw Py.TypeError("catching classes that do not inherit from BaseException is not allowed");
        }
        return Ops.typeOf(exc).isSubtypeOf(pt);
    }

    /** with: returns {bound __exit__, result of __enter__()}. */
    static Object[] beforeWith(Object cm) {
        PyType t = Ops.typeOf(cm);
        Object enter = t.lookup("__enter__");
        Object exit = t.lookup("__exit__");
        if (enter == null) {
            throw Py.TypeError("'" + t.name + "' object does not support the context manager protocol");
        }
        if (exit == null) {
            throw Py.TypeError("'" + t.name + "' object does not support the context manager protocol (missed __exit__ method)");
        }
        Object boundExit = Ops.getattr(cm, "__exit__");
        Refs.incref(boundExit);
        try {
            Object r = Ops.callMethod(enter, cm);
            return new Object[] {boundExit, r};
        } finally {
            Refs.release(boundExit);
        }
    }

    static Object tracebackOf(Object exc) {
        PyBaseException e = (PyBaseException) exc;
        return e.traceback == null ? Py.None : new PyTracebackObject(e.traceback);
    }

    /** True if exc is already in handled's context chain (avoids cycles, as CPython does). */
    static boolean inContextChain(PyBaseException handled, PyBaseException exc) {
        for (PyBaseException c = handled; c != null; c = c.context) if (c == exc) return true;
        return false;
    }
}
