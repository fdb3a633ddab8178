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
        // telling anyone. The carrier owns one reference while it travels, given back through
        // the thread's autorelease pool (ThreadState.deferRelease): when a handler has taken
        // its own reference, or when the instruction whose native swallowed it ends.
        Refs.incref(value);
        minipy.vm.ThreadState ts = minipy.vm.ThreadState.currentOrNull();
        if (ts != null && !value.isImmortal()) ts.deferRelease(this);
    }

    @Override public String getMessage() {
        return value.type().name + ": " + Ops.strOrEmpty(value);
    }

    public boolean matches(PyType t) { return value.type().isSubtypeOf(t); }
}
