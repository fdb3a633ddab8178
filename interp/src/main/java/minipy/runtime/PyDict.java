package minipy.runtime;

import java.util.function.BiConsumer;

/**
 * dict: an insertion-ordered hash table with Python key semantics (__hash__/__eq__), laid out
 * like CPython's compact dict: a sparse index table of slots pointing into dense entry arrays.
 * Deleted entries leave a hole in the dense arrays until the next resize compacts them.
 *
 * <p>Every stored key and value owns a reference. String keys take a fast path (identity or
 * String.equals, Java's cached hash) because attribute and global dicts are all-str.
 */
public class PyDict extends PyObject {
    private static final int EMPTY = -1, DUMMY = -2;
    private static final Object DELETED = new Object();

    /** null means plain dict; set for instances of dict subclasses. */
    PyType type;
    /** Attribute dict of a dict-subclass instance, created on demand. */
    public PyDict instDict;
    private int[] index;          // slot -> entry number, EMPTY or DUMMY
    private int[] hashes;         // per entry
    private Object[] keys;        // per entry; DELETED for holes
    private Object[] values;
    private int used;             // live entries
    private int filled;           // entries appended (live + holes)
    /** Incremented on every mutation; lets callers cache look-ups and detect changes during iteration. */
    public int version;

    public PyDict() { this(8); }

    public PyDict(int capacity) {
        int n = 8;
        while (n * 2 < capacity * 3) n <<= 1;
        allocate(n);
    }

    public PyDict(PyType subtype) { this(8); this.type = subtype; }

    private void allocate(int slots) {
        index = new int[slots];
        java.util.Arrays.fill(index, EMPTY);
        int cap = slots * 2 / 3 + 1;
        hashes = new int[cap];
        keys = new Object[cap];
        values = new Object[cap];
        used = filled = 0;
    }

    @Override public PyType type() { return type == null ? PyType.DICT : type; }

    public int size() { return used; }

    private static boolean keyEq(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof String s) return b instanceof String && s.equals(b);
        return Ops.eq(a, b);
    }

    /** Returns the entry number of key, or -1. */
    private int find(Object key, int h) {
        int mask = index.length - 1;
        int i = h & mask;
        long perturb = h & 0xffffffffL;
        for (;;) {
            int e = index[i];
            if (e == EMPTY) return -1;
            if (e >= 0 && hashes[e] == h) {
                Object k = keys[e];
                if (k == key || (k != DELETED && keyEq(k, key))) return e;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    private int findSlotForInsert(int h) {
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
        int e = find(key, Ops.hash(key));
        return e < 0 ? null : values[e];
    }

    /** Fast path for str keys (globals, attributes). */
    public Object getStr(String key) {
        int e = find(key, key.hashCode());
        return e < 0 ? null : values[e];
    }

    public boolean containsKey(Object key) { return find(key, Ops.hash(key)) >= 0; }

    /** Stores key -> value; both get a reference (the old value, if any, loses one). */
    public void put(Object key, Object value) {
        int h = Ops.hash(key);
        int e = find(key, h);
        Refs.incref(value);
        if (e >= 0) {
            Object old = values[e];
            values[e] = value;
            version++;
            Refs.decref(old);
            return;
        }
        Refs.incref(key);
        insertNew(key, h, value);
    }

    private void insertNew(Object key, int h, Object value) {
        if (filled == keys.length) resize();
        int slot = findSlotForInsert(h);
        int e = filled++;
        index[slot] = e;
        hashes[e] = h;
        keys[e] = key;
        values[e] = value;
        used++;
        version++;
    }

    private void resize() {
        int[] oh = hashes; Object[] ok = keys, ov = values;
        int n = filled;
        int slots = index.length;
        while (slots * 2 / 3 < used * 2 + 1) slots <<= 1;
        if (used * 3 < slots && slots > 8 && used * 2 + 1 < slots / 2) slots = Math.max(8, slots);
        allocate(slots);
        for (int i = 0; i < n; i++) {
            if (ok[i] == DELETED) continue;
            int slot = findSlotForInsert(oh[i]);
            int e = filled++;
            index[slot] = e;
            hashes[e] = oh[i];
            keys[e] = ok[i];
            values[e] = ov[i];
            used++;
        }
    }

    /** Removes key's entry; returns {key, value} whose references pass to the caller, or null. */
    private Object[] removeEntry(Object key) {
        int h = Ops.hash(key);
        int e = find(key, h);
        if (e < 0) return null;
        int mask = index.length - 1;
        int i = h & mask;
        long perturb = h & 0xffffffffL;
        while (index[i] != e) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        index[i] = DUMMY;
        Object k = keys[e], v = values[e];
        keys[e] = DELETED;
        values[e] = null;
        used--;
        version++;
        return new Object[] {k, v};
    }

    /** Removes key; returns its value (whose reference passes to the caller) or null. */
    public Object removeTransfer(Object key) {
        Object[] kv = removeEntry(key);
        if (kv == null) return null;
        Refs.decref(kv[0]);
        return kv[1];
    }

    /** Removes key and drops the value's reference at once; returns the (possibly freed) value, or null. */
    public Object remove(Object key) {
        Object v = removeTransfer(key);
        if (v != null) Refs.decref(v);
        return v;
    }

    /** Removes key for a caller that returns the value: the reference is dropped after the instruction. */
    public Object pop(Object key) {
        Object v = removeTransfer(key);
        if (v != null) Refs.release(v);
        return v;
    }

    public void clear() {
        Object[] ok = keys, ov = values;
        int n = filled;
        allocate(8);
        version++;
        for (int i = 0; i < n; i++) {
            if (ok[i] == DELETED) continue;
            Refs.decref(ok[i]);
            Refs.decref(ov[i]);
        }
    }

    // ---- ordered access for iteration ------------------------------------------------------
    /** Number of entry positions (live and holes), for position-based iteration. */
    public int positions() { return filled; }

    /** Key at entry position i, or null if that entry is a hole. */
    public Object keyAt(int i) {
        if (i >= filled) return null;
        Object k = keys[i];
        return k == DELETED ? null : k;
    }

    public Object valueAt(int i) { return values[i]; }

    public void forEach(BiConsumer<Object, Object> f) {
        for (int i = 0; i < filled; i++) {
            Object k = keys[i];
            if (k != DELETED) f.accept(k, values[i]);
        }
    }

    /** Removes and returns the last inserted entry as {key, value}, released after the instruction; or null. */
    public Object[] popLastTransfer() {
        for (int i = filled - 1; i >= 0; i--) {
            Object k = keys[i];
            if (k == DELETED) continue;
            Object[] kv = removeEntry(k);
            Refs.release(kv[0]);
            Refs.release(kv[1]);
            return kv;
        }
        return null;
    }

    public PyDict copy() {
        PyDict d = new PyDict(used);
        for (int i = 0; i < filled; i++) if (keys[i] != DELETED) d.put(keys[i], values[i]);
        return d;
    }

    @Override protected void clearRefs() {
        for (int i = 0; i < filled; i++) {
            Object k = keys[i];
            if (k == DELETED) continue;
            Refs.decref(k);
            Refs.decref(values[i]);
        }
        allocate(8);
    }
}
