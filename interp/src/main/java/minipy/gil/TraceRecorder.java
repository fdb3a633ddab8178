package minipy.gil;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentLinkedQueue;
import minipy.vm.ThreadState;

/**
 * --trace=FILE.json: a timeline in the Chrome/Perfetto trace-event format. Per thread it
 * records complete events ("ph":"X") for the spans holding the GIL, waiting for it, and
 * blocked in a blocking call (with what it blocked on), plus thread start/end instants.
 * Events go to a lock-free queue and are written once at exit; when tracing is off the
 * recorder is null and costs one field test.
 */
public final class TraceRecorder {
    private final ConcurrentLinkedQueue<String> events = new ConcurrentLinkedQueue<>();
    private final long origin = System.nanoTime();
    private final long pid = ProcessHandle.current().pid();

    private long us(long nanos) { return (nanos - origin) / 1000; }

    public void span(ThreadState ts, String name, String category, long startNanos, long endNanos, String detail) {
        StringBuilder sb = new StringBuilder(160);
        sb.append("{\"name\":").append(quote(name)).append(",\"cat\":\"").append(category).append("\",\"ph\":\"X\",\"ts\":")
                .append(us(startNanos)).append(",\"dur\":").append(Math.max(0, (endNanos - startNanos) / 1000))
                .append(",\"pid\":").append(pid).append(",\"tid\":").append(tid(ts));
        if (detail != null) sb.append(",\"args\":{\"on\":").append(quote(detail)).append('}');
        events.add(sb.append('}').toString());
    }

    public void instant(ThreadState ts, String name) {
        events.add("{\"name\":" + quote(name) + ",\"ph\":\"i\",\"s\":\"t\",\"ts\":" + us(System.nanoTime()) + ",\"pid\":" + pid
                + ",\"tid\":" + tid(ts) + "}");
    }

    private static long tid(ThreadState ts) { return ts.ident & 0xffffffL; }

    /** Writes the trace with thread-name metadata. */
    public void write(Path file, Iterable<ThreadState> threads) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"traceEvents\":[\n");
            boolean first = true;
            for (ThreadState ts : threads) {
                if (!first) w.write(",\n");
                first = false;
                w.write("{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":" + pid + ",\"tid\":" + tid(ts)
                        + ",\"args\":{\"name\":" + quote(ts.displayName()) + "}}");
            }
            for (String e : events) {
                if (!first) w.write(",\n");
                first = false;
                w.write(e);
            }
            w.write("\n],\"displayTimeUnit\":\"ms\"}\n");
        }
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }
}
