package minipy.modules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import minipy.runtime.*;
import minipy.vm.Interp;

/**
 * _sre: the regular-expression engine behind stdlib re.py, on java.util.regex. A Python pattern
 * is translated (named groups become plain numbered ones, their names kept aside; (?P=name),
 * \Z, {,n}); matching returns the span of every group.
 */
final class SreModule {
    private SreModule() {}

    static final int I = 2, M = 8, S = 16, X = 64, A = 256;

    /** A compiled pattern. */
    static final class JPattern extends PyObject {
        final Pattern p;
        JPattern(Pattern p) { this.p = p; immortal(); }
        @Override public PyType type() { return PyType.OBJECT; }
    }

    static PyModule create(Interp interp) {
        PyModule m = new PyModule("_sre");
        // compile(pattern, flags) -> (handle, ngroups, ((name, index), ...)); ValueError(message) when invalid
        m.def("compile", (a, k) -> {
            String src = (String) a[0];
            int flags = (int) Ops.asIndex(a[1]);
            java.util.List<Object> names = new java.util.ArrayList<>();
            String jsrc = translate(src, names);
            int jf = 0;
            if ((flags & A) == 0) jf |= Pattern.UNICODE_CHARACTER_CLASS;
            if ((flags & I) != 0) jf |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            if ((flags & M) != 0) jf |= Pattern.MULTILINE;
            if ((flags & S) != 0) jf |= Pattern.DOTALL;
            if ((flags & X) != 0) jf |= Pattern.COMMENTS;
            Pattern p;
            try {
                p = Pattern.compile(jsrc, jf);
            } catch (PatternSyntaxException e) {
                String d = e.getDescription();
                throw Py.ValueError(d + (e.getIndex() >= 0 ? " at position " + e.getIndex() : ""));
            }
            int ng = p.matcher("").groupCount();
            return PyTuple.of(new JPattern(p), (long) ng, PyTuple.of(names.toArray()));
        });
        // scan(handle, string, pos, endpos, mode): mode 0 search, 1 match, 2 fullmatch -> spans or None
        m.def("scan", (a, k) -> {
            Matcher mt = matcher(a);
            int mode = (int) Ops.asIndex(a[4]);
            boolean ok = mode == 0 ? mt.find() : mode == 1 ? mt.lookingAt() : mt.matches();
            return ok ? spans(mt) : Py.None;
        });
        // scanall(handle, string, pos, endpos) -> [spans, ...] of successive non-overlapping matches
        m.def("scanall", (a, k) -> {
            Matcher mt = matcher(a);
            PyList out = new PyList();
            while (mt.find()) out.append(spans(mt));
            return out;
        });
        return m;
    }

    private static Matcher matcher(Object[] a) {
        JPattern jp = (JPattern) a[0];
        String s = (String) a[1];
        int n = s.length();
        int pos = (int) Math.max(0, Math.min(n, Ops.asIndex(a[2])));
        int end = (int) Math.max(pos, Math.min(n, Ops.asIndex(a[3])));
        Matcher mt = jp.p.matcher(end < n ? s.substring(0, end) : s);
        mt.useTransparentBounds(true);
        mt.useAnchoringBounds(false);
        mt.region(pos, end);
        return mt;
    }

    private static PyTuple spans(Matcher mt) {
        int g = mt.groupCount();
        Object[] r = new Object[2 * (g + 1)];
        for (int i = 0; i <= g; i++) {
            r[2 * i] = (long) mt.start(i);
            r[2 * i + 1] = (long) mt.end(i);
        }
        return new PyTuple(r);
    }

    /** Python pattern syntax to Java's; names gets (name, group number) pairs. */
    static String translate(String src, java.util.List<Object> names) {
        StringBuilder sb = new StringBuilder();
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        int group = 0;
        boolean inClass = false;
        int n = src.length();
        for (int i = 0; i < n; i++) {
            char c = src.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char d = src.charAt(i + 1);
                if (d == 'Z' && !inClass) sb.append("\\z");
                else sb.append(c).append(d);
                i++;
                continue;
            }
            if (inClass) {
                if (c == ']' ) inClass = false;
                else if (c == '[') { sb.append("\\["); continue; }
                else if (c == '&' && i + 1 < n && src.charAt(i + 1) == '&') { sb.append("&\\&"); i++; continue; }
                sb.append(c);
                continue;
            }
            if (c == '[') {
                inClass = true;
                sb.append(c);
                if (i + 1 < n && src.charAt(i + 1) == '^') { sb.append('^'); i++; }
                if (i + 1 < n && src.charAt(i + 1) == ']') { sb.append("\\]"); i++; }
                continue;
            }
            if (c == '(') {
                if (src.startsWith("(?P<", i)) {
                    int close = src.indexOf('>', i);
                    String name = src.substring(i + 4, close);
                    group++;
                    if (index.containsKey(name)) throw Py.ValueError("redefinition of group name '" + name + "' as group " + group + "; was group " + index.get(name) + " at position " + i);
                    index.put(name, group);
                    names.add(PyTuple.of(name, (long) group));
                    sb.append('(');
                    i = close;
                    continue;
                }
                if (src.startsWith("(?P=", i)) {
                    int close = src.indexOf(')', i);
                    String name = src.substring(i + 4, close);
                    Integer g = index.get(name);
                    if (g == null) throw Py.ValueError("unknown group name '" + name + "' at position " + (i + 4));
                    sb.append("(?:\\").append(g).append(')');
                    i = close;
                    continue;
                }
                if (i + 1 < n && src.charAt(i + 1) == '?') {
                    // (?<name>...) in Java is a named group; in Python (?<= / (?<! are lookbehinds, same as Java
                    sb.append(c);
                    continue;
                }
                group++;
                sb.append(c);
                continue;
            }
            if (c == '{' && i + 1 < n && src.charAt(i + 1) == ',') {
                int close = src.indexOf('}', i);
                if (close > 0 && src.substring(i + 2, close).chars().allMatch(Character::isDigit) && close > i + 2) {
                    sb.append("{0,").append(src, i + 2, close).append('}');
                    i = close;
                    continue;
                }
                sb.append("\\{");
                continue;
            }
            if (c == '{') {
                int close = src.indexOf('}', i);
                String body = close > 0 ? src.substring(i + 1, close) : "";
                if (close < 0 || !body.matches("\\d+(,\\d*)?")) { sb.append("\\{"); continue; }
            }
            if (c == '}') {
                int open = sb.lastIndexOf("{");
                boolean quant = open >= 0 && sb.substring(open + 1).matches("\\d+(,\\d*)?") && (open == 0 || sb.charAt(open - 1) != '\\');
                if (!quant) { sb.append("\\}"); continue; }
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
