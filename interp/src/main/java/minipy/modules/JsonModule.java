package minipy.modules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import minipy.runtime.*;
import minipy.vm.Interp;

/**
 * _json: the encoder and the scanner behind stdlib json.py, byte-for-byte as CPython's
 * (c_make_encoder / c_make_scanner): float repr, ensure_ascii escapes, indent layout, and the
 * decoder's error messages and positions ("Expecting value: line 1 column 1 (char 0)").
 */
final class JsonModule {
    private JsonModule() {}

    static PyModule create(Interp interp) {
        PyModule m = new PyModule("_json");
        // encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, indent, item_sep, key_sep, default, sort_keys)
        m.def("encode", (a, k) -> {
            Encoder e = new Encoder();
            e.skipkeys = Ops.truthy(a[1]);
            e.ensureAscii = Ops.truthy(a[2]);
            e.checkCircular = Ops.truthy(a[3]);
            e.allowNan = Ops.truthy(a[4]);
            Object indent = a[5];
            if (indent == Py.None) e.indent = null;
            else if (indent instanceof String s) e.indent = s;
            else e.indent = " ".repeat((int) Math.max(0, Ops.asIndex(indent)));
            e.itemSep = Ops.str(a[6]);
            e.keySep = Ops.str(a[7]);
            e.dflt = a[8] == Py.None ? null : a[8];
            e.sortKeys = Ops.truthy(a[9]);
            e.encode(a[0], 0);
            return e.sb.toString();
        });
        m.def("encode_basestring_ascii", (a, k) -> {
            StringBuilder sb = new StringBuilder();
            quote(sb, (String) a[0], true);
            return sb.toString();
        });
        m.def("encode_basestring", (a, k) -> {
            StringBuilder sb = new StringBuilder();
            quote(sb, (String) a[0], false);
            return sb.toString();
        });
        // scan(s, idx, error_cls, strict, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant) -> (obj, end)
        m.def("scan", (a, k) -> {
            Decoder d = new Decoder((String) a[0], a[2]);
            d.strict = Ops.truthy(a[3]);
            d.objectHook = a[4] == Py.None ? null : a[4];
            d.pairsHook = a[5] == Py.None ? null : a[5];
            d.parseFloat = a[6] == Py.None ? null : a[6];
            d.parseInt = a[7] == Py.None ? null : a[7];
            d.parseConstant = a[8] == Py.None ? null : a[8];
            int idx = (int) Ops.asIndex(a[1]);
            Object v = d.value(idx);
            return PyTuple.of(v, (long) d.end);
        });
        return m;
    }

    // ---- encoding ---------------------------------------------------------------------------

    static final char[] HEX = "0123456789abcdef".toCharArray();

    static void quote(StringBuilder sb, String s, boolean ascii) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                case '\b': sb.append("\\b"); break;
                case '\f': sb.append("\\f"); break;
                default:
                    if (c < 0x20 || (ascii && c >= 0x7f)) {
                        sb.append("\\u").append(HEX[(c >> 12) & 15]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }

    static final class Encoder {
        final StringBuilder sb = new StringBuilder();
        boolean skipkeys, ensureAscii, checkCircular, allowNan, sortKeys;
        String indent, itemSep, keySep;
        Object dflt;
        final IdentityHashMap<Object, Boolean> markers = new IdentityHashMap<>();

        String floatStr(double d) {
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                if (!allowNan) throw Py.ValueError("Out of range float values are not JSON compliant");
                return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
            }
            return Formatter.floatRepr(d);
        }

        void newline(int level) {
            sb.append('\n');
            for (int i = 0; i < level; i++) sb.append(indent);
        }

        void mark(Object o) {
            if (!checkCircular) return;
            if (markers.containsKey(o)) throw Py.ValueError("Circular reference detected");
            markers.put(o, Boolean.TRUE);
        }

        void unmark(Object o) {
            if (checkCircular) markers.remove(o);
        }

        void encode(Object o, int level) {
            if (o instanceof PyBoxed bx) o = bx.value;
            if (o == Py.None) { sb.append("null"); return; }
            if (o instanceof Boolean b) { sb.append(b ? "true" : "false"); return; }
            if (o instanceof String s) { quote(sb, s, ensureAscii); return; }
            if (o instanceof Long || o instanceof BigInteger) { sb.append(o.toString()); return; }
            if (o instanceof Double d) { sb.append(floatStr(d)); return; }
            if (o instanceof PyList || o instanceof PyTuple) {
                Object[] items = Iter.toArray(o);
                if (items.length == 0) { sb.append("[]"); return; }
                mark(o);
                sb.append('[');
                if (indent != null) newline(level + 1);
                for (int i = 0; i < items.length; i++) {
                    if (i > 0) {
                        sb.append(itemSep);
                        if (indent != null) newline(level + 1);
                    }
                    encode(items[i], level + 1);
                }
                if (indent != null) newline(level);
                sb.append(']');
                unmark(o);
                return;
            }
            if (o instanceof PyDict d) { encodeDict(d, level); return; }
            PyType t = Ops.typeOf(o);
            if (t.isSubtypeOf(PyType.INT) || t.isSubtypeOf(PyType.FLOAT) || t.isSubtypeOf(PyType.STR)) {
                // subclasses of int / float / str (IntEnum...): their base value
                if (t.isSubtypeOf(PyType.STR)) { quote(sb, Ops.str(o), ensureAscii); return; }
                Object v = Ops.call(t.isSubtypeOf(PyType.INT) ? PyType.INT : PyType.FLOAT, o);
                encode(v, level);
                return;
            }
            if (dflt == null) throw Py.TypeError("Object of type " + t.name + " is not JSON serializable");
            mark(o);
            Object v = Ops.call(dflt, o);
            Refs.incref(v);
            try {
                encode(v, level);
            } finally {
                Refs.decref(v);
            }
            unmark(o);
        }

        String key(Object k) {
            if (k instanceof PyBoxed bx) k = bx.value;
            if (k instanceof String s) return s;
            if (k instanceof Boolean b) return b ? "true" : "false";
            if (k instanceof Double d) return floatStr(d);
            if (k instanceof Long || k instanceof BigInteger) return k.toString();
            if (k == Py.None) return "null";
            PyType t = Ops.typeOf(k);
            if (t.isSubtypeOf(PyType.STR)) return Ops.str(k);
            if (t.isSubtypeOf(PyType.INT)) return Ops.call(PyType.INT, k).toString();
            if (t.isSubtypeOf(PyType.FLOAT)) return floatStr(Ops.asDouble(k));
            if (skipkeys) return null;
            throw Py.TypeError("keys must be str, int, float, bool or None, not " + t.name);
        }

        void encodeDict(PyDict d, int level) {
            if (d.size() == 0) { sb.append("{}"); return; }
            mark(d);
            List<Object[]> items = new ArrayList<>();
            for (int i = 0; i < d.positions(); i++) {
                Object k = d.keyAt(i);
                if (k == null) continue;
                items.add(new Object[] {k, d.valueAt(i)});
            }
            if (sortKeys) {
                items.sort((x, y) -> Compare.lt(x[0], y[0]) ? -1 : Compare.lt(y[0], x[0]) ? 1 : 0);
            }
            sb.append('{');
            if (indent != null) newline(level + 1);
            boolean first = true;
            for (Object[] kv : items) {
                String ks = key(kv[0]);
                if (ks == null) continue;
                if (!first) {
                    sb.append(itemSep);
                    if (indent != null) newline(level + 1);
                }
                first = false;
                quote(sb, ks, ensureAscii);
                sb.append(keySep);
                encode(kv[1], level + 1);
            }
            if (indent != null) newline(level);
            sb.append('}');
            unmark(d);
        }
    }

    // ---- decoding ---------------------------------------------------------------------------

    /** Thrown inside the scanner where CPython raises StopIteration(idx): "Expecting value" at idx. */
    static final class Stop extends RuntimeException {
        final int idx;
        Stop(int idx) { super(null, null, false, false); this.idx = idx; }
    }

    static final class Decoder {
        final String s;
        final int len;
        final Object errorCls;
        boolean strict = true;
        Object objectHook, pairsHook, parseFloat, parseInt, parseConstant;
        int end;
        int depth;

        Decoder(String s, Object errorCls) {
            this.s = s;
            this.len = s.length();
            this.errorCls = errorCls;
        }

        PyException error(String msg, int pos) {
            Object e = Ops.call(errorCls, msg, s, (long) pos);
            if (e instanceof PyBaseException be) return be.raise();
            return Py.ValueError(msg);
        }

        int ws(int i) {
            while (i < len) {
                char c = s.charAt(i);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
                i++;
            }
            return i;
        }

        /** The value at idx; sets end. "Expecting value" when there is none. */
        Object value(int idx) {
            try {
                return scan(idx);
            } catch (Stop st) {
                throw error("Expecting value", st.idx);
            }
        }

        Object scan(int idx) {
            if (idx >= len) throw new Stop(idx);
            char c = s.charAt(idx);
            switch (c) {
                case '"': return string(idx + 1);
                case '{':
                    if (++depth > 900) throw Py.raise(Exc.RecursionError, "maximum recursion depth exceeded while decoding a JSON object from a unicode string");
                    try { return object(idx + 1); } finally { depth--; }
                case '[':
                    if (++depth > 900) throw Py.raise(Exc.RecursionError, "maximum recursion depth exceeded while decoding a JSON array from a unicode string");
                    try { return array(idx + 1); } finally { depth--; }
                case 'n':
                    if (s.startsWith("null", idx)) { end = idx + 4; return Py.None; }
                    break;
                case 't':
                    if (s.startsWith("true", idx)) { end = idx + 4; return Boolean.TRUE; }
                    break;
                case 'f':
                    if (s.startsWith("false", idx)) { end = idx + 5; return Boolean.FALSE; }
                    break;
                case 'N':
                    if (s.startsWith("NaN", idx)) { end = idx + 3; return constant("NaN", Double.NaN); }
                    break;
                case 'I':
                    if (s.startsWith("Infinity", idx)) { end = idx + 8; return constant("Infinity", Double.POSITIVE_INFINITY); }
                    break;
                case '-':
                    if (s.startsWith("-Infinity", idx)) { end = idx + 9; return constant("-Infinity", Double.NEGATIVE_INFINITY); }
                    break;
                default: break;
            }
            return number(idx);
        }

        Object constant(String name, double v) {
            return parseConstant != null ? Ops.call(parseConstant, name) : (Object) v;
        }

        Object number(int start) {
            int idx = start;
            int endIdx = len - 1;
            if (s.charAt(idx) == '-') {
                idx++;
                if (idx > endIdx) throw new Stop(start);
            }
            char c = s.charAt(idx);
            if (c >= '1' && c <= '9') {
                idx++;
                while (idx <= endIdx && isDigit(s.charAt(idx))) idx++;
            } else if (c == '0') {
                idx++;
            } else {
                throw new Stop(start);
            }
            boolean isFloat = false;
            if (idx < endIdx && s.charAt(idx) == '.' && isDigit(s.charAt(idx + 1))) {
                isFloat = true;
                idx += 2;
                while (idx <= endIdx && isDigit(s.charAt(idx))) idx++;
            }
            if (idx < endIdx && (s.charAt(idx) == 'e' || s.charAt(idx) == 'E')) {
                int eStart = idx;
                idx++;
                if (idx < endIdx && (s.charAt(idx) == '-' || s.charAt(idx) == '+')) idx++;
                while (idx <= endIdx && isDigit(s.charAt(idx))) idx++;
                if (isDigit(s.charAt(idx - 1))) isFloat = true;
                else idx = eStart;
            }
            String num = s.substring(start, idx);
            end = idx;
            if (isFloat) {
                if (parseFloat != null) return Ops.call(parseFloat, num);
                return Double.parseDouble(num);
            }
            if (parseInt != null) return Ops.call(parseInt, num);
            if (num.length() < 18) return Long.parseLong(num);
            return IntOps.norm(new BigInteger(num));
        }

        static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

        /** A string whose opening quote is at begin - 1. */
        String string(int begin) {
            StringBuilder sb = null;
            int next = begin;
            int chunkStart = begin;
            for (;;) {
                char c = 0;
                int i = next;
                for (; i < len; i++) {
                    c = s.charAt(i);
                    if (c == '"' || c == '\\') break;
                    if (c <= 0x1f && strict) throw error("Invalid control character at", i);
                }
                if (i >= len) throw error("Unterminated string starting at", begin - 1);
                if (c == '"') {
                    end = i + 1;
                    if (sb == null) return s.substring(chunkStart, i);
                    sb.append(s, chunkStart, i);
                    return sb.toString();
                }
                if (sb == null) sb = new StringBuilder();
                sb.append(s, chunkStart, i);
                next = i + 1;
                if (next >= len) throw error("Unterminated string starting at", begin - 1);
                c = s.charAt(next);
                if (c != 'u') {
                    int e2 = next + 1;
                    char r;
                    switch (c) {
                        case '"': r = '"'; break;
                        case '\\': r = '\\'; break;
                        case '/': r = '/'; break;
                        case 'b': r = '\b'; break;
                        case 'f': r = '\f'; break;
                        case 'n': r = '\n'; break;
                        case 'r': r = '\r'; break;
                        case 't': r = '\t'; break;
                        default: throw error("Invalid \\escape", e2 - 2);
                    }
                    sb.append(r);
                    next = e2;
                } else {
                    next++;
                    int e2 = next + 4;
                    if (e2 >= len) throw error("Invalid \\uXXXX escape", next - 1);
                    int u = hex4(next, e2);
                    next = e2;
                    if (Character.isHighSurrogate((char) u) && e2 + 6 < len && s.charAt(next) == '\\' && s.charAt(next + 1) == 'u') {
                        int e3 = e2 + 6;
                        int u2 = hex4(next + 2, e3);
                        if (Character.isLowSurrogate((char) u2)) {
                            sb.append((char) u).append((char) u2);
                            next = e3;
                        } else {
                            sb.append((char) u);
                        }
                    } else {
                        sb.append((char) u);
                    }
                }
                chunkStart = next;
            }
        }

        int hex4(int from, int to) {
            int u = 0;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                int d = Character.digit(c, 16);
                if (d < 0 || c > 0x7f) throw error("Invalid \\uXXXX escape", to - 5);
                u = u * 16 + d;
            }
            return u;
        }

        Object object(int idx) {
            int endIdx = len - 1;
            List<Object[]> pairs = new ArrayList<>();
            idx = ws(idx);
            if (idx > endIdx || s.charAt(idx) != '}') {
                for (;;) {
                    if (idx > endIdx || s.charAt(idx) != '"') throw error("Expecting property name enclosed in double quotes", idx);
                    String key = string(idx + 1);
                    idx = ws(end);
                    if (idx > endIdx || s.charAt(idx) != ':') throw error("Expecting ':' delimiter", idx);
                    idx = ws(idx + 1);
                    Object v = scan(idx);
                    Refs.incref(v);
                    pairs.add(new Object[] {key, v});
                    idx = ws(end);
                    if (idx <= endIdx && s.charAt(idx) == '}') break;
                    if (idx > endIdx || s.charAt(idx) != ',') throw error("Expecting ',' delimiter", idx);
                    idx = ws(idx + 1);
                }
            }
            end = idx + 1;
            int after = end;
            Object result;
            if (pairsHook != null) {
                Object[] tuples = new Object[pairs.size()];
                for (int i = 0; i < tuples.length; i++) tuples[i] = PyTuple.of(pairs.get(i));
                PyList l = new PyList(tuples, tuples.length);
                for (Object[] p : pairs) Refs.decref(p[1]);
                result = Ops.call(pairsHook, l);
            } else {
                PyDict d = new PyDict();
                for (Object[] p : pairs) {
                    d.put(p[0], p[1]);
                    Refs.decref(p[1]);
                }
                result = objectHook != null ? Ops.call(objectHook, d) : d;
            }
            end = after;
            return result;
        }

        Object array(int idx) {
            int endIdx = len - 1;
            PyList l = new PyList();
            idx = ws(idx);
            if (idx > endIdx || s.charAt(idx) != ']') {
                for (;;) {
                    Object v = scan(idx);
                    l.append(v);
                    idx = ws(end);
                    if (idx <= endIdx && s.charAt(idx) == ']') break;
                    if (idx > endIdx || s.charAt(idx) != ',') throw error("Expecting ',' delimiter", idx);
                    idx = ws(idx + 1);
                }
            }
            end = idx + 1;
            return l;
        }
    }
}
