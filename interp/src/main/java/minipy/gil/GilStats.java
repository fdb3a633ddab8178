package minipy.gil;

/**
 * Cheap, always-on per-thread GIL counters (plain fields: each is written only by its own
 * thread, and read by the reporter after the thread ends or at exit).
 */
public final class GilStats {
    /** Bytecode instructions executed (flushed from the eval loop at calls, backward jumps and exits). */
    public long instructions;
    public long heldNanos, waitNanos, longestWaitNanos;
    public long acquisitions;
    /** Drops forced by another thread's drop request after the switch interval. */
    public long forcedDrops;
    /** Releases around blocking calls (sleep, lock waits, IO) and at thread end. */
    public long voluntaryReleases;
    /** When the current holding period began (System.nanoTime), or 0 when not holding. */
    long heldSince;
    /** The last holding period: its length, and whether it ended by a forced drop (io-priority policy). */
    long lastHoldNanos;
    boolean lastReleaseForced;
    private final minipy.vm.ThreadState owner;

    public GilStats(minipy.vm.ThreadState owner) { this.owner = owner; }

    void acquired(long waitedNanos, long now) {
        TraceRecorder tr = owner.interp.tracer;
        if (tr != null && waitedNanos > 20_000) {
            tr.span(owner, owner.interp.gil.enabled() ? "waiting for the GIL" : "paused for a collection", "gil-wait", now - waitedNanos, now, null);
        }
        acquisitions++;
        waitNanos += waitedNanos;
        if (waitedNanos > longestWaitNanos) longestWaitNanos = waitedNanos;
        heldSince = now;
    }

    void released(long now, boolean forced) {
        TraceRecorder tr = owner.interp.tracer;
        if (tr != null && heldSince != 0) {
            tr.span(owner, !owner.interp.gil.enabled() ? "running (GIL off)" : forced ? "GIL (dropped on request)" : "GIL", "gil", heldSince, now, null);
        }
        if (heldSince != 0) {
            lastHoldNanos = now - heldSince;
            heldNanos += lastHoldNanos;
        }
        lastReleaseForced = forced;
        heldSince = 0;
        if (forced) forcedDrops++;
        else voluntaryReleases++;
    }

    /** Held time including the current holding period, if any. */
    public long heldNanosNow() {
        long h = heldNanos;
        if (heldSince != 0) h += System.nanoTime() - heldSince;
        return h;
    }
}
