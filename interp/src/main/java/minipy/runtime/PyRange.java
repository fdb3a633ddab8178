package minipy.runtime;

/** range(start, stop, step) over 64-bit ints. */
public final class PyRange extends PyObject {
    public final Object start, stop, step;
    final long lo, hi, st;

    public PyRange(long lo, long hi, long st) {
        if (st == 0) throw Py.ValueError("range() arg 3 must not be zero");
        this.lo = lo; this.hi = hi; this.st = st;
        this.start = lo; this.stop = hi; this.step = st;
    }

    @Override public PyType type() { return PyType.RANGE; }

    public long length() {
        if (st > 0) return lo < hi ? (hi - lo - 1) / st + 1 : 0;
        return lo > hi ? (lo - hi - 1) / (-st) + 1 : 0;
    }

    public long get(long i) { return lo + i * st; }

    public boolean contains(Object o) {
        if (!(o instanceof Long || o instanceof Boolean)) {
            if (o instanceof Double d && d == Math.rint(d)) return contains((long) (double) d);
            return false;
        }
        long v = IntOps.toLongExact(o, "long");
        if (st > 0 ? (v < lo || v >= hi) : (v > lo || v <= hi)) return false;
        return (v - lo) % st == 0;
    }

    boolean sameAs(PyRange o) {
        long n = length();
        if (n != o.length()) return false;
        if (n == 0) return true;
        if (lo != o.lo) return false;
        return n == 1 || st == o.st;
    }

    String repr() {
        return "range(" + lo + ", " + hi + (st == 1 ? "" : ", " + st) + ")";
    }

    public PyIter iterator() {
        return new PyIter(Iter.RANGE_ITER) {
            long next = lo;
            final long n = length();
            long i;
            @Override public Object next() {
                if (i >= n) return null;
                i++;
                long v = next;
                next += st;
                return v;
            }
        };
    }
}
