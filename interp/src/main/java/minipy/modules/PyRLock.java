package minipy.modules;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import minipy.runtime.*;
import minipy.vm.ThreadState;

/** _thread.RLock: a re-entrant lock owned by the thread that acquired it. */
public final class PyRLock extends PyObject {
    static final PyType TYPE = new PyType("RLock", new PyType[] {PyType.OBJECT}, false).immortal();

    private final Semaphore sem = new Semaphore(1);

    /** True while the semaphore behind the lock is taken (diagnostics). */
    public boolean isLocked() { return sem.availablePermits() == 0; }
    private volatile long owner;
    private int count;

    static {
        TYPE.module = "_thread";
        TYPE.constructor = (cls, a, k) -> new PyRLock();
        TYPE.def("acquire", PyRLock::acquireFn);
        TYPE.def("__enter__", PyRLock::acquireFn);
        TYPE.def("release", (a, k) -> { ((PyRLock) a[0]).release(); return Py.None; });
        TYPE.def("__exit__", (a, k) -> { ((PyRLock) a[0]).release(); return Py.None; });
        TYPE.def("_is_owned", (a, k) -> ((PyRLock) a[0]).owner == ThreadState.current().ident);
        TYPE.def("_recursion_count", (a, k) -> {
            PyRLock l = (PyRLock) a[0];
            return l.owner == ThreadState.current().ident ? (long) l.count : 0L;
        });
        TYPE.def("_release_save", (a, k) -> ((PyRLock) a[0]).releaseSave());
        TYPE.def("_acquire_restore", (a, k) -> { ((PyRLock) a[0]).acquireRestore((PyTuple) a[1]); return Py.None; });
        TYPE.def("_at_fork_reinit", (a, k) -> Py.None);
        TYPE.def("__repr__", (a, k) -> {
            PyRLock l = (PyRLock) a[0];
            return "<" + (l.owner != 0 ? "locked" : "unlocked") + " _thread.RLock object owner=" + l.owner + " count="
                    + l.count + " at 0x" + Long.toHexString(Builtins.id(l)) + ">";
        });
    }

    @Override public PyType type() { return TYPE; }

    private static Object acquireFn(Object[] a, String[] k) {
        boolean blocking = Ops.truthy(Args.get(a, k, 1, "blocking", true));
        double timeout = Ops.asDouble(Args.get(a, k, 2, "timeout", -1L));
        return ((PyRLock) a[0]).acquire(blocking, timeout);
    }

    public boolean acquire(boolean blocking, double timeout) {
        PyLock.checkTimeout(blocking, timeout);
        ThreadState ts = ThreadState.current();
        if (owner == ts.ident) {
            count++;
            return true;
        }
        boolean got = sem.tryAcquire();
        if (!got && blocking) {
            if (timeout < 0) ts.waitingFor = this;
            try {
                got = Blocking.await(ts, timeout, nanos -> {
                    if (nanos < 0) { sem.acquire(); return true; }
                    return sem.tryAcquire(nanos, TimeUnit.NANOSECONDS);
                });
            } finally {
                ts.waitingFor = null;
            }
        }
        if (got) {
            owner = ts.ident;
            count = 1;
            ts.lockAcquired(this);
        }
        return got;
    }

    public void release() {
        if (owner != ThreadState.current().ident) throw Py.RuntimeError("cannot release un-acquired lock");
        if (--count == 0) {
            owner = 0;
            ThreadState.current().lockReleased(this);
            sem.release();
        }
    }

    private Object releaseSave() {
        if (count == 0) throw Py.RuntimeError("cannot release un-acquired lock");
        PyTuple state = PyTuple.of((long) count, owner);
        count = 0;
        owner = 0;
        ThreadState.current().lockReleased(this);
        sem.release();
        return state;
    }

    private void acquireRestore(PyTuple state) {
        ThreadState ts = ThreadState.current();
        if (!sem.tryAcquire()) {
            ts.waitingFor = this;
            try {
                Blocking.await(ts, -1, nanos -> { sem.acquire(); return true; });
            } finally {
                ts.waitingFor = null;
            }
        }
        ts.lockAcquired(this);
        owner = (Long) state.get(1);
        count = (int) (long) (Long) state.get(0);
    }
}
