package minipy.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Base of every reference-counted heap object.
 *
 * <p>Values that can hold no references and have no finalizer are plain Java objects and are
 * never counted: int ({@link Long} / {@link java.math.BigInteger}), bool ({@link Boolean}),
 * float ({@link Double}) and str ({@link String}). Everything else extends this class.
 *
 * <p>Counting rules (see {@link Refs}): every reference held by a VM stack slot, a local
 * variable, a cell, a container or an attribute owns one count. A new object starts at zero
 * ("floating") and gets its first count when the VM pushes or a container stores it. When the
 * count falls back to zero the object is deallocated: its {@code __del__} runs (instances), it
 * releases what it references ({@link #clearRefs()}), and it is marked freed; taking a new
 * reference to a freed object is reported as a VM error instead of silently using it.
 *
 * <p>Immortal objects (None, True/False are Java values anyway, NotImplemented, Ellipsis, types
 * of the builtins, interned singletons) carry {@link #IMMORTAL} and are never counted (PEP 683).
 */
public abstract class PyObject {
    public static final int IMMORTAL = 0x3fffffff;
    public static final int FREED = Integer.MIN_VALUE / 2;

    static final VarHandle REFCNT;
    static {
        try {
            REFCNT = MethodHandles.lookup().findVarHandle(PyObject.class, "refcnt", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The reference count; only {@link Refs} changes it. */
    int refcnt;

    public abstract PyType type();

    /** Makes this object immortal; returns it for chaining. */
    public final <T extends PyObject> T immortal() {
        refcnt = IMMORTAL;
        @SuppressWarnings("unchecked") T self = (T) this;
        return self;
    }

    public final int refcount() { return refcnt; }

    public final boolean isImmortal() { return refcnt >= IMMORTAL; }

    public final boolean isFreed() { return refcnt < 0; }

    /**
     * Releases every reference this object owns (decref of elements, attribute values...).
     * Called once, when the count reaches zero. Implementations hand children to
     * {@link Refs#decref}, which frees iteratively (no deep Java recursion on long chains).
     */
    protected void clearRefs() {}

    /** True when deallocation must run Python code first ({@code __del__}). */
    protected boolean hasFinalizer() { return false; }

    /** Runs the finalizer (e.g. {@code __del__}); only called when hasFinalizer() is true. */
    protected void finalizeObject() {}
}
