package minipy.runtime;

import minipy.vm.ThreadState;

/** Prints errors that cannot propagate (in __del__, in callbacks) the way CPython does. */
public final class ErrorReporter {
    private ErrorReporter() {}

    public static void unraisable(String header, PyException e) {
        ThreadState ts = ThreadState.current();
        StringBuilder sb = new StringBuilder(header).append('\n');
        sb.append(Tracebacks.format(e.value));
        ts.interp.stderrWrite(sb.toString());
    }
}
