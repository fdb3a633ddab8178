package minipy.vm;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import minipy.compile.CompileError;
import minipy.compile.Compiler;
import minipy.compile.Parser;
import minipy.gil.Gil;
import minipy.gil.NoGil;
import minipy.modules.BuiltinsModule;
import minipy.runtime.*;

/**
 * One interpreter: its builtins, module table, importer, GIL, standard streams and options.
 * Nothing in it is static, so several interpreters can live in one JVM.
 */
public final class Interp {
    /** The cycle collector's state: generation lists, counts, thresholds (gc module). */
    public final Gc gc = new Gc(this);
    public final PyModule builtins;
    public final PyDict builtinsDict;
    public final PyDict modules = new PyDict();
    public final Importer importer;
    public Gil gil = new NoGil();
    public volatile int recursionLimit = 1000;
    public volatile double switchInterval = 0.005;
    public final PrintStream out, err;
    public final InputStream in;
    public final Output stdout, stderr;
    public String[] argv = new String[0];
    public String scriptDir = ".";
    public boolean debug;
    /** --debug-refs: report the objects still counted at exit. */
    public boolean debugRefs;
    private final Map<String, String[]> sources = new ConcurrentHashMap<>();
    public final ThreadState mainThread;
    /** Live threads by ident (the main thread included). */
    public final Map<Long, ThreadState> threads = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong nextIdent = new java.util.concurrent.atomic.AtomicLong(1);
    /** Every thread state ever created, for statistics at exit. */
    private final java.util.List<ThreadState> allThreads = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    public final long startNanos = System.nanoTime();
    /** --trace: the timeline recorder (null when tracing is off) and its output file. */
    public volatile minipy.gil.TraceRecorder tracer;
    public java.nio.file.Path traceFile;
    /** --gil-stats: print the GIL table at exit. */
    public boolean gilStatsAtExit;
    /** Bumped on every lock acquire/release: the deadlock watchdog's sign of progress. */
    public final java.util.concurrent.atomic.AtomicLong lockProgress = new java.util.concurrent.atomic.AtomicLong();
    private static final java.util.concurrent.atomic.AtomicInteger LIVE = new java.util.concurrent.atomic.AtomicInteger();
    /** Exit status forced by the deadlock watchdog (or another abort), or -1. */
    public volatile int abortStatus = -1;
    private final java.util.concurrent.atomic.AtomicBoolean fatalReported = new java.util.concurrent.atomic.AtomicBoolean();

    /** True for the first caller only: a fatal VM error (e.g. refcount-race damage) is reported once. */
    public boolean claimFatalReport() { return fatalReported.compareAndSet(false, true); }

    /** Interpreters currently running in this JVM (processes are interpreters too). */
    public static int liveInterpreters() { return LIVE.get(); }

    /** Child processes (in-JVM interpreters started by this one) still running. */
    public final java.util.concurrent.atomic.AtomicInteger liveChildren = new java.util.concurrent.atomic.AtomicInteger();

    /** Ends the program with the given status: SystemExit in the main thread, no thread joins at exit. */
    public void abortWithStatus(int status) {
        abortStatus = status;
        mainThread.asyncExc = new PyBaseException(Exc.SystemExit, (long) status);
        mainThread.setBreaker(ThreadState.ASYNC_EXC);
        mainThread.thread.interrupt();
    }

    private void writeTrace() {
        mainThread.gilStats.heldNanosNow();
        try {
            tracer.write(traceFile, allThreads());
        } catch (java.io.IOException e) {
            stderrWrite("minipy: cannot write trace " + traceFile + ": " + e.getMessage() + "\n");
        }
    }

    /** The traceback lines of a thread's current frames, outermost first. */
    public String formatStack(ThreadState t) {
        java.util.ArrayList<Frame> frames = new java.util.ArrayList<>();
        for (Frame f = t.frame; f != null; f = f.back) frames.add(0, f);
        StringBuilder sb = new StringBuilder();
        for (Frame f : frames) {
            int line = f.currentLine();
            sb.append("  File \"").append(f.code.filename).append("\", line ").append(line).append(", in ").append(f.code.name).append('\n');
            String src = sourceLine(f.code.filename, line);
            if (src != null && !src.isBlank()) sb.append("    ").append(src.strip()).append('\n');
        }
        return sb.toString();
    }

    /** --on-deadlock: report, exit or hang. */
    public String onDeadlock = "report";
    /** Set when the main program has finished: other threads stop when they next need the GIL. */
    public volatile boolean finalizing;
    // ---- processes (issue 4, multiprocessing: a child process is another Interp in this JVM) ----
    /** os.getpid() / os.getppid(): the real ones for the top interpreter, fake ones for in-JVM child processes. */
    public volatile long pid = ProcessHandle.current().pid();
    public volatile long ppid = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);
    /** Per-interpreter state of native modules that must outlive their module object (e.g. minipy.modules.MpRuntime). */
    public final Map<String, Object> extensions = new ConcurrentHashMap<>();

    public Interp(InputStream in, PrintStream out, PrintStream err) {
        RuntimeInit.init();
        this.in = in;
        this.out = out;
        this.err = err;
        this.stdout = new Output(out, false);
        this.stderr = new Output(err, true);
        this.mainThread = new ThreadState(this, Thread.currentThread(), identFor(nextIdent.getAndIncrement()));
        threads.put(mainThread.ident, mainThread);
        allThreads.add(mainThread);
        mainThread.name = "MainThread";
        mainThread.bind();
        this.builtins = BuiltinsModule.create(this);
        this.builtinsDict = builtins.dict;
        Refs.incref(modules);
        modules.put("builtins", builtins);
        this.importer = new Importer(this);
    }

    /** Thread idents look like CPython's (large, pthread_t-like numbers). */
    private static long identFor(long n) { return 139_800_000_000_000L + n * 0x801000L; }

    public ThreadState newThreadState(Thread t) {
        ThreadState ts = new ThreadState(this, t, identFor(nextIdent.getAndIncrement()));
        threads.put(ts.ident, ts);
        allThreads.add(ts);
        return ts;
    }

    public java.util.List<ThreadState> allThreads() {
        synchronized (allThreads) {
            return new java.util.ArrayList<>(allThreads);
        }
    }

    public void threadFinished(ThreadState ts) {
        ts.finished = true;
        threads.remove(ts.ident);
        gc.threadFinished(ts);
    }

    /** Number of threads started by _thread that are still running. */
    public int threadCount() { return threads.size() - (threads.containsKey(mainThread.ident) ? 1 : 0); }

    /** Ctrl-C / _thread.interrupt_main(): KeyboardInterrupt in the main thread at its next check. */
    public void interruptMain() {
        mainThread.asyncExc = new PyBaseException(Exc.KeyboardInterrupt);
        mainThread.setBreaker(ThreadState.ASYNC_EXC);
        mainThread.thread.interrupt();
    }

    public void registerSource(String filename, String source) {
        sources.put(filename, source.split("\n", -1));
    }

    public String sourceLine(String filename, int line) {
        String[] lines = sources.get(filename);
        if (lines == null) {
            try {
                String text = java.nio.file.Files.readString(java.nio.file.Path.of(filename), StandardCharsets.UTF_8);
                registerSource(filename, text);
                lines = sources.get(filename);
            } catch (Exception e) {
                return null;
            }
        }
        return line >= 1 && line <= lines.length ? lines[line - 1] : null;
    }

    public void stderrWrite(String s) { stderr.write(s); stderr.flush(); }

    /** Compiles source; syntax errors become Python SyntaxError exceptions. */
    public PyCode compile(String source, String filename) {
        registerSource(filename, source);
        try {
            return Compiler.compileModule(Parser.parse(source, filename), filename);
        } catch (CompileError e) {
            if (e.text == null && e.line >= 1) {
                // errors found after parsing (symbol table, compiler) show their line too
                String[] lines = source.split("\r\n|\r|\n", -1);
                if (e.line <= lines.length) e = new CompileError(e.kind, e.msg, e.filename, e.line, e.offset, lines[e.line - 1]);
            }
            throw syntaxError(e).raise();
        }
    }

    public static PyBaseException syntaxError(CompileError e) {
        PyType t = e.kind.equals("IndentationError") ? Exc.IndentationError : e.kind.equals("TabError") ? Exc.TabError : Exc.SyntaxError;
        PyBaseException x = new PyBaseException(t, e.msg);
        x.extra = new Object[] {e.filename, (long) e.line, (long) e.offset, e.text == null ? Py.None : e.text};
        return x;
    }

    /**
     * Runs source as __main__ and returns the process exit status: 0, 1 for an uncaught
     * exception (after printing its traceback), n for sys.exit(n).
     */
    public int runMain(String source, String filename) {
        PyModule main = new PyModule("__main__");
        main.set("__file__", filename);
        main.set("__builtins__", builtins);
        main.set("__doc__", Py.None);
        modules.put("__main__", main);
        int status = 0;
        LIVE.incrementAndGet();
        DeadlockDetector.start(this);
        gil.acquire(mainThread);
        try {
            PyCode code = compile(source, filename);
            Interpreter.runModule(code, main.dict);
        } catch (PyException e) {
            status = handleUncaught(e);
        }
        if (abortStatus >= 0) status = abortStatus;
        else status = shutdown(status);
        if (abortStatus < 0) gc.collectAtExit(mainThread);   // as Py_FinalizeEx: __del__ of cyclic garbage runs
        if (abortStatus >= 0) status = abortStatus;
        LIVE.decrementAndGet();
        if (!gil.enabled()) letRunningThreadsReachABlock();
        finalizing = true;
        for (ThreadState t : threads.values()) if (t != mainThread) t.setBreaker(ThreadState.ASYNC_EXC);
        // open files flushed and closed, sockets closed, as at process exit (issue 5); after
        // finalizing, so a daemon thread woken by a closed socket runs no more Python code
        if (abortStatus < 0) finalizeModules();
        if (debugRefs) {
            stdout.flush();
            java.util.ArrayList<Object> roots = new java.util.ArrayList<>(java.util.List.of(modules, builtins));
            roots.add(gc.garbage);          // gc.garbage and gc.callbacks belong to the interpreter
            roots.add(gc.callbacks);
            // threads still running (daemons) hold their stacks; the main thread its main greenlet
            for (ThreadState t : threads.values()) if (t == mainThread || !t.finished) t.addRoots(roots);
            stderrWrite(LiveObjects.report(this, roots));
        }
        minipy.modules.IoRuntime.exit(this, true);
        stdout.flush();
        if (gilStatsAtExit) stderrWrite(minipy.gil.GilReport.format(this));
        if (tracer != null) writeTrace();
        gil.release(mainThread);
        stderr.flush();
        return status;
    }

    /**
     * Module teardown at exit, as CPython's finalize_modules: every module leaves sys.modules
     * in import order (a module nobody else references is freed there, and its globals with it,
     * in dict order), the cyclic garbage this leaves (module globals referenced by their own
     * functions and classes) is collected, finalizers first, in the collector's order; the
     * globals of modules still alive after that are cleared as _PyModule_Clear does (names
     * starting with one underscore first, then the rest). This is when the __del__ of objects
     * still referenced from module globals runs. builtins and sys stay.
     */
    private void finalizeModules() {
        java.util.ArrayList<PyModule> removed = new java.util.ArrayList<>();
        java.util.ArrayList<Object> keys = new java.util.ArrayList<>();
        for (int i = 0; i < modules.positions(); i++) {
            Object key = modules.keyAt(i);
            if (key == null || "builtins".equals(key) || "sys".equals(key)) continue;
            keys.add(key);
        }
        try {
            for (Object key : keys) {
                Object m = modules.get(key);
                if (m instanceof PyModule pm && !pm.isImmortal()) removed.add(pm);   // no count: a weak handle
                if (m != null) modules.put(key, Py.None);
                mainThread.drainDeferred();
            }
            gc.collect(mainThread, Gc.NUM_GENERATIONS - 1);
            mainThread.drainDeferred();
            for (PyModule m : removed) {
                if (m.isFreed() || m.dict.isFreed()) continue;
                clearModuleDict(m.dict, true);
                clearModuleDict(m.dict, false);
            }
            gc.collect(mainThread, Gc.NUM_GENERATIONS - 1);
        } catch (PyException e) {
            ErrorReporter.unraisable("Exception ignored during module teardown", e);
        }
        mainThread.drainDeferred();
    }

    /** One pass of _PyModule_ClearDict: single-underscore names, or every other name but __builtins__, set to None. */
    private void clearModuleDict(PyDict d, boolean underscored) {
        for (int i = 0; i < d.positions(); i++) {
            Object key = d.keyAt(i);
            if (!(key instanceof String name) || d.valueAt(i) == Py.None) continue;
            boolean single = name.length() > 1 && name.charAt(0) == '_' && name.charAt(1) != '_';
            if (underscored ? !single : (single || name.equals("__builtins__"))) continue;
            try {
                d.put(name, Py.None);
            } catch (PyException e) {
                ErrorReporter.unraisable("Exception ignored during module teardown", e);
            }
            mainThread.drainDeferred();
        }
    }

    /** Prints an uncaught exception (or handles SystemExit) and returns the exit status. */
    public int handleUncaught(PyException e) {
        PyBaseException v = e.value;
        if (v.type().isSubtypeOf(Exc.KeyboardInterrupt)) {
            stdout.flush();
            stderrWrite(Tracebacks.format(v));
            return 130;                 // as CPython, which dies by SIGINT: the shell sees 128 + 2
        }
        if (v.type().isSubtypeOf(Exc.SystemExit)) {
            Object code = v.args.size() == 0 ? Py.None : v.args.size() == 1 ? v.args.get(0) : v.args;
            if (code == Py.None) return 0;
            if (code instanceof Long l) return (int) (long) l;
            if (code instanceof Boolean b) return b ? 1 : 0;
            stdout.flush();
            stderrWrite(Ops.str(code) + "\n");
            return 1;
        }
        stdout.flush();
        stderrWrite(Tracebacks.format(v));
        return 1;
    }

    /**
     * With the GIL off, daemon threads that are running (not blocked) at exit get a short grace
     * period to reach their next blocking call, as they would under CPython's GIL, where a
     * thread keeps the GIL until it blocks. Bounded, so a busy daemon cannot delay exit.
     */
    private void letRunningThreadsReachABlock() {
        long deadline = System.nanoTime() + 100_000_000L;
        while (System.nanoTime() < deadline) {
            boolean allQuiet = true;
            for (ThreadState t : threads.values()) {
                if (t != mainThread && !t.finished && !t.blocked) { allQuiet = false; break; }
            }
            if (allQuiet) return;
            Thread.onSpinWait();
            try { Thread.sleep(1); } catch (InterruptedException e) { return; }
        }
    }

    /** Interpreter exit: threading._shutdown() joins non-daemon threads, then streams are flushed. */
    private int shutdown(int status) {
        Object threading = modules.get("threading");
        if (threading instanceof PyModule m) {
            Object sd = m.get("_shutdown");
            if (sd != null) {
                try {
                    Ops.call(sd);
                } catch (PyException e) {
                    if (e.value.type().isSubtypeOf(Exc.SystemExit)) return handleUncaught(e);
                    stderrWrite(Tracebacks.format(e.value));
                }
            }
        }
        return status;
    }
}
