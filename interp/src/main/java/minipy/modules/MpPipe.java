package minipy.modules;

import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import minipy.runtime.*;
import minipy.vm.Interp;
import minipy.vm.ThreadState;

/**
 * multiprocessing.Pipe for in-JVM processes. The two ends are shared by every interpreter that
 * has a handle on them; a handle ({@link Conn}, the Python Connection object) belongs to one
 * interpreter, like a file descriptor to one process: closing it, or the process exiting, closes
 * only that copy. Each end counts its open handles across interpreters, so recv() raises
 * EOFError once the buffer is empty and every handle on the other end is closed, and send()
 * raises BrokenPipeError once no handle on the other end is left. Messages are copied with the
 * pickle rules of {@link MpCopier}. Waits release the calling interpreter's GIL.
 */
public final class MpPipe {
    private MpPipe() {}

    private static final AtomicLong NEXT_FD = new AtomicLong(3);

    /** What both ends share: one lock and one condition for both directions. */
    private static final class Shared {
        final ReentrantLock lock = new ReentrantLock();
        final Condition changed = lock.newCondition();
    }

    static final class End {
        final Shared s;
        final ArrayDeque<Object> inbox = new ArrayDeque<>();
        int open;
        End peer;

        End(Shared s) { this.s = s; }
    }

    /** Pipe(duplex): (conn1, conn2); with duplex=False conn1 only receives and conn2 only sends. */
    static PyTuple pipe(Interp interp, boolean duplex) {
        Shared s = new Shared();
        End a = new End(s), b = new End(s);
        a.peer = b;
        b.peer = a;
        a.open = 1;
        b.open = 1;
        return PyTuple.of(new Conn(a, true, duplex, interp), new Conn(b, duplex, true, interp));
    }

    public static final class Conn extends PyObject implements MpShareable {
        static final PyType TYPE = new PyType("Connection", new PyType[] {PyType.OBJECT}, false).immortal();

        final End end;
        final boolean readable, writable;
        final long fd = NEXT_FD.getAndIncrement();
        private volatile boolean closed;
        private final MpRuntime rt;

        static {
            TYPE.module = "multiprocessing.connection";
            TYPE.baseType = false;
            TYPE.def("send", (a, k) -> { ((Conn) a[0]).send(a[1]); return Py.None; });
            TYPE.def("send_bytes", (a, k) -> {
                Conn c = (Conn) a[0];
                if (!(a[1] instanceof PyBytes b)) throw Py.TypeError("a bytes-like object is required, not '" + Ops.typeName(a[1]) + "'");
                byte[] bytes = b.bytes;
                int off = (int) Ops.asIndex(Args.get(a, k, 2, "offset", 0L));
                Object sz = Args.get(a, k, 3, "size", Py.None);
                int size = sz == Py.None ? bytes.length - off : (int) Ops.asIndex(sz);
                if (off < 0 || off > bytes.length) throw Py.ValueError("offset out of bounds");
                if (size < 0 || off + size > bytes.length) throw Py.ValueError("buffer length < offset + size");
                c.send(new PyBytes(java.util.Arrays.copyOfRange(bytes, off, off + size)));
                return Py.None;
            });
            TYPE.def("recv", (a, k) -> ((Conn) a[0]).recv());
            TYPE.def("recv_bytes", (a, k) -> {
                Object r = ((Conn) a[0]).recv();
                if (!(r instanceof PyBytes)) throw Py.raise(Exc.OSError, "bad message length");
                Object max = Args.get(a, k, 1, "maxlength", Py.None);
                if (max != Py.None && ((PyBytes) r).bytes.length > Ops.asIndex(max)) throw Py.raise(Exc.OSError, "bad message length");
                return r;
            });
            TYPE.def("poll", (a, k) -> {
                Object t = Args.get(a, k, 1, "timeout", 0.0);
                return ((Conn) a[0]).poll(t == Py.None ? -1 : Math.max(0, Ops.asDouble(t)));
            });
            TYPE.def("close", (a, k) -> { ((Conn) a[0]).closeQuietly(); return Py.None; });
            TYPE.def("fileno", (a, k) -> { ((Conn) a[0]).check(); return ((Conn) a[0]).fd; });
            TYPE.def("__enter__", (a, k) -> a[0]);
            TYPE.def("__exit__", (a, k) -> { ((Conn) a[0]).closeQuietly(); return Py.None; });
            TYPE.dict.put("closed", prop("closed", c -> c.closed));
            TYPE.dict.put("readable", prop("readable", c -> c.readable));
            TYPE.dict.put("writable", prop("writable", c -> c.writable));
        }

        private static PyObject prop(String name, java.util.function.Function<Conn, Object> f) {
            return new PyWrappers.Property(PyBuiltinFunction.method("Connection", name, (a, k) -> f.apply((Conn) a[0])),
                    Py.None, Py.None, Py.None).immortal();
        }

        /** A new handle on end in interp; the caller has already counted it in end.open. */
        Conn(End end, boolean readable, boolean writable, Interp interp) {
            this.end = end;
            this.readable = readable;
            this.writable = writable;
            this.rt = MpRuntime.of(interp);
            rt.opened(this);
        }

        @Override public PyType type() { return TYPE; }

        /** Passing the handle to another process duplicates it, as a file descriptor is. */
        @Override public Adoptable export() {
            check();
            end.s.lock.lock();
            try {
                end.open++;
            } finally {
                end.s.lock.unlock();
            }
            boolean r = readable, w = writable;
            End e = end;
            return receiver -> new Conn(e, r, w, receiver);
        }

        private void check() {
            if (closed) throw Py.raise(Exc.OSError, "handle is closed");
        }

        void send(Object obj) {
            check();
            if (!writable) throw Py.raise(Exc.OSError, "connection is read-only");
            Object msg = MpCopier.encode(ThreadState.current().interp, obj);
            Shared s = end.s;
            s.lock.lock();
            try {
                if (end.peer.open == 0) throw new PyBaseException(Exc.BrokenPipeError, 32L, "Broken pipe").raise();
                end.peer.inbox.addLast(msg);
                s.changed.signalAll();
            } finally {
                s.lock.unlock();
            }
        }

        Object recv() {
            check();
            if (!readable) throw Py.raise(Exc.OSError, "connection is write-only");
            Object[] got = {null};
            Shared s = end.s;
            boolean ready = Blocking.await(ThreadState.current(), -1, nanos -> {
                s.lock.lockInterruptibly();
                try {
                    while (end.inbox.isEmpty() && end.peer.open > 0) s.changed.await();
                    if (end.inbox.isEmpty()) return false;
                    got[0] = end.inbox.removeFirst();
                    return true;
                } finally {
                    s.lock.unlock();
                }
            });
            if (!ready) throw new PyBaseException(Exc.EOFError).raise();
            return MpCopier.decode(ThreadState.current().interp, got[0]);
        }

        boolean poll(double timeout) {
            check();
            if (!readable) throw Py.raise(Exc.OSError, "connection is write-only");
            Shared s = end.s;
            s.lock.lock();
            try {
                if (!end.inbox.isEmpty() || end.peer.open == 0) return true;
                if (timeout == 0) return false;
            } finally {
                s.lock.unlock();
            }
            return Blocking.await(ThreadState.current(), timeout, nanos -> {
                s.lock.lockInterruptibly();
                try {
                    while (end.inbox.isEmpty() && end.peer.open > 0) {
                        if (nanos < 0) s.changed.await();
                        else if ((nanos = s.changed.awaitNanos(nanos)) <= 0) return false;
                    }
                    return true;
                } finally {
                    s.lock.unlock();
                }
            });
        }

        void closeQuietly() {
            if (closed) return;
            closed = true;
            rt.closed(this);
            Shared s = end.s;
            s.lock.lock();
            try {
                end.open--;
                s.changed.signalAll();
            } finally {
                s.lock.unlock();
            }
        }

        /** A handle nobody refers to any more is closed, as CPython's Connection.__del__ does. */
        @Override protected void clearRefs() { closeQuietly(); }
    }
}
