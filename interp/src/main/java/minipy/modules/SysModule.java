package minipy.modules;

import minipy.runtime.*;
import minipy.vm.Interp;
import minipy.vm.ThreadState;

/** sys. */
public final class SysModule {
    private SysModule() {}

    private static final PyType VERSION_INFO =
            PyStructSeq.newType("sys", "version_info", "major", "minor", "micro", "releaselevel", "serial");

    public static PyModule create(Interp interp) {
        PyModule m = new PyModule("sys");
        Object[] argv = new Object[interp.argv.length];
        System.arraycopy(interp.argv, 0, argv, 0, argv.length);
        m.set("argv", new PyList(argv, argv.length));
        m.set("path", new PyList(new Object[] {interp.scriptDir}, 1));
        m.set("modules", interp.modules);
        m.set("version", "3.11.7 (minipy 0.1.0)");
        m.set("version_info", new PyStructSeq(VERSION_INFO, 3L, 11L, 7L, "final", 0L));
        m.set("implementation", "minipy");
        m.set("platform", "linux");
        m.set("byteorder", "little");
        m.set("maxsize", Long.MAX_VALUE);
        m.set("executable", "minipy");
        m.set("stdout", new StreamObject(interp, interp.stdout, 1, "<stdout>"));
        m.set("stderr", new StreamObject(interp, interp.stderr, 2, "<stderr>"));
        m.set("stdin", new StreamObject(interp, null, 0, "<stdin>"));
        m.set("__stdout__", m.get("stdout"));
        m.set("__stderr__", m.get("stderr"));
        m.set("flags", Py.None);
        m.def("exit", (a, k) -> { throw new PyBaseException(Exc.SystemExit, a.length > 0 ? new Object[] {a[0]} : new Object[0]).raise(); });
        m.def("getrecursionlimit", (a, k) -> (long) interp.recursionLimit);
        m.def("setrecursionlimit", (a, k) -> {
            long n = Ops.asIndex(a[0]);
            if (n < 1) throw Py.ValueError("recursion limit must be greater or equal than 1");
            interp.recursionLimit = (int) n;
            return Py.None;
        });
        m.def("getrefcount", (a, k) -> {
            if (a[0] instanceof PyObject p) {
                if (p.isImmortal()) return 4294967295L;
                return (long) p.refcount();
            }
            return 4294967295L;
        });
        m.def("getswitchinterval", (a, k) -> interp.switchInterval);
        m.def("setswitchinterval", (a, k) -> {
            double d = Ops.asDouble(a[0]);
            if (d <= 0) throw Py.ValueError("switch interval must be strictly positive");
            interp.switchInterval = d;
            return Py.None;
        });
        m.def("_is_gil_enabled", (a, k) -> interp.gil.enabled());
        m.def("getgilstats", (a, k) -> minipy.gil.GilReport.asDict(interp));
        m.def("exc_info", (a, k) -> {
            PyBaseException e = ThreadState.current().handled;
            if (e == null) return PyTuple.of(Py.None, Py.None, Py.None);
            return PyTuple.of(e.type(), e, e.traceback == null ? Py.None : new PyTracebackObject(e.traceback));
        });
        m.def("exception", (a, k) -> {
            PyBaseException e = ThreadState.current().handled;
            return e == null ? Py.None : e;
        });
        m.def("_print_exception", (a, k) -> {
            interp.stdout.flush();
            interp.stderrWrite(Tracebacks.format((PyBaseException) a[0]));
            return Py.None;
        });
        m.def("_format_exception", (a, k) -> Tracebacks.format((PyBaseException) a[0]));
        m.def("_format_exception_only", (a, k) -> Tracebacks.lastLine((PyBaseException) a[0]));
        m.def("intern", (a, k) -> ((String) a[0]).intern());
        m.def("getsizeof", (a, k) -> 64L);
        m.def("_getframe", (a, k) -> minipy.vm.PyFrameObject.current(a.length > 0 ? (int) Ops.asIndex(a[0]) : 0));
        return m;
    }

    static Object stdout(Interp interp) {
        Object sys = interp.modules.get("sys");
        if (sys instanceof PyModule m) {
            Object o = m.get("stdout");
            if (o != null) return o;
        }
        return new StreamObject(interp, interp.stdout, 1, "<stdout>");
    }
}
