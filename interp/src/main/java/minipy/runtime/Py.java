package minipy.runtime;

/** Singletons and the constructors of raised exceptions used all over the runtime. */
public final class Py {
    private Py() {}

    public static final PySingleton None = new PySingleton(PyType.NONE, "None");
    public static final PySingleton NotImplemented = new PySingleton(PyType.NOTIMPLEMENTED, "NotImplemented");
    public static final PySingleton Ellipsis = new PySingleton(PyType.ELLIPSIS, "Ellipsis");

    public static Boolean bool(boolean b) { return b ? Boolean.TRUE : Boolean.FALSE; }

    public static PyException raise(PyType type, String msg) {
        return new PyBaseException(type, msg).raise();
    }

    public static PyException TypeError(String msg) { return raise(Exc.TypeError, msg); }
    public static PyException ValueError(String msg) { return raise(Exc.ValueError, msg); }
    public static PyException IndexError(String msg) { return raise(Exc.IndexError, msg); }
    public static PyException KeyError(Object key) { return new PyBaseException(Exc.KeyError, key).raise(); }
    public static PyException AttributeError(String msg) { return raise(Exc.AttributeError, msg); }
    public static PyException NameError(String msg) { return raise(Exc.NameError, msg); }
    public static PyException RuntimeError(String msg) { return raise(Exc.RuntimeError, msg); }
    public static PyException ZeroDivisionError(String msg) { return raise(Exc.ZeroDivisionError, msg); }
    public static PyException OverflowError(String msg) { return raise(Exc.OverflowError, msg); }
    public static PyException NotImplementedError(String msg) { return raise(Exc.NotImplementedError, msg); }
    public static PyException OSError(String msg) { return raise(Exc.OSError, msg); }

    public static PyException StopIteration(Object value) {
        PyBaseException e = value == null ? new PyBaseException(Exc.StopIteration) : new PyBaseException(Exc.StopIteration, value);
        return e.raise();
    }
}
