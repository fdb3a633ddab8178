package minipy.vm;

import static minipy.vm.PyCode.arg;

import minipy.runtime.*;

/**
 * The evaluation loop: one method, {@link #run}, a switch over the opcode of each
 * instruction, with pc, the slot array and the stack pointer in Java locals. Everything that
 * is not a few lines lives in small static helpers (here and in {@link Ops}).
 *
 * <p>Reference counting: every stack slot owns a reference. Pushing a value increfs it;
 * consuming a value decrefs it after use. Natives return borrowed or new objects, which the
 * loop then takes a reference to.
 *
 * <p>The eval breaker is tested on backward jumps and calls; {@link #handlePending} serves it.
 */
public final class Interpreter {
    private Interpreter() {}

    /** Runs a fresh frame to completion (or to its first yield). */
    public static Object run(Frame f) { return resume(f, null); }

    /** Calls a Python function with borrowed arguments (kwnames name the trailing ones). */
    public static Object callFunction(PyFunction fn, Object[] args, String[] kwnames) {
        ThreadState ts = ThreadState.current();
        Frame f = Calls.setupFrame(ts, fn, args, 0, args.length, kwnames);
        if (fn.code.isGenerator()) return new PyGenerator(f);
        return execute(ts, f);
    }

    /** Runs a class body with ns as its namespace; returns the __class__ cell if the body made one. */
    public static PyCell runClassBody(PyFunction body, PyDict ns) {
        ThreadState ts = ThreadState.current();
        Frame f = new Frame(body.code, body, body.globals, ts.interp.builtinsDict, ns);
        PyCode co = body.code;
        int nl = co.nlocals();
        for (int i = 0; i < co.cellvars.length; i++) {
            PyCell c = new PyCell(null);
            Refs.incref(c);
            f.slots[nl + i] = c;
        }
        if (body.closure != null) {
            for (int i = 0; i < body.closure.length; i++) {
                Refs.incref(body.closure[i]);
                f.slots[nl + co.cellvars.length + i] = body.closure[i];
            }
        }
        Object r = execute(ts, f);
        Object cell = ns.getStr("__classcell__");
        return cell instanceof PyCell c ? c : null;
    }

    /** Runs module-level code in the given globals (which is also its namespace). */
    public static Object runModule(PyCode code, PyDict globals) {
        ThreadState ts = ThreadState.current();
        Frame f = new Frame(code, null, globals, ts.interp.builtinsDict, globals);
        return execute(ts, f);
    }

    /** Runs module-level code with separate globals and locals (exec(code, globals, locals)). */
    public static Object runModule(PyCode code, PyDict globals, PyDict locals) {
        ThreadState ts = ThreadState.current();
        return execute(ts, new Frame(code, null, globals, ts.interp.builtinsDict, locals));
    }

    static Object execute(ThreadState ts, Frame f) {
        if (++ts.depth > ts.interp.recursionLimit) {
            ts.depth--;
            f.clear();
            throw Py.raise(Exc.RecursionError, "maximum recursion depth exceeded");
        }
        try {
            Object r = resume(f, null);
            f.clear();
            Refs.release(r);      // the frame's reference to the result goes; the caller takes its own
            return r;
        } catch (RuntimeException | Error e) {
            f.clear();
            throw e;
        } finally {
            ts.depth--;
        }
    }

    /**
     * Runs f from its saved pc until it returns or yields. If exc is non-null it is raised at
     * the current position first (generator.throw).
     */
    public static Object resume(Frame f, PyException exc) {
        ThreadState ts = ThreadState.current();
        Frame back = ts.frame;
        f.back = back;
        ts.frame = f;
        f.yielded = false;
        try {
            return loop(ts, f, exc);
        } finally {
            ts.frame = back;
        }
    }

    private static Object loop(ThreadState ts, Frame f, PyException pending) {
        final PyCode co = f.code;
        final int[] code = co.code;
        final Object[] consts = co.consts;
        final String[] names = co.names;
        final Object[] s = f.slots;
        int pc = f.pc;
        int sp = f.sp;
        boolean reraise = false;
        int ticks = 0;           // instructions executed, flushed to the thread's GIL stats
        for (;;) {
            try {
                if (pending != null) {
                    PyException p = pending;
                    pending = null;
                    throw p;
                }
                for (;;) {
                    final int insn = code[pc++];
                    ticks++;
                    switch (insn & 0xff) {
                        case OP_NOP:
                            break;
                        case OP_POP_TOP: {
                            Object v = s[--sp];
                            s[sp] = null;
                            Refs.decref(v);
                            break;
                        }
                        case OP_PUSH_NULL:
                            s[sp++] = null;
                            break;
                        case OP_COPY: {
                            Object v = s[sp - arg(insn)];
                            Refs.incref(v);
                            s[sp++] = v;
                            break;
                        }
                        case OP_SWAP: {
                            int j = sp - arg(insn);
                            Object t = s[sp - 1];
                            s[sp - 1] = s[j];
                            s[j] = t;
                            break;
                        }
                        case OP_LOAD_CONST: {
                            Object v = consts[arg(insn)];
                            Refs.incref(v);
                            s[sp++] = v;
                            break;
                        }
                        case OP_LOAD_FAST: {
                            Object v = s[arg(insn)];
                            if (v == null) throw unboundLocal(co, arg(insn));
                            Refs.incref(v);
                            s[sp++] = v;
                            break;
                        }
                        case OP_STORE_FAST: {
                            int i = arg(insn);
                            Object old = s[i];
                            s[i] = s[--sp];
                            s[sp] = null;
                            Refs.decref(old);
                            break;
                        }
                        case OP_DELETE_FAST: {
                            int i = arg(insn);
                            Object old = s[i];
                            if (old == null) throw unboundLocal(co, i);
                            s[i] = null;
                            Refs.decref(old);
                            break;
                        }
                        case OP_LOAD_DEREF: {
                            Object v = ((PyCell) s[co.nlocals() + arg(insn)]).value;
                            if (v == null) throw unboundDeref(co, arg(insn));
                            Refs.incref(v);
                            s[sp++] = v;
                            break;
                        }
                        case OP_STORE_DEREF: {
                            Object v = s[--sp];
                            s[sp] = null;
                            ((PyCell) s[co.nlocals() + arg(insn)]).set(v);
                            Refs.decref(v);
                            break;
                        }
                        case OP_DELETE_DEREF: {
                            PyCell c = (PyCell) s[co.nlocals() + arg(insn)];
                            if (c.value == null) throw unboundDeref(co, arg(insn));
                            c.set(null);
                            break;
                        }
                        case OP_LOAD_CLOSURE: {
                            Object c = s[co.nlocals() + arg(insn)];
                            Refs.incref(c);
                            s[sp++] = c;
                            break;
                        }
                        case OP_LOAD_CLASSDEREF: {
                            int i = arg(insn);
                            String name = i < co.cellvars.length ? co.cellvars[i] : co.freevars[i - co.cellvars.length];
                            Object v = f.locals.getStr(name);
                            if (v == null) {
                                v = ((PyCell) s[co.nlocals() + i]).value;
                                if (v == null) throw unboundDeref(co, i);
                            }
                            Refs.incref(v);
                            s[sp++] = v;
                            break;
                        }
                        case OP_LOAD_NAME: {
                            String name = names[arg(insn)];
                            Object v = f.locals.getStr(name);
                            if (v == null) v = f.globals.getStr(name);
                            if (v == null) v = f.builtins.getStr(name);
                            if (v == null) throw nameError(name);
                            Refs.incref(v);
                            s[sp++] = v;
                            break;
                        }
                        case OP_STORE_NAME: {
                            int mark = ts.poolMark();
                            Object v = s[--sp];
                            s[sp] = null;
                            f.locals.put(names[arg(insn)], v);
                            Refs.decref(v);
                            if (ts.poolMark() != mark) ts.drainTo(mark);
                            break;
                        }
                        case OP_DELETE_NAME: {
                            int mark = ts.poolMark();
                            String name = names[arg(insn)];
                            Object old = f.locals.removeTransfer(name);
                            if (old == null) throw nameError(name);
                            Refs.decref(old);
                            if (ts.poolMark() != mark) ts.drainTo(mark);
                            break;
                        }
                        case OP_LOAD_GLOBAL: {
                            String name = names[arg(insn)];
                            Object v = f.globals.getStr(name);
                            if (v == null) v = f.builtins.getStr(name);
                            if (v == null) throw nameError(name);
                            Refs.incref(v);
                            s[sp++] = v;
                            break;
                        }
                        case OP_STORE_GLOBAL: {
                            int mark = ts.poolMark();
                            Object v = s[--sp];
                            s[sp] = null;
                            f.globals.put(names[arg(insn)], v);
                            Refs.decref(v);
                            if (ts.poolMark() != mark) ts.drainTo(mark);
                            break;
                        }
                        case OP_DELETE_GLOBAL: {
                            int mark = ts.poolMark();
                            String name = names[arg(insn)];
                            Object old = f.globals.removeTransfer(name);
                            if (old == null) throw nameError(name);
                            Refs.decref(old);
                            if (ts.poolMark() != mark) ts.drainTo(mark);
                            break;
                        }
                        case OP_LOAD_ATTR: {
                            Object obj = s[sp - 1];
                            Object v = Ops.getattr(obj, names[arg(insn)]);
                            Refs.incref(v);
                            s[sp - 1] = v;
                            Refs.decref(obj);
                            break;
                        }
                        case OP_STORE_ATTR: {
                            int mark = ts.poolMark();
                            Object obj = s[--sp];
                            Object v = s[--sp];
                            s[sp] = s[sp + 1] = null;
                            Ops.setattr(obj, names[arg(insn)], v);
                            Refs.decref(v);
                            Refs.decref(obj);
                            if (ts.poolMark() != mark) ts.drainTo(mark);
                            break;
                        }
                        case OP_DELETE_ATTR: {
                            int mark = ts.poolMark();
                            Object obj = s[--sp];
                            s[sp] = null;
                            Ops.delattr(obj, names[arg(insn)]);
                            Refs.decref(obj);
                            if (ts.poolMark() != mark) ts.drainTo(mark);
                            break;
                        }
                        case OP_LOAD_METHOD: {
                            Object obj = s[sp - 1];
                            String name = names[arg(insn)];
                            Object m = Calls.lookupMethod(obj, name);
                            if (m != null) {
                                Refs.incref(m);
                                s[sp - 1] = m;
                                s[sp++] = obj;          // the stack's reference to obj moves here
                            } else {
                                Object v = Ops.getattr(obj, name);
                                Refs.incref(v);
                                s[sp - 1] = v;
                                s[sp++] = null;
                                Refs.decref(obj);
                            }
                            break;
                        }
                        case OP_BINARY_OP: {
                            Object b = s[--sp];
                            Object a = s[sp - 1];
                            s[sp] = null;
                            Object r;
                            int op = arg(insn);
                            if (a instanceof Long x && b instanceof Long y && op <= Arith.SUB) {
                                long lx = x, ly = y;
                                if (op == Arith.ADD) {
                                    long rr = lx + ly;
                                    r = ((lx ^ rr) & (ly ^ rr)) < 0 ? IntOps.add(a, b) : (Object) rr;
                                } else {
                                    long rr = lx - ly;
                                    r = ((lx ^ ly) & (lx ^ rr)) < 0 ? IntOps.sub(a, b) : (Object) rr;
                                }
                            } else {
                                r = Arith.binary(a, b, op);
                            }
                            Refs.incref(r);
                            s[sp - 1] = r;
                            Refs.decref(a);
                            Refs.decref(b);
                            break;
                        }
                        case OP_UNARY_NEGATIVE: {
                            Object a = s[sp - 1];
                            Object r = Arith.neg(a);
                            Refs.incref(r);
                            s[sp - 1] = r;
                            Refs.decref(a);
                            break;
                        }
                        case OP_UNARY_POSITIVE: {
                            Object a = s[sp - 1];
                            Object r = Arith.pos(a);
                            Refs.incref(r);
                            s[sp - 1] = r;
                            Refs.decref(a);
                            break;
                        }
                        case OP_UNARY_INVERT: {
                            Object a = s[sp - 1];
                            Object r = Arith.invert(a);
                            Refs.incref(r);
                            s[sp - 1] = r;
                            Refs.decref(a);
                            break;
                        }
                        case OP_UNARY_NOT: {
                            Object a = s[sp - 1];
                            s[sp - 1] = Ops.truthy(a) ? Boolean.FALSE : Boolean.TRUE;
                            Refs.decref(a);
                            break;
                        }
                        case OP_COMPARE_OP: {
                            Object b = s[--sp];
                            Object a = s[sp - 1];
                            s[sp] = null;
                            Object r;
                            if (a instanceof Long x && b instanceof Long y) {
                                r = compareLongs(x, y, arg(insn));
                            } else {
                                r = Compare.richCompare(a, b, arg(insn));
                            }
                            Refs.incref(r);
                            s[sp - 1] = r;
                            Refs.decref(a);
                            Refs.decref(b);
                            break;
                        }
                        case OP_IS_OP: {
                            Object b = s[--sp];
                            Object a = s[sp - 1];
                            s[sp] = null;
                            boolean same = a == b || (a instanceof Long x && b instanceof Long y && x.longValue() == y.longValue()
                                    && x >= -5 && x <= 256) || (a instanceof Boolean && a.equals(b));
                            s[sp - 1] = (same ^ (arg(insn) == 1)) ? Boolean.TRUE : Boolean.FALSE;
                            Refs.decref(a);
                            Refs.decref(b);
                            break;
                        }
                        case OP_CONTAINS_OP: {
                            Object b = s[--sp];
                            Object a = s[sp - 1];
                            s[sp] = null;
                            boolean in = Ops.contains(b, a);
                            s[sp - 1] = (in ^ (arg(insn) == 1)) ? Boolean.TRUE : Boolean.FALSE;
                            Refs.decref(a);
                            Refs.decref(b);
                            break;
                        }
                        case OP_BINARY_SUBSCR: {
                            Object key = s[--sp];
                            Object obj = s[sp - 1];
                            s[sp] = null;
                            Object r;
                            if (obj instanceof PyList l && key instanceof Long i && l.type() == PyType.LIST) r = l.getChecked(i);
                            else r = Items.getitem(obj, key);
                            Refs.incref(r);
                            s[sp - 1] = r;
                            Refs.decref(obj);
                            Refs.decref(key);
                            break;
                        }
                        case OP_STORE_SUBSCR: {
                            int mark = ts.poolMark();
                            Object key = s[--sp];
                            Object obj = s[--sp];
                            Object v = s[--sp];
                            s[sp] = s[sp + 1] = s[sp + 2] = null;
                            Items.setitem(obj, key, v);
                            Refs.decref(v);
                            Refs.decref(obj);
                            Refs.decref(key);
                            if (ts.poolMark() != mark) ts.drainTo(mark);
                            break;
                        }
                        case OP_DELETE_SUBSCR: {
                            int mark = ts.poolMark();
                            Object key = s[--sp];
                            Object obj = s[--sp];
                            s[sp] = s[sp + 1] = null;
                            Items.delitem(obj, key);
                            Refs.decref(obj);
                            Refs.decref(key);
                            if (ts.poolMark() != mark) ts.drainTo(mark);
                            break;
                        }
                        case OP_BUILD_SLICE: {
                            int n = arg(insn);
                            Object step = n == 3 ? s[--sp] : Py.None;
                            Object hi = s[--sp];
                            Object lo = s[sp - 1];
                            PySlice sl = new PySlice(lo, hi, step);
                            Refs.incref(sl);
                            s[sp - 1] = sl;
                            Refs.decref(lo);
                            Refs.decref(hi);
                            if (n == 3) Refs.decref(step);
                            for (int i = sp; i < sp + n - 1; i++) s[i] = null;
                            break;
                        }
                        case OP_BUILD_TUPLE: {
                            int n = arg(insn);
                            Object[] items = new Object[n];
                            sp -= n;
                            System.arraycopy(s, sp, items, 0, n);
                            PyTuple t = Stack.tupleTakingRefs(items);
                            clearRange(s, sp, n);
                            s[sp++] = t;
                            break;
                        }
                        case OP_BUILD_LIST: {
                            int n = arg(insn);
                            Object[] items = new Object[Math.max(n, 4)];
                            sp -= n;
                            System.arraycopy(s, sp, items, 0, n);
                            PyList l = Stack.listTakingRefs(items, n);
                            clearRange(s, sp, n);
                            s[sp++] = l;
                            break;
                        }
                        case OP_BUILD_SET: {
                            int n = arg(insn);
                            PySet set = new PySet(false);
                            sp -= n;
                            for (int i = 0; i < n; i++) set.add(s[sp + i]);
                            for (int i = 0; i < n; i++) { Refs.decref(s[sp + i]); s[sp + i] = null; }
                            Refs.incref(set);
                            s[sp++] = set;
                            break;
                        }
                        case OP_BUILD_MAP: {
                            int n = arg(insn);
                            PyDict d = new PyDict(n);
                            sp -= 2 * n;
                            for (int i = 0; i < n; i++) d.put(s[sp + 2 * i], s[sp + 2 * i + 1]);
                            for (int i = 0; i < 2 * n; i++) { Refs.decref(s[sp + i]); s[sp + i] = null; }
                            Refs.incref(d);
                            s[sp++] = d;
                            break;
                        }
                        case OP_BUILD_STRING: {
                            int n = arg(insn);
                            StringBuilder sb = new StringBuilder();
                            sp -= n;
                            for (int i = 0; i < n; i++) { sb.append((String) s[sp + i]); s[sp + i] = null; }
                            s[sp++] = sb.toString();
                            break;
                        }
                        case OP_LIST_APPEND: {
                            Object v = s[--sp];
                            s[sp] = null;
                            ((PyList) s[sp - arg(insn)]).append(v);
                            Refs.decref(v);
                            break;
                        }
                        case OP_SET_ADD: {
                            Object v = s[--sp];
                            s[sp] = null;
                            ((PySet) s[sp - arg(insn)]).add(v);
                            Refs.decref(v);
                            break;
                        }
                        case OP_MAP_ADD: {
                            Object v = s[--sp];
                            Object k = s[--sp];
                            s[sp] = s[sp + 1] = null;
                            ((PyDict) s[sp - arg(insn)]).put(k, v);
                            Refs.decref(k);
                            Refs.decref(v);
                            break;
                        }
                        case OP_LIST_EXTEND: {
                            Object it = s[--sp];
                            s[sp] = null;
                            Object[] items = Iter.toArray(it);
                            ((PyList) s[sp - arg(insn)]).extend(items, items.length);
                            Refs.decref(it);
                            break;
                        }
                        case OP_SET_UPDATE: {
                            Object it = s[--sp];
                            s[sp] = null;
                            ((PySet) s[sp - arg(insn)]).addAll(it);
                            Refs.decref(it);
                            break;
                        }
                        case OP_DICT_UPDATE: {
                            Object m = s[--sp];
                            s[sp] = null;
                            if (!(m instanceof PyDict) && Ops.getattrOrNull(m, "keys") == null) {
                                throw Py.TypeError("'" + Ops.typeName(m) + "' object is not a mapping");
                            }
                            Containers.dictUpdate((PyDict) s[sp - arg(insn)], m);
                            Refs.decref(m);
                            break;
                        }
                        case OP_DICT_MERGE: {
                            Object m = s[--sp];
                            s[sp] = null;
                            Calls.dictMerge((PyDict) s[sp - arg(insn)], m, s[sp - arg(insn) - 2]);
                            Refs.decref(m);
                            break;
                        }
                        case OP_LIST_TO_TUPLE: {
                            PyList l = (PyList) s[sp - 1];
                            PyTuple t = PyTuple.of(l.toArray());
                            Refs.incref(t);
                            s[sp - 1] = t;
                            Refs.decref(l);
                            break;
                        }
                        case OP_FORMAT_VALUE: {
                            int a = arg(insn);
                            Object spec = (a & 4) != 0 ? s[--sp] : null;
                            Object v = s[sp - 1];
                            String r = Calls.formatValue(v, a & 3, (String) spec);
                            s[sp - 1] = r;
                            if (spec != null) s[sp] = null;
                            Refs.decref(v);
                            break;
                        }
                        case OP_UNPACK_SEQUENCE: {
                            int n = arg(insn);
                            Object seq = s[--sp];
                            s[sp] = null;
                            Object[] items = Calls.unpack(seq, n);
                            for (int i = n - 1; i >= 0; i--) {
                                Object v = items[i];
                                Refs.incref(v);
                                s[sp++] = v;
                            }
                            Refs.decref(seq);
                            break;
                        }
                        case OP_UNPACK_EX: {
                            int before = arg(insn) & 0xff, after = arg(insn) >> 8;
                            Object seq = s[--sp];
                            s[sp] = null;
                            Object[] items = Iter.toArray(seq);
                            if (items.length < before + after) {
                                throw Py.ValueError("not enough values to unpack (expected at least " + (before + after) + ", got " + items.length + ")");
                            }
                            int mid = items.length - before - after;
                            for (int i = 0; i < after; i++) {
                                Object v = items[items.length - 1 - i];
                                Refs.incref(v);
                                s[sp++] = v;
                            }
                            Object[] middle = new Object[mid];
                            System.arraycopy(items, before, middle, 0, mid);
                            PyList ml = new PyList(middle, mid);
                            Refs.incref(ml);
                            s[sp++] = ml;
                            for (int i = before - 1; i >= 0; i--) {
                                Refs.incref(items[i]);
                                s[sp++] = items[i];
                            }
                            Refs.decref(seq);
                            break;
                        }
                        case OP_JUMP_FORWARD:
                            pc = arg(insn);
                            break;
                        case OP_JUMP_BACKWARD:
                            pc = arg(insn);
                            ts.gilStats.instructions += ticks;
                            ticks = 0;
                            if (ts.gilStats.instructions >= ts.nextTickCheck) ts.interp.gil.tick(ts);
                            if (ts.evalBreaker != 0) {
                                f.pc = pc;
                                handlePending(ts);
                            }
                            break;
                        case OP_POP_JUMP_IF_FALSE: {
                            Object v = s[--sp];
                            s[sp] = null;
                            if (v == Boolean.FALSE || (v != Boolean.TRUE && !Ops.truthy(v))) pc = arg(insn);
                            Refs.decref(v);
                            break;
                        }
                        case OP_POP_JUMP_IF_TRUE: {
                            Object v = s[--sp];
                            s[sp] = null;
                            if (v == Boolean.TRUE || (v != Boolean.FALSE && Ops.truthy(v))) pc = arg(insn);
                            Refs.decref(v);
                            break;
                        }
                        case OP_POP_JUMP_IF_NONE: {
                            Object v = s[--sp];
                            s[sp] = null;
                            if (v == Py.None) pc = arg(insn);
                            Refs.decref(v);
                            break;
                        }
                        case OP_POP_JUMP_IF_NOT_NONE: {
                            Object v = s[--sp];
                            s[sp] = null;
                            if (v != Py.None) pc = arg(insn);
                            Refs.decref(v);
                            break;
                        }
                        case OP_JUMP_IF_FALSE_OR_POP: {
                            Object v = s[sp - 1];
                            if (!Ops.truthy(v)) {
                                pc = arg(insn);
                            } else {
                                s[--sp] = null;
                                Refs.decref(v);
                            }
                            break;
                        }
                        case OP_JUMP_IF_TRUE_OR_POP: {
                            Object v = s[sp - 1];
                            if (Ops.truthy(v)) {
                                pc = arg(insn);
                            } else {
                                s[--sp] = null;
                                Refs.decref(v);
                            }
                            break;
                        }
                        case OP_GET_ITER: {
                            Object obj = s[sp - 1];
                            Object it = Iter.iter(obj);
                            Refs.incref(it);
                            s[sp - 1] = it;
                            Refs.decref(obj);
                            break;
                        }
                        case OP_FOR_ITER: {
                            Object it = s[sp - 1];
                            f.pc = pc;
                            f.sp = sp;
                            int mark = ts.poolMark();
                            Object v = it instanceof PyIter pi ? pi.next() : Iter.next(it);
                            if (v != null) {
                                Refs.incref(v);
                                s[sp++] = v;
                            } else {
                                s[--sp] = null;
                                Refs.decref(it);
                                pc = arg(insn);
                            }
                            if (ts.poolMark() != mark) ts.drainTo(mark);
                            break;
                        }
                        case OP_RETURN_VALUE: {
                            Object v = s[--sp];
                            s[sp] = null;
                            f.sp = sp;
                            f.pc = pc;
                            ts.gilStats.instructions += ticks;
                            return v;   // the stack's reference passes to the caller
                        }
                        case OP_YIELD_VALUE: {
                            Object v = s[--sp];
                            s[sp] = null;
                            f.sp = sp;
                            f.pc = pc;
                            f.yielded = true;
                            ts.gilStats.instructions += ticks;
                            Refs.release(v);
                            return v;
                        }
                        case OP_GET_YIELD_FROM_ITER: {
                            Object obj = s[sp - 1];
                            if (!(obj instanceof PyGenerator)) {
                                Object it = Iter.iter(obj);
                                Refs.incref(it);
                                s[sp - 1] = it;
                                Refs.decref(obj);
                            }
                            break;
                        }
                        case OP_SEND: {
                            Object v = s[--sp];
                            Object it = s[sp - 1];
                            s[sp] = null;
                            f.pc = pc;
                            f.sp = sp;
                            Object[] out = new Object[1];
                            boolean yielded = Calls.send(it, v, out);
                            Refs.decref(v);
                            Object r = out[0];
                            Refs.incref(r);
                            if (yielded) {
                                s[sp++] = r;
                            } else {
                                s[sp - 1] = r;
                                Refs.decref(it);
                                pc = arg(insn);
                            }
                            break;
                        }
                        case OP_CALL: {
                            int n = arg(insn);
                            int base = sp - n;
                            Object fn = s[base - 1];
                            f.pc = pc;
                            f.sp = sp;
                            int mark = ts.poolMark();
                            Object r = Calls.call(ts, fn, s, base, n, null);
                            Refs.incref(r);
                            for (int i = base - 1; i < sp; i++) { Object o = s[i]; s[i] = null; Refs.decref(o); }
                            sp = base - 1;
                            s[sp++] = r;
                            if (ts.poolMark() != mark) ts.drainTo(mark);
                            if (ts.evalBreaker != 0) handlePending(ts);
                            break;
                        }
                        case OP_CALL_METHOD: {
                            int n = arg(insn);
                            int base = sp - n;
                            Object self = s[base - 1];
                            Object fn = s[base - 2];
                            f.pc = pc;
                            f.sp = sp;
                            int mark = ts.poolMark();
                            Object r = self == null ? Calls.call(ts, fn, s, base, n, null)
                                    : Calls.call(ts, fn, s, base - 1, n + 1, null);
                            Refs.incref(r);
                            for (int i = base - 2; i < sp; i++) { Object o = s[i]; s[i] = null; Refs.decref(o); }
                            sp = base - 2;
                            s[sp++] = r;
                            if (ts.poolMark() != mark) ts.drainTo(mark);
                            if (ts.evalBreaker != 0) handlePending(ts);
                            break;
                        }
                        case OP_CALL_KW: {
                            int n = arg(insn);
                            PyTuple kwt = (PyTuple) s[--sp];
                            s[sp] = null;
                            String[] kwnames = Calls.kwnames(kwt);
                            int base = sp - n;
                            Object fn = s[base - 1];
                            f.pc = pc;
                            f.sp = sp;
                            int mark = ts.poolMark();
                            Object r = Calls.call(ts, fn, s, base, n, kwnames);
                            Refs.incref(r);
                            for (int i = base - 1; i < sp; i++) { Object o = s[i]; s[i] = null; Refs.decref(o); }
                            sp = base - 1;
                            s[sp++] = r;
                            if (ts.poolMark() != mark) ts.drainTo(mark);
                            if (ts.evalBreaker != 0) handlePending(ts);
                            break;
                        }
                        case OP_CALL_FUNCTION_EX: {
                            Object kw = (arg(insn) & 1) != 0 ? s[--sp] : null;
                            Object args = s[--sp];
                            Object fn = s[sp - 1];
                            f.pc = pc;
                            f.sp = sp + 1 + (kw != null ? 1 : 0);
                            int mark = ts.poolMark();
                            Object r = Calls.callEx(fn, args, kw);
                            Refs.incref(r);
                            s[sp - 1] = r;
                            s[sp] = null;
                            s[sp + 1] = null;
                            Refs.decref(fn);
                            Refs.decref(args);
                            Refs.decref(kw);
                            if (ts.poolMark() != mark) ts.drainTo(mark);
                            break;
                        }
                        case OP_MAKE_FUNCTION: {
                            int flags = arg(insn);
                            PyCode fc = (PyCode) s[--sp];
                            s[sp] = null;
                            PyTuple closure = (flags & 8) != 0 ? (PyTuple) s[--sp] : null;
                            PyDict kwdefaults = (flags & 2) != 0 ? (PyDict) s[--sp] : null;
                            PyTuple defaults = (flags & 1) != 0 ? (PyTuple) s[--sp] : null;
                            PyFunction fn = Calls.makeFunction(fc, f.globals, defaults, kwdefaults, closure);
                            for (int i = sp; i < sp + 4 && i < s.length; i++) s[i] = null;
                            Refs.decref(closure);
                            Refs.decref(kwdefaults);
                            Refs.decref(defaults);
                            Refs.incref(fn);
                            s[sp++] = fn;
                            break;
                        }
                        case OP_LOAD_BUILD_CLASS: {
                            Object bc = f.builtins.getStr("__build_class__");
                            Refs.incref(bc);
                            s[sp++] = bc;
                            break;
                        }
                        case OP_IMPORT_NAME: {
                            Object fromlist = s[--sp];
                            Object level = s[sp - 1];
                            s[sp] = null;
                            f.pc = pc;
                            Object m = ts.interp.importer.importName(names[arg(insn)], f.globals, fromlist, (int) (long) (Long) level);
                            Refs.incref(m);
                            s[sp - 1] = m;
                            Refs.decref(fromlist);
                            break;
                        }
                        case OP_IMPORT_FROM: {
                            Object m = s[sp - 1];
                            Object v = ts.interp.importer.importFrom(m, names[arg(insn)]);
                            Refs.incref(v);
                            s[sp++] = v;
                            break;
                        }
                        case OP_IMPORT_STAR: {
                            Object m = s[--sp];
                            s[sp] = null;
                            ts.interp.importer.importStar(m, f.locals != null ? f.locals : f.globals);
                            Refs.decref(m);
                            break;
                        }
                        case OP_RAISE_VARARGS: {
                            int n = arg(insn);
                            if (n == 0) {
                                if (ts.handled == null) throw Py.RuntimeError("No active exception to reraise");
                                reraise = true;
                                throw new PyException(ts.handled);
                            }
                            Object cause = n == 2 ? s[--sp] : null;
                            Object exc = s[--sp];
                            s[sp] = null;
                            s[sp + 1] = null;
                            PyException e = Calls.makeRaise(exc, cause, n == 2);
                            Refs.decref(exc);
                            Refs.decref(cause);
                            throw e;
                        }
                        case OP_RERAISE: {
                            Object exc = s[--sp];
                            s[sp] = null;
                            reraise = true;
                            PyException e = new PyException((PyBaseException) exc);
                            Refs.release(exc);
                            throw e;
                        }
                        case OP_PUSH_EXC_INFO: {
                            Object exc = s[sp - 1];
                            Object prev = ts.handled == null ? Py.None : ts.handled;
                            Refs.incref(prev);
                            s[sp - 1] = prev;
                            s[sp++] = exc;
                            ts.setHandled((PyBaseException) exc);
                            break;
                        }
                        case OP_POP_EXCEPT: {
                            Object prev = s[--sp];
                            s[sp] = null;
                            ts.setHandled(prev == Py.None ? null : (PyBaseException) prev);
                            Refs.decref(prev);
                            break;
                        }
                        case OP_CHECK_EXC_MATCH: {
                            Object type = s[--sp];
                            s[sp] = null;
                            boolean m = Calls.exceptionMatches(s[sp - 1], type);
                            Refs.decref(type);
                            s[sp++] = m ? Boolean.TRUE : Boolean.FALSE;
                            break;
                        }
                        case OP_BEFORE_WITH: {
                            Object cm = s[sp - 1];
                            f.pc = pc;
                            int mark = ts.poolMark();
                            Object[] r = Calls.beforeWith(cm);
                            Refs.incref(r[0]);
                            Refs.incref(r[1]);
                            s[sp - 1] = r[0];
                            s[sp++] = r[1];
                            Refs.decref(cm);
                            if (ts.poolMark() != mark) ts.drainTo(mark);
                            break;
                        }
                        case OP_WITH_EXCEPT_START: {
                            Object exc = s[sp - 1];
                            Object exit = s[sp - 3];
                            f.pc = pc;
                            Object r = Ops.call(exit, Ops.typeOf(exc), exc, Calls.tracebackOf(exc));
                            Refs.incref(r);
                            s[sp++] = r;
                            break;
                        }
                        case OP_LOAD_ASSERTION_ERROR:
                            s[sp++] = Exc.AssertionError;
                            break;
                        case OP_SETUP_ANNOTATIONS:
                            if (f.locals.getStr("__annotations__") == null) f.locals.put("__annotations__", new PyDict());
                            break;
                        case OP_GET_LEN: {
                            Object v = (long) Ops.len(s[sp - 1]);
                            s[sp++] = v;
                            break;
                        }
                        default:
                            throw new VmError("bad opcode " + (insn & 0xff) + " at " + (pc - 1) + " in " + co.qualname);
                    }
                }
            } catch (PyException e) {
                f.sp = sp;
                pc = handleException(ts, f, e, pc, reraise);
                reraise = false;
                if (pc < 0) {
                    f.pc = -pc;
                    f.sp = f.stackBase;
                    ts.gilStats.instructions += ticks;
                    throw e;
                }
                sp = f.sp;
            } catch (StackOverflowError e) {
                pending = Py.raise(Exc.RecursionError, "maximum recursion depth exceeded");
                f.sp = sp;
            } catch (ClassCastException e) {
                pending = Py.TypeError("bad operand type (" + e.getMessage() + ")");
                f.sp = sp;
            }
        }
    }

    /**
     * Finds the handler for an exception raised at pc-1 in f. Returns the handler's pc (the
     * stack cut to the handler's depth, the exception pushed), or -pc when f has no handler
     * (the stack is cleared and the exception propagates).
     */
    private static int handleException(ThreadState ts, Frame f, PyException e, int pc, boolean reraise) {
        PyBaseException exc = e.value;
        if (!reraise) {
            if (exc.traceback == null || exc.traceback.frameToken != f) {
                exc.traceback = new Traceback(f.code.filename, f.code.lineAt(pc - 1), f.code.name, exc.traceback);
                exc.traceback.frameToken = f;
            }
            if (ts.handled != null && ts.handled != exc && exc.context == null && !Calls.inContextChain(ts.handled, exc)) {
                exc.context = ts.handled;
                Refs.incref(ts.handled);
            }
        }
        int[] t = f.code.excTable;
        int where = pc - 1;
        for (int i = 0; i < t.length; i += 4) {
            if (where >= t[i] && where < t[i + 1]) {
                int depth = f.stackBase + t[i + 3];
                Object[] s = f.slots;
                for (int j = f.sp - 1; j >= depth; j--) {
                    Object o = s[j];
                    s[j] = null;
                    Refs.decref(o);
                }
                Refs.incref(exc);
                s[depth] = exc;
                f.sp = depth + 1;
                return t[i + 2];
            }
        }
        Object[] s = f.slots;
        for (int j = f.sp - 1; j >= f.stackBase; j--) {
            Object o = s[j];
            s[j] = null;
            Refs.decref(o);
        }
        f.sp = f.stackBase;
        return -pc;
    }

    static Object compareLongs(long x, long y, int op) {
        switch (op) {
            case Compare.LT: return x < y;
            case Compare.LE: return x <= y;
            case Compare.EQ: return x == y;
            case Compare.NE: return x != y;
            case Compare.GT: return x > y;
            default: return x >= y;
        }
    }

    private static void clearRange(Object[] s, int from, int n) {
        for (int i = from; i < from + n; i++) s[i] = null;
    }

    /** Serves the eval breaker: GIL drop requests, async exceptions, signals, in that order. */
    static void handlePending(ThreadState ts) {
        int bits = ts.evalBreaker;
        if ((bits & ThreadState.GIL_DROP_REQUEST) != 0) ts.interp.gil.yieldTo(ts);
        if ((bits & (ThreadState.GC_PAUSE | ThreadState.GC_COLLECT)) != 0) Gc.serve(ts, bits);
        if ((bits & ThreadState.ASYNC_EXC) != 0) {
            if (ts.interp.finalizing && ts != ts.interp.mainThread) throw new ThreadExit();
            PyBaseException e = ts.asyncExc;
            ts.asyncExc = null;
            ts.clearBreaker(ThreadState.ASYNC_EXC);
            if (e != null) throw e.raise();
        }
    }

    static PyException nameError(String name) {
        PyBaseException e = new PyBaseException(Exc.NameError, "name '" + name + "' is not defined");
        e.dict.put("name", name);
        e.suggestion = Calls.nameSuggestion(name);
        return e.raise();
    }

    static PyException unboundLocal(PyCode co, int i) {
        return Py.raise(Exc.UnboundLocalError, "cannot access local variable '" + co.varnames[i]
                + "' where it is not associated with a value");
    }

    static PyException unboundDeref(PyCode co, int i) {
        String name = i < co.cellvars.length ? co.cellvars[i] : co.freevars[i - co.cellvars.length];
        if (i < co.cellvars.length) {
            return Py.raise(Exc.UnboundLocalError, "cannot access local variable '" + name + "' where it is not associated with a value");
        }
        return Py.NameError("cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope");
    }

    // ---- opcode numbers as compile-time constants (ORDER OP) ------------------------------
    static final int OP_NOP = 0, OP_POP_TOP = 1, OP_PUSH_NULL = 2, OP_COPY = 3, OP_SWAP = 4, OP_LOAD_CONST = 5,
            OP_LOAD_FAST = 6, OP_STORE_FAST = 7, OP_DELETE_FAST = 8, OP_LOAD_DEREF = 9, OP_STORE_DEREF = 10,
            OP_DELETE_DEREF = 11, OP_LOAD_CLOSURE = 12, OP_LOAD_CLASSDEREF = 13, OP_LOAD_NAME = 14,
            OP_STORE_NAME = 15, OP_DELETE_NAME = 16, OP_LOAD_GLOBAL = 17, OP_STORE_GLOBAL = 18,
            OP_DELETE_GLOBAL = 19, OP_LOAD_ATTR = 20, OP_STORE_ATTR = 21, OP_DELETE_ATTR = 22,
            OP_LOAD_METHOD = 23, OP_BINARY_OP = 24, OP_UNARY_NEGATIVE = 25, OP_UNARY_POSITIVE = 26,
            OP_UNARY_INVERT = 27, OP_UNARY_NOT = 28, OP_COMPARE_OP = 29, OP_IS_OP = 30, OP_CONTAINS_OP = 31,
            OP_BINARY_SUBSCR = 32, OP_STORE_SUBSCR = 33, OP_DELETE_SUBSCR = 34, OP_BUILD_SLICE = 35,
            OP_BUILD_TUPLE = 36, OP_BUILD_LIST = 37, OP_BUILD_SET = 38, OP_BUILD_MAP = 39, OP_BUILD_STRING = 40,
            OP_LIST_APPEND = 41, OP_SET_ADD = 42, OP_MAP_ADD = 43, OP_LIST_EXTEND = 44, OP_SET_UPDATE = 45,
            OP_DICT_UPDATE = 46, OP_DICT_MERGE = 47, OP_LIST_TO_TUPLE = 48, OP_FORMAT_VALUE = 49,
            OP_UNPACK_SEQUENCE = 50, OP_UNPACK_EX = 51, OP_JUMP_FORWARD = 52, OP_JUMP_BACKWARD = 53,
            OP_POP_JUMP_IF_FALSE = 54, OP_POP_JUMP_IF_TRUE = 55, OP_POP_JUMP_IF_NONE = 56,
            OP_POP_JUMP_IF_NOT_NONE = 57, OP_JUMP_IF_FALSE_OR_POP = 58, OP_JUMP_IF_TRUE_OR_POP = 59,
            OP_GET_ITER = 60, OP_FOR_ITER = 61, OP_RETURN_VALUE = 62, OP_YIELD_VALUE = 63,
            OP_GET_YIELD_FROM_ITER = 64, OP_SEND = 65, OP_CALL = 66, OP_CALL_METHOD = 67, OP_CALL_KW = 68,
            OP_CALL_FUNCTION_EX = 69, OP_MAKE_FUNCTION = 70, OP_LOAD_BUILD_CLASS = 71, OP_IMPORT_NAME = 72,
            OP_IMPORT_FROM = 73, OP_IMPORT_STAR = 74, OP_RAISE_VARARGS = 75, OP_RERAISE = 76,
            OP_PUSH_EXC_INFO = 77, OP_POP_EXCEPT = 78, OP_CHECK_EXC_MATCH = 79, OP_BEFORE_WITH = 80,
            OP_WITH_EXCEPT_START = 81, OP_LOAD_ASSERTION_ERROR = 82, OP_SETUP_ANNOTATIONS = 83, OP_GET_LEN = 84;
}
