package minipy.runtime;

import java.util.Arrays;

/**
 * list: a growable array; each item owns a reference. Every public operation is one step
 * under the list's monitor (cheap when uncontended), which keeps it atomic with the GIL off;
 * no Python code ever runs while the monitor is held (arguments are materialised first).
 */
public class PyList extends PyObject {
    Object[] items;
    int size;
    /** null means plain list; set for instances of list subclasses. */
    PyType type;
    public PyDict instDict;

    public PyList() { super(true); items = EMPTY_ITEMS; }

    public PyList(PyType subtype) { this(); this.type = subtype; }

    /** Takes ownership of the array (the first n items) and takes a reference to each. */
    public PyList(Object[] items, int n) {
        super(true);
        this.items = items;
        this.size = n;
        for (int i = 0; i < n; i++) Refs.incref(items[i]);
    }

    private static final Object[] EMPTY_ITEMS = new Object[0];

    @Override public PyType type() { return type == null ? PyType.LIST : type; }

    // With the GIL on (Refs.atomic false) only the GIL holder touches a list, so the hot
    // operations skip the monitor; with it off they lock as before.

    public int size() {
        if (Refs.atomic) synchronized (this) { return size; }
        return size;
    }

    public Object get(int i) {
        if (Refs.atomic) synchronized (this) { return items[i]; }
        return items[i];
    }

    /** Copy of the items (no references taken). */
    public synchronized Object[] toArray() { return Arrays.copyOf(items, size); }

    public void append(Object o) {
        if (Refs.atomic) synchronized (this) { append0(o); }
        else append0(o);
    }

    private void append0(Object o) {
        Refs.incref(o);
        if (size == items.length) items = Arrays.copyOf(items, Math.max(4, size + (size >> 1) + 1));
        items[size++] = o;
    }

    public synchronized void set(int i, Object o) {
        Object old = items[i];
        items[i] = o;
        Refs.incref(o);
        Refs.release(old);   // freed after the instruction, outside the monitor
    }

    public synchronized void insert(int i, Object o) {
        if (i < 0) i = Math.max(0, i + size);
        if (i > size) i = size;
        Refs.incref(o);
        if (size == items.length) items = Arrays.copyOf(items, Math.max(4, size + (size >> 1) + 1));
        System.arraycopy(items, i, items, i + 1, size - i);
        items[i] = o;
        size++;
    }

    /** Removes item i; its reference is released (deferred), so the caller may return it. */
    public synchronized Object removeAt(int i) {
        Object o = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        Refs.release(o);
        return o;
    }

    public synchronized void extend(Object[] src, int n) {
        if (size + n > items.length) items = Arrays.copyOf(items, Math.max(size + n, size + (size >> 1) + 1));
        for (int i = 0; i < n; i++) {
            Refs.incref(src[i]);
            items[size++] = src[i];
        }
    }

    /** Replaces items[lo:hi] with the given items. */
    public synchronized void replace(int lo, int hi, Object[] src) {
        int n = src.length;
        Object[] old = Arrays.copyOfRange(items, lo, hi);
        int newSize = size - (hi - lo) + n;
        Object[] dst = newSize > items.length ? new Object[Math.max(newSize, 4)] : items;
        if (dst != items) System.arraycopy(items, 0, dst, 0, lo);
        System.arraycopy(items, hi, dst, lo + n, size - hi);
        for (int i = 0; i < n; i++) { Refs.incref(src[i]); dst[lo + i] = src[i]; }
        for (int i = newSize; i < size; i++) dst[i] = null;
        items = dst;
        size = newSize;
        for (int i = old.length - 1; i >= 0; i--) Refs.release(old[i]);
    }

    public synchronized void clear() {
        Object[] old = items;
        int n = size;
        items = EMPTY_ITEMS;
        size = 0;
        for (int i = n - 1; i >= 0; i--) Refs.release(old[i]);   // freed last to first, as CPython
    }

    public synchronized void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) { Object t = items[i]; items[i] = items[j]; items[j] = t; }
    }

    /** Sets the contents to a permutation of the same items (used by sort); no count changes. */
    public synchronized void setOrder(Object[] sorted) { System.arraycopy(sorted, 0, items, 0, size); }

    @Override public void traverse(java.util.function.Consumer<Object> visit) {
        Object[] a = items;
        int n = Math.min(size, a.length);
        for (int i = 0; i < n; i++) visit.accept(a[i]);
        if (instDict != null) visit.accept(instDict);
    }

    @Override protected void clearRefs() {
        Object[] old = items;
        int n = size;
        items = EMPTY_ITEMS;
        size = 0;
        for (int i = n - 1; i >= 0; i--) Refs.decref(old[i]);
        if (instDict != null) Refs.decref(instDict);
    }

    public Object getChecked(long i) {
        if (Refs.atomic) synchronized (this) { return getChecked0(i); }
        return getChecked0(i);
    }

    private Object getChecked0(long i) {
        if (i < 0) i += size;
        if (i < 0 || i >= size) throw Py.IndexError("list index out of range");
        return items[(int) i];
    }

    public synchronized PyList slice(PySlice s) {
        long[] ix = s.indices(size);
        int n = (int) ix[3];
        Object[] r = new Object[n];
        for (int i = 0; i < n; i++) r[i] = items[(int) (ix[0] + i * ix[2])];
        return new PyList(r, n);
    }

    public void setItem(Object key, Object value) {
        if (key instanceof PySlice s) {
            Object[] src = Iter.toArray(value).clone();   // may run Python code: outside the lock
            setSlice(s, src);
            return;
        }
        setIndex(key, value);
    }

    private synchronized void setSlice(PySlice s, Object[] src) {
        {
            long[] ix = s.indices(size);
            if (ix[2] == 1) {
                replace((int) ix[0], (int) Math.max(ix[0], ix[1]), src);
                return;
            }
            if (src.length != ix[3]) {
                throw Py.ValueError("attempt to assign sequence of size " + src.length + " to extended slice of size " + ix[3]);
            }
            for (int i = 0; i < src.length; i++) set((int) (ix[0] + i * ix[2]), src[i]);
        }
    }

    private void setIndex(Object key, Object value) {
        long i = Ops.asIndexFor(key, "list");
        if (Refs.atomic) synchronized (this) { setIndex0(i, value); }
        else setIndex0(i, value);
    }

    private void setIndex0(long i, Object value) {
        if (i < 0) i += size;
        if (i < 0 || i >= size) throw Py.IndexError("list assignment index out of range");
        Object old = items[(int) i];
        items[(int) i] = value;
        Refs.incref(value);
        Refs.release(old);   // freed after the instruction, outside the monitor
    }

    public synchronized void delItem(Object key) {
        if (key instanceof PySlice s) {
            long[] ix = s.indices(size);
            if (ix[2] == 1) { replace((int) ix[0], (int) Math.max(ix[0], ix[1]), new Object[0]); return; }
            java.util.ArrayList<Object> keep = new java.util.ArrayList<>();
            java.util.ArrayList<Object> gone = new java.util.ArrayList<>();
            java.util.HashSet<Integer> del = new java.util.HashSet<>();
            for (long k = 0; k < ix[3]; k++) del.add((int) (ix[0] + k * ix[2]));
            for (int k = 0; k < size; k++) (del.contains(k) ? gone : keep).add(items[k]);
            Object[] arr = keep.toArray();
            System.arraycopy(arr, 0, items, 0, arr.length);
            for (int k = arr.length; k < size; k++) items[k] = null;
            size = arr.length;
            for (int k = gone.size() - 1; k >= 0; k--) Refs.release(gone.get(k));
            return;
        }
        long i = Ops.asIndexFor(key, "list");
        if (i < 0) i += size;
        if (i < 0 || i >= size) throw Py.IndexError("list assignment index out of range");
        Object o = items[(int) i];
        System.arraycopy(items, (int) i + 1, items, (int) i, size - (int) i - 1);
        items[--size] = null;
        Refs.release(o);
    }

    /** list.pop(i) as one atomic step (the GIL-off mode relies on it). */
    public synchronized Object pop(long i) {
        if (size == 0) throw Py.IndexError("pop from empty list");
        if (i < 0) i += size;
        if (i < 0 || i >= size) throw Py.IndexError("pop index out of range");
        return removeAt((int) i);
    }

    /**
     * list.remove(x) as one atomic step: the search and the removal see the same list. (An
     * element's Python __eq__ would run under the monitor; builtin values never do.)
     */
    public synchronized boolean removeValue(Object x) {
        for (int i = 0; i < size; i++) {
            if (Ops.eq(items[i], x)) {
                removeAt(i);
                return true;
            }
        }
        return false;
    }
}
