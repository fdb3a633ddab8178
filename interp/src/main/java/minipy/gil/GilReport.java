package minipy.gil;

import java.util.List;
import minipy.runtime.PyDict;
import minipy.runtime.PyList;
import minipy.vm.Interp;
import minipy.vm.ThreadState;

/** The --gil-stats table and sys.getgilstats(): what the GIL did, per thread and in total. */
public final class GilReport {
    private GilReport() {}

    private static double ms(long nanos) { return nanos / 1e6; }

    public static String format(Interp interp) {
        List<ThreadState> threads = interp.allThreads();
        long wall = System.nanoTime() - interp.startNanos;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("GIL statistics: %s, wall time %.1f ms%n", interp.gil.describe(), ms(wall)));
        sb.append(String.format("%-24s %12s %10s %10s %9s %7s %9s %12s%n", "thread", "bytecodes", interp.gil.enabled() ? "held ms" : "running ms",
                "waited ms", "acquires", "forced", "releases", "longest wait"));
        long held = 0, acquires = 0, forced = 0, instructions = 0;
        for (ThreadState t : threads) {
            GilStats s = t.gilStats;
            long h = s.heldNanosNow();
            held += h;
            acquires += s.acquisitions;
            forced += s.forcedDrops;
            instructions += s.instructions;
            sb.append(String.format("%-24s %12d %10.1f %10.1f %9d %7d %9d %9.2f ms%n", shorten(t.displayName()),
                    s.instructions, ms(h), ms(s.waitNanos), s.acquisitions, s.forcedDrops, s.voluntaryReleases,
                    ms(s.longestWaitNanos)));
        }
        double secs = wall / 1e9;
        sb.append(String.format("total: %d bytecodes, %d threads, GIL held %.1f%% of the wall time, %.1f switches/s, %d forced drops%n",
                instructions, threads.size(), interp.gil.enabled() ? 100.0 * held / Math.max(1, wall) : 0.0,
                acquires / Math.max(secs, 1e-9), forced));
        return sb.toString();
    }

    private static String shorten(String s) { return s.length() <= 24 ? s : s.substring(0, 21) + "..."; }

    /** sys.getgilstats(): the same numbers as a dict. */
    public static PyDict asDict(Interp interp) {
        PyDict d = new PyDict();
        long wall = System.nanoTime() - interp.startNanos;
        PyList rows = new PyList();
        long held = 0, acquires = 0;
        for (ThreadState t : interp.allThreads()) {
            GilStats s = t.gilStats;
            PyDict r = new PyDict();
            long h = s.heldNanosNow();
            held += h;
            acquires += s.acquisitions;
            r.put("name", t.displayName());
            r.put("ident", t.ident);
            r.put("bytecodes", s.instructions);
            r.put("held", h / 1e9);
            r.put("waited", s.waitNanos / 1e9);
            r.put("acquisitions", s.acquisitions);
            r.put("forced_drops", s.forcedDrops);
            r.put("releases", s.voluntaryReleases);
            r.put("longest_wait", s.longestWaitNanos / 1e9);
            rows.append(r);
        }
        d.put("enabled", interp.gil.enabled());
        d.put("switch_interval", interp.switchInterval);
        d.put("wall", wall / 1e9);
        d.put("threads", rows);
        d.put("utilisation", interp.gil.enabled() ? (double) held / Math.max(1, wall) : 0.0);
        d.put("switches_per_second", acquires / Math.max(wall / 1e9, 1e-9));
        return d;
    }
}
