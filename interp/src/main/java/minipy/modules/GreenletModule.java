package minipy.modules;

import java.util.concurrent.locks.LockSupport;
import minipy.runtime.*;
import minipy.vm.Interp;
import minipy.vm.ThreadExit;
import minipy.vm.ThreadState;

/**
 * _greenlet: the primitive under stdlib/greenlet.py. A coroutine ("coro") is a stack of
 * Python frames that can be suspended anywhere and resumed later. The VM recurses in Java for
 * every Python call, so a coro's frames live on a Java stack of their own: each coro runs on a
 * carrier platform thread, and the coros of one minipy thread hand the right to run to each
 * other explicitly (a volatile "running" field in the thread state plus park/unpark), so that
 * exactly one of them runs at a time.
 *
 * <p>All coros of one thread share its ThreadState: its ident (threading sees one thread, as
 * with the real greenlet), its GIL ownership (a switch needs no GIL hand-over: the GIL stays
 * with the thread state, whichever carrier runs it) and its eval breaker. What belongs to one
 * stack (call depth, the exception being handled, the innermost frame, the autorelease pool)
 * is swapped at each switch ({@link ThreadState#swapStack}).
 *
 * <p>API: coro(entry) makes a coro that, at its first transfer, calls entry(message) and, when
 * entry returns the tuple (greenlet, coro, message), hands over to that coro for good;
 * transfer(greenlet, coro, message) suspends the running coro, resumes the given one (the
 * message becomes the result of its own transfer call) and returns the message the running
 * coro is resumed with; getcurrent()/setmain(g) for the running greenlet object; ident() names
 * the thread state (greenlets cannot switch across threads).
 */
public final class GreenletModule {
    private GreenletModule() {}

    /** Java stack of a carrier: deep enough for the default recursion limit (as threads). */
    private static final long STACK_BYTES = 64L << 20;

    static final PyType CORO = new PyType("coro", new PyType[] {PyType.OBJECT}, false).immortal();

    static {
        CORO.module = "_greenlet";
        CORO.baseType = false;
    }

    /** One stack of frames: the thread's original one (main) or a carrier thread's. */
    static final class Coro extends PyObject {
        final ThreadState ts;
        /** Carrier thread; the original thread for a main coro; null until first resumed. */
        volatile Thread thread;
        /** entry(message) for a coro not yet started (owns a reference), else null. */
        Object entry;
        final ThreadState.StackState saved = new ThreadState.StackState();
        /** The message it is resumed with (owns a reference). */
        Object inbox;
        /** A Java-level failure of a carrier, rethrown in the coro it falls back to. */
        Throwable failure;
        volatile boolean finished;
        /** Set for a prestarted coro that will never run: its carrier goes back to the pool. */
        volatile boolean discarded;
        /** The carrier launched ahead of the first transfer (prestart), or null. */
        Carrier early;
        /** For a main coro: the thread's main greenlet object (owns a reference). */
        Object greenlet;

        Coro(ThreadState ts, Object entry) {
            this.ts = ts;
            this.entry = entry;
            Refs.incref(entry);
        }

        @Override public PyType type() { return CORO; }

        @Override protected void clearRefs() {
            Object e = entry, m = inbox;
            entry = null;
            inbox = null;
            Refs.decref(e);
            Refs.decref(m);
        }
    }

    /** Per thread state: the main coro (the thread's own stack) and the main greenlet object. */
    private static final java.util.Map<ThreadState, Coro> MAINS =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    static Coro running(ThreadState ts) {
        Object r = ts.coroRunning;
        if (r != null) return (Coro) r;
        Coro main = new Coro(ts, null);
        main.thread = Thread.currentThread();
        main.immortal();
        MAINS.put(ts, main);
        ts.coroRunning = main;
        return main;
    }

    static PyModule create(Interp interp) {
        PyModule m = new PyModule("_greenlet");
        m.set("coro", CORO);
        m.def("coro", (a, k) -> {
            if (a.length < 1 || a.length > 2) throw Py.TypeError("coro(entry, prestart=False)");
            ThreadState ts = ThreadState.current();
            Coro co = new Coro(ts, a[0]);
            if (a.length > 1 && Ops.truthy(a[1])) {
                // launch the carrier now, so that the first switch is a plain hand-off
                // (gevent spawns: thread creation is paid at spawn, not between two sleeps)
                running(ts);
                Carrier c = Carrier.obtain(() -> carrier(ts, co));
                co.thread = c.thread;
                co.early = c;
                c.launch();
            }
            return co;
        });
        m.def("discard", (a, k) -> {
            // a prestarted coro that will never be switched to: free its carrier
            if (a[0] instanceof Coro co && co.early != null && !co.finished && ThreadState.current().coroRunning != co) {
                co.discarded = true;
                co.finished = true;
                Object e = co.entry;
                co.entry = null;
                Refs.decref(e);
                LockSupport.unpark(co.thread);
            }
            return Py.None;
        });
        m.def("getcurrent", (a, k) -> {
            Object g = ThreadState.current().greenletCurrent;
            return g == null ? Py.None : g;
        });
        m.def("setmain", (a, k) -> {
            // the thread's main greenlet: the current one until a switch; kept alive by the thread
            ThreadState ts = ThreadState.current();
            Coro main = running(ts);
            if (MAINS.get(ts) != main || main.greenlet != null) throw Py.raise(Exc.RuntimeError, "the main greenlet is already set");
            Refs.incref(a[0]);
            main.greenlet = a[0];
            Refs.incref(a[0]);
            Object old = ts.greenletCurrent;
            ts.greenletCurrent = a[0];
            Refs.release(old);
            return main;
        });
        m.def("ident", (a, k) -> ThreadState.current().ident);
        m.def("transfer", (a, k) -> {
            if (a.length != 3 || !(a[1] instanceof Coro target)) throw Py.TypeError("transfer(greenlet, coro, message)");
            Object err = m.get("_error");   // greenlet.error, kept in the module (None after teardown)
            return transfer(ThreadState.current(), a[0], target, a[2], err == Py.None ? null : err);
        });
        m.def("set_error", (a, k) -> {
            m.set("_error", a[0]);
            return Py.None;
        });
        m.def("_carriers_created", (a, k) -> (long) Carrier.CREATED.get());
        m.def("finished", (a, k) -> a[0] instanceof Coro c && c.finished);
        return m;
    }

    /** errorClass: greenlet.error of this interpreter, registered by stdlib/greenlet.py (or null). */
    static Object transfer(ThreadState ts, Object g, Coro target, Object msg, Object errorClass) {
        if (target.ts != ts) {
            Object cls = errorClass;
            if (cls == null) throw Py.raise(Exc.RuntimeError, "cannot switch to a different thread");
            Object exc = Ops.call(cls, "cannot switch to a different thread");
            if (exc instanceof PyBaseException be) throw be.raise();
            throw Py.raise(Exc.RuntimeError, "cannot switch to a different thread");
        }
        if (target.finished) throw Py.raise(Exc.RuntimeError, "cannot switch to a finished coroutine");
        Coro self = running(ts);
        if (target == self) return msg;
        Refs.incref(msg);
        Refs.incref(g);
        handOver(ts, self, g, target, msg);
        // suspended here until another coro of this thread hands the thread state back
        while (ts.coroRunning != self) {
            LockSupport.park(self);
            // an interrupt that reached a parked carrier (Ctrl-C, abort) comes with an
            // asynchronous exception, which is raised below once this coro runs again
            Thread.interrupted();
        }
        Throwable f = self.failure;
        if (f != null) {
            self.failure = null;
            if (f instanceof RuntimeException re) throw re;
            if (f instanceof Error er) throw er;
            throw new VmError("greenlet carrier failed: " + f);
        }
        Object m = self.inbox;
        self.inbox = null;
        Refs.release(m);
        PyBaseException pending = ts.takeAsyncExc();
        if (pending != null) throw pending.raise();
        return m;
    }

    /**
     * Makes target the running coro of ts (self's state saved), then lets its carrier go. The
     * caller's references to g and msg pass to the thread state and to target.
     */
    private static void handOver(ThreadState ts, Coro self, Object g, Coro target, Object msg) {
        target.inbox = msg;
        Object oldG = ts.greenletCurrent;
        ts.greenletCurrent = g;
        Refs.release(oldG);       // freed, if at all, when its stack drains its pool
        ts.swapStack(self.saved, target.saved);
        Thread t = target.thread;
        boolean start = t == null;
        Carrier c = null;
        if (start) {
            c = Carrier.obtain(() -> carrier(ts, target));
            t = c.thread;
            target.thread = t;
        }
        ts.thread = t;
        ts.coroRunning = target;   // publish: from here on only target touches ts
        if (start) c.launch();
        else LockSupport.unpark(t);
    }

    /**
     * A carrier platform thread. When its coro ends it waits (up to IDLE_NANOS) to carry the
     * next new coro of any thread, so spawning many short greenlets does not start as many
     * platform threads; only coros alive at the same time need a carrier each.
     */
    static final class Carrier {
        private static final java.util.concurrent.ConcurrentLinkedDeque<Carrier> IDLE = new java.util.concurrent.ConcurrentLinkedDeque<>();
        private static final long IDLE_NANOS = 10_000_000_000L;
        static final java.util.concurrent.atomic.AtomicInteger CREATED = new java.util.concurrent.atomic.AtomicInteger();
        final Thread thread;
        volatile Runnable task;
        private boolean fresh;

        private Carrier() {
            thread = new Thread(null, this::loop, "minipy-greenlet", STACK_BYTES);
            thread.setDaemon(true);
            fresh = true;
            CREATED.incrementAndGet();
        }

        static Carrier obtain(Runnable task) {
            Carrier c = IDLE.pollFirst();
            if (c == null) c = new Carrier();
            c.task = task;
            return c;
        }

        void launch() {
            if (fresh) {
                fresh = false;
                thread.start();
            } else {
                LockSupport.unpark(thread);
            }
        }

        private void loop() {
            for (;;) {
                Runnable r;
                while ((r = task) == null) LockSupport.park(this);
                task = null;
                try {
                    r.run();
                } catch (Throwable e) {
                    // carrier() reports failures to the coro it hands over to
                }
                ThreadState.unbind();
                Thread.interrupted();
                IDLE.addFirst(this);
                long deadline = System.nanoTime() + IDLE_NANOS;
                while (task == null) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        if (IDLE.remove(this)) return;     // nobody took it: the thread ends
                        while (task == null) LockSupport.park(this);   // taken meanwhile: a task is coming
                        break;
                    }
                    LockSupport.parkNanos(this, left);
                }
            }
        }
    }

    private static void carrier(ThreadState ts, Coro co) {
        ts.bindCarrier();
        while (ts.coroRunning != co) {
            if (co.discarded) return;     // never ran (discard dropped the entry)
            LockSupport.park(co);
        }
        Object entry = co.entry;
        co.entry = null;
        Object first = co.inbox;
        co.inbox = null;
        Object next = null;
        Throwable fail = null;
        try {
            next = Ops.call(entry, new Object[] {first}, null);
        } catch (ThreadExit e) {
            fail = e;
        } catch (Throwable e) {
            fail = e;
        }
        Coro target = null;
        Object g = null, msg = null;
        try {
            Refs.decref(first);
            Refs.decref(entry);
            if (fail == null && next instanceof PyTuple t && t.items.length == 3 && t.items[1] instanceof Coro c
                    && c.ts == ts && !c.finished && c != co) {
                target = c;
                g = t.items[0];
                msg = t.items[2];
                Refs.incref(g);
                Refs.incref(msg);
            }
            ts.drainDeferred();
            ts.setHandled(null);
        } catch (Throwable e) {
            if (fail == null) fail = e;
        }
        if (target == null) {
            // fall back to the thread's main stack, which rethrows the failure
            target = MAINS.get(ts);
            if (fail == null) fail = new VmError("greenlet ended without a target to return to");
            target.failure = fail;
            Refs.decref(g);
            Refs.decref(msg);
            g = target.greenlet;
            Refs.incref(g);
            msg = Py.None;
        }
        co.finished = true;
        handOver(ts, co, g, target, msg);   // and this carrier ends
    }
}
