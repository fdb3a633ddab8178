package minipy.vm;

/**
 * Thrown in a non-main thread that tries to run bytecode after the interpreter started
 * finalizing (CPython makes such daemon threads exit when they try to take the GIL). It is
 * a Java Error so that no Python except clause can catch it.
 */
public final class ThreadExit extends Error {
    public ThreadExit() { super(null, null, false, false); }
}
