package minipy.runtime;

import java.util.ArrayDeque;
import minipy.vm.ThreadState;

/**
 * Frees objects whose count reached zero. Frees iteratively through a per-thread work list,
 * so releasing a long chain (a linked list of 100,000 nodes) does not recurse in Java
 * (CPython's "trashcan" solves the same problem).
 *
 * <p>Order, as CPython's subtype_dealloc: the finalizer ({@code __del__}) runs first, at most
 * once per object (PEP 442, {@link Gc#FINALIZED}) and may resurrect it; then weak references
 * are cleared and their callbacks called; then the object is marked freed, unlinked from the
 * collector's lists and releases what it references.
 */
final class Dealloc {
    private Dealloc() {}

    /** For threads without a minipy thread state (the work list normally lives in ThreadState). */
    private static final ThreadLocal<ArrayDeque<PyObject>> PENDING = ThreadLocal.withInitial(ArrayDeque::new);
    private static final ThreadLocal<boolean[]> ACTIVE = ThreadLocal.withInitial(() -> new boolean[1]);

    static void free(PyObject p) {
        if ((p.gcFlags & Gc.FINALIZED) == 0 && p.hasFinalizer()) {
            p.gcFlags |= Gc.FINALIZED;
            // __del__ may resurrect the object: give it a temporary reference while it runs.
            p.refcnt = 1;
            p.finalizeObject();
            int n = --p.refcnt;
            if (n > 0) return;
        }
        if ((p.gcFlags & Gc.HAS_WEAKREFS) != 0) PyWeakref.clearOnFree(p);
        drain(p, Gc.currentThreadState());
    }

    /**
     * Frees an object of cyclic garbage (the collector already ran its finalizer and cleared
     * its weak references): it is marked freed first, so the references other garbage holds to
     * it are not released again.
     */
    static void freeCollected(PyObject p) {
        p.refcnt = PyObject.FREED;
        if ((p.gcFlags & Gc.HAS_WEAKREFS) != 0) PyWeakref.clearOnFree(p);
        drain(p, Gc.currentThreadState());
    }

    private static void drain(PyObject p, ThreadState ts) {
        if (ts != null) {
            // common case: free p at once, without queueing it; what its clearRefs frees
            // meanwhile is queued and freed after it (same order as through the queue)
            ArrayDeque<PyObject> work = ts.deallocWork;
            if (ts.deallocActive) {
                work.add(p);
                return;
            }
            ts.deallocActive = true;
            try {
                PyObject q = p;
                do {
                    q.refcnt = PyObject.FREED;
                    if (q.gcNext != null) Gc.untrack(q, ts);
                    q.clearRefs();
                } while ((q = work.poll()) != null);
            } finally {
                ts.deallocActive = false;
            }
            return;
        }
        ArrayDeque<PyObject> work = PENDING.get();
        work.add(p);
        if (ts != null) {
            if (ts.deallocActive) return;
            ts.deallocActive = true;
        } else {
            boolean[] active = ACTIVE.get();
            if (active[0]) return;
            active[0] = true;
        }
        try {
            PyObject q;
            while ((q = work.poll()) != null) {
                q.refcnt = PyObject.FREED;
                if (LiveObjects.enabled) LiveObjects.died(q);
                if (q.gcNext != null) Gc.untrack(q, ts);
                q.clearRefs();
            }
        } finally {
            if (ts != null) ts.deallocActive = false;
            else ACTIVE.get()[0] = false;
        }
    }
}
