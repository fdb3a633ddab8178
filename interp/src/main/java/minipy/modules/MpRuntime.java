package minipy.modules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import minipy.vm.Interp;

/**
 * The multiprocessing state of one interpreter (kept in {@link Interp#extensions}, so it lives
 * exactly as long as the interpreter): the connection handles it has open, which are closed
 * when the process ends, as the kernel closes a dead process's file descriptors.
 */
final class MpRuntime {
    private static final String KEY = "multiprocessing";

    final Interp interp;
    private final Set<MpPipe.Conn> open = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    private MpRuntime(Interp interp) { this.interp = interp; }

    static MpRuntime of(Interp interp) {
        return (MpRuntime) interp.extensions.computeIfAbsent(KEY, k -> new MpRuntime(interp));
    }

    void opened(MpPipe.Conn c) { open.add(c); }

    void closed(MpPipe.Conn c) { open.remove(c); }

    /** Process exit: every handle still open in this interpreter is closed. */
    void closeAll() {
        List<MpPipe.Conn> all;
        synchronized (open) {
            all = new ArrayList<>(open);
        }
        for (MpPipe.Conn c : all) c.closeQuietly();
    }
}
