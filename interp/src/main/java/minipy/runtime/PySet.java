package minipy.runtime;

/**
 * set and frozenset, with CPython's table layout (Objects/setobject.c): open addressing with
 * 9 linear probes then perturbed probing, resize at 60% fill, growth to 4x used. Following
 * the same layout makes iteration order match CPython's for ints (print({3, 1, 2}) shows
 * {1, 2, 3}), which programs print all the time.
 *
 * <p>Every operation runs under the set's monitor (hashes are computed before taking it), so
 * each is atomic with the GIL off.
 */
public final class PySet extends PyObject {
    private static final Object DUMMY = new Object();
    private static final int MINSIZE = 8, LINEAR_PROBES = 9, PERTURB_SHIFT = 5;

    public final boolean frozen;
    PyType type;
    private Object[] keys = new Object[MINSIZE];
    private long[] hashes = new long[MINSIZE];
    private int used, fill;

    public PySet(boolean frozen) { super(true); this.frozen = frozen; }

    public PySet(PyType subtype, boolean frozen) { super(true); this.frozen = frozen; this.type = subtype; }

    @Override public PyType type() { return type != null ? type : frozen ? PyType.FROZENSET : PyType.SET; }

    public int size() { return used; }

    private static boolean keyEq(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof String s) return b instanceof String && s.equals(b);
        return Ops.eq(a, b);
    }

    private int findIndex(Object key, long hash) {
        int mask = keys.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        for (;;) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = keys[j];
                if (k == null) return -1;
                if (k != DUMMY && hashes[j] == hash && keyEq(k, key)) return j;
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    public boolean contains(Object key) {
        long h = Ops.hash64(key);
        synchronized (this) {
            return findIndex(key, h) >= 0;
        }
    }

    /** Adds key (taking a reference); returns false if it was present. */
    public boolean add(Object key) {
        return addHashed(key, Ops.hash64(key));
    }

    private synchronized boolean addHashed(Object key, long hash) {
        int mask = keys.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        int freeslot = -1;
        for (;;) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = keys[j];
                if (k == null) {
                    Refs.incref(key);
                    if (freeslot >= 0) {
                        keys[freeslot] = key; hashes[freeslot] = hash; used++;
                        return true;
                    }
                    keys[j] = key; hashes[j] = hash; used++; fill++;
                    if ((long) fill * 5 >= (long) mask * 3) resize(used > 50000 ? used * 2 : used * 4);
                    return true;
                }
                if (k == DUMMY) {
                    if (freeslot < 0) freeslot = j;
                } else if (hashes[j] == hash && keyEq(k, key)) {
                    return false;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private void resize(int minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) newsize <<= 1;
        Object[] ok = keys;
        long[] oh = hashes;
        keys = new Object[newsize];
        hashes = new long[newsize];
        fill = used;
        int mask = newsize - 1;
        for (int n = 0; n < ok.length; n++) {
            Object k = ok[n];
            if (k == null || k == DUMMY) continue;
            long hash = oh[n];
            int i = (int) (hash & mask);
            long perturb = hash;
            outer:
            for (;;) {
                if (keys[i] == null) { keys[i] = k; hashes[i] = hash; break; }
                if (i + LINEAR_PROBES <= mask) {
                    for (int j = 1; j <= LINEAR_PROBES; j++) {
                        if (keys[i + j] == null) { keys[i + j] = k; hashes[i + j] = hash; break outer; }
                    }
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    /** Removes key; returns false if absent. The reference is released (deferred). */
    public boolean discard(Object key) {
        long h = Ops.hash64(key);
        return discardHashed(key, h);
    }

    private synchronized boolean discardHashed(Object key, long h) {
        int j = findIndex(key, h);
        if (j < 0) return false;
        Object k = keys[j];
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        Refs.release(k);
        return true;
    }

    /** Removes and returns an arbitrary element (the reference passes to the caller via release), or null. */
    public synchronized Object pop() {
        for (int j = 0; j < keys.length; j++) {
            Object k = keys[j];
            if (k != null && k != DUMMY) {
                keys[j] = DUMMY;
                hashes[j] = -1;
                used--;
                Refs.release(k);
                return k;
            }
        }
        return null;
    }

    public synchronized void clear() {
        Object[] ok = keys;
        keys = new Object[MINSIZE];
        hashes = new long[MINSIZE];
        used = fill = 0;
        for (Object k : ok) if (k != null && k != DUMMY) Refs.release(k);
    }

    /** The elements in table order (no references taken). */
    public synchronized Object[] toArray() {
        Object[] out = new Object[used];
        int n = 0;
        for (Object k : keys) if (k != null && k != DUMMY) out[n++] = k;
        return out;
    }

    public void addAll(Object iterable) {
        synchronized (this) {
            if (iterable instanceof PySet o) {
                if ((long) (fill + o.used) * 5 >= (long) (keys.length - 1) * 3) resize((used + o.used) * 2);
            } else if (iterable instanceof PyDict d) {
                if ((long) (fill + d.size()) * 5 >= (long) (keys.length - 1) * 3) resize((used + d.size()) * 2);
            }
        }
        for (Object x : iterable instanceof PySet o ? o.toArray() : Iter.toArray(iterable)) add(x);
    }

    public PySet copyAs(boolean frozenResult) {
        PySet s = new PySet(frozenResult);
        s.addAll(this);
        return s;
    }

    public PyIter iterator() {
        final int size0 = used;
        Refs.incref(this);
        return new PyIter(Iter.SET_ITER) {
            int pos;
            boolean released;
            @Override public Object next() {
                synchronized (PySet.this) {
                    if (used != size0) throw Py.RuntimeError("Set changed size during iteration");
                    while (pos < keys.length) {
                        Object k = keys[pos++];
                        if (k != null && k != DUMMY) return k;
                    }
                }
                if (!released) { released = true; Refs.release(PySet.this); }
                return null;
            }
            @Override protected void clearRefs() { if (!released) { released = true; Refs.decref(PySet.this); } }
        };
    }

    long frozenHash() {
        long h = 0;
        for (Object k : toArray()) {
            long x = Ops.hash64(k);
            h ^= ((x ^ 89869747L) ^ (x << 16)) * 3644798167L;
        }
        h ^= ((long) used + 1) * 1927868237L;
        h = h * 69069L + 907133923L;
        return h == -1 ? 590923713L : h;
    }

    public boolean isSubset(PySet o) {
        if (used > o.used) return false;
        for (Object k : toArray()) if (!o.contains(k)) return false;
        return true;
    }

    Object compare(PySet o, int op) {
        switch (op) {
            case Compare.EQ: return used == o.used && isSubset(o);
            case Compare.NE: return !(used == o.used && isSubset(o));
            case Compare.LE: return isSubset(o);
            case Compare.GE: return o.isSubset(this);
            case Compare.LT: return used < o.used && isSubset(o);
            default: return o.used < used && o.isSubset(this);
        }
    }

    public PySet binary(PySet o, int op) {
        PySet r = new PySet(frozen);
        switch (op) {
            case Arith.OR:
                r.addAll(this);
                r.addAll(o);
                break;
            case Arith.AND: {
                PySet small = used <= o.used ? this : o, big = small == this ? o : this;
                for (Object k : small.toArray()) if (big.contains(k)) r.add(k);
                break;
            }
            case Arith.SUB:
                for (Object k : toArray()) if (!o.contains(k)) r.add(k);
                break;
            default:
                // CPython: a copy of the other set, then each of ours toggled in it
                r.addAll(o);
                for (Object k : toArray()) { if (!r.discard(k)) r.add(k); }
                break;
        }
        return r;
    }

    void inplace(Object other, int op) {
        PySet o = other instanceof PySet s ? s : null;
        if (o == null) throw Arith.unsupported(this, other, Arith.SYMBOLS[op] + "=");
        switch (op) {
            case Arith.OR: addAll(o); break;
            case Arith.SUB: for (Object k : o.toArray()) discard(k); break;
            case Arith.AND: for (Object k : toArray()) if (!o.contains(k)) discard(k); break;
            default:
                for (Object k : o.toArray()) { if (!discard(k)) add(k); }
                break;
        }
    }

    String repr() {
        String name = type().name;
        if (used == 0) return name + "()";
        String body = "{" + Repr.join(toArray()) + "}";
        return frozen || type != null ? name + "(" + body + ")" : body;
    }

    @Override public void traverse(java.util.function.Consumer<Object> visit) {
        for (Object k : keys) if (k != null && k != DUMMY) visit.accept(k);
    }

    @Override protected void clearRefs() {
        Object[] ok = keys;
        keys = new Object[MINSIZE];
        hashes = new long[MINSIZE];
        used = fill = 0;
        for (Object k : ok) if (k != null && k != DUMMY) Refs.decref(k);
    }
}
