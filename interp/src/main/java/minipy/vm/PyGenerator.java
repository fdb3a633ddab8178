package minipy.vm;

import minipy.runtime.*;

/** A generator: a suspended frame resumed by next/send/throw/close. */
public final class PyGenerator extends PyObject {
    public final Frame frame;
    public final String name, qualname;
    private boolean running, finished;
    private Object returnValue;

    public PyGenerator(Frame frame) {
        super(true);
        this.frame = frame;
        this.name = frame.code.name;
        this.qualname = frame.func != null ? frame.func.qualname : frame.code.qualname;
    }

    /** The object a call of a generator function returns: the generator, or for an async generator its wrapper. */
    public static Object make(Frame frame) {
        PyGenerator g = new PyGenerator(frame);
        if (!frame.code.isAsyncGenerator()) return g;
        return AsyncGen.wrap(g);
    }

    @Override public PyType type() { return PyType.GENERATOR; }

    public boolean isFinished() { return finished; }

    public boolean isRunning() { return running; }

    public boolean isSuspended() { return !finished && !running && frame.pc > 0; }

    /** next(): the next value, or null when the generator is exhausted. */
    public Object next() { return resume(Py.None, null, false); }

    /** send(v): the next value; raises StopIteration(return value) at the end. */
    public Object send(Object v) { return resume(v, null, true); }

    public Object throwExc(PyException e) {
        Object sub = delegate();
        if (sub != null && !running) {
            if (e.matches(Exc.GeneratorExit)) {
                // close the sub-iterator first, then raise GeneratorExit here (CPython's gen_close)
                try {
                    closeIter(sub);
                } catch (PyException ce) {
                    return resume(null, ce, true);
                }
                return resume(null, e, true);
            }
            Object r;
            running = true;
            try {
                if (sub instanceof PyGenerator g) {
                    r = g.throwExc(e);
                } else {
                    Object thr = Ops.getattrOrNull(sub, "throw");
                    if (thr == null) { running = false; return resume(null, e, true); }
                    r = Ops.call(thr, e.value);
                }
            } catch (PyException se) {
                running = false;
                if (se.matches(Exc.StopIteration)) {
                    // the sub-iterator returned: the yield from expression's value is StopIteration.value
                    Object v = se.value.args.size() > 0 ? se.value.args.get(0) : Py.None;
                    int target = frame.code.code[frame.pc] >>> 8;           // the SEND
                    int exit = frame.code.code[target] >>> 8;               // after the yield from
                    Object it = frame.slots[frame.sp - 1];
                    Refs.incref(v);
                    frame.slots[frame.sp - 1] = v;
                    Refs.decref(it);
                    frame.pc = exit;
                    return resume(SKIP_PUSH, null, true);
                }
                return resume(null, se, true);
            }
            running = false;
            return r;
        }
        return resume(null, e, true);
    }

    private static final Object SKIP_PUSH = new Object();

    /** The sub-iterator of a suspended yield from / await, or null. */
    private Object delegate() {
        if (finished || frame.pc <= 0 || frame.sp <= 0) return null;
        int[] code = frame.code.code;
        if (frame.pc >= code.length) return null;
        int insn = code[frame.pc];
        if ((insn & 0xff) != Opcode.JUMP_FORWARD.ordinal()) return null;
        int target = insn >>> 8;
        if (target < 0 || target >= code.length || (code[target] & 0xff) != Opcode.SEND.ordinal()) return null;
        return frame.slots[frame.sp - 1];
    }

    private static void closeIter(Object sub) {
        if (sub instanceof PyGenerator g) { g.close(); return; }
        Object cl = Ops.getattrOrNull(sub, "close");
        if (cl != null) Ops.call(cl);
    }

    private Object resume(Object value, PyException exc, boolean raiseStop) {
        if (running) throw Py.raise(Exc.ValueError, "generator already executing");
        if (finished) {
            if (exc != null) throw exc;
            if (raiseStop) throw Py.StopIteration(null);
            return null;
        }
        if (frame.pc == 0 && value != Py.None && value != null && exc == null) {
            throw Py.TypeError("can't send non-None value to a just-started generator");
        }
        if (value == SKIP_PUSH) {
            value = null;
        } else if (frame.pc > 0 && exc == null) {
            Refs.incref(value);
            frame.slots[frame.sp++] = value;
        }
        running = true;
        Object r;
        try {
            r = Interpreter.resume(frame, exc);
        } catch (PyException e) {
            finished = true;
            running = false;
            frame.clear();
            if (e.matches(Exc.StopIteration)) {
                PyBaseException re = new PyBaseException(Exc.RuntimeError, "generator raised StopIteration");
                re.cause = e.value;
                Refs.incref(e.value);
                re.context = e.value;
                Refs.incref(e.value);
                throw re.raise();
            }
            throw e;
        }
        running = false;
        if (frame.yielded) return r;
        finished = true;
        frame.clear();
        returnValue = r;      // owns the frame's reference to the return value
        if (raiseStop) throw Py.StopIteration(r == Py.None ? null : r);
        return null;
    }

    /** The value the generator returned with (after it finished), or None. */
    public Object lastValueOrNull() { return returnValue == Py.None ? null : returnValue; }

    public Object lastValue() { return returnValue == null ? Py.None : returnValue; }

    public void close() {
        if (finished) return;
        if (frame.pc == 0) { finished = true; frame.clear(); return; }
        try {
            throwExc(new PyBaseException(Exc.GeneratorExit).raise());
        } catch (PyException e) {
            if (e.matches(Exc.GeneratorExit) || e.matches(Exc.StopIteration)) return;
            throw e;
        }
        throw Py.RuntimeError("generator ignored GeneratorExit");
    }

    /** A suspended generator is closed before it is freed (CPython's tp_finalize, _PyGen_Finalize). */
    @Override protected boolean hasFinalizer() { return !finished && !running && frame.pc > 0; }

    @Override protected void finalizeObject() {
        try {
            close();
        } catch (PyException e) {
            ErrorReporter.unraisable("Exception ignored in: " + Ops.repr(this), e);
        }
    }

    /** The frame's slots while suspended (a running frame's stack is in the loop's locals: not visited). */
    @Override public void traverse(java.util.function.Consumer<Object> visit) {
        if (!running) frame.traverse(visit);
        if (returnValue != null) visit.accept(returnValue);
    }

    @Override protected void clearRefs() {
        if (!finished && frame.pc > 0) {
            try {
                close();
            } catch (PyException e) {
                ErrorReporter.unraisable("Exception ignored in: " + Ops.repr(this), e);
            }
        }
        frame.clear();
        if (returnValue != null) Refs.decref(returnValue);
    }
}
