package minipy.runtime;

import java.util.function.BiConsumer;

/**
 * dict: an insertion-ordered hash table with Python key semantics (__hash__/__eq__), laid out
 * like CPython's compact dict: a sparse index of slots pointing into dense entry arrays.
 * Deleted entries leave a hole in the dense arrays until the next resize compacts them.
 *
 * <p>Thread safety (GIL off): all arrays live in one {@link Table}. Writers hold the dict's
 * monitor and either fill a table in place (an entry is written before the index slot that
 * publishes it) or swap in a new table. Readers take one snapshot of the table field and never
 * lock, so global and attribute look-ups stay cheap. Key hashes are computed before locking;
 * key comparison of non-builtin keys may run Python {@code __eq__} under the monitor.
 *
 * <p>Every stored key and value owns a reference. Values dropped by writers are released
 * (freed after the current instruction, outside the monitor).
 */
public class PyDict extends PyObject {
    private static final int EMPTY = -1, DUMMY = -2;
    private static final Object DELETED = new Object();

    /** One consistent set of arrays. */
    private static final class Table {
        final int[] index;        // slot -> entry number, EMPTY or DUMMY
        final int[] hashes;       // per entry
        final Object[] keys;      // per entry; DELETED for holes, null while not yet written
        final Object[] values;
        int filled;               // entries appended (live + holes)

        Table(int slots) {
            index = new int[slots];
            java.util.Arrays.fill(index, EMPTY);
            int cap = slots * 2 / 3 + 1;
            hashes = new int[cap];
            keys = new Object[cap];
            values = new Object[cap];
        }
    }

    /** null means plain dict; set for instances of dict subclasses. */
    PyType type;
    /** Attribute dict of a dict-subclass instance, created on demand. */
    public PyDict instDict;
    private Table t;
    private int used;
    /** Incremented on every mutation; lets callers cache look-ups and detect changes during iteration. */
    public int version;

    public PyDict() { this(8); }

    public PyDict(int capacity) {
        this(capacity, true);
    }

    /** track=false: not linked into the collector's lists (an instance's inline dict, see PyInstance). */
    PyDict(int capacity, boolean track) {
        super(track);
        int n = 8;
        while (n * 2 < capacity * 3) n <<= 1;
        t = new Table(n);
    }

    public PyDict(PyType subtype) { this(8); this.type = subtype; }

    @Override public PyType type() { return type == null ? PyType.DICT : type; }

    public int size() { return used; }

    private static boolean keyEq(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof String s) return b instanceof String && s.equals(b);
        return Ops.eq(a, b);
    }

    /** Entry number of key in table t, or -1. */
    private static int find(Table t, Object key, int h) {
        int[] index = t.index;
        int mask = index.length - 1;
        int i = h & mask;
        long perturb = h & 0xffffffffL;
        for (;;) {
            int e = index[i];
            if (e == EMPTY) return -1;
            if (e >= 0 && t.hashes[e] == h) {
                Object k = t.keys[e];
                if (k == key || (k != null && k != DELETED && keyEq(k, key))) return e;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    private static int findSlotForInsert(Table t, int h) {
        int[] index = t.index;
        int mask = index.length - 1;
        int i = h & mask;
        long perturb = h & 0xffffffffL;
        while (index[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    public Object get(Object key) {
        int h = Ops.hash(key);
        Table s = t;
        int e = find(s, key, h);
        return e < 0 ? null : s.values[e];
    }

    /** Fast path for str keys (globals, attributes). */
    public Object getStr(String key) {
        Table s = t;
        int e = find(s, key, key.hashCode());
        return e < 0 ? null : s.values[e];
    }

    /** Value of the entry at position i if its key is key itself (an inline cache's hint), else null. */
    public Object getStrAt(int i, String key) {
        Table s = t;
        if (i >= s.filled || s.keys[i] != key) return null;
        return s.values[i];
    }

    /** Entry position of a str key, or -1. */
    public int indexOfStr(String key) {
        return find(t, key, key.hashCode());
    }

    /**
     * If the entry at position i has key itself as its key, replaces its value (as put does)
     * and returns true; else changes nothing and returns false.
     */
    public boolean replaceAt(int i, String key, Object value) {
        Object old;
        if (Refs.atomic) {
            synchronized (this) { old = replaceAtUnlocked(i, key, value); }
        } else {
            old = replaceAtUnlocked(i, key, value);
        }
        if (old == null) return false;
        Refs.release(old);
        return true;
    }

    private Object replaceAtUnlocked(int i, String key, Object value) {
        Table s = t;
        if (i >= s.filled || s.keys[i] != key) return null;
        Object old = s.values[i];
        if (old == null) return null;
        Refs.incref(value);
        s.values[i] = value;
        version++;
        return old;
    }

    public boolean containsKey(Object key) {
        int h = Ops.hash(key);
        return find(t, key, h) >= 0;
    }

    /** Stores key -> value; both get a reference (the old value, if any, loses one). */
    public void put(Object key, Object value) {
        int h = Ops.hash(key);
        // GIL on (Refs.atomic false): only the GIL holder writes, no monitor needed
        Object old = Refs.atomic ? putHashedLocked(key, h, value) : putHashed(key, h, value);
        if (old != null) Refs.release(old);   // freed after the instruction, outside the monitor
    }

    private synchronized Object putHashedLocked(Object key, int h, Object value) {
        return putHashed(key, h, value);
    }

    private Object putHashed(Object key, int h, Object value) {
        Table s = t;
        int e = find(s, key, h);
        Refs.incref(value);
        if (e >= 0) {
            Object old = s.values[e];
            s.values[e] = value;
            version++;
            return old;
        }
        Refs.incref(key);
        if (s.filled == s.keys.length) s = resize();
        int slot = findSlotForInsert(s, h);
        int n = s.filled++;
        s.hashes[n] = h;
        s.keys[n] = key;
        s.values[n] = value;
        s.index[slot] = n;      // publish the entry last
        used++;
        version++;
        return null;
    }

    private Table resize() {
        Table o = t;
        int slots = o.index.length;
        while (slots * 2 / 3 < used * 2 + 1) slots <<= 1;
        Table s = new Table(slots);
        for (int i = 0; i < o.filled; i++) {
            Object k = o.keys[i];
            if (k == DELETED || k == null) continue;
            int slot = findSlotForInsert(s, o.hashes[i]);
            int n = s.filled++;
            s.hashes[n] = o.hashes[i];
            s.keys[n] = k;
            s.values[n] = o.values[i];
            s.index[slot] = n;
        }
        t = s;
        return s;
    }

    /** Removes key's entry; returns {key, value} whose references pass to the caller, or null. */
    private Object[] removeEntry(Object key) {
        int h = Ops.hash(key);
        synchronized (this) {
            Table s = t;
            int e = find(s, key, h);
            if (e < 0) return null;
            int mask = s.index.length - 1;
            int i = h & mask;
            long perturb = h & 0xffffffffL;
            while (s.index[i] != e) {
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
            s.index[i] = DUMMY;
            Object k = s.keys[e], v = s.values[e];
            s.keys[e] = DELETED;
            s.values[e] = null;
            used--;
            version++;
            return new Object[] {k, v};
        }
    }

    /** Removes key; returns its value (whose reference passes to the caller) or null. */
    public Object removeTransfer(Object key) {
        Object[] kv = removeEntry(key);
        if (kv == null) return null;
        Refs.release(kv[0]);
        return kv[1];
    }

    /** Removes key and drops the value's reference (freed after the instruction); returns the value, or null. */
    public Object remove(Object key) {
        Object v = removeTransfer(key);
        if (v != null) Refs.release(v);
        return v;
    }

    /** Removes key for a caller that returns the value: the reference is dropped after the instruction. */
    public Object pop(Object key) { return remove(key); }

    public void clear() {
        Table o;
        synchronized (this) {
            o = t;
            t = new Table(8);
            used = 0;
            version++;
        }
        for (int i = 0; i < o.filled; i++) {
            Object k = o.keys[i];
            if (k == DELETED || k == null) continue;
            Refs.release(k);
            Refs.release(o.values[i]);
        }
    }

    // ---- ordered access for iteration ------------------------------------------------------
    /** Number of entry positions (live and holes), for position-based iteration. */
    public int positions() { return t.filled; }

    /** Key at entry position i, or null if that entry is a hole (or beyond the table). */
    public Object keyAt(int i) {
        Table s = t;
        if (i >= s.filled) return null;
        Object k = s.keys[i];
        return k == DELETED ? null : k;
    }

    public Object valueAt(int i) {
        Table s = t;
        return i < s.filled ? s.values[i] : null;
    }

    /** The collector's subtract_refs over the entries, as traverse would visit them (a plain loop: young collections of instances). */
    void gcSubtractEntries() {
        Table s = t;
        Object[] ks = s.keys, vs = s.values;
        for (int i = 0, n = s.filled; i < n; i++) {
            Object k = ks[i];
            if (k == null || k == DELETED) continue;
            if (k instanceof PyObject) Gc.subtractRef(k);
            Gc.subtractRef(vs[i]);
        }
    }

    /** The collector's marking over the entries (see gcSubtractEntries). */
    void gcMarkEntries(int member, java.util.ArrayDeque<PyObject> stack) {
        Table s = t;
        Object[] ks = s.keys, vs = s.values;
        for (int i = 0, n = s.filled; i < n; i++) {
            Object k = ks[i];
            if (k == null || k == DELETED) continue;
            if (k instanceof PyObject) Gc.markRef(k, member, stack);
            Gc.markRef(vs[i], member, stack);
        }
    }

    /** A consistent copy of the live entries as {k0, v0, k1, v1, ...} (no references taken). */
    public Object[] snapshot() {
        Table s = t;
        int n = s.filled;
        Object[] out = new Object[used * 2];
        int j = 0;
        for (int i = 0; i < n && j < out.length; i++) {
            Object k = s.keys[i];
            if (k == DELETED || k == null) continue;
            out[j++] = k;
            out[j++] = s.values[i];
        }
        return j == out.length ? out : java.util.Arrays.copyOf(out, j);
    }

    public void forEach(BiConsumer<Object, Object> f) {
        Object[] kv = snapshot();
        for (int i = 0; i < kv.length; i += 2) f.accept(kv[i], kv[i + 1]);
    }

    /** Removes and returns the last inserted entry as {key, value}, released after the instruction; or null. */
    public Object[] popLastTransfer() {
        for (;;) {
            Table s = t;
            int i = s.filled - 1;
            while (i >= 0 && (s.keys[i] == DELETED || s.keys[i] == null)) i--;
            if (i < 0) return null;
            Object[] kv = removeEntry(s.keys[i]);
            if (kv == null) continue;   // raced with another remover: look again
            Refs.release(kv[0]);
            Refs.release(kv[1]);
            return kv;
        }
    }

    public PyDict copy() {
        Object[] kv = snapshot();
        PyDict d = new PyDict(kv.length / 2);
        for (int i = 0; i < kv.length; i += 2) d.put(kv[i], kv[i + 1]);
        return d;
    }

    @Override public void traverse(java.util.function.Consumer<Object> visit) {
        Table o = t;
        int n = Math.min(o.filled, o.keys.length);
        for (int i = 0; i < n; i++) {
            Object k = o.keys[i];
            if (k == DELETED || k == null) continue;
            visit.accept(k);
            visit.accept(o.values[i]);
        }
        if (instDict != null) visit.accept(instDict);
    }

    @Override protected void clearRefs() {
        Table o = t;
        t = new Table(8);
        used = 0;
        version++;
        for (int i = 0; i < o.filled; i++) {
            Object k = o.keys[i];
            if (k == DELETED || k == null) continue;
            Refs.decref(k);
            Refs.decref(o.values[i]);
        }
        if (instDict != null) Refs.decref(instDict);
    }
}
