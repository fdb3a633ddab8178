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

    /** Text read from stdin but not consumed yet (by read(n) / readline(size)), per interpreter. */
    private static final class Pending { String text = ""; }

    private static Pending pending(Interp interp) {
        return (Pending) interp.extensions.computeIfAbsent("stdin.pending", k -> new Pending());
    }

    /** sys.stdin.read(n): n characters (all when n < 0), "" at end of input. */
    public static String read(Interp interp, long n) {
        Pending p = pending(interp);
        StringBuilder sb = new StringBuilder();
        synchronized (p) {
            sb.append(p.text);
            p.text = "";
        }
        while (n < 0 || sb.length() < n) {
            String l = readLine(interp);
            if (l == null) break;
            sb.append(l);
        }
        if (n >= 0 && sb.length() > n) {
            synchronized (p) {
                p.text = sb.substring((int) n) + p.text;
            }
            sb.setLength((int) n);
        }
        return sb.toString();
    }

    /** sys.stdin.readline(size): at most size characters of the next line; "" at end of input. */
    public static String readLine(Interp interp, long size) {
        String l = readLine(interp);
        if (l == null) return "";
        if (size >= 0 && l.length() > size) {
            Pending p = pending(interp);
            synchronized (p) {
                p.text = l.substring((int) size) + p.text;
            }
            return l.substring(0, (int) size);
        }
        return l;
    }

    /** One line including its newline, or "" at end of input... null at EOF. */
    public static String readLine(Interp interp) {
        Pending p = pending(interp);
        synchronized (p) {
            if (!p.text.isEmpty()) {
                int nl = p.text.indexOf('\n');
                if (nl >= 0) {
                    String l = p.text.substring(0, nl + 1);
                    p.text = p.text.substring(nl + 1);
                    return l;
                }
            }
        }
        String rest;
        synchronized (p) {
            rest = p.text;
            p.text = "";
        }
        if (!rest.isEmpty()) {
            String more = readRawLine(interp);
            return more == null ? rest : rest + more;
        }
        return readRawLine(interp);
    }

    private static String readRawLine(Interp interp) {
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
