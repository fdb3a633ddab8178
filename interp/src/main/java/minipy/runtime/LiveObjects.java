package minipy.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code --debug-refs}: a registry of every heap object allocated while it is on, so that at
 * exit (after module teardown and the last collections) the objects whose count is still
 * positive can be listed per type, like CPython's {@code -X showrefcount}.
 *
 * <p>An object still reachable from what legitimately outlives the program (the builtins and
 * sys modules, sys.modules) is not a leak; one with a positive count that nothing reachable
 * refers to is: some reference was counted and never released (or, with
 * {@code --refcount=racy}, an update was lost). Objects that were never counted (created
 * and dropped by native code, count zero) are left to the Java heap and not reported.
 *
 * <p>Off by default: the only cost then is one static field test per allocation.
 */
public final class LiveObjects {
    private LiveObjects() {}

    /** Plain static: set once, before the interpreter allocates anything. */
    static boolean enabled;
    private static final Map<PyObject, Boolean> LIVE = Collections.synchronizedMap(new IdentityHashMap<>());

    public static void enable(boolean on) {
        enabled = on;
        LIVE.clear();
    }

    public static boolean enabled() { return enabled; }

    static void born(PyObject p) { LIVE.put(p, Boolean.TRUE); }

    static void died(PyObject p) { LIVE.remove(p); }

    /**
     * The leaked objects: counted, not freed, not immortal, and not reachable from the roots.
     * Sorted by type name, then count.
     */
    public static Map<String, Integer> leaks(Iterable<?> roots) {
        ArrayList<PyObject> candidates = new ArrayList<>();
        synchronized (LIVE) {
            for (PyObject p : LIVE.keySet()) {
                if (p.refcnt > 0 && p.refcnt < PyObject.IMMORTAL) candidates.add(p);
            }
        }
        Set<Object> reached = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Object> work = new ArrayDeque<>();
        for (Object r : roots) if (r != null && reached.add(r)) work.add(r);
        while (!work.isEmpty()) {
            Object o = work.poll();
            if (o instanceof PyObject p && !p.isFreed()) {
                p.traverse(x -> {
                    if (x != null && reached.add(x)) work.add(x);
                });
            }
        }
        TreeMap<String, Integer> byType = new TreeMap<>();
        for (PyObject p : candidates) {
            if (reached.contains(p)) continue;
            byType.merge(p.type().name, 1, Integer::sum);
        }
        return byType;
    }

    /** The --debug-refs report: one total line, then one line per type. */
    public static String report(Iterable<?> roots) {
        Map<String, Integer> byType = leaks(roots);
        int total = 0;
        for (int n : byType.values()) total += n;
        StringBuilder sb = new StringBuilder("[debug-refs] ").append(total)
                .append(total == 1 ? " object" : " objects").append(" still counted at exit\n");
        byType.forEach((name, n) -> sb.append("[debug-refs]   ").append(name).append(": ").append(n).append('\n'));
        return sb.toString();
    }
}
