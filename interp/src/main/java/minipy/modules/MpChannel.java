package minipy.modules;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import minipy.runtime.*;
import minipy.vm.ThreadState;

/**
 * The core of multiprocessing.Queue, JoinableQueue and SimpleQueue: a FIFO of messages shared
 * by every interpreter that holds it (immortal, the same object everywhere). A message is the
 * neutral form of the object put ({@link MpCopier}, pickle rules): the sender encodes before
 * taking the channel's lock, the receiver decodes into its own heap after leaving it, so no
 * live object is ever shared. Every wait releases the calling interpreter's GIL.
 *
 * <p>It also counts unfinished tasks (put increments, task_done decrements) for
 * JoinableQueue.join().
 */
public final class MpChannel extends PyObject implements MpShareable.Same {
    static final PyType TYPE = new PyType("Channel", new PyType[] {PyType.OBJECT}, false).immortal();
    /** Returned by get() when nothing came (the Python side raises queue.Empty). */
    static final PyObject NOTHING = new PyInstance(PyType.OBJECT).immortal();

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition(), notFull = lock.newCondition(), allDone = lock.newCondition();
    private final ArrayDeque<Object> items = new ArrayDeque<>();
    private final int maxsize;
    private int unfinished;

    static {
        TYPE.module = "_multiprocessing_minipy";
        TYPE.baseType = false;
        TYPE.constructor = (cls, a, k) -> new MpChannel(a.length > 0 ? (int) Ops.asIndex(a[0]) : 0);
        TYPE.def("put", (a, k) -> ((MpChannel) a[0]).put(a[1], Ops.truthy(Args.get(a, k, 2, "block", true)),
                timeout(Args.get(a, k, 3, "timeout", Py.None))));
        TYPE.def("get", (a, k) -> ((MpChannel) a[0]).get(Ops.truthy(Args.get(a, k, 1, "block", true)),
                timeout(Args.get(a, k, 2, "timeout", Py.None))));
        TYPE.def("qsize", (a, k) -> (long) ((MpChannel) a[0]).size());
        TYPE.def("empty", (a, k) -> ((MpChannel) a[0]).size() == 0);
        TYPE.def("full", (a, k) -> {
            MpChannel c = (MpChannel) a[0];
            return c.maxsize > 0 && c.size() >= c.maxsize;
        });
        TYPE.def("task_done", (a, k) -> { ((MpChannel) a[0]).taskDone(); return Py.None; });
        TYPE.def("join", (a, k) -> { ((MpChannel) a[0]).join(); return Py.None; });
        TYPE.def("unfinished", (a, k) -> (long) ((MpChannel) a[0]).unfinished);
    }

    MpChannel(int maxsize) {
        this.maxsize = maxsize;
        immortal();
    }

    @Override public PyType type() { return TYPE; }

    /** None: wait forever; else seconds (negative ones are treated as 0, as CPython's queues do). */
    static double timeout(Object t) {
        if (t == Py.None) return -1;
        double d = Ops.asDouble(t);
        return d < 0 ? 0 : d;
    }

    int size() {
        lock.lock();
        try {
            return items.size();
        } finally {
            lock.unlock();
        }
    }

    /** Returns False when the queue stayed full (the Python side raises queue.Full). */
    Object put(Object obj, boolean block, double timeout) {
        Object msg = MpCopier.encode(ThreadState.current().interp, obj);
        lock.lock();
        try {
            if (maxsize <= 0 || items.size() < maxsize) {
                add(msg);
                return true;
            }
            if (!block) return false;
        } finally {
            lock.unlock();
        }
        return Blocking.await(ThreadState.current(), timeout, nanos -> {
            lock.lockInterruptibly();
            try {
                while (items.size() >= maxsize) {
                    if (nanos < 0) notFull.await();
                    else if ((nanos = notFull.awaitNanos(nanos)) <= 0) return false;
                }
                add(msg);
                return true;
            } finally {
                lock.unlock();
            }
        });
    }

    private void add(Object msg) {
        items.addLast(msg);
        unfinished++;
        notEmpty.signal();
    }

    Object get(boolean block, double timeout) {
        Object[] got = {null};
        lock.lock();
        try {
            if (!items.isEmpty()) got[0] = take();
            else if (!block) return NOTHING;
        } finally {
            lock.unlock();
        }
        if (got[0] == null) {
            boolean ok = Blocking.await(ThreadState.current(), timeout, nanos -> {
                lock.lockInterruptibly();
                try {
                    while (items.isEmpty()) {
                        if (nanos < 0) notEmpty.await();
                        else if ((nanos = notEmpty.awaitNanos(nanos)) <= 0) return false;
                    }
                    got[0] = take();
                    return true;
                } finally {
                    lock.unlock();
                }
            });
            if (!ok) return NOTHING;
        }
        return MpCopier.decode(ThreadState.current().interp, got[0]);
    }

    private Object take() {
        Object m = items.removeFirst();
        notFull.signal();
        return m;
    }

    void taskDone() {
        lock.lock();
        try {
            if (unfinished <= 0) throw Py.ValueError("task_done() called too many times");
            if (--unfinished == 0) allDone.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void join() {
        lock.lock();
        try {
            if (unfinished == 0) return;
        } finally {
            lock.unlock();
        }
        Blocking.await(ThreadState.current(), -1, nanos -> {
            lock.lockInterruptibly();
            try {
                while (unfinished > 0) allDone.await();
                return true;
            } finally {
                lock.unlock();
            }
        });
    }
}
