package minipy.runtime;

/**
 * dict.keys(), dict.values() and dict.items(): live views of a dict. Keys and items views
 * support the set operators (& | - ^) and comparisons with sets, as in CPython.
 */
public final class PyDictView extends PyObject {
    public static final int KEYS = 0, VALUES = 1, ITEMS = 2;

    public static final PyType KEYS_TYPE = viewType("dict_keys");
    public static final PyType VALUES_TYPE = viewType("dict_values");
    public static final PyType ITEMS_TYPE = viewType("dict_items");

    public final PyDict dict;
    public final int kind;

    public PyDictView(PyDict dict, int kind) {
        this.dict = dict;
        this.kind = kind;
        Refs.incref(dict);
    }

    private static PyType viewType(String name) {
        PyType t = new PyType(name, new PyType[] {PyType.OBJECT}, false).immortal();
        t.baseType = false;
        return t;
    }

    @Override public PyType type() { return kind == KEYS ? KEYS_TYPE : kind == VALUES ? VALUES_TYPE : ITEMS_TYPE; }

    @Override protected void clearRefs() { Refs.decref(dict); }

    public int size() { return dict.size(); }

    public PyIter iterator() { return new Iter.DictIter(dict, kind); }

    /** The current elements (keys, values or (key, value) tuples), no references taken. */
    public Object[] toArray() {
        Object[] out = new Object[dict.size()];
        int n = 0;
        for (int i = 0; i < dict.positions(); i++) {
            Object k = dict.keyAt(i);
            if (k == null) continue;
            out[n++] = kind == KEYS ? k : kind == VALUES ? dict.valueAt(i) : PyTuple.of(k, dict.valueAt(i));
        }
        return out;
    }

    public boolean contains(Object x) {
        switch (kind) {
            case KEYS: return dict.containsKey(x);
            case VALUES:
                for (int i = 0; i < dict.positions(); i++) {
                    if (dict.keyAt(i) != null && Ops.eq(dict.valueAt(i), x)) return true;
                }
                return false;
            default: {
                if (!(x instanceof PyTuple t) || t.size() != 2) return false;
                Object v = dict.get(t.get(0));
                return v != null && Ops.eq(v, t.get(1));
            }
        }
    }

    /** repr: dict_keys(['a', 'b']). */
    public String repr() {
        return Repr.guarded(this, "...", () -> type().name + "([" + Repr.join(toArray()) + "])");
    }

    /** The view as a new set (keys and items views only). */
    PySet toSet() {
        PySet s = new PySet(false);
        for (Object o : toArray()) s.add(o);
        return s;
    }

    private static boolean setLike(Object o) {
        return o instanceof PyDictView v && v.kind != VALUES;
    }

    /**
     * The set operators with a keys/items view on either side (the other operand may be any
     * iterable); null when not applicable.
     */
    public static Object binary(Object a, Object b, int op) {
        if (op != Arith.AND && op != Arith.OR && op != Arith.SUB && op != Arith.XOR) return null;
        if (!setLike(a) && !setLike(b)) return null;
        PySet left = setLike(a) ? ((PyDictView) a).toSet() : asSet(a);
        PySet right = setLike(b) ? ((PyDictView) b).toSet() : asSet(b);
        if (left == null || right == null) return null;
        return left.binary(right, op);
    }

    private static PySet asSet(Object o) {
        if (o instanceof PySet s) return s;
        try {
            PySet s = new PySet(false);
            s.addAll(o);
            return s;
        } catch (PyException e) {
            if (e.matches(Exc.TypeError)) return null;
            throw e;
        }
    }

    /** Comparisons of a keys/items view with a set or view; NotImplemented otherwise. */
    public static Object compare(Object a, Object b, int op) {
        if (!(setLike(a) || a instanceof PySet) || !(setLike(b) || b instanceof PySet)) return Py.NotImplemented;
        PySet x = a instanceof PySet s ? s : ((PyDictView) a).toSet();
        PySet y = b instanceof PySet s ? s : ((PyDictView) b).toSet();
        return x.compare(y, op);
    }
}
