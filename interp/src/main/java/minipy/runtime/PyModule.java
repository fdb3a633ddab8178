package minipy.runtime;

/** A module: a name and its globals dict. */
public final class PyModule extends PyObject {
    public final String name;
    public final PyDict dict;

    public PyModule(String name) { this(name, new PyDict()); }

    public PyModule(String name, PyDict dict) {
        super(true);                    // module globals reference their functions and classes, which reference the globals
        this.name = name;
        this.dict = dict;
        Refs.incref(dict);
        dict.put("__name__", name);
    }

    public void set(String key, Object value) { dict.put(key, value); }

    public Object get(String key) { return dict.getStr(key); }

    public void def(String fname, NativeFn fn) {
        dict.put(fname, new PyBuiltinFunction(fname, fn, null, false, name).immortal());
    }

    @Override public PyType type() { return PyType.MODULE; }

    @Override protected void clearRefs() { Refs.decref(dict); }

    @Override public void traverse(java.util.function.Consumer<Object> visit) { visit.accept(dict); }
}
