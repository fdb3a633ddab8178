package minipy.runtime;

import minipy.runtime.PyWrappers.Property;

/**
 * A struct sequence (CPython's structseq, e.g. sys.version_info): a tuple whose items can also
 * be read as named attributes. It indexes, unpacks, compares and hashes as a tuple; its repr
 * is {@code module.name(field=value, ...)}.
 */
public final class PyStructSeq extends PyTuple {
    private static final java.util.Map<PyType, String[]> FIELDS = new java.util.concurrent.ConcurrentHashMap<>();

    private final PyType stype;

    /** Takes ownership of the array, as {@link PyTuple#PyTuple(Object[])}. */
    public PyStructSeq(PyType stype, Object... items) {
        super(items);
        this.stype = stype;
    }

    @Override public PyType type() { return stype; }

    /**
     * Creates an (immortal, builtin) struct sequence type: a subclass of tuple whose fields are
     * read-only properties. Create types once (static), they are shared by all interpreters.
     */
    public static PyType newType(String module, String name, String... fields) {
        PyType t = new PyType(name, new PyType[] {PyType.TUPLE}, false).immortal();
        t.module = module;
        t.baseType = false;
        for (int i = 0; i < fields.length; i++) {
            final int index = i;
            final String field = fields[i];
            PyBuiltinFunction getter = new PyBuiltinFunction(field, (a, k) -> {
                if (a.length != 1 || !(a[0] instanceof PyStructSeq s) || s.stype != t) {
                    throw Py.TypeError("descriptor '" + field + "' for '" + module + "." + name + "' objects doesn't apply to a '"
                            + (a.length == 0 ? "NoneType" : Ops.typeName(a[0])) + "' object");
                }
                return s.items[index];
            }).immortal();
            t.dict.put(field, new Property(getter, Py.None, Py.None, Py.None).immortal());
        }
        FIELDS.put(t, fields.clone());
        t.constructor = (cls, a, k) -> { throw Py.TypeError("cannot create '" + module + "." + name + "' instances"); };
        t.dict.put("n_fields", (long) fields.length);
        t.dict.put("n_sequence_fields", (long) fields.length);
        return t;
    }

    String repr() {
        return Repr.guarded(this, "(...)", () -> {
            StringBuilder sb = new StringBuilder();
            sb.append(stype.module.equals("builtins") ? "" : stype.module + ".").append(stype.name).append('(');
            String[] names = FIELDS.getOrDefault(stype, new String[0]);
            for (int i = 0; i < items.length; i++) {
                if (i > 0) sb.append(", ");
                if (i < names.length) sb.append(names[i]).append('=');
                sb.append(Ops.repr(items[i]));
            }
            return sb.append(')').toString();
        });
    }
}
