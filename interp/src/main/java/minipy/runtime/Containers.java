package minipy.runtime;

/** Operations shared by several container types. */
public final class Containers {
    private Containers() {}

    public static PyList repeatList(PyList l, long n) {
        PyList r = new PyList();
        Object[] items = l.toArray();
        for (long i = 0; i < n; i++) r.extend(items, items.length);
        return r;
    }

    public static PyTuple repeatTuple(PyTuple t, long n) {
        if (n <= 0 || t.size() == 0) return PyTuple.EMPTY;
        if (n == 1) return t;
        Object[] r = new Object[(int) (t.size() * n)];
        for (int i = 0; i < n; i++) System.arraycopy(t.items, 0, r, i * t.size(), t.size());
        return new PyTuple(r);
    }

    /** dict.update(other): a mapping (keys()+[]) or an iterable of pairs. */
    public static void dictUpdate(PyDict d, Object other) {
        if (other instanceof PyDict o) {
            for (int i = 0; i < o.positions(); i++) {
                Object k = o.keyAt(i);
                if (k != null) d.put(k, o.valueAt(i));
            }
            return;
        }
        Object keys = Ops.getattrOrNull(other, "keys");
        if (keys != null) {
            Object ks = null;
            Refs.incref(keys);   // a new bound method (and below, a new keys view): counted while used
            try {
                ks = Ops.call(keys);
                Refs.incref(ks);
                for (Object k : Iter.toArray(ks)) d.put(k, Items.getitem(other, k));
            } finally {
                Refs.decref(ks);
                Refs.decref(keys);
            }
            return;
        }
        Object[] pairs = Iter.toArray(other);
        for (int i = 0; i < pairs.length; i++) {
            Object[] kv = Iter.toArray(pairs[i]);
            if (kv.length != 2) {
                throw Py.ValueError("dictionary update sequence element #" + i + " has length " + kv.length + "; 2 is required");
            }
            d.put(kv[0], kv[1]);
        }
    }
}
