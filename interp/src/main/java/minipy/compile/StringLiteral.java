package minipy.compile;

import org.antlr.v4.runtime.Token;

/**
 * One STRING token taken apart: its prefix flags and the raw text between the quotes, plus the
 * escape-sequence decoder shared with f-string literal parts.
 */
final class StringLiteral {
    final boolean raw;
    final boolean bytes;
    final boolean fstring;
    /** The text between the quotes, escapes not yet processed. */
    final String body;
    /** Position of the first character of {@link #body}. */
    final int bodyLine;
    final int bodyCol;
    final Token token;

    StringLiteral(Token token) {
        this.token = token;
        String text = token.getText();
        int prefix = 0;
        boolean r = false, b = false, f = false;
        for (char c; (c = Character.toLowerCase(text.charAt(prefix))) != '\'' && c != '"'; prefix++) {
            r |= c == 'r';
            b |= c == 'b';
            f |= c == 'f';
        }
        raw = r;
        bytes = b;
        fstring = f;
        int quote = text.startsWith("'''", prefix) || text.startsWith("\"\"\"", prefix) ? 3 : 1;
        body = text.substring(prefix + quote, text.length() - quote);
        bodyLine = token.getLine();
        bodyCol = token.getCharPositionInLine() + prefix + quote;
    }

    /** The value of a plain (non-f) string: a String, or for bytes a String of chars 0..255. */
    String value(Source source) {
        if (bytes) {
            for (int i = 0; i < body.length(); i++) {
                if (body.charAt(i) > 127) {
                    throw source.syntaxError("bytes can only contain ASCII literal characters",
                            token.getLine(), token.getCharPositionInLine());
                }
            }
        }
        return raw ? body : decode(body, bytes, source, token);
    }

    /** Processes backslash escapes as CPython's unicode_escape / escape_decode do. */
    static String decode(String s, boolean bytes, Source source, Token where) {
        int i = s.indexOf('\\');
        if (i < 0) return s;
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, i);
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                i++;
            } else {
                i = escape(s, i, out, bytes, source, where);
            }
        }
        return out.toString();
    }

    /** Decodes the escape at {@code s[i] == '\\'} into {@code out}; returns the index after it. */
    private static int escape(String s, int i, StringBuilder out, boolean bytes, Source source, Token where) {
        char c = s.charAt(i + 1);
        switch (c) {
            case '\n': return i + 2;
            case '\\': case '\'': case '"': out.append(c); return i + 2;
            case 'a': out.append('\u0007'); return i + 2;
            case 'b': out.append('\b'); return i + 2;
            case 'f': out.append('\f'); return i + 2;
            case 'n': out.append('\n'); return i + 2;
            case 'r': out.append('\r'); return i + 2;
            case 't': out.append('\t'); return i + 2;
            case 'v': out.append('\u000b'); return i + 2;
            case 'x': return hex(s, i, 2, out, source, where, bytes ? null : "truncated \\xXX escape");
            default: break;
        }
        if (c >= '0' && c <= '7') return octal(s, i, out, bytes);
        if (!bytes && c == 'u') return hex(s, i, 4, out, source, where, "truncated \\uXXXX escape");
        if (!bytes && c == 'U') return hex(s, i, 8, out, source, where, "truncated \\UXXXXXXXX escape");
        if (!bytes && c == 'N') return named(s, i, out, source, where);
        out.append('\\').append(c);
        return i + 2;
    }

    private static int octal(String s, int i, StringBuilder out, boolean bytes) {
        int end = i + 1;
        int value = 0;
        while (end < s.length() && end < i + 4 && s.charAt(end) >= '0' && s.charAt(end) <= '7') {
            value = value * 8 + (s.charAt(end++) - '0');
        }
        out.appendCodePoint(bytes ? value & 0xFF : value);
        return end;
    }

    /**
     * A \\x, \\u or \\U escape of exactly {@code digits} hex digits; {@code truncated} is the
     * unicode_escape complaint when they are missing (null for bytes, which word it differently).
     */
    private static int hex(String s, int i, int digits, StringBuilder out, Source source, Token where,
                           String truncated) {
        int start = i + 2;
        int value = 0;
        for (int k = start; k < start + digits; k++) {
            int d = k < s.length() ? Character.digit(s.charAt(k), 16) : -1;
            if (d < 0) {
                String msg = truncated == null ? "(value error) invalid \\x escape at position " + i
                        : unicodeError(i, k - 1, truncated);
                throw decodeError(msg, source, where);
            }
            value = value * 16 + d;
        }
        if (value > Character.MAX_CODE_POINT || value < 0) {
            throw decodeError(unicodeError(i, start + digits - 1, "illegal Unicode character"), source, where);
        }
        out.appendCodePoint(value);
        return start + digits;
    }

    private static int named(String s, int i, StringBuilder out, Source source, Token where) {
        int close = s.indexOf('}', i);
        if (i + 2 >= s.length() || s.charAt(i + 2) != '{' || close < 0) {
            throw decodeError(unicodeError(i, Math.min(i + 2, s.length() - 1), "malformed \\N character escape"),
                    source, where);
        }
        try {
            out.appendCodePoint(Character.codePointOf(s.substring(i + 3, close)));
        } catch (IllegalArgumentException e) {
            throw decodeError(unicodeError(i, close, "unknown Unicode character name"), source, where);
        }
        return close + 1;
    }

    private static String unicodeError(int from, int to, String what) {
        return "(unicode error) 'unicodeescape' codec can't decode bytes in position " + from + "-" + to + ": " + what;
    }

    private static CompileError decodeError(String msg, Source source, Token where) {
        int endCol = where.getCharPositionInLine() + where.getText().length();
        return source.syntaxError(msg, where.getLine(), where.getText().indexOf('\n') < 0 ? endCol : where.getCharPositionInLine());
    }
}
