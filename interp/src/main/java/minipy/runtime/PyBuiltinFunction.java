package minipy.runtime;

/**
 * A native function or method. In a type's dict it acts as a method descriptor: looked up on
 * an instance it binds the instance as args[0] (the VM's LOAD_METHOD avoids the binding).
 */
public final class PyBuiltinFunction extends PyObject {
    public final String name;
    public final NativeFn fn;
    /** Non-null for a method bound to an object (e.g. [].append); prepended to the arguments. */
    public final Object self;
    /** True for methods defined in a builtin type's dict (bind on instance access). */
    public final boolean isMethod;
    /** Owning type's name for reprs of methods, or the module name for functions. */
    public final String owner;

    public PyBuiltinFunction(String name, NativeFn fn) { this(name, fn, null, false, null); }

    public PyBuiltinFunction(String name, NativeFn fn, Object self, boolean isMethod, String owner) {
        super(self != null);   // a bound method is a container (a.cb = l.append; l.append(a) is a cycle)
        this.name = name;
        this.fn = fn;
        this.self = self;
        this.isMethod = isMethod;
        this.owner = owner;
        if (self != null) Refs.incref(self);
    }

    public static PyBuiltinFunction method(String owner, String name, NativeFn fn) {
        return new PyBuiltinFunction(name, fn, null, true, owner).immortal();
    }

    public PyBuiltinFunction bind(Object obj) {
        return new PyBuiltinFunction(name, fn, obj, false, owner);
    }

    public Object call(Object[] args, String[] kwnames) {
        if (self == null) return fn.call(args, kwnames);
        Object[] a = new Object[args.length + 1];
        a[0] = self;
        System.arraycopy(args, 0, a, 1, args.length);
        return fn.call(a, kwnames);
    }

    @Override public PyType type() { return isMethod ? PyType.METHOD_DESCRIPTOR : PyType.BUILTIN_FUNCTION; }

    @Override public void traverse(java.util.function.Consumer<Object> visit) { if (self != null) visit.accept(self); }

    @Override protected void clearRefs() { if (self != null) Refs.decref(self); }
}
