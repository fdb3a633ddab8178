package minipy.runtime;

/** One-time set-up of the builtin types' method tables (they are shared by all interpreters). */
public final class RuntimeInit {
    private RuntimeInit() {}

    private static boolean done;

    public static synchronized void init() {
        if (done) return;
        done = true;
        ObjectMethods.install();
        StrMethods.install();
        ContainerMethods.install();
        NumberMethods.install();
        ByteArrayMethods.install();
        PyType.typeModified();   // method tables were filled directly: start with empty caches
    }
}
