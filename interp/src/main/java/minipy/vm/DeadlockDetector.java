package minipy.vm;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import minipy.runtime.*;

/**
 * Deadlock diagnosis: a watchdog that notices when every live thread of the interpreter is
 * blocked forever (untimed lock, condition, join or queue waits all end in a lock wait) and
 * nothing has been acquired or released for two consecutive checks. It then prints, for each
 * thread, what it waits for, which thread holds that, and the locks it holds, names the
 * cycle, dumps every thread's traceback, and (by default) ends the program with status 3.
 *
 * <p>Conservative by design: a thread in a timed wait, sleep, IO or running bytecode means
 * "not deadlocked", and so does a live child process of this interpreter (another interpreter
 * in the JVM), which could still release a shared lock.
 */
final class DeadlockDetector implements Runnable {
    private static final long PERIOD_MS = 150;

    private final Interp interp;

    private DeadlockDetector(Interp interp) { this.interp = interp; }

    static void start(Interp interp) {
        if (interp.onDeadlock.equals("hang")) return;
        Thread t = new Thread(new DeadlockDetector(interp), "minipy-deadlock-watchdog");
        t.setDaemon(true);
        t.start();
    }

    @Override public void run() {
        long lastProgress = -1;
        int stableChecks = 0;
        while (!interp.finalizing) {
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
            long progress = interp.lockProgress.get();
            if (allBlockedForever() && progress == lastProgress) {
                if (++stableChecks >= 2) {
                    report();
                    return;
                }
            } else {
                stableChecks = 0;
            }
            lastProgress = progress;
        }
    }

    private boolean allBlockedForever() {
        // a child process (another interpreter in this JVM) could still release a shared lock;
        // unrelated interpreters (e.g. other programs run in-process by tests) do not matter
        if (interp.liveChildren.get() > 0) return false;
        boolean any = false;
        for (ThreadState t : interp.threads.values()) {
            if (t.finished) continue;
            any = true;
            Object w = t.waitingFor;
            if (w == null) return false;
            // a lock that is free again was released to this waiter, which has yet to run
            if (w instanceof minipy.modules.PyLock l && !l.isLocked()) return false;
            if (w instanceof minipy.modules.PyRLock l && !l.isLocked()) return false;
        }
        return any;
    }

    private void report() {
        if (interp.onDeadlock.equals("report")) {
            interp.stdout.flush();
            interp.stderrWrite(describe());
        }
        interp.abortWithStatus(3);
    }

    String describe() {
        Map<Object, String> names = lockNames();
        StringBuilder sb = new StringBuilder("Deadlock detected: every thread is blocked forever.\n");
        List<ThreadState> threads = new ArrayList<>(interp.threads.values());
        for (ThreadState t : threads) {
            if (t.finished) continue;
            Object lock = t.waitingFor;
            sb.append("  ").append(t.displayName());
            List<Object> held = t.heldLocks();
            if (!held.isEmpty()) {
                sb.append(" holds ");
                for (int i = 0; i < held.size(); i++) sb.append(i > 0 ? ", " : "").append(name(names, held.get(i)));
                sb.append(',');
            }
            sb.append(" waits for ").append(name(names, lock));
            ThreadState owner = ownerOf(lock);
            if (owner != null) sb.append(" held by ").append(owner.displayName());
            if (t.waitReason != null) sb.append(" (").append(t.waitReason).append(')');
            sb.append('\n');
        }
        String cycle = cycle(threads);
        if (cycle != null) sb.append("  cycle: ").append(cycle).append('\n');
        for (ThreadState t : threads) {
            if (t.finished) continue;
            sb.append('\n').append("Thread ").append(t.displayName()).append(" (most recent call last):\n");
            sb.append(interp.formatStack(t));
        }
        return sb.toString();
    }

    private ThreadState ownerOf(Object lock) {
        for (ThreadState t : interp.threads.values()) {
            if (t.heldLocks().contains(lock)) return t;
        }
        return null;
    }

    /** Follows waits-for edges from each thread; returns the first cycle found, or null. */
    private String cycle(List<ThreadState> threads) {
        for (ThreadState start : threads) {
            List<ThreadState> path = new ArrayList<>();
            ThreadState t = start;
            while (t != null && !path.contains(t)) {
                path.add(t);
                t = t.waitingFor == null ? null : ownerOf(t.waitingFor);
            }
            if (t != null) {
                StringBuilder sb = new StringBuilder();
                for (int i = path.indexOf(t); i < path.size(); i++) sb.append(path.get(i).displayName()).append(" -> ");
                return sb.append(t.displayName()).toString();
            }
        }
        return null;
    }

    /** Names locks after the module-level variables that hold them ("Lock mutex1"), where possible. */
    private Map<Object, String> lockNames() {
        Map<Object, String> names = new IdentityHashMap<>();
        Object main = interp.modules.get("__main__");
        if (main instanceof PyModule m) {
            Object[] kv = m.dict.snapshot();
            for (int i = 0; i < kv.length; i += 2) {
                if (kv[i] instanceof String n && !names.containsKey(kv[i + 1])) names.put(kv[i + 1], n);
            }
        }
        return names;
    }

    private static String name(Map<Object, String> names, Object lock) {
        String n = names.get(lock);
        String kind = lock == null ? "lock" : Ops.typeName(lock).equals("RLock") ? "RLock" : "Lock";
        if (n != null) return kind + " " + n;
        return Ops.strOrEmpty(lock);
    }
}
