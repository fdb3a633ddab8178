package minipy.runtime;

import minipy.vm.ThreadState;

/** Formats exceptions as CPython's traceback module does, including chained exceptions. */
public final class Tracebacks {
    private Tracebacks() {}

    public static String format(PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        format(e, sb, new java.util.IdentityHashMap<>());
        return sb.toString();
    }

    private static void format(PyBaseException e, StringBuilder sb, java.util.IdentityHashMap<Object, Boolean> seen) {
        seen.put(e, Boolean.TRUE);
        if (e.cause != null && !seen.containsKey(e.cause)) {
            format(e.cause, sb, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e.context != null && !e.suppressContext && !seen.containsKey(e.context)) {
            format(e.context, sb, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        if (e.traceback != null) {
            sb.append("Traceback (most recent call last):\n");
            for (Traceback t = e.traceback; t != null; t = t.next) {
                sb.append("  File \"").append(t.filename).append("\", line ").append(t.line).append(", in ").append(t.function).append('\n');
                String src = sourceLine(t.filename, t.line);
                if (src != null && !src.isBlank()) sb.append("    ").append(src.strip()).append('\n');
            }
        }
        sb.append(lastLine(e)).append('\n');
        Object notes = e.dict.getStr("__notes__");
        if (notes instanceof PyList nl) {
            for (Object n : nl.toArray()) sb.append(n instanceof String ns ? ns : Ops.strOrEmpty(n)).append('\n');
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
