package minipy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import minipy.cli.Main;
import org.junit.jupiter.api.Test;

/**
 * Seeing the GIL (issue 7): the --gil-stats table and sys.getgilstats(), the --trace JSON
 * (checked against the trace-event format: required fields, a track per thread, GIL spans
 * that never overlap with the GIL on and do overlap with it off), trace-view's SVG and HTML,
 * the deadlock report, and the GIL policies. Content only: no timing assertions.
 */
class GilViewTest {

    record Result(int status, String out, String err) {}

    static Result run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int[] status = {-1};
        Thread t = new Thread(null, () -> status[0] = Main.execute(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)),
                "gilview", 512L << 20);
        t.setDaemon(true);
        t.start();
        t.join(TimeUnit.SECONDS.toMillis(120));
        assertFalse(t.isAlive(), "did not finish; stderr:\n" + err.toString(StandardCharsets.UTF_8));
        return new Result(status[0], out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path write(String name, String source) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "gilview-test"));
        Path p = dir.resolve(name);
        Files.writeString(p, source);
        return p;
    }

    static final String TWO_WORKERS = String.join("\n",
            "import sys, threading, time",
            "def work(n):",
            "    t = 0",
            "    for i in range(n):",
            "        t += i % 7",
            "    time.sleep(0.01)",
            "ts = [threading.Thread(target=work, args=(60000,), name=nm) for nm in ('alpha', 'beta')]",
            "for t in ts: t.start()",
            "for t in ts: t.join()",
            "s = sys.getgilstats()",
            "print(sorted(s.keys()))",
            "rows = {r['name']: r for r in s['threads']}",
            "print(sorted(rows))",
            "print(sorted(rows['alpha'].keys()))",
            "print(rows['alpha']['bytecodes'] > 60000, rows['beta']['bytecodes'] > 60000)",
            "print(rows['alpha']['releases'] >= 1, rows['alpha']['held'] > 0)",
            "print(s['enabled'], s['switch_interval'])",
            "");

    @Test
    void gilStatsTableAndGetgilstats() throws Exception {
        Path prog = write("two_workers.py", TWO_WORKERS);
        Result r = run("--gil=on", "run", "--gil-stats", prog.toString());
        assertEquals(0, r.status, r.err);
        String[] lines = r.out.split("\n");
        assertEquals("['enabled', 'switch_interval', 'switches_per_second', 'threads', 'utilisation', 'wall']", lines[0]);
        assertEquals("['MainThread', 'alpha', 'beta']", lines[1]);
        assertEquals("['acquisitions', 'bytecodes', 'forced_drops', 'held', 'ident', 'longest_wait', 'name', 'releases', 'waited']", lines[2]);
        assertEquals("True True", lines[3]);
        assertEquals("True True", lines[4]);
        assertEquals("True 0.005", lines[5]);

        String err = r.err;
        assertTrue(err.startsWith("GIL statistics: gil=on, policy interval, switch interval 5.0 ms, wall time "), err);
        assertTrue(err.contains("thread") && err.contains("bytecodes") && err.contains("held ms") && err.contains("forced")
                && err.contains("longest wait"), err);
        Pattern row = Pattern.compile("^(MainThread|alpha|beta)\\s+(\\d+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+([\\d.]+) ms$",
                Pattern.MULTILINE);
        Matcher m = row.matcher(err);
        Map<String, long[]> rows = new HashMap<>();
        while (m.find()) {
            rows.put(m.group(1), new long[] {Long.parseLong(m.group(2)), Long.parseLong(m.group(5)), Long.parseLong(m.group(7))});
        }
        assertEquals(Set.of("MainThread", "alpha", "beta"), rows.keySet(), err);
        long sum = 0;
        for (Map.Entry<String, long[]> e : rows.entrySet()) {
            long[] v = e.getValue();
            assertTrue(v[1] >= 1, "acquisitions of " + e.getKey() + ": " + err);
            sum += v[0];
        }
        assertTrue(rows.get("alpha")[0] > 60000 && rows.get("beta")[0] > 60000, err);
        assertTrue(rows.get("alpha")[2] >= 2, "alpha released the GIL for sleep and at its end: " + err);
        Matcher total = Pattern.compile("total: (\\d+) bytecodes, 3 threads, GIL held ([\\d.]+)% of the wall time, ([\\d.]+) switches/s, (\\d+) forced drops")
                .matcher(err);
        assertTrue(total.find(), err);
        assertTrue(Long.parseLong(total.group(1)) >= sum, err);   // the table is written a little later than the sum
        double util = Double.parseDouble(total.group(2));
        assertTrue(util > 0 && util <= 100.5, err);
    }

    @Test
    void gilStatsWithTheGilOff() throws Exception {
        Path prog = write("two_workers_off.py", TWO_WORKERS);
        Result r = run("--gil=off", "run", "--gil-stats", prog.toString());
        assertEquals(0, r.status, r.err);
        assertTrue(r.out.contains("False 0.005"), r.out);
        assertTrue(r.err.startsWith("GIL statistics: gil=off, wall time "), r.err);
        assertTrue(r.err.contains("running ms"), r.err);
    }

    // ---- --trace: a minimal JSON reader, enough for the trace-event format ----

    static Object parseJson(String s) {
        int[] pos = {0};
        Object v = value(s, pos);
        skipWs(s, pos);
        assertEquals(s.length(), pos[0], "trailing text after the JSON value");
        return v;
    }

    private static void skipWs(String s, int[] p) {
        while (p[0] < s.length() && Character.isWhitespace(s.charAt(p[0]))) p[0]++;
    }

    private static Object value(String s, int[] p) {
        skipWs(s, p);
        char c = s.charAt(p[0]);
        if (c == '{') {
            Map<String, Object> m = new LinkedHashMap<>();
            p[0]++;
            skipWs(s, p);
            if (s.charAt(p[0]) == '}') { p[0]++; return m; }
            while (true) {
                skipWs(s, p);
                String k = (String) value(s, p);
                skipWs(s, p);
                assertEquals(':', s.charAt(p[0]++));
                m.put(k, value(s, p));
                skipWs(s, p);
                char d = s.charAt(p[0]++);
                if (d == '}') return m;
                assertEquals(',', d);
            }
        }
        if (c == '[') {
            List<Object> l = new ArrayList<>();
            p[0]++;
            skipWs(s, p);
            if (s.charAt(p[0]) == ']') { p[0]++; return l; }
            while (true) {
                l.add(value(s, p));
                skipWs(s, p);
                char d = s.charAt(p[0]++);
                if (d == ']') return l;
                assertEquals(',', d);
            }
        }
        if (c == '"') {
            StringBuilder sb = new StringBuilder();
            p[0]++;
            while (true) {
                char d = s.charAt(p[0]++);
                if (d == '"') return sb.toString();
                if (d == '\\') {
                    char e = s.charAt(p[0]++);
                    switch (e) {
                        case 'u' -> { sb.append((char) Integer.parseInt(s.substring(p[0], p[0] + 4), 16)); p[0] += 4; }
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        default -> sb.append(e);
                    }
                } else {
                    assertTrue(d >= 0x20, "control character in a JSON string");
                    sb.append(d);
                }
            }
        }
        int start = p[0];
        while (p[0] < s.length() && "+-0123456789.eE".indexOf(s.charAt(p[0])) >= 0) p[0]++;
        if (p[0] > start) return Double.parseDouble(s.substring(start, p[0]));
        for (String lit : new String[] {"true", "false", "null"}) {
            if (s.startsWith(lit, p[0])) {
                p[0] += lit.length();
                return lit.equals("null") ? null : Boolean.valueOf(lit);
            }
        }
        throw new AssertionError("bad JSON at " + p[0]);
    }

    record Span(long tid, String cat, String name, double ts, double dur) {}

    /** Parses and checks a trace against the trace-event format; returns its complete events. */
    @SuppressWarnings("unchecked")
    static List<Span> checkTrace(Path file, Map<Long, String> threadNames) throws Exception {
        Map<String, Object> root = (Map<String, Object>) parseJson(Files.readString(file));
        List<Object> events = (List<Object>) root.get("traceEvents");
        assertNotNull(events, "traceEvents");
        assertEquals("ms", root.get("displayTimeUnit"));
        List<Span> spans = new ArrayList<>();
        Set<Long> tidsWithEvents = new HashSet<>();
        for (Object o : events) {
            Map<String, Object> e = (Map<String, Object>) o;
            String ph = (String) e.get("ph");
            assertTrue(e.get("name") instanceof String, "name: " + e);
            assertTrue(e.get("pid") instanceof Double && e.get("tid") instanceof Double, "pid/tid: " + e);
            long tid = ((Double) e.get("tid")).longValue();
            switch (ph) {
                case "M" -> {
                    assertEquals("thread_name", e.get("name"));
                    threadNames.put(tid, (String) ((Map<String, Object>) e.get("args")).get("name"));
                }
                case "X" -> {
                    double ts = (Double) e.get("ts"), dur = (Double) e.get("dur");
                    assertTrue(ts >= 0 && dur >= 0, "ts/dur: " + e);
                    String cat = (String) e.get("cat");
                    assertTrue(Set.of("gil", "gil-wait", "blocked").contains(cat), "cat: " + e);
                    spans.add(new Span(tid, cat, (String) e.get("name"), ts, dur));
                    tidsWithEvents.add(tid);
                }
                case "i" -> {
                    assertEquals("t", e.get("s"));
                    assertTrue(e.get("ts") instanceof Double);
                    tidsWithEvents.add(tid);
                }
                default -> throw new AssertionError("unexpected phase: " + e);
            }
        }
        assertTrue(threadNames.keySet().containsAll(tidsWithEvents), "every track has a thread_name: " + threadNames);
        return spans;
    }

    /** The largest overlap (us) between GIL spans of different threads. */
    static double maxOverlap(List<Span> spans) {
        List<Span> gil = new ArrayList<>(spans.stream().filter(s -> s.cat.equals("gil")).toList());
        gil.sort(Comparator.comparingDouble(Span::ts));
        double worst = 0, end = -1;
        long endTid = -1;
        for (Span s : gil) {
            if (end > s.ts && endTid != s.tid) worst = Math.max(worst, Math.min(end, s.ts + s.dur) - s.ts);
            if (s.ts + s.dur > end) { end = s.ts + s.dur; endTid = s.tid; }
        }
        return worst;
    }

    static Path traced(String gil, String policy, Path prog, String name) throws Exception {
        Path json = Files.createDirectories(Path.of("target", "gilview-test")).resolve(name + ".json");
        List<String> args = new ArrayList<>(List.of("--gil=" + gil, "run", "--trace=" + json));
        if (policy != null) args.add("--gil-policy=" + policy);
        args.add(prog.toString());
        Result r = run(args.toArray(new String[0]));
        assertEquals(0, r.status, r.err);
        assertFalse(r.err.contains("cannot write trace"), r.err);
        return json;
    }

    @Test
    void traceWithTheGilOnHasNonOverlappingGilSpans() throws Exception {
        for (String policy : new String[] {"interval", "io-priority", "ticks:100"}) {
            Path json = traced("on", policy, Path.of("programs/threads/gil_two_cpu_threads.py"), "on-" + policy.replace(':', '-'));
            Map<Long, String> names = new HashMap<>();
            List<Span> spans = checkTrace(json, names);
            assertTrue(names.values().containsAll(List.of("MainThread", "first", "second")), names.toString());
            for (String worker : List.of("first", "second")) {
                long tid = names.entrySet().stream().filter(e -> e.getValue().equals(worker)).findFirst().orElseThrow().getKey();
                assertTrue(spans.stream().anyMatch(s -> s.tid == tid && s.cat.equals("gil")), worker + " has GIL spans");
            }
            assertTrue(spans.stream().anyMatch(s -> s.cat.equals("blocked")), "the main thread blocks in join()");
            // timestamps are whole microseconds, truncated: allow 1 us
            assertTrue(maxOverlap(spans) <= 1.0, policy + ": GIL spans overlap by " + maxOverlap(spans) + " us");
        }
    }

    @Test
    void traceWithTheGilOffHasOverlappingRunningSpans() throws Exception {
        Path json = traced("off", null, Path.of("programs/threads/gil_two_cpu_threads.py"), "off");
        Map<Long, String> names = new HashMap<>();
        List<Span> spans = checkTrace(json, names);
        assertTrue(spans.stream().anyMatch(s -> s.name.equals("running (GIL off)")), "running spans");
        assertTrue(maxOverlap(spans) > 1000, "two threads ran at once for more than a millisecond: " + maxOverlap(spans));
    }

    @Test
    void traceViewDrawsTheTwoCpuThreadsDemo() throws Exception {
        Path out = Files.createDirectories(Path.of("target", "gil-timelines"));
        for (String gil : new String[] {"on", "off"}) {
            Path json = traced(gil, null, Path.of("programs/threads/gil_two_cpu_threads.py"), "demo-" + gil);
            Path svg = out.resolve("two_cpu_threads_gil_" + gil + ".svg");
            Result r = run("trace-view", json.toString(), "-o", svg.toString());
            assertEquals(0, r.status, r.err);
            String text = Files.readString(svg);
            assertTrue(text.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), text);
            for (String lane : List.of(">MainThread<", ">first<", ">second<", "time (ms)",
                    gil.equals("on") ? "Who held the GIL, and when" : "GIL off: who ran bytecode, and when",
                    gil.equals("on") ? "holding the GIL (running bytecode)" : "running bytecode (no GIL)")) {
                assertTrue(text.contains(lane), lane);
            }
            long green = Pattern.compile("fill=\"#2e7d32\"><title>").matcher(text).results().count();
            assertTrue(green >= 2, "GIL-held spans drawn: " + green);
            if (gil.equals("on")) assertTrue(text.contains("fill=\"url(#wait)\"><title>waiting for the GIL"), "waits drawn");
            Path html = out.resolve("two_cpu_threads_gil_" + gil + ".html");
            r = run("trace-view", json.toString(), "-o", html.toString());
            assertEquals(0, r.status, r.err);
            String page = Files.readString(html);
            assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("<svg") && page.contains("</html>"), page);
            assertTrue(Pattern.compile("<tr><td>first</td><td>[1-9][\\d.]*</td>").matcher(page).find(), page);
        }
    }

    @Test
    void deadlockIsReportedWithLocksThreadsAndCycle() throws Exception {
        Path prog = write("deadlock.py", String.join("\n",
                "import threading, time",
                "lock_a = threading.Lock()",
                "lock_b = threading.Lock()",
                "def one():",
                "    with lock_a:",
                "        time.sleep(0.1)",
                "        with lock_b:",
                "            pass",
                "def two():",
                "    with lock_b:",
                "        time.sleep(0.1)",
                "        with lock_a:",
                "            pass",
                "t1 = threading.Thread(target=one, name='T-one')",
                "t2 = threading.Thread(target=two, name='T-two')",
                "t1.start(); t2.start()",
                "print('started', flush=True)",
                ""));
        for (String gil : new String[] {"on", "off"}) {
            Result r = run("--gil=" + gil, "run", prog.toString());
            assertEquals(3, r.status, r.err);
            assertEquals("started\n", r.out);
            String e = r.err;
            assertTrue(e.startsWith("Deadlock detected:"), e);
            assertTrue(e.contains("T-one holds") && e.contains("Lock lock_a, waits for Lock lock_b held by T-two"), e);
            assertTrue(e.contains("T-two holds") && e.contains("Lock lock_b, waits for Lock lock_a held by T-one"), e);
            assertTrue(e.contains("cycle: T-one -> T-two -> T-one") || e.contains("cycle: T-two -> T-one -> T-two"), e);
            assertTrue(e.contains("line 7, in one") && e.contains("line 12, in two"), "tracebacks: " + e);
        }
    }

    @Test
    void policiesAreNamedAndCheckedAndIoPriorityRunsTheConvoyDemo() throws Exception {
        Result bad = run("run", "--gil-policy=fastest", "programs/threads/convoy_effect.py");
        assertEquals(2, bad.status);
        assertEquals("minipy: --gil-policy must be interval, io-priority or ticks:N\n", bad.err);
        Result r = run("--gil=on", "run", "--gil-policy=io-priority", "--gil-stats", "programs/threads/convoy_effect.py");
        assertEquals(0, r.status, r.err);
        assertEquals(Files.readString(Path.of("programs/threads/convoy_effect.out")), r.out);
        assertTrue(r.err.contains("round trip: median ") && r.err.contains("GIL statistics: gil=on, policy io-priority,"), r.err);
        assertTrue(Pattern.compile("^echo\\s+\\d+", Pattern.MULTILINE).matcher(r.err).find(), r.err);
    }
}
