package minipy.runtime;

/**
 * The Java carrier of a raised Python exception. It holds the exception object; it has no
 * Java stack trace (creating one would cost more than the rest of a raise).
 */
public final class PyException extends RuntimeException {
    public final PyBaseException value;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
        // A raised exception may travel through Java code that catches and drops it without
        // telling anyone, so the carrier keeps one reference for good: exception objects are
        // never freed by reference counting (their contents are, if the exception is not raised).
        Refs.incref(value);
        Gc.untrackRaised(value);
    }

    @Override public String getMessage() {
        return value.type().name + ": " + Ops.strOrEmpty(value);
    }

    public boolean matches(PyType t) { return value.type().isSubtypeOf(t); }
}
