package minipy.runtime;

import minipy.vm.ThreadState;

/**
 * The one place where reference counts change.
 *
 * <p>Two modes: with the GIL on, counts are plain field updates (only the GIL holder runs
 * bytecode); with the GIL off they are atomic read-modify-writes on the same field, so callers
 * never change. Natives that drop a reference to an object they may also be returning
 * (list.pop, dict.pop) use {@link #release}, which defers the free to the end of the current
 * VM instruction (an autorelease pool, drained by the interpreter), so the VM can take its
 * own reference first.
 */
public final class Refs {
    private Refs() {}

    /**
     * True when several threads may run bytecode at once (GIL off). Set once per run before
     * any bytecode runs and before other threads start (Thread.start publishes it to them), so a
     * plain field: not volatile, the JIT may keep it in a register across the evaluation loop.
     */
    public static boolean atomic;

    /**
     * True when counts are updated with atomic read-modify-writes: the GIL is off and the
     * teaching mode {@code --refcount=racy} is not on. In that mode the counts are plain field
     * updates with several threads running, as CPython's would be without its GIL: updates get
     * lost, an object can be freed while still referenced (the next use is reported, see
     * {@link #freedError}) or never be freed (see {@link LiveObjects}).
     */
    public static boolean atomicCounts;         // plain: set once, like atomic, before any bytecode runs

    /** --refcount=racy is on (only changes how damage is reported). */
    public static boolean racy;

    /** Sets the three modes for a run (before any bytecode runs): --gil=on|off, --refcount=racy. */
    public static void configure(boolean gilOn, boolean racyCounts) {
        atomic = !gilOn;
        racy = racyCounts && !gilOn;
        atomicCounts = atomic && !racy;
    }

    public static void incref(Object o) {
        if (o instanceof PyObject p) incref(p);
    }

    public static void incref(PyObject p) {
        if (p == null) return;
        int c = p.refcnt;
        if (c >= PyObject.IMMORTAL) return;
        if (c < 0) throw freedError(p);
        if (atomicCounts) PyObject.REFCNT.getAndAdd(p, 1);
        else p.refcnt = c + 1;
    }

    public static void decref(Object o) {
        if (o instanceof PyObject p) decref(p);
    }

    public static void decref(PyObject p) {
        if (p == null) return;
        int c = p.refcnt;
        if (c >= PyObject.IMMORTAL || c <= 0) return;
        int n;
        if (atomicCounts) n = (int) PyObject.REFCNT.getAndAdd(p, -1) - 1;
        else p.refcnt = n = c - 1;
        if (n == 0) Dealloc.free(p);
    }

    /**
     * Drops a reference without freeing at once: if the count reaches zero the object is
     * freed when the VM drains the pool after the current instruction, unless the VM took a
     * reference in the meantime.
     */
    public static void release(Object o) {
        if (!(o instanceof PyObject p)) return;
        int c = p.refcnt;
        if (c >= PyObject.IMMORTAL || c <= 0) return;
        int n;
        if (atomicCounts) n = (int) PyObject.REFCNT.getAndAdd(p, -1) - 1;
        else p.refcnt = n = c - 1;
        if (n == 0) ThreadState.current().deferFree(p);
    }

    /** Called for deferred objects: frees them if nobody took a reference since. */
    public static void freeIfUnreferenced(PyObject p) {
        if (p.refcnt == 0) Dealloc.free(p);
    }

    /** Replaces a counted slot value: increfs the new value, then decrefs the old one. */
    public static void swap(Object newValue, Object oldValue) {
        incref(newValue);
        decref(oldValue);
    }

    /** --refcount=racy: how a Java exception caused by the race's damage is reported. */
    public static String raceDamage(RuntimeException e) {
        if (e instanceof VmError) return e.getMessage();
        return "the VM's data was damaged by a refcount race (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
    }

    static RuntimeException freedError(PyObject p) {
        return new VmError("use of freed object " + Ops.describeFreed(p) + (racy ? " (refcount race)" : ""));
    }
}
