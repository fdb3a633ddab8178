package minipy.runtime;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import minipy.runtime.StrMethods.Args;

/**
 * Methods of list, tuple, dict, set and frozenset (and the dict views), and the constructors
 * of the builtin value types: list, tuple, dict, set, frozenset, str, int, float, bool, bytes,
 * range, slice, object. Semantics and messages follow CPython 3.11.
 */
public final class ContainerMethods {
    private ContainerMethods() {}

    private static boolean installed;

    public static synchronized void install() {
        if (installed) return;
        installed = true;
        installList();
        installTuple();
        installRange();
        PyType.SLICE.def("indices", (a, k) -> {
            exact("indices", a, k, 1);
            if (!(a[0] instanceof PySlice s)) throw badSelf(a, "slice", "indices");
            long n = Ops.asIndex(a[1]);
            if (n < 0) throw Py.ValueError("length should not be negative");
            long[] ix = s.indices(n);
            return PyTuple.of(ix[0], ix[1], ix[2]);
        });
        installDict();
        installViews();
        installSet(PyType.SET, false);
        installSet(PyType.FROZENSET, true);
        installConstructors();
    }

    // ---- self accessors with CPython's descriptor errors ------------------------------------
    private static PyException badSelf(Object[] a, String type, String name) {
        if (a.length == 0) return Py.TypeError("unbound method " + type + "." + name + "() needs an argument");
        return Py.TypeError("descriptor '" + name + "' for '" + type + "' objects doesn't apply to a '" + Ops.typeName(a[0]) + "' object");
    }

    private static PyList list(Object[] a, String name) {
        if (a.length > 0 && a[0] instanceof PyList l) return l;
        throw badSelf(a, "list", name);
    }

    private static PyTuple tuple(Object[] a, String name) {
        if (a.length > 0 && a[0] instanceof PyTuple t) return t;
        throw badSelf(a, "tuple", name);
    }

    private static PyDict dict(Object[] a, String name) {
        if (a.length > 0 && a[0] instanceof PyDict d) return d;
        throw badSelf(a, "dict", name);
    }

    private static PySet set(Object[] a, String type, String name) {
        if (a.length > 0 && a[0] instanceof PySet s) return s;
        throw badSelf(a, type, name);
    }

    /** Exactly n arguments after self, positional only. */
    private static void exact(String fname, Object[] a, String[] k, int n) {
        Args.bind(fname, a, k, n, false, names(n));
    }

    private static String[] names(int n) {
        String[] r = new String[n];
        for (int i = 0; i < n; i++) r[i] = "arg" + i;
        return r;
    }

    /** Clamps a start/stop argument like a slice index over a sequence of length n. */
    private static int clampIndex(Object v, int n, int dflt) {
        if (v == null) return dflt;
        long i = Args.index(v, dflt);
        if (i < 0) { i += n; if (i < 0) i = 0; }
        return (int) Math.min(i, n);
    }

    // =========================================================================================
    // list
    // =========================================================================================
    private static void installList() {
        PyType t = PyType.LIST;
        t.def("append", (a, k) -> {
            exact("append", a, k, 1);
            list(a, "append").append(a[1]);
            return Py.None;
        });
        t.def("extend", (a, k) -> {
            exact("extend", a, k, 1);
            PyList l = list(a, "extend");
            Object[] items = Iter.toArray(a[1]);
            if (items == l.items) items = items.clone();
            l.extend(items, items.length);
            return Py.None;
        });
        t.def("insert", (a, k) -> {
            exact("insert", a, k, 2);
            PyList l = list(a, "insert");
            long i = Ops.asIndex(a[1]);
            if (i < 0) i = Math.max(0, i + l.size());
            l.insert((int) Math.min(i, l.size()), a[2]);
            return Py.None;
        });
        t.def("remove", (a, k) -> {
            exact("remove", a, k, 1);
            if (!list(a, "remove").removeValue(a[1])) throw Py.ValueError("list.remove(x): x not in list");
            return Py.None;
        });
        t.def("pop", (a, k) -> {
            Object[] p = Args.bind("pop", a, k, 0, false, "index");
            long i = p[0] == null ? -1 : Ops.asIndex(p[0]);
            return list(a, "pop").pop(i);
        });
        t.def("index", (a, k) -> {
            Object[] p = Args.bind("index", a, k, 1, false, "value", "start", "stop");
            PyList l = list(a, "index");
            int lo = clampIndex(p[1], l.size(), 0), hi = clampIndex(p[2], l.size(), l.size());
            for (int i = lo; i < hi && i < l.size(); i++) {
                if (Ops.eq(l.get(i), p[0])) return (long) i;
            }
            throw Py.ValueError(Ops.repr(p[0]) + " is not in list");
        });
        t.def("count", (a, k) -> {
            exact("count", a, k, 1);
            PyList l = list(a, "count");
            long n = 0;
            for (int i = 0; i < l.size(); i++) if (Ops.eq(l.get(i), a[1])) n++;
            return n;
        });
        t.def("sort", (a, k) -> {
            if (Args.npos(a, k) > 1) throw Py.TypeError("sort() takes no positional arguments");
            Object[] p = Args.bind("sort", a, k, 0, true, "key", "reverse");
            sortList(list(a, "sort"), p[0] == null ? Py.None : p[0], p[1] != null && Ops.truthy(p[1]));
            return Py.None;
        });
        t.def("reverse", (a, k) -> { exact("reverse", a, k, 0); list(a, "reverse").reverse(); return Py.None; });
        t.def("copy", (a, k) -> {
            exact("copy", a, k, 0);
            PyList l = list(a, "copy");
            return new PyList(l.toArray(), l.size());
        });
        t.def("clear", (a, k) -> { exact("clear", a, k, 0); list(a, "clear").clear(); return Py.None; });
        t.def("__init__", (a, k) -> {
            Object[] p = Args.bind("list", a, k, 0, false, "iterable");
            PyList l = list(a, "__init__");
            Object[] items = p[0] == null ? new Object[0] : Iter.toArray(p[0]);
            if (items == l.items) items = items.clone();
            l.clear();
            l.extend(items, items.length);
            return Py.None;
        });
        t.def("__len__", (a, k) -> (long) list(a, "__len__").size());
        t.def("__getitem__", (a, k) -> {
            exact("__getitem__", a, k, 1);
            PyList l = list(a, "__getitem__");
            if (a[1] instanceof PySlice s) return l.slice(s);
            return l.getChecked(Ops.asIndexFor(a[1], "list"));
        });
        t.def("__setitem__", (a, k) -> { exact("__setitem__", a, k, 2); list(a, "__setitem__").setItem(a[1], a[2]); return Py.None; });
        t.def("__delitem__", (a, k) -> { exact("__delitem__", a, k, 1); list(a, "__delitem__").delItem(a[1]); return Py.None; });
        t.def("__contains__", (a, k) -> {
            exact("__contains__", a, k, 1);
            PyList l = list(a, "__contains__");
            for (int i = 0; i < l.size(); i++) if (Ops.eq(l.get(i), a[1])) return true;
            return false;
        });
        t.def("__iter__", (a, k) -> new Iter.ListIter(list(a, "__iter__")));
        t.def("__reversed__", (a, k) -> {
            PyList l = list(a, "__reversed__");
            Object[] items = l.toArray();
            java.util.Collections.reverse(java.util.Arrays.asList(items));
            return new Iter.ArrayIter(LIST_REVERSE_ITER, items, l);
        });
        defCompare(t, "list");
    }

    static final PyType LIST_REVERSE_ITER = PyIter.iterType("list_reverseiterator");
    static final PyType DICT_REVERSE_KEY_ITER = PyIter.iterType("dict_reversekeyiterator");

    /** __eq__, __lt__, ... for builtin containers (used by subclasses through super()). */
    private static void defCompare(PyType t, String type) {
        String[] names = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int op = 0; op < names.length; op++) {
            final int o = op;
            final String name = names[op];
            t.def(name, (a, k) -> {
                exact(name, a, k, 1);
                if (!Ops.typeOf(a[0]).isSubtypeOf(t)) throw badSelf(a, type, name);
                return Compare.builtinCompare(a[0], a[1], o);
            });
        }
    }

    /**
     * list.sort: a stable merge sort that only uses '<' (as CPython). While sorting, the list
     * appears empty; if it was modified meanwhile, the sorted items are restored, the new
     * contents dropped, and ValueError raised.
     */
    public static void sortList(PyList l, Object key, boolean reverse) {
        Object[] saved = l.items;
        int n = l.size;
        Object[] marker = new Object[0];
        l.items = marker;
        l.size = 0;
        Object[] sorted = null;
        Object[] keysToRelease = null;
        boolean modified;
        try {
            Object[] items = java.util.Arrays.copyOf(saved, n);
            Object[] keys = items;
            if (key != Py.None) {
                keys = new Object[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = Ops.call(key, items[i]);
                    Refs.incref(keys[i]);        // the keys live until the sort ends
                }
                keysToRelease = keys;
            }
            if (reverse) { reverseArr(items); if (keys != items) reverseArr(keys); }
            int[] perm = mergeSort(keys);
            sorted = new Object[n];
            for (int i = 0; i < n; i++) sorted[i] = items[perm[i]];
            if (reverse) reverseArr(sorted);
        } finally {
            Object[] added = l.items;
            int addedN = l.size;
            l.items = saved;
            l.size = n;
            for (int i = 0; i < addedN; i++) Refs.release(added[i]);
            modified = added != marker || addedN != 0;
            // As CPython, the list keeps the sorted order even when it was modified meanwhile.
            if (sorted != null) System.arraycopy(sorted, 0, l.items, 0, n);
            if (keysToRelease != null) for (Object k : keysToRelease) if (k != null) Refs.release(k);
        }
        // Raised only when the sort itself succeeded (an exception from a key or '<' wins).
        if (modified) throw Py.ValueError("list modified during sort");
    }

    private static void reverseArr(Object[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) { Object t = a[i]; a[i] = a[j]; a[j] = t; }
    }

    private interface Lt { boolean lt(Object a, Object b); }

    /** Picks a '<' for the keys: a direct one when they are all ints, all floats or all strs. */
    private static Lt lessThan(Object[] keys) {
        Class<?> c = keys.length == 0 ? null : keys[0].getClass();
        for (Object k : keys) if (k.getClass() != c) return Compare::lt;
        if (c == Long.class) return (a, b) -> (Long) a < (Long) b;
        if (c == Double.class) return (a, b) -> (Double) a < (Double) b;
        if (c == String.class) return (a, b) -> ((String) a).compareTo((String) b) < 0;
        return Compare::lt;
    }

    /** Stable sort of indices by keys using only less-than: binary insertion runs, then merges. */
    private static int[] mergeSort(Object[] keys) {
        Lt cmp = lessThan(keys);
        int n = keys.length;
        int[] a = new int[n], b = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        final int run = 16;
        for (int lo = 0; lo < n; lo += run) {
            int hi = Math.min(n, lo + run);
            for (int i = lo + 1; i < hi; i++) {
                int x = a[i];
                int l = lo, r = i;
                while (l < r) {   // first position whose key is > x (keeps equal keys in order)
                    int m = (l + r) >>> 1;
                    if (cmp.lt(keys[x], keys[a[m]])) r = m;
                    else l = m + 1;
                }
                System.arraycopy(a, l, a, l + 1, i - l);
                a[l] = x;
            }
        }
        for (int width = run; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(n, lo + width), hi = Math.min(n, lo + 2 * width);
                int i = lo, j = mid, o = lo;
                if (mid >= hi || !cmp.lt(keys[a[mid]], keys[a[mid - 1]])) {
                    System.arraycopy(a, lo, b, lo, hi - lo);   // already in order
                    continue;
                }
                while (i < mid && j < hi) b[o++] = cmp.lt(keys[a[j]], keys[a[i]]) ? a[j++] : a[i++];
                while (i < mid) b[o++] = a[i++];
                while (j < hi) b[o++] = a[j++];
            }
            int[] t = a; a = b; b = t;
        }
        return a;
    }

    // =========================================================================================
    // tuple
    // =========================================================================================
    private static void installTuple() {
        PyType t = PyType.TUPLE;
        t.def("count", (a, k) -> {
            exact("count", a, k, 1);
            long n = 0;
            for (Object x : tuple(a, "count").items) if (Ops.eq(x, a[1])) n++;
            return n;
        });
        t.def("index", (a, k) -> {
            Object[] p = Args.bind("index", a, k, 1, false, "value", "start", "stop");
            PyTuple tu = tuple(a, "index");
            int lo = clampIndex(p[1], tu.size(), 0), hi = clampIndex(p[2], tu.size(), tu.size());
            for (int i = lo; i < hi; i++) if (Ops.eq(tu.items[i], p[0])) return (long) i;
            throw Py.ValueError("tuple.index(x): x not in tuple");
        });
        t.def("__len__", (a, k) -> (long) tuple(a, "__len__").size());
        t.def("__getitem__", (a, k) -> { exact("__getitem__", a, k, 1); return Items.tupleItem(tuple(a, "__getitem__"), a[1]); });
        t.def("__contains__", (a, k) -> {
            exact("__contains__", a, k, 1);
            for (Object x : tuple(a, "__contains__").items) if (Ops.eq(x, a[1])) return true;
            return false;
        });
        t.def("__iter__", (a, k) -> { PyTuple tu = tuple(a, "__iter__"); return new Iter.ArrayIter(Iter.TUPLE_ITER, tu.items, tu); });
        defCompare(t, "tuple");
    }

    // =========================================================================================
    // range
    // =========================================================================================
    private static PyRange range(Object[] a, String name) {
        if (a.length > 0 && a[0] instanceof PyRange r) return r;
        throw badSelf(a, "range", name);
    }

    private static void installRange() {
        PyType t = PyType.RANGE;
        t.def("count", (a, k) -> {
            exact("count", a, k, 1);
            PyRange r = range(a, "count");
            if (a[1] instanceof Long || a[1] instanceof Boolean) return r.contains(a[1]) ? 1L : 0L;
            long n = 0;
            for (long i = 0, len = r.length(); i < len; i++) if (Ops.eq(r.get(i), a[1])) n++;
            return n;
        });
        t.def("index", (a, k) -> {
            exact("index", a, k, 1);
            PyRange r = range(a, "index");
            if (a[1] instanceof Long || a[1] instanceof Boolean) {
                if (!r.contains(a[1])) throw Py.ValueError(Ops.repr(a[1]) + " is not in range");
                return (IntOps.toLongExact(a[1], "long") - r.lo) / r.st;
            }
            for (long i = 0, len = r.length(); i < len; i++) if (Ops.eq(r.get(i), a[1])) return i;
            throw Py.ValueError("sequence.index(x): x not in sequence");
        });
        t.def("__len__", (a, k) -> range(a, "__len__").length());
        t.def("__getitem__", (a, k) -> { exact("__getitem__", a, k, 1); return Items.getitem(range(a, "__getitem__"), a[1]); });
        t.def("__contains__", (a, k) -> { exact("__contains__", a, k, 1); return Ops.contains(range(a, "__contains__"), a[1]); });
        t.def("__iter__", (a, k) -> range(a, "__iter__").iterator());
        t.def("__reversed__", (a, k) -> {
            PyRange r = range(a, "__reversed__");
            long n = r.length();
            return new PyRange(r.get(n - 1), r.get(-1), -r.st).iterator();
        });
    }

    // =========================================================================================
    // dict
    // =========================================================================================
    private static void installDict() {
        PyType t = PyType.DICT;
        t.def("keys", (a, k) -> { exact("keys", a, k, 0); return new PyDictView(dict(a, "keys"), PyDictView.KEYS); });
        t.def("values", (a, k) -> { exact("values", a, k, 0); return new PyDictView(dict(a, "values"), PyDictView.VALUES); });
        t.def("items", (a, k) -> { exact("items", a, k, 0); return new PyDictView(dict(a, "items"), PyDictView.ITEMS); });
        t.def("get", (a, k) -> {
            Object[] p = Args.bind("get", a, k, 1, false, "key", "default");
            Object v = dict(a, "get").get(p[0]);
            return v != null ? v : Args.or(p[1], Py.None);
        });
        t.def("setdefault", (a, k) -> {
            Object[] p = Args.bind("setdefault", a, k, 1, false, "key", "default");
            PyDict d = dict(a, "setdefault");
            Object v = d.get(p[0]);
            if (v != null) return v;
            v = Args.or(p[1], Py.None);
            d.put(p[0], v);
            return v;
        });
        t.def("pop", (a, k) -> {
            Object[] p = Args.bind("pop", a, k, 1, false, "key", "default");
            Object v = dict(a, "pop").pop(p[0]);   // released after this instruction: safe to return
            if (v != null) return v;
            if (p[1] != null) return p[1];
            throw Py.KeyError(p[0]);
        });
        t.def("popitem", (a, k) -> {
            exact("popitem", a, k, 0);
            Object[] kv = dict(a, "popitem").popLastTransfer();
            if (kv == null) throw Py.KeyError("popitem(): dictionary is empty");
            PyTuple r = PyTuple.of(kv[0], kv[1]);
            Refs.decref(kv[0]);   // the tuple now holds them
            Refs.decref(kv[1]);
            return r;
        });
        t.def("update", (a, k) -> { dictUpdate("update", dict(a, "update"), a, k, 1); return Py.None; });
        t.def("__init__", (a, k) -> { dictUpdate("dict", dict(a, "__init__"), a, k, 1); return Py.None; });
        t.def("copy", (a, k) -> { exact("copy", a, k, 0); return dict(a, "copy").copy(); });
        t.def("clear", (a, k) -> { exact("clear", a, k, 0); dict(a, "clear").clear(); return Py.None; });
        t.dict.put("fromkeys", new PyWrappers.ClassMethod(new PyBuiltinFunction("fromkeys", (a, k) -> {
            Object[] p = Args.bind("fromkeys", a, k, 1, false, "iterable", "value");
            PyType cls = (PyType) a[0];
            Object value = Args.or(p[1], Py.None);
            Object[] keys = Iter.toArray(p[0]);
            if (cls == PyType.DICT) {
                PyDict d = new PyDict();
                for (Object key : keys) d.put(key, value);
                return d;
            }
            Object d = Ops.call(cls);
            for (Object key : keys) Items.setitem(d, key, value);
            return d;
        })));
        t.def("__len__", (a, k) -> (long) dict(a, "__len__").size());
        t.def("__getitem__", (a, k) -> {
            exact("__getitem__", a, k, 1);
            PyDict d = dict(a, "__getitem__");
            Object v = d.get(a[1]);
            if (v != null) return v;
            PyType dt = Ops.typeOf(d);
            if (dt != PyType.DICT) {
                // dict subclasses may define __missing__ (collections.defaultdict, Counter)
                Object missing = dt.lookup("__missing__");
                if (missing != null) return Ops.callMethod(missing, d, a[1]);
            }
            throw Py.KeyError(a[1]);
        });
        t.def("__setitem__", (a, k) -> { exact("__setitem__", a, k, 2); dict(a, "__setitem__").put(a[1], a[2]); return Py.None; });
        t.def("__delitem__", (a, k) -> {
            exact("__delitem__", a, k, 1);
            if (dict(a, "__delitem__").remove(a[1]) == null) throw Py.KeyError(a[1]);
            return Py.None;
        });
        t.def("__contains__", (a, k) -> { exact("__contains__", a, k, 1); return dict(a, "__contains__").containsKey(a[1]); });
        t.def("__iter__", (a, k) -> new Iter.DictIter(dict(a, "__iter__"), PyDictView.KEYS));
        t.def("__reversed__", (a, k) -> {
            PyDict d = dict(a, "__reversed__");
            Object[] keys = new PyDictView(d, PyDictView.KEYS).toArray();
            java.util.Collections.reverse(java.util.Arrays.asList(keys));
            return new Iter.ArrayIter(DICT_REVERSE_KEY_ITER, keys, d);
        });
        defCompare(t, "dict");
    }

    /** dict.update / dict(...): at most one positional mapping or iterable of pairs, then keywords. */
    private static void dictUpdate(String fname, PyDict d, Object[] a, String[] k, int self) {
        int npos = Args.npos(a, k) - self;
        if (npos > 1) throw Py.TypeError(fname + " expected at most 1 argument, got " + npos);
        if (npos == 1) updateFrom(d, a[self]);
        if (k != null) {
            int base = a.length - k.length;
            for (int i = 0; i < k.length; i++) d.put(k[i], a[base + i]);
        }
    }

    /** dict.update(other): a dict, a mapping with keys(), or an iterable of pairs (CPython's messages). */
    private static void updateFrom(PyDict d, Object other) {
        if (other instanceof PyDict || Ops.hasattr(other, "keys")) {
            Containers.dictUpdate(d, other);
            return;
        }
        Object[] pairs = Iter.toArray(other);
        for (int i = 0; i < pairs.length; i++) {
            Object[] kv;
            try {
                kv = Iter.toArray(pairs[i]);
            } catch (PyException e) {
                if (!e.matches(Exc.TypeError)) throw e;
                throw Py.TypeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
            }
            if (kv.length != 2) {
                throw Py.ValueError("dictionary update sequence element #" + i + " has length " + kv.length + "; 2 is required");
            }
            d.put(kv[0], kv[1]);
        }
    }

    // =========================================================================================
    // dict views
    // =========================================================================================
    private static PyDictView view(Object[] a, String name) {
        if (a.length > 0 && a[0] instanceof PyDictView v) return v;
        throw badSelf(a, "dict_keys", name);
    }

    private static void installViews() {
        for (PyType t : new PyType[] {PyDictView.KEYS_TYPE, PyDictView.VALUES_TYPE, PyDictView.ITEMS_TYPE}) {
            t.def("__len__", (a, k) -> (long) view(a, "__len__").size());
            t.def("__iter__", (a, k) -> view(a, "__iter__").iterator());
            t.def("__contains__", (a, k) -> { exact("__contains__", a, k, 1); return view(a, "__contains__").contains(a[1]); });
            t.def("__repr__", (a, k) -> view(a, "__repr__").repr());
            t.def("__reversed__", (a, k) -> {
                PyDictView v = view(a, "__reversed__");
                Object[] items = v.toArray();
                java.util.Collections.reverse(java.util.Arrays.asList(items));
                return new Iter.ArrayIter(DICT_REVERSE_KEY_ITER, items, v.dict);
            });
            if (t == PyDictView.VALUES_TYPE) continue;
            String[] ops = {"__and__", "__or__", "__sub__", "__xor__"};
            int[] codes = {Arith.AND, Arith.OR, Arith.SUB, Arith.XOR};
            for (int i = 0; i < ops.length; i++) {
                final int op = codes[i];
                t.def(ops[i], (a, k) -> {
                    Object r = PyDictView.binary(a[0], a[1], op);
                    return r == null ? Py.NotImplemented : r;
                });
                t.def("__r" + ops[i].substring(2), (a, k) -> {
                    Object r = PyDictView.binary(a[1], a[0], op);
                    return r == null ? Py.NotImplemented : r;
                });
            }
            t.def("isdisjoint", (a, k) -> {
                exact("isdisjoint", a, k, 1);
                PyDictView v = view(a, "isdisjoint");
                for (Object x : Iter.toArray(a[1])) if (v.contains(x)) return false;
                return true;
            });
            String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
            for (int op = 0; op < cmp.length; op++) {
                final int o = op;
                t.def(cmp[op], (a, k) -> PyDictView.compare(a[0], a[1], o));
            }
        }
    }

    // =========================================================================================
    // set / frozenset
    // =========================================================================================

    /** Any iterable as a set (sets are used as they are). */
    private static PySet asSet(Object o) {
        if (o instanceof PySet s) return s;
        PySet s = new PySet(false);
        s.addAll(o);
        return s;
    }

    private static Object[] rest(Object[] a, String[] k, String fname) {
        if (k != null && k.length > 0) throw Py.TypeError(fname + "() takes no keyword arguments");
        return java.util.Arrays.copyOfRange(a, 1, a.length);
    }

    private static void installSet(PyType t, boolean frozen) {
        String tn = t.name;
        if (!frozen) {
            t.def("add", (a, k) -> { exact("add", a, k, 1); set(a, tn, "add").add(a[1]); return Py.None; });
            t.def("discard", (a, k) -> { exact("discard", a, k, 1); set(a, tn, "discard").discard(a[1]); return Py.None; });
            t.def("remove", (a, k) -> {
                exact("remove", a, k, 1);
                if (!set(a, tn, "remove").discard(a[1])) throw Py.KeyError(a[1]);
                return Py.None;
            });
            t.def("pop", (a, k) -> {
                exact("pop", a, k, 0);
                Object x = set(a, tn, "pop").pop();
                if (x == null) throw Py.KeyError("pop from an empty set");
                return x;
            });
            t.def("clear", (a, k) -> { exact("clear", a, k, 0); set(a, tn, "clear").clear(); return Py.None; });
            t.def("update", (a, k) -> {
                PySet s = set(a, tn, "update");
                for (Object o : rest(a, k, "update")) s.addAll(o);
                return Py.None;
            });
            t.def("intersection_update", (a, k) -> {
                PySet s = set(a, tn, "intersection_update");
                for (Object o : rest(a, k, "intersection_update")) {
                    PySet other = asSet(o);
                    for (Object x : s.toArray()) if (!other.contains(x)) s.discard(x);
                }
                return Py.None;
            });
            t.def("difference_update", (a, k) -> {
                PySet s = set(a, tn, "difference_update");
                for (Object o : rest(a, k, "difference_update")) {
                    for (Object x : o == s ? s.toArray() : o instanceof PySet os ? os.toArray() : Iter.toArray(o)) s.discard(x);
                }
                return Py.None;
            });
            t.def("symmetric_difference_update", (a, k) -> {
                exact("symmetric_difference_update", a, k, 1);
                PySet s = set(a, tn, "symmetric_difference_update");
                PySet other = a[1] == s ? s.copyAs(false) : asSet(a[1]);
                for (Object x : other.toArray()) { if (!s.discard(x)) s.add(x); }
                return Py.None;
            });
            t.def("__init__", (a, k) -> {
                Object[] p = Args.bind("set", a, k, 0, false, "iterable");
                PySet s = set(a, tn, "__init__");
                s.clear();
                if (p[0] != null) s.addAll(p[0]);
                return Py.None;
            });
        }
        t.def("copy", (a, k) -> {
            exact("copy", a, k, 0);
            PySet s = set(a, tn, "copy");
            if (frozen && s.type() == PyType.FROZENSET) return s;   // frozensets are immutable
            return s.copyAs(frozen);
        });
        t.def("union", (a, k) -> {
            PySet r = set(a, tn, "union").copyAs(frozen);
            for (Object o : rest(a, k, "union")) r.addAll(o);
            return r;
        });
        t.def("intersection", (a, k) -> {
            PySet r = set(a, tn, "intersection").copyAs(frozen);
            for (Object o : rest(a, k, "intersection")) r = r.binary(asSet(o), Arith.AND);
            return r;
        });
        t.def("difference", (a, k) -> {
            PySet r = set(a, tn, "difference").copyAs(frozen);
            for (Object o : rest(a, k, "difference")) r = r.binary(asSet(o), Arith.SUB);
            return r;
        });
        t.def("symmetric_difference", (a, k) -> {
            exact("symmetric_difference", a, k, 1);
            return set(a, tn, "symmetric_difference").copyAs(frozen).binary(asSet(a[1]), Arith.XOR);
        });
        t.def("issubset", (a, k) -> { exact("issubset", a, k, 1); return set(a, tn, "issubset").isSubset(asSet(a[1])); });
        t.def("issuperset", (a, k) -> {
            exact("issuperset", a, k, 1);
            PySet s = set(a, tn, "issuperset");
            for (Object x : a[1] instanceof PySet o ? o.toArray() : Iter.toArray(a[1])) if (!s.contains(x)) return false;
            return true;
        });
        t.def("isdisjoint", (a, k) -> {
            exact("isdisjoint", a, k, 1);
            PySet s = set(a, tn, "isdisjoint");
            for (Object x : a[1] instanceof PySet o ? o.toArray() : Iter.toArray(a[1])) if (s.contains(x)) return false;
            return true;
        });
        t.def("__len__", (a, k) -> (long) set(a, tn, "__len__").size());
        t.def("__contains__", (a, k) -> {
            exact("__contains__", a, k, 1);
            PySet s = set(a, tn, "__contains__");
            // An unhashable set argument is looked up as the equivalent frozenset (as CPython).
            Object x = a[1] instanceof PySet q && !q.frozen ? q.copyAs(true) : a[1];
            return s.contains(x);
        });
        t.def("__iter__", (a, k) -> set(a, tn, "__iter__").iterator());
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int op = 0; op < cmp.length; op++) {
            final int o = op;
            t.def(cmp[op], (a, k) -> {
                exact(cmp[o], a, k, 1);
                PySet s = set(a, tn, cmp[o]);
                return a[1] instanceof PySet other ? s.compare(other, o) : Py.NotImplemented;
            });
        }
    }

    // =========================================================================================
    // constructors
    // =========================================================================================
    private static void noKeywords(String name, String[] k) {
        if (k != null && k.length > 0) throw Py.TypeError(name + "() takes no keyword arguments");
    }

    private static void atMost(String name, Object[] a, String[] k, int max) {
        int n = a.length - (k == null ? 0 : k.length);
        if (n > max) throw Py.TypeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
    }

    /** Binds a constructor's arguments (no self) to named parameters. */
    private static Object[] ctorArgs(String name, Object[] a, String[] k, String... names) {
        return Args.bind(name, Ops.prepend(null, a), k, 0, true, names);
    }

    private static void installConstructors() {
        installConstructors0();
        TypeCalls.installNew();
    }

    private static void installConstructors0() {
        PyType.LIST.constructor = (cls, a, k) -> {
            noKeywords("list", k);
            atMost("list", a, k, 1);
            PyList l = cls == PyType.LIST ? new PyList() : new PyList(cls);
            if (a.length == 1) {
                Object[] items = Iter.toArray(a[0]);
                l.extend(items, items.length);
            }
            return l;
        };
        PyType.TUPLE.constructor = (cls, a, k) -> {
            noKeywords("tuple", k);
            atMost("tuple", a, k, 1);
            if (a.length == 0) return PyTuple.EMPTY;
            if (a[0] instanceof PyTuple t && t.type == null) return t;
            return PyTuple.of(Iter.toArray(a[0]));   // a fresh array for anything but a tuple
        };
        PyType.DICT.constructor = (cls, a, k) -> {
            PyDict d = cls == PyType.DICT ? new PyDict() : new PyDict(cls);
            dictUpdate("dict", d, Ops.prepend(d, a), k, 1);
            return d;
        };
        PyType.SET.constructor = (cls, a, k) -> {
            // For subclasses set.__new__ ignores the arguments: set.__init__ (or the subclass's) fills them.
            if (cls != PyType.SET) return new PySet(cls, false);
            noKeywords("set", k);
            atMost("set", a, k, 1);
            PySet s = new PySet(false);
            if (a.length == 1) s.addAll(a[0]);
            return s;
        };
        PyType.FROZENSET.constructor = (cls, a, k) -> {
            noKeywords("frozenset", k);
            atMost("frozenset", a, k, 1);
            if (cls == PyType.FROZENSET && a.length == 1 && a[0] instanceof PySet s && s.type() == PyType.FROZENSET) return s;
            PySet s = cls == PyType.FROZENSET ? new PySet(true) : new PySet(cls, true);
            if (a.length == 1) s.addAll(a[0]);
            return s;
        };
        PyType.STR.constructor = (cls, a, k) -> {
            Object[] p = ctorArgs("str", a, k, "object", "encoding", "errors");
            if (p[0] == null) return "";
            if (p[1] == null && p[2] == null) return Ops.str(p[0]);
            String enc = p[1] == null ? "utf-8" : strArg(p[1], "str", 2);
            String errors = p[2] == null ? "strict" : strArg(p[2], "str", 3);
            if (p[0] instanceof PyBytes b) return StrMethods.decode(b.bytes, enc, errors);
            if (p[0] instanceof String) throw Py.TypeError("decoding str is not supported");
            throw Py.TypeError("decoding to str: need a bytes-like object, " + Ops.typeName(p[0]) + " found");
        };
        PyType.INT.constructor = (cls, a, k) -> {
            Object[] p = ctorArgs("int", a, k, "x", "base");
            if (p[0] == null) {
                if (p[1] != null) throw Py.TypeError("int() missing string argument");
                return 0L;
            }
            return p[1] == null ? toInt(p[0]) : intWithBase(p[0], p[1]);
        };
        PyType.BOOL.constructor = (cls, a, k) -> {
            noKeywords("bool", k);
            atMost("bool", a, k, 1);
            return a.length == 0 ? Boolean.FALSE : Py.bool(Ops.truthy(a[0]));
        };
        PyType.FLOAT.constructor = (cls, a, k) -> {
            noKeywords("float", k);
            atMost("float", a, k, 1);
            return a.length == 0 ? (Object) 0.0 : toFloat(a[0]);
        };
        PyType.BYTES.constructor = (cls, a, k) -> {
            Object[] p = ctorArgs("bytes", a, k, "source", "encoding", "errors");
            return toBytes(p[0], p[1], p[2]);
        };
        PyType.RANGE.constructor = (cls, a, k) -> {
            noKeywords("range", k);
            if (a.length == 0) throw Py.TypeError("range expected at least 1 argument, got 0");
            if (a.length > 3) throw Py.TypeError("range expected at most 3 arguments, got " + a.length);
            if (a.length == 1) return new PyRange(0, Ops.asIndex(a[0]), 1);
            return new PyRange(Ops.asIndex(a[0]), Ops.asIndex(a[1]), a.length == 3 ? Ops.asIndex(a[2]) : 1);
        };
        PyType.SLICE.constructor = (cls, a, k) -> {
            noKeywords("slice", k);
            if (a.length == 0) throw Py.TypeError("slice expected at least 1 argument, got 0");
            if (a.length > 3) throw Py.TypeError("slice expected at most 3 arguments, got " + a.length);
            if (a.length == 1) return new PySlice(Py.None, a[0], Py.None);
            return new PySlice(a[0], a[1], a.length == 3 ? a[2] : Py.None);
        };
        if (PyType.OBJECT.constructor == null) {
            PyType.OBJECT.constructor = (cls, a, k) -> {
                if (a.length > 0) throw Py.TypeError("object() takes no arguments");
                return new PyInstance(PyType.OBJECT);
            };
        }
    }

    private static String strArg(Object v, String fname, int n) {
        if (v instanceof String s) return s;
        throw Py.TypeError(fname + "() argument " + n + " must be str, not " + Ops.typeName(v));
    }

    // ---- int() -------------------------------------------------------------------------------
    /** int(x) without a base. */
    public static Object toInt(Object x) {
        if (x instanceof Long || x instanceof BigInteger) return x;
        if (x instanceof Boolean b) return b ? 1L : 0L;
        if (x instanceof Double d) return Formatter.floatToInt(d);
        if (x instanceof String s) return parseInt(s, 10, s);
        if (x instanceof PyBytes b) return parseInt(new String(b.bytes, StandardCharsets.ISO_8859_1), 10, b);
        PyType t = Ops.typeOf(x);
        for (String m : new String[] {"__int__", "__index__", "__trunc__"}) {
            Object f = t.lookup(m);
            if (f == null || f == Py.None) continue;
            Object r = Ops.callMethod(f, x);
            if (IntOps.isInt(r)) return IntOps.asInt(r);
            if (m.equals("__trunc__")) return toInt(r);
            throw Py.TypeError(m + " returned non-int (type " + Ops.typeName(r) + ")");
        }
        throw Py.TypeError("int() argument must be a string, a bytes-like object or a real number, not '" + t.name + "'");
    }

    private static Object intWithBase(Object x, Object baseObj) {
        long base = Ops.asIndex(baseObj);
        if (base != 0 && (base < 2 || base > 36)) throw Py.ValueError("int() base must be >= 2 and <= 36, or 0");
        if (x instanceof String s) return parseInt(s, (int) base, s);
        if (x instanceof PyBytes b) return parseInt(new String(b.bytes, StandardCharsets.ISO_8859_1), (int) base, b);
        throw Py.TypeError("int() can't convert non-string with explicit base");
    }

    /** Python's int(str, base): whitespace, sign, base prefixes, single underscores between digits. */
    public static Object parseInt(String text, int base, Object orig) {
        String s = strip(text);
        int i = 0, n = s.length();
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) neg = s.charAt(i++) == '-';
        int b = base;
        boolean prefixed = false;
        if (i + 1 < n && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) { b = pb; i += 2; prefixed = true; }
        }
        if (b == 0) b = 10;
        StringBuilder digits = new StringBuilder(n);
        // Single underscores may separate digits, and one may follow a base prefix ("0x_1f").
        boolean underscoreOk = prefixed, ok = true, lastUnderscore = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (!underscoreOk) { ok = false; break; }
                underscoreOk = false;
                lastUnderscore = true;
                continue;
            }
            int d = Character.digit(c, b);
            if (d < 0) { ok = false; break; }
            digits.append(Character.forDigit(d, b));
            underscoreOk = true;
            lastUnderscore = false;
        }
        if (digits.length() == 0 || lastUnderscore) ok = false;
        // Base 0 (literal syntax) forbids leading zeros in non-zero decimals: int('010', 0).
        if (ok && base == 0 && !prefixed && digits.charAt(0) == '0' && !digits.toString().matches("0+")) ok = false;
        if (!ok) {
            throw Py.ValueError("invalid literal for int() with base " + base + ": " + Ops.repr(orig instanceof String os ? truncate(os) : orig));
        }
        if (b == 10 && digits.length() > 4300) {
            throw Py.ValueError("Exceeds the limit (4300 digits) for integer string conversion: value has " + digits.length()
                    + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        String ds = digits.toString();
        if (ds.length() <= 18 && b == 10 || ds.length() <= 15) {
            long v = Long.parseLong(ds, b);
            return neg ? -v : v;
        }
        BigInteger v = new BigInteger(ds, b);
        return IntOps.norm(neg ? v.negate() : v);
    }

    private static String truncate(String s) { return s.length() > 200 ? s.substring(0, 200) : s; }

    private static String strip(String s) {
        int i = 0, j = s.length();
        while (i < j && StrMethods.isSpace(s.charAt(i))) i++;
        while (j > i && StrMethods.isSpace(s.charAt(j - 1))) j--;
        return s.substring(i, j);
    }

    // ---- float() -----------------------------------------------------------------------------
    private static final String NUM = "[0-9](?:_?[0-9])*";
    private static final Pattern FLOAT = Pattern.compile(
            "[+-]?(?:(?:" + NUM + "(?:\\.(?:" + NUM + ")?)?|\\." + NUM + ")(?:[eE][+-]?" + NUM + ")?|(?i:inf|infinity|nan))");

    public static Object toFloat(Object x) {
        if (x instanceof Double) return x;
        if (IntOps.isInt(x)) return IntOps.toDouble(x);
        if (x instanceof String s) return parseFloat(s, s);
        if (x instanceof PyBytes b) return parseFloat(new String(b.bytes, StandardCharsets.ISO_8859_1), b);
        PyType t = Ops.typeOf(x);
        Object f = t.lookup("__float__");
        if (f != null) {
            Object r = Ops.callMethod(f, x);
            if (!(r instanceof Double)) throw Py.TypeError(t.name + ".__float__ returned non-float (type " + Ops.typeName(r) + ")");
            return r;
        }
        f = t.lookup("__index__");
        if (f != null) return IntOps.toDouble(IntOps.asInt(Ops.callMethod(f, x)));
        throw Py.TypeError("float() argument must be a string or a real number, not '" + t.name + "'");
    }

    public static double parseFloat(String text, Object orig) {
        String s = strip(text);
        if (!FLOAT.matcher(s).matches()) throw Py.ValueError("could not convert string to float: " + Ops.repr(orig));
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        boolean neg = lower.startsWith("-");
        String body = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        if (body.startsWith("inf")) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (body.equals("nan")) return Double.NaN;
        return Double.parseDouble(s.replace("_", ""));
    }

    // ---- bytes() -----------------------------------------------------------------------------
    private static PyBytes toBytes(Object src, Object enc, Object errors) {
        if (src == null) {
            if (enc != null || errors != null) throw Py.TypeError(enc != null ? "encoding without a string argument" : "errors without a string argument");
            return new PyBytes(new byte[0]);
        }
        if (src instanceof String s) {
            if (enc == null) throw Py.TypeError("string argument without an encoding");
            return new PyBytes(StrMethods.encode(s, strArg(enc, "bytes", 2), errors == null ? "strict" : strArg(errors, "bytes", 3)));
        }
        if (enc != null) throw Py.TypeError("encoding without a string argument");
        if (errors != null) throw Py.TypeError("errors without a string argument");
        if (src instanceof PyBytes b) return b instanceof PyByteArray ? new PyBytes(b.bytes.clone()) : b;
        Object f = Ops.typeOf(src).lookup("__bytes__");
        if (f != null) {
            Object r = Ops.callMethod(f, src);
            if (!(r instanceof PyBytes b)) throw Py.TypeError("__bytes__ returned non-bytes (type " + Ops.typeName(r) + ")");
            return b;
        }
        if (IntOps.isInt(src) || src instanceof PyInstance && Ops.typeOf(src).lookup("__index__") != null) {
            long n = Ops.asIndex(src);
            if (n < 0) throw Py.ValueError("negative count");
            return new PyBytes(new byte[(int) n]);
        }
        Object[] items;
        try {
            items = Iter.toArray(src);
        } catch (PyException e) {
            if (e.matches(Exc.TypeError) && !(src instanceof PyList) && !(src instanceof PyTuple)) {
                throw Py.TypeError("cannot convert '" + Ops.typeName(src) + "' object to bytes");
            }
            throw e;
        }
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            long v = Ops.asIndex(items[i]);
            if (v < 0 || v > 255) throw Py.ValueError("bytes must be in range(0, 256)");
            out[i] = (byte) v;
        }
        return new PyBytes(out);
    }
}
