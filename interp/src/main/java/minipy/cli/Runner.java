package minipy.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import minipy.compile.CompileError;
import minipy.gil.IntervalGil;
import minipy.gil.NoGil;
import minipy.gil.TicksGil;
import minipy.runtime.Refs;
import minipy.runtime.Tracebacks;
import minipy.runtime.VmError;
import minipy.vm.Interp;
import minipy.vm.ThreadState;

/** Runs one program in a fresh interpreter on a thread with a large stack. */
final class Runner {
    static final class Options {
        boolean gil = true;
        double switchInterval = 0.005;
        boolean debug;
        boolean gilStats;
        /** --trace=FILE.json, or null. */
        String trace;
        /** --gil-policy=ticks:N; 0 means the interval policy. */
        long ticks;
        /** --gil-policy=io-priority. */
        boolean ioPriority;
        /** Only the real command line installs a SIGINT handler (not in-process test runs). */
        boolean handleSignals;
        double dumpThreadsAfter;
        String onDeadlock = "report";
        /** --refcount=racy: plain (non-atomic) count updates even with the GIL off. */
        boolean racyRefcounts;
        /** --debug-refs: live counted objects per type at exit. */
        boolean debugRefs;
    }

    private final InputStream in;
    private final PrintStream out, err;
    private final Options opts;

    Runner(InputStream in, PrintStream out, PrintStream err, Options opts) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.opts = opts;
    }

    int run(String source, String filename, List<String> argv) {
        int[] status = {0};
        Thread t = new Thread(null, () -> status[0] = runHere(source, filename, argv), "MainThread", 1L << 30);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return status[0];
    }

    private int runHere(String source, String filename, List<String> argv) {
        Interp interp = null;
        try {
            minipy.runtime.LiveObjects.enable(opts.debugRefs);
            interp = new Interp(in, out, err);
            interp.argv = argv.toArray(new String[0]);
            String dir = filename.contains("/") ? filename.substring(0, filename.lastIndexOf('/')) : "";
            interp.scriptDir = dir.isEmpty() ? "" : dir;
            interp.switchInterval = opts.switchInterval;
            interp.debug = opts.debug;
            interp.gilStatsAtExit = opts.gilStats;
            interp.onDeadlock = opts.onDeadlock;
            if (opts.handleSignals) Signals.install(interp);
            if (opts.trace != null) {
                interp.traceFile = java.nio.file.Path.of(opts.trace);
                interp.tracer = new minipy.gil.TraceRecorder();
            }
            if (opts.dumpThreadsAfter > 0) Signals.dumpThreadsAfter(interp, opts.dumpThreadsAfter);
            Refs.configure(opts.gil, opts.racyRefcounts);
            if (opts.gil && opts.ticks > 0) {
                interp.gil = new TicksGil(opts.ticks);
            } else if (opts.gil) {
                final Interp ip = interp;
                interp.gil = new IntervalGil(() -> ip.switchInterval, opts.ioPriority);
            } else {
                interp.gil = new NoGil();
            }
            interp.debugRefs = opts.debugRefs;
            return interp.runMain(source, filename);
        } catch (VmError e) {
            if (interp != null) interp.stdout.flush();
            if (interp == null || interp.claimFatalReport()) err.println("minipy: " + e.getMessage());
            if (opts.debug) e.printStackTrace(err);
            return 70;
        } catch (RuntimeException | Error e) {
            if (interp != null) interp.stdout.flush();
            if (Refs.racy && e instanceof RuntimeException re) {
                if (interp == null || interp.claimFatalReport()) err.println("minipy: " + Refs.raceDamage(re));
                if (opts.debug) e.printStackTrace(err);
                return 70;
            }
            err.println("minipy: internal error (an interpreter bug): " + e);
            if (opts.debug) e.printStackTrace(err);
            else err.println("(run with --debug for the Java stack trace)");
            return 70;
        } finally {
            ThreadState.unbind();
        }
    }

    static String formatCompileError(CompileError e) {
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(e.filename).append("\", line ").append(e.line).append('\n');
        if (e.text != null) {
            String stripped = e.text.stripLeading();
            int cut = e.text.length() - stripped.length();
            sb.append("    ").append(stripped.stripTrailing()).append('\n');
            sb.append("    ").append(" ".repeat(Math.max(0, e.offset - 1 - cut))).append("^\n");
        }
        sb.append(e.kind).append(": ").append(e.msg).append('\n');
        return sb.toString();
    }
}
