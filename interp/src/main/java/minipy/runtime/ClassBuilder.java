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
        Object meta = null;
        for (int i = 0; i < nkw; i++) if (kwnames[i].equals("metaclass")) meta = args[npos + i];
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
                if (meta == PyType.TYPE) {
                    cls = typeNew(PyType.TYPE, new Object[] {name, basesT, ns}, null);
                } else {
                    cls = Ops.call(meta, new Object[] {name, basesT, ns}, null);
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
        for (int i = 1; i < cls.mro.length; i++) {
            Object init = cls.mro[i].dict.getStr("__init_subclass__");
            if (init != null) {
                Object f = init instanceof PyWrappers.ClassMethod cm ? cm.func : init;
                if (f instanceof PyFunction) Ops.call(f, cls);
                break;
            }
        }
        return cls;
    }
}
