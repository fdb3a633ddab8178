package minipy.modules;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.util.function.Function;
import minipy.runtime.*;
import minipy.vm.Interp;

/** socket: the socket type of {@link PySocket}, its constants, errors and helper functions. */
final class SocketModule {
    private SocketModule() {}

    static final PyType SOCKET = new PyType("socket", new PyType[] {PyType.OBJECT}, false).immortal();
    static final PyType GAIERROR = errorType("gaierror", Exc.OSError);
    static final PyType HERROR = errorType("herror", Exc.OSError);
    /** socket.setdefaulttimeout (JVM-wide here; -1 is None). */
    static volatile double defaultTimeout = -1;

    static final int SOL_SOCKET = 1, SO_REUSEADDR = 2, SO_TYPE = 3, SO_ERROR = 4, SO_BROADCAST = 6, SO_SNDBUF = 7,
            SO_RCVBUF = 8, SO_KEEPALIVE = 9, SO_LINGER = 13, SO_REUSEPORT = 15, IPPROTO_TCP = 6, IPPROTO_UDP = 17,
            IPPROTO_IP = 0, TCP_NODELAY = 1;

    private static PyType errorType(String name, PyType base) {
        PyType t = new PyType(name, new PyType[] {base}, false);
        t.allocator = PyBaseException::new;
        t.module = "socket";
        return t.immortal();
    }

    static PyException gaierror(int code, String msg) {
        return new PyBaseException(GAIERROR, (long) code, msg).raise();
    }

    static PyTuple addrTuple(InetSocketAddress a) {
        InetAddress ia = a.getAddress();
        String host = ia == null ? a.getHostString() : ia.getHostAddress();
        if (ia instanceof Inet6Address) {
            int pct = host.indexOf('%');
            if (pct >= 0) host = host.substring(0, pct);
            host = compress6(ia);
            return PyTuple.of(host, (long) a.getPort(), 0L, 0L);
        }
        return PyTuple.of(host, (long) a.getPort());
    }

    private static String compress6(InetAddress ia) {
        byte[] b = ia.getAddress();
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) w[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        int bestStart = -1, bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (w[i] != 0) { i++; continue; }
            int j = i;
            while (j < 8 && w[j] == 0) j++;
            if (j - i > bestLen && j - i > 1) { bestStart = i; bestLen = j - i; }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') sb.append(':');
            sb.append(Integer.toHexString(w[i]));
        }
        return sb.toString();
    }

    /** An AF_INET address argument (host, port). */
    static InetSocketAddress address(PySocket s, Object addr, String fn) {
        if (!(addr instanceof PyTuple t)) {
            throw Py.TypeError(fn + "(): " + (s.core.family == PySocket.AF_INET6 ? "AF_INET6" : "AF_INET") + " address must be tuple, not " + Ops.typeName(addr));
        }
        if (t.size() < 2) throw Py.TypeError("AF_INET address must be a pair (host, port)");
        Object h = t.get(0), p = t.get(1);
        if (!(h instanceof String host)) throw Py.TypeError("str, bytes or bytearray expected, not " + Ops.typeName(h));
        if (!(p instanceof Long) && !(p instanceof Boolean)) throw Py.TypeError("'" + Ops.typeName(p) + "' object cannot be interpreted as an integer");
        long port = Ops.asIndex(p);
        if (port < 0 || port > 65535) throw Py.OverflowError(fn + "(): port must be 0-65535.");
        try {
            InetAddress ia = PySocket.resolve(host);
            return new InetSocketAddress(ia, (int) port);
        } catch (IOException e) {
            throw gaierror(-2, "Name or service not known");
        }
    }

    static byte[] data(Object o) {
        if (o instanceof PyBytes b) return b.bytes;
        throw Py.TypeError("a bytes-like object is required, not '" + Ops.typeName(o) + "'");
    }

    static SocketOption<?> option(long level, long name) {
        if (level == SOL_SOCKET) {
            switch ((int) name) {
                case SO_REUSEADDR: return StandardSocketOptions.SO_REUSEADDR;
                case SO_REUSEPORT: return StandardSocketOptions.SO_REUSEPORT;
                case SO_KEEPALIVE: return StandardSocketOptions.SO_KEEPALIVE;
                case SO_BROADCAST: return StandardSocketOptions.SO_BROADCAST;
                case SO_SNDBUF: return StandardSocketOptions.SO_SNDBUF;
                case SO_RCVBUF: return StandardSocketOptions.SO_RCVBUF;
                case SO_LINGER: return StandardSocketOptions.SO_LINGER;
                default: return null;
            }
        }
        if (level == IPPROTO_TCP && name == TCP_NODELAY) return StandardSocketOptions.TCP_NODELAY;
        return null;
    }

    static PySocket sock(Object o) {
        if (o instanceof PySocket s) return s;
        throw Py.TypeError("descriptor requires a 'socket' object but received '" + Ops.typeName(o) + "'");
    }

    static double timeoutArg(Object o) {
        if (o == Py.None) return -1;
        double t = Ops.asDouble(o);
        if (t < 0) throw Py.ValueError("Timeout value out of range");
        return t;
    }

    static {
        SOCKET.module = "socket";
        SOCKET.baseType = false;
        SOCKET.constructor = (cls, a, k) -> {
            long family = Ops.asIndex(Args.get(a, k, 0, "family", (long) PySocket.AF_INET));
            long type = Ops.asIndex(Args.get(a, k, 1, "type", (long) PySocket.SOCK_STREAM));
            Object fileno = Args.get(a, k, 3, "fileno", Py.None);
            if (family == -1) family = PySocket.AF_INET;
            if (type == -1) type = PySocket.SOCK_STREAM;
            if (fileno != Py.None) throw OsErrors.error(OsErrors.EBADF);
            if (family != PySocket.AF_INET && family != PySocket.AF_INET6) throw OsErrors.error(OsErrors.EAFNOSUPPORT);
            if (type != PySocket.SOCK_STREAM && type != PySocket.SOCK_DGRAM) throw OsErrors.error(93 /* EPROTONOSUPPORT */);
            PySocket.Core core = new PySocket.Core((int) family, (int) type);
            return new PySocket(interpOf(), core, defaultTimeout);
        };
        SOCKET.def("bind", (a, k) -> {
            PySocket s = sock(a[0]);
            s.bind(address(s, a[1], "bind"));
            return Py.None;
        });
        SOCKET.def("listen", (a, k) -> {
            PySocket s = sock(a[0]);
            s.listen(a.length > 1 ? (int) Math.min(Ops.asIndex(a[1]), 4096) : 128);
            return Py.None;
        });
        SOCKET.def("accept", (a, k) -> sock(a[0]).accept());
        SOCKET.def("_accept", (a, k) -> sock(a[0]).accept());
        SOCKET.def("connect", (a, k) -> {
            PySocket s = sock(a[0]);
            s.connect(address(s, a[1], "connect"), true);
            return Py.None;
        });
        SOCKET.def("connect_ex", (a, k) -> {
            PySocket s = sock(a[0]);
            return (long) s.connect(address(s, a[1], "connect_ex"), false);
        });
        SOCKET.def("recv", (a, k) -> {
            PySocket s = sock(a[0]);
            if (a.length < 2) throw Py.TypeError("recv() takes at least 1 argument (0 given)");
            return new PyBytes(s.recv((int) Ops.asIndex(a[1]), false));
        });
        SOCKET.def("recv_into", (a, k) -> {
            PySocket s = sock(a[0]);
            if (!(a[1] instanceof PyByteArray ba)) throw Py.TypeError("recv_into() argument 'buffer' must be read-write bytes-like object, not " + Ops.typeName(a[1]));
            int n = a.length > 2 && !Long.valueOf(0).equals(a[2]) ? (int) Ops.asIndex(a[2]) : ba.bytes.length;
            byte[] got = s.recv(Math.min(n, ba.bytes.length), false);
            System.arraycopy(got, 0, ba.bytes, 0, got.length);
            return (long) got.length;
        });
        SOCKET.def("recvfrom", (a, k) -> {
            Object[] r = sock(a[0]).recvfrom((int) Ops.asIndex(a[1]));
            return PyTuple.of(new PyBytes((byte[]) r[0]), r[1]);
        });
        SOCKET.def("send", (a, k) -> {
            PySocket s = sock(a[0]);
            byte[] d = data(a[1]);
            return (long) s.send(d, 0, d.length);
        });
        SOCKET.def("sendall", (a, k) -> {
            sock(a[0]).sendall(data(a[1]));
            return Py.None;
        });
        SOCKET.def("sendto", (a, k) -> {
            PySocket s = sock(a[0]);
            Object addr = a[a.length - 1];
            return (long) s.sendto(data(a[1]), address(s, addr, "sendto"));
        });
        SOCKET.def("close", (a, k) -> { sock(a[0]).close(); return Py.None; });
        SOCKET.def("detach", (a, k) -> { PySocket s = sock(a[0]); long fd = s.fd; s.close(); return fd; });
        SOCKET.def("shutdown", (a, k) -> { sock(a[0]).shutdown((int) Ops.asIndex(a[1])); return Py.None; });
        SOCKET.def("settimeout", (a, k) -> { sock(a[0]).timeout = timeoutArg(a[1]); return Py.None; });
        SOCKET.def("gettimeout", (a, k) -> {
            double t = sock(a[0]).timeout;
            return t < 0 ? Py.None : (Object) t;
        });
        SOCKET.def("setblocking", (a, k) -> {
            sock(a[0]).timeout = Ops.truthy(a[1]) ? -1 : 0.0;
            return Py.None;
        });
        SOCKET.def("getblocking", (a, k) -> sock(a[0]).timeout != 0);
        SOCKET.def("setsockopt", (a, k) -> {
            PySocket s = sock(a[0]);
            s.checkOpen();
            long level = Ops.asIndex(a[1]), name = Ops.asIndex(a[2]);
            SocketOption<?> opt = option(level, name);
            if (opt == null) return Py.None;   // accepted and ignored, as options the JDK cannot set
            Object v = a[3];
            if (opt.type() == Boolean.class) s.setOption(opt, Ops.truthy(v));
            else if (opt.type() == Integer.class) {
                int iv = v instanceof PyBytes b ? (b.bytes.length >= 4 ? (b.bytes[0] & 0xff) | (b.bytes[1] & 0xff) << 8 : 0) : (int) Ops.asIndex(v);
                s.setOption(opt, iv);
            }
            return Py.None;
        });
        SOCKET.def("getsockopt", (a, k) -> {
            PySocket s = sock(a[0]);
            s.checkOpen();
            long level = Ops.asIndex(a[1]), name = Ops.asIndex(a[2]);
            if (level == SOL_SOCKET && name == SO_TYPE) return (long) s.core.type;
            if (level == SOL_SOCKET && name == SO_ERROR) return 0L;
            SocketOption<?> opt = option(level, name);
            if (opt == null) return 0L;
            @SuppressWarnings("unchecked") SocketOption<Object> o = (SocketOption<Object>) opt;
            Object v;
            synchronized (s.core) {
                v = s.core.options.get(o);
                try {
                    if (s.core.ch != null && s.core.ch.supportedOptions().contains(o)) v = s.core.ch.getOption(o);
                } catch (IOException e) {
                    throw OsErrors.fromJava(e);
                }
            }
            if (v == null) return 0L;
            if (v instanceof Boolean b) return b ? 1L : 0L;
            return ((Number) v).longValue();
        });
        SOCKET.def("getsockname", (a, k) -> sock(a[0]).sockname());
        SOCKET.def("getpeername", (a, k) -> sock(a[0]).peername());
        SOCKET.def("fileno", (a, k) -> {
            PySocket s = sock(a[0]);
            return s.closed ? -1L : (long) s.fd;
        });
        SOCKET.def("makefile", (a, k) -> SocketFile.make(sock(a[0]), a, k));
        SOCKET.def("__enter__", (a, k) -> a[0]);
        SOCKET.def("__exit__", (a, k) -> { sock(a[0]).close(); return Py.None; });
        SOCKET.def("__repr__", (a, k) -> sock(a[0]).repr());
        SOCKET.def("__getstate__", (a, k) -> { throw Py.TypeError("cannot pickle 'socket' object"); });
        prop("family", s -> (long) s.core.family);
        prop("type", s -> (long) s.core.type);
        prop("proto", s -> 0L);
        prop("timeout", s -> s.timeout < 0 ? Py.None : (Object) s.timeout);
    }

    private static void prop(String name, Function<PySocket, Object> f) {
        SOCKET.dict.put(name, new PyWrappers.Property(PyBuiltinFunction.method("socket", name, (a, k) -> f.apply(sock(a[0]))),
                Py.None, Py.None, Py.None).immortal());
    }

    private static Interp interpOf() { return minipy.vm.ThreadState.current().interp; }

    static PyModule create(Interp interp) {
        PyModule m = new PyModule("socket");
        m.set("socket", SOCKET);
        m.set("SocketType", SOCKET);
        m.set("error", Exc.OSError);
        m.set("timeout", Exc.TimeoutError);
        m.set("gaierror", GAIERROR);
        m.set("herror", HERROR);
        long[][] consts = {};
        String[] names = {"AF_UNIX", "AF_INET", "AF_INET6", "AF_UNSPEC", "SOCK_STREAM", "SOCK_DGRAM", "SOCK_RAW",
            "SOL_SOCKET", "SO_REUSEADDR", "SO_REUSEPORT", "SO_KEEPALIVE", "SO_BROADCAST", "SO_SNDBUF", "SO_RCVBUF",
            "SO_TYPE", "SO_ERROR", "SO_LINGER", "IPPROTO_TCP", "IPPROTO_UDP", "IPPROTO_IP", "TCP_NODELAY",
            "SHUT_RD", "SHUT_WR", "SHUT_RDWR", "SOMAXCONN", "MSG_PEEK", "MSG_DONTWAIT", "MSG_WAITALL",
            "INADDR_ANY", "INADDR_LOOPBACK", "AI_PASSIVE", "SOCK_NONBLOCK", "SOCK_CLOEXEC"};
        long[] values = {1, 2, 10, 0, 1, 2, 3, 1, 2, 15, 9, 6, 7, 8, 3, 4, 13, 6, 17, 0, 1, 0, 1, 2, 4096, 2, 64, 256,
            0, 0x7f000001L, 1, 2048, 524288};
        PyList all = new PyList();
        for (int i = 0; i < names.length; i++) {
            m.set(names[i], values[i]);
            all.append(names[i]);
        }
        m.def("getdefaulttimeout", (a, k) -> defaultTimeout < 0 ? Py.None : (Object) defaultTimeout);
        m.def("setdefaulttimeout", (a, k) -> { defaultTimeout = timeoutArg(a[0]); return Py.None; });
        m.def("gethostname", (a, k) -> {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                return "localhost";
            }
        });
        m.def("gethostbyname", (a, k) -> {
            try {
                return PySocket.resolve(Ops.str(a[0])).getHostAddress();
            } catch (IOException e) {
                throw gaierror(-2, "Name or service not known");
            }
        });
        m.def("getfqdn", (a, k) -> {
            try {
                return InetAddress.getLocalHost().getCanonicalHostName();
            } catch (IOException e) {
                return "localhost";
            }
        });
        m.def("create_connection", (a, k) -> {
            Object addr = Args.get(a, k, 0, "address", null);
            Object t = Args.get(a, k, 1, "timeout", null);
            Object src = Args.get(a, k, 2, "source_address", Py.None);
            PySocket s = (PySocket) SOCKET.constructor.call(SOCKET, new Object[0], null);
            try {
                if (t != null) s.timeout = timeoutArg(t);
                if (src != Py.None) s.bind(address(s, src, "bind"));
                s.connect(address(s, addr, "connect"), true);
            } catch (PyException e) {
                s.close();
                throw e;
            }
            return s;
        });
        m.def("create_server", (a, k) -> {
            Object addr = Args.get(a, k, 0, "address", null);
            Object backlog = Args.kw(a, k, "backlog", Py.None);
            boolean reuse = Ops.truthy(Args.kw(a, k, "reuse_port", false));
            PySocket s = (PySocket) SOCKET.constructor.call(SOCKET, new Object[0], null);
            s.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            if (reuse) s.setOption(StandardSocketOptions.SO_REUSEPORT, true);
            s.listenBacklog = backlog == Py.None ? 128 : (int) Ops.asIndex(backlog);
            s.bind(address(s, addr, "bind"));
            return s;
        });
        m.def("socketpair", (a, k) -> {
            PySocket srv = (PySocket) SOCKET.constructor.call(SOCKET, new Object[0], null);
            srv.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            PySocket c = (PySocket) SOCKET.constructor.call(SOCKET, new Object[0], null);
            PyTuple local = (PyTuple) srv.sockname();
            c.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), (int) (long) (Long) local.get(1)), true);
            PyTuple acc = srv.accept();
            srv.close();
            return PyTuple.of(acc.get(0), c);
        });
        m.def("getaddrinfo", (a, k) -> {
            Object host = a[0];
            Object port = a.length > 1 ? a[1] : Py.None;
            long p = port == Py.None ? 0 : port instanceof String ps ? Long.parseLong(ps) : Ops.asIndex(port);
            try {
                InetAddress ia = PySocket.resolve(host == Py.None ? "127.0.0.1" : Ops.str(host));
                boolean v6 = ia instanceof Inet6Address;
                PyTuple sa = v6 ? PyTuple.of(ia.getHostAddress(), p, 0L, 0L) : PyTuple.of(ia.getHostAddress(), p);
                PyList l = new PyList();
                l.append(PyTuple.of(v6 ? 10L : 2L, 1L, 6L, "", sa));
                return l;
            } catch (IOException e) {
                throw gaierror(-2, "Name or service not known");
            }
        });
        m.def("htons", (a, k) -> { long v = Ops.asIndex(a[0]) & 0xffff; return ((v & 0xff) << 8) | (v >> 8); });
        m.def("ntohs", (a, k) -> { long v = Ops.asIndex(a[0]) & 0xffff; return ((v & 0xff) << 8) | (v >> 8); });
        m.def("htonl", (a, k) -> Long.reverseBytes(Ops.asIndex(a[0])) >>> 32);
        m.def("ntohl", (a, k) -> Long.reverseBytes(Ops.asIndex(a[0])) >>> 32);
        m.def("inet_aton", (a, k) -> {
            try {
                return new PyBytes(InetAddress.getByName(Ops.str(a[0])).getAddress());
            } catch (IOException e) {
                throw Py.OSError("illegal IP address string passed to inet_aton");
            }
        });
        m.def("inet_ntoa", (a, k) -> {
            byte[] b = data(a[0]);
            return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
        });
        for (String n : new String[] {"socket", "SocketType", "error", "timeout", "gaierror", "herror", "getdefaulttimeout",
            "setdefaulttimeout", "gethostname", "gethostbyname", "getfqdn", "create_connection", "create_server",
            "socketpair", "getaddrinfo", "htons", "ntohs", "htonl", "ntohl", "inet_aton", "inet_ntoa"}) {
            all.append(n);
        }
        m.set("__all__", all);
        return m;
    }
}
