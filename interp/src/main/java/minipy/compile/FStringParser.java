package minipy.compile;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Splits the body of one f-string token into Constant(String) and FormattedValue parts, with
 * CPython 3.11's rules (before PEP 701): a field is {@code {expr[=][!conv][:spec]}}, the spec may
 * hold nested fields one level deep, {@code {{ }}} are literal braces, and the expression may not
 * contain a backslash or '#'. The expression text is parsed as {@code (expr)} by {@link Parser}.
 */
final class FStringParser {
    private final StringLiteral literal;
    private final Source source;
    private final String s;
    private int i;

    private FStringParser(StringLiteral literal, Source source) {
        this.literal = literal;
        this.source = source;
        this.s = literal.body;
    }

    /** The parts of {@code literal}, appended to {@code out} (adjacent constants are merged later). */
    static void parse(StringLiteral literal, Source source, List<Ast.Expr> out) {
        FStringParser p = new FStringParser(literal, source);
        p.parts(0, out);
        if (p.i < p.s.length()) throw p.error("f-string: single '}' is not allowed");
    }

    /**
     * Literal text and fields up to the end, or (inside a format spec) up to an unmatched '}'.
     * Doubled braces are literal only at the top level, as in CPython's fstring_find_literal.
     */
    private void parts(int nesting, List<Ast.Expr> out) {
        StringBuilder text = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '{' && at(i + 1, '{') && nesting == 0) {
                text.append('{');
                i += 2;
            } else if (c == '{') {
                flush(text, out);
                field(nesting, out);
            } else if (c == '}' && at(i + 1, '}') && nesting == 0) {
                text.append('}');
                i += 2;
            } else if (c == '}') {
                if (nesting == 0) throw error("f-string: single '}' is not allowed");
                break;
            } else if (c == '\\' && !literal.raw && at(i + 1, 'N') && at(i + 2, '{')) {
                int close = s.indexOf('}', i);
                int end = close < 0 ? s.length() : close + 1;
                text.append(s, i, end);
                i = end;
            } else {
                text.append(c);
                i++;
            }
        }
        flush(text, out);
    }

    private void flush(StringBuilder text, List<Ast.Expr> out) {
        if (text.length() == 0) return;
        String raw = text.toString();
        String value = literal.raw ? raw : StringLiteral.decode(raw, false, source, literal.token);
        out.add(new Ast.Constant(literal.token.getLine(), literal.token.getCharPositionInLine(), value));
        text.setLength(0);
    }

    /**
     * One replacement field; {@code i} is at its '{'. A self-documenting {@code {x=}} adds the
     * text "x=" as a constant first.
     */
    private void field(int nesting, List<Ast.Expr> out) {
        if (nesting >= 2) throw error("f-string: expressions nested too deeply");
        int open = i++;
        int start = i;
        int end = expressionEnd();
        String exprText = s.substring(start, end);
        if (exprText.isBlank()) throw error("f-string: empty expression not allowed");
        Ast.Expr value = Parser.fieldExpression(source, exprText, lineAt(start), colAt(start));
        boolean selfDoc = at(i, '=');
        if (selfDoc) {
            i++;
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
            out.add(new Ast.Constant(lineAt(open), colAt(open), s.substring(start, i)));
        }
        int conversion = conversion();
        Ast.Expr spec = null;
        if (at(i, ':')) {
            i++;
            List<Ast.Expr> specParts = new ArrayList<>();
            parts(nesting + 1, specParts);
            spec = new Ast.JoinedStr(lineAt(open), colAt(open), mergeConstants(specParts));
        }
        if (!at(i, '}')) throw error("f-string: expecting '}'");
        i++;
        if (selfDoc && conversion == 0 && spec == null) conversion = 'r';
        out.add(new Ast.FormattedValue(lineAt(open), colAt(open), value, conversion, spec));
    }

    /**
     * Scans the expression of a field, skipping nested brackets and quoted strings, and stops
     * before the '}', '!', ':' or '=' that ends it at bracket depth 0.
     */
    private int expressionEnd() {
        int depth = 0;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') throw error("f-string expression part cannot include a backslash");
            if (c == '#') throw error("f-string expression part cannot include '#'");
            if (c == '\'' || c == '"') {
                i = skipString(i) - 1;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (depth == 0 && endsExpression(c)) {
                return i;
            }
        }
        throw error("f-string: expecting '}'");
    }

    private boolean endsExpression(char c) {
        char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
        char prev = i > 0 ? s.charAt(i - 1) : 0;
        return switch (c) {
            case '}', ':' -> true;
            case '!' -> next != '=';
            case '=' -> next != '=' && "=!<>".indexOf(prev) < 0;
            default -> false;
        };
    }

    /** Index after the string literal starting at {@code start} (inside the field expression). */
    private int skipString(int start) {
        char q = s.charAt(start);
        boolean triple = at(start + 1, q) && at(start + 2, q);
        String close = triple ? String.valueOf(q).repeat(3) : String.valueOf(q);
        int end = s.indexOf(close, start + close.length());
        if (end < 0) throw error("f-string: unterminated string");
        if (s.substring(start, end).indexOf('\\') >= 0) {
            throw error("f-string expression part cannot include a backslash");
        }
        return end + close.length();
    }

    private int conversion() {
        if (!at(i, '!')) return 0;
        char c = i + 1 < s.length() ? s.charAt(i + 1) : 0;
        if (c != 's' && c != 'r' && c != 'a') {
            throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
        i += 2;
        return c;
    }

    /** Joins adjacent string constants and drops empty ones, as CPython does for JoinedStr values. */
    static List<Ast.Expr> mergeConstants(List<Ast.Expr> parts) {
        List<Ast.Expr> merged = new ArrayList<>(parts.size());
        for (Ast.Expr part : parts) {
            int last = merged.size() - 1;
            if (part instanceof Ast.Constant c && c.value() instanceof String text) {
                if (text.isEmpty()) continue;
                if (last >= 0 && merged.get(last) instanceof Ast.Constant p && p.value() instanceof String prev) {
                    merged.set(last, new Ast.Constant(p.line(), p.col(), prev + text));
                    continue;
                }
            }
            merged.add(part);
        }
        return merged;
    }

    private boolean at(int k, char c) {
        return k < s.length() && s.charAt(k) == c;
    }

    private int lineAt(int k) {
        int line = literal.bodyLine;
        for (int j = 0; j < k; j++) if (s.charAt(j) == '\n') line++;
        return line;
    }

    private int colAt(int k) {
        int lineStart = s.lastIndexOf('\n', k - 1);
        return lineStart < 0 ? literal.bodyCol + k : k - lineStart - 1;
    }

    /** Like CPython 3.11, f-string scanning errors point just past the string token. */
    private CompileError error(String msg) {
        Token t = literal.token;
        String text = t.getText();
        int newline = text.lastIndexOf('\n');
        int endLine = t.getLine() + (int) text.chars().filter(c -> c == '\n').count();
        int endCol = newline < 0 ? t.getCharPositionInLine() + text.length() : text.length() - newline - 1;
        return source.syntaxError(msg, endLine, endCol);
    }
}
