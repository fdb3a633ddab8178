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
 *
 * The io-priority policy ("--gil-policy=io-priority", after Beazley's proposed fix for the
 * convoy effect, bpo-7946) changes only what happens when a thread comes back from a blocking
 * call (acquireAfterBlocking) and finds the GIL held:
 * - if its last holding period ended voluntarily (it blocked, it was not forced off) and was
 *   short (at most half the switch interval), it is I/O-bound: it becomes a priority waiter.
 *   It sets the holder's drop request as soon as the holder has had the GIL for `minSlice`
 *   (1/50 of the interval, 100 us at 5 ms), instead of after a whole interval;
 * - while a priority waiter waits, ordinary waiters do not take a released GIL, so the
 *   priority waiter is first in line (the dropping holder's FORCE_SWITCHING wait then ends
 *   when the priority waiter has taken it);
 * - no starvation of CPU-bound threads: a holder always keeps at least `minSlice`, the priority
 *   thread loses its priority as soon as it is forced off or holds long, and the ordinary
 *   interval rule still forces it off after a whole interval.
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
    private final boolean ioPriority;
    /** Priority waiters (io-priority policy): ordinary waiters let them go first. */
    private int priorityWaiting;
    /** When the current holder took the GIL (System.nanoTime). */
    private long heldSince;

    public long acquisitions, forcedDrops, dropRequests, priorityRequests;

    public IntervalGil(java.util.function.DoubleSupplier intervalSeconds) { this(intervalSeconds, false); }

    public IntervalGil(java.util.function.DoubleSupplier intervalSeconds, boolean ioPriority) {
        this.interval = intervalSeconds;
        this.ioPriority = ioPriority;
    }

    @Override public boolean enabled() { return true; }

    public boolean ioPriority() { return ioPriority; }

    @Override public String describe() {
        return String.format("gil=on, policy %s, switch interval %.1f ms", ioPriority ? "io-priority" : "interval",
                interval.getAsDouble() * 1000);
    }

    @Override public void acquireAfterBlocking(ThreadState ts) {
        if (!ioPriority) {
            acquire(ts);
            return;
        }
        GilStats st = ts.gilStats;
        long intervalNanos = Math.max(1_000L, (long) (interval.getAsDouble() * 1e9));
        if (st.lastReleaseForced || st.lastHoldNanos > intervalNanos / 2) {
            acquire(ts);   // CPU-bound lately: no priority
            return;
        }
        if (ts.interp.finalizing && ts != ts.interp.mainThread) throw new minipy.vm.ThreadExit();
        long t0 = System.nanoTime();
        long minSlice = Math.max(1_000L, intervalNanos / 50);
        mutex.lock();
        try {
            if (!locked) {
                take(ts, t0);
                return;
            }
            waiting++;
            priorityWaiting++;
            try {
                boolean requested = false;
                while (locked) {
                    long wait;
                    if (requested) {
                        wait = intervalNanos;
                    } else {
                        long due = heldSince + minSlice - System.nanoTime();
                        if (due <= 0 && holder != null) {
                            holder.setBreaker(ThreadState.GIL_DROP_REQUEST);
                            priorityRequests++;
                            requested = true;
                            wait = intervalNanos;
                        } else {
                            wait = Math.max(1_000L, due);
                        }
                    }
                    long seen = switchNumber;
                    released.awaitNanos(wait);
                    if (locked && switchNumber != seen) requested = false;   // another thread got in: ask its holder
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                while (locked) released.awaitUninterruptibly();
            } finally {
                waiting--;
                priorityWaiting--;
            }
            takeUnlessFinalizing(ts, t0);
        } finally {
            mutex.unlock();
        }
    }

    @Override public void acquire(ThreadState ts) {
        if (ts.interp.finalizing && ts != ts.interp.mainThread) throw new minipy.vm.ThreadExit();
        long t0 = System.nanoTime();
        mutex.lock();
        try {
            if (!locked && priorityWaiting == 0) {
                take(ts, t0);
                return;
            }
            waiting++;
            try {
                long nanos = Math.max(1_000L, (long) (interval.getAsDouble() * 1e9));
                while (locked || priorityWaiting > 0) {
                    long seen = switchNumber;
                    long left = released.awaitNanos(nanos);
                    if (left <= 0 && locked && switchNumber == seen && holder != null) {
                        holder.setBreaker(ThreadState.GIL_DROP_REQUEST);
                        dropRequests++;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                while (locked || priorityWaiting > 0) released.awaitUninterruptibly();
            } finally {
                waiting--;
            }
            takeUnlessFinalizing(ts, t0);
        } finally {
            mutex.unlock();
        }
    }

    /** After a wait (mutex held): a thread other than the main one stops at interpreter exit, else it takes the GIL. */
    private void takeUnlessFinalizing(ThreadState ts, long t0) {
        if (ts.interp.finalizing && ts != ts.interp.mainThread) {
            released.signalAll();
            throw new minipy.vm.ThreadExit();
        }
        take(ts, t0);
    }

    private void take(ThreadState ts, long t0) {
        long now = System.nanoTime();
        ts.gilStats.acquired(now - t0, now);
        locked = true;
        holder = ts;
        heldSince = now;
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
            wake();
        } finally {
            mutex.unlock();
        }
    }

    /** Wakes a waiter for the released GIL; every waiter when a priority waiter must be the one to take it. */
    private void wake() {
        if (priorityWaiting > 0) released.signalAll();
        else released.signal();
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
            wake();
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
