package minipy.modules;

import minipy.runtime.*;
import minipy.vm.Interp;
import minipy.vm.ThreadExit;
import minipy.vm.ThreadState;

/** Starting and running a minipy thread on a Java platform thread. */
public final class Threads {
    private Threads() {}

    /** Java stack reserved per thread: deep enough for the default recursion limit. */
    private static final long STACK_BYTES = 64L << 20;

    static long start(Interp interp, Object func, PyTuple args, PyDict kwargs) {
        Refs.incref(func);
        Refs.incref(args);
        Refs.incref(kwargs);
        ThreadState[] holder = new ThreadState[1];
        Thread t = new Thread(null, () -> run(interp, holder[0], func, args, kwargs), "minipy-thread", STACK_BYTES);
        t.setDaemon(true);
        ThreadState ts = interp.newThreadState(t);
        ts.startRefs = new Object[] {func, args, kwargs};   // counted by the thread until it ends
        holder[0] = ts;
        t.start();
        return ts.ident;
    }

    private static void run(Interp interp, ThreadState ts, Object func, PyTuple args, PyDict kwargs) {
        ts.bind();
        try {
            interp.gil.acquire(ts);
        } catch (ThreadExit e) {
            interp.threadFinished(ts);
            ThreadState.unbind();
            return;
        }
        if (interp.tracer != null) interp.tracer.instant(ts, "thread start");
        try {
            Object[] a = args.items;
            if (kwargs != null && kwargs.size() > 0) {
                Object[] all = new Object[a.length + kwargs.size()];
                String[] names = new String[kwargs.size()];
                System.arraycopy(a, 0, all, 0, a.length);
                int j = 0;
                for (int i = 0; i < kwargs.positions(); i++) {
                    Object key = kwargs.keyAt(i);
                    if (key == null) continue;
                    names[j] = (String) key;
                    all[a.length + j++] = kwargs.valueAt(i);
                }
                Ops.call(func, all, names);
            } else {
                Ops.call(func, a, null);
            }
        } catch (PyException e) {
            if (!e.matches(Exc.SystemExit)) {
                interp.stdout.flush();
                interp.stderrWrite("Exception ignored in thread started by: " + Ops.repr(func) + "\n" + Tracebacks.format(e.value));
            }
        } catch (ThreadExit e) {
            // the interpreter is shutting down: a daemon thread stops here, silently
        } catch (minipy.runtime.VmError e) {
            // the VM's invariants broke (e.g. --refcount=racy damage): the whole program stops, as a crash would
            if (interp.claimFatalReport()) {         // the first damage report is the one that matters
                interp.stdout.flush();
                interp.stderrWrite("minipy: " + e.getMessage() + "\n");
                if (interp.debug) e.printStackTrace(interp.err);
                interp.abortWithStatus(70);
            }
        } catch (RuntimeException e) {
            if (Refs.racy) {
                // with --refcount=racy a freed object's cleared insides can break the VM anywhere:
                // that is the damage the mode shows, reported as such and fatal
                if (interp.claimFatalReport()) {
                    interp.stdout.flush();
                    interp.stderrWrite("minipy: " + Refs.raceDamage(e) + "\n");
                    if (interp.debug) e.printStackTrace(interp.err);
                    interp.abortWithStatus(70);
                }
            } else {
                interp.stderrWrite("minipy: internal error in thread: " + e + "\n");
                if (interp.debug) e.printStackTrace(interp.err);
            }
        } catch (StackOverflowError e) {
            interp.stderrWrite("minipy: internal error in thread: " + e + "\n");
            if (interp.debug) e.printStackTrace(interp.err);
        } finally {
            try {
                Refs.decref(func);
                Refs.decref(args);
                Refs.decref(kwargs);
                ts.drainDeferred();
                ts.setHandled(null);
            } catch (RuntimeException | ThreadExit e) {
                // nothing useful to report during teardown
            }
            if (interp.tracer != null) interp.tracer.instant(ts, "thread end");
            interp.threadFinished(ts);
            interp.gil.release(ts);
            ThreadState.unbind();
        }
    }
}
