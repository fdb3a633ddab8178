package minipy.modules;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import minipy.runtime.*;
import minipy.vm.ThreadState;

/** _thread.lock: a non-reentrant lock that any thread may release. */
public final class PyLock extends PyObject {
    static final PyType TYPE = new PyType("lock", new PyType[] {PyType.OBJECT}, false).immortal();

    final Semaphore sem = new Semaphore(1);
    /** The thread that last acquired the lock (for diagnostics), or null. */
    volatile ThreadState owner;

    static {
        TYPE.module = "_thread";
        TYPE.baseType = false;
        TYPE.def("acquire", PyLock::acquireFn);
        TYPE.def("acquire_lock", PyLock::acquireFn);
        TYPE.def("__enter__", PyLock::acquireFn);
        TYPE.def("release", (a, k) -> { ((PyLock) a[0]).release(); return Py.None; });
        TYPE.def("release_lock", (a, k) -> { ((PyLock) a[0]).release(); return Py.None; });
        TYPE.def("__exit__", (a, k) -> { ((PyLock) a[0]).release(); return Py.None; });
        TYPE.def("locked", (a, k) -> ((PyLock) a[0]).isLocked());
        TYPE.def("locked_lock", (a, k) -> ((PyLock) a[0]).isLocked());
        TYPE.def("_at_fork_reinit", (a, k) -> { ((PyLock) a[0]).reinit(); return Py.None; });
        TYPE.def("__repr__", (a, k) -> {
            PyLock l = (PyLock) a[0];
            return "<" + (l.isLocked() ? "locked" : "unlocked") + " _thread.lock object at 0x"
                    + Long.toHexString(Builtins.id(l)) + ">";
        });
    }

    @Override public PyType type() { return TYPE; }

    public boolean isLocked() { return sem.availablePermits() == 0; }

    private static Object acquireFn(Object[] a, String[] k) {
        boolean blocking = Ops.truthy(Args.get(a, k, 1, "blocking", true));
        double timeout = Ops.asDouble(Args.get(a, k, 2, "timeout", -1L));
        return ((PyLock) a[0]).acquire(blocking, timeout);
    }

    /** CPython's acquire_timed: the non-blocking try first, then a wait with the GIL released. */
    public boolean acquire(boolean blocking, double timeout) {
        checkTimeout(blocking, timeout);
        ThreadState ts = ThreadState.current();
        if (sem.tryAcquire()) {
            took(ts);
            return true;
        }
        if (!blocking) return false;
        if (timeout < 0) ts.waitingFor = this;
        boolean got;
        try {
            got = Blocking.await(ts, timeout, nanos -> nanos < 0 ? acquireForever() : sem.tryAcquire(nanos, TimeUnit.NANOSECONDS));
        } finally {
            ts.waitingFor = null;
        }
        if (got) took(ts);
        return got;
    }

    private void took(ThreadState ts) {
        owner = ts;
        ts.lockAcquired(this);
    }

    private boolean acquireForever() throws InterruptedException {
        sem.acquire();
        return true;
    }

    static void checkTimeout(boolean blocking, double timeout) {
        if (!blocking && timeout != -1) throw Py.ValueError("can't specify a timeout for a non-blocking call");
        if (timeout < 0 && timeout != -1) throw Py.ValueError("timeout value must be a non-negative number");
        if (timeout > ThreadModule.TIMEOUT_MAX) throw Py.OverflowError("timeout value is too large");
    }

    public synchronized void release() {
        if (sem.availablePermits() > 0) throw Py.RuntimeError("release unlocked lock");
        ThreadState o = owner;
        owner = null;
        if (o != null) o.lockReleased(this);
        sem.release();
    }

    private synchronized void reinit() {
        sem.drainPermits();
        sem.release();
        owner = null;
    }
}
