package minipy.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import minipy.vm.ThreadState;

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
 * <p>Each object is registered with the interpreter whose thread allocated it: in-JVM child
 * processes are other interpreters in the same JVM, and the report of one interpreter lists only
 * its own objects (a child's objects are reachable from the child's roots, not the parent's).
 *
 * <p>Off by default: the only cost then is one static field test per allocation.
 */
public final class LiveObjects {
    private LiveObjects() {}

    /** Plain static: set once, before the interpreter allocates anything. */
    static boolean enabled;
    private static final Map<PyObject, Object> LIVE = Collections.synchronizedMap(new IdentityHashMap<>());
    /** The owner of objects allocated before a thread state is bound (the top interpreter starting). */
    private static final Object NO_OWNER = new Object();
    /** Set on a thread that starts another interpreter (a child process) before its thread state is bound. */
    private static final ThreadLocal<Boolean> FOREIGN = new ThreadLocal<>();

    public static void enable(boolean on) {
        enabled = on;
        LIVE.clear();
    }

    public static boolean enabled() { return enabled; }

    static void born(PyObject p) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts != null) LIVE.put(p, ts.interp);
        else if (FOREIGN.get() == null) LIVE.put(p, NO_OWNER);
    }

    /**
     * The calling thread is about to create another interpreter (an in-JVM child process): what
     * it allocates before that interpreter's thread state is bound belongs to no report.
     */
    public static void foreignThread() {
        if (enabled) FOREIGN.set(Boolean.TRUE);
    }

    static void died(PyObject p) { LIVE.remove(p); }

    /**
     * The leaked objects: counted, not freed, not immortal, and not reachable from the roots.
     * Sorted by type name, then count.
     */
    public static Map<String, Integer> leaks(Object interp, Iterable<?> roots) {
        ArrayList<PyObject> candidates = new ArrayList<>();
        synchronized (LIVE) {
            for (Map.Entry<PyObject, Object> e : LIVE.entrySet()) {
                PyObject p = e.getKey();
                Object owner = e.getValue();
                if ((owner == interp || owner == NO_OWNER) && p.refcnt > 0 && p.refcnt < PyObject.IMMORTAL) candidates.add(p);
            }
        }
        Set<Object> reached = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Object> work = new ArrayDeque<>();
        for (Object r : roots) if (r != null && reached.add(r)) work.add(r);
        while (!work.isEmpty()) {
            Object o = work.poll();
            // an instance's untracked dict is visited through the instance (its contents only)
            if (o instanceof PyInstance pi && pi.dict != null && reached.add(pi.dict)) work.add(pi.dict);
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
    public static String report(Object interp, Iterable<?> roots) {
        Map<String, Integer> byType = leaks(interp, roots);
        int total = 0;
        for (int n : byType.values()) total += n;
        StringBuilder sb = new StringBuilder("[debug-refs] ").append(total)
                .append(total == 1 ? " object" : " objects").append(" still counted at exit\n");
        byType.forEach((name, n) -> sb.append("[debug-refs]   ").append(name).append(": ").append(n).append('\n'));
        return sb.toString();
    }
}
