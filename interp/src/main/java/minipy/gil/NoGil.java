package minipy.gil;

import minipy.vm.ThreadState;

/** GIL-off mode: threads run bytecode in parallel; nothing to acquire or hand over. */
public final class NoGil implements Gil {
    @Override public void acquire(ThreadState ts) {
        if (ts.interp.finalizing && ts != ts.interp.mainThread) throw new minipy.vm.ThreadExit();
        long t0 = System.nanoTime();
        ts.interp.gc.safePoint(ts);   // coming back from a blocking call: wait out a collection in progress
        long now = System.nanoTime();
        ts.gilStats.acquired(now - t0, now);   // "held" = running bytecode, for --gil-stats and --trace
    }
    @Override public void release(ThreadState ts) { ts.gilStats.released(System.nanoTime(), false); }
    @Override public void yieldTo(ThreadState ts) {}
    @Override public boolean enabled() { return false; }
}
