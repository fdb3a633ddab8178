package minipy.runtime;

/** staticmethod, classmethod and property objects. */
public final class PyWrappers {
    private PyWrappers() {}

    public static final class StaticMethod extends PyObject {
        public final Object func;
        public StaticMethod(Object f) { super(true); func = f; Refs.incref(f); }
        @Override public void traverse(java.util.function.Consumer<Object> visit) { visit.accept(func); }
        @Override public PyType type() { return PyType.STATICMETHOD; }
        @Override protected void clearRefs() { Refs.decref(func); }
    }

    public static final class ClassMethod extends PyObject {
        public final Object func;
        public ClassMethod(Object f) { super(true); func = f; Refs.incref(f); }
        @Override public void traverse(java.util.function.Consumer<Object> visit) { visit.accept(func); }
        @Override public PyType type() { return PyType.CLASSMETHOD; }
        @Override protected void clearRefs() { Refs.decref(func); }
    }

    public static final class Property extends PyObject {
        public Object fget, fset, fdel, doc;
        public Property(Object fget, Object fset, Object fdel, Object doc) {
            super(true);
            this.fget = fget; this.fset = fset; this.fdel = fdel; this.doc = doc;
            Refs.incref(fget); Refs.incref(fset); Refs.incref(fdel); Refs.incref(doc);
        }
        @Override public PyType type() { return PyType.PROPERTY; }
        @Override public void traverse(java.util.function.Consumer<Object> visit) { visit.accept(fget); visit.accept(fset); visit.accept(fdel); visit.accept(doc); }
        @Override protected void clearRefs() { Refs.decref(fget); Refs.decref(fset); Refs.decref(fdel); Refs.decref(doc); }
    }
}
