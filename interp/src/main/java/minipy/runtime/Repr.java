package minipy.runtime;

import java.util.IdentityHashMap;
import minipy.vm.PyCode;
import minipy.vm.PyFunction;

/** repr() of the builtin heap types, with CPython's recursion guard ("[...]"). */
final class Repr {
    private Repr() {}

    private static final ThreadLocal<IdentityHashMap<Object, Boolean>> ACTIVE = ThreadLocal.withInitial(IdentityHashMap::new);

    static String addr(Object o) { return "0x" + Long.toHexString(Builtins.id(o)); }

    /** Objects whose class lives outside this package (native modules' types), which carry their own __repr__. */
    static boolean isNativeModuleType(PyObject p) {
        return !p.getClass().getPackageName().equals("minipy.runtime") && !(p instanceof minipy.vm.PyFunction)
                && !(p instanceof minipy.vm.PyGenerator) && !(p instanceof minipy.vm.PyCode);
    }

    static String repr(PyObject p) {
        if (p instanceof PySingleton) return p.toString();
        if (p instanceof PyWeakref w) return w.repr();
        if (p instanceof PyUnionType u) return u.repr();
        if (p instanceof PyDictView v) return v.repr();
        if (p instanceof PyList l) return guarded(l, "[...]", () -> "[" + join(l.toArray()) + "]");
        if (p instanceof PyStructSeq ss) return ss.repr();
        if (p instanceof PyTuple t) {
            if (t.size() == 1) return guarded(t, "(...)", () -> "(" + Ops.repr(t.get(0)) + ",)");
            return guarded(t, "(...)", () -> "(" + join(t.items) + ")");
        }
        if (p instanceof PyDict d) return guarded(d, "{...}", () -> dictRepr(d));
        if (p instanceof PySet s) return guarded(s, s.type().name + "(...)", s::repr);
        if (p instanceof PyByteArray ba) return ba.repr();
        if (p instanceof PyBytes b) return StrUtil.bytesRepr(b.bytes);
        if (p instanceof PyRange r) return r.repr();
        if (p instanceof PySlice s) return "slice(" + Ops.repr(s.start) + ", " + Ops.repr(s.stop) + ", " + Ops.repr(s.step) + ")";
        if (p instanceof PyType t) {
            return "<class '" + (t.module.equals("builtins") ? "" : t.module + ".") + t.qualname + "'>";
        }
        if (p instanceof PyFunction f) return "<function " + f.qualname + " at " + addr(f) + ">";
        if (p instanceof PyBuiltinFunction b) {
            if (b.self != null) return "<built-in method " + b.name + " of " + Ops.typeName(b.self) + " object at " + addr(b.self) + ">";
            if (b.isMethod) return "<method '" + b.name + "' of '" + b.owner + "' objects>";
            return "<built-in function " + b.name + ">";
        }
        if (p instanceof PyMethod m) {
            String fname = m.func instanceof PyFunction f ? f.qualname : Ops.str(Ops.getattr(m.func, "__name__"));
            return "<bound method " + fname + " of " + Ops.repr(m.self) + ">";
        }
        if (p instanceof PyModule m) {
            return "<module '" + m.name + "'" + (m.dict.getStr("__file__") instanceof String f ? " from '" + f + "'" : " (built-in)") + ">";
        }
        if (p instanceof PyBaseException e) return exceptionRepr(e);
        if (p instanceof PyCode c) return "<code object " + c.name + " at " + addr(c) + ", file \"" + c.filename + "\", line " + c.firstLine + ">";
        if (p instanceof minipy.vm.PyGenerator g) {
            return "<" + (g.frame.code.isCoroutine() ? "coroutine" : "generator") + " object " + g.qualname + " at " + addr(g) + ">";
        }
        if (p instanceof PyCell c) return "<cell at " + addr(c) + ": " + (c.value == null ? "empty" : Ops.typeName(c.value) + " object at " + addr(c.value)) + ">";
        PyType t = p.type();
        String mod = t.module.equals("builtins") ? "" : t.module + ".";
        return "<" + mod + t.qualname + " object at " + addr(p) + ">";
    }

    static String exceptionRepr(PyBaseException e) {
        String n = e.type().name;
        if (e.args.size() == 1) return n + "(" + Ops.repr(e.args.get(0)) + ")";
        return n + (e.args.size() == 0 ? "()" : join(e.args.items).isEmpty() ? "()" : "(" + join(e.args.items) + ")");
    }

    static String exceptionStr(PyBaseException e) {
        PyTuple a = e.args;
        if (e.type().isSubtypeOf(Exc.KeyError) && a.size() == 1) return Ops.repr(a.get(0));
        if (e.type().isSubtypeOf(Exc.OSError) && a.size() >= 2) {
            String s = "[Errno " + Ops.str(a.get(0)) + "] " + Ops.str(a.get(1));
            if (a.size() >= 3) s += ": " + Ops.repr(a.get(2));
            return s;
        }
        if (a.size() == 0) return "";
        if (a.size() == 1) return Ops.str(a.get(0));
        return Ops.repr(a);
    }

    private static String dictRepr(PyDict d) {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (int i = 0; i < d.positions(); i++) {
            Object k = d.keyAt(i);
            if (k == null) continue;
            if (!first) sb.append(", ");
            first = false;
            sb.append(Ops.repr(k)).append(": ").append(Ops.repr(d.valueAt(i)));
        }
        return sb.append('}').toString();
    }

    static String join(Object[] items) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(Ops.repr(items[i]));
        }
        return sb.toString();
    }

    static String guarded(Object o, String recursive, java.util.function.Supplier<String> f) {
        IdentityHashMap<Object, Boolean> active = ACTIVE.get();
        if (active.containsKey(o)) return recursive;
        active.put(o, Boolean.TRUE);
        try {
            return f.get();
        } finally {
            active.remove(o);
        }
    }
}
