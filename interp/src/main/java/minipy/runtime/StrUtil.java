package minipy.runtime;

/** Small str helpers used across the runtime: repr, length in code points, repetition. */
public final class StrUtil {
    private StrUtil() {}

    public static int length(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (Character.isSurrogate(s.charAt(i))) return s.codePointCount(0, n);
        }
        return n;
    }

    public static String repeat(String s, long n) {
        if (n <= 0 || s.isEmpty()) return "";
        if (n * s.length() > Integer.MAX_VALUE - 16) throw new PyBaseException(Exc.MemoryError).raise();
        return s.repeat((int) n);
    }

    public static String repr(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0, hasDouble = s.indexOf('"') >= 0;
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(q);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == q || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else if (c < 0x20 || c == 0x7f) sb.append(String.format("\\x%02x", c));
            else if (c >= 0x80 && !isPrintable(c)) {
                if (c <= 0xff) sb.append(String.format("\\x%02x", c));
                else if (c <= 0xffff) sb.append(String.format("\\u%04x", c));
                else sb.append(String.format("\\U%08x", c));
            } else sb.appendCodePoint(c);
        }
        return sb.append(q).toString();
    }

    /** Approximates Python's str.isprintable for one code point. */
    public static boolean isPrintable(int c) {
        if (c == ' ') return true;
        int t = Character.getType(c);
        switch (t) {
            case Character.CONTROL: case Character.FORMAT: case Character.SURROGATE: case Character.PRIVATE_USE:
            case Character.UNASSIGNED: case Character.LINE_SEPARATOR: case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    public static String bytesRepr(byte[] b) {
        boolean hasSingle = false, hasDouble = false;
        for (byte x : b) { if (x == '\'') hasSingle = true; if (x == '"') hasDouble = true; }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(q);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == q || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else if (c < 0x20 || c >= 0x7f) sb.append(String.format("\\x%02x", c));
            else sb.append((char) c);
        }
        return sb.append(q).toString();
    }
}
