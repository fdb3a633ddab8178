package minipy.modules;

import minipy.runtime.*;
import minipy.vm.Interp;

/** _weakref: the native part of weakref (the reference type and the counting functions); weakref.py builds on it. */
final class WeakrefModule {
    private WeakrefModule() {}

    static {
        PyType t = PyWeakref.TYPE;
        t.module = "weakref";
        t.baseType = false;
        t.constructor = (cls, a, k) -> {
            Args.noKw("ref", k);
            if (a.length < 1 || a.length > 2) {
                throw Py.TypeError(a.length < 1 ? "__new__ expected at least 1 argument, got 0"
                        : "__new__ expected at most 2 arguments, got " + a.length);
            }
            return PyWeakref.create(a[0], a.length > 1 ? a[1] : Py.None);
        };
        t.def("__call__", (a, k) -> {
            Args.noKw("weakref", k);
            if (a.length != 1) throw Py.TypeError("weakref() takes no arguments (" + (a.length - 1) + " given)");
            PyObject r = ((PyWeakref) a[0]).get();
            return r == null ? Py.None : r;
        });
        t.dict.put("__callback__", new PyWrappers.Property(
                PyBuiltinFunction.method("weakref", "__callback__", (a, k) -> ((PyWeakref) a[0]).callback()),
                Py.None, Py.None, Py.None).immortal());
    }

    static PyModule create(Interp interp) {
        PyModule m = new PyModule("_weakref");
        m.set("ref", PyWeakref.TYPE);
        m.set("ReferenceType", PyWeakref.TYPE);
        m.def("getweakrefcount", (a, k) -> {
            Args.count("getweakrefcount", a, k, 1, 1);
            return (long) PyWeakref.count(a[0]);
        });
        m.def("getweakrefs", (a, k) -> {
            Args.count("getweakrefs", a, k, 1, 1);
            PyList out = new PyList();
            for (PyWeakref w : PyWeakref.refsTo(a[0])) out.append(w);
            return out;
        });
        return m;
    }
}
