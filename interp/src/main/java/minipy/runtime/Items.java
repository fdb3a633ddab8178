package minipy.runtime;

/** Subscription: obj[key], obj[key] = v, del obj[key], with slices. */
public final class Items {
    private Items() {}

    public static Object getitem(Object obj, Object key) {
        if (obj instanceof PyList l && (l.type == null || !PyBoxed.userDefines(l.type, "__getitem__"))) {
            if (key instanceof Long i) return l.getChecked(i);
            if (key instanceof PySlice s) return l.slice(s);
        } else if (obj instanceof PyDict d && d.type == null) {
            Object v = d.get(key);
            if (v == null) throw Py.KeyError(key);
            return v;
        } else if (obj instanceof PyTuple t && (t.type == null || !PyBoxed.userDefines(t.type, "__getitem__"))) {
            return tupleItem(t, key);
        } else if (obj instanceof String s) {
            return StrItems.get(s, key);
        }
        return getitemSlow(obj, key);
    }

    /** tuple.__getitem__. */
    public static Object tupleItem(PyTuple t, Object key) {
        {
            if (key instanceof PySlice s) {
                long[] ix = s.indices(t.size());
                Object[] r = new Object[(int) ix[3]];
                for (int i = 0; i < r.length; i++) r[i] = t.items[(int) (ix[0] + i * ix[2])];
                return PyTuple.of(r);
            }
            if (IntOps.isInt(key) || key instanceof PyInstance) {
                long i = Ops.asIndex(key);
                if (i < 0) i += t.size();
                if (i < 0 || i >= t.size()) throw Py.IndexError("tuple index out of range");
                return t.items[(int) i];
            }
            throw Py.TypeError("tuple indices must be integers or slices, not " + Ops.typeName(key));
        }
    }

    private static Object getitemSlow(Object obj, Object key) {
        if (obj instanceof PyRange r) {
            if (key instanceof PySlice sl) {
                long[] ix = sl.indices(r.length());
                return new PyRange(r.get(ix[0]), r.get(ix[1]), ix[2] * r.st);
            }
            long i = Ops.asIndex(key);
            long n = r.length();
            if (i < 0) i += n;
            if (i < 0 || i >= n) throw Py.IndexError("range object index out of range");
            return r.get(i);
        } else if (obj instanceof PyBytes b) {
            if (key instanceof PySlice sl) {
                long[] ix = sl.indices(b.bytes.length);
                byte[] r = new byte[(int) ix[3]];
                for (int i = 0; i < r.length; i++) r[i] = b.bytes[(int) (ix[0] + i * ix[2])];
                return b instanceof PyByteArray ? new PyByteArray(r) : new PyBytes(r);
            }
            long i = Ops.asIndexFor(key, b instanceof PyByteArray ? "bytearray" : "byte");
            if (i < 0) i += b.bytes.length;
            if (i < 0 || i >= b.bytes.length) throw Py.IndexError(b instanceof PyByteArray ? "bytearray index out of range" : "index out of range");
            return (long) (b.bytes[(int) i] & 0xff);
        }
        PyType t = Ops.typeOf(obj);
        Object f = t.lookup("__getitem__");
        if (f != null) return Ops.callMethod(f, obj, key);
        if (obj instanceof PyBoxed bx && bx.value instanceof String) return getitem(bx.value, key);
        if (obj instanceof PyList l) {
            return l.getChecked(Ops.asIndexFor(key, "list"));
        }
        if (obj instanceof PyType ct) {
            Object cg = ct.lookup("__class_getitem__");
            if (cg != null) {
                Object m = Ops.getattr(obj, "__class_getitem__");   // a new bound method: counted while called
                Refs.incref(m);
                try {
                    return Ops.call(m, key);
                } finally {
                    Refs.decref(m);
                }
            }
            if (ct == PyType.LIST || ct == PyType.DICT || ct == PyType.TUPLE || ct == PyType.SET
                    || ct == PyType.FROZENSET || ct == PyType.TYPE) {
                Object ga = minipy.vm.ThreadState.current().interp.importer.importModule("_generic_alias").get("GenericAlias");
                return Ops.call(ga, obj, key);
            }
            if (!ct.heap) throw Py.TypeError("type '" + ct.name + "' is not subscriptable");
            return obj;
        }
        throw Py.TypeError("'" + t.name + "' object is not subscriptable");
    }

    public static void setitem(Object obj, Object key, Object value) {
        if (obj instanceof PyList l && l.type == null) { l.setItem(key, value); return; }
        if (obj instanceof PyDict d && d.type == null) { d.put(key, value); return; }
        PyType t = Ops.typeOf(obj);
        Object f = t.lookup("__setitem__");
        if (f != null) { Ops.callMethod(f, obj, key, value); return; }
        throw Py.TypeError("'" + t.name + "' object does not support item assignment");
    }

    public static void delitem(Object obj, Object key) {
        if (obj instanceof PyList l && l.type == null) { l.delItem(key); return; }
        if (obj instanceof PyDict d && d.type == null) {
            if (d.remove(key) == null) throw Py.KeyError(key);
            return;
        }
        PyType t = Ops.typeOf(obj);
        Object f = t.lookup("__delitem__");
        if (f != null) { Ops.callMethod(f, obj, key); return; }
        throw Py.TypeError("'" + t.name + "' object doesn't support item deletion");
    }
}
