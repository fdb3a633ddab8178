package minipy.modules;

import minipy.runtime.*;
import minipy.vm.Interp;
import minipy.vm.ThreadState;

/**
 * _thread: real Java platform threads running bytecode, and the lock types that the
 * threading module builds on. Every blocking wait releases the GIL first (after trying the
 * non-blocking path), as CPython's acquire_timed does.
 */
public final class ThreadModule {
    private ThreadModule() {}

    /** Largest timeout accepted by acquire(), in seconds (as CPython's PY_TIMEOUT_MAX on Linux). */
    public static final double TIMEOUT_MAX = 9223372036.0;

    static PyModule create(Interp interp) {
        PyModule m = new PyModule("_thread");
        m.set("LockType", PyLock.TYPE);
        m.set("lock", PyLock.TYPE);
        m.set("RLock", PyRLock.TYPE);
        m.set("error", Exc.RuntimeError);
        m.set("TIMEOUT_MAX", TIMEOUT_MAX);
        m.def("allocate_lock", (a, k) -> new PyLock());
        m.def("allocate", (a, k) -> new PyLock());
        m.def("start_new_thread", (a, k) -> {
            if (a.length < 2) throw Py.TypeError("start_new_thread expected at least 2 arguments, got " + a.length);
            if (!(a[1] instanceof PyTuple)) throw Py.TypeError("2nd arg must be a tuple");
            if (a.length > 2 && a[2] != Py.None && !(a[2] instanceof PyDict)) throw Py.TypeError("optional 3rd arg must be a dictionary");
            return Threads.start(interp, a[0], (PyTuple) a[1], a.length > 2 && a[2] != Py.None ? (PyDict) a[2] : null);
        });
        m.def("start_new", (a, k) -> Threads.start(interp, a[0], (PyTuple) a[1], null));
        m.def("get_ident", (a, k) -> ThreadState.current().ident);
        m.def("get_native_id", (a, k) -> ThreadState.current().nativeId);
        m.def("_count", (a, k) -> (long) interp.threadCount());
        m.def("exit", (a, k) -> { throw new PyBaseException(Exc.SystemExit).raise(); });
        m.def("exit_thread", (a, k) -> { throw new PyBaseException(Exc.SystemExit).raise(); });
        m.def("daemon_threads_allowed", (a, k) -> true);
        m.def("_set_thread_name", (a, k) -> {
            ThreadState.current().name = Ops.str(a[0]);
            Thread.currentThread().setName("minipy " + Ops.str(a[0]));
            return Py.None;
        });
        m.def("interrupt_main", (a, k) -> {
            interp.interruptMain();
            return Py.None;
        });
        long[] stack = {0};
        m.def("stack_size", (a, k) -> {
            long old = stack[0];
            if (a.length > 0) {
                long n = Ops.asIndex(a[0]);
                if (n != 0 && n < 32768) throw Py.ValueError("size not valid: " + n + " bytes");
                stack[0] = n;
            }
            return old;
        });
        return m;
    }
}
