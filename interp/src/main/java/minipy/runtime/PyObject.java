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
 *
 * <p>Cycle collection (see {@link Gc}): container types pass {@code true} to the constructor,
 * which links the object into the generation-0 list of the current interpreter (fields
 * {@link #gcPrev}/{@link #gcNext}; unlinked when the object is freed), and implement
 * {@link #traverse}, visiting exactly the references {@link #clearRefs} releases.
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

    /** Links in the collector's generation lists; gcNext is null for untracked objects. */
    PyObject gcPrev, gcNext;
    /** The collector's working count (gc_refs) during a collection. */
    int gcRefs;
    /** Collector and weak-reference bits ({@link Gc#FINALIZED}, {@link Gc#HAS_WEAKREFS}, ...). */
    byte gcFlags;
    /** The thread list holding the object (GIL off), 0 for the interpreter's generation lists. */
    char gcOwner;

    /** An object the cycle collector does not track (it holds no references that can form cycles). */
    protected PyObject() {
        if (LiveObjects.enabled) LiveObjects.born(this);
    }

    /** track=true: a container, linked into the current interpreter's collector lists. */
    protected PyObject(boolean track) {
        if (LiveObjects.enabled) LiveObjects.born(this);
        if (track) Gc.track(this);
    }

    public abstract PyType type();

    /** Makes this object immortal; returns it for chaining. */
    public final <T extends PyObject> T immortal() {
        if (gcNext != null) Gc.untrack(this);   // shared by every interpreter: never collected
        refcnt = IMMORTAL;
        immortalParts();
        @SuppressWarnings("unchecked") T self = (T) this;
        return self;
    }

    /** Makes immortal what an immortal object owns alone and never gives back (an instance's dict). */
    protected void immortalParts() {}

    public final int refcount() { return refcnt; }

    public final boolean isImmortal() { return refcnt >= IMMORTAL; }

    public final boolean isFreed() { return refcnt < 0; }

    /**
     * Releases every reference this object owns (decref of elements, attribute values...).
     * Called once, when the count reaches zero. Implementations hand children to
     * {@link Refs#decref}, which frees iteratively (no deep Java recursion on long chains).
     */
    protected void clearRefs() {}

    /**
     * Visits every reference this object owns, exactly those {@link #clearRefs()} releases
     * (the cycle collector subtracts them from the counts). Visiting one it does not own would
     * let the collector free a live object; not visiting one only makes the collector keep more.
     */
    public void traverse(java.util.function.Consumer<Object> visit) {}

    /** True when the cycle collector tracks this object (gc.is_tracked). */
    public final boolean isGcTracked() { return gcNext != null; }

    /** True when deallocation must run Python code first ({@code __del__}). */
    protected boolean hasFinalizer() { return false; }

    /** Runs the finalizer (e.g. {@code __del__}); only called when hasFinalizer() is true. */
    protected void finalizeObject() {}
}
