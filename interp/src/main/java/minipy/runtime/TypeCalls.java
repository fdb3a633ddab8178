package minipy.runtime;

import minipy.vm.PyFunction;

/** Calling a type: type(x), builtin constructors, and __new__/__init__ for classes. */
public final class TypeCalls {
    private TypeCalls() {}

    public static Object call(PyType t, Object[] args, String[] kwnames) {
        if (t == PyType.TYPE) {
            if (args.length == 1 && kwnames == null) return Ops.typeOf(args[0]);
            if (args.length == 3) return ClassBuilder.typeNew(PyType.TYPE, args, kwnames);
            throw Py.TypeError("type() takes 1 or 3 arguments");
        }
        if (!t.heap) {
            if (t.constructor == null) throw Py.TypeError("cannot create '" + t.name + "' instances");
            return t.constructor.call(t, args, kwnames);
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
            obj = t.constructor.call(t, args, kwnames);
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
                && !(obj instanceof PyBaseException)) {
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

    private static boolean allocatorOnly(PyType t) {
        for (PyType b : t.mro) {
            if (b == PyType.OBJECT || b.isSubtypeOf(Exc.BaseException) && !b.heap) return true;
            if (!b.heap) return b.allocator != null && (b == PyType.LIST || b == PyType.DICT);
        }
        return true;
    }

    private static Object objectInit() { return PyType.OBJECT.dict.getStr("__init__"); }
}
