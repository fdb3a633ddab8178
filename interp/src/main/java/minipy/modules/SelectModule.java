package minipy.modules;

import java.io.IOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.HashMap;
import java.util.Map;
import minipy.runtime.*;
import minipy.vm.Interp;
import minipy.vm.ThreadState;

/**
 * select (minimal): poll() objects and select() over sockets, on a java.nio Selector (sockets
 * are non-blocking NIO channels underneath, see PySocket). The wait releases the GIL. Only
 * socket objects can be registered (minipy files are not selectable).
 */
public final class SelectModule {
    private SelectModule() {}

    static final long POLLIN = 1, POLLPRI = 2, POLLOUT = 4, POLLERR = 8, POLLHUP = 16, POLLNVAL = 32;

    static final PyType POLL = new PyType("poll", new PyType[] {PyType.OBJECT}, false).immortal();

    static final class Poll extends PyObject {
        Selector sel;
        /** fd -> (socket, key, mask). */
        final Map<Integer, Reg> regs = new HashMap<>();

        @Override public PyType type() { return POLL; }

        Selector selector() {
            if (sel == null) {
                try {
                    sel = Selector.open();
                } catch (IOException e) {
                    throw OsErrors.fromJava(e);
                }
            }
            return sel;
        }

        @Override protected void clearRefs() {
            for (Reg r : regs.values()) Refs.decref(r.sock);
            regs.clear();
            if (sel != null) {
                try {
                    sel.close();
                } catch (IOException e) {
                    // ignore
                }
            }
        }
    }

    static final class Reg {
        final PySocket sock;
        long mask;
        Reg(PySocket sock, long mask) { this.sock = sock; this.mask = mask; }
    }

    static PySocket socketOf(Object o) {
        if (o instanceof PySocket s) return s;
        if (!(o instanceof Long)) {
            Object inner = Ops.getattrOrNull(o, "_sock");
            if (inner instanceof PySocket s) return s;
        }
        throw Py.TypeError("minipy's select works on socket objects only, not " + Ops.typeName(o));
    }

    static int ops(SelectableChannel ch, long mask) {
        int ops = 0;
        if ((mask & (POLLIN | POLLPRI)) != 0) ops |= ch instanceof ServerSocketChannel ? SelectionKey.OP_ACCEPT : SelectionKey.OP_READ;
        if ((mask & POLLOUT) != 0 && !(ch instanceof ServerSocketChannel)) {
            ops |= ch instanceof SocketChannel sc && sc.isConnectionPending() ? SelectionKey.OP_CONNECT : SelectionKey.OP_WRITE;
        }
        return ops;
    }

    static long events(int ready) {
        long ev = 0;
        if ((ready & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0) ev |= POLLIN;
        if ((ready & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0) ev |= POLLOUT;
        return ev;
    }

    static {
        POLL.module = "select";
        POLL.baseType = false;
        POLL.def("register", (a, k) -> {
            Poll p = (Poll) a[0];
            PySocket s = socketOf(a[1]);
            long mask = a.length > 2 ? Ops.asIndex(a[2]) : POLLIN | POLLPRI | POLLOUT;
            Reg old = p.regs.get(s.fd);
            if (old != null) {
                old.mask = mask;
                if (old.sock != s) {
                    Refs.incref(s);
                    Refs.decref(old.sock);
                    p.regs.put(s.fd, new Reg(s, mask));
                }
            } else {
                Refs.incref(s);
                p.regs.put(s.fd, new Reg(s, mask));
            }
            return Py.None;
        });
        POLL.def("modify", (a, k) -> {
            Poll p = (Poll) a[0];
            PySocket s = socketOf(a[1]);
            Reg r = p.regs.get(s.fd);
            if (r == null) throw OsErrors.error(2 /* ENOENT */);
            r.mask = Ops.asIndex(a[2]);
            return Py.None;
        });
        POLL.def("unregister", (a, k) -> {
            Poll p = (Poll) a[0];
            int fd = a[1] instanceof Long l ? (int) (long) l : socketOf(a[1]).fd;
            Reg r = p.regs.remove(fd);
            if (r == null) throw new PyBaseException(Exc.KeyError, (long) fd).raise();
            if (p.sel != null && r.sock.channel() != null) {
                SelectionKey key = r.sock.channel().keyFor(p.sel);
                if (key != null) key.cancel();
            }
            Refs.decref(r.sock);
            return Py.None;
        });
        POLL.def("poll", (a, k) -> {
            Poll p = (Poll) a[0];
            Object t = a.length > 1 ? a[1] : Py.None;
            double ms = t == Py.None ? -1 : Ops.asDouble(t);
            return poll(p, ms < 0 ? -1 : ms / 1000.0);
        });
    }

    /** Waits up to seconds (below zero: forever) for the registered sockets; [(fd, events)]. */
    static PyList poll(Poll p, double seconds) {
        Selector sel = p.selector();
        PyList out = new PyList();
        boolean any = false;
        try {
            // deregister the keys cancelled since the last call (readiness is level-triggered:
            // what this finds is found again below)
            sel.selectNow();
            sel.selectedKeys().clear();
            // bring the selector's interest sets up to date
            java.util.Set<SelectionKey> stale = new java.util.HashSet<>(sel.keys());
            for (Map.Entry<Integer, Reg> e : p.regs.entrySet()) {
                Reg r = e.getValue();
                SelectableChannel ch = r.sock.isClosed() ? null : r.sock.channel();
                if (ch == null || !ch.isOpen()) {
                    out.append(PyTuple.of((long) e.getKey(), POLLNVAL));
                    any = true;
                    continue;
                }
                int ops = ops(ch, r.mask) & ch.validOps();
                SelectionKey key = ch.keyFor(sel);
                if (key == null) key = ch.register(sel, ops, e.getKey());
                else if (!key.isValid()) {
                    out.append(PyTuple.of((long) e.getKey(), POLLNVAL));
                    any = true;
                } else {
                    key.interestOps(ops);
                    key.attach(e.getKey());
                    stale.remove(key);
                }
            }
            for (SelectionKey key : stale) if (key.isValid()) key.cancel();
            if (any) seconds = 0;
            int n;
            if (seconds == 0) {
                n = sel.selectNow();
            } else {
                ThreadState ts = ThreadState.current();
                int[] got = {0};
                Blocking.await(ts, seconds, nanos -> {
                    try {
                        got[0] = nanos < 0 ? sel.select() : nanos < 1_000_000 ? sel.selectNow() : sel.select(nanos / 1_000_000);
                    } catch (IOException e) {
                        got[0] = 0;
                    }
                    if (Thread.interrupted()) throw new InterruptedException();
                    return true;
                });
                n = got[0];
            }
            {
                for (SelectionKey key : sel.selectedKeys()) {
                    try {
                        long ev = events(key.readyOps());
                        if (ev != 0 && key.attachment() instanceof Integer fd) out.append(PyTuple.of((long) fd, ev));
                    } catch (CancelledKeyException e) {
                        // unregistered meanwhile
                    }
                }
                sel.selectedKeys().clear();
            }
        } catch (ClosedChannelException e) {
            throw OsErrors.error(OsErrors.EBADF);
        } catch (IOException e) {
            throw OsErrors.fromJava(e);
        }
        return out;
    }

    static PyModule create(Interp interp) {
        PyModule m = new PyModule("select");
        m.set("POLLIN", POLLIN);
        m.set("POLLPRI", POLLPRI);
        m.set("POLLOUT", POLLOUT);
        m.set("POLLERR", POLLERR);
        m.set("POLLHUP", POLLHUP);
        m.set("POLLNVAL", POLLNVAL);
        m.set("error", Exc.OSError);
        m.def("poll", (a, k) -> new Poll());
        m.def("select", (a, k) -> {
            if (a.length < 3) throw Py.TypeError("select expected at least 3 arguments, got " + a.length);
            Object t = a.length > 3 ? a[3] : Py.None;
            double seconds = t == Py.None ? -1 : Ops.asDouble(t);
            if (seconds < 0 && t != Py.None) throw Py.ValueError("timeout must be non-negative");
            Poll p = new Poll();
            Map<Integer, Object> byFd = new HashMap<>();
            try {
                Object[] rl = Iter.toArray(a[0]), wl = Iter.toArray(a[1]);
                for (Object o : rl) {
                    PySocket s = socketOf(o);
                    byFd.put(s.fd, o);
                    p.regs.merge(s.fd, new Reg(s, POLLIN), (x, y) -> { x.mask |= POLLIN; return x; });
                }
                for (Object o : wl) {
                    PySocket s = socketOf(o);
                    byFd.putIfAbsent(s.fd, o);
                    p.regs.merge(s.fd, new Reg(s, POLLOUT), (x, y) -> { x.mask |= POLLOUT; return x; });
                }
                for (Reg r : p.regs.values()) Refs.incref(r.sock);
                PyList got = poll(p, seconds);
                PyList r = new PyList(), w = new PyList();
                Object[] gotItems = Iter.toArray(got);
                for (Object o : rl) {
                    int fd = socketOf(o).fd;
                    for (Object item : gotItems) {
                        PyTuple tt = (PyTuple) item;
                        if ((long) (Long) tt.get(0) == fd && ((Long) tt.get(1) & (POLLIN | POLLNVAL)) != 0) { r.append(o); break; }
                    }
                }
                for (Object o : wl) {
                    int fd = socketOf(o).fd;
                    for (Object item : gotItems) {
                        PyTuple tt = (PyTuple) item;
                        if ((long) (Long) tt.get(0) == fd && ((Long) tt.get(1) & (POLLOUT | POLLNVAL)) != 0) { w.append(o); break; }
                    }
                }
                return PyTuple.of(r, w, new PyList());
            } finally {
                p.clearRefs();
            }
        });
        return m;
    }
}
