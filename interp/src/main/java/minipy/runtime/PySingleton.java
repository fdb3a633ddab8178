package minipy.runtime;

/** None, NotImplemented and Ellipsis: immortal singletons. */
public final class PySingleton extends PyObject {
    private final PyType type;
    private final String repr;

    PySingleton(PyType type, String repr) { this.type = type; this.repr = repr; immortal(); }

    @Override public PyType type() { return type; }

    @Override public String toString() { return repr; }
}
