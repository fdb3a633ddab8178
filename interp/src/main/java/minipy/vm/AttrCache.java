package minipy.vm;

import minipy.runtime.*;

/**
 * Inline caches of LOAD_ATTR, STORE_ATTR and LOAD_METHOD (in {@link PyCode#caches}), for
 * instances of Python classes (and, for LOAD_METHOD, of builtin types). An entry records
 * what the type side of the look-up decided for one type at one {@link PyType#epoch()} (no
 * {@code __getattr__}/{@code __getattribute__}/{@code __setattr__} hooks, no data descriptor
 * of that name, the method found) plus, for instance attributes, the entry position of the
 * name in the instance dict where it was last found. Any change to any type's dict bumps the
 * epoch, so an entry never outlives what it was derived from. Entries are immutable and read
 * without locks (GIL off: a racing thread replaces the whole entry; the epoch is read before
 * the look-up, so a concurrent type change makes the new entry miss).
 */
final class AttrCache {
    static final int LOAD = 0, STORE = 1, METHOD = 2;

    final PyType type;
    final int epoch;
    final int kind;
    /** LOAD/STORE: the dict entry position where the name was last seen. */
    final int index;
    /** METHOD: the function found on the type (borrowed; valid while the epoch is). */
    final Object method;

    private AttrCache(PyType type, int epoch, int kind, int index, Object method) {
        this.type = type;
        this.epoch = epoch;
        this.kind = kind;
        this.index = index;
        this.method = method;
    }

    /** LOAD_ATTR: the attribute (a borrowed reference, or a new object owned by the autorelease rules of Attr.get). */
    static Object load(PyCode co, int i, Object obj, String name) {
        if (obj instanceof PyInstance inst) {
            if (co.caches[i] instanceof AttrCache e && e.type == inst.cls && e.epoch == PyType.epoch()) {
                PyDict d = inst.dict;
                Object v = d.getStrAt(e.index, name);
                if (v != null) return v;
                v = d.getStr(name);
                if (v != null) return v;
            }
            return loadMiss(co, i, inst, name);
        }
        return Ops.getattr(obj, name);
    }

    private static Object loadMiss(PyCode co, int i, PyInstance inst, String name) {
        int ep = PyType.epoch();
        PyType t = inst.cls;
        if (!t.hasGetattr) {
            Object d = t.lookup(name);
            if (d == null || !Attr.isDataDescriptor(d)) {
                int idx = inst.dict.indexOfStr(name);
                if (idx >= 0) co.caches[i] = new AttrCache(t, ep, LOAD, idx, null);
            }
        }
        return Ops.getattr(inst, name);
    }

    /** STORE_ATTR obj.name = v (borrowed references; the caller releases its own). */
    static void store(PyCode co, int i, Object obj, String name, Object v) {
        if (obj instanceof PyInstance inst) {
            if (co.caches[i] instanceof AttrCache e && e.type == inst.cls && e.epoch == PyType.epoch()) {
                PyDict d = inst.dict;
                if (!d.replaceAt(e.index, name, v)) d.put(name, v);
                return;
            }
            storeMiss(co, i, inst, name, v);
            return;
        }
        Ops.setattr(obj, name, v);
    }

    private static void storeMiss(PyCode co, int i, PyInstance inst, String name, Object v) {
        int ep = PyType.epoch();
        PyType t = inst.cls;
        Ops.setattr(inst, name, v);
        // the cases genericSet stores straight into the instance dict
        if (!t.hasSetattr && inst.cls == t && !(inst instanceof PyBaseException) && t != PyType.OBJECT
                && !name.equals("__class__") && (t.slots == null || t.slots.contains(name))) {
            Object d = t.lookup(name);
            if (d == null || !Attr.isDataDescriptor(d) && !(d instanceof PyInstance di && di.cls.lookup("__set__") != null)) {
                int idx = inst.dict.indexOfStr(name);
                if (idx >= 0) co.caches[i] = new AttrCache(t, ep, STORE, idx, null);
            }
        }
    }

    /** LOAD_METHOD: pushes (method, self) or (attribute, NULL). */
    static int loadMethod(PyCode co, int i, String name, Object[] s, int sp) {
        Object obj = s[sp - 1];
        if (co.caches[i] instanceof AttrCache e && e.epoch == PyType.epoch()) {
            boolean hit;
            if (obj instanceof PyInstance inst) hit = inst.cls == e.type && inst.dict.getStr(name) == null;
            else hit = !(obj instanceof PyType || obj instanceof PyModule || obj instanceof Super) && Ops.typeOf(obj) == e.type;
            if (hit) {
                Object m = e.method;
                Refs.incref(m);
                s[sp - 1] = m;
                s[sp++] = obj;          // the stack's reference to obj moves here
                return sp;
            }
        }
        return methodMiss(co, i, name, s, sp);
    }

    private static int methodMiss(PyCode co, int i, String name, Object[] s, int sp) {
        Object obj = s[sp - 1];
        int ep = PyType.epoch();
        Object m = Calls.lookupMethod(obj, name);
        if (m != null) {
            if (!(obj instanceof PyType || obj instanceof PyModule || obj instanceof Super)) {
                co.caches[i] = new AttrCache(Ops.typeOf(obj), ep, METHOD, 0, m);
            }
            Refs.incref(m);
            s[sp - 1] = m;
            s[sp++] = obj;
        } else {
            Object v = Ops.getattr(obj, name);
            Refs.incref(v);
            s[sp - 1] = v;
            s[sp++] = null;
            Refs.decref(obj);
        }
        return sp;
    }
}
