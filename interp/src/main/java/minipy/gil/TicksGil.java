package minipy.gil;

import java.util.concurrent.Semaphore;
import minipy.vm.ThreadState;

/*
 * The pre-3.2 GIL ("--gil-policy=ticks:N"), kept to reproduce the old multicore experiments:
 * every N bytecodes the running thread releases the GIL and immediately competes for it
 * again. There is no forced switching: on a multicore machine the releasing thread usually
 * wins again at once, so waiting threads starve and CPU-bound threads convoy (David Beazley's
 * "two threads slower than one" measurements). With one runnable thread at a time it also
 * gives reproducible interleavings.
 */
public final class TicksGil implements Gil {
    private final Semaphore gil = new Semaphore(1, false);
    private final long ticks;

    public TicksGil(long ticks) { this.ticks = Math.max(1, ticks); }

    @Override public boolean enabled() { return true; }

    @Override public String describe() { return "gil=on, policy ticks:" + ticks; }

    @Override public void acquire(ThreadState ts) {
        if (ts.interp.finalizing && ts != ts.interp.mainThread) throw new minipy.vm.ThreadExit();
        long t0 = System.nanoTime();
        gil.acquireUninterruptibly();
        if (ts.interp.finalizing && ts != ts.interp.mainThread) {
            gil.release();
            throw new minipy.vm.ThreadExit();
        }
        long now = System.nanoTime();
        ts.gilStats.acquired(now - t0, now);
        ts.nextTickCheck = ts.gilStats.instructions + ticks;
    }

    @Override public void release(ThreadState ts) {
        ts.gilStats.released(System.nanoTime(), false);
        ts.nextTickCheck = Long.MAX_VALUE;
        gil.release();
    }

    @Override public void yieldTo(ThreadState ts) {
        ts.clearBreaker(ThreadState.GIL_DROP_REQUEST);
    }

    /** Every N bytecodes: release and compete again at once (no hand-over guarantee). */
    @Override public void tick(ThreadState ts) {
        ts.gilStats.released(System.nanoTime(), true);
        gil.release();
        long t0 = System.nanoTime();
        gil.acquireUninterruptibly();
        long now = System.nanoTime();
        ts.gilStats.acquired(now - t0, now);
        ts.nextTickCheck = ts.gilStats.instructions + ticks;
    }
}
