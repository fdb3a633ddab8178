package minipy.vm;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A standard stream as the program sees it: text is buffered (block-buffered like CPython
 * writing to a pipe; stderr is unbuffered) and each write is one atomic piece, so lines
 * printed by concurrent threads never interleave inside a print call.
 */
public final class Output {
    private final PrintStream target;
    private final boolean unbuffered;
    private final StringBuilder buf = new StringBuilder();

    public Output(PrintStream target, boolean unbuffered) {
        this.target = target;
        this.unbuffered = unbuffered;
    }

    public synchronized void write(String s) {
        buf.append(s);
        if (unbuffered || buf.length() >= 8192) flush();
    }

    public synchronized void flush() {
        if (buf.length() == 0) { target.flush(); return; }
        byte[] b = buf.toString().getBytes(StandardCharsets.UTF_8);
        buf.setLength(0);
        target.write(b, 0, b.length);
        target.flush();
    }
}
