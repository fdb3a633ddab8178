package minipy.compile;

import java.text.Normalizer;
import java.util.ArrayDeque;
import minipy.compile.antlr.PythonLexer;
import minipy.compile.antlr.PythonParser;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;

/**
 * The part of CPython's tokenizer that a context-free lexer cannot do, between {@link PythonLexer}
 * and the parser:
 * <ul>
 *   <li>NEWLINE is dropped inside brackets and at the end of blank or comment-only lines, so the
 *       parser sees one NEWLINE per logical line, and one more at the end of a file that lacks it;
 *   <li>the leading whitespace of each logical line becomes INDENT / DEDENT tokens, measured with
 *       tab stops of 8 and checked against tab stops of 1 for TabError, as in tokenizer.c;
 *   <li>errors the tokenizer reports: unterminated strings, unmatched or never-closed brackets,
 *       inconsistent dedent, characters that start no token.
 * </ul>
 * Errors in the order of the grammar ("unexpected indent", a missing indented block) are left to
 * the parser, which knows which statement was being read.
 */
final class IndentingTokenSource implements TokenSource {
    /** CPython's tokenizer limits (MAXLEVEL, MAXINDENT); they also bound the parser's recursion. */
    private static final int MAX_NESTING = 200;
    private static final int MAX_INDENT = 100;

    private final PythonLexer lexer;
    private final Source source;
    /** False for eval input and f-string fields: one logical line, no INDENT/DEDENT. */
    private final boolean blocks;

    private final ArrayDeque<Token> pending = new ArrayDeque<>();
    private final ArrayDeque<Token> brackets = new ArrayDeque<>();
    /** Indentation stack, in columns with tabs to 8 and (altCols) tabs to 1. */
    private final int[] cols = new int[MAX_INDENT];
    private final int[] altCols = new int[MAX_INDENT];
    private int depth;
    private boolean atLineStart = true;
    private Token lastNewline;
    /** The token before the current one, to catch numbers glued to names ("1_000a", "0777"). */
    private Token previous;

    IndentingTokenSource(PythonLexer lexer, Source source, boolean blocks) {
        this.lexer = lexer;
        this.source = source;
        this.blocks = blocks;
    }

    /** True when the next token handed out starts a logical line. */
    private boolean lineStartOut = true;

    @Override
    public Token nextToken() {
        while (pending.isEmpty()) fill();
        Token t = pending.peek();
        if (blocks && lineStartOut && t.getType() == PythonLexer.NAME
                && (t.getText().equals("match") || t.getText().equals("case"))) {
            softKeyword(t);
        }
        t = pending.poll();
        int ty = t.getType();
        lineStartOut = ty == PythonLexer.NEWLINE || ty == PythonParser.INDENT || ty == PythonParser.DEDENT;
        return t;
    }

    /**
     * match/case starting a logical line are the soft keywords when a ':' outside brackets (and
     * not a lambda's) follows on that line and the next token cannot continue a name there.
     */
    private void softKeyword(Token t) {
        for (;;) {
            boolean end = false;
            for (Token p : pending) {
                if (p.getType() == PythonLexer.NEWLINE || p.getType() == Token.EOF) { end = true; break; }
            }
            if (end) break;
            fill();
        }
        java.util.Iterator<Token> it = pending.iterator();
        it.next();   // t
        Token next = it.hasNext() ? it.next() : null;
        if (next == null || next.getType() == PythonLexer.NEWLINE || next.getType() == Token.EOF) return;
        String nt = next.getType() == PythonLexer.STRING ? "" : next.getText();
        if (nt.equals("=") || nt.equals(":") || nt.equals(".") || nt.equals(",") || nt.equals(";")
                || nt.endsWith("=") && !nt.equals("==") && nt.length() > 1 && !nt.equals("!=") && !nt.equals("<=") && !nt.equals(">=")) {
            return;
        }
        int depth = 0;
        boolean lambda = false;
        for (Token p : pending) {
            int ty = p.getType();
            if (ty == PythonLexer.NEWLINE || ty == Token.EOF) break;
            if (ty == PythonLexer.LPAR || ty == PythonLexer.LSQB || ty == PythonLexer.LBRACE) depth++;
            else if (ty == PythonLexer.RPAR || ty == PythonLexer.RSQB || ty == PythonLexer.RBRACE) depth--;
            else if (depth == 0 && ty != PythonLexer.STRING && p.getText().equals("lambda")) lambda = true;
            else if (depth == 0 && ty != PythonLexer.STRING && p.getText().equals(":")) {
                if (lambda) { lambda = false; continue; }
                if (t instanceof org.antlr.v4.runtime.CommonToken ct) {
                    ct.setType(t.getText().equals("match") ? minipy.compile.antlr.PythonParser.MATCH : minipy.compile.antlr.PythonParser.CASE);
                }
                return;
            }
        }
    }

    private void fill() {
        Token t = lexer.nextToken();
        if (t.getType() == PythonLexer.NEWLINE) {
            newline(t);
        } else if (t.getType() == Token.EOF) {
            endOfFile(t);
        } else {
            startLine(t);
            check(t);
            pending.add(t);
        }
        previous = t;
    }

    /** Bracket bookkeeping and the errors CPython's tokenizer reports for a single token. */
    private void check(Token t) {
        switch (t.getType()) {
            case PythonLexer.LPAR, PythonLexer.LSQB, PythonLexer.LBRACE -> {
                if (brackets.size() == MAX_NESTING) {
                    throw source.syntaxError("too many nested parentheses", t.getLine(), t.getCharPositionInLine());
                }
                brackets.push(t);
            }
            case PythonLexer.RPAR, PythonLexer.RSQB, PythonLexer.RBRACE -> closeBracket(t);
            case PythonLexer.UNTERMINATED_STRING -> throw unterminated(t, "unterminated string literal",
                    Math.min(t.getLine() + newlines(t.getText()), source.lineCount()));
            case PythonLexer.UNTERMINATED_LONG_STRING -> throw unterminated(t,
                    "unterminated triple-quoted string literal", source.lineCount());
            case PythonLexer.ERROR_CHAR -> badCharacter(t);
            case PythonLexer.NAME -> {
                checkName(t);
                checkNumberEnd(t);
            }
            case PythonLexer.NUMBER -> checkNumberEnd(t);
            default -> { }
        }
    }

    private void newline(Token t) {
        if (atLineStart || !brackets.isEmpty()) return;
        pending.add(t);
        lastNewline = t;
        atLineStart = true;
    }

    /** Called for every token but NEWLINE and EOF: the first one of a logical line sets its indentation. */
    private void startLine(Token t) {
        if (!atLineStart) return;
        atLineStart = false;
        if (blocks) indent(t);
    }

    private void indent(Token t) {
        int start = source.lineStart(t.getLine());
        int col = 0;
        int alt = 0;
        for (int i = start; i < start + t.getCharPositionInLine(); i++) {
            char c = source.text.charAt(i);
            if (c == ' ') {
                col++;
                alt++;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8;
                alt++;
            } else if (c == '\f') {
                col = alt = 0;
            }
        }
        if (col > cols[depth]) {
            if (alt <= altCols[depth]) throw tabError(t);
            if (depth + 1 == MAX_INDENT) {
                throw source.error("IndentationError", "too many levels of indentation", t.getLine(),
                        t.getCharPositionInLine());
            }
            push(col, alt);
            pending.add(synthetic(PythonParser.INDENT, t));
            return;
        }
        while (col < cols[depth]) {
            depth--;
            pending.add(synthetic(PythonParser.DEDENT, t));
        }
        if (col != cols[depth]) {
            throw source.error("IndentationError", "unindent does not match any outer indentation level",
                    t.getLine(), source.line(t.getLine()).length() + 1);
        }
        if (alt != altCols[depth]) throw tabError(t);
    }

    private void push(int col, int alt) {
        depth++;
        cols[depth] = col;
        altCols[depth] = alt;
    }

    private void endOfFile(Token eof) {
        if (!brackets.isEmpty()) {
            Token open = brackets.peek();
            throw source.syntaxError("'" + open.getText() + "' was never closed",
                    open.getLine(), open.getCharPositionInLine());
        }
        // Tokens made up at the end sit where the last line ended, where CPython reports errors.
        Token at = atLineStart && lastNewline != null ? lastNewline : eof;
        if (!atLineStart) pending.add(synthetic(PythonLexer.NEWLINE, eof));
        for (; depth > 0; depth--) pending.add(synthetic(PythonParser.DEDENT, at));
        pending.add(eof);
    }

    private void closeBracket(Token close) {
        if (brackets.isEmpty()) {
            throw source.syntaxError("unmatched '" + close.getText() + "'", close.getLine(),
                    close.getCharPositionInLine());
        }
        Token open = brackets.pop();
        if (closerOf(open.getType()) != close.getType()) {
            String msg = "closing parenthesis '" + close.getText() + "' does not match opening parenthesis '"
                    + open.getText() + "'";
            if (open.getLine() != close.getLine()) msg += " on line " + open.getLine();
            throw source.syntaxError(msg, close.getLine(), close.getCharPositionInLine());
        }
    }

    /** A stray backslash is a tokenizer error; a stray '$' or '?' goes on to fail as "invalid syntax". */
    private void badCharacter(Token t) {
        if (t.getText().equals("\\")) {
            throw source.syntaxError("unexpected character after line continuation character",
                    t.getLine(), t.getCharPositionInLine() + 1);
        }
    }

    /**
     * The lexer lets every non-ASCII character into a NAME; such names are checked here against
     * the Unicode identifier rules and NFKC-normalized, as PEP 3131 asks. So a full-width comma
     * or a no-break space is reported as CPython does.
     */
    private void checkName(Token t) {
        String text = t.getText();
        int i = 0;
        while (i < text.length() && text.charAt(i) < 128) i++;
        if (i == text.length()) return;
        for (; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            boolean ok = i == 0 ? Character.isUnicodeIdentifierStart(c) : Character.isUnicodeIdentifierPart(c);
            if (!ok || Character.isIdentifierIgnorable(c)) {
                throw invalidCharacter(c, t.getLine(), t.getCharPositionInLine() + text.codePointCount(0, i));
            }
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
        if (!normal.equals(text)) ((CommonToken) t).setText(normal);
    }

    private CompileError invalidCharacter(int c, int line, int col) {
        String msg = Character.isISOControl(c) || Character.isSpaceChar(c) || !Character.isDefined(c)
                || Character.getType(c) == Character.FORMAT
                ? String.format("invalid non-printable character U+%04X", c)
                : String.format("invalid character '%s' (U+%04X)", Character.toString(c), c);
        return source.syntaxError(msg, line, col);
    }

    /**
     * A NAME or NUMBER right after a NUMBER means a malformed number; CPython's tokenizer
     * (verify_end_of_number) names the problem. Keywords may follow a number ("1if x else y").
     */
    private void checkNumberEnd(Token t) {
        if (previous == null || previous.getType() != PythonLexer.NUMBER
                || previous.getStopIndex() + 1 != t.getStartIndex()) {
            return;
        }
        String msg = malformedNumber(previous.getText().toLowerCase(), t.getText().toLowerCase());
        // Where CPython's caret lands, which differs by case.
        int col = msg.startsWith("leading zeros") ? previous.getCharPositionInLine()
                : msg.startsWith("invalid digit") && previous.getText().equals("0") ? t.getCharPositionInLine() + 1
                : msg.startsWith("invalid digit") || msg.startsWith("invalid hex") ? t.getCharPositionInLine()
                : t.getCharPositionInLine() - 1;
        throw source.syntaxError(msg, t.getLine(), col);
    }

    /** The message for number text {@code number} glued to {@code next} (both lower case). */
    private static String malformedNumber(String number, String next) {
        char first = next.charAt(0);
        char second = next.length() > 1 ? next.charAt(1) : 0;
        if (number.matches("[0_]+") && (Character.isDigit(first) || first == '_' && Character.isDigit(second))) {
            return "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
        }
        if (number.equals("0") && (first == 'b' || first == 'o') && Character.isDigit(second)) {
            return "invalid digit '" + second + "' in " + (first == 'b' ? "binary" : "octal") + " literal";
        }
        if ((number.startsWith("0b") || number.startsWith("0o")) && Character.isDigit(first)) {
            return "invalid digit '" + first + "' in " + (number.charAt(1) == 'b' ? "binary" : "octal") + " literal";
        }
        if (number.equals("0") && first == 'x') return "invalid hexadecimal literal";
        if (next.equals("j")) return "complex literals are not supported";
        return "invalid decimal literal";
    }

    private CompileError unterminated(Token t, String what, int detectedAt) {
        return source.syntaxError(what + " (detected at line " + detectedAt + ")",
                t.getLine(), t.getCharPositionInLine());
    }

    private CompileError tabError(Token t) {
        return source.error("TabError", "inconsistent use of tabs and spaces in indentation", t.getLine(), 1);
    }

    private static int closerOf(int open) {
        return switch (open) {
            case PythonLexer.LPAR -> PythonLexer.RPAR;
            case PythonLexer.LSQB -> PythonLexer.RSQB;
            default -> PythonLexer.RBRACE;
        };
    }

    private static int newlines(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\n') n++;
        return n;
    }

    /** An INDENT, DEDENT or NEWLINE that stands where {@code at} is. */
    private static Token synthetic(int type, Token at) {
        CommonToken t = new CommonToken(type, type == PythonLexer.NEWLINE ? "\n" : "");
        t.setLine(at.getLine());
        t.setCharPositionInLine(at.getCharPositionInLine());
        t.setStartIndex(at.getStartIndex());
        t.setStopIndex(at.getStartIndex() - 1);
        return t;
    }

    // ---- TokenSource plumbing: delegate to the lexer ------------------------------------------

    @Override public int getLine() { return lexer.getLine(); }
    @Override public int getCharPositionInLine() { return lexer.getCharPositionInLine(); }
    @Override public CharStream getInputStream() { return lexer.getInputStream(); }
    @Override public String getSourceName() { return source.filename; }
    @Override public void setTokenFactory(TokenFactory<?> factory) { lexer.setTokenFactory(factory); }
    @Override public TokenFactory<?> getTokenFactory() { return lexer.getTokenFactory(); }
}
