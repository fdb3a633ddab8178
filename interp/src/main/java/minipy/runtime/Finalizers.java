package minipy.runtime;

/** Runs __del__ when an instance's last reference goes; errors are reported, never propagated. */
final class Finalizers {
    private Finalizers() {}

    static void runDel(PyInstance obj) {
        Object del = obj.cls.lookup("__del__");
        if (del == null) return;
        try {
            Ops.callMethod(del, obj);
        } catch (PyException e) {
            ErrorReporter.unraisable("Exception ignored in: " + Ops.repr(del), e);   // CPython 3.11 names the function
        }
    }
}
