package minipy.runtime;

import minipy.vm.PyFunction;
import minipy.vm.PyGenerator;

/** Methods of object, type, BaseException, functions and generators. */
final class ObjectMethods {
    private ObjectMethods() {}

    static void install() {
        PyType o = PyType.OBJECT;
        o.constructor = (cls, a, k) -> cls == PyType.OBJECT ? new PyInstance(PyType.OBJECT) : cls.allocator.apply(cls);
        o.def("__init__", (a, k) -> Py.None);
        o.def("__new__", (a, k) -> {
            PyType cls = (PyType) a[0];
            PyObject obj = cls.allocator.apply(cls);
            return obj;
        });
        o.def("__repr__", (a, k) -> a[0] instanceof PyObject p ? Repr.repr(p)
                : "<" + Ops.typeName(a[0]) + " object at " + Repr.addr(a[0]) + ">");
        o.def("__str__", (a, k) -> Ops.repr(a[0]));
        o.def("__eq__", (a, k) -> a[0] == a[1] ? Boolean.TRUE : Py.NotImplemented);
        o.def("__ne__", (a, k) -> a[0] == a[1] ? Boolean.FALSE : Py.NotImplemented);
        o.def("__hash__", (a, k) -> (long) System.identityHashCode(a[0]));
        o.def("__getattribute__", (a, k) -> {
            Object v = a[0] instanceof PyInstance i ? Attr.genericGet(i, i.cls, (String) a[1]) : Attr.get(a[0], (String) a[1]);
            if (v == null) throw Attr.error(a[0], (String) a[1]);
            return v;
        });
        o.def("__setattr__", (a, k) -> {
            if (a[0] instanceof PyInstance i) Attr.genericSet(i, (String) a[1], a[2]);
            else if (a[0] instanceof PyType ty) Attr.setTypeAttr(ty, (String) a[1], a[2]);
            else Attr.set(a[0], (String) a[1], a[2]);
            return Py.None;
        });
        o.def("__delattr__", (a, k) -> {
            if (a[0] instanceof PyInstance i) Attr.genericDelete(i, (String) a[1]);
            else Attr.delete(a[0], (String) a[1]);
            return Py.None;
        });
        o.def("__format__", (a, k) -> {
            String spec = (String) a[1];
            if (!spec.isEmpty()) throw Py.TypeError("unsupported format string passed to " + Ops.typeName(a[0]) + ".__format__");
            return Ops.str(a[0]);
        });
        o.def("__dir__", (a, k) -> Builtins.dir(a[0]));
        o.def("__init_subclass__", (a, k) -> Py.None);
        o.def("__reduce_ex__", (a, k) -> Py.None);
        o.def("__sizeof__", (a, k) -> 16L);

        PyType t = PyType.TYPE;
        t.def("__call__", (a, k) -> TypeCalls.callDirect((PyType) a[0], java.util.Arrays.copyOfRange(a, 1, a.length), k));
        t.def("__new__", (a, k) -> {
            if (a.length == 2) return Ops.typeOf(a[1]);
            return ClassBuilder.typeNew((PyType) a[0], java.util.Arrays.copyOfRange(a, 1, a.length), k);
        });
        t.def("__init__", (a, k) -> Py.None);
        t.def("mro", (a, k) -> new PyList(((PyType) a[0]).mro.clone(), ((PyType) a[0]).mro.length));
        t.def("__subclasses__", (a, k) -> ((PyType) a[0]).subclasses());
        t.def("__instancecheck__", (a, k) -> Ops.isInstance(a[1], (PyType) a[0]));
        t.def("__subclasscheck__", (a, k) -> ((PyType) a[1]).isSubtypeOf((PyType) a[0]));

        PyType e = Exc.BaseException;
        e.def("__init__", (a, k) -> {
            PyBaseException x = (PyBaseException) a[0];
            if (k != null) throw Py.TypeError(x.type().name + "() takes no keyword arguments");
            x.setArgs(PyTuple.of(java.util.Arrays.copyOfRange(a, 1, a.length)));
            return Py.None;
        });
        e.def("__new__", (a, k) -> {
            PyType cls = (PyType) a[0];
            PyBaseException x = (PyBaseException) cls.allocator.apply(cls);
            x.setArgs(PyTuple.of(java.util.Arrays.copyOfRange(a, 1, a.length - (k == null ? 0 : k.length))));
            return x;
        });
        e.def("__str__", (a, k) -> Repr.exceptionStr((PyBaseException) a[0]));
        e.def("__repr__", (a, k) -> Repr.exceptionRepr((PyBaseException) a[0]));
        e.def("with_traceback", (a, k) -> {
            PyBaseException x = (PyBaseException) a[0];
            x.traceback = a[1] instanceof PyTracebackObject tb ? tb.tb : null;
            return x;
        });
        e.def("add_note", (a, k) -> {
            PyBaseException x = (PyBaseException) a[0];
            if (a.length != 2 || !(a[1] instanceof String)) {
                throw Py.TypeError("note must be a str, not '" + (a.length > 1 ? Ops.typeName(a[1]) : "NoneType") + "'");
            }
            Object notes = x.dict.getStr("__notes__");
            if (notes == null) {
                notes = new PyList();
                x.dict.put("__notes__", notes);
            }
            if (!(notes instanceof PyList nl)) throw Py.TypeError("Cannot add note: __notes__ is not a list");
            nl.append(a[1]);
            return Py.None;
        });
        for (PyType x : Exc.ALL) {
            x.constructor = (cls, a, k) -> {
                if (cls == Exc.OSError && a.length >= 2 && a[0] instanceof Long errno) cls = Exc.osErrorSubclass(errno.intValue());
                PyBaseException ex = (PyBaseException) cls.allocator.apply(cls);
                int npos = a.length - (k == null ? 0 : k.length);
                ex.setArgs(PyTuple.of(java.util.Arrays.copyOf(a, npos)));
                if (k != null) Exc.importErrorKeywords(ex, cls, a, k);
                return ex;
            };
        }
        Exc.ImportError.def("__init__", (a, k) -> {
            PyBaseException x = (PyBaseException) a[0];
            x.setArgs(PyTuple.of(java.util.Arrays.copyOfRange(a, 1, a.length - (k == null ? 0 : k.length))));
            if (k != null) Exc.importErrorKeywords(x, x.type(), a, k);
            return Py.None;
        });

        PyType.GENERATOR.def("__iter__", (a, k) -> a[0]);
        PyType.GENERATOR.def("__next__", (a, k) -> {
            Object v = ((PyGenerator) a[0]).next();
            if (v == null) throw Py.StopIteration(((PyGenerator) a[0]).lastValueOrNull());
            return v;
        });
        PyType.GENERATOR.def("send", (a, k) -> ((PyGenerator) a[0]).send(a[1]));
        PyType.GENERATOR.def("throw", (a, k) -> {
            Object exc = a[1];
            PyBaseException ex;
            if (exc instanceof PyType et) {
                ex = (PyBaseException) (a.length > 2 && a[2] != Py.None ? Ops.call(et, a[2]) : Ops.call(et));
            } else {
                ex = (PyBaseException) exc;
            }
            return ((PyGenerator) a[0]).throwExc(ex.raise());
        });
        PyType.GENERATOR.def("close", (a, k) -> { ((PyGenerator) a[0]).close(); return Py.None; });

        PyType.BUILTIN_FUNCTION.def("__call__", (a, k) -> Ops.call(a[0], java.util.Arrays.copyOfRange(a, 1, a.length), k));
        PyType.METHOD.def("__call__", (a, k) -> Ops.call(a[0], java.util.Arrays.copyOfRange(a, 1, a.length), k));
        for (PyType unhashable : new PyType[] {PyType.LIST, PyType.DICT, PyType.SET, PyType.BYTEARRAY}) {
            unhashable.dict.put("__hash__", Py.None);
        }
        PyType.FUNCTION.def("__get__", (a, k) -> a[1] == Py.None ? a[0] : new PyMethod(a[0], a[1]));
        PyType.FUNCTION.def("__call__", (a, k) -> Ops.call(a[0], java.util.Arrays.copyOfRange(a, 1, a.length), k));
        PyType.PROPERTY.constructor = (cls, a, k) -> {
            Object[] p = {Py.None, Py.None, Py.None, Py.None};
            for (int i = 0; i < a.length - (k == null ? 0 : k.length); i++) p[i] = a[i];
            if (k != null) {
                String[] names = {"fget", "fset", "fdel", "doc"};
                for (int j = 0; j < k.length; j++) {
                    for (int n = 0; n < 4; n++) if (names[n].equals(k[j])) p[n] = a[a.length - k.length + j];
                }
            }
            return new PyWrappers.Property(p[0], p[1], p[2], p[3]);
        };
        PyType.PROPERTY.def("setter", (a, k) -> {
            PyWrappers.Property p = (PyWrappers.Property) a[0];
            return new PyWrappers.Property(p.fget, a[1], p.fdel, p.doc);
        });
        PyType.PROPERTY.def("getter", (a, k) -> {
            PyWrappers.Property p = (PyWrappers.Property) a[0];
            return new PyWrappers.Property(a[1], p.fset, p.fdel, p.doc);
        });
        PyType.PROPERTY.def("deleter", (a, k) -> {
            PyWrappers.Property p = (PyWrappers.Property) a[0];
            return new PyWrappers.Property(p.fget, p.fset, a[1], p.doc);
        });
        PyType.PROPERTY.def("__get__", (a, k) -> {
            PyWrappers.Property p = (PyWrappers.Property) a[0];
            return a[1] == Py.None ? p : Ops.call(p.fget, a[1]);
        });
        PyType.STATICMETHOD.def("__get__", (a, k) -> ((PyWrappers.StaticMethod) a[0]).func);
        PyType.CLASSMETHOD.def("__get__", (a, k) -> {
            Object owner = a.length > 2 && a[2] != Py.None ? a[2] : Ops.typeOf(a[1]);
            return new PyMethod(((PyWrappers.ClassMethod) a[0]).func, owner);
        });
        PyType.STATICMETHOD.constructor = (cls, a, k) -> new PyWrappers.StaticMethod(a[0]);
        PyType.CLASSMETHOD.constructor = (cls, a, k) -> new PyWrappers.ClassMethod(a[0]);
        PyType.SUPER.constructor = (cls, a, k) -> Super.create(a);
    }
}
