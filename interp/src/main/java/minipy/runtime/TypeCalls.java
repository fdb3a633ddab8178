package minipy.runtime;

import minipy.vm.PyFunction;

/** Calling a type: type(x), builtin constructors, and __new__/__init__ for classes. */
public final class TypeCalls {
    private TypeCalls() {}

    public static Object call(PyType t, Object[] args, String[] kwnames) {
        PyType meta = t.type();
        if (meta.heap) {
            Object c = meta.lookup("__call__");
            if (c instanceof PyFunction) return Ops.call(c, Ops.prepend(t, args), kwnames);
        }
        return callDirect(t, args, kwnames);
    }

    /** type.__call__: __new__ then __init__. */
    public static Object callDirect(PyType t, Object[] args, String[] kwnames) {
        if (t == PyType.TYPE) {
            if (args.length == 1 && kwnames == null) return Ops.typeOf(args[0]);
            if (args.length == 3) return ClassBuilder.typeNew(PyType.TYPE, args, kwnames);
            throw Py.TypeError("type() takes 1 or 3 arguments");
        }
        if (!t.heap) {
            if (t.constructor == null) throw Py.TypeError("cannot create '" + t.name + "' instances");
            return t.constructor.call(t, args, kwnames);
        }
        Object abs = t.lookup("__abstractmethods__");
        if (abs instanceof PySet as && as.size() > 0) {
            java.util.List<String> names = new java.util.ArrayList<>();
            for (Object o : Iter.toArray(as)) names.add(Ops.str(o));
            java.util.Collections.sort(names);
            throw Py.TypeError("Can't instantiate abstract class " + t.name + " with abstract method"
                    + (names.size() > 1 ? "s " : " ") + String.join(", ", names));
        }
        Object newFn = t.lookup("__new__");
        Object obj;
        if (newFn instanceof PyWrappers.StaticMethod sm) newFn = sm.func;
        if (newFn instanceof PyFunction) {
            obj = Ops.call(newFn, Ops.prepend(t, args), kwnames);
        } else if (t.allocator != null && (t.constructor == null || t.isSubtypeOf(PyType.OBJECT) && allocatorOnly(t))) {
            obj = t.allocator.apply(t);
            if (obj instanceof PyBaseException e) e.setArgs(PyTuple.of(java.util.Arrays.copyOf(args, args.length - (kwnames == null ? 0 : kwnames.length))));
        } else if (t.constructor != null) {
            obj = box(t, t.constructor.call(t, args, kwnames));
        } else {
            throw Py.TypeError("cannot create '" + t.name + "' instances");
        }
        if (!Ops.typeOf(obj).isSubtypeOf(t)) return obj;
        Object init = t.lookup("__init__");
        if (init instanceof PyFunction || init instanceof PyMethod || (init instanceof PyBuiltinFunction && init != objectInit())) {
            Refs.incref(obj);
            try {
                Object r = Ops.call(init, Ops.prepend(obj, args), kwnames);
                if (r != Py.None) throw Py.TypeError("__init__() should return None, not '" + Ops.typeName(r) + "'");
            } finally {
                Refs.release(obj);
            }
        } else if ((args.length > 0 || kwnames != null) && !(newFn instanceof PyFunction) && obj instanceof PyInstance
                && !(obj instanceof PyBaseException) && !(obj instanceof PyBoxed)) {
            throw Py.TypeError(t.name + "() takes no arguments");
        }
        return obj;
    }

    /**
     * For the VM's call fast path: a new blank instance of heap type t when calling t would
     * only allocate it (no Python __new__, not an exception type) and then run __init__;
     * null when the general path ({@link #call}) is needed. Decided before allocating.
     */
    public static PyObject allocateSimple(PyType t) {
        if (!t.heap || t.allocator == null) return null;
        Object newFn = t.lookup("__new__");
        if (newFn instanceof PyWrappers.StaticMethod sm) newFn = sm.func;
        if (newFn instanceof PyFunction) return null;
        if (t.constructor != null && !(t.isSubtypeOf(PyType.OBJECT) && allocatorOnly(t))) return null;
        if (t.isSubtypeOf(Exc.BaseException)) return null;
        PyObject obj = t.allocator.apply(t);
        return obj.type().isSubtypeOf(t) ? obj : null;
    }

    /** An int/float/str/tuple value made by a builtin constructor, as an instance of subclass cls. */
    public static Object box(PyType cls, Object value) {
        if (!cls.heap || Ops.typeOf(value).isSubtypeOf(cls)) return value;
        if (value instanceof PyTuple tv && cls.isSubtypeOf(PyType.TUPLE)) {
            PyTuple r = new PyTuple(tv.items.clone());
            r.type = cls;
            return r;
        }
        PyType base = PyBoxed.valueBase(cls);
        if (base != null && Ops.typeOf(value).isSubtypeOf(base)) {
            if (base == PyType.INT && value instanceof Boolean b) value = b ? 1L : 0L;
            return new PyBoxed(cls, value);
        }
        return value;
    }

    /** int/float/str/tuple.__new__(cls, ...): the builtin constructor, then boxed for a subclass. */
    public static void installNew() {
        for (PyType base : new PyType[] {PyType.INT, PyType.FLOAT, PyType.STR, PyType.TUPLE}) {
            PyType.TypeCall ctor = base.constructor;
            base.dict.put("__new__", new PyBuiltinFunction("__new__", (a, k) -> {
                if (a.length == 0 || !(a[0] instanceof PyType cls)) throw Py.TypeError(base.name + ".__new__(X): X is not a type object");
                if (!cls.isSubtypeOf(base)) {
                    throw Py.TypeError(base.name + ".__new__(" + cls.name + "): " + cls.name + " is not a subtype of " + base.name);
                }
                Object v = ctor.call(base, java.util.Arrays.copyOfRange(a, 1, a.length), k);
                return box(cls, v);
            }, null, false, base.name).immortal());
        }
        PyType.typeModified();
    }

    private static boolean allocatorOnly(PyType t) {
        for (PyType b : t.mro) {
            if (b == PyType.OBJECT || b.isSubtypeOf(Exc.BaseException) && !b.heap) return true;
            if (!b.heap) return b.allocator != null && (b == PyType.LIST || b == PyType.DICT);
        }
        return true;
    }

    private static Object objectInit() { return PyType.OBJECT.dict.getStr("__init__"); }
}
