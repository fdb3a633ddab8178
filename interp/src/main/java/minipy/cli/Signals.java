package minipy.cli;

import minipy.vm.Interp;
import minipy.vm.ThreadState;

/** Ctrl-C (KeyboardInterrupt in the main thread) and the timed thread dump. */
final class Signals {
    private Signals() {}

    static void install(Interp interp) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), sig -> interp.interruptMain());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // no SIGINT on this platform: Ctrl-C then ends the JVM directly
        }
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
            StringBuilder sb = new StringBuilder("Thread dump after " + seconds + " s:\n");
            for (ThreadState ts : interp.allThreads()) {
                if (ts.finished) continue;
                sb.append("\nThread ").append(ts.displayName());
                if (ts.waitingFor != null) sb.append(" (waiting for a lock)");
                else if (ts.blocked) sb.append(" (blocked)");
                sb.append(" (most recent call last):\n").append(interp.formatStack(ts));
            }
            interp.stderrWrite(sb.toString());
        }, "minipy-thread-dump");
        t.setDaemon(true);
        t.start();
    }
}
