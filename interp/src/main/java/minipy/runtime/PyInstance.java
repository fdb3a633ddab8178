package minipy.runtime;

/** An instance of a class defined in Python (whose solid base is object). */
public class PyInstance extends PyObject {
    public PyType cls;
    public PyDict dict;

    public PyInstance(PyType cls) {
        super(true);
        this.cls = cls;
        if (cls.heap) Refs.incref(cls);
        this.dict = new PyDict();
        Refs.incref(dict);
        // CPython 3.11 keeps attributes inline (no dict object) until __dict__ is asked for:
        // the collector counts this dict as an object only once something else references it
        if (!(this instanceof PyBaseException)) dict.gcFlags |= Gc.INLINE_DICT;
    }

    @Override public PyType type() { return cls; }

    @Override protected boolean hasFinalizer() { return cls.hasDel; }

    @Override protected void finalizeObject() { Finalizers.runDel(this); }

    @Override public void traverse(java.util.function.Consumer<Object> visit) {
        visit.accept(dict);
        if (cls.heap) visit.accept(cls);
    }

    @Override protected void clearRefs() {
        Refs.decref(dict);
        if (cls.heap) Refs.decref(cls);
    }
}
