package minipy.runtime;

/** A cell holding a variable shared between a function and the closures it creates. */
public final class PyCell extends PyObject {
    /** The value, or null when unbound. Owns a reference. */
    public Object value;

    public PyCell(Object value) { super(true); this.value = value; Refs.incref(value); }

    public void set(Object v) { Object old = value; value = v; Refs.incref(v); Refs.decref(old); }

    @Override public PyType type() { return PyType.CELL; }

    @Override public void traverse(java.util.function.Consumer<Object> visit) { Object v = value; if (v != null) visit.accept(v); }

    @Override protected void clearRefs() { Object v = value; value = null; Refs.decref(v); }
}
