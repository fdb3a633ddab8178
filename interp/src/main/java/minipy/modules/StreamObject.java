package minipy.modules;

import minipy.runtime.*;
import minipy.vm.Interp;
import minipy.vm.Output;

/** sys.stdout / sys.stderr / sys.stdin objects. */
public final class StreamObject extends PyObject {
    static final PyType TYPE = new PyType("TextIOWrapper", new PyType[] {PyType.OBJECT}, false).immortal();
    static {
        TYPE.module = "_io";
        TYPE.def("write", (a, k) -> {
            StreamObject s = (StreamObject) a[0];
            if (!(a[1] instanceof String str)) throw Py.TypeError("write() argument must be str, not " + Ops.typeName(a[1]));
            s.out.write(str);
            return (long) str.length();
        });
        TYPE.def("flush", (a, k) -> { ((StreamObject) a[0]).out.flush(); return Py.None; });
        TYPE.def("readline", (a, k) -> {
            Object size = Args.get(a, k, 1, "size", -1L);
            return ConsoleIO.readLine(((StreamObject) a[0]).interp, size == Py.None ? -1 : Ops.asIndex(size));
        });
        TYPE.def("read", (a, k) -> {
            Object size = Args.get(a, k, 1, "size", -1L);
            return ConsoleIO.read(((StreamObject) a[0]).interp, size == Py.None ? -1 : Ops.asIndex(size));
        });
        TYPE.def("readlines", (a, k) -> {
            PyList r = new PyList();
            String l;
            while ((l = ConsoleIO.readLine(((StreamObject) a[0]).interp)) != null) r.append(l);
            return r;
        });
        TYPE.def("isatty", (a, k) -> false);
        TYPE.def("fileno", (a, k) -> (long) ((StreamObject) a[0]).fd);
        TYPE.def("__iter__", (a, k) -> a[0]);
        TYPE.def("__next__", (a, k) -> {
            String l = ConsoleIO.readLine(((StreamObject) a[0]).interp);
            if (l == null) throw Py.StopIteration(null);
            return l;
        });
        TYPE.def("__enter__", (a, k) -> a[0]);
        TYPE.def("__exit__", (a, k) -> Py.None);
    }

    final Interp interp;
    final Output out;
    final int fd;
    final String name;

    StreamObject(Interp interp, Output out, int fd, String name) {
        this.interp = interp;
        this.out = out;
        this.fd = fd;
        this.name = name;
        immortal();
    }

    @Override public PyType type() { return TYPE; }

    @Override public String toString() { return name; }

    static void write(Interp interp, Object file, String text) {
        if (file instanceof StreamObject s) { s.out.write(text); return; }
        Ops.invoke(file, "write", text);
    }

    static void flush(Interp interp, Object file) {
        if (file instanceof StreamObject s) { s.out.flush(); return; }
        Object f = Ops.getattrOrNull(file, "flush");
        if (f != null) Ops.call(f);
    }
}
