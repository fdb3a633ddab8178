package minipy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import minipy.cli.Main;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * multiprocessing on in-JVM interpreters (issue 4): each minipy process is an isolated
 * interpreter with its own GIL, so CPU-bound processes run in parallel even with the GIL on;
 * children have their own pids; terminate() stops a pure-Python busy loop; the spawn start
 * method re-runs the main script; objects that pickle refuses fail as in CPython; a child
 * starts in milliseconds. Every test is bounded in time.
 */
class ProcessesTest {

    private record Run(int status, String out, String err) {}

    /** Runs a minipy program in this JVM (as the CLI would) and returns its status and output. */
    private static Run run(String gil, String source) throws Exception {
        Path file = Files.createTempFile("processes", ".py");
        Files.writeString(file, source);
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int[] status = {Integer.MIN_VALUE};
        Thread t = new Thread(null, () -> status[0] = Main.execute(new String[] {"--gil=" + gil, "run", file.toString()},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)), "processes-test", 512L << 20);
        t.setDaemon(true);
        t.start();
        t.join(TimeUnit.SECONDS.toMillis(100));
        assertFalse(t.isAlive(), "timed out; stdout so far:\n" + out.toString(StandardCharsets.UTF_8));
        Files.delete(file);
        return new Run(status[0], out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run runOk(String gil, String source) throws Exception {
        Run r = run(gil, source);
        assertEquals(0, r.status, "exit status; stderr:\n" + r.err);
        return r;
    }

    private static String lines(String... ls) { return String.join("\n", ls) + "\n"; }

    /**
     * With the GIL on, two CPU-bound processes overlap in time: their wall time together is
     * clearly below the sum of their times alone (each measured first, in the same run). Two
     * threads doing the same work are measured too, for the report: the GIL serialises them.
     * Timing on a shared machine is noisy, so up to four attempts are made, and on a machine
     * whose load average exceeds its cores the test is skipped as inconclusive.
     */
    @Test
    @Timeout(300)
    void cpuBoundProcessesRunInParallelWithTheGilOn() throws Exception {
        Assumptions.assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "needs 2 cores");
        String program = lines(
                "import multiprocessing as mp, threading, time",
                "def work(n):",
                "    s = 0",
                "    for i in range(n):",
                "        s += i * i % 7",
                "    return s",
                "def timed(kind, k, n):",
                "    ws = [(mp.Process if kind == 'p' else threading.Thread)(target=work, args=(n,)) for i in range(k)]",
                "    t = time.perf_counter()",
                "    for w in ws: w.start()",
                "    for w in ws: w.join()",
                "    return time.perf_counter() - t",
                "if __name__ == '__main__':",
                "    n = 20000",
                "    while timed('p', 1, n) < 0.3 and n < 50000000:   # calibrate: about 0.3 s alone (also warms up)",
                "        n *= 2",
                "    one = min(timed('p', 1, n), timed('p', 1, n))",
                "    two = timed('p', 2, n)",
                "    threads = timed('t', 2, n)",
                "    print(n, one, two, threads)");
        List<String> attempts = new ArrayList<>();
        for (int attempt = 0; attempt < 4; attempt++) {
            String[] f = runOk("on", program).out.trim().split(" ");
            double one = Double.parseDouble(f[1]), two = Double.parseDouble(f[2]), threads = Double.parseDouble(f[3]);
            double ratio = two / (2 * one);
            attempts.add(String.format("n=%s: 1 process %.3f s, 2 processes %.3f s (%.2f of the sum), 2 threads %.3f s",
                    f[0], one, two, ratio, threads));
            if (ratio < 0.8) {
                System.out.println("[ProcessesTest] GIL on: " + attempts.get(attempts.size() - 1));
                return;
            }
        }
        // Parallel speed-up cannot show on a machine whose cores are all busy with other work:
        // then the measurement is inconclusive (skipped), not a failure.
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        Assumptions.assumeTrue(load >= 0 && load < cores, "machine overloaded (load average " + load + " on " + cores
                + " cores): parallel speed-up not measurable; attempts: " + attempts);
        throw new AssertionError("2 CPU-bound processes did not overlap (wall time not clearly below the sum): " + attempts);
    }

    @Test
    @Timeout(120)
    void terminateStopsABusyLoopAndKillGivesMinusNine() throws Exception {
        for (String gil : new String[] {"on", "off"}) {
            Run r = runOk(gil, lines(
                    "import multiprocessing as mp, time",
                    "def busy():",
                    "    while True:",
                    "        pass",
                    "def sleeper():",
                    "    try:",
                    "        time.sleep(100)",
                    "    finally:",
                    "        print('a finally block runs on terminate: wrong')",
                    "if __name__ == '__main__':",
                    "    p = mp.Process(target=busy); p.start(); time.sleep(0.1)",
                    "    t = time.monotonic(); p.terminate(); p.join(10)",
                    "    print(p.exitcode, time.monotonic() - t < 5, p.is_alive())",
                    "    p = mp.Process(target=sleeper); p.start(); time.sleep(0.1)",
                    "    p.kill(); p.join(10)",
                    "    print(p.exitcode, p.is_alive())"));
            assertEquals("-15 True False\n-9 False\n", r.out, "gil=" + gil);
        }
    }

    @Test
    @Timeout(120)
    void forkedChildGetsACopyAndItsOwnPid() throws Exception {
        Run r = runOk("on", lines(
                "import multiprocessing as mp, os",
                "data = {'n': 1}",
                "def child(q):",
                "    data['n'] += 100",
                "    q.put((os.getpid(), os.getppid(), data['n'], mp.current_process().name, mp.parent_process().pid))",
                "if __name__ == '__main__':",
                "    data['n'] = 2",
                "    q = mp.Queue()",
                "    p = mp.Process(target=child, args=(q,)); p.start()",
                "    pid, ppid, n, name, parent = q.get(); p.join()",
                "    print(pid == p.pid, pid != os.getpid(), ppid == os.getpid(), parent == os.getpid())",
                "    print(n, data['n'], name, p.exitcode)"));
        assertEquals("True True True True\n102 2 Process-1 0\n", r.out);
    }

    @Test
    @Timeout(120)
    void spawnReRunsTheMainScriptAndAGuardlessScriptFailsAsCPython() throws Exception {
        Run r = runOk("on", lines(
                "import multiprocessing as mp",
                "print('main script runs as', __name__, flush=True)",
                "def f():",
                "    print('child target', flush=True)",
                "if __name__ == '__main__':",
                "    p = mp.get_context('spawn').Process(target=f); p.start(); p.join()",
                "    print('exit', p.exitcode)"));
        assertEquals("main script runs as __main__\nmain script runs as __mp_main__\nchild target\nexit 0\n", r.out);

        Run bad = runOk("on", lines(
                "import multiprocessing as mp",
                "def f():",
                "    pass",
                "p = mp.get_context('spawn').Process(target=f)",
                "p.start()",
                "p.join()",
                "print('exit', p.exitcode)"));
        assertEquals("exit 1\n", bad.out);
        assertTrue(bad.err.contains("RuntimeError: \n        An attempt has been made to start a new process before the\n"
                + "        current process has finished its bootstrapping phase."), bad.err);
    }

    @Test
    @Timeout(120)
    void objectsThatCannotBePickledFailClearly() throws Exception {
        Run r = runOk("off", lines(
                "import multiprocessing as mp, threading",
                "def f(x):",
                "    pass",
                "if __name__ == '__main__':",
                "    r, w = mp.Pipe()",
                "    for bad in (threading.Lock(), (x for x in ())):",
                "        try:",
                "            w.send(bad)",
                "        except TypeError as e:",
                "            print(e)",
                "    try:",
                "        mp.Queue().put(lambda: 0)",
                "    except Exception as e:",
                "        print(type(e).__module__, type(e).__name__)",
                "    try:",
                "        mp.get_context('spawn').Process(target=f, args=(threading.RLock(),)).start()",
                "    except TypeError as e:",
                "        print(e)"));
        assertEquals("cannot pickle '_thread.lock' object\ncannot pickle 'generator' object\n_pickle PicklingError\n"
                + "cannot pickle '_thread.RLock' object\n", r.out);
    }

    /** A child interpreter starts in milliseconds (a new JVM would take about 0.3 s). */
    @Test
    @Timeout(120)
    void startingAndJoiningAProcessIsCheap() throws Exception {
        Run r = runOk("on", lines(
                "import multiprocessing as mp, time",
                "def f():",
                "    pass",
                "if __name__ == '__main__':",
                "    ts = []",
                "    for i in range(40):",
                "        t = time.perf_counter(); p = mp.Process(target=f); p.start(); p.join()",
                "        ts.append(time.perf_counter() - t)",
                "    ts.sort()",
                "    print(ts[len(ts) // 2] * 1000)"));
        double medianMs = Double.parseDouble(r.out.trim());
        System.out.printf("[ProcessesTest] process start+join median: %.2f ms%n", medianMs);
        assertTrue(medianMs < 100, "start+join median " + medianMs + " ms");
    }
}
