package minipy.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import minipy.vm.PyCode;
import minipy.vm.PyFunction;
import minipy.vm.PyGenerator;

/**
 * weakref.ref (weakref.ReferenceType): a reference that does not own a count. Calling it
 * returns the referent, or None once the referent has been freed.
 *
 * <p>The weak references to an object are kept in a side table (objects that have any carry
 * {@link Gc#HAS_WEAKREFS}, so freeing the others costs one bit test). As CPython keeps them:
 * the basic reference (no callback) first, shared by every {@code ref(obj)} call, then the
 * references with callbacks, newest first; callbacks run in that order. They are cleared when
 * the referent is freed by reference counting (after its {@code __del__}, before its contents
 * are released) or found to be cyclic garbage by the collector (before any finalizer runs; the
 * callback is then called only if the weak reference itself is not garbage).
 */
public final class PyWeakref extends PyObject {
    public static final PyType TYPE = new PyType("ReferenceType", new PyType[] {PyType.OBJECT}, false).immortal();

    private static final IdentityHashMap<PyObject, ArrayList<PyWeakref>> TABLE = new IdentityHashMap<>();

    /** The referent, or null once it is gone. */
    volatile PyObject referent;
    /** The callback, or null; owns a reference. */
    Object callback;
    private long hash;
    private boolean hashed;

    private PyWeakref(PyObject referent, Object callback) {
        super(true);
        this.referent = referent;
        this.callback = callback;
        Refs.incref(callback);
    }

    @Override public PyType type() { return TYPE; }

    /** weakref.ref(obj, callback=None). */
    public static PyWeakref create(Object obj, Object callback) {
        if (callback == Py.None) callback = null;
        if (!(obj instanceof PyObject p) || !canReference(p)) {
            throw Py.TypeError("cannot create weak reference to '" + Ops.typeName(obj) + "' object");
        }
        synchronized (TABLE) {
            ArrayList<PyWeakref> list = TABLE.get(p);
            if (list == null) {
                list = new ArrayList<>(2);
                TABLE.put(p, list);
            }
            boolean hasBasic = !list.isEmpty() && list.get(0).callback == null;
            if (callback == null && hasBasic) return list.get(0);
            PyWeakref w = new PyWeakref(p, callback);
            list.add(callback == null ? 0 : hasBasic ? 1 : 0, w);
            p.gcFlags |= Gc.HAS_WEAKREFS;
            return w;
        }
    }

    /** Objects CPython lets you reference weakly: instances of Python classes, functions, types, sets... */
    public static boolean canReference(PyObject p) {
        if (p instanceof PyType || p instanceof PyFunction || p instanceof PySet || p instanceof PyGenerator
                || p instanceof PyMethod || p instanceof PyCode || p instanceof PyModule || p instanceof PyBuiltinFunction) {
            return true;
        }
        return p.type().heap;
    }

    /** The referent, or null if it is gone (or being freed by another thread). */
    public PyObject get() {
        PyObject r = referent;
        if (r == null) return null;
        if (!Refs.atomic) return r.refcnt < 0 ? null : r;
        // GIL off: the referent may be dropping to zero in another thread; only hand it out
        // if a reference can still be taken (the caller's own reference comes on top).
        for (;;) {
            int c = r.refcnt;
            if (c >= PyObject.IMMORTAL) return r;
            if (c <= 0) return null;
            if (PyObject.REFCNT.compareAndSet(r, c, c + 1)) break;
        }
        Refs.release(r);
        return r;
    }

    public Object callback() { return callback == null ? Py.None : callback; }

    public static int count(Object obj) {
        if (!(obj instanceof PyObject p) || (p.gcFlags & Gc.HAS_WEAKREFS) == 0) return 0;
        synchronized (TABLE) {
            ArrayList<PyWeakref> l = TABLE.get(p);
            return l == null ? 0 : l.size();
        }
    }

    public static List<PyWeakref> refsTo(Object obj) {
        if (!(obj instanceof PyObject p) || (p.gcFlags & Gc.HAS_WEAKREFS) == 0) return List.of();
        synchronized (TABLE) {
            ArrayList<PyWeakref> l = TABLE.get(p);
            return l == null ? List.of() : new ArrayList<>(l);
        }
    }

    private static ArrayList<PyWeakref> detach(PyObject p) {
        ArrayList<PyWeakref> l;
        synchronized (TABLE) {
            l = TABLE.remove(p);
            p.gcFlags &= ~Gc.HAS_WEAKREFS;
        }
        if (l != null) for (PyWeakref w : l) w.referent = null;
        return l;
    }

    /** The referent is being freed by reference counting: clear its weak references, call their callbacks. */
    static void clearOnFree(PyObject p) {
        ArrayList<PyWeakref> l = detach(p);
        if (l == null) return;
        ArrayList<PyWeakref> calls = new ArrayList<>();
        for (PyWeakref w : l) {
            if (w.callback != null && !w.isFreed()) {
                Refs.incref(w);        // alive while its callback runs
                calls.add(w);
            }
        }
        runCallbacks(calls);
    }

    /** The collector found p to be garbage: clear its weak references; queue callbacks of the surviving ones. */
    static void detachForCollector(PyObject p, List<PyWeakref> calls) {
        ArrayList<PyWeakref> l = detach(p);
        if (l == null) return;
        for (PyWeakref w : l) {
            if (w.callback != null && !w.isFreed() && (w.gcFlags & Gc.UNREACHABLE) == 0) {
                Refs.incref(w);
                calls.add(w);
            }
        }
    }

    /**
     * Calls each weakref's callback with the weakref (errors reported as unraisable), then
     * drops it; returns how many of the weakrefs were freed by that (CPython's gc counts them).
     */
    static int runCallbacks(List<PyWeakref> calls) {
        int freed = 0;
        for (PyWeakref w : calls) {
            Object cb = w.callback;
            w.callback = null;
            try {
                if (cb != null) Ops.call(cb, w);
            } catch (PyException e) {
                ErrorReporter.unraisable("Exception ignored in: " + Ops.repr(cb), e);
            } finally {
                Refs.decref(cb);
                Refs.decref(w);
            }
            if (w.isFreed()) freed++;
        }
        return freed;
    }

    public long hashValue() {
        if (hashed) return hash;
        PyObject r = referent;
        if (r == null) throw Py.TypeError("weak object has gone away");
        hash = Ops.hash64(r);
        hashed = true;
        return hash;
    }

    /** ==/!= compare the referents while both are alive, else the references themselves. */
    Object compare(PyWeakref o, int op) {
        if (op != Compare.EQ && op != Compare.NE) return Py.NotImplemented;
        PyObject a = referent, b = o.referent;
        boolean eq = a == null || b == null ? this == o : Ops.eq(a, b);
        return eq == (op == Compare.EQ);
    }

    public String repr() {
        PyObject r = referent;
        if (r == null) return "<weakref at " + Repr.addr(this) + "; dead>";
        String s = "<weakref at " + Repr.addr(this) + "; to '" + r.type().name + "' at " + Repr.addr(r);
        // CPython looks __name__ up on the type (a special look-up): functions, classes, generators have one
        Object name = r instanceof PyType t ? t.name : r instanceof PyFunction f ? f.name
                : r instanceof PyGenerator g ? g.name : r instanceof PyBuiltinFunction b ? b.name : null;
        return s + (name instanceof String n ? " (" + n + ")" : "") + ">";
    }

    @Override public void traverse(java.util.function.Consumer<Object> visit) {
        if (callback != null) visit.accept(callback);
    }

    @Override protected void clearRefs() {
        PyObject r = referent;
        if (r != null) {
            referent = null;
            synchronized (TABLE) {
                ArrayList<PyWeakref> l = TABLE.get(r);
                if (l != null) {
                    for (int i = 0; i < l.size(); i++) {
                        if (l.get(i) == this) { l.remove(i); break; }
                    }
                    if (l.isEmpty()) {
                        TABLE.remove(r);
                        r.gcFlags &= ~Gc.HAS_WEAKREFS;
                    }
                }
            }
        }
        Object cb = callback;
        callback = null;
        Refs.decref(cb);
    }
}
