package minipy.runtime;

import minipy.vm.PyCode;
import minipy.vm.PyFunction;

/** Attributes that live in Java fields rather than dicts: __class__, __name__, e.args, ... */
final class SpecialAttrs {
    private SpecialAttrs() {}

    static Object get(Object obj, String name) {
        switch (name) {
            case "__class__": return Ops.typeOf(obj);
            case "__dict__": {
                if (obj instanceof PyInstance pi && (pi.cls.slots != null || pi.cls == PyType.OBJECT)) return null;
                PyDict d = Attr.instanceDict(obj);
                if (d != null) {
                    if ((d.gcFlags & Gc.INLINE_DICT) != 0) {
                        d.gcFlags &= ~Gc.INLINE_DICT;   // CPython materialises the dict now (gc counts it)
                        if (d.gcNext == null && !d.isFreed()) Gc.track(d);
                    }
                    return d;
                }
                if (obj instanceof PyType t) return t.dict;
                if (obj instanceof PyFunction f) {
                    if (f.dict == null) { f.dict = new PyDict(); Refs.incref(f.dict); }
                    return f.dict;
                }
                return null;
            }
            default: break;
        }
        if (obj instanceof PyType t) return typeAttr(t, name);
        if (obj instanceof PyFunction f) return functionAttr(f, name);
        if (obj instanceof PyBaseException e) return exceptionAttr(e, name);
        if (obj instanceof PyMethod m) {
            if (name.equals("__self__")) return m.self;
            if (name.equals("__func__")) return m.func;
            return Ops.getattrOrNull(m.func, name);
        }
        if (obj instanceof PyBuiltinFunction b) {
            if (name.equals("__name__") || name.equals("__qualname__")) return b.name;
            if (name.equals("__self__")) return b.self == null ? Py.None : b.self;
            if (name.equals("__doc__")) return Py.None;
            if (name.equals("__module__")) return b.owner == null ? Py.None : b.owner;
        }
        if (obj instanceof PyModule m && name.equals("__name__")) return m.name;
        if (obj instanceof minipy.vm.PyGenerator g) {
            switch (name) {
                case "__name__": return g.name;
                case "__qualname__": return g.qualname;
                case "gi_running": case "cr_running": return Py.bool(g.isRunning());
                case "gi_code": case "cr_code": return g.frame.code;
                case "gi_frame": case "cr_frame": return g.isFinished() ? Py.None : new minipy.vm.PyFrameObject(g.frame);
                default: break;
            }
        }
        if (obj instanceof PyWrappers.Property p) {
            switch (name) {
                case "fget": return p.fget;
                case "fset": return p.fset;
                case "fdel": return p.fdel;
                case "__doc__": return p.doc;
                default: return null;
            }
        }
        if (obj instanceof PyWrappers.StaticMethod s && name.equals("__func__")) return s.func;
        if (obj instanceof PyWrappers.ClassMethod c && name.equals("__func__")) return c.func;
        if (obj instanceof minipy.vm.PyFrameObject fo) return fo.attr(name);
        if (obj instanceof PyCell cell && name.equals("cell_contents")) {
            if (cell.value == null) throw Py.ValueError("Cell is empty");
            return cell.value;
        }
        if (obj instanceof PyTracebackObject tbo) {
            switch (name) {
                case "tb_lineno": return (long) tbo.tb.line;
                case "tb_next": return tbo.tb.next == null ? Py.None : new PyTracebackObject(tbo.tb.next);
                default: return null;
            }
        }
        if (obj instanceof PyCode c) {
            switch (name) {
                case "co_name": return c.name;
                case "co_filename": return c.filename;
                case "co_firstlineno": return (long) c.firstLine;
                case "co_argcount": return (long) c.argcount;
                case "co_kwonlyargcount": return (long) c.kwonlyargcount;
                case "co_posonlyargcount": return (long) c.posonlyargcount;
                case "co_varnames": return PyTuple.of((Object[]) c.varnames.clone());
                case "co_freevars": return PyTuple.of((Object[]) c.freevars.clone());
                case "co_cellvars": return PyTuple.of((Object[]) c.cellvars.clone());
                case "co_nlocals": return (long) c.varnames.length;
                case "co_flags": {
                    // CPython's bits: OPTIMIZED 1, NEWLOCALS 2, VARARGS 4, VARKEYWORDS 8, NESTED 16,
                    // GENERATOR 32, NOFREE 64, COROUTINE 128, ASYNC_GENERATOR 512
                    long f = (c.flags & (minipy.vm.PyCode.MODULE | minipy.vm.PyCode.CLASS_BODY)) != 0 ? 0 : 3;
                    if ((c.flags & minipy.vm.PyCode.VARARGS) != 0) f |= 4;
                    if ((c.flags & minipy.vm.PyCode.VARKEYWORDS) != 0) f |= 8;
                    if (c.freevars.length > 0) f |= 16; else f |= 64;
                    if (c.isAsyncGenerator()) f |= 512;
                    else if (c.isCoroutine()) f |= 128;
                    else if (c.isGenerator()) f |= 32;
                    return f;
                }
                default: return null;
            }
        }
        if (obj instanceof PySlice s) {
            switch (name) {
                case "start": return s.start;
                case "stop": return s.stop;
                case "step": return s.step;
                default: return null;
            }
        }
        if (obj instanceof PyRange r) {
            switch (name) {
                case "start": return r.start;
                case "stop": return r.stop;
                case "step": return r.step;
                default: return null;
            }
        }
        if (name.equals("__doc__")) return Py.None;
        if (obj instanceof Long || obj instanceof java.math.BigInteger || obj instanceof Boolean) {
            switch (name) {
                case "real": case "numerator": return IntOps.asInt(obj);
                case "imag": return 0L;
                case "denominator": return 1L;
                default: return null;
            }
        }
        if (obj instanceof Double d) {
            if (name.equals("real")) return d;
            if (name.equals("imag")) return 0.0;
        }
        return null;
    }

    private static Object typeAttr(PyType t, String name) {
        switch (name) {
            case "__name__": return t.name;
            case "__qualname__": return t.qualname;
            case "__module__": return t.module;
            case "__mro__": return PyTuple.of((Object[]) t.mro.clone());
            case "__bases__": return PyTuple.of((Object[]) t.bases.clone());
            case "__base__": return t.bases.length == 0 ? Py.None : t.bases[0];
            case "__doc__": return Py.None;
            default: return null;
        }
    }

    private static Object functionAttr(PyFunction f, String name) {
        switch (name) {
            case "__name__": return f.name;
            case "__qualname__": return f.qualname;
            case "__module__": return f.module;
            case "__doc__": return f.doc;
            case "__code__": return f.code;
            case "__globals__": return f.globals;
            case "__defaults__": return f.defaults == null ? Py.None : PyTuple.of(f.defaults.clone());
            case "__kwdefaults__": return f.kwdefaults == null ? Py.None : f.kwdefaults;
            case "__closure__": return f.closure == null ? Py.None : PyTuple.of((Object[]) f.closure.clone());
            case "__wrapped__": return null;
            case "__annotations__": {
                if (f.dict == null) { f.dict = new PyDict(); Refs.incref(f.dict); }
                PyDict d = new PyDict();
                f.dict.put("__annotations__", d);
                return d;
            }
            default: return null;
        }
    }

    private static Object exceptionAttr(PyBaseException e, String name) {
        switch (name) {
            case "args": return e.args;
            case "__traceback__": return e.traceback == null ? Py.None : new PyTracebackObject(e.traceback);
            case "__cause__": return e.cause == null ? Py.None : e.cause;
            case "__context__": return e.context == null ? Py.None : e.context;
            case "__suppress_context__": return e.suppressContext;
            default: break;
        }
        PyType t = e.type();
        if (t.isSubtypeOf(Exc.StopIteration) && name.equals("value")) {
            return e.args.size() > 0 ? e.args.get(0) : Py.None;
        }
        if (t.isSubtypeOf(Exc.SystemExit) && name.equals("code")) {
            return e.args.size() == 0 ? Py.None : e.args.size() == 1 ? e.args.get(0) : e.args;
        }
        if (t.isSubtypeOf(Exc.KeyError) || t.isSubtypeOf(Exc.ImportError)) {
            if (name.equals("name") || name.equals("path")) return Py.None;
        }
        if (t.isSubtypeOf(Exc.OSError)) {
            switch (name) {
                case "errno": return e.args.size() >= 2 ? e.args.get(0) : Py.None;
                case "strerror": return e.args.size() >= 2 ? e.args.get(1) : Py.None;
                case "filename": return e.args.size() >= 3 ? e.args.get(2) : Py.None;
                case "filename2": return Py.None;
                default: break;
            }
        }
        if (t.isSubtypeOf(Exc.SyntaxError)) {
            Object[] f = e.extra instanceof Object[] a ? a : null;
            switch (name) {
                case "msg": return e.args.size() > 0 ? e.args.get(0) : Py.None;
                case "filename": return f != null ? f[0] : Py.None;
                case "lineno": return f != null ? f[1] : Py.None;
                case "offset": return f != null ? f[2] : Py.None;
                case "text": return f != null ? f[3] : Py.None;
                default: break;
            }
        }
        return null;
    }

    static boolean setException(PyBaseException e, String name, Object value) {
        switch (name) {
            case "args": e.setArgs(value instanceof PyTuple t ? t : PyTuple.of(Iter.toArray(value))); return true;
            case "__cause__":
                e.cause = value == Py.None ? null : (PyBaseException) value;
                e.suppressContext = true;
                Refs.incref(e.cause);
                return true;
            case "__context__": e.context = value == Py.None ? null : (PyBaseException) value; Refs.incref(e.context); return true;
            case "__suppress_context__": e.suppressContext = Ops.truthy(value); return true;
            case "__traceback__":
                if (value == Py.None) { Traceback old = e.traceback; e.traceback = null; Traceback.releaseFrames(old); return true; }
                if (value instanceof PyTracebackObject to) {
                    // a copy of the entries (not of the frames they hold: those stay with their owner)
                    Traceback head = null, tail = null;
                    for (Traceback t = to.tb; t != null; t = t.next) {
                        Traceback c = new Traceback(t.filename, t.line, t.function, null);
                        c.frameToken = t.frameToken;
                        if (head == null) head = c; else tail.next = c;
                        tail = c;
                    }
                    Traceback old = e.traceback;
                    e.traceback = head;
                    Traceback.releaseFrames(old);
                    return true;
                }
                throw Py.TypeError("__traceback__ must be a traceback or None");
            default: return false;
        }
    }
}
