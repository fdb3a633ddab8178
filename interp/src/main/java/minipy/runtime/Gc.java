package minipy.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import minipy.vm.Interp;
import minipy.vm.PyFunction;
import minipy.vm.ThreadState;

/**
 * The cycle collector of one interpreter (CPython's Modules/gcmodule.c, 3.11 semantics).
 *
 * <p><b>Tracking.</b> Container objects (list, dict, set, tuple, instances, functions, cells,
 * bound methods, heap types, generators, property/staticmethod/classmethod, weak references)
 * are linked at construction into the generation-0 list of the interpreter whose thread
 * creates them: an intrusive circular doubly-linked list through {@link PyObject#gcPrev} /
 * {@link PyObject#gcNext}, unlinked when the object is freed. With the GIL on that is four
 * field writes and a counter; with the GIL off ({@link Refs#atomic}) the lists are guarded by
 * one lock ({@link #LOCK}). Objects made by threads that have no interpreter (static
 * initialisers) are not tracked, which is always safe: the collector then merely sees the
 * references they hold as external.
 *
 * <p><b>Generations.</b> Three, as CPython: count[0] is allocations minus deallocations of
 * tracked objects since the last collection; when it exceeds threshold[0] (700) a collection
 * becomes due, and it runs at the allocating thread's next eval-breaker check (a safe point:
 * backward jump or call), never in the middle of a native. Collecting generation g merges the
 * younger lists into g; survivors move to g+1. Generation 2 is collected when count[2] exceeds
 * its threshold and the objects awaiting a first full collection are more than 25% of the
 * long-lived ones (CPython's rule, so building a big structure is not quadratic).
 *
 * <p><b>Algorithm</b> (gc_collect_main): gc_refs = refcount for every object of the generation
 * (an object with count 0 is floating, i.e. owned by Java code, and counts as externally
 * referenced); subtract the references the generation's objects hold to each other
 * ({@link PyObject#traverse}); objects left with gc_refs &gt; 0 are reachable from outside,
 * and so is everything reachable from them; the rest is unreachable. Then: weak references to
 * unreachable objects are cleared (callbacks run if the weakref itself survives);
 * {@code __del__} (and generator close) runs once for unreachable objects that have one (PEP
 * 442: the {@link #FINALIZED} bit also stops a later refcount free from running it again);
 * the unreachable set is checked again for objects the finalizers resurrected; the rest is
 * freed by marking each object freed and calling its clearRefs, so references between garbage
 * objects are never released twice. gc.collect() returns the number of objects freed that
 * way, counted like CPython 3.11 counts them (see {@link #weight}).
 *
 * <p><b>GIL off: stop the world.</b> Reference counts and containers change under the
 * collector's feet unless every other thread of the interpreter is paused. The collector sets
 * {@link ThreadState#GC_PAUSE} on every other thread; a thread parks at its next eval-breaker
 * check; threads in a blocking call (ts.blocked), not yet started or finished count as paused
 * and park when they come back (the GIL-off acquire calls {@link #safePoint}). The world is
 * stopped twice per collection: to find the unreachable set and to re-check it after the
 * finalizers; Python code (weakref callbacks, __del__, the clearing that follows) runs with the
 * world going, since garbage cannot be reached by other threads. If some thread neither reaches
 * a safe point nor runs (e.g. it waits for a monitor the collector holds) for 200 ms, the
 * collection is abandoned (returns 0) rather than deadlocking. With the GIL on the collector
 * is the GIL holder and nothing else runs bytecode, so no pause is needed.
 */
public final class Gc {
    /** gcFlags bits. */
    public static final byte FINALIZED = 1, HAS_WEAKREFS = 2, COLLECTING = 4, REACHABLE = 8, UNREACHABLE = 16,
            INLINE_DICT = 32, TYPE_DICT = 64;
    public static final int NUM_GENERATIONS = 3;
    public static final int DEBUG_STATS = 1, DEBUG_COLLECTABLE = 2, DEBUG_UNCOLLECTABLE = 4, DEBUG_SAVEALL = 32,
            DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

    /** Guards the interpreters' generation lists while several threads may run bytecode at once (GIL off). */
    static final Object LOCK = new Object();

    /**
     * The sentinel of a circular list: a generation of an interpreter (id 0), or, with the GIL
     * off, the new objects of one thread (id &gt; 0). Only the owning thread links and unlinks
     * in its own list (plain writes, no lock); another thread that frees one of its objects
     * queues it in {@link #remote} for the owner (or the collector, with the world stopped)
     * to unlink.
     */
    static final class Head extends PyObject {
        final char id;
        /** Thread lists: objects linked minus objects unlinked (that thread's share of count[0]). */
        int count;
        /** Thread lists: the owning thread has finished (the list was merged into generation 0). */
        boolean orphan;
        final java.util.concurrent.ConcurrentLinkedQueue<PyObject> remote;
        volatile boolean remotePending;
        Head(char id) {
            this.id = id;
            gcPrev = this;
            gcNext = this;
            remote = id == 0 ? null : new java.util.concurrent.ConcurrentLinkedQueue<>();
        }
        @Override public PyType type() { return PyType.OBJECT; }

        /** The owner (or the collector) unlinks what other threads freed. */
        void drainRemote() {
            remotePending = false;
            PyObject o;
            while ((o = remote.poll()) != null) {
                if (o.gcOwner == id && o.gcNext != null) {
                    unlinkRaw(o);
                    o.gcOwner = 0;
                    if (count > 0) count--;
                } else if (o.gcOwner == 0) {
                    synchronized (LOCK) {                // merged into a generation meanwhile
                        if (o.gcOwner == 0 && o.gcNext != null) unlinkRaw(o);
                    }
                }
            }
        }
    }

    /** Thread lists of every interpreter by id, so any thread can find an object's list. */
    private static volatile Head[] threadHeads = new Head[16];
    /** Ids free for reuse: given back by collections (world stopped), never while a thread could still queue to them. */
    private static final ArrayDeque<Character> FREE_IDS = new ArrayDeque<>();
    private static char nextId = 1;

    final Interp interp;
    private final Head[] gens = {new Head((char) 0), new Head((char) 0), new Head((char) 0)};
    /** This interpreter's thread lists (GIL off), guarded by LOCK. */
    private final ArrayList<Head> myThreadHeads = new ArrayList<>();
    /** count[0] (allocations minus deallocations of tracked objects), kept apart: it is the hot one. */
    int count0;
    /** count[1] and count[2] (collections of the younger generation since this one's last); [0] unused. */
    final int[] counts = new int[NUM_GENERATIONS];
    final int[] thresholds = {700, 10, 10};
    /** thresholds[0], read on every allocation. */
    private int threshold0 = 700;
    private long longLivedTotal, longLivedPending;
    public volatile boolean enabled = true;
    public volatile int debug;
    private volatile boolean collecting;
    private volatile ThreadState collector;
    private volatile boolean pauseRequested;
    /** gc.garbage and gc.callbacks, created by the gc module. */
    public PyList garbage, callbacks;
    /** Floating objects (count 0) untracked by full collections (see findUnreachable). */
    public long floatingUntracked;
    /** Per generation: collections, objects collected, uncollectable (gc.get_stats()). */
    public final long[][] stats = new long[NUM_GENERATIONS][3];

    public Gc(Interp interp) { this.interp = interp; }

    // ---- tracking ---------------------------------------------------------------------------

    /** The thread that last tracked an object and its state: saves the ThreadLocal look-up with the GIL on. */
    private static final class LastThread {
        final Thread thread;
        final ThreadState ts;
        LastThread(Thread thread, ThreadState ts) { this.thread = thread; this.ts = ts; }
    }

    private static LastThread last = new LastThread(null, null);

    /** ThreadState.currentOrNull(), cached for the common case of one thread allocating in a row. */
    static ThreadState currentThreadState() {
        LastThread l = last;
        Thread t = Thread.currentThread();
        if (l.thread == t) return l.ts;
        ThreadState ts = ThreadState.currentOrNull();
        if (ts != null && !Refs.atomic) last = new LastThread(t, ts);   // GIL off: threads interleave, skip the cache
        return ts;
    }

    /** Forgets the cached thread state (a thread state is being bound or unbound). */
    public static void forgetThread() { last = new LastThread(null, null); }

    /**
     * Links a new container into generation 0 of the current thread's interpreter: with the
     * GIL on, the interpreter's list; with it off, the thread's own list (no contention between
     * threads; the collector merges the thread lists into generation 0 when it runs).
     */
    static void track(PyObject o) {
        ThreadState ts = currentThreadState();
        if (ts == null) return;
        Gc g = ts.interp.gc;
        int c;
        if (!Refs.atomic) {
            c = g.link(o);
        } else {
            Head h = ts.gcHead instanceof Head th ? th : g.registerThread(ts);
            if (h != null) {
                linkInto(h, o);             // only this thread links into its list
                o.gcOwner = h.id;
                c = ++h.count;
                if (h.remotePending) h.drainRemote();
            } else {
                synchronized (LOCK) { c = g.link(o); }
            }
        }
        if (c > g.threshold0 && g.threshold0 > 0 && (ts.evalBreaker & ThreadState.GC_COLLECT) == 0
                && g.enabled && !g.collecting) {
            ts.setBreaker(ThreadState.GC_COLLECT);
        }
    }

    private int link(PyObject o) {
        linkInto(gens[0], o);
        return ++count0;
    }

    private static void linkInto(Head h, PyObject o) {
        PyObject last = h.gcPrev;
        o.gcPrev = last;
        o.gcNext = h;
        last.gcNext = o;
        h.gcPrev = o;
    }

    /** Gives ts a list of its own (GIL off); null when all 65535 ids are in use. */
    private Head registerThread(ThreadState ts) {
        Head h;
        synchronized (FREE_IDS) {
            char id;
            if (!FREE_IDS.isEmpty()) id = FREE_IDS.pop();
            else if (nextId != 0) id = nextId++;       // wraps to 0 after 65535: then no more ids
            else return null;
            h = new Head(id);
            Head[] a = threadHeads;
            if (id >= a.length) a = java.util.Arrays.copyOf(a, Math.max(id + 1, a.length * 2));
            a[id] = h;
            threadHeads = a;
        }
        synchronized (LOCK) { myThreadHeads.add(h); }
        ts.gcHead = h;
        return h;
    }

    /**
     * A thread ends: its list joins generation 0 (its id is given back by the next collection,
     * when no other thread can be about to queue an object to it).
     */
    public void threadFinished(ThreadState ts) {
        if (!(ts.gcHead instanceof Head h)) return;
        synchronized (LOCK) {
            absorb(h);
            h.orphan = true;
        }
        ts.gcHead = null;
    }

    /** Moves thread list h into generation 0 (LOCK held; h's owner parked, finished or the caller). */
    private void absorb(Head h) {
        h.drainRemote();
        for (PyObject o = h.gcNext; o != h; o = o.gcNext) o.gcOwner = 0;
        splice(h, gens[0]);
        count0 += Math.max(0, h.count);
        h.count = 0;
    }

    /** With the world stopped: merges every thread list into generation 0, frees the ids of finished threads. */
    private void absorbThreadLists() {
        for (int i = myThreadHeads.size() - 1; i >= 0; i--) {
            Head h = myThreadHeads.get(i);
            absorb(h);
            if (h.orphan) {
                h.drainRemote();
                myThreadHeads.remove(i);
                synchronized (FREE_IDS) {
                    threadHeads[h.id] = null;
                    FREE_IDS.push(h.id);
                }
            }
        }
    }

    /** Unlinks an object that is being freed (or made immortal); ts may be null. */
    static void untrack(PyObject o, ThreadState ts) {
        char id = o.gcOwner;
        if (id == 0) {
            if (!Refs.atomic) {
                unlinkCounted(o, ts);
            } else {
                synchronized (LOCK) { unlinkCounted(o, ts); }
            }
            return;
        }
        if (ts != null && ts.gcHead instanceof Head mine && mine.id == id) {
            unlinkRaw(o);                   // the owner: its list is its own
            o.gcOwner = 0;
            if (mine.count > 0) mine.count--;
            return;
        }
        Head h = threadHeads[id];
        if (h != null) {
            h.remote.add(o);                // the owner (or the next collection) unlinks it
            h.remotePending = true;
        }
    }

    static void untrack(PyObject o) { untrack(o, currentThreadState()); }

    private static void unlinkRaw(PyObject o) {
        PyObject n = o.gcNext, p = o.gcPrev;
        p.gcNext = n;
        n.gcPrev = p;
        o.gcPrev = null;
        o.gcNext = null;
    }

    private static void unlinkCounted(PyObject o, ThreadState ts) {
        if (o.gcNext == null) return;
        unlinkRaw(o);
        if (ts != null) {
            Gc g = ts.interp.gc;
            if (g.count0 > 0) g.count0--;
        }
    }

    /**
     * A raised exception keeps a reference for good (see {@link PyException}), so it can never
     * be garbage: it leaves the collector's lists with its dict and args (which would otherwise
     * keep it and them in memory after the JVM has dropped the exception).
     */
    static void untrackRaised(PyBaseException e) {
        if (e.gcNext == null) return;
        ThreadState ts = currentThreadState();
        untrack(e, ts);
        if (e.dict != null && e.dict.gcNext != null) untrack(e.dict, ts);
        if (e.args != null && e.args.gcNext != null) untrack(e.args, ts);
    }

    /** Appends list from (without its head) to the end of list to. */
    private static void splice(Head from, Head to) {
        if (from.gcNext == from) return;
        PyObject first = from.gcNext, last = from.gcPrev, tail = to.gcPrev;
        tail.gcNext = first;
        first.gcPrev = tail;
        last.gcNext = to;
        to.gcPrev = last;
        from.gcNext = from;
        from.gcPrev = from;
    }

    private static ArrayList<PyObject> members(Head h) {
        ArrayList<PyObject> out = new ArrayList<>();
        for (PyObject o = h.gcNext; o != h; o = o.gcNext) out.add(o);
        return out;
    }

    // ---- the gc module's view -----------------------------------------------------------------

    public int[] getCount() {
        synchronized (LOCK) {
            int c0 = count0;
            for (Head h : myThreadHeads) c0 += Math.max(0, h.count);
            return new int[] {c0, counts[1], counts[2]};
        }
    }

    public int[] getThreshold() { return thresholds.clone(); }

    public void setThreshold(int i, int v) {
        thresholds[i] = v;
        if (i == 0) threshold0 = v;
    }

    public boolean isCollecting() { return collecting; }

    /**
     * Every tracked object of the given generation (all when generation is -1). With the GIL
     * off the other threads' new objects are only reachable with the world stopped; if a
     * collection is running (e.g. this is a finalizer), they are left out.
     */
    public List<PyObject> objects(ThreadState ts, int generation) {
        ArrayList<PyObject> out = new ArrayList<>();
        boolean own = Refs.atomic && begin(ts);
        boolean paused = false;
        try {
            if (own) paused = stopWorld(ts);
            synchronized (LOCK) {
                if (paused) absorbThreadLists();
                else if (ts.gcHead instanceof Head mine) absorb(mine);    // this thread's own list
                for (int i = 0; i < NUM_GENERATIONS; i++) {
                    if (generation < 0 || generation == i) {
                        for (PyObject o : members(gens[i])) if (!o.isFreed()) out.add(o);
                    }
                }
            }
        } finally {
            if (paused) resumeWorld(ts);
            if (own) end();
        }
        return out;
    }

    /** gc.is_tracked: as CPython, dicts holding only atomic values count as untracked. */
    public static boolean isTracked(Object o) {
        if (!(o instanceof PyObject p) || p.gcNext == null) return false;
        if (p instanceof PyDict d) return hasTrackedContent(d);
        return true;
    }

    public static boolean isFinalized(Object o) {
        return o instanceof PyObject p && (p.gcFlags & FINALIZED) != 0;
    }

    // ---- entry points -------------------------------------------------------------------------

    /** Served from the eval breaker (Interpreter.handlePending). */
    public static void serve(ThreadState ts, int bits) {
        Gc g = ts.interp.gc;
        if ((bits & ThreadState.GC_PAUSE) != 0) {
            ts.clearBreaker(ThreadState.GC_PAUSE);
            g.safePoint(ts);
        }
        if ((bits & ThreadState.GC_COLLECT) != 0) {
            ts.clearBreaker(ThreadState.GC_COLLECT);
            if (g.enabled && !g.collecting) g.collectGenerations(ts);
        }
    }

    /** collect_generations: the oldest generation whose count exceeds its threshold. */
    private void collectGenerations(ThreadState ts) {
        for (int i = NUM_GENERATIONS - 1; i >= 0; i--) {
            if ((i == 0 ? getCount()[0] : counts[i]) > thresholds[i]) {
                if (i == NUM_GENERATIONS - 1 && longLivedPending < longLivedTotal / 4) continue;
                collectWithCallbacks(ts, i);
                break;
            }
        }
    }

    /** Interpreter exit (after threading._shutdown): one more collection if gc is enabled, as CPython's finalization. */
    public void collectAtExit(ThreadState ts) {
        if (!enabled) return;
        try {
            collect(ts, NUM_GENERATIONS - 1);
        } catch (PyException e) {
            ErrorReporter.unraisable("Exception ignored in garbage collection at exit", e);
        }
    }

    /** gc.collect(generation): the number of unreachable objects found (0 if a collection is running). */
    public long collect(ThreadState ts, int generation) { return collectWithCallbacks(ts, generation); }

    private long collectWithCallbacks(ThreadState ts, int generation) {
        if (collecting) return 0;
        invokeCallbacks("start", generation, 0, 0);
        long n = collectMain(ts, generation);
        invokeCallbacks("stop", generation, n, 0);
        return n;
    }

    private void invokeCallbacks(String phase, int generation, long collected, long uncollectable) {
        PyList cbs = callbacks;
        if (cbs == null || cbs.size() == 0) return;
        PyDict info = new PyDict();
        info.put("generation", (long) generation);
        info.put("collected", collected);
        info.put("uncollectable", uncollectable);
        Refs.incref(info);
        try {
            for (Object cb : cbs.toArray()) {
                try {
                    Ops.call(cb, phase, info);
                } catch (PyException e) {
                    ErrorReporter.unraisable("Exception ignored in garbage collector callback: " + Ops.repr(cb), e);
                }
            }
        } finally {
            Refs.decref(info);
        }
    }

    private synchronized boolean begin(ThreadState ts) {
        if (collecting) return false;
        collecting = true;
        collector = ts;
        return true;
    }

    private synchronized void end() {
        collecting = false;
        collector = null;
    }

    // ---- the collection -----------------------------------------------------------------------

    private long collectMain(ThreadState ts, int generation) {
        if (!begin(ts)) return 0;
        try {
            ArrayList<PyObject> unreachable;
            ArrayList<PyWeakref> wrCallbacks = new ArrayList<>();
            if (!stopWorld(ts)) return 0;
            try {
                if (Refs.atomic) {
                    synchronized (LOCK) { unreachable = findUnreachable(generation, wrCallbacks); }
                } else {
                    unreachable = findUnreachable(generation, wrCallbacks);
                }
            } finally {
                resumeWorld(ts);
            }
            // Python code runs from here on with the other threads going: garbage is unreachable.
            ArrayList<PyObject> fin;
            long m = 0;
            try {
                // handle_weakrefs: weakrefs freed by their own callback count as collected
                m += PyWeakref.runCallbacks(wrCallbacks);
                finalizeGarbage(unreachable);
                wrCallbacks.clear();
                if (!stopWorld(ts)) {
                    // could not pause the world again: keep everything (it is collected another time)
                    for (PyObject o : unreachable) o.gcFlags &= ~(COLLECTING | REACHABLE | UNREACHABLE);
                    return 0;
                }
                try {
                    fin = handleResurrected(unreachable);
                    for (PyObject o : fin) {
                        m += weight(o);
                        o.gcFlags |= FINALIZED;
                        if ((o.gcFlags & HAS_WEAKREFS) != 0) PyWeakref.detachForCollector(o, wrCallbacks);
                    }
                } finally {
                    resumeWorld(ts);
                }
            } catch (RuntimeException | Error e) {
                for (PyObject o : unreachable) o.gcFlags &= ~(COLLECTING | REACHABLE | UNREACHABLE);
                throw e;
            }
            PyWeakref.runCallbacks(wrCallbacks);
            for (PyObject o : fin) o.gcFlags &= ~(COLLECTING | REACHABLE | UNREACHABLE);
            if ((debug & DEBUG_SAVEALL) != 0) {
                PyList g = garbageList();
                for (PyObject o : fin) if (!o.isFreed()) g.append(o);
            } else {
                for (PyObject o : fin) {
                    if (!o.isFreed()) Dealloc.freeCollected(o);
                }
            }
            long[] st = stats[generation];
            st[0]++;
            st[1] += m;
            return m;
        } finally {
            end();
        }
    }

    public PyList garbageList() {
        synchronized (this) {
            if (garbage == null) {
                garbage = new PyList();
                Refs.incref(garbage);
            }
            return garbage;
        }
    }

    /** Phase 1, world stopped: the unreachable objects of the generation; weakrefs to them cleared. */
    private ArrayList<PyObject> findUnreachable(int generation, ArrayList<PyWeakref> wrCallbacks) {
        absorbThreadLists();
        if (generation + 1 < NUM_GENERATIONS) counts[generation + 1]++;
        for (int i = 0; i <= generation; i++) counts[i] = 0;
        count0 = 0;
        for (int i = 0; i < generation; i++) splice(gens[i], gens[generation]);
        Head young = gens[generation];
        Head old = generation + 1 < NUM_GENERATIONS ? gens[generation + 1] : young;
        ArrayList<PyObject> objs = members(young);
        objs.removeIf(o -> {
            if (!o.isFreed()) return false;
            unlinkRaw(o);                   // freed but still linked: must never be traversed
            o.gcOwner = 0;
            return true;
        });
        ArrayList<PyObject> unreachable = new ArrayList<>();
        try {
            for (PyObject o : objs) {
                o.gcFlags = (byte) ((o.gcFlags & ~(REACHABLE | UNREACHABLE)) | COLLECTING);
                int c = o.refcnt;
                o.gcRefs = c <= 0 || c >= PyObject.IMMORTAL ? Integer.MAX_VALUE : c;
            }
            // subtract_refs: references from inside the generation
            Consumer<Object> subtract = Gc::subtractRef;
            for (PyObject o : objs) {
                if (!(o instanceof PyInstance pi && pi.gcSubtract())) o.traverse(subtract);
            }
            markReachable(objs, COLLECTING);
            for (PyObject o : objs) {
                if ((o.gcFlags & REACHABLE) == 0) {
                    o.gcFlags |= UNREACHABLE;
                    unreachable.add(o);
                } else {
                    o.gcFlags &= ~(COLLECTING | REACHABLE);
                    if (o.refcnt == 0 && young == old) {
                        // Floating through a full collection: owned by Java code only, and most
                        // likely dropped by a native without ever being counted. Untracked, the
                        // JVM can reclaim it; if it is still in use, the collector merely sees
                        // the references it holds as external from now on.
                        o.gcPrev.gcNext = o.gcNext;
                        o.gcNext.gcPrev = o.gcPrev;
                        o.gcPrev = null;
                        o.gcNext = null;
                        floatingUntracked++;
                    }
                }
            }
        } catch (RuntimeException | Error e) {
            for (PyObject o : objs) o.gcFlags &= ~(COLLECTING | REACHABLE | UNREACHABLE);
            throw e;
        }
        int survivors = objs.size() - unreachable.size();   // (floating ones untracked above included: a heuristic)
        if (young != old) {
            if (generation == NUM_GENERATIONS - 2) longLivedPending += survivors;
            splice(young, old);
        } else {
            longLivedPending = 0;
            longLivedTotal = survivors;
        }
        // handle_weakrefs: clear weak references to garbage before any finalizer runs
        for (PyObject o : unreachable) {
            if ((o.gcFlags & HAS_WEAKREFS) != 0) PyWeakref.detachForCollector(o, wrCallbacks);
        }
        return unreachable;
    }

    /** Sets REACHABLE on objects (carrying bit member) with gcRefs &gt; 0 and everything member reachable from them. */
    private static void markReachable(List<PyObject> objs, int member) {
        ArrayDeque<PyObject> stack = new ArrayDeque<>(objs.size() + 1);   // no regrowth while marking
        for (PyObject o : objs) {
            if (o.gcRefs > 0) {
                o.gcFlags |= REACHABLE;
                stack.push(o);
            }
        }
        Consumer<Object> mark = x -> markRef(x, member, stack);
        PyObject o;
        while ((o = stack.poll()) != null) {
            if (!(o instanceof PyInstance pi && pi.gcMark(member, stack))) o.traverse(mark);
        }
    }

    /** subtract_refs for one reference held by a member of the generation being collected. */
    static void subtractRef(Object x) {
        if (x instanceof PyObject p && (p.gcFlags & COLLECTING) != 0 && p.gcRefs > 0
                && p.gcRefs != Integer.MAX_VALUE) {
            p.gcRefs--;
        }
    }

    /** Marks x reachable (and pushes it) if it carries bit member and is not marked yet. */
    static void markRef(Object x, int member, ArrayDeque<PyObject> stack) {
        if (x instanceof PyObject p && (p.gcFlags & member) == member && (p.gcFlags & REACHABLE) == 0
                && !p.isFreed()) {
            p.gcFlags |= REACHABLE;
            stack.push(p);
        }
    }

    /** Phase 2, world going: __del__ / generator close, once per object (PEP 442). */
    private static void finalizeGarbage(List<PyObject> unreachable) {
        for (PyObject o : unreachable) {
            if (o.isFreed() || (o.gcFlags & FINALIZED) != 0 || !o.hasFinalizer()) continue;
            o.gcFlags |= FINALIZED;
            Refs.incref(o);
            try {
                o.finalizeObject();
            } finally {
                Refs.decref(o);
            }
        }
    }

    /** Phase 3, world stopped: drops what finalizers freed or resurrected; returns what remains. */
    private static ArrayList<PyObject> handleResurrected(List<PyObject> unreachable) {
        ArrayList<PyObject> live = new ArrayList<>();
        for (PyObject o : unreachable) {
            if (o.isFreed()) {
                o.gcFlags &= ~(COLLECTING | REACHABLE | UNREACHABLE);
                continue;
            }
            o.gcFlags &= ~REACHABLE;
            int c = o.refcnt;
            o.gcRefs = c <= 0 || c >= PyObject.IMMORTAL ? Integer.MAX_VALUE : c;
            live.add(o);
        }
        Consumer<Object> subtract = x -> {
            if (x instanceof PyObject p && (p.gcFlags & UNREACHABLE) != 0 && !p.isFreed() && p.gcRefs > 0
                    && p.gcRefs != Integer.MAX_VALUE) {
                p.gcRefs--;
            }
        };
        for (PyObject o : live) o.traverse(subtract);
        markReachable(live, UNREACHABLE);
        ArrayList<PyObject> fin = new ArrayList<>();
        for (PyObject o : live) {
            if ((o.gcFlags & REACHABLE) != 0) {
                o.gcFlags &= ~(COLLECTING | REACHABLE | UNREACHABLE);   // resurrected: stays in the old generation
            } else {
                fin.add(o);
            }
        }
        return fin;
    }

    // ---- counting like CPython 3.11 -----------------------------------------------------------

    /**
     * How many objects CPython 3.11 would count for o. Some of minipy's objects stand for
     * several of CPython's or for none: an instance's __dict__ is CPython's inline values
     * (no object) unless something else references it; dicts holding only atomic values are
     * untracked in CPython; a function's closure and defaults are tuples there; a class has
     * __mro__ and __bases__ tuples and, for a base without them, __dict__/__weakref__
     * descriptors in its namespace.
     */
    static int weight(PyObject o) {
        if (o instanceof PyDict d) {
            if ((d.gcFlags & TYPE_DICT) != 0) return 1;
            if ((d.gcFlags & INLINE_DICT) != 0 && d.refcnt <= 1) return 0;
            return hasTrackedContent(d) ? 1 : 0;
        }
        if (o instanceof PyType t) {
            int n = 3;
            boolean heapBase = false, excBase = false;
            for (PyType b : t.bases) {
                if (b.heap) heapBase = true;
                else if (b.isSubtypeOf(Exc.BaseException)) excBase = true;
            }
            return n + (heapBase ? 0 : excBase ? 1 : 2);
        }
        if (o instanceof PyFunction f) return 1 + (f.closure != null ? 1 : 0) + (f.defaults != null ? 1 : 0);
        return 1;
    }

    /** True when d holds a container (CPython's MAINTAIN_TRACKING: such a dict is tracked). */
    static boolean hasTrackedContent(PyDict d) {
        boolean[] found = {false};
        d.traverse(x -> { if (x instanceof PyObject p && p.gcNext != null) found[0] = true; });
        return found[0];
    }

    // ---- stopping the world (GIL off) ---------------------------------------------------------

    /** Called by threads at safe points (eval breaker, GIL-off acquire): parks while a collection needs it. */
    public void safePoint(ThreadState ts) {
        if (!pauseRequested || collector == ts) return;
        boolean interrupted = false;
        synchronized (this) {
            if (!pauseRequested || collector == ts) return;
            ts.gcParked = true;
            notifyAll();
            try {
                while (pauseRequested) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            } finally {
                ts.gcParked = false;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private boolean stopWorld(ThreadState self) {
        if (interp.gil.enabled()) return true;     // the GIL holder is the only thread running bytecode
        synchronized (this) { pauseRequested = true; }
        boolean interrupted = false;
        try {
            long stuckSince = 0;
            synchronized (this) {
                for (;;) {
                    boolean allPaused = true, anyRunnable = false;
                    for (ThreadState t : interp.threads.values()) {
                        if (t == self || t.finished || !t.started || t.gcParked || t.blocked) continue;
                        allPaused = false;
                        if ((t.evalBreaker & ThreadState.GC_PAUSE) == 0) t.setBreaker(ThreadState.GC_PAUSE);
                        if (t.thread.getState() == Thread.State.RUNNABLE) anyRunnable = true;
                    }
                    if (allPaused) return true;
                    long now = System.nanoTime();
                    if (anyRunnable) {
                        stuckSince = 0;
                    } else if (stuckSince == 0) {
                        stuckSince = now;
                    } else if (now - stuckSince > 200_000_000L) {
                        pauseRequested = false;     // e.g. it waits for a monitor this thread holds
                        notifyAll();
                        return false;
                    }
                    try {
                        wait(1);
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    private void resumeWorld(ThreadState self) {
        if (interp.gil.enabled()) return;
        synchronized (this) {
            pauseRequested = false;
            notifyAll();
        }
    }
}
