package minipy.vm;

import minipy.runtime.*;

/** A function defined in Python: code, globals, defaults and closure cells. */
public final class PyFunction extends PyObject {
    public final PyCode code;
    public final PyDict globals;
    public Object[] defaults;        // positional defaults, or null
    public PyDict kwdefaults;        // keyword-only defaults, or null
    public PyCell[] closure;         // free variable cells, or null
    public String name, qualname;
    public Object doc = Py.None;
    public PyDict dict;              // function attributes, created on demand
    public Object module;

    public PyFunction(PyCode code, PyDict globals, Object[] defaults, PyDict kwdefaults, PyCell[] closure) {
        super(true);
        this.code = code;
        this.globals = globals;
        this.defaults = defaults;
        this.kwdefaults = kwdefaults;
        this.closure = closure;
        this.name = code.name;
        this.qualname = code.qualname;
        Refs.incref(globals);
        if (defaults != null) for (Object d : defaults) Refs.incref(d);
        if (kwdefaults != null) Refs.incref(kwdefaults);
        if (closure != null) for (PyCell c : closure) Refs.incref(c);
        Object m = globals.getStr("__name__");
        module = m == null ? Py.None : m;
    }

    @Override public PyType type() { return PyType.FUNCTION; }

    @Override public void traverse(java.util.function.Consumer<Object> visit) {
        visit.accept(globals);
        if (defaults != null) for (Object d : defaults) visit.accept(d);
        if (kwdefaults != null) visit.accept(kwdefaults);
        if (closure != null) for (PyCell c : closure) visit.accept(c);
        if (dict != null) visit.accept(dict);
        visit.accept(doc);
    }

    @Override protected void clearRefs() {
        Refs.decref(globals);
        if (defaults != null) for (Object d : defaults) Refs.decref(d);
        if (kwdefaults != null) Refs.decref(kwdefaults);
        if (closure != null) for (PyCell c : closure) Refs.decref(c);
        if (dict != null) Refs.decref(dict);
        Refs.decref(doc);
    }
}
