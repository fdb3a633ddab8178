package minipy.runtime;

/** An exception object: BaseException and every subclass, builtin or user-defined. */
public class PyBaseException extends PyInstance {
    public PyTuple args = PyTuple.EMPTY;
    /** Innermost-last list of frames the exception passed through. */
    public Traceback traceback;
    public PyBaseException cause, context;
    public boolean suppressContext;
    /** Extra fields of some builtin exceptions (errno, strerror, filename; StopIteration.value; SystemExit.code). */
    public Object extra;
    /** "Did you mean" name for NameError/AttributeError tracebacks, or null. */
    public String suggestion;

    public PyBaseException(PyType cls) { super(cls); }

    public PyBaseException(PyType cls, Object... args) {
        super(cls);
        setArgs(new PyTuple(args));
    }

    public void setArgs(PyTuple t) {
        Refs.swap(t, args);
        args = t;
    }

    public PyException raise() { return new PyException(this); }

    @Override public void traverse(java.util.function.Consumer<Object> visit) {
        super.traverse(visit);
        visit.accept(args);
        if (cause != null) visit.accept(cause);
        if (context != null) visit.accept(context);
        Traceback.traverseFrames(traceback, visit);     // frame -> local -> this exception is a cycle
    }

    @Override protected void clearRefs() {
        super.clearRefs();
        Refs.decref(args);
        if (cause != null) Refs.decref(cause);
        if (context != null) Refs.decref(context);
        Traceback tb = traceback;
        traceback = null;
        Traceback.releaseFrames(tb);
    }
}
