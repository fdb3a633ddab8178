package minipy.runtime;

/** One traceback entry: where an exception passed (file, line, function), linked to the next (inner) one. */
public final class Traceback {
    public final String filename;
    public final int line;
    public final String function;
    public Traceback next;
    /** The frame this entry was made for (identity only), so one frame adds one entry. */
    public Object frameToken;
    /**
     * Set when the frame ended by this exception: clears the frame's locals. As in CPython a
     * traceback keeps its frames (and so their locals) alive until the exception is freed or
     * its __traceback__ replaced.
     */
    public HeldFrame frameRelease;

    /** A frame whose locals a traceback keeps alive (implemented by the VM's frames). */
    public interface HeldFrame {
        /** Releases the frame's locals. */
        void clear();

        /** Visits the references the frame still holds (for the cycle collector). */
        void traverseLocals(java.util.function.Consumer<Object> visit);
    }

    public Traceback(String filename, int line, String function, Traceback next) {
        this.filename = filename;
        this.line = line;
        this.function = function;
        this.next = next;
    }

    /**
     * The exception that owned this chain is gone: the frames it kept alive are released,
     * innermost first (as CPython's tb_dealloc releases tb_next before tb_frame).
     */
    public static void releaseFrames(Traceback tb) {
        java.util.ArrayList<HeldFrame> held = null;
        for (; tb != null; tb = tb.next) {
            HeldFrame h = tb.frameRelease;
            if (h != null) {
                tb.frameRelease = null;
                if (held == null) held = new java.util.ArrayList<>();
                held.add(h);
            }
        }
        if (held != null) for (int i = held.size() - 1; i >= 0; i--) held.get(i).clear();
    }

    /** Visits the locals of the frames this chain keeps alive. */
    public static void traverseFrames(Traceback tb, java.util.function.Consumer<Object> visit) {
        for (; tb != null; tb = tb.next) {
            HeldFrame h = tb.frameRelease;
            if (h != null) h.traverseLocals(visit);
        }
    }

    /** Hands the clearing of frame f to the entry made for it in tb's chain; false if there is none. */
    public static boolean holdFrame(Traceback tb, Object f, HeldFrame clear) {
        for (; tb != null; tb = tb.next) {
            if (tb.frameToken == f) {
                if (tb.frameRelease != null) return false;
                tb.frameRelease = clear;
                return true;
            }
        }
        return false;
    }
}
