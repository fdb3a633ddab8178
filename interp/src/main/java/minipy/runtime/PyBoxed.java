package minipy.runtime;

/**
 * An instance of a Python subclass of int, float or str: a class instance (its own type,
 * attribute dict, methods) around the builtin value it stands for. Operations not overridden by
 * the subclass act on {@link #value}.
 */
public final class PyBoxed extends PyInstance {
    public final Object value;

    public PyBoxed(PyType cls, Object value) {
        super(cls);
        this.value = value;
    }

    /** The builtin value of a boxed object, else the object itself. */
    public static Object unbox(Object o) { return o instanceof PyBoxed b ? b.value : o; }

    /** The builtin base (int, float or str) a class derives from, or null. */
    public static PyType valueBase(PyType t) {
        for (PyType b : t.mro) {
            if (b == PyType.INT || b == PyType.FLOAT || b == PyType.STR) return b;
        }
        return null;
    }

    /** True when the class (or a base other than the builtin) defines name in Python. */
    public static boolean userDefines(PyType t, String name) {
        Object f = t.lookup(name);
        return f != null && !(f instanceof PyBuiltinFunction);
    }
}
