package minipy.modules;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import minipy.vm.Interp;

/**
 * The IO state of one interpreter (a minipy process): its open files and sockets, which are
 * flushed and closed when the process ends, as the kernel closes a dead process's descriptors
 * (and as CPython's shutdown finalizes the file objects still referenced from modules).
 * Also the descriptor numbers: one table for the whole JVM, lowest free number first, from 3.
 */
public final class IoRuntime {
    private static final String KEY = "io";

    /** An open file or socket handle of one interpreter. */
    public interface Handle {
        /** Process exit: flush (when asked) and close, ignoring errors. */
        void closeAtExit(boolean flush);
    }

    private final Set<Handle> open = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    private IoRuntime() {}

    public static IoRuntime of(Interp interp) {
        return (IoRuntime) interp.extensions.computeIfAbsent(KEY, k -> new IoRuntime());
    }

    void opened(Handle h) { open.add(h); }

    void closed(Handle h) { open.remove(h); }

    /**
     * The interpreter is ending (main program finished, or a child process ended): flush and
     * close what is still open. Called holding the interpreter's GIL.
     */
    public static void exit(Interp interp, boolean flush) {
        Object o = interp.extensions.get(KEY);
        if (!(o instanceof IoRuntime rt)) return;
        List<Handle> all;
        synchronized (rt.open) {
            all = new ArrayList<>(rt.open);
        }
        for (Handle h : all) {
            try {
                h.closeAtExit(flush);
            } catch (RuntimeException e) {
                // as at process exit: nothing to report to
            }
        }
    }

    // ---- descriptor numbers ------------------------------------------------------------------
    private static final BitSet FDS = new BitSet();

    static synchronized int allocFd() {
        int fd = FDS.nextClearBit(3);
        FDS.set(fd);
        return fd;
    }

    static synchronized void freeFd(int fd) {
        if (fd >= 3) FDS.clear(fd);
    }

    static synchronized boolean fdInUse(int fd) { return fd >= 3 && FDS.get(fd); }
}
