package minipy.runtime;

/** tuple: an immutable array; each item owns a reference. */
public class PyTuple extends PyObject {
    public static final PyTuple EMPTY = new PyTuple(new Object[0]).immortal();

    public final Object[] items;
    /** null for a plain tuple; set for instances of tuple subclasses (with their attribute dict). */
    public PyType type;
    public PyDict instDict;

    /** Takes ownership of the array and takes a reference to each item. */
    public PyTuple(Object[] items) {
        super(true);
        this.items = items;
        for (Object o : items) Refs.incref(o);
    }

    public static PyTuple of(Object... items) { return items.length == 0 ? EMPTY : new PyTuple(items); }

    public int size() { return items.length; }

    public Object get(int i) { return items[i]; }

    @Override public PyType type() { return type == null ? PyType.TUPLE : type; }

    @Override public void traverse(java.util.function.Consumer<Object> visit) {
        for (Object o : items) visit.accept(o);
        if (instDict != null) visit.accept(instDict);
    }

    @Override protected void clearRefs() {
        for (int i = items.length - 1; i >= 0; i--) Refs.decref(items[i]);
        if (instDict != null) Refs.decref(instDict);
    }
}
