package minipy.runtime;

/** An internal VM invariant broke (e.g. use of a freed object). Reported as an interpreter error. */
public final class VmError extends RuntimeException {
    public VmError(String message) { super(message); }
}
