package minipy.gil;

import minipy.vm.ThreadState;

/**
 * The global interpreter lock, as seen by the VM. GIL-on and GIL-off modes are two
 * implementations of this interface, so the evaluation loop never tests the mode.
 */
public interface Gil {
    /** Takes the GIL for the calling thread (blocks until it is free). */
    void acquire(ThreadState ts);

    /**
     * Takes the GIL again after a blocking call (sleep, lock or queue wait, IO). The same as
     * acquire except for the io-priority policy, which lets an I/O-bound thread go first.
     */
    default void acquireAfterBlocking(ThreadState ts) { acquire(ts); }

    /** Releases the GIL held by the calling thread. */
    void release(ThreadState ts);

    /** Called from the eval breaker when another thread asked for the GIL: hand it over. */
    void yieldTo(ThreadState ts);

    /** Instruction-count policies: called when the thread's count passes ThreadState.nextTickCheck. */
    default void tick(ThreadState ts) {}

    /** The policy in words, for reports. */
    default String describe() { return enabled() ? "gil=on" : "gil=off"; }

    /** True when only one thread runs bytecode at a time. */
    boolean enabled();

    /** Runs a blocking action with the GIL released, re-acquiring it afterwards even on failure. */
    default <T> T blocking(ThreadState ts, java.util.function.Supplier<T> action) {
        release(ts);
        ts.blocked = true;
        long t0 = System.nanoTime();
        try {
            return action.get();
        } finally {
            ts.blocked = false;
            TraceRecorder tr = ts.interp.tracer;
            if (tr != null) tr.span(ts, "blocked: sleep/IO", "blocked", t0, System.nanoTime(), null);
            acquireAfterBlocking(ts);
        }
    }
}
