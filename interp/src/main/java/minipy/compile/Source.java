package minipy.compile;

/**
 * The text being parsed and its file name. Lines are found lazily and only to build
 * {@link CompileError}s (which quote the offending line) and to measure indentation.
 * Line endings are normalized to {@code \n} up front, as CPython's universal-newline reading does,
 * and a leading byte order mark is dropped.
 */
final class Source {
    final String text;
    final String filename;
    private int[] lineStarts;

    Source(String text, String filename) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);  // a UTF-8 byte order mark
        this.text = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        this.filename = filename;
    }

    /** Line {@code n} (1-based) without its newline; "" past the end. */
    String line(int n) {
        int start = lineStart(n);
        if (start < 0) return "";
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /** Index in {@link #text} where line {@code n} starts, or -1 past the end. */
    int lineStart(int n) {
        int[] starts = lineStarts();
        return n < 1 || n > starts.length ? -1 : starts[n - 1];
    }

    /** Number of lines as CPython counts them (a final newline does not open a new line). */
    int lineCount() {
        int n = lineStarts().length;
        return text.endsWith("\n") || text.isEmpty() ? n - 1 : n;
    }

    CompileError error(String kind, String msg, int line, int offset) {
        return new CompileError(kind, msg, filename, line, offset, line(line));
    }

    /** A SyntaxError whose caret sits at 0-based column {@code col}. */
    CompileError syntaxError(String msg, int line, int col) {
        return error("SyntaxError", msg, line, col + 1);
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            int count = 1;
            for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') count++;
            int[] starts = new int[count];
            for (int i = 0, k = 1; i < text.length(); i++) if (text.charAt(i) == '\n') starts[k++] = i + 1;
            lineStarts = starts;
        }
        return lineStarts;
    }
}
