package minipy.vm;

import java.util.ArrayList;

import minipy.runtime.PyBaseException;
import minipy.runtime.PyObject;
import minipy.runtime.Refs;

/**
 * Per-thread interpreter state: the interpreter it belongs to, call depth, the exception
 * being handled (for bare {@code raise} and context chaining), the eval breaker and the
 * pool of objects whose free is deferred until the current instruction ends.
 */
public final class ThreadState {
    private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();

    /** Eval-breaker bits, served in this order by Interpreter.handlePending. */
    public static final int GIL_DROP_REQUEST = 1, ASYNC_EXC = 2, PENDING_SIGNAL = 4;
    /** Cycle collector bits (minipy.runtime.Gc): a collection is due; pause for another thread's collection. */
    public static final int GC_COLLECT = 8, GC_PAUSE = 16;

    public final Interp interp;
    /** The Java thread running this thread state's code: with greenlets, the running greenlet's carrier. */
    public volatile Thread thread;
    public String name;
    public int depth;
    /** The exception currently being handled (sys.exc_info()), or null. Owns a reference. */
    public PyBaseException handled;
    /** Set by another thread (GIL drop request, async exception); tested on backward jumps and calls. */
    public volatile int evalBreaker;
    /** Exception to raise asynchronously in this thread (KeyboardInterrupt, SystemExit on shutdown). */
    public volatile PyBaseException asyncExc;
    /** Innermost running frame (for tracebacks of other threads, deadlock reports). */
    public Frame frame;
    /** What the thread was started with (function, args, kwargs), counted until it ends (for --debug-refs). */
    public Object[] startRefs;
    public final long ident;
    public final minipy.gil.GilStats gilStats = new minipy.gil.GilStats(this);
    public final long nativeId;
    public volatile boolean finished;
    /** True while the thread waits in a blocking call (sleep, lock, join, IO) with the GIL released. */
    public volatile boolean blocked;
    /** Instruction count at which the GIL policy wants to run tick() (ticks policy only). */
    public long nextTickCheck = Long.MAX_VALUE;
    /** Set once the thread has bound itself (before that it runs no Python code). */
    public volatile boolean started;
    /** True while the thread is parked for another thread's cycle collection (GIL off). */
    public volatile boolean gcParked;
    /** Work list and re-entrancy flag of minipy.runtime.Dealloc on this thread. */
    public final java.util.ArrayDeque<PyObject> deallocWork = new java.util.ArrayDeque<>();
    public boolean deallocActive;
    /** The cycle collector's list of this thread's new objects (GIL off), or null. */
    public Object gcHead;
    /** The lock this thread waits for without a timeout, or null (deadlock diagnosis). */
    public volatile Object waitingFor;
    /** Optional words on why it waits (e.g. "join"), for the deadlock report. */
    public volatile String waitReason;
    /** Locks this thread holds (identity list; tiny in practice). */
    private final ArrayList<Object> held = new ArrayList<>();

    public synchronized void lockAcquired(Object lock) { held.add(lock); interp.lockProgress.incrementAndGet(); }

    public synchronized void lockReleased(Object lock) {
        for (int i = held.size() - 1; i >= 0; i--) {
            if (held.get(i) == lock) { held.remove(i); break; }
        }
        interp.lockProgress.incrementAndGet();
    }

    public synchronized java.util.List<Object> heldLocks() { return new ArrayList<>(held); }

    /**
     * The autorelease pool: objects whose count fell to zero in a native that may still be
     * returning them. An instruction that calls out notes the pool's size first and, once it
     * holds its own reference to the result, frees what was added since (drainTo). Nested
     * frames drain only their own additions, so borrowed references held by an outer native
     * stay valid until that native returns.
     */
    private Object[] pool = new Object[16];
    private int poolSize;

    public ThreadState(Interp interp, Thread thread, long ident) {
        this.interp = interp;
        this.thread = thread;
        this.ident = ident;
        this.nativeId = ProcessHandle.current().pid() + (ident & 0xffff);
    }

    /** Takes the pending asynchronous exception, if any (KeyboardInterrupt for the main thread). */
    public PyBaseException takeAsyncExc() {
        PyBaseException e = asyncExc;
        if (e != null) {
            asyncExc = null;
            clearBreaker(ASYNC_EXC);
        }
        return e;
    }

    /**
     * --debug-refs: what a thread still running at exit (a daemon thread, stopped at its next
     * GIL request) holds on its stack of frames; legitimately alive, as in CPython, where the
     * states of daemon threads are never cleared at exit.
     */
    public void addRoots(java.util.List<Object> roots) {
        for (Frame f = frame; f != null; f = f.back) {
            for (Object o : f.slots) if (o != null) roots.add(o);
            roots.add(f.func);
            roots.add(f.globals);
            roots.add(f.locals);
        }
        roots.add(handled);
        roots.add(greenletCurrent);
        if (startRefs != null) java.util.Collections.addAll(roots, startRefs);
    }

    public static ThreadState current() {
        ThreadState ts = CURRENT.get();
        if (ts == null) throw new IllegalStateException("no minipy thread state on " + Thread.currentThread().getName());
        return ts;
    }

    public static ThreadState currentOrNull() { return CURRENT.get(); }

    public void bind() { CURRENT.set(this); started = true; minipy.runtime.Gc.forgetThread(); }

    /** The thread's name as the program knows it (threading sets it), for reports. */
    public String displayName() {
        if (name != null) return name;
        return this == interp.mainThread ? "MainThread" : "thread " + ident;
    }

    public static void unbind() { CURRENT.remove(); minipy.runtime.Gc.forgetThread(); }

    public synchronized void setBreaker(int bit) { evalBreaker |= bit; }

    public synchronized void clearBreaker(int bit) { evalBreaker &= ~bit; }

    public void deferFree(PyObject p) {
        if (poolSize == pool.length) pool = java.util.Arrays.copyOf(pool, poolSize * 2);
        pool[poolSize++] = p;
    }

    /**
     * A raised exception's carrier owns one reference to the exception while it travels; that
     * reference is dropped when the pool is drained below it: after the handler that caught it
     * took its own reference, or at the end of the instruction whose native swallowed it.
     */
    public void deferRelease(minipy.runtime.PyException carrier) {
        if (poolSize == pool.length) pool = java.util.Arrays.copyOf(pool, poolSize * 2);
        pool[poolSize++] = carrier;
    }

    public int poolMark() { return poolSize; }

    /** Frees the objects deferred since mark that nobody took a reference to. */
    public void drainTo(int mark) {
        // first in, first freed: a cleared list frees its items in the order they were released
        for (int i = mark; i < poolSize; i++) {
            Object p = pool[i];
            pool[i] = null;
            if (p instanceof minipy.runtime.PyException carrier) Refs.decref(carrier.value);
            else Refs.freeIfUnreferenced((PyObject) p);
        }
        poolSize = mark;
    }

    public void drainDeferred() { drainTo(0); }

    // ---- greenlets (minipy.modules.GreenletModule) ---------------------------------------------
    //
    // All greenlets of one thread share its ThreadState (Python identity, GIL ownership, eval
    // breaker); what belongs to one stack of frames is swapped at each switch.

    /** The running greenlet (a Python object, owns a reference), or null before the first use. */
    public Object greenletCurrent;
    /** The running greenlet's coroutine (minipy.modules.GreenletModule.Coro), or null. */
    public volatile Object coroRunning;

    /** The per-stack part of a thread state, kept by a suspended greenlet. */
    public static final class StackState {
        int depth;
        PyBaseException handled;
        Frame frame;
        Object[] pool = new Object[16];
        int poolSize;
    }

    /** Moves this thread's per-stack state into out and installs in (a switch to another stack). */
    public void swapStack(StackState out, StackState in) {
        out.depth = depth; out.handled = handled; out.frame = frame; out.pool = pool; out.poolSize = poolSize;
        depth = in.depth; handled = in.handled; frame = in.frame; pool = in.pool; poolSize = in.poolSize;
        in.handled = null; in.frame = null; in.pool = null;
    }

    /** Binds this thread state to a greenlet carrier thread (no thread start bookkeeping). */
    public void bindCarrier() { CURRENT.set(this); minipy.runtime.Gc.forgetThread(); }

    public void setHandled(PyBaseException e) {
        PyBaseException old = handled;
        handled = e;
        Refs.incref((Object) e);
        Refs.decref((Object) old);
    }
}
