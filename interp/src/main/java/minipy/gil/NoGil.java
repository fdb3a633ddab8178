package minipy.gil;

import minipy.vm.ThreadState;

/** GIL-off mode: threads run bytecode in parallel; nothing to acquire or hand over. */
public final class NoGil implements Gil {
    @Override public void acquire(ThreadState ts) {
        if (ts.interp.finalizing && ts != ts.interp.mainThread) throw new minipy.vm.ThreadExit();
        ts.interp.gc.safePoint(ts);   // coming back from a blocking call: wait out a collection in progress
    }
    @Override public void release(ThreadState ts) {}
    @Override public void yieldTo(ThreadState ts) {}
    @Override public boolean enabled() { return false; }
}
