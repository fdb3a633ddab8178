package minipy.runtime;

import java.util.ArrayList;
import minipy.vm.PyGenerator;

/** The iteration protocol: iter(), next(), and the builtin iterators over builtin containers. */
public final class Iter {
    private Iter() {}

    public static final PyType LIST_ITER = PyIter.iterType("list_iterator");
    public static final PyType TUPLE_ITER = PyIter.iterType("tuple_iterator");
    public static final PyType STR_ITER = PyIter.iterType("str_ascii_iterator");
    public static final PyType RANGE_ITER = PyIter.iterType("range_iterator");
    public static final PyType DICT_KEY_ITER = PyIter.iterType("dict_keyiterator");
    public static final PyType DICT_VALUE_ITER = PyIter.iterType("dict_valueiterator");
    public static final PyType DICT_ITEM_ITER = PyIter.iterType("dict_itemiterator");
    public static final PyType SET_ITER = PyIter.iterType("set_iterator");
    public static final PyType BYTES_ITER = PyIter.iterType("bytes_iterator");
    public static final PyType SEQ_ITER = PyIter.iterType("iterator");
    public static final PyType CALLABLE_ITER = PyIter.iterType("callable_iterator");

    public static Object iter(Object o) {
        if (o instanceof PyList l && (l.type == null || !PyBoxed.userDefines(l.type, "__iter__"))) return new ListIter(l);
        if (o instanceof PyIter || o instanceof PyGenerator) return o;
        if (o instanceof PyTuple t && (t.type == null || !PyBoxed.userDefines(t.type, "__iter__"))) return new ArrayIter(TUPLE_ITER, t.items, t);
        if (o instanceof String s) return new StrIter(s);
        if (o instanceof PyRange r) return r.iterator();
        if (o instanceof PyDict d && d.type == null) return new DictIter(d, 0);
        if (o instanceof PySet s) return s.iterator();
        if (o instanceof PyBytes b) return new BytesIter(b);
        PyType t = Ops.typeOf(o);
        Object f = t.lookup("__iter__");
        if (f != null && f != Py.None) {
            Object it = Ops.callMethod(f, o);
            if (!(it instanceof PyIter) && !(it instanceof PyGenerator) && Ops.typeOf(it).lookup("__next__") == null) {
                throw Py.TypeError("iter() returned non-iterator of type '" + Ops.typeName(it) + "'");
            }
            return it;
        }
        if (o instanceof PyBoxed bx && bx.value instanceof String) return iter(bx.value);
        if (t.lookup("__getitem__") != null) return new SeqIter(o);
        throw Py.TypeError("'" + t.name + "' object is not iterable");
    }

    /** Next item, or null when the iterator is exhausted. */
    public static Object next(Object it) {
        if (it instanceof PyIter i) return i.next();
        if (it instanceof PyGenerator g) return g.next();
        Object f = Ops.typeOf(it).lookup("__next__");
        if (f == null) throw Py.TypeError("'" + Ops.typeName(it) + "' object is not an iterator");
        try {
            return Ops.callMethod(f, it);
        } catch (PyException e) {
            if (e.matches(Exc.StopIteration)) return null;
            throw e;
        }
    }

    /** All items of an iterable (no references taken). */
    public static Object[] toArray(Object o) {
        if (o instanceof PyList l && (l.type == null || !PyBoxed.userDefines(l.type, "__iter__"))) return l.toArray();
        if (o instanceof PyTuple t && (t.type == null || !PyBoxed.userDefines(t.type, "__iter__"))) return t.items;
        ArrayList<Object> out = new ArrayList<>();
        Object it = iter(o);
        Refs.incref(it);
        try {
            Object x;
            // Each item is held while the rest are produced (a generator may drop its own
            // reference to an item it yielded before the caller stores it), then released:
            // items nobody took are freed after the current instruction.
            while ((x = next(it)) != null) {
                Refs.incref(x);
                out.add(x);
            }
        } finally {
            Refs.decref(it);
            for (Object x : out) Refs.release(x);
        }
        return out.toArray();
    }

    public static PyList toList(Object o) {
        Object[] a = toArray(o);
        return new PyList(a.length == 0 ? a : a.clone(), a.length);
    }

    static final class ListIter extends PyIter {
        private PyList list;
        private int i;
        ListIter(PyList l) { super(LIST_ITER); list = l; Refs.incref(l); }
        @Override public Object next() {
            PyList l = list;
            if (l == null) return null;
            if (Refs.atomic) {
                synchronized (l) {
                    if (i < l.size) return l.items[i++];
                }
            } else if (i < l.size) {
                return l.items[i++];
            }
            list = null;
            Refs.release(l);
            return null;
        }
        @Override protected void clearRefs() { if (list != null) Refs.decref(list); }
    }

    public static final class ArrayIter extends PyIter {
        private final Object[] items;
        private final Object owner;
        private int i;
        public ArrayIter(PyType t, Object[] items, Object owner) { super(t); this.items = items; this.owner = owner; Refs.incref(owner); }
        @Override public Object next() { return i < items.length ? items[i++] : null; }
        @Override protected void clearRefs() { Refs.decref(owner); }
    }

    static final class StrIter extends PyIter {
        private final String s;
        private int i;
        StrIter(String s) { super(STR_ITER); this.s = s; }
        @Override public Object next() {
            if (i >= s.length()) return null;
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                String r = s.substring(i, i + 2);
                i += 2;
                return r;
            }
            i++;
            return String.valueOf(c);
        }
    }

    static final class BytesIter extends PyIter {
        private final byte[] b;
        private int i;
        BytesIter(PyBytes b) { super(BYTES_ITER); this.b = b.bytes; }
        @Override public Object next() { return i < b.length ? (Object) (long) (b[i++] & 0xff) : null; }
    }

    /** Iterates a dict's keys (0), values (1) or items (2); raises if the dict changes size. */
    public static final class DictIter extends PyIter {
        private final PyDict d;
        private final int kind;
        private final int size;
        private int pos;
        public DictIter(PyDict d, int kind) {
            super(kind == 0 ? DICT_KEY_ITER : kind == 1 ? DICT_VALUE_ITER : DICT_ITEM_ITER);
            this.d = d;
            this.kind = kind;
            this.size = d.size();
            Refs.incref(d);
        }
        @Override public Object next() {
            if (d.size() != size) {
                throw Py.RuntimeError("dictionary changed size during iteration");
            }
            while (pos < d.positions()) {
                int p = pos++;
                Object k = d.keyAt(p);
                if (k == null) continue;
                if (kind == 0) return k;
                if (kind == 1) return d.valueAt(p);
                return PyTuple.of(k, d.valueAt(p));
            }
            return null;
        }
        @Override protected void clearRefs() { Refs.decref(d); }
    }

    /** The old sequence protocol: obj[0], obj[1], ... until IndexError. */
    static final class SeqIter extends PyIter {
        private final Object seq;
        private long i;
        private boolean done;
        SeqIter(Object seq) { super(SEQ_ITER); this.seq = seq; Refs.incref(seq); }
        @Override public Object next() {
            if (done) return null;
            try {
                return Items.getitem(seq, i++);
            } catch (PyException e) {
                if (e.matches(Exc.IndexError) || e.matches(Exc.StopIteration)) { done = true; return null; }
                throw e;
            }
        }
        @Override protected void clearRefs() { Refs.decref(seq); }
    }
}
