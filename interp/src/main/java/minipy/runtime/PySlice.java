package minipy.runtime;

/** slice(start, stop, step). */
public final class PySlice extends PyObject {
    public final Object start, stop, step;

    public PySlice(Object start, Object stop, Object step) {
        this.start = start; this.stop = stop; this.step = step;
        Refs.incref(start); Refs.incref(stop); Refs.incref(step);
    }

    @Override public PyType type() { return PyType.SLICE; }

    /** Resolves against a sequence length: {start, stop, step, count} (CPython's PySlice_GetIndicesEx). */
    public long[] indices(long len) {
        long st = step == Py.None ? 1 : Ops.asIndex(step);
        if (st == 0) throw Py.ValueError("slice step cannot be zero");
        long lo, hi;
        if (st > 0) {
            lo = start == Py.None ? 0 : clamp(Ops.asIndex(start), len, 0, len);
            hi = stop == Py.None ? len : clamp(Ops.asIndex(stop), len, 0, len);
        } else {
            lo = start == Py.None ? len - 1 : clamp(Ops.asIndex(start), len, -1, len - 1);
            hi = stop == Py.None ? -1 : clamp(Ops.asIndex(stop), len, -1, len - 1);
        }
        long n;
        if (st > 0) n = lo < hi ? (hi - lo + st - 1) / st : 0;
        else n = hi < lo ? (lo - hi - st - 1) / (-st) : 0;
        return new long[] {lo, hi, st, n};
    }

    private static long clamp(long i, long len, long min, long max) {
        if (i < 0) i += len;
        if (i < min) return min;
        if (i > max) return max;
        return i;
    }

    @Override protected void clearRefs() { Refs.decref(start); Refs.decref(stop); Refs.decref(step); }
}
