package minipy.compile;

/**
 * A SyntaxError (or IndentationError / TabError) found while parsing or compiling.
 * It is a compile-time error value, kept apart from runtime exceptions (as jlox does); the
 * VM turns it into a Python SyntaxError object when it surfaces at run time (import, compile).
 */
public final class CompileError extends RuntimeException {
    /** "SyntaxError", "IndentationError" or "TabError". */
    public final String kind;
    public final String msg;
    public final String filename;
    /** 1-based line. */
    public final int line;
    /** 1-based column of the caret, as CPython's SyntaxError.offset. */
    public final int offset;
    /** The offending source line without its newline, or null when unknown. */
    public final String text;

    public CompileError(String kind, String msg, String filename, int line, int offset, String text) {
        super(kind + ": " + msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.line = line;
        this.offset = offset;
        this.text = text;
    }
}
