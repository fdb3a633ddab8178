package minipy.vm;

import static minipy.vm.PyCode.arg;

import minipy.runtime.*;

/**
 * The less frequent instructions of {@link Interpreter}'s loop, one static method each, so the
 * loop itself stays small enough for the JIT (C1 compiles it at once, C2 sooner and with fewer
 * deoptimisations). Each takes the slot array and the stack pointer and returns the new stack
 * pointer.
 *
 * <p>Exceptions: the loop's sp is the value before the instruction when a helper throws, so a
 * helper leaves its operands in their stack slots until the operation has succeeded and clears
 * (sets to null) a slot only when it gives back, or hands on, that slot's reference; the
 * exception handler then releases exactly the operands still on the stack (a slot cleared
 * before an operation that raises would leak its reference).
 */
final class Slow {
    private Slow() {}

    static int deleteFast(PyCode co, Object[] s, int sp, int insn) {
        int i = arg(insn);
        Object old = s[i];
        if (old == null) throw Interpreter.unboundLocal(co, i);
        s[i] = null;
        Refs.decref(old);
        return sp;
    }

    static int storeDeref(PyCode co, Object[] s, int sp, int insn) {
        Object v = s[--sp];
        s[sp] = null;
        ((PyCell) s[co.nlocals() + arg(insn)]).set(v);
        Refs.decref(v);
        return sp;
    }

    static int deleteDeref(PyCode co, Object[] s, int sp, int insn) {
        PyCell c = (PyCell) s[co.nlocals() + arg(insn)];
        if (c.value == null) throw Interpreter.unboundDeref(co, arg(insn));
        c.set(null);
        return sp;
    }

    static int loadClassDeref(Frame f, PyCode co, Object[] s, int sp, int insn) {
        int i = arg(insn);
        String name = i < co.cellvars.length ? co.cellvars[i] : co.freevars[i - co.cellvars.length];
        Object v = f.locals.getStr(name);
        if (v == null) {
            v = ((PyCell) s[co.nlocals() + i]).value;
            if (v == null) throw Interpreter.unboundDeref(co, i);
        }
        Refs.incref(v);
        s[sp++] = v;
        return sp;
    }

    static int loadName(Frame f, Object[] s, int sp, int insn) {
        String name = f.code.names[arg(insn)];
        Object v = f.locals.getStr(name);
        if (v == null) v = f.globals.getStr(name);
        if (v == null) v = f.builtins.getStr(name);
        if (v == null) v = ExcGroups.lazyBuiltin(f.builtins, name);
        if (v == null) throw Interpreter.nameError(name);
        Refs.incref(v);
        s[sp++] = v;
        return sp;
    }

    static int storeName(ThreadState ts, Frame f, Object[] s, int sp, int insn) {
        int mark = ts.poolMark();
        Object v = s[--sp];
        f.locals.put(f.code.names[arg(insn)], v);
        s[sp] = null;
        Refs.decref(v);
        if (ts.poolMark() != mark) ts.drainTo(mark);
        return sp;
    }

    static int deleteName(ThreadState ts, Frame f, Object[] s, int sp, int insn) {
        int mark = ts.poolMark();
        String name = f.code.names[arg(insn)];
        Object old = f.locals.removeTransfer(name);
        if (old == null) throw Interpreter.nameError(name);
        Refs.decref(old);
        if (ts.poolMark() != mark) ts.drainTo(mark);
        return sp;
    }

    static int storeGlobal(ThreadState ts, Frame f, Object[] s, int sp, int insn) {
        int mark = ts.poolMark();
        Object v = s[--sp];
        f.globals.put(f.code.names[arg(insn)], v);
        s[sp] = null;
        Refs.decref(v);
        if (ts.poolMark() != mark) ts.drainTo(mark);
        return sp;
    }

    static int deleteGlobal(ThreadState ts, Frame f, Object[] s, int sp, int insn) {
        int mark = ts.poolMark();
        String name = f.code.names[arg(insn)];
        Object old = f.globals.removeTransfer(name);
        if (old == null) throw Interpreter.nameError(name);
        Refs.decref(old);
        if (ts.poolMark() != mark) ts.drainTo(mark);
        return sp;
    }

    static int storeAttr(ThreadState ts, PyCode co, int i, String name, Object[] s, int sp) {
        int mark = ts.poolMark();
        Object obj = s[--sp];
        Object v = s[--sp];
        AttrCache.store(co, i, obj, name, v);      // may raise: obj and v stay for the handler
        s[sp] = s[sp + 1] = null;
        Refs.decref(v);
        Refs.decref(obj);
        if (ts.poolMark() != mark) ts.drainTo(mark);
        return sp;
    }

    static int deleteAttr(ThreadState ts, String name, Object[] s, int sp) {
        int mark = ts.poolMark();
        Object obj = s[--sp];
        Ops.delattr(obj, name);
        s[sp] = null;
        Refs.decref(obj);
        if (ts.poolMark() != mark) ts.drainTo(mark);
        return sp;
    }

    static int unary(Object[] s, int sp, int op) {
        Object a = s[sp - 1];
        Object r;
        switch (op) {
            case Interpreter.OP_UNARY_NEGATIVE: r = Arith.neg(a); break;
            case Interpreter.OP_UNARY_POSITIVE: r = Arith.pos(a); break;
            case Interpreter.OP_UNARY_INVERT: r = Arith.invert(a); break;
            default: r = Ops.truthy(a) ? Boolean.FALSE : Boolean.TRUE; break;
        }
        Refs.incref(r);
        s[sp - 1] = r;
        Refs.decref(a);
        return sp;
    }

    static int compare(Object[] s, int sp, int insn) {
        Object b = s[--sp];
        Object a = s[sp - 1];
        Object r = Compare.richCompare(a, b, arg(insn));
        s[sp] = null;
        Refs.incref(r);
        s[sp - 1] = r;
        Refs.decref(a);
        Refs.decref(b);
        return sp;
    }

    static int isOp(Object[] s, int sp, int insn) {
        Object b = s[--sp];
        Object a = s[sp - 1];
        s[sp] = null;
        boolean same = a == b || (a instanceof Long x && b instanceof Long y && x.longValue() == y.longValue()
                && x >= -5 && x <= 256) || (a instanceof Boolean && a.equals(b));
        s[sp - 1] = (same ^ (arg(insn) == 1)) ? Boolean.TRUE : Boolean.FALSE;
        Refs.decref(a);
        Refs.decref(b);
        return sp;
    }

    static int containsOp(Object[] s, int sp, int insn) {
        Object b = s[--sp];
        Object a = s[sp - 1];
        boolean in = Ops.contains(b, a);
        s[sp] = null;
        s[sp - 1] = (in ^ (arg(insn) == 1)) ? Boolean.TRUE : Boolean.FALSE;
        Refs.decref(a);
        Refs.decref(b);
        return sp;
    }

    static int binarySubscr(Object[] s, int sp) {
        Object key = s[--sp];
        Object obj = s[sp - 1];
        Object r = Items.getitem(obj, key);
        s[sp] = null;
        Refs.incref(r);
        s[sp - 1] = r;
        Refs.decref(obj);
        Refs.decref(key);
        return sp;
    }

    static int storeSubscr(ThreadState ts, Object[] s, int sp) {
        int mark = ts.poolMark();
        Object key = s[--sp];
        Object obj = s[--sp];
        Object v = s[--sp];
        Items.setitem(obj, key, v);
        s[sp] = s[sp + 1] = s[sp + 2] = null;
        Refs.decref(v);
        Refs.decref(obj);
        Refs.decref(key);
        if (ts.poolMark() != mark) ts.drainTo(mark);
        return sp;
    }

    static int deleteSubscr(ThreadState ts, Object[] s, int sp) {
        int mark = ts.poolMark();
        Object key = s[--sp];
        Object obj = s[--sp];
        Items.delitem(obj, key);
        s[sp] = s[sp + 1] = null;
        Refs.decref(obj);
        Refs.decref(key);
        if (ts.poolMark() != mark) ts.drainTo(mark);
        return sp;
    }

    static int buildSlice(Object[] s, int sp, int insn) {
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
        return sp;
    }

    static int buildTuple(Object[] s, int sp, int insn) {
        int n = arg(insn);
        Object[] items = new Object[n];
        sp -= n;
        System.arraycopy(s, sp, items, 0, n);
        PyTuple t = Stack.tupleTakingRefs(items);
        clearRange(s, sp, n);
        s[sp++] = t;
        return sp;
    }

    static int buildList(Object[] s, int sp, int insn) {
        int n = arg(insn);
        Object[] items = new Object[Math.max(n, 4)];
        sp -= n;
        System.arraycopy(s, sp, items, 0, n);
        PyList l = Stack.listTakingRefs(items, n);
        clearRange(s, sp, n);
        s[sp++] = l;
        return sp;
    }

    static int buildSet(Object[] s, int sp, int insn) {
        int n = arg(insn);
        PySet set = new PySet(false);
        int base = sp - n;
        for (int i = 0; i < n; i++) set.add(s[base + i]);
        sp = base;
        for (int i = 0; i < n; i++) { Refs.decref(s[sp + i]); s[sp + i] = null; }
        Refs.incref(set);
        s[sp++] = set;
        return sp;
    }

    static int buildMap(Object[] s, int sp, int insn) {
        int n = arg(insn);
        PyDict d = new PyDict(n);
        int base = sp - 2 * n;
        for (int i = 0; i < n; i++) d.put(s[base + 2 * i], s[base + 2 * i + 1]);
        sp = base;
        for (int i = 0; i < 2 * n; i++) { Refs.decref(s[sp + i]); s[sp + i] = null; }
        Refs.incref(d);
        s[sp++] = d;
        return sp;
    }

    static int buildString(Object[] s, int sp, int insn) {
        int n = arg(insn);
        StringBuilder sb = new StringBuilder();
        sp -= n;
        for (int i = 0; i < n; i++) { sb.append((String) s[sp + i]); s[sp + i] = null; }
        s[sp++] = sb.toString();
        return sp;
    }

    static int listAppend(Object[] s, int sp, int insn) {
        Object v = s[--sp];
        ((PyList) s[sp - arg(insn)]).append(v);
        s[sp] = null;
        Refs.decref(v);
        return sp;
    }

    static int setAdd(Object[] s, int sp, int insn) {
        Object v = s[--sp];
        ((PySet) s[sp - arg(insn)]).add(v);
        s[sp] = null;
        Refs.decref(v);
        return sp;
    }

    static int mapAdd(Object[] s, int sp, int insn) {
        Object v = s[--sp];
        Object k = s[--sp];
        ((PyDict) s[sp - arg(insn)]).put(k, v);
        s[sp] = s[sp + 1] = null;
        Refs.decref(k);
        Refs.decref(v);
        return sp;
    }

    static int listExtend(Object[] s, int sp, int insn) {
        Object it = s[--sp];
        Object[] items = Iter.toArray(it);
        ((PyList) s[sp - arg(insn)]).extend(items, items.length);
        s[sp] = null;
        Refs.decref(it);
        return sp;
    }

    static int setUpdate(Object[] s, int sp, int insn) {
        Object it = s[--sp];
        ((PySet) s[sp - arg(insn)]).addAll(it);
        s[sp] = null;
        Refs.decref(it);
        return sp;
    }

    static int dictUpdate(Object[] s, int sp, int insn) {
        Object m = s[--sp];
        if (!(m instanceof PyDict) && !Ops.hasattr(m, "keys")) {
            throw Py.TypeError("'" + Ops.typeName(m) + "' object is not a mapping");
        }
        Containers.dictUpdate((PyDict) s[sp - arg(insn)], m);
        s[sp] = null;
        Refs.decref(m);
        return sp;
    }

    static int dictMerge(Object[] s, int sp, int insn) {
        Object m = s[--sp];
        Calls.dictMerge((PyDict) s[sp - arg(insn)], m, s[sp - arg(insn) - 2]);
        s[sp] = null;
        Refs.decref(m);
        return sp;
    }

    static int listToTuple(Object[] s, int sp) {
        PyList l = (PyList) s[sp - 1];
        PyTuple t = PyTuple.of(l.toArray());
        Refs.incref(t);
        s[sp - 1] = t;
        Refs.decref(l);
        return sp;
    }

    static int formatValue(Object[] s, int sp, int insn) {
        int a = arg(insn);
        Object spec = (a & 4) != 0 ? s[--sp] : null;
        Object v = s[sp - 1];
        String r = Calls.formatValue(v, a & 3, (String) spec);
        s[sp - 1] = r;
        if (spec != null) s[sp] = null;
        Refs.decref(v);
        return sp;
    }

    static int unpackSequence(Object[] s, int sp, int insn) {
        int n = arg(insn);
        Object seq = s[sp - 1];
        Object[] items = Calls.unpack(seq, n);        // may raise: seq stays on the stack for the handler
        s[--sp] = null;
        for (int i = n - 1; i >= 0; i--) {
            Object v = items[i];
            Refs.incref(v);
            s[sp++] = v;
        }
        Refs.decref(seq);
        return sp;
    }

    static int unpackEx(Object[] s, int sp, int insn) {
        int before = arg(insn) & 0xff, after = arg(insn) >> 8;
        Object seq = s[sp - 1];
        Object[] items = Iter.toArray(seq);
        if (items.length < before + after) {
            throw Py.ValueError("not enough values to unpack (expected at least " + (before + after) + ", got " + items.length + ")");
        }
        s[--sp] = null;
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
        return sp;
    }

    static int getIter(Object[] s, int sp) {
        Object obj = s[sp - 1];
        Object it = Iter.iter(obj);
        Refs.incref(it);
        s[sp - 1] = it;
        Refs.decref(obj);
        return sp;
    }

    static int getYieldFromIter(Object[] s, int sp) {
        Object obj = s[sp - 1];
        if (!(obj instanceof PyGenerator)) {
            Object it = Iter.iter(obj);
            Refs.incref(it);
            s[sp - 1] = it;
            Refs.decref(obj);
        }
        return sp;
    }

    /** Returns the new sp, or ~sp when the sub-iterator finished (the loop jumps). */
    static int send(Frame f, Object[] s, int sp, int pc) {
        Object v = s[--sp];
        Object it = s[sp - 1];
        f.pc = pc;
        f.sp = sp;
        Object[] out = new Object[1];
        boolean yielded = Calls.send(it, v, out);   // may raise: v stays on the stack for the handler
        s[sp] = null;
        Refs.decref(v);
        Object r = out[0];
        Refs.incref(r);
        if (yielded) {
            s[sp++] = r;
            return sp;
        }
        s[sp - 1] = r;
        Refs.decref(it);
        return ~sp;
    }

    static int callKw(ThreadState ts, Frame f, Object[] s, int sp, int insn, int pc) {
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
        if (ts.evalBreaker != 0) Interpreter.handlePending(ts);
        return sp;
    }

    static int callFunctionEx(ThreadState ts, Frame f, Object[] s, int sp, int insn, int pc) {
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
        return sp;
    }

    static int makeFunction(Frame f, Object[] s, int sp, int insn) {
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
        return sp;
    }

    static int loadBuildClass(Frame f, Object[] s, int sp) {
        Object bc = f.builtins.getStr("__build_class__");
        Refs.incref(bc);
        s[sp++] = bc;
        return sp;
    }

    static int importName(ThreadState ts, Frame f, Object[] s, int sp, int insn, int pc) {
        Object fromlist = s[--sp];
        Object level = s[sp - 1];
        s[sp] = null;
        f.pc = pc;
        Object m = ts.interp.importer.importName(f.code.names[arg(insn)], f.globals, fromlist, (int) (long) (Long) level);
        Refs.incref(m);
        s[sp - 1] = m;
        Refs.decref(fromlist);
        return sp;
    }

    static int importFrom(ThreadState ts, Frame f, Object[] s, int sp, int insn) {
        Object m = s[sp - 1];
        Object v = ts.interp.importer.importFrom(m, f.code.names[arg(insn)]);
        Refs.incref(v);
        s[sp++] = v;
        return sp;
    }

    static int importStar(ThreadState ts, Frame f, Object[] s, int sp) {
        Object m = s[--sp];
        ts.interp.importer.importStar(m, f.locals != null ? f.locals : f.globals);
        s[sp] = null;
        Refs.decref(m);
        return sp;
    }

    /** RAISE_VARARGS with 1 or 2 operands: the exception to throw. */
    static PyException raise(Object[] s, int sp, int n) {
        Object cause = n == 2 ? s[--sp] : null;
        Object exc = s[--sp];
        s[sp] = null;
        s[sp + 1] = null;
        PyException e = Calls.makeRaise(exc, cause, n == 2);
        Refs.decref(exc);
        Refs.decref(cause);
        return e;
    }

    static int pushExcInfo(ThreadState ts, Object[] s, int sp) {
        Object exc = s[sp - 1];
        Object prev = ts.handled == null ? Py.None : ts.handled;
        Refs.incref(prev);
        s[sp - 1] = prev;
        s[sp++] = exc;
        ts.setHandled((PyBaseException) exc);
        return sp;
    }

    static int popExcept(ThreadState ts, Object[] s, int sp) {
        Object prev = s[--sp];
        s[sp] = null;
        ts.setHandled(prev == Py.None ? null : (PyBaseException) prev);
        Refs.decref(prev);
        return sp;
    }

    static int checkExcMatch(Object[] s, int sp) {
        Object type = s[--sp];
        boolean m = Calls.exceptionMatches(s[sp - 1], type);
        s[sp] = null;
        Refs.decref(type);
        s[sp++] = m ? Boolean.TRUE : Boolean.FALSE;
        return sp;
    }

    static int beforeWith(ThreadState ts, Frame f, Object[] s, int sp, int pc) {
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
        return sp;
    }

    static int withExceptStart(Frame f, Object[] s, int sp, int pc) {
        Object exc = s[sp - 1];
        Object exit = s[sp - 3];
        f.pc = pc;
        Object r = Ops.call(exit, Ops.typeOf(exc), exc, Calls.tracebackOf(exc));
        Refs.incref(r);
        s[sp++] = r;
        return sp;
    }

    static int setupAnnotations(Frame f, int sp) {
        if (f.locals.getStr("__annotations__") == null) f.locals.put("__annotations__", new PyDict());
        return sp;
    }

    static int getLen(Object[] s, int sp) {
        Object v = (long) Ops.len(s[sp - 1]);
        s[sp++] = v;
        return sp;
    }

    static int jumpIfOrPop(Object[] s, int sp, boolean jumpWhen) {
        Object v = s[sp - 1];
        if (Ops.truthy(v) == jumpWhen) return ~sp;
        s[--sp] = null;
        Refs.decref(v);
        return sp;
    }

    private static void clearRange(Object[] s, int from, int n) {
        for (int i = from; i < from + n; i++) s[i] = null;
    }
}
