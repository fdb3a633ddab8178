package minipy.modules;

import minipy.runtime.Exc;
import minipy.runtime.PyBaseException;
import minipy.vm.ThreadState;

/**
 * The one wrapper for blocking waits: release the GIL, wait, take the GIL back in finally.
 * A timeout below zero means wait forever. An interrupted wait (Ctrl-C delivered to the main
 * thread) re-checks for a pending asynchronous exception.
 */
public final class Blocking {
    private Blocking() {}

    @FunctionalInterface
    public interface Wait { boolean await(long nanos) throws InterruptedException; }

    public static boolean await(ThreadState ts, double timeoutSeconds, Wait w) {
        long nanos = timeoutSeconds < 0 ? -1 : (long) (timeoutSeconds * 1e9);
        ts.interp.gil.release(ts);
        ts.blocked = true;
        long t0 = System.nanoTime();
        boolean r;
        try {
            r = w.await(nanos);
        } catch (InterruptedException e) {
            r = false;
        } finally {
            ts.blocked = false;
            Object on = ts.waitingFor;
            // the wait is over: while this thread now queues for the GIL it is not "blocked
            // forever" (with a thousand threads woken at once that queue can take a while)
            ts.waitingFor = null;
            minipy.gil.TraceRecorder tr = ts.interp.tracer;
            if (tr != null) {
                tr.span(ts, "blocked: lock wait", "blocked", t0, System.nanoTime(), on == null ? "timed wait" : minipy.runtime.Ops.strOrEmpty(on));
            }
            ts.interp.gil.acquireAfterBlocking(ts);
        }
        PyBaseException pending = ts.takeAsyncExc();
        if (pending != null) throw pending.raise();
        return r;
    }
}
