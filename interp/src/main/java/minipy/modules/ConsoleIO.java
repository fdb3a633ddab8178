package minipy.modules;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import minipy.runtime.*;
import minipy.vm.Interp;
import minipy.vm.ThreadState;

/** input() and line reads from standard input; the GIL is released while blocked. */
public final class ConsoleIO {
    private ConsoleIO() {}

    static Object input(Interp interp, Object prompt) {
        if (prompt != null) {
            interp.stdout.write(Ops.str(prompt));
        }
        interp.stdout.flush();
        String line = readLine(interp);
        if (line == null) throw new PyBaseException(Exc.EOFError, "EOF when reading a line").raise();
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }

    /** One line including its newline, or "" at end of input... null at EOF. */
    public static String readLine(Interp interp) {
        ThreadState ts = ThreadState.current();
        return interp.gil.blocking(ts, () -> {
            try {
                synchronized (interp.in) {
                    ByteArrayOutputStream buf = new ByteArrayOutputStream();
                    int c;
                    while ((c = interp.in.read()) >= 0) {
                        buf.write(c);
                        if (c == '\n') break;
                    }
                    if (buf.size() == 0) return null;
                    return buf.toString(StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                return null;
            }
        });
    }
}
