package minipy.modules;

import java.util.function.Function;
import minipy.runtime.*;

/** The methods and attributes of the file types of {@link PyFile}. */
final class FileMethods {
    private FileMethods() {}

    interface Body { Object run(PyFile f); }

    /** Runs body holding the file's lock. */
    static Object locked(Object self, Body b) {
        PyFile f = (PyFile) self;
        f.lock();
        try {
            return b.run(f);
        } finally {
            f.unlock();
        }
    }

    static long size(Object[] a, String[] k, String name) {
        Object o = Args.get(a, k, 1, name, -1L);
        if (o == Py.None) return -1;
        if (!(o instanceof Long) && !(o instanceof Boolean) && !(o instanceof java.math.BigInteger)) {
            throw Py.TypeError("argument should be integer or None, not '" + Ops.typeName(o) + "'");
        }
        return Ops.asIndex(o);
    }

    static byte[] bytesLike(Object o) {
        if (o instanceof PyBytes b) return b.bytes.clone();
        throw Py.TypeError("a bytes-like object is required, not '" + Ops.typeName(o) + "'");
    }

    static void install(PyType t) {
        t.def("read", (a, k) -> locked(a[0], f -> {
            f.checkReadable();
            long n = size(a, k, "size");
            return f.text ? f.readText(n) : new PyBytes(f.readBytes(n));
        }));
        t.def("read1", (a, k) -> locked(a[0], f -> {
            f.checkReadable();
            long n = size(a, k, "size");
            return new PyBytes(f.readBytes(n < 0 ? PyFile.BUFSIZE : n));
        }));
        t.def("readall", (a, k) -> locked(a[0], f -> {
            f.checkReadable();
            return new PyBytes(f.readBytes(-1));
        }));
        t.def("readinto", (a, k) -> locked(a[0], f -> {
            f.checkReadable();
            if (!(a[1] instanceof PyByteArray ba)) throw Py.TypeError("readinto() argument must be read-write bytes-like object, not " + Ops.typeName(a[1]));
            byte[] got = f.readBytes(ba.bytes.length);
            System.arraycopy(got, 0, ba.bytes, 0, got.length);
            return (long) got.length;
        }));
        t.def("readline", (a, k) -> locked(a[0], f -> {
            f.checkClosed("readline of");
            if (!f.readable) throw Py.raise(PyFile.UNSUPPORTED, "not readable");
            long n = size(a, k, "size");
            return f.text ? f.readLineText(n) : new PyBytes(f.readLineBytes(n));
        }));
        t.def("readlines", (a, k) -> locked(a[0], f -> {
            f.checkClosed("readline of");
            if (!f.readable) throw Py.raise(PyFile.UNSUPPORTED, "not readable");
            long hint = size(a, k, "hint");
            PyList out = new PyList();
            long total = 0;
            for (;;) {
                Object line = f.text ? f.readLineText(-1) : new PyBytes(f.readLineBytes(-1));
                int len = line instanceof String s ? s.length() : ((PyBytes) line).bytes.length;
                if (len == 0) break;
                out.append(line);
                total += len;
                if (hint > 0 && total >= hint) break;
            }
            return out;
        }));
        t.def("write", (a, k) -> locked(a[0], f -> {
            f.checkWritable();
            if (f.text) {
                if (!(a[1] instanceof String s)) throw Py.TypeError("write() argument must be str, not " + Ops.typeName(a[1]));
                return (long) f.writeText(s);
            }
            return (long) f.writeBytes(bytesLike(a[1]));
        }));
        t.def("writelines", (a, k) -> {
            PyFile f0 = (PyFile) a[0];
            f0.checkWritable();
            Object it = Iter.iter(a[1]);
            Object line;
            while ((line = Iter.next(it)) != null) {
                Object l = line;
                locked(f0, f -> {
                    f.checkWritable();
                    if (f.text) {
                        if (!(l instanceof String s)) throw Py.TypeError("write() argument must be str, not " + Ops.typeName(l));
                        f.writeText(s);
                    } else {
                        f.writeBytes(bytesLike(l));
                    }
                    return null;
                });
            }
            return Py.None;
        });
        t.def("flush", (a, k) -> locked(a[0], f -> {
            f.checkClosed(f.text ? null : "flush of");
            f.flush();
            return Py.None;
        }));
        t.def("close", (a, k) -> locked(a[0], f -> { f.close(); return Py.None; }));
        t.def("seek", (a, k) -> locked(a[0], f -> {
            f.checkClosed("seek of");
            long off = Ops.asIndex(Args.get(a, k, 1, "cookie", 0L));
            long whence = Ops.asIndex(Args.get(a, k, 2, "whence", 0L));
            if (f.text) {
                if (whence == 1 && off != 0) throw Py.raise(PyFile.UNSUPPORTED, "can't do nonzero cur-relative seeks");
                if (whence == 2 && off != 0) throw Py.raise(PyFile.UNSUPPORTED, "can't do nonzero end-relative seeks");
                if (whence == 0 && off < 0) throw Py.ValueError("negative seek position " + off);
                if (whence == 1) return f.tell();
            }
            if (whence < 0 || whence > 2) throw Py.ValueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
            if (!f.text && whence == 1) off = f.tell() + off;
            return f.seek(off, whence == 1 ? 0 : (int) whence);
        }));
        t.def("tell", (a, k) -> locked(a[0], f -> {
            f.checkClosed("tell of");
            return f.tell();
        }));
        t.def("truncate", (a, k) -> locked(a[0], f -> {
            f.checkWritable();
            return f.truncate(Args.get(a, k, 1, "size", Py.None));
        }));
        t.def("fileno", (a, k) -> {
            PyFile f = (PyFile) a[0];
            f.checkClosed(null);
            return (long) f.fd;
        });
        t.def("isatty", (a, k) -> { ((PyFile) a[0]).checkClosed(null); return false; });
        t.def("readable", (a, k) -> { ((PyFile) a[0]).checkClosed(null); return ((PyFile) a[0]).readable; });
        t.def("writable", (a, k) -> { ((PyFile) a[0]).checkClosed(null); return ((PyFile) a[0]).writable; });
        t.def("seekable", (a, k) -> { ((PyFile) a[0]).checkClosed(null); return true; });
        t.def("__enter__", (a, k) -> { ((PyFile) a[0]).checkClosed(null); return a[0]; });
        t.def("__exit__", (a, k) -> locked(a[0], f -> { f.close(); return Py.None; }));
        t.def("__iter__", (a, k) -> { ((PyFile) a[0]).checkClosed(null); return a[0]; });
        t.def("__next__", (a, k) -> {
            Object line = locked(a[0], f -> {
                f.checkClosed(null);
                if (!f.readable) throw Py.raise(PyFile.UNSUPPORTED, "not readable");
                return f.text ? f.readLineText(-1) : new PyBytes(f.readLineBytes(-1));
            });
            if (line instanceof String s ? s.isEmpty() : ((PyBytes) line).bytes.length == 0) throw Py.StopIteration(null);
            return line;
        });
        t.def("__repr__", (a, k) -> ((PyFile) a[0]).repr());
        prop(t, "closed", f -> f.closed);
        prop(t, "name", f -> f.name);
        prop(t, "mode", f -> f.mode);
        prop(t, "closefd", f -> true);
        if (t == PyFile.TEXT) {
            prop(t, "encoding", f -> f.encoding);
            prop(t, "errors", f -> f.errors);
            prop(t, "line_buffering", f -> f.lineBuffering);
            prop(t, "newlines", f -> {
                String n = f.newlines();
                if (n == null) return Py.None;
                if (!n.equals("*")) return n;
                java.util.List<Object> l = new java.util.ArrayList<>();
                if ((f.seenNewlines & 1) != 0) l.add("\r");
                if ((f.seenNewlines & 2) != 0) l.add("\n");
                if ((f.seenNewlines & 4) != 0) l.add("\r\n");
                return PyTuple.of(l.toArray());
            });
        }
    }

    static void prop(PyType t, String name, Function<PyFile, Object> f) {
        t.dict.put(name, new PyWrappers.Property(PyBuiltinFunction.method(t.name, name, (a, k) -> f.apply((PyFile) a[0])),
                Py.None, Py.None, Py.None).immortal());
    }
}
