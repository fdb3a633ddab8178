package minipy.runtime;

import minipy.runtime.PyWrappers.ClassMethod;
import minipy.runtime.PyWrappers.Property;
import minipy.runtime.PyWrappers.StaticMethod;
import minipy.vm.PyFunction;

/**
 * Attribute look-up and assignment (CPython's PyObject_GenericGetAttr / type_getattro):
 * data descriptors on the type, then the instance dict, then other descriptors and class
 * attributes, then {@code __getattr__}.
 */
public final class Attr {
    private Attr() {}

    /** Returns the attribute or null when it does not exist (AttributeError is the caller's). */
    public static Object get(Object obj, String name) {
        if (obj instanceof PyInstance inst) {
            PyType t = inst.cls;
            if (t.hasGetattr) return getHooked(inst, t, name);
            return genericGet(inst, t, name);
        }
        if (obj instanceof PyType t) return typeGet(t, name);
        if (obj instanceof Super sup) return sup.get(name);
        if (obj instanceof PyModule m) {
            Object v = m.dict.getStr(name);
            if (v != null) return v;
            if (name.equals("__dict__")) return m.dict;
            Object ga = m.dict.getStr("__getattr__");
            if (ga != null) return Ops.call(ga, name);
            return SpecialAttrs.get(obj, name);
        }
        PyType t = Ops.typeOf(obj);
        Object d = t.lookup(name);
        if (d != null) {
            Object r = bind(d, obj, t);
            if (r != null) return r;
        }
        PyDict instDict = instanceDict(obj);
        if (instDict != null) {
            Object v = instDict.getStr(name);
            if (v != null) return v;
        }
        return SpecialAttrs.get(obj, name);
    }

    private static Object getHooked(PyInstance inst, PyType t, String name) {
        Object ga = t.lookup("__getattribute__");
        if (ga instanceof PyFunction) {
            try {
                return Ops.callMethod(ga, inst, name);
            } catch (PyException e) {
                if (!e.matches(Exc.AttributeError)) throw e;
                Object g = t.lookup("__getattr__");
                if (g == null) throw e;
                return Ops.callMethod(g, inst, name);
            }
        }
        Object v = genericGet(inst, t, name);
        if (v != null) return v;
        Object g = t.lookup("__getattr__");
        if (g != null) return Ops.callMethod(g, inst, name);
        return null;
    }

    /** object.__getattribute__ for instances of Python classes. */
    public static Object genericGet(PyInstance inst, PyType t, String name) {
        Object d = t.lookup(name);
        if (d != null && isDataDescriptor(d)) return bind(d, inst, t);
        Object v = inst.dict.getStr(name);
        if (v != null) return v;
        if (d != null) return bind(d, inst, t);
        return SpecialAttrs.get(inst, name);
    }

    public static boolean isDataDescriptor(Object d) {
        if (d instanceof Property) return true;
        if (d instanceof PyInstance di) return di.cls.lookup("__set__") != null || di.cls.lookup("__delete__") != null;
        return false;
    }

    /** Binds a class attribute found for an instance access. */
    static Object bind(Object d, Object obj, PyType t) {
        if (d instanceof PyFunction) return new PyMethod(d, obj);
        if (d instanceof PyBuiltinFunction bf && bf.isMethod) return bf.bind(obj);
        if (d instanceof ClassMethod cm) return new PyMethod(cm.func, t);
        if (d instanceof StaticMethod sm) return sm.func;
        if (d instanceof Property p) {
            if (p.fget == null || p.fget == Py.None) throw Py.AttributeError("property object has no getter");
            return Ops.call(p.fget, obj);
        }
        if (d instanceof PyInstance di) {
            Object get = di.cls.lookup("__get__");
            if (get != null) return Ops.callMethod(get, d, obj, t);
        }
        return d;
    }

    static Object typeGet(PyType t, String name) {
        for (PyType c : t.mro) {
            Object v = c.dict.getStr(name);
            if (v != null) {
                if (v instanceof ClassMethod cm) return new PyMethod(cm.func, t);
                if (v instanceof StaticMethod sm) return sm.func;
                if (v instanceof PyInstance di) {
                    Object get = di.cls.lookup("__get__");
                    if (get != null) return Ops.callMethod(get, v, Py.None, t);
                }
                return v;
            }
        }
        PyType meta = t.type();
        Object d = meta.lookup(name);
        if (d != null && meta != PyType.TYPE) return bind(d, t, meta);
        if (d instanceof PyBuiltinFunction bf && bf.isMethod) return bf.bind(t);
        return SpecialAttrs.get(t, name);
    }

    static PyDict instanceDict(Object obj) {
        if (obj instanceof PyInstance i) return i.dict;
        if (obj instanceof PyFunction f) return f.dict;
        if (obj instanceof PyList l) return l.instDict;
        if (obj instanceof PyDict d) return d.instDict;
        if (obj instanceof PyTuple t) return t.instDict;
        return null;
    }

    public static void set(Object obj, String name, Object value) {
        if (obj instanceof PyInstance inst) {
            PyType t = inst.cls;
            if (t.hasSetattr) {
                Object sa = t.lookup("__setattr__");
                if (sa instanceof PyFunction) { Ops.callMethod(sa, obj, name, value); return; }
            }
            genericSet(inst, name, value);
            return;
        }
        if (obj instanceof PyType t) {
            PyType meta = t.type();
            if (meta.heap) {
                Object sa = meta.lookup("__setattr__");
                if (sa instanceof PyFunction) { Ops.callMethod(sa, obj, name, value); return; }
            }
            setTypeAttr(t, name, value);
            return;
        }
        if (obj instanceof PyModule m) { m.dict.put(name, value); return; }
        if (obj instanceof PyFunction f) {
            if (name.equals("__name__")) { f.name = Ops.str(value); return; }
            if (name.equals("__qualname__")) { f.qualname = Ops.str(value); return; }
            if (name.equals("__doc__")) { Refs.swap(value, f.doc); f.doc = value; return; }
            if (f.dict == null) { f.dict = new PyDict(); Refs.incref(f.dict); }
            f.dict.put(name, value);
            return;
        }
        if (obj instanceof PyBaseException e && SpecialAttrs.setException(e, name, value)) return;
        PyType t = Ops.typeOf(obj);
        Object d = t.lookup(name);
        if (d instanceof Property p) { setProperty(p, obj, name, t, value); return; }
        if (t.heap && t.slots != null && !t.slots.contains(name) && (obj instanceof PyTuple || obj instanceof PyList || obj instanceof PyDict)) {
            throw Py.AttributeError("'" + t.name + "' object has no attribute '" + name + "'");
        }
        if (obj instanceof PyList l && l.type != null) {
            if (l.instDict == null) { l.instDict = new PyDict(); Refs.incref(l.instDict); }
            l.instDict.put(name, value);
            return;
        }
        if (obj instanceof PyTuple tt && tt.type != null) {
            if (tt.instDict == null) { tt.instDict = new PyDict(); Refs.incref(tt.instDict); }
            tt.instDict.put(name, value);
            return;
        }
        if (obj instanceof PyDict dd && dd.type != null) {
            if (dd.instDict == null) { dd.instDict = new PyDict(); Refs.incref(dd.instDict); }
            dd.instDict.put(name, value);
            return;
        }
        if (d != null) throw Py.AttributeError("'" + t.name + "' object attribute '" + name + "' is read-only");
        throw Py.AttributeError("'" + t.name + "' object has no attribute '" + name + "'");
    }

    /** type.__setattr__: stores in the class dict. */
    public static void setTypeAttr(PyType t, String name, Object value) {
        if (!t.heap) throw Py.TypeError("cannot set '" + name + "' attribute of immutable type '" + t.name + "'");
        t.dict.put(name, value);
        PyType.typeModified();
        if (name.startsWith("__")) { t.updateFlags(); PyType.typeModified(); }   // again: caches made meanwhile saw the old flags
    }

    /** object.__setattr__ for instances of Python classes. */
    public static void genericSet(PyInstance inst, String name, Object value) {
        PyType t = inst.cls;
        Object d = t.lookup(name);
        if (d != null) {
            if (d instanceof Property p) { setProperty(p, inst, name, t, value); return; }
            if (d instanceof PyInstance di) {
                Object set = di.cls.lookup("__set__");
                if (set != null) { Ops.callMethod(set, d, inst, value); return; }
            }
        }
        if (name.equals("__class__") && value instanceof PyType nt) {
            PyType old = inst.cls;
            Refs.incref(nt);
            inst.cls = nt;
            Refs.decref(old);
            return;
        }
        if (inst instanceof PyBaseException e && SpecialAttrs.setException(e, name, value)) return;
        if (t.slots != null && !t.slots.contains(name) || t == PyType.OBJECT) {
            if (d != null) throw Py.AttributeError("'" + t.name + "' object attribute '" + name + "' is read-only");
            throw Py.AttributeError("'" + t.name + "' object has no attribute '" + name + "'");
        }
        inst.dict.put(name, value);
    }

    private static void setProperty(Property p, Object obj, String name, PyType t, Object value) {
        if (p.fset == null || p.fset == Py.None) {
            throw Py.AttributeError("property '" + name + "' of '" + t.name + "' object has no setter");
        }
        Ops.call(p.fset, obj, value);
    }

    public static void delete(Object obj, String name) {
        if (obj instanceof PyInstance inst) {
            PyType t = inst.cls;
            if (t.hasSetattr) {
                Object da = t.lookup("__delattr__");
                if (da instanceof PyFunction) { Ops.callMethod(da, obj, name); return; }
            }
            genericDelete(inst, name);
            return;
        }
        if (obj instanceof PyType t && t.heap) {
            if (t.dict.remove(name) == null) throw Py.AttributeError("type object '" + t.name + "' has no attribute '" + name + "'");
            PyType.typeModified();
            t.updateFlags();
            PyType.typeModified();   // again: inline caches made meanwhile saw the old flags
            return;
        }
        if (obj instanceof PyModule m) {
            if (m.dict.remove(name) == null) throw Py.AttributeError("module '" + m.name + "' has no attribute '" + name + "'");
            return;
        }
        PyDict d = instanceDict(obj);
        if (d != null && d.remove(name) != null) return;
        throw error(obj, name);
    }

    public static void genericDelete(PyInstance inst, String name) {
        Object d = inst.cls.lookup(name);
        if (d instanceof Property p) {
            if (p.fdel == null || p.fdel == Py.None) {
                throw Py.AttributeError("property '" + name + "' of '" + inst.cls.name + "' object has no deleter");
            }
            Ops.call(p.fdel, inst);
            return;
        }
        if (inst.dict.remove(name) == null) throw error(inst, name);
    }

    private static PyException withSuggestion(PyException e, Object obj, String name) {
        e.value.suggestion = Suggestions.forAttribute(obj, name);
        return e;
    }

    public static PyException error(Object obj, String name) {
        if (obj instanceof PyType t) return withSuggestion(Py.AttributeError("type object '" + t.name + "' has no attribute '" + name + "'"), obj, name);
        if (obj instanceof PyModule m) return withSuggestion(Py.AttributeError("module '" + m.name + "' has no attribute '" + name + "'"), obj, name);
        PyBaseException e = new PyBaseException(Exc.AttributeError, "'" + Ops.typeName(obj) + "' object has no attribute '" + name + "'");
        e.suggestion = Suggestions.forAttribute(obj, name);
        return e.raise();
    }
}
