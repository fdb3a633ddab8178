package minipy.vm;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import minipy.compile.Ast;
import minipy.runtime.*;

/**
 * Structural pattern matching (PEP 634) for one case of a match statement: a constant of the
 * compiled code. {@link #FUNCTION}(subject, matcher, values) returns None when the pattern does
 * not match, else the tuple of captured values in {@link #names} order. values holds, in
 * pre-order, what the value patterns, mapping keys and class patterns evaluated to.
 */
public final class PatternMatcher extends PyObject {
    public static final PyBuiltinFunction FUNCTION = new PyBuiltinFunction("<match>", (a, k) ->
            ((PatternMatcher) a[1]).run(a[0], ((PyTuple) a[2]).items)).immortal();

    /** await's GET_AWAITABLE: a coroutine itself, else what __await__() returns. */
    public static final PyBuiltinFunction AWAITABLE = new PyBuiltinFunction("<await>", (a, k) -> {
        Object o = a[0];
        if (o instanceof PyGenerator) return o;
        Object f = Ops.typeOf(o).lookup("__await__");
        if (f == null) throw Py.TypeError("object " + Ops.typeName(o) + " can't be used in 'await' expression");
        Object it = Ops.callMethod(f, o);
        if (it instanceof PyGenerator || Ops.typeOf(it).lookup("__next__") != null) return it;
        throw Py.TypeError("__await__() returned non-iterator of type '" + Ops.typeName(it) + "'");
    }).immortal();

    private final Ast.Pattern pattern;
    private final String[] names;
    private final IdentityHashMap<Object, Integer> index = new IdentityHashMap<>();

    public PatternMatcher(Ast.Pattern pattern, String[] names) {
        this.pattern = pattern;
        this.names = names;
        List<Ast.Expr> values = new ArrayList<>();
        collect(pattern, values, new ArrayList<>());
        for (int i = 0; i < values.size(); i++) index.put(values.get(i), i);
        immortal();
    }

    @Override public PyType type() { return PyType.OBJECT; }

    /** The expressions to evaluate (pre-order) and the names bound, in first-appearance order. */
    public static void collect(Ast.Pattern p, List<Ast.Expr> values, List<String> names) {
        if (p instanceof Ast.MatchValue v) values.add(v.value());
        else if (p instanceof Ast.MatchSequence s) { for (Ast.Pattern x : s.patterns()) collect(x, values, names); }
        else if (p instanceof Ast.MatchStar st) addName(names, st.name());
        else if (p instanceof Ast.MatchMapping m) {
            for (int i = 0; i < m.keys().size(); i++) {
                values.add(m.keys().get(i));
            }
            for (Ast.Pattern x : m.patterns()) collect(x, values, names);
            addName(names, m.rest());
        } else if (p instanceof Ast.MatchClass c) {
            values.add(c.cls());
            for (Ast.Pattern x : c.patterns()) collect(x, values, names);
            for (Ast.Pattern x : c.kwdPatterns()) collect(x, values, names);
        } else if (p instanceof Ast.MatchAs a) {
            if (a.pattern() != null) collect(a.pattern(), values, names);
            addName(names, a.name());
        } else if (p instanceof Ast.MatchOr o) {
            for (Ast.Pattern x : o.patterns()) collect(x, values, names);
        }
    }

    private static void addName(List<String> names, String n) {
        if (n != null && !names.contains(n)) names.add(n);
    }

    Object run(Object subject, Object[] values) {
        Map<String, Object> caps = new LinkedHashMap<>();
        if (!match(pattern, subject, values, caps)) return Py.None;
        Object[] out = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            Object v = caps.get(names[i]);
            out[i] = v == null ? Py.None : v;
        }
        return PyTuple.of(out);
    }

    private boolean match(Ast.Pattern p, Object subject, Object[] values, Map<String, Object> caps) {
        if (p instanceof Ast.MatchAs a) {
            if (a.pattern() != null && !match(a.pattern(), subject, values, caps)) return false;
            if (a.name() != null) caps.put(a.name(), subject);
            return true;
        }
        if (p instanceof Ast.MatchValue v) return Ops.eq(subject, values[index.get(v.value())]);
        if (p instanceof Ast.MatchSingleton s) {
            if (s.value() == null) return subject == Py.None;
            return subject instanceof Boolean b && b.equals(s.value());
        }
        if (p instanceof Ast.MatchOr o) {
            for (Ast.Pattern alt : o.patterns()) {
                Map<String, Object> c = new LinkedHashMap<>(caps);
                if (match(alt, subject, values, c)) {
                    caps.putAll(c);
                    return true;
                }
            }
            return false;
        }
        if (p instanceof Ast.MatchSequence s) return matchSequence(s, subject, values, caps);
        if (p instanceof Ast.MatchMapping m) return matchMapping(m, subject, values, caps);
        if (p instanceof Ast.MatchClass c) return matchClass(c, subject, values, caps);
        throw new IllegalStateException("pattern " + p);
    }

    private static boolean isSequence(Object o) {
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyRange) return true;
        if (o instanceof String || o instanceof PyBytes || o instanceof PyDict || o instanceof PyBoxed) return false;
        if (o instanceof PyObject) {
            for (PyType t : Ops.typeOf(o).mro) {
                if (t.name.equals("deque") || t.dict.getStr("__match_sequence__") != null) return true;
            }
        }
        return false;
    }

    private boolean matchSequence(Ast.MatchSequence s, Object subject, Object[] values, Map<String, Object> caps) {
        if (!isSequence(subject)) return false;
        List<Ast.Pattern> ps = s.patterns();
        int star = -1;
        for (int i = 0; i < ps.size(); i++) if (ps.get(i) instanceof Ast.MatchStar) star = i;
        Object[] items = Iter.toArray(subject);
        int n = items.length;
        if (star < 0 ? n != ps.size() : n < ps.size() - 1) return false;
        if (star < 0) {
            for (int i = 0; i < n; i++) if (!match(ps.get(i), items[i], values, caps)) return false;
            return true;
        }
        int after = ps.size() - star - 1;
        for (int i = 0; i < star; i++) if (!match(ps.get(i), items[i], values, caps)) return false;
        for (int j = 0; j < after; j++) if (!match(ps.get(star + 1 + j), items[n - after + j], values, caps)) return false;
        String name = ((Ast.MatchStar) ps.get(star)).name();
        if (name != null) {
            Object[] mid = java.util.Arrays.copyOfRange(items, star, n - after);
            caps.put(name, new PyList(mid, mid.length));
        }
        return true;
    }

    private boolean matchMapping(Ast.MatchMapping m, Object subject, Object[] values, Map<String, Object> caps) {
        if (!(subject instanceof PyDict d)) return false;
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < m.keys().size(); i++) {
            Object key = values[index.get(m.keys().get(i))];
            for (Object k : keys) {
                if (Ops.eq(k, key)) throw Py.ValueError("mapping pattern checks duplicate key (" + Ops.repr(key) + ")");
            }
            keys.add(key);
            Object v = d.get(key);
            if (v == null) return false;
            if (!match(m.patterns().get(i), v, values, caps)) return false;
        }
        if (m.rest() != null) {
            PyDict rest = new PyDict();
            for (Object k : Iter.toArray(d)) {
                boolean used = false;
                for (Object u : keys) if (Ops.eq(u, k)) { used = true; break; }
                if (!used) rest.put(k, d.get(k));
            }
            caps.put(m.rest(), rest);
        }
        return true;
    }

    private static boolean matchesSelf(PyType t) {
        for (PyType b : new PyType[] {PyType.BOOL, PyType.BYTEARRAY, PyType.BYTES, PyType.DICT, PyType.FLOAT,
                PyType.FROZENSET, PyType.INT, PyType.LIST, PyType.SET, PyType.STR, PyType.TUPLE}) {
            if (t.isSubtypeOf(b)) return true;
        }
        return false;
    }

    private boolean matchClass(Ast.MatchClass c, Object subject, Object[] values, Map<String, Object> caps) {
        Object clsObj = values[index.get(c.cls())];
        if (!(clsObj instanceof PyType cls)) throw Py.TypeError("called match pattern must be a class");
        if (!Ops.isInstance(subject, cls)) return false;
        List<String> attrs = new ArrayList<>();
        int npos = c.patterns().size();
        boolean self = false;
        if (npos > 0) {
            Object ma = Ops.getattrOrNull(cls, "__match_args__");
            if (ma == null) {
                if (matchesSelf(cls)) {
                    if (npos > 1) throw Py.TypeError(cls.name + "() accepts 1 positional sub-pattern (" + npos + " given)");
                    self = true;
                } else {
                    throw Py.TypeError(cls.name + "() accepts 0 positional sub-patterns (" + npos + " given)");
                }
            } else {
                if (!(ma instanceof PyTuple mt)) throw Py.TypeError(cls.name + ".__match_args__ must be a tuple (got " + Ops.typeName(ma) + ")");
                if (npos > mt.size()) {
                    throw Py.TypeError(cls.name + "() accepts " + mt.size() + " positional sub-pattern" + (mt.size() == 1 ? "" : "s")
                            + " (" + npos + " given)");
                }
                for (int i = 0; i < npos; i++) {
                    Object n = mt.get(i);
                    if (!(n instanceof String ns)) throw Py.TypeError("__match_args__ elements must be strings (got " + Ops.typeName(n) + ")");
                    attrs.add(ns);
                }
            }
        }
        if (self) {
            if (!match(c.patterns().get(0), subject, values, caps)) return false;
        } else {
            for (int i = 0; i < npos; i++) {
                if (!matchAttr(cls, attrs.get(i), c.patterns().get(i), subject, values, caps, attrs.subList(0, i))) return false;
            }
        }
        List<String> seen = new ArrayList<>(attrs);
        for (int i = 0; i < c.kwdAttrs().size(); i++) {
            String name = c.kwdAttrs().get(i);
            if (!matchAttr(cls, name, c.kwdPatterns().get(i), subject, values, caps, seen)) return false;
            seen.add(name);
        }
        return true;
    }

    private boolean matchAttr(PyType cls, String name, Ast.Pattern p, Object subject, Object[] values,
                              Map<String, Object> caps, List<String> seen) {
        if (seen.contains(name)) throw Py.TypeError(cls.name + "() got multiple sub-patterns for attribute '" + name + "'");
        Object v;
        try {
            v = Ops.getattrOrNull(subject, name);
        } catch (PyException e) {
            if (e.matches(Exc.AttributeError)) return false;
            throw e;
        }
        if (v == null) return false;
        return match(p, v, values, caps);
    }
}
