package minipy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import minipy.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Free-threading stress tests in the spirit of CPython's Lib/test/test_free_threading: with
 * the GIL off, four threads hammer one built-in object; every single operation must stay
 * atomic, nothing may be lost, and no Java exception may surface. Each test is bounded in time.
 */
class ConcurrencyStressTest {

    /** Runs a minipy program with the GIL off; returns stdout, failing on a non-zero exit. */
    private static String runGilOff(String source) throws Exception {
        Path file = Files.createTempFile("stress", ".py");
        Files.writeString(file, source);
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int[] status = new int[1];
        Thread t = new Thread(null, () -> status[0] = Main.execute(new String[] {"--gil=off", "run", file.toString()},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)), "stress", 512L << 20);
        t.start();
        t.join(TimeUnit.SECONDS.toMillis(100));
        assertFalse(t.isAlive(), () -> "timed out; Java threads:\n" + threadDump());
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, status[0], "exit status; stderr:\n" + stderr);
        assertFalse(stderr.contains("Exception"), "stderr:\n" + stderr);
        Files.delete(file);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Every live Java thread's stack, so a hang in CI can be diagnosed from the report. */
    private static String threadDump() {
        StringBuilder sb = new StringBuilder();
        Thread.getAllStackTraces().forEach((th, stack) -> {
            sb.append('"').append(th.getName()).append("\" ").append(th.getState()).append('\n');
            for (StackTraceElement e : stack) sb.append("    at ").append(e).append('\n');
        });
        return sb.toString();
    }

    private static final String RUN4 = String.join("\n",
            "import threading",
            "def run4(fn):",
            "    ts = [threading.Thread(target=fn, args=(i,)) for i in range(4)]",
            "    for t in ts: t.start()",
            "    for t in ts: t.join()",
            "");

    @Test
    @Timeout(120)
    void sharedListKeepsEveryItem() throws Exception {
        String out = runGilOff(RUN4 + String.join("\n",
                "N = 20000",
                "lst = []",
                "def work(t):",
                "    for i in range(t * N, (t + 1) * N):",
                "        lst.append(i)",
                "    for k in range(200):",
                "        lst.extend([-1, -2])",
                "        lst.remove(-1)",
                "        lst.count(-2)",
                "    for k in range(200):",
                "        lst.remove(-2)",
                "run4(work)",
                "print(len(lst), sorted(lst) == list(range(4 * N)), lst.count(-1), lst.count(-2))",
                ""));
        assertEquals("80000 True 0 0\n", out);
    }

    @Test
    @Timeout(120)
    void sharedDictSetGetDel() throws Exception {
        String out = runGilOff(RUN4 + String.join("\n",
                "N = 20000",
                "d = {}",
                "bad = []",
                "def work(t):",
                "    for i in range(N):",
                "        d[(t, i)] = i",
                "    for i in range(N):",
                "        if d.get((t, i)) != i: bad.append((t, i))",
                "    for i in range(0, N, 2):",
                "        del d[(t, i)]",
                "    for i in range(1, N, 2):",
                "        d.setdefault((t, i), -1)",
                "        d.pop((t, i + 1), None)",
                "run4(work)",
                "print(len(d), bad, all(d[(t, i)] == i for t in range(4) for i in range(1, N, 2)))",
                ""));
        assertEquals("40000 [] True\n", out);
    }

    @Test
    @Timeout(120)
    void sharedSetAndInstance() throws Exception {
        String out = runGilOff(RUN4 + String.join("\n",
                "N = 20000",
                "s = set()",
                "class Box: pass",
                "box = Box()",
                "lock = threading.Lock()",
                "box.total = 0",
                "def work(t):",
                "    for i in range(N):",
                "        s.add(t * N + i)",
                "        setattr(box, 'a%d_%d' % (t, i % 100), i)",
                "        with lock:",
                "            box.total += 1",
                "    for i in range(0, N, 2):",
                "        s.remove(t * N + i)",
                "run4(work)",
                "print(len(s), box.total, len(vars(box)))",
                ""));
        assertEquals("40000 80000 401\n", out);
    }

    @Test
    @Timeout(120)
    void queueHandOverFreesEveryObjectOnce() throws Exception {
        String out = runGilOff(String.join("\n",
                "import threading, queue, sys",
                "TOTAL = 40000",
                "freed = [0]",
                "flock = threading.Lock()",
                "class Item:",
                "    __slots__ = ()",
                "    def __del__(self):",
                "        with flock:",
                "            freed[0] += 1",
                "sentinel = object()",
                "base = sys.getrefcount(sentinel)",
                "q = queue.Queue(maxsize=1000)",
                "def producer():",
                "    for i in range(TOTAL // 2):",
                "        q.put((Item(), sentinel))",
                "def consumer(n):",
                "    for i in range(n):",
                "        item, s = q.get()",
                "        del item, s",
                "ts = [threading.Thread(target=producer) for _ in range(2)]",
                "ts += [threading.Thread(target=consumer, args=(TOTAL // 2,)) for _ in range(2)]",
                "for t in ts: t.start()",
                "for t in ts: t.join()",
                "print(freed[0], q.qsize(), sys.getrefcount(sentinel) - base)",
                ""));
        assertEquals("40000 0 0\n", out);
    }
}
