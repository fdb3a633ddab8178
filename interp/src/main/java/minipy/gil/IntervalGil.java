package minipy.gil;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import minipy.vm.ThreadState;

/*
 * Notes about the implementation (after CPython's Python/ceval_gil.c)
 *
 * - `locked` says whether some thread holds the GIL; `holder` is that thread. Both are
 *   guarded by `mutex`; `released` is signalled whenever the GIL is dropped.
 * - A thread that wants the GIL waits on `released` for at most the switch `interval`. If
 *   the interval passes and no switch happened meanwhile (`switchNumber` unchanged), it sets
 *   the holder's GIL_DROP_REQUEST eval-breaker bit. The holder sees the bit at its next
 *   check (backward jump or call) and calls yieldTo().
 * - FORCE_SWITCHING: a thread that drops the GIL because it was asked to waits on `switched`
 *   until another thread has actually taken it, so it cannot take it straight back (the
 *   convoy problem of the pre-3.2 GIL).
 * - Blocking calls release the GIL (release/acquire around the wait); that hand-over is
 *   voluntary and never waits for a switch.
 * - Counters are plain fields updated under `mutex`: acquisitions, forced drops, time held
 *   and time waited, per interpreter (per-thread figures live in ThreadState).
 */
public final class IntervalGil implements Gil {
    private final ReentrantLock mutex = new ReentrantLock();
    private final Condition released = mutex.newCondition();
    private final Condition switched = mutex.newCondition();
    private boolean locked;
    private ThreadState holder;
    private long switchNumber;
    private int waiting;
    private final java.util.function.DoubleSupplier interval;

    public long acquisitions, forcedDrops, dropRequests;

    public IntervalGil(java.util.function.DoubleSupplier intervalSeconds) { this.interval = intervalSeconds; }

    @Override public boolean enabled() { return true; }

    @Override public String describe() {
        return String.format("gil=on, policy interval, switch interval %.1f ms", interval.getAsDouble() * 1000);
    }

    @Override public void acquire(ThreadState ts) {
        if (ts.interp.finalizing && ts != ts.interp.mainThread) throw new minipy.vm.ThreadExit();
        long t0 = System.nanoTime();
        mutex.lock();
        try {
            if (!locked) {
                take(ts, t0);
                return;
            }
            waiting++;
            try {
                long nanos = Math.max(1_000L, (long) (interval.getAsDouble() * 1e9));
                while (locked) {
                    long seen = switchNumber;
                    long left = released.awaitNanos(nanos);
                    if (left <= 0 && locked && switchNumber == seen && holder != null) {
                        holder.setBreaker(ThreadState.GIL_DROP_REQUEST);
                        dropRequests++;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                while (locked) released.awaitUninterruptibly();
            } finally {
                waiting--;
            }
            if (ts.interp.finalizing && ts != ts.interp.mainThread) {
                released.signal();
                throw new minipy.vm.ThreadExit();
            }
            take(ts, t0);
        } finally {
            mutex.unlock();
        }
    }

    private void take(ThreadState ts, long t0) {
        long now = System.nanoTime();
        ts.gilStats.acquired(now - t0, now);
        locked = true;
        holder = ts;
        switchNumber++;
        acquisitions++;
        ts.clearBreaker(ThreadState.GIL_DROP_REQUEST);
        switched.signalAll();
    }

    @Override public void release(ThreadState ts) {
        ts.gilStats.released(System.nanoTime(), false);
        mutex.lock();
        try {
            locked = false;
            holder = null;
            released.signal();
        } finally {
            mutex.unlock();
        }
    }

    @Override public void yieldTo(ThreadState ts) {
        mutex.lock();
        try {
            ts.clearBreaker(ThreadState.GIL_DROP_REQUEST);
            if (waiting == 0) return;
            forcedDrops++;
            ts.gilStats.released(System.nanoTime(), true);
            long before = switchNumber;
            locked = false;
            holder = null;
            released.signal();
            // FORCE_SWITCHING: do not compete until another thread has had the GIL
            while (switchNumber == before && waiting > 0) {
                switched.awaitUninterruptibly();
            }
        } finally {
            mutex.unlock();
        }
        acquire(ts);
    }
}
