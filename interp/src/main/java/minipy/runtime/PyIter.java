package minipy.runtime;

/**
 * Base of the builtin iterators. {@link #next()} returns null when exhausted: the VM's
 * FOR_ITER never needs a Java exception for the end of a loop.
 */
public abstract class PyIter extends PyObject {
    private final PyType type;

    protected PyIter(PyType type) { this.type = type; }

    /** Next item (borrowed or new), or null when exhausted. */
    public abstract Object next();

    @Override public PyType type() { return type; }

    public static PyType iterType(String name) {
        PyType t = new PyType(name, new PyType[] {PyType.OBJECT}, false).immortal();
        t.baseType = false;
        t.def("__iter__", (a, k) -> a[0]);
        t.def("__next__", (a, k) -> {
            Object v = ((PyIter) a[0]).next();
            if (v == null) throw Py.StopIteration(null);
            return v;
        });
        return t;
    }
}
