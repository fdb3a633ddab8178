package minipy.runtime;

import minipy.vm.Frame;
import minipy.vm.PyFunction;
import minipy.vm.ThreadState;

/** super(): attribute look-up that starts after a given class in the instance's MRO. */
public final class Super extends PyObject {
    final PyType start;
    final Object obj;
    final PyType objType;

    Super(PyType start, Object obj) {
        this.start = start;
        this.obj = obj;
        this.objType = obj instanceof PyType t && t.isSubtypeOf(start) ? t : Ops.typeOf(obj);
        Refs.incref(obj);
    }

    @Override public PyType type() { return PyType.SUPER; }

    static Object create(Object[] a) {
        if (a.length == 2) return new Super((PyType) a[0], a[1]);
        if (a.length != 0) throw Py.TypeError("super() takes 0 or 2 arguments");
        Frame f = ThreadState.current().frame;
        if (f == null || f.func == null) throw Py.RuntimeError("super(): no arguments");
        var co = f.code;
        int idx = -1;
        for (int i = 0; i < co.freevars.length; i++) if (co.freevars[i].equals("__class__")) idx = co.nlocals() + co.cellvars.length + i;
        if (idx < 0) throw Py.RuntimeError("super(): __class__ cell not found");
        Object cls = ((PyCell) f.slots[idx]).value;
        if (!(cls instanceof PyType t)) throw Py.RuntimeError("super(): empty __class__ cell");
        if (co.argcount == 0 || f.slots[0] == null) throw Py.RuntimeError("super(): no arguments");
        Object self = f.slots[0];
        if (self instanceof PyCell c) self = c.value;
        return new Super(t, self);
    }

    public Object get(String name) {
        PyType[] mro = objType.mro;
        int i = 0;
        while (i < mro.length && mro[i] != start) i++;
        for (i++; i < mro.length; i++) {
            Object v = mro[i].dict.getStr(name);
            if (v == null) continue;
            if (name.equals("__new__") && v instanceof PyBuiltinFunction) return v;   // a static method
            if (obj instanceof PyType && obj == objType) {
                if (v instanceof PyWrappers.ClassMethod cm) return new PyMethod(cm.func, obj);
                if (v instanceof PyWrappers.StaticMethod sm) return sm.func;
                if (v instanceof PyBuiltinFunction bf && bf.isMethod) return bf.bind(obj);
                return v;
            }
            return Attr.bind(v, obj, objType);
        }
        if (name.equals("__class__")) return PyType.SUPER;
        throw Py.AttributeError("'super' object has no attribute '" + name + "'");
    }

    @Override protected void clearRefs() { Refs.decref(obj); }
}
