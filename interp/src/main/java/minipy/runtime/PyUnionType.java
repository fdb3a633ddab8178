package minipy.runtime;

import java.util.ArrayList;
import java.util.List;

/** X | Y of types (types.UnionType): usable with isinstance/issubclass, repr "int | str". */
public final class PyUnionType extends PyObject {
    public static final PyType TYPE = new PyType("UnionType", new PyType[] {PyType.OBJECT}, false).immortal();
    static {
        TYPE.module = "types";
        TYPE.baseType = false;
    }

    public final Object[] args;

    private PyUnionType(Object[] args) {
        super(true);
        this.args = args;
        for (Object a : args) Refs.incref(a);
    }

    @Override public PyType type() { return TYPE; }

    static boolean unionable(Object o) {
        return o == Py.None || o instanceof PyUnionType || o instanceof PyType t && t.type() == PyType.TYPE;
    }

    /** a | b when both are types (or None or unions), else null. */
    static Object of(Object a, Object b) {
        if (!unionable(a) || !unionable(b) || (a == Py.None && b == Py.None)) return null;
        List<Object> items = new ArrayList<>();
        add(items, a);
        add(items, b);
        if (items.size() == 1) return items.get(0);
        return new PyUnionType(items.toArray());
    }

    private static void add(List<Object> items, Object o) {
        if (o instanceof PyUnionType u) { for (Object x : u.args) add(items, x); return; }
        Object v = o == Py.None ? PyType.NONE : o;
        for (Object x : items) if (x == v) return;
        items.add(v);
    }

    public boolean matches(Object obj, boolean subclass) {
        for (Object a : args) {
            PyType t = (PyType) a;
            if (subclass ? obj instanceof PyType ot && ot.isSubtypeOf(t) : Ops.typeOf(obj).isSubtypeOf(t)) return true;
        }
        return false;
    }

    public String repr() {
        StringBuilder sb = new StringBuilder();
        for (Object a : args) {
            if (sb.length() > 0) sb.append(" | ");
            PyType t = (PyType) a;
            if (t == PyType.NONE) sb.append("None");
            else sb.append(t.module.equals("builtins") ? "" : t.module + ".").append(t.qualname);
        }
        return sb.toString();
    }

    @Override public void traverse(java.util.function.Consumer<Object> visit) { for (Object a : args) visit.accept(a); }

    @Override protected void clearRefs() { for (Object a : args) Refs.decref(a); }
}
