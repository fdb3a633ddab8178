package minipy.runtime;

import java.util.ArrayDeque;

/**
 * Frees objects whose count reached zero. Frees iteratively through a per-thread work list,
 * so releasing a long chain (a linked list of 100,000 nodes) does not recurse in Java
 * (CPython's "trashcan" solves the same problem).
 */
final class Dealloc {
    private Dealloc() {}

    private static final ThreadLocal<ArrayDeque<PyObject>> PENDING = ThreadLocal.withInitial(ArrayDeque::new);
    private static final ThreadLocal<boolean[]> ACTIVE = ThreadLocal.withInitial(() -> new boolean[1]);

    static void free(PyObject p) {
        if (p.hasFinalizer()) {
            // __del__ may resurrect the object: give it a temporary reference while it runs.
            p.refcnt = 1;
            p.finalizeObject();
            int n = --p.refcnt;
            if (n > 0) return;
        }
        ArrayDeque<PyObject> work = PENDING.get();
        work.add(p);
        boolean[] active = ACTIVE.get();
        if (active[0]) return;
        active[0] = true;
        try {
            PyObject q;
            while ((q = work.poll()) != null) {
                q.refcnt = PyObject.FREED;
                q.clearRefs();
            }
        } finally {
            active[0] = false;
        }
    }
}
