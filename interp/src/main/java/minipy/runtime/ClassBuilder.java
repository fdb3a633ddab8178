package minipy.runtime;

import minipy.vm.Interpreter;
import minipy.vm.PyFunction;

/** __build_class__ and type(name, bases, dict): creates classes. */
public final class ClassBuilder {
    private ClassBuilder() {}

    /** __build_class__(func, name, *bases, metaclass=..., **kwds). */
    public static Object buildClass(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos < 2) throw Py.TypeError("__build_class__: not enough arguments");
        PyFunction body = (PyFunction) args[0];
        String name = (String) args[1];
        Object[] bases = new Object[npos - 2];
        System.arraycopy(args, 2, bases, 0, bases.length);
        bases = mroEntries(bases);
        Object meta = null;
        java.util.List<String> extraNames = new java.util.ArrayList<>();
        java.util.List<Object> extraVals = new java.util.ArrayList<>();
        for (int i = 0; i < nkw; i++) {
            if (kwnames[i].equals("metaclass")) meta = args[npos + i];
            else { extraNames.add(kwnames[i]); extraVals.add(args[npos + i]); }
        }
        if (meta == null) {
            meta = PyType.TYPE;
            for (Object b : bases) {
                PyType mt = Ops.typeOf(b);
                if (mt != PyType.TYPE && mt.isSubtypeOf(PyType.TYPE)) meta = mt;
            }
        }
        PyDict ns = new PyDict();
        Refs.incref(ns);
        try {
            PyCell classCell = Interpreter.runClassBody(body, ns);
            Object cls;
            PyTuple basesT = PyTuple.of(bases);
            Refs.incref(basesT);     // a counted temporary (a floating one would stay tracked forever)
            try {
                Object[] cargs = new Object[3 + extraVals.size()];
                cargs[0] = name; cargs[1] = basesT; cargs[2] = ns;
                for (int i = 0; i < extraVals.size(); i++) cargs[3 + i] = extraVals.get(i);
                String[] ckw = extraNames.isEmpty() ? null : extraNames.toArray(new String[0]);
                if (meta == PyType.TYPE) {
                    cls = typeNew(PyType.TYPE, cargs, ckw);
                } else {
                    cls = Ops.call(meta, cargs, ckw);
                }
            } finally {
                Refs.decref(basesT);
            }
            if (classCell != null) classCell.set(cls);
            return cls;
        } finally {
            Refs.release(ns);
        }
    }

    /** Bases that are not classes but have __mro_entries__ (list[int], typing generics) replaced by what it returns. */
    private static Object[] mroEntries(Object[] bases) {
        boolean any = false;
        for (Object b : bases) if (!(b instanceof PyType) && Ops.getattrOrNull(b, "__mro_entries__") != null) { any = true; break; }
        if (!any) return bases;
        PyTuple orig = PyTuple.of(bases.clone());
        java.util.List<Object> out = new java.util.ArrayList<>();
        for (Object b : bases) {
            Object me = b instanceof PyType ? null : Ops.getattrOrNull(b, "__mro_entries__");
            if (me == null) { out.add(b); continue; }
            Object r = Ops.call(me, orig);
            if (!(r instanceof PyTuple rt)) throw Py.TypeError("__mro_entries__ must return a tuple");
            java.util.Collections.addAll(out, rt.items);
        }
        return out.toArray();
    }

    /** type(name, bases, ns) and type.__new__(meta, name, bases, ns). */
    public static Object typeNew(PyType meta, Object[] args, String[] kwnames) {
        String name = (String) args[0];
        Object[] bases = ((PyTuple) args[1]).items;
        PyDict ns = (PyDict) args[2];
        PyType[] bt = new PyType[bases.length == 0 ? 1 : bases.length];
        if (bases.length == 0) bt[0] = PyType.OBJECT;
        for (int i = 0; i < bases.length; i++) {
            if (!(bases[i] instanceof PyType t)) throw Py.TypeError("bases must be types");
            if (!t.baseType) throw Py.TypeError("type '" + t.name + "' is not an acceptable base type");
            bt[i] = t;
        }
        PyType cls = new PyType(name, bt, true);
        cls.metatype = meta;
        Object slotsDecl = ns.getStr("__slots__");
        if (slotsDecl != null) {
            java.util.Set<String> slots = new java.util.LinkedHashSet<>();
            boolean dict = false;
            Object[] names = slotsDecl instanceof String s1 ? new Object[] {s1} : Iter.toArray(slotsDecl);
            for (Object o : names) {
                if (!(o instanceof String sn)) throw Py.TypeError("__slots__ items must be strings, not '" + Ops.typeName(o) + "'");
                if (sn.equals("__dict__")) dict = true;
                else slots.add(sn);
            }
            boolean basesHaveDict = false;
            for (PyType b : bt) {
                for (PyType m : b.mro) {
                    if (m.heap && m.slots == null) basesHaveDict = true;
                    if (m.slots != null) slots.addAll(m.slots);
                }
            }
            if (!dict && !basesHaveDict) cls.slots = slots;
        } else {
            // a class without __slots__ has a __dict__; inherit nothing
        }
        for (int i = 0; i < ns.positions(); i++) {
            Object k = ns.keyAt(i);
            if (k == null || "__classcell__".equals(k)) continue;
            Object v = ns.valueAt(i);
            if (("__new__".equals(k)) && v instanceof PyFunction) v = new PyWrappers.StaticMethod(v);
            if (("__init_subclass__".equals(k) || "__class_getitem__".equals(k)) && v instanceof PyFunction) {
                v = new PyWrappers.ClassMethod(v);
            }
            cls.dict.put(k, v);
        }
        Object q = ns.getStr("__qualname__");
        if (q instanceof String qs) cls.qualname = qs;
        Object m = ns.getStr("__module__");
        if (m instanceof String ms) cls.module = ms;
        cls.dict.remove("__qualname__");
        cls.updateFlags();
        for (PyType b : bt) Refs.incref(b);
        Object cell = ns.getStr("__classcell__");
        if (cell instanceof PyCell c) c.set(cls);
        // __set_name__ on the namespace's descriptors, in definition order
        Refs.incref(cls);   // keeps the new class alive while Python code runs, floating again after
        try {
        for (int i = 0; i < ns.positions(); i++) {
            Object k = ns.keyAt(i);
            if (!(k instanceof String ks) || ks.equals("__classcell__")) continue;
            Object v = ns.valueAt(i);
            if (v instanceof PyInstance) {
                Object sn = Ops.typeOf(v).lookup("__set_name__");
                if (sn != null) {
                    Ops.callMethod(sn, v, cls, ks);
                }
            }
        }
        int nkw = kwnames == null ? 0 : kwnames.length;
        Object[] kwargs = new Object[nkw];
        System.arraycopy(args, args.length - nkw, kwargs, 0, nkw);
        for (int i = 1; i < cls.mro.length; i++) {
            Object init = cls.mro[i].dict.getStr("__init_subclass__");
            if (init != null) {
                Object f = init instanceof PyWrappers.ClassMethod cm ? cm.func : init;
                if (f instanceof PyFunction) Ops.call(f, Ops.prepend(cls, kwargs), nkw == 0 ? null : kwnames);
                else if (nkw > 0) throw Py.TypeError(cls.name + ".__init_subclass__() takes no keyword arguments");
                break;
            }
        }
        } finally {
            Refs.release(cls);
        }
        return cls;
    }
}
