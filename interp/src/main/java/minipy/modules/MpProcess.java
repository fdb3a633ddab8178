package minipy.modules;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import minipy.gil.IntervalGil;
import minipy.gil.NoGil;
import minipy.runtime.*;
import minipy.vm.Interp;
import minipy.vm.Interpreter;
import minipy.vm.PyCode;
import minipy.vm.ThreadExit;
import minipy.vm.ThreadState;

/**
 * A minipy process: an isolated interpreter ({@link Interp}: own heap, module table, GIL, pid)
 * running on its own Java thread in this JVM, and the parent's handle on it (the role of
 * CPython's Popen objects: pid, wait with a timeout, exit code, terminate and kill).
 *
 * <p>Why not a new JVM per process: a JVM costs about 0.3 s to start (more to warm up), an
 * interpreter a few milliseconds; and since an {@link Interp} holds all mutable state, an
 * interpreter is as isolated as an OS process for the program's purposes. Standard output and
 * error are shared with the parent as a pipe would be: the child writes through its own buffer
 * (flushed when it exits, or on flush=True) to the same underlying stream.
 *
 * <p>Start methods: {@code fork} copies the parent's user modules and the process object
 * ({@link MpCopier#FORK}) at {@code start()} and runs {@code process._bootstrap()} in the child;
 * {@code spawn} re-runs the main script as {@code __mp_main__} in the child, then receives the
 * process object by value ({@link MpCopier#PICKLE}).
 *
 * <p>Termination: {@code terminate()}/{@code kill()} mark the child interpreter as finalizing and
 * set the eval breaker of each of its threads (interrupting any blocking wait); the main thread
 * receives an exception whose raise throws a Java Error ({@link Killed}), which no Python
 * handler (except/finally) intercepts, and the child ends with exit code -15 / -9, its unflushed
 * output lost, as after a signal.
 */
public final class MpProcess extends PyObject implements MpShareable.Same {
    static final PyType TYPE = new PyType("ProcessHandle", new PyType[] {PyType.OBJECT}, false).immortal();
    private static final long STACK_BYTES = 512L << 20;
    /** Fake pids of child processes: the JVM plays the kernel (one allocator for the whole JVM). */
    private static final AtomicLong NEXT_PID = new AtomicLong(ProcessHandle.current().pid() + 1);

    final long pid;
    final Interp parent;
    private volatile Interp child;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile boolean finished;
    private volatile int exitcode;
    private volatile int signal;
    /** Measured for the README: nanoseconds from start() until the child ran its first bytecode. */
    volatile long startupNanos;

    static {
        TYPE.module = "_multiprocessing_minipy";
        TYPE.baseType = false;
        TYPE.def("wait", (a, k) -> ((MpProcess) a[0]).waitFor(a.length > 1 && a[1] != Py.None ? Ops.asDouble(a[1]) : -1));
        TYPE.def("poll", (a, k) -> ((MpProcess) a[0]).poll());
        TYPE.def("terminate", (a, k) -> { ((MpProcess) a[0]).signal(15); return Py.None; });
        TYPE.def("kill", (a, k) -> { ((MpProcess) a[0]).signal(9); return Py.None; });
        TYPE.def("is_alive", (a, k) -> !((MpProcess) a[0]).finished);
        TYPE.def("startup_seconds", (a, k) -> ((MpProcess) a[0]).startupNanos / 1e9);
        TYPE.dict.put("pid", new PyWrappers.Property(
                PyBuiltinFunction.method("ProcessHandle", "pid", (a, k) -> ((MpProcess) a[0]).pid), Py.None, Py.None, Py.None).immortal());
        TYPE.def("__repr__", (a, k) -> "<ProcessHandle pid=" + ((MpProcess) a[0]).pid + ">");
    }

    private MpProcess(Interp parent) {
        this.parent = parent;
        this.pid = NEXT_PID.getAndIncrement();
        immortal();
    }

    @Override public PyType type() { return TYPE; }

    /** Thrown (as an Error, so no Python handler runs) in a terminated or killed process. */
    static final class Killed extends Error {
        Killed() { super(null, null, false, false); }
    }

    private static final class KillRequest extends PyBaseException {
        KillRequest() { super(Exc.SystemExit); }
        @Override public PyException raise() { throw new Killed(); }
    }

    // ---- start ------------------------------------------------------------------------------

    /**
     * Starts a child process running {@code processObj._bootstrap()}. Called by
     * multiprocessing.process.BaseProcess.start() in the parent, holding the parent's GIL.
     */
    static MpProcess start(Interp parent, Object processObj, String method, String name) {
        boolean fork = !method.equals("spawn");
        parent.stdout.flush();   // as popen_fork: what the parent printed so far comes first
        parent.stderr.flush();
        long t0 = System.nanoTime();
        MpCopier.Encoder enc = new MpCopier.Encoder(parent, fork ? MpCopier.FORK : MpCopier.PICKLE);
        List<Object[]> modules = fork ? enc.encodeUserModules() : null;
        Object sysState = null;
        if (parent.modules.get("sys") instanceof PyModule sys) {
            MpCopier.Encoder plain = new MpCopier.Encoder(parent, MpCopier.PICKLE);
            sysState = plain.enc(PyTuple.of(sys.get("path") == null ? Py.None : sys.get("path"),
                    sys.get("argv") == null ? Py.None : sys.get("argv")));
        }
        Object obj = enc.enc(processObj);
        String[] main = fork ? null : mainScript(parent);
        // spawn: the parent's default start method is set in the child before its main script runs
        String defaultMethod = Ops.getattrOrNull(processObj, "_mp_start_method") instanceof String s ? s : null;
        MpProcess h = new MpProcess(parent);
        Object state = sysState;
        Thread t = new Thread(null, () -> h.run(fork, modules, state, obj, main, name, defaultMethod, t0),
                "minipy-process-" + h.pid, STACK_BYTES);
        t.setDaemon(true);
        t.start();
        return h;
    }

    /** The parent's main script (file name, source) for spawn, or null for -c / stdin programs. */
    private static String[] mainScript(Interp parent) {
        Object main = parent.modules.get("__main__");
        if (!(main instanceof PyModule m) || !(m.get("__file__") instanceof String file) || file.startsWith("<")) return null;
        try {
            return new String[] {file, Files.readString(Path.of(file), StandardCharsets.UTF_8)};
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    // ---- the child's thread -----------------------------------------------------------------

    private void run(boolean fork, List<Object[]> modules, Object sysState, Object obj, String[] main, String name,
                     String defaultMethod, long t0) {
        Interp c = null;
        int status = 0;
        boolean killed = false;
        parent.liveChildren.incrementAndGet();   // the parent's deadlock watchdog waits while a child lives
        try {
            minipy.runtime.LiveObjects.foreignThread();   // the child's objects are not the parent's (--debug-refs)
            c = new Interp(new ByteArrayInputStream(new byte[0]), parent.out, parent.err);
            c.pid = pid;
            c.ppid = parent.pid;
            c.argv = parent.argv;
            c.scriptDir = parent.scriptDir;
            c.switchInterval = parent.switchInterval;
            c.recursionLimit = parent.recursionLimit;
            c.debug = parent.debug;
            final Interp ci = c;
            c.gil = parent.gil.enabled() ? new IntervalGil(() -> ci.switchInterval,
                    parent.gil instanceof IntervalGil pg && pg.ioPriority()) : new NoGil();
            synchronized (this) {
                child = c;
                if (signal != 0) throw new Killed();
            }
            c.gil.acquire(c.mainThread);
            try {
                startupNanos = System.nanoTime() - t0;
                status = bootstrap(c, fork, modules, sysState, obj, main, name, defaultMethod);
            } catch (PyException e) {
                status = c.handleUncaught(e);
            } finally {
                if (signal == 0) c.stdout.flush();
                c.stderr.flush();
                c.finalizing = true;
                for (ThreadState ts : c.threads.values()) {
                    if (ts == c.mainThread) continue;
                    ts.setBreaker(ThreadState.ASYNC_EXC);
                    ts.thread.interrupt();
                }
                MpRuntime.of(c).closeAll();
                // the process's files and sockets close (issue 5); as in CPython, a forked child ends
                // with os._exit (buffers of files it left open are lost), a spawned one exits normally
                IoRuntime.exit(c, signal == 0 && !fork);
                c.gil.release(c.mainThread);
            }
        } catch (Killed e) {
            killed = true;
        } catch (ThreadExit e) {
            status = 0;
        } catch (VmError e) {
            if (c != null && signal == 0) c.stdout.flush();
            parent.stderrWrite("minipy: " + e.getMessage() + "\n");
            if (parent.debug) e.printStackTrace(parent.err);
            status = 70;
        } catch (RuntimeException | Error e) {
            if (signal != 0) {
                killed = true;
            } else {
                if (c != null) c.stdout.flush();
                parent.stderrWrite("minipy: internal error in process " + pid + " (an interpreter bug): " + e + "\n");
                if (parent.debug) e.printStackTrace(parent.err);
                status = 70;
            }
        } finally {
            if (c != null && killed) {
                MpRuntime.of(c).closeAll();
                c.finalizing = true;
            }
            ThreadState.unbind();
            parent.liveChildren.decrementAndGet();
            exitcode = killed || signal != 0 ? -signal : status;
            synchronized (this) {
                finished = true;
                child = null;       // the handle outlives the process: let its heap go
            }
            done.countDown();
        }
    }

    /** In the child, holding its GIL: recreate the state, then run the process object. */
    private int bootstrap(Interp c, boolean fork, List<Object[]> modules, Object sysState, Object obj, String[] main, String name,
                          String defaultMethod) {
        MpCopier.Decoder dec = new MpCopier.Decoder(c);
        PyModule sys = c.importer.importModule("sys");
        if (sysState != null) {
            MpCopier.Decoder sd = new MpCopier.Decoder(c);
            PyTuple st = (PyTuple) sd.dec(sysState);
            if (st.get(0) instanceof PyList path) sys.set("path", path);
            if (st.get(1) instanceof PyList argv) sys.set("argv", argv);
            sd.finish();
        }
        if (fork) {
            dec.installModules(modules);
        } else if (main != null) {
            runMainAsMpMain(c, main[0], main[1], name, defaultMethod);
        }
        Object processObj = dec.dec(obj);
        Refs.incref(processObj);
        dec.finish();
        Object r = Ops.invoke(processObj, "_bootstrap");
        if (r instanceof Long l) return (int) (long) l;
        if (r instanceof Boolean b) return b ? 1 : 0;
        return 0;
    }

    /** spawn: the parent's main script runs again as __mp_main__ (its __main__ guard is false). */
    private static void runMainAsMpMain(Interp c, String file, String source, String name, String defaultMethod) {
        c.importer.importModule("multiprocessing");
        PyModule process = c.importer.importModule("multiprocessing.process");
        if (defaultMethod != null) {
            PyModule context = c.importer.importModule("multiprocessing.context");
            Ops.call(context.get("_force_start_method"), defaultMethod);
        }
        Object cur = Ops.call(process.get("current_process"));
        Ops.setattr(cur, "_inheriting", true);
        Ops.setattr(cur, "name", name);
        PyModule m = new PyModule("__mp_main__");
        m.set("__file__", file);
        m.set("__builtins__", c.builtins);
        m.set("__doc__", Py.None);
        Refs.incref(m);
        c.modules.put("__mp_main__", m);
        c.modules.put("__main__", m);
        try {
            PyCode code = minipy.vm.CodeCache.compile(c, source, file);
            Interpreter.runModule(code, m.dict);
        } finally {
            Ops.delattr(cur, "_inheriting");
        }
    }

    // ---- the parent's side ------------------------------------------------------------------

    Object poll() { return finished ? (Object) (long) exitcode : Py.None; }

    Object waitFor(double timeout) {
        if (!finished) {
            ThreadState ts = ThreadState.current();
            Blocking.await(ts, timeout, nanos -> {
                if (nanos < 0) {
                    done.await();
                    return true;
                }
                return done.await(nanos, TimeUnit.NANOSECONDS);
            });
        }
        return poll();
    }

    /** terminate() (15) / kill() (9): the child stops at its next eval-breaker check or wait. */
    synchronized void signal(int sig) {
        if (finished || signal != 0) return;
        signal = sig;
        Interp c = child;
        if (c == null) return;     // not running bytecode yet: run() sees the signal
        c.finalizing = true;
        for (ThreadState ts : c.threads.values()) {
            if (ts == c.mainThread) ts.asyncExc = new KillRequest().immortal();   // immortal: not in the collector of the caller
            ts.setBreaker(ThreadState.ASYNC_EXC);
            ts.thread.interrupt();
        }
    }
}
