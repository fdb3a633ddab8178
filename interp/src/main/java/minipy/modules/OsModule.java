package minipy.modules;

import minipy.runtime.*;
import minipy.vm.Interp;

/** os: process facts. */
final class OsModule {
    private OsModule() {}

    static PyModule create(Interp interp) {
        PyModule m = new PyModule("os");
        m.def("getpid", (a, k) -> ProcessHandle.current().pid());
        m.def("getppid", (a, k) -> ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L));
        m.def("cpu_count", (a, k) -> (long) Runtime.getRuntime().availableProcessors());
        m.def("getcwd", (a, k) -> System.getProperty("user.dir"));
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
