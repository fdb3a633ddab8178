package minipy.runtime;

import minipy.vm.ThreadState;

/** Formats exceptions as CPython's traceback module does, including chained exceptions. */
public final class Tracebacks {
    private Tracebacks() {}

    public static String format(PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        new Ctx(sb).format(e);
        return sb.toString();
    }

    /** The sub-exceptions of an exception group (stdlib/_excgroup.py), or null. */
    static Object[] groupMembers(PyBaseException e) {
        boolean group = false;
        for (PyType t : e.type().mro) if (t.name.equals("BaseExceptionGroup") && t.module.equals("builtins")) { group = true; break; }
        if (!group) return null;
        return e.dict.getStr("_exceptions") instanceof PyTuple tu ? tu.items.clone() : null;
    }

    /** CPython's traceback._ExceptionPrintContext: exception groups print as nested, margined boxes. */
    private static final class Ctx {
        final StringBuilder sb;
        final java.util.IdentityHashMap<Object, Boolean> seen = new java.util.IdentityHashMap<>();
        int depth;
        boolean needClose;

        Ctx(StringBuilder sb) { this.sb = sb; }

        String indent() { return " ".repeat(2 * depth); }

        void emit(String text, char margin) {
            String prefix = depth > 0 ? indent() + margin + " " : "";
            String[] lines = text.split("\n", -1);
            int n = lines.length;
            if (n > 0 && lines[n - 1].isEmpty()) n--;
            for (int i = 0; i < n; i++) sb.append(prefix).append(lines[i]).append('\n');
        }

        void emit(String text) { emit(text, '|'); }

        void format(PyBaseException top) {
            java.util.List<Object[]> chain = new java.util.ArrayList<>();
            PyBaseException e = top;
            String msg = null;
            while (e != null) {
                seen.put(e, Boolean.TRUE);
                chain.add(new Object[] {msg, e});
                if (e.cause != null && !seen.containsKey(e.cause)) {
                    msg = "\nThe above exception was the direct cause of the following exception:\n\n";
                    e = e.cause;
                } else if (e.context != null && !e.suppressContext && !seen.containsKey(e.context)) {
                    msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
                    e = e.context;
                } else {
                    e = null;
                }
            }
            for (int i = chain.size() - 1; i >= 0; i--) {
                PyBaseException x = (PyBaseException) chain.get(i)[1];
                if (i < chain.size() - 1) {
                    String m = (String) chain.get(i + 1)[0];
                    if (depth == 0) sb.append(m); else emit(m);
                }
                one(x);
            }
        }

        private String stack(PyBaseException e) {
            StringBuilder st = new StringBuilder();
            for (Traceback t = e.traceback; t != null; t = t.next) {
                st.append("  File \"").append(t.filename).append("\", line ").append(t.line).append(", in ").append(t.function).append('\n');
                String src = sourceLine(t.filename, t.line);
                if (src != null && !src.isBlank()) st.append("    ").append(src.strip()).append('\n');
            }
            return st.toString();
        }

        private String only(PyBaseException e) {
            StringBuilder o = new StringBuilder();
            o.append(lastLine(e)).append('\n');
            Object notes = e.dict.getStr("__notes__");
            if (notes instanceof PyList nl) {
                for (Object n : nl.toArray()) o.append(n instanceof String ns ? ns : Ops.strOrEmpty(n)).append('\n');
            }
            return o.toString();
        }

        private void out(String text) { if (depth == 0) sb.append(text); else emit(text); }

        private void one(PyBaseException e) {
            Object[] members = groupMembers(e);
            if (members == null) {
                if (e.traceback != null) { out("Traceback (most recent call last):\n"); out(stack(e)); }
                out(only(e));
                return;
            }
            if (depth > 10) {
                emit("... (max_group_depth is 10)\n");
                return;
            }
            boolean top = depth == 0;
            if (top) depth++;
            if (e.traceback != null) {
                emit("Exception Group Traceback (most recent call last):\n", top ? '+' : '|');
                emit(stack(e));
            }
            emit(only(e));
            int n = members.length <= 15 ? members.length : 16;
            needClose = false;
            for (int i = 0; i < n; i++) {
                if (i == n - 1) needClose = true;
                boolean truncated = i >= 15;
                String title = truncated ? "..." : String.valueOf(i + 1);
                sb.append(indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ").append(title).append(" ----------------\n");
                depth++;
                if (!truncated) {
                    if (members[i] instanceof PyBaseException sub) format(sub);
                } else {
                    int rest = members.length - 15;
                    emit("and " + rest + " more exception" + (rest > 1 ? "s" : "") + "\n");
                }
                if (i == n - 1 && needClose) {
                    sb.append(indent()).append("+------------------------------------\n");
                    needClose = false;
                }
                depth--;
            }
            if (top) depth = 0;
        }
    }

    /** "Type: message", with SyntaxError's location block. */
    public static String lastLine(PyBaseException e) {
        PyType t = e.type();
        if (t.isSubtypeOf(Exc.SyntaxError) && e.extra instanceof Object[] f) {
            StringBuilder sb = new StringBuilder();
            sb.append("  File \"").append(f[0]).append("\", line ").append(f[1]).append('\n');
            if (f[3] instanceof String text) {
                String stripped = text.stripLeading();
                int cut = text.length() - stripped.length();
                String line = stripped.stripTrailing();
                sb.append("    ").append(line).append('\n');
                long off = f[2] instanceof Long l ? l : 1;
                int caret = (int) Math.max(1, Math.min(off - cut, line.length() + 1));
                sb.append("    ").append(" ".repeat(caret - 1)).append("^\n");
            }
            sb.append(t.name).append(": ").append(Ops.str(e.args.size() > 0 ? e.args.get(0) : ""));
            return sb.toString();
        }
        String name = t.module.equals("builtins") || t.module.equals("__main__") ? t.qualname : t.module + "." + t.qualname;
        String msg = Ops.strOrEmpty(e);
        if (e.suggestion != null) msg = msg + ". Did you mean: '" + e.suggestion + "'?";
        return msg.isEmpty() ? name : name + ": " + msg;
    }

    static String sourceLine(String filename, int line) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null) return null;
        return ts.interp.sourceLine(filename, line);
    }
}
