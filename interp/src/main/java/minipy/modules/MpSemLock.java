package minipy.modules;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import minipy.runtime.*;
import minipy.vm.ThreadState;

/**
 * _multiprocessing.SemLock for in-JVM processes: a counting semaphore shared by every
 * interpreter that holds it (immortal, the same object everywhere), on which
 * multiprocessing.synchronize builds Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event
 * and Barrier as CPython does. Kind 0 is a recursive mutex, kind 1 a semaphore. As in CPython's
 * semaphore.c, {@code count} and the last acquirer say whether the calling thread holds it
 * ({@code _is_mine}); a thread is identified by its ThreadState, unique across interpreters.
 * Waits release the calling interpreter's GIL.
 */
public final class MpSemLock extends PyObject implements MpShareable.Same {
    static final PyType TYPE = new PyType("SemLock", new PyType[] {PyType.OBJECT}, false).immortal();
    static final int RECURSIVE_MUTEX = 0, SEMAPHORE = 1;
    static final long SEM_VALUE_MAX = Integer.MAX_VALUE;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition released = lock.newCondition();
    final int kind;
    final int maxvalue;
    private int value;
    private volatile ThreadState lastOwner;
    private volatile int count;

    static {
        TYPE.module = "_multiprocessing";
        TYPE.baseType = false;
        TYPE.constructor = (cls, a, k) -> {
            int kind = (int) Ops.asIndex(Args.get(a, k, 0, "kind", 1L));
            long value = Ops.asIndex(Args.get(a, k, 1, "value", 1L));
            long max = Ops.asIndex(Args.get(a, k, 2, "maxvalue", 1L));
            if (kind != RECURSIVE_MUTEX && kind != SEMAPHORE) throw Py.ValueError("unrecognized kind");
            if (value < 0 || value > SEM_VALUE_MAX) throw Py.ValueError("invalid value");
            return new MpSemLock(kind, (int) value, (int) Math.min(max, SEM_VALUE_MAX));
        };
        TYPE.dict.put("SEM_VALUE_MAX", SEM_VALUE_MAX);
        TYPE.def("acquire", MpSemLock::acquireFn);
        TYPE.def("__enter__", MpSemLock::acquireFn);
        TYPE.def("release", (a, k) -> { ((MpSemLock) a[0]).release(); return Py.None; });
        TYPE.def("__exit__", (a, k) -> { ((MpSemLock) a[0]).release(); return Py.None; });
        TYPE.def("_count", (a, k) -> (long) ((MpSemLock) a[0]).count);
        TYPE.def("_is_mine", (a, k) -> ((MpSemLock) a[0]).isMine());
        TYPE.def("_get_value", (a, k) -> (long) ((MpSemLock) a[0]).value());
        TYPE.def("_is_zero", (a, k) -> ((MpSemLock) a[0]).value() == 0);
        TYPE.def("_after_fork", (a, k) -> Py.None);
        TYPE.dict.put("kind", prop("kind", s -> (long) s.kind));
        TYPE.dict.put("maxvalue", prop("maxvalue", s -> (long) s.maxvalue));
    }

    private static PyObject prop(String name, java.util.function.Function<MpSemLock, Object> f) {
        return new PyWrappers.Property(PyBuiltinFunction.method("SemLock", name, (a, k) -> f.apply((MpSemLock) a[0])),
                Py.None, Py.None, Py.None).immortal();
    }

    MpSemLock(int kind, int value, int maxvalue) {
        this.kind = kind;
        this.value = value;
        this.maxvalue = maxvalue;
        immortal();
    }

    @Override public PyType type() { return TYPE; }

    private static Object acquireFn(Object[] a, String[] k) {
        boolean block = Ops.truthy(Args.get(a, k, 1, "block", true));
        Object t = Args.get(a, k, 2, "timeout", Py.None);
        double timeout = t == Py.None ? -1 : Math.max(0, Ops.asDouble(t));
        return ((MpSemLock) a[0]).acquire(block, timeout);
    }

    int value() {
        lock.lock();
        try {
            return value;
        } finally {
            lock.unlock();
        }
    }

    boolean isMine() { return count > 0 && lastOwner == ThreadState.current(); }

    boolean acquire(boolean block, double timeout) {
        ThreadState ts = ThreadState.current();
        if (kind == RECURSIVE_MUTEX && isMine()) {
            count++;
            return true;
        }
        boolean got = tryTake();
        if (!got && block) {
            got = Blocking.await(ts, timeout, nanos -> {
                lock.lockInterruptibly();
                try {
                    while (value == 0) {
                        if (nanos < 0) released.await();
                        else if ((nanos = released.awaitNanos(nanos)) <= 0) return false;
                    }
                    value--;
                    return true;
                } finally {
                    lock.unlock();
                }
            });
        }
        if (got) {
            if (lastOwner != ts) count = 0;
            lastOwner = ts;
            count++;
        }
        return got;
    }

    private boolean tryTake() {
        lock.lock();
        try {
            if (value > 0) {
                value--;
                return true;
            }
            return false;
        } finally {
            lock.unlock();
        }
    }

    void release() {
        if (kind == RECURSIVE_MUTEX) {
            if (!isMine()) throw Py.raise(Exc.AssertionError, "attempt to release recursive lock not owned by thread");
            if (count > 1) {
                count--;
                return;
            }
        }
        lock.lock();
        try {
            if (value >= maxvalue) throw Py.ValueError("semaphore or lock released too many times");
            value++;
            if (count > 0) count--;
            released.signal();
        } finally {
            lock.unlock();
        }
    }
}
