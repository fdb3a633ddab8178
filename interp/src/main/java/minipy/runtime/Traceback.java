package minipy.runtime;

/** One traceback entry: where an exception passed (file, line, function), linked to the next (inner) one. */
public final class Traceback {
    public final String filename;
    public final int line;
    public final String function;
    public Traceback next;
    /** The frame this entry was made for (identity only), so one frame adds one entry. */
    public Object frameToken;

    public Traceback(String filename, int line, String function, Traceback next) {
        this.filename = filename;
        this.line = line;
        this.function = function;
        this.next = next;
    }
}
