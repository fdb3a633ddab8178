package minipy.modules;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import minipy.runtime.*;
import minipy.vm.Interp;
import minipy.vm.ThreadState;

/**
 * socket.socket on java.nio channels. The channel is always in non-blocking mode (so that an
 * event loop can register it with its own {@link Selector}); a blocking call first tries the
 * operation, and when it would block waits on a selector with the GIL released (timeouts as
 * CPython's: None blocks, 0.0 raises BlockingIOError, t raises TimeoutError('timed out')).
 *
 * <p>A TCP socket becomes a {@link ServerSocketChannel} at bind() or listen() and a
 * {@link SocketChannel} at connect() (NIO binds and listens in one step). The channel lives in a
 * {@link Core} shared by every handle on it: passing a socket to another minipy process
 * duplicates the handle, as fork duplicates a descriptor, and the channel closes when its last
 * handle does. A handle closes when its last reference goes.
 */
public final class PySocket extends PyObject implements MpShareable, IoRuntime.Handle {
    static final int AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10;
    static final int SOCK_STREAM = 1, SOCK_DGRAM = 2;

    /** What the handles of one socket share: the channel and the options set before it existed. */
    static final class Core {
        final int family, type;
        volatile NetworkChannel ch;
        final AtomicInteger handles = new AtomicInteger(1);
        final Map<SocketOption<Object>, Object> options = new LinkedHashMap<>();
        InetSocketAddress bound;
        volatile boolean closed;
        boolean shutRd, shutWr;

        Core(int family, int type) {
            this.family = family;
            this.type = type;
        }

        synchronized void closeChannel() {
            if (closed) return;
            closed = true;
            NetworkChannel c = ch;
            if (c == null) return;
            try {
                if (c instanceof SocketChannel sc && sc.isConnected()) {
                    try {
                        sc.shutdownOutput();
                    } catch (IOException e) {
                        // already reset
                    }
                }
                c.close();
            } catch (IOException e) {
                // nothing more to do
            }
        }
    }

    final Interp interp;
    final Core core;
    final int fd;
    /** Seconds; below zero: blocking without a timeout (None). */
    volatile double timeout;
    volatile boolean closed;
    private Selector rsel, wsel;
    private final ReentrantLock rlock = new ReentrantLock(), wlock = new ReentrantLock();

    PySocket(Interp interp, Core core, double timeout) {
        this.interp = interp;
        this.core = core;
        this.timeout = timeout;
        this.fd = IoRuntime.allocFd();
        IoRuntime.of(interp).opened(this);
    }

    @Override public PyType type() { return SocketModule.SOCKET; }

    /** The channel, for an event loop (null before bind/listen/connect for TCP). */
    public SelectableChannel channel() { return (SelectableChannel) core.ch; }

    // ---- handles across processes -------------------------------------------------------------

    @Override public Adoptable export() {
        checkOpen();
        core.handles.incrementAndGet();
        Core c = core;
        double t = timeout;
        return receiver -> new PySocket(receiver, c, t);
    }

    // ---- closing ------------------------------------------------------------------------------

    void close() {
        if (closed) return;
        closed = true;
        IoRuntime.of(interp).closed(this);
        IoRuntime.freeFd(fd);
        closeSelectors();
        if (core.handles.decrementAndGet() == 0) core.closeChannel();
    }

    private void closeSelectors() {
        for (Selector s : new Selector[] {rsel, wsel}) {
            if (s == null) continue;
            try {
                s.close();
            } catch (IOException e) {
                // ignore
            }
        }
    }

    @Override public void closeAtExit(boolean flush) { close(); }

    @Override protected boolean hasFinalizer() { return !closed; }

    @Override protected void finalizeObject() { close(); }

    public boolean isClosed() { return closed || core.closed; }

    void checkOpen() {
        if (closed || core.closed) throw OsErrors.error(OsErrors.EBADF);
    }

    // ---- waiting ------------------------------------------------------------------------------

    private static final double NONE = -1;

    /**
     * Waits until the channel is ready for op, with the GIL released; raises TimeoutError when
     * the socket's timeout passes, BlockingIOError for a non-blocking socket.
     */
    void waitFor(int op, long deadline) {
        if (timeout == 0) throw OsErrors.error(OsErrors.EAGAIN);
        boolean read = op == SelectionKey.OP_READ || op == SelectionKey.OP_ACCEPT;
        ReentrantLock lk = read ? rlock : wlock;
        ThreadState ts = ThreadState.current();
        long remaining = deadline < 0 ? -1 : deadline - System.nanoTime();
        if (deadline >= 0 && remaining <= 0) throw timeoutError();
        boolean own = lk.tryLock();
        Selector sel = null;
        try {
            if (own) {
                sel = read ? rsel : wsel;
                if (sel == null || !sel.isOpen()) {
                    sel = Selector.open();
                    if (read) rsel = sel;
                    else wsel = sel;
                }
            } else {
                sel = Selector.open();
            }
            SelectableChannel ch = (SelectableChannel) core.ch;
            SelectionKey key = ch.keyFor(sel);
            if (key == null) key = ch.register(sel, op);
            else key.interestOps(op);
            Selector s = sel;
            Blocking.await(ts, remaining < 0 ? -1 : remaining / 1e9, nanos -> {
                int n;
                try {
                    n = nanos < 0 ? s.select() : s.select(Math.max(1, nanos / 1_000_000));
                    s.selectedKeys().clear();
                } catch (IOException e) {
                    n = 0;
                }
                if (Thread.interrupted()) throw new InterruptedException();
                return n > 0;
            });
        } catch (ClosedChannelException | java.nio.channels.ClosedSelectorException | java.nio.channels.CancelledKeyException e) {
            throw OsErrors.error(OsErrors.EBADF);
        } catch (IOException e) {
            throw OsErrors.fromJava(e);
        } finally {
            if (own) lk.unlock();
            else if (sel != null) {
                try {
                    sel.close();
                } catch (IOException e) {
                    // ignore
                }
            }
        }
        checkOpen();
        if (deadline >= 0 && System.nanoTime() - deadline >= 0) {
            // the caller retries once more; it raises TimeoutError if still not ready
        }
    }

    static PyException timeoutError() {
        return new PyBaseException(Exc.TimeoutError, "timed out").raise();
    }

    long deadline() {
        double t = timeout;
        return t < 0 ? -1 : System.nanoTime() + (long) (t * 1e9);
    }

    // ---- channel creation ------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    void setOption(SocketOption<?> opt, Object value) {
        synchronized (core) {
            core.options.put((SocketOption<Object>) opt, value);
            if (core.ch != null) {
                try {
                    core.ch.setOption((SocketOption<Object>) opt, value);
                } catch (UnsupportedOperationException | IllegalArgumentException e) {
                    // option not supported by this kind of channel: kept for later channels
                } catch (IOException e) {
                    throw OsErrors.fromJava(e);
                }
            }
        }
    }

    private void applyOptions(NetworkChannel c) throws IOException {
        for (Map.Entry<SocketOption<Object>, Object> e : core.options.entrySet()) {
            if (c.supportedOptions().contains(e.getKey())) c.setOption(e.getKey(), e.getValue());
        }
    }

    private StandardProtocolFamily pf() {
        return core.family == AF_INET6 ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET;
    }

    /** DatagramChannel for SOCK_DGRAM, created on first use. */
    DatagramChannel dgram() {
        synchronized (core) {
            if (core.ch == null) {
                try {
                    DatagramChannel d = DatagramChannel.open(pf());
                    d.configureBlocking(false);
                    applyOptions(d);
                    core.ch = d;
                } catch (IOException e) {
                    throw OsErrors.fromJava(e);
                }
            }
            return (DatagramChannel) core.ch;
        }
    }

    void bind(InetSocketAddress addr) {
        checkOpen();
        synchronized (core) {
            try {
                if (core.type == SOCK_DGRAM) {
                    DatagramChannel d = dgram();
                    if (d.getLocalAddress() != null) throw OsErrors.error(OsErrors.EINVAL);
                    d.bind(addr);
                    return;
                }
                if (core.ch != null) throw OsErrors.error(OsErrors.EINVAL);
                ServerSocketChannel s = ServerSocketChannel.open(pf());
                try {
                    s.configureBlocking(false);
                    applyOptions(s);
                    s.bind(addr, listenBacklog);
                } catch (IOException e) {
                    s.close();
                    throw e;
                }
                core.ch = s;
                core.bound = addr;
            } catch (IOException e) {
                throw OsErrors.fromJava(e);
            }
        }
    }

    int listenBacklog = 128;

    void listen(int backlog) {
        checkOpen();
        if (core.type != SOCK_STREAM) throw OsErrors.error(95 /* EOPNOTSUPP */);
        synchronized (core) {
            if (core.ch == null) {
                listenBacklog = Math.max(backlog, 1);
                bind(new InetSocketAddress(core.family == AF_INET6 ? "::" : "0.0.0.0", 0));
            } else if (!(core.ch instanceof ServerSocketChannel)) {
                throw OsErrors.error(OsErrors.EINVAL);
            }
        }
    }

    PyTuple accept() {
        checkOpen();
        if (!(core.ch instanceof ServerSocketChannel ss)) throw OsErrors.error(OsErrors.EINVAL);
        long deadline = deadline();
        for (;;) {
            SocketChannel c;
            try {
                c = ss.accept();
            } catch (IOException e) {
                throw OsErrors.fromJava(e);
            }
            if (c != null) {
                try {
                    c.configureBlocking(false);
                    InetSocketAddress peer = (InetSocketAddress) c.getRemoteAddress();
                    Core cc = new Core(core.family, SOCK_STREAM);
                    cc.ch = c;
                    PySocket s = new PySocket(interp, cc, SocketModule.defaultTimeout);
                    return PyTuple.of(s, SocketModule.addrTuple(peer));
                } catch (IOException e) {
                    throw OsErrors.fromJava(e);
                }
            }
            if (deadline >= 0 && timeout != 0 && System.nanoTime() - deadline >= 0) throw timeoutError();
            waitFor(SelectionKey.OP_ACCEPT, deadline);
        }
    }

    /** connect(); returns 0 or, when raise is false, the errno (connect_ex). */
    int connect(InetSocketAddress addr, boolean raise) {
        checkOpen();
        if (core.type == SOCK_DGRAM) {
            try {
                dgram().connect(addr);
                return 0;
            } catch (IOException e) {
                if (raise) throw OsErrors.fromJava(e);
                return OsErrors.errnoOf(e);
            }
        }
        SocketChannel c;
        synchronized (core) {
            if (core.ch instanceof SocketChannel sc && sc.isConnected()) {
                if (raise) throw OsErrors.error(OsErrors.EISCONN);
                return OsErrors.EISCONN;
            }
            try {
                if (core.ch instanceof SocketChannel sc) {
                    c = sc;
                } else {
                    InetSocketAddress local = null;
                    if (core.ch instanceof ServerSocketChannel ss) {
                        local = (InetSocketAddress) ss.getLocalAddress();
                        ss.close();
                        core.ch = null;
                    }
                    c = SocketChannel.open(pf());
                    c.configureBlocking(false);
                    applyOptions(c);
                    if (local != null) c.bind(local);
                    core.ch = c;
                }
            } catch (IOException e) {
                if (raise) throw OsErrors.fromJava(e);
                return OsErrors.errnoOf(e);
            }
        }
        long deadline = deadline();
        try {
            if (addr.isUnresolved()) throw SocketModule.gaierror(-2, "Name or service not known");
            if (c.isConnectionPending() || c.connect(addr)) {
                if (!c.isConnectionPending()) return 0;
            }
            for (;;) {
                if (c.finishConnect()) return 0;
                if (timeout == 0) {
                    if (raise) throw OsErrors.error(OsErrors.EINPROGRESS);
                    return OsErrors.EINPROGRESS;
                }
                if (deadline >= 0 && System.nanoTime() - deadline >= 0) {
                    if (raise) throw timeoutError();
                    return OsErrors.EAGAIN;
                }
                waitFor(SelectionKey.OP_CONNECT, deadline);
            }
        } catch (IOException e) {
            int errno = OsErrors.errnoOf(e);
            if (errno == OsErrors.EIO) errno = OsErrors.ECONNREFUSED;
            // a failed connect leaves the socket unusable for another connect, as in CPython
            if (raise) throw OsErrors.error(errno);
            return errno;
        }
    }

    SocketChannel stream() {
        checkOpen();
        if (core.ch instanceof SocketChannel sc && (sc.isConnected())) return sc;
        throw OsErrors.error(OsErrors.ENOTCONN);
    }

    byte[] recv(int n, boolean peek) {
        if (n < 0) throw Py.ValueError("negative buffersize in recv");
        if (core.type == SOCK_DGRAM) return (byte[]) recvfrom(n)[0];
        SocketChannel c = stream();
        if (core.shutRd) return new byte[0];
        ByteBuffer buf = ByteBuffer.allocate(n);
        long deadline = deadline();
        for (;;) {
            int k;
            try {
                k = c.read(buf);
            } catch (IOException e) {
                throw ioError(e);
            }
            if (k < 0) return new byte[0];
            if (k > 0 || n == 0) {
                byte[] r = new byte[buf.position()];
                buf.flip();
                buf.get(r);
                return r;
            }
            if (deadline >= 0 && timeout != 0 && System.nanoTime() - deadline >= 0) throw timeoutError();
            waitFor(SelectionKey.OP_READ, deadline);
        }
    }

    PyException ioError(IOException e) {
        if (e instanceof ClosedChannelException) {
            if (core.shutWr && !core.closed) return OsErrors.error(OsErrors.EPIPE);
            return OsErrors.error(OsErrors.EBADF);
        }
        int errno = OsErrors.errnoOf(e);
        return OsErrors.error(errno);
    }

    int send(byte[] data, int off, int len) {
        if (core.type == SOCK_DGRAM) {
            DatagramChannel d = dgram();
            try {
                return d.write(ByteBuffer.wrap(data, off, len));
            } catch (IOException e) {
                throw ioError(e);
            }
        }
        SocketChannel c = stream();
        ByteBuffer buf = ByteBuffer.wrap(data, off, len);
        long deadline = deadline();
        for (;;) {
            int k;
            try {
                k = c.write(buf);
            } catch (IOException e) {
                throw ioError(e);
            }
            if (k > 0 || len == 0) return k;
            if (deadline >= 0 && timeout != 0 && System.nanoTime() - deadline >= 0) throw timeoutError();
            waitFor(SelectionKey.OP_WRITE, deadline);
        }
    }

    void sendall(byte[] data) {
        SocketChannel c = core.type == SOCK_DGRAM ? null : stream();
        if (c == null) {
            send(data, 0, data.length);
            return;
        }
        ByteBuffer buf = ByteBuffer.wrap(data);
        long deadline = deadline();
        while (buf.hasRemaining()) {
            int k;
            try {
                k = c.write(buf);
            } catch (IOException e) {
                throw ioError(e);
            }
            if (k > 0) continue;
            if (deadline >= 0 && timeout != 0 && System.nanoTime() - deadline >= 0) throw timeoutError();
            waitFor(SelectionKey.OP_WRITE, deadline);
        }
    }

    Object[] recvfrom(int n) {
        checkOpen();
        if (core.type != SOCK_DGRAM) {
            byte[] b = recv(n, false);
            return new Object[] {b, Py.None};
        }
        DatagramChannel d = dgram();
        ByteBuffer buf = ByteBuffer.allocate(Math.max(n, 0));
        long deadline = deadline();
        for (;;) {
            SocketAddress from;
            try {
                from = d.receive(buf);
            } catch (IOException e) {
                throw ioError(e);
            }
            if (from != null) {
                byte[] r = new byte[buf.position()];
                buf.flip();
                buf.get(r);
                return new Object[] {r, SocketModule.addrTuple((InetSocketAddress) from)};
            }
            if (deadline >= 0 && timeout != 0 && System.nanoTime() - deadline >= 0) throw timeoutError();
            waitFor(SelectionKey.OP_READ, deadline);
        }
    }

    int sendto(byte[] data, InetSocketAddress addr) {
        checkOpen();
        if (core.type != SOCK_DGRAM) throw OsErrors.error(OsErrors.EISCONN);
        DatagramChannel d = dgram();
        long deadline = deadline();
        for (;;) {
            int k;
            try {
                k = d.send(ByteBuffer.wrap(data), addr);
            } catch (IOException e) {
                throw ioError(e);
            }
            if (k > 0 || data.length == 0) return k;
            if (deadline >= 0 && timeout != 0 && System.nanoTime() - deadline >= 0) throw timeoutError();
            waitFor(SelectionKey.OP_WRITE, deadline);
        }
    }

    void shutdown(int how) {
        checkOpen();
        if (how < 0 || how > 2) throw Py.ValueError("invalid how");
        SocketChannel c = stream();
        try {
            if (how == 0 || how == 2) {
                c.shutdownInput();
                core.shutRd = true;
            }
            if (how == 1 || how == 2) {
                c.shutdownOutput();
                core.shutWr = true;
            }
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    Object sockname() {
        checkOpen();
        try {
            NetworkChannel c = core.ch;
            SocketAddress a = c == null ? null : c.getLocalAddress();
            if (a == null) return SocketModule.addrTuple(new InetSocketAddress(core.family == AF_INET6 ? "::" : "0.0.0.0", 0));
            return SocketModule.addrTuple((InetSocketAddress) a);
        } catch (IOException e) {
            throw OsErrors.fromJava(e);
        }
    }

    Object peername() {
        checkOpen();
        try {
            NetworkChannel c = core.ch;
            SocketAddress a = c instanceof SocketChannel sc ? sc.getRemoteAddress()
                    : c instanceof DatagramChannel d ? d.getRemoteAddress() : null;
            if (a == null) throw OsErrors.error(OsErrors.ENOTCONN);
            return SocketModule.addrTuple((InetSocketAddress) a);
        } catch (IOException e) {
            throw OsErrors.fromJava(e);
        }
    }

    String repr() {
        if (closed) {
            return "<socket.socket [closed] fd=-1, family=" + core.family + ", type=" + core.type + ", proto=0>";
        }
        StringBuilder sb = new StringBuilder("<socket.socket fd=" + fd + ", family=" + core.family + ", type=" + core.type + ", proto=0");
        try {
            NetworkChannel c = core.ch;
            if (c != null && c.getLocalAddress() != null) sb.append(", laddr=").append(Ops.repr(SocketModule.addrTuple((InetSocketAddress) c.getLocalAddress())));
            if (c instanceof SocketChannel sc && sc.getRemoteAddress() != null) sb.append(", raddr=").append(Ops.repr(SocketModule.addrTuple((InetSocketAddress) sc.getRemoteAddress())));
        } catch (IOException e) {
            // leave the addresses out
        }
        return sb.append('>').toString();
    }

    static InetAddress resolve(String host) throws IOException {
        if (host.isEmpty()) return InetAddress.getByName("0.0.0.0");
        if (host.equals("<broadcast>")) return InetAddress.getByName("255.255.255.255");
        return InetAddress.getByName(host);
    }

    static final Object PLACEHOLDER = StandardSocketOptions.SO_REUSEADDR;
}
