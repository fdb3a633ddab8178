package minipy.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A type object: builtin types are static and immortal (immutable, shared by every
 * interpreter in the JVM); classes made by a {@code class} statement are heap types.
 *
 * <p>Attribute look-up walks {@link #mro} dicts; {@link #allocator} says which Java class holds
 * instances (inherited from the first base that has one), so {@code class E(Exception)} makes
 * {@link PyBaseException}s and {@code class L(list)} makes {@link PyList}s.
 */
public class PyType extends PyObject {
    public final String name;
    public String qualname;
    public String module = "builtins";
    public PyType[] bases;
    /** The classes made with this one among their bases (type.__subclasses__), weakly held. */
    public final java.util.List<java.lang.ref.WeakReference<PyType>> subclassRefs = new java.util.ArrayList<>();

    /** The live direct subclasses, in creation order. */
    public synchronized PyList subclasses() {
        PyList out = new PyList();
        subclassRefs.removeIf(r -> r.get() == null);
        for (java.lang.ref.WeakReference<PyType> r : subclassRefs) {
            PyType t = r.get();
            if (t != null && !t.isFreed()) out.append(t);
        }
        return out;
    }
    public PyType[] mro;
    public final PyDict dict = new PyDict();
    public PyType metatype;
    public final boolean heap;
    /** Creates a blank instance of this type (or of a subtype passed in); null if not instantiable that way. */
    public Function<PyType, PyObject> allocator;
    /** Constructor for builtin types called as type(...): receives (cls, args, kwnames). */
    public TypeCall constructor;
    /** Set for heap types when the class (or a base) defines __del__. */
    public boolean hasDel;
    /** Set when the class or a base defines __getattr__ / __setattr__ / __getattribute__. */
    public boolean hasGetattr, hasSetattr;
    /** Non-null when instances have no __dict__ (every class in the MRO declares __slots__): the allowed names. */
    public java.util.Set<String> slots;
    /** Can be used as a base class. */
    public boolean baseType = true;

    @FunctionalInterface
    public interface TypeCall { Object call(PyType cls, Object[] args, String[] kwnames); }

    // ---- the builtin types ----------------------------------------------------------------
    public static final PyType OBJECT = builtin("object", null);
    public static final PyType TYPE = builtin("type", OBJECT);
    public static final PyType INT = builtin("int", OBJECT);
    public static final PyType BOOL = builtin("bool", INT);
    public static final PyType FLOAT = builtin("float", OBJECT);
    public static final PyType STR = builtin("str", OBJECT);
    public static final PyType BYTES = builtin("bytes", OBJECT);
    public static final PyType BYTEARRAY = builtin("bytearray", OBJECT);
    public static final PyType LIST = builtin("list", OBJECT);
    public static final PyType TUPLE = builtin("tuple", OBJECT);
    public static final PyType DICT = builtin("dict", OBJECT);
    public static final PyType SET = builtin("set", OBJECT);
    public static final PyType FROZENSET = builtin("frozenset", OBJECT);
    public static final PyType RANGE = builtin("range", OBJECT);
    public static final PyType SLICE = builtin("slice", OBJECT);
    public static final PyType NONE = builtin("NoneType", OBJECT);
    public static final PyType NOTIMPLEMENTED = builtin("NotImplementedType", OBJECT);
    public static final PyType ELLIPSIS = builtin("ellipsis", OBJECT);
    public static final PyType FUNCTION = builtin("function", OBJECT);
    public static final PyType BUILTIN_FUNCTION = builtin("builtin_function_or_method", OBJECT);
    public static final PyType METHOD_DESCRIPTOR = builtin("method_descriptor", OBJECT);
    public static final PyType METHOD = builtin("method", OBJECT);
    public static final PyType MODULE = builtin("module", OBJECT);
    public static final PyType CELL = builtin("cell", OBJECT);
    public static final PyType CODE = builtin("code", OBJECT);
    public static final PyType GENERATOR = builtin("generator", OBJECT);
    public static final PyType PROPERTY = builtin("property", OBJECT);
    public static final PyType STATICMETHOD = builtin("staticmethod", OBJECT);
    public static final PyType CLASSMETHOD = builtin("classmethod", OBJECT);
    public static final PyType SUPER = builtin("super", OBJECT);
    public static final PyType ITERATOR = builtin("iterator", OBJECT);
    public static final PyType TRACEBACK = builtin("traceback", OBJECT);
    public static final PyType FRAME = builtin("frame", OBJECT);

    static {
        OBJECT.allocator = PyInstance::new;
        LIST.allocator = PyList::new;
        DICT.allocator = PyDict::new;
        for (PyType t : new PyType[] {BOOL, NONE, NOTIMPLEMENTED, ELLIPSIS, FUNCTION, BUILTIN_FUNCTION,
                METHOD_DESCRIPTOR, METHOD, CELL, CODE, GENERATOR, RANGE, SLICE, TRACEBACK, FRAME}) {
            t.baseType = false;
        }
    }

    private static PyType builtin(String name, PyType base) {
        PyType t = new PyType(name, base == null ? new PyType[0] : new PyType[] {base}, false);
        t.immortal();
        return t;
    }

    public PyType(String name, PyType[] bases, boolean heap) {
        super(heap);
        this.name = name;
        this.qualname = name;
        this.bases = bases;
        this.heap = heap;
        this.metatype = TYPE;
        Refs.incref(dict);   // the type owns its namespace
        if (!heap) dict.immortal();
        else dict.gcFlags |= Gc.TYPE_DICT;
        try {
            this.mro = computeMro(this, bases);
        } catch (RuntimeException e) {
            Refs.decref(dict);   // no consistent MRO: the class is never made, its namespace goes
            throw e;
        }
        if (heap) {
            for (PyType b : bases) {
                synchronized (b) { b.subclassRefs.add(new java.lang.ref.WeakReference<>(this)); }
            }
        }
        for (PyType b : mro) {
            if (b != this && b.allocator != null) { allocator = b.allocator; break; }
        }
        for (PyType b : mro) {
            if (b != this && b.constructor != null) { constructor = b.constructor; break; }
        }
        for (PyType b : bases) {
            hasDel |= b.hasDel;
            hasGetattr |= b.hasGetattr;
            hasSetattr |= b.hasSetattr;
        }
    }

    @Override public PyType type() { return metatype == null ? TYPE : metatype; }

    /**
     * Method cache (CPython's type attribute cache, simplified): each type remembers the result
     * of MRO look-ups, absent names included, in a small direct-mapped table of immutable
     * entries (safe to replace from any thread without locks); any change to a type's dict
     * after creation bumps the global epoch, which invalidates every entry made before.
     */
    private static volatile int epoch;
    private static final Object MISSING = new Object();
    private static final int CACHE_SIZE = 64;
    private CacheEntry[] cache;

    private static final class CacheEntry {
        final String name;
        final Object value;
        final int epoch;
        CacheEntry(String name, Object value, int epoch) { this.name = name; this.value = value; this.epoch = epoch; }
    }

    /** Call after changing the dict of an existing type (setattr/delattr on a class). */
    public static void typeModified() { epoch++; }

    /** The current epoch: inline caches (vm.AttrCache) hold while it is unchanged. */
    public static int epoch() { return epoch; }

    /** Finds name along the MRO, or null. */
    public Object lookup(String name) {
        int e = epoch;
        CacheEntry[] c = cache;
        if (c == null) cache = c = new CacheEntry[CACHE_SIZE];
        int h = name.hashCode();
        int i = (h ^ (h >>> 16)) & (CACHE_SIZE - 1);
        CacheEntry ce = c[i];
        if (ce != null && ce.epoch == e && (ce.name == name || ce.name.equals(name))) {
            Object v = ce.value;
            return v == MISSING ? null : v;
        }
        Object v = lookupUncached(name);
        c[i] = new CacheEntry(name, v == null ? MISSING : v, e);
        return v;
    }

    private Object lookupUncached(String name) {
        for (PyType t : mro) {
            Object v = t.dict.getStr(name);
            if (v != null) return v;
        }
        return null;
    }

    public boolean isSubtypeOf(PyType other) {
        if (this == other) return true;
        for (PyType t : mro) if (t == other) return true;
        return false;
    }

    /** Re-derives the cached flags after the class dict changed (class creation, setattr on class). */
    public void updateFlags() {
        hasDel = lookup("__del__") != null;
        hasGetattr = lookup("__getattr__") != null || lookup("__getattribute__") != OBJECT.dict.getStr("__getattribute__");
        hasSetattr = lookup("__setattr__") != OBJECT.dict.getStr("__setattr__")
                || lookup("__delattr__") != OBJECT.dict.getStr("__delattr__");
    }

    /** Adds a native method to this builtin type's dict. */
    public void def(String name, NativeFn fn) {
        typeModified();
        dict.put(name, PyBuiltinFunction.method(this.name, name, fn));
    }

    // ---- C3 linearisation ------------------------------------------------------------------
    static PyType[] computeMro(PyType t, PyType[] bases) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) seqs.add(new ArrayList<>(List.of(b.mro)));
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> out = new ArrayList<>();
        out.add(t);
        for (;;) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) return out.toArray(new PyType[0]);
            PyType cand = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> s2 : seqs) {
                    if (s2.indexOf(head) > 0) { inTail = true; break; }
                }
                if (!inTail) { cand = head; break; }
            }
            if (cand == null) {
                StringBuilder sb = new StringBuilder();
                for (PyType b : bases) { if (sb.length() > 0) sb.append(", "); sb.append(b.name); }
                throw Py.TypeError("Cannot create a consistent method resolution order (MRO) for bases " + sb);
            }
            out.add(cand);
            for (List<PyType> s : seqs) if (!s.isEmpty() && s.get(0) == cand) s.remove(0);
        }
    }

    @Override public void traverse(java.util.function.Consumer<Object> visit) {
        visit.accept(dict);
        for (PyType b : bases) visit.accept(b);
    }

    @Override protected void clearRefs() {
        Refs.decref(dict);
        for (PyType b : bases) Refs.decref(b);
    }
}
