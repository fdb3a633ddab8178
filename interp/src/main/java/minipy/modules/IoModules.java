package minipy.modules;

import java.util.Map;
import minipy.runtime.*;
import minipy.vm.Frame;
import minipy.vm.Interp;
import minipy.vm.ThreadState;

/** Small native modules of the IO issue: errno, _io (under stdlib io.py) and _minipy_io. */
final class IoModules {
    private IoModules() {}

    static PyModule errno(Interp interp) {
        PyModule m = new PyModule("errno");
        PyDict codes = new PyDict();
        for (Map.Entry<Integer, String> e : OsErrors.names().entrySet()) {
            m.set(e.getValue(), (long) e.getKey());
            codes.put((long) e.getKey(), e.getValue());
        }
        m.set("EWOULDBLOCK", (long) OsErrors.EAGAIN);
        m.set("errorcode", codes);
        return m;
    }

    static PyModule io(Interp interp) {
        PyModule m = new PyModule("_io");
        m.def("open", (a, k) -> FileIO.open(interp, a, k));
        m.set("UnsupportedOperation", PyFile.UNSUPPORTED);
        m.set("DEFAULT_BUFFER_SIZE", (long) PyFile.BUFSIZE);
        m.set("TextIOWrapper", PyFile.TEXT);
        m.set("BufferedReader", PyFile.READER);
        m.set("BufferedWriter", PyFile.WRITER);
        m.set("BufferedRandom", PyFile.RANDOM);
        m.set("FileIO", PyFile.RAW);
        return m;
    }

    /** Helpers for stdlib modules written in minipy (logging needs its caller's frame). */
    static PyModule minipyIo(Interp interp) {
        PyModule m = new PyModule("_minipy_io");
        // caller(depth): (filename, lineno, function name) of the frame depth levels up, or None
        m.def("caller", (a, k) -> {
            int depth = a.length > 0 ? (int) Ops.asIndex(a[0]) : 0;
            Frame f = ThreadState.current().frame;
            for (int i = 0; i < depth && f != null; i++) f = f.back;
            if (f == null) return Py.None;
            return PyTuple.of(f.code.filename, (long) f.currentLine(), f.code.name);
        });
        // frames(): [(filename, lineno, name), ...] innermost first
        m.def("frames", (a, k) -> {
            PyList l = new PyList();
            for (Frame f = ThreadState.current().frame; f != null; f = f.back) {
                l.append(PyTuple.of(f.code.filename, (long) f.currentLine(), f.code.name));
            }
            return l;
        });
        // format_exception(exc): the traceback text CPython prints for exc
        m.def("format_exception", (a, k) -> Tracebacks.format((PyBaseException) a[0]));
        return m;
    }
}
