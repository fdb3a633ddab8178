package minipy.modules;

import minipy.runtime.*;
import minipy.vm.Interp;

/** os: process facts. */
final class OsModule {
    private OsModule() {}

    static PyModule create(Interp interp) {
        PyModule m = new PyModule("os");
        // pid/ppid come from the interpreter: in-JVM child processes (multiprocessing) have their own
        m.def("getpid", (a, k) -> interp.pid);
        m.def("getppid", (a, k) -> interp.ppid);
        m.def("cpu_count", (a, k) -> (long) Runtime.getRuntime().availableProcessors());
        m.def("getcwd", (a, k) -> System.getProperty("user.dir"));
        OsFiles.install(interp, m);   // files, directories, os.path (issue 5)
        m.set("sep", "/");
        m.set("linesep", "\n");
        m.set("name", "posix");
        PyDict env = new PyDict();
        System.getenv().forEach(env::put);
        m.set("environ", env);
        m.def("getenv", (a, k) -> {
            String v = System.getenv((String) a[0]);
            return v != null ? v : a.length > 1 ? a[1] : Py.None;
        });
        return m;
    }
}
