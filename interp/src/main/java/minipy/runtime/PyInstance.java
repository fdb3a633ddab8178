package minipy.runtime;

/** An instance of a class defined in Python (whose solid base is object). */
public class PyInstance extends PyObject {
    public PyType cls;
    public PyDict dict;

    public PyInstance(PyType cls) {
        this.cls = cls;
        if (cls.heap) Refs.incref(cls);
        this.dict = new PyDict();
        Refs.incref(dict);
    }

    @Override public PyType type() { return cls; }

    @Override protected boolean hasFinalizer() { return cls.hasDel; }

    @Override protected void finalizeObject() { Finalizers.runDel(this); }

    @Override protected void clearRefs() {
        Refs.decref(dict);
        if (cls.heap) Refs.decref(cls);
    }
}
