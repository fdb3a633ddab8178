package minipy.runtime;

import java.util.Map;
import java.util.TreeSet;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Helpers behind builtin functions that other runtime code also needs (id, dir, ascii, format). */
public final class Builtins {
    private Builtins() {}

    private static final Map<Object, Long> IDS = new WeakHashMap<>();
    private static final AtomicLong NEXT_ID = new AtomicLong(0x7f0000001000L);

    /** A stable id for an object's lifetime (ints and strs by value identity of the Java object). */
    public static synchronized long id(Object o) {
        Long id = IDS.get(o);
        if (id == null) {
            id = NEXT_ID.getAndAdd(16);
            if (o instanceof PyObject || o instanceof String) IDS.put(o, id);
            else return 0x7f0000000000L + (System.identityHashCode(o) & 0xfffffffL) * 16;
        }
        return id;
    }

    public static String ascii(Object o) {
        String r = Ops.repr(o);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r.length(); ) {
            int c = r.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) sb.append((char) c);
            else if (c <= 0xff) sb.append(String.format("\\x%02x", c));
            else if (c <= 0xffff) sb.append(String.format("\\u%04x", c));
            else sb.append(String.format("\\U%08x", c));
        }
        return sb.toString();
    }

    public static String format(Object v, String spec) {
        if (v instanceof PyObject p && p.type().heap) {
            Object f = p.type().lookup("__format__");
            if (f != null && !(f instanceof PyBuiltinFunction)) {
                Object r = Ops.callMethod(f, v, spec);
                if (!(r instanceof String s)) throw Py.TypeError("__format__ must return a str, not " + Ops.typeName(r));
                return s;
            }
        }
        return Formatter.format(v, spec);
    }

    public static PyList dir(Object o) {
        TreeSet<String> names = new TreeSet<>();
        PyDict d = Attr.instanceDict(o);
        if (o instanceof PyModule m) d = m.dict;
        if (d != null) for (int i = 0; i < d.positions(); i++) if (d.keyAt(i) instanceof String s) names.add(s);
        PyType t = o instanceof PyType pt ? pt : Ops.typeOf(o);
        if (!(o instanceof PyModule)) {
            for (PyType c : t.mro) for (int i = 0; i < c.dict.positions(); i++) if (c.dict.keyAt(i) instanceof String s) names.add(s);
            names.add("__class__");
            names.add("__doc__");
            if (o instanceof PyInstance pi ? pi.cls != PyType.OBJECT : o instanceof PyType tt && tt.heap) {
                if (!(o instanceof PyInstance pi2 && pi2.cls.slots != null)) names.add("__dict__");
                names.add("__module__");
            }
        }
        Object[] arr = names.toArray();
        return new PyList(arr, arr.length);
    }
}
