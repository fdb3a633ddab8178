package minipy.modules;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import minipy.runtime.*;

/** socket.makefile(): a buffered text or binary stream over a socket (readline, read, write, iteration). */
final class SocketFile extends PyObject {
    static final PyType TYPE = new PyType("SocketIO", new PyType[] {PyType.OBJECT}, false).immortal();

    final PySocket sock;
    final boolean text, reading, writing;
    final String encoding, errors;
    private byte[] buf = new byte[0];
    private int pos, len;
    private boolean eof;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean closed;

    SocketFile(PySocket sock, boolean text, boolean reading, boolean writing, String encoding, String errors) {
        this.sock = sock;
        this.text = text;
        this.reading = reading;
        this.writing = writing;
        this.encoding = encoding;
        this.errors = errors;
        Refs.incref(sock);
    }

    @Override public PyType type() { return TYPE; }

    @Override protected void clearRefs() { Refs.decref(sock); }

    static Object make(PySocket s, Object[] a, String[] k) {
        String mode = Ops.str(Args.get(a, k, 1, "mode", "r"));
        Object enc = Args.get(a, k, 3, "encoding", Py.None);
        Object err = Args.get(a, k, 4, "errors", Py.None);
        for (char c : mode.toCharArray()) if ("rwb".indexOf(c) < 0) throw Py.ValueError("invalid mode " + Ops.repr(mode) + " (only r, w, b allowed)");
        boolean r = mode.indexOf('r') >= 0 || mode.indexOf('w') < 0;
        return new SocketFile(s, mode.indexOf('b') < 0, r, mode.indexOf('w') >= 0,
                enc == Py.None ? "utf-8" : Ops.str(enc), err == Py.None ? "strict" : Ops.str(err));
    }

    private boolean fill() {
        if (eof) return false;
        byte[] got = sock.recv(8192, false);
        if (got.length == 0) {
            eof = true;
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, len - pos);
            len -= pos;
            pos = 0;
        }
        if (len + got.length > buf.length) buf = Arrays.copyOf(buf, Math.max(len + got.length, buf.length * 2));
        System.arraycopy(got, 0, buf, len, got.length);
        len += got.length;
        return true;
    }

    private byte[] line(long limit) {
        int scanned = 0;
        for (;;) {
            for (int i = pos + scanned; i < len; i++) {
                if (buf[i] == '\n' || (limit >= 0 && i - pos + 1 >= limit)) {
                    byte[] r = Arrays.copyOfRange(buf, pos, i + 1);
                    pos = i + 1;
                    return r;
                }
            }
            scanned = len - pos;
            if (!fill()) {
                byte[] r = Arrays.copyOfRange(buf, pos, len);
                pos = len;
                return r;
            }
        }
    }

    private byte[] read(long n) {
        while (n < 0 || len - pos < n) if (!fill()) break;
        int k = (int) (n < 0 ? len - pos : Math.min(n, len - pos));
        byte[] r = Arrays.copyOfRange(buf, pos, pos + k);
        pos += k;
        return r;
    }

    private Object out(byte[] b) { return text ? StrMethods.decode(b, encoding, errors) : new PyBytes(b); }

    private void check() { if (closed) throw Py.ValueError("I/O operation on closed file."); }

    static SocketFile self(Object o) { return (SocketFile) o; }

    static {
        TYPE.module = "socket";
        TYPE.baseType = false;
        TYPE.def("readline", (a, k) -> {
            SocketFile f = self(a[0]);
            f.check();
            return f.out(f.line(a.length > 1 && a[1] != Py.None ? Ops.asIndex(a[1]) : -1));
        });
        TYPE.def("read", (a, k) -> {
            SocketFile f = self(a[0]);
            f.check();
            return f.out(f.read(a.length > 1 && a[1] != Py.None ? Ops.asIndex(a[1]) : -1));
        });
        TYPE.def("readlines", (a, k) -> {
            SocketFile f = self(a[0]);
            f.check();
            PyList l = new PyList();
            for (;;) {
                byte[] b = f.line(-1);
                if (b.length == 0) return l;
                l.append(f.out(b));
            }
        });
        TYPE.def("write", (a, k) -> {
            SocketFile f = self(a[0]);
            f.check();
            byte[] b = f.text ? StrMethods.encode(Ops.str(a[1]), f.encoding, f.errors) : SocketModule.data(a[1]);
            f.out.write(b, 0, b.length);
            return (long) (f.text ? ((String) a[1]).length() : b.length);
        });
        TYPE.def("flush", (a, k) -> {
            SocketFile f = self(a[0]);
            f.check();
            if (f.out.size() > 0) {
                byte[] b = f.out.toByteArray();
                f.out.reset();
                f.sock.sendall(b);
            }
            return Py.None;
        });
        TYPE.def("close", (a, k) -> {
            SocketFile f = self(a[0]);
            if (!f.closed) {
                if (f.out.size() > 0 && !f.sock.closed) {
                    byte[] b = f.out.toByteArray();
                    f.out.reset();
                    f.sock.sendall(b);
                }
                f.closed = true;
            }
            return Py.None;
        });
        TYPE.def("__iter__", (a, k) -> a[0]);
        TYPE.def("__next__", (a, k) -> {
            SocketFile f = self(a[0]);
            f.check();
            byte[] b = f.line(-1);
            if (b.length == 0) throw Py.StopIteration(null);
            return f.out(b);
        });
        TYPE.def("__enter__", (a, k) -> a[0]);
        TYPE.def("__exit__", (a, k) -> Ops.invoke(a[0], "close"));
        TYPE.dict.put("closed", new PyWrappers.Property(PyBuiltinFunction.method("SocketIO", "closed", (a, k) -> self(a[0]).closed),
                Py.None, Py.None, Py.None).immortal());
    }
}
