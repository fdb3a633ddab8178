package minipy.cli;

import minipy.vm.Interp;
import minipy.vm.ThreadState;

/**
 * Ctrl-C (KeyboardInterrupt in the main thread) and thread dumps: every thread's Python
 * traceback on stderr, the program going on, after --dump-threads-after=SECONDS or on
 * SIGUSR1 (`kill -USR1 PID`). SIGQUIT (Ctrl-\) cannot be used: the JVM keeps it for its own
 * Java thread dump and sun.misc.Signal refuses it ("Signal already used by VM or OS"), even
 * with -Xrs.
 */
final class Signals {
    private Signals() {}

    static void install(Interp interp) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), sig -> interp.interruptMain());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // no SIGINT on this platform: Ctrl-C then ends the JVM directly
        }
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("USR1"), sig -> {
                if (!interp.finalizing) interp.stderrWrite(dump(interp, "Thread dump (SIGUSR1):\n"));
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // no SIGUSR1 here: --dump-threads-after remains
        }
    }

    /** Every live thread's traceback, innermost call last, as CPython's faulthandler would list them. */
    static String dump(Interp interp, String header) {
        StringBuilder sb = new StringBuilder(header);
        for (ThreadState ts : interp.allThreads()) {
            if (ts.finished) continue;
            sb.append("\nThread ").append(ts.displayName());
            if (ts.waitingFor != null) sb.append(" (waiting for a lock)");
            else if (ts.blocked) sb.append(" (blocked)");
            sb.append(" (most recent call last):\n").append(interp.formatStack(ts));
        }
        return sb.toString();
    }

    /** --dump-threads-after: prints every thread's traceback once, leaving the program running. */
    static void dumpThreadsAfter(Interp interp, double seconds) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep((long) (seconds * 1000));
            } catch (InterruptedException e) {
                return;
            }
            if (interp.finalizing) return;
            interp.stderrWrite(dump(interp, "Thread dump after " + seconds + " s:\n"));
        }, "minipy-thread-dump");
        t.setDaemon(true);
        t.start();
    }
}
