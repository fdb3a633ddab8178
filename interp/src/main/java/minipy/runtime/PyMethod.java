package minipy.runtime;

/** A bound method: a callable (usually a function) with its first argument fixed. */
public final class PyMethod extends PyObject {
    public final Object func;
    public final Object self;

    public PyMethod(Object func, Object self) {
        super(true);
        this.func = func;
        this.self = self;
        Refs.incref(func);
        Refs.incref(self);
    }

    @Override public PyType type() { return PyType.METHOD; }

    @Override public void traverse(java.util.function.Consumer<Object> visit) { visit.accept(func); visit.accept(self); }

    @Override protected void clearRefs() { Refs.decref(func); Refs.decref(self); }
}
