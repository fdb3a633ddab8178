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
        if (fn.code.isGenerator()) return PyGenerator.make(f);
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
            Object r = resume(ts, f, null);
            f.clear();
            Refs.release(r);      // the frame's reference to the result goes; the caller takes its own
            return r;
        } catch (RuntimeException | Error e) {
            // the traceback keeps the frame's locals alive (CPython: tb_frame) until the exception goes
            if (!(e instanceof PyException pe && !pe.value.isImmortal() && Traceback.holdFrame(pe.value.traceback, f, f))) f.clear();
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
        return resume(ThreadState.current(), f, exc);
    }

    static Object resume(ThreadState ts, Frame f, PyException exc) {
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
        final int poolBase = ts.poolMark();     // what this activation adds to the autorelease pool lies above
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
                        case OP_DELETE_FAST:
                            sp = Slow.deleteFast(co, s, sp, insn);
                            break;
                        case OP_LOAD_DEREF: {
                            Object v = ((PyCell) s[co.nlocals() + arg(insn)]).value;
                            if (v == null) throw unboundDeref(co, arg(insn));
                            Refs.incref(v);
                            s[sp++] = v;
                            break;
                        }
                        case OP_STORE_DEREF:
                            sp = Slow.storeDeref(co, s, sp, insn);
                            break;
                        case OP_DELETE_DEREF:
                            sp = Slow.deleteDeref(co, s, sp, insn);
                            break;
                        case OP_LOAD_CLOSURE: {
                            Object c = s[co.nlocals() + arg(insn)];
                            Refs.incref(c);
                            s[sp++] = c;
                            break;
                        }
                        case OP_LOAD_CLASSDEREF:
                            sp = Slow.loadClassDeref(f, co, s, sp, insn);
                            break;
                        case OP_LOAD_NAME:
                            sp = Slow.loadName(f, s, sp, insn);
                            break;
                        case OP_STORE_NAME:
                            sp = Slow.storeName(ts, f, s, sp, insn);
                            break;
                        case OP_DELETE_NAME:
                            sp = Slow.deleteName(ts, f, s, sp, insn);
                            break;
                        case OP_LOAD_GLOBAL: {
                            Object v = GlobalCache.load(f, co, pc - 1, names[arg(insn)]);
                            Refs.incref(v);
                            s[sp++] = v;
                            break;
                        }
                        case OP_STORE_GLOBAL:
                            sp = Slow.storeGlobal(ts, f, s, sp, insn);
                            break;
                        case OP_DELETE_GLOBAL:
                            sp = Slow.deleteGlobal(ts, f, s, sp, insn);
                            break;
                        case OP_LOAD_ATTR: {
                            Object obj = s[sp - 1];
                            f.pc = pc;                  // a frame object's f_lineno reads it
                            Object v = AttrCache.load(co, pc - 1, obj, names[arg(insn)]);
                            Refs.incref(v);
                            s[sp - 1] = v;
                            Refs.decref(obj);
                            break;
                        }
                        case OP_STORE_ATTR:
                            sp = Slow.storeAttr(ts, co, pc - 1, names[arg(insn)], s, sp);
                            break;
                        case OP_DELETE_ATTR:
                            sp = Slow.deleteAttr(ts, names[arg(insn)], s, sp);
                            break;
                        case OP_LOAD_METHOD:
                            sp = AttrCache.loadMethod(co, pc - 1, names[arg(insn)], s, sp);
                            break;
                        case OP_BINARY_OP: {
                            Object b = s[sp - 1];
                            Object a = s[sp - 2];
                            Object r = binaryOp(a, b, arg(insn));   // may raise: a and b stay for the handler
                            s[--sp] = null;
                            Refs.incref(r);
                            s[sp - 1] = r;
                            Refs.decref(a);
                            Refs.decref(b);
                            break;
                        }
                        case OP_UNARY_NEGATIVE:
                        case OP_UNARY_POSITIVE:
                        case OP_UNARY_INVERT:
                        case OP_UNARY_NOT:
                            sp = Slow.unary(s, sp, insn & 0xff);
                            break;
                        case OP_COMPARE_OP: {
                            Object b = s[sp - 1];
                            Object a = s[sp - 2];
                            boolean cond;
                            if (a instanceof Long x && b instanceof Long y) {
                                cond = cmpLongs(x, y, arg(insn));
                            } else if (a instanceof Double x && b instanceof Double y) {
                                cond = cmpDoubles(x, y, arg(insn));
                            } else {
                                sp = Slow.compare(s, sp, insn);
                                break;
                            }
                            // fused with a following conditional jump: the bool is never pushed
                            int next = pc < code.length ? code[pc] : 0;
                            int nop = next & 0xff;
                            if (nop == OP_POP_JUMP_IF_FALSE || nop == OP_POP_JUMP_IF_TRUE) {
                                s[--sp] = null;
                                s[--sp] = null;
                                ticks++;
                                pc = cond == (nop == OP_POP_JUMP_IF_TRUE) ? arg(next) : pc + 1;
                            } else {
                                s[--sp] = null;
                                s[sp - 1] = cond ? Boolean.TRUE : Boolean.FALSE;
                            }
                            break;
                        }
                        case OP_IS_OP:
                            sp = Slow.isOp(s, sp, insn);
                            break;
                        case OP_CONTAINS_OP:
                            sp = Slow.containsOp(s, sp, insn);
                            break;
                        case OP_BINARY_SUBSCR: {
                            Object key = s[sp - 1];
                            Object obj = s[sp - 2];
                            if (obj instanceof PyList l && key instanceof Long i && l.type() == PyType.LIST) {   // a subclass may override __getitem__
                                Object r = l.getChecked(i);
                                Refs.incref(r);
                                s[--sp] = null;
                                s[sp - 1] = r;
                                Refs.decref(l);
                            } else {
                                sp = Slow.binarySubscr(s, sp);
                            }
                            break;
                        }
                        case OP_STORE_SUBSCR:
                            sp = Slow.storeSubscr(ts, s, sp);
                            break;
                        case OP_DELETE_SUBSCR:
                            sp = Slow.deleteSubscr(ts, s, sp);
                            break;
                        case OP_BUILD_SLICE:
                            sp = Slow.buildSlice(s, sp, insn);
                            break;
                        case OP_BUILD_TUPLE:
                            sp = Slow.buildTuple(s, sp, insn);
                            break;
                        case OP_BUILD_LIST:
                            sp = Slow.buildList(s, sp, insn);
                            break;
                        case OP_BUILD_SET:
                            sp = Slow.buildSet(s, sp, insn);
                            break;
                        case OP_BUILD_MAP:
                            sp = Slow.buildMap(s, sp, insn);
                            break;
                        case OP_BUILD_STRING:
                            sp = Slow.buildString(s, sp, insn);
                            break;
                        case OP_LIST_APPEND:
                            sp = Slow.listAppend(s, sp, insn);
                            break;
                        case OP_SET_ADD:
                            sp = Slow.setAdd(s, sp, insn);
                            break;
                        case OP_MAP_ADD:
                            sp = Slow.mapAdd(s, sp, insn);
                            break;
                        case OP_LIST_EXTEND:
                            sp = Slow.listExtend(s, sp, insn);
                            break;
                        case OP_SET_UPDATE:
                            sp = Slow.setUpdate(s, sp, insn);
                            break;
                        case OP_DICT_UPDATE:
                            sp = Slow.dictUpdate(s, sp, insn);
                            break;
                        case OP_DICT_MERGE:
                            sp = Slow.dictMerge(s, sp, insn);
                            break;
                        case OP_LIST_TO_TUPLE:
                            sp = Slow.listToTuple(s, sp);
                            break;
                        case OP_FORMAT_VALUE:
                            sp = Slow.formatValue(s, sp, insn);
                            break;
                        case OP_UNPACK_SEQUENCE:
                            sp = Slow.unpackSequence(s, sp, insn);
                            break;
                        case OP_UNPACK_EX:
                            sp = Slow.unpackEx(s, sp, insn);
                            break;
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
                            if (v == Boolean.FALSE) pc = arg(insn);
                            else if (v != Boolean.TRUE) {
                                if (!Ops.truthy(v)) pc = arg(insn);
                                Refs.decref(v);
                            }
                            break;
                        }
                        case OP_POP_JUMP_IF_TRUE: {
                            Object v = s[--sp];
                            s[sp] = null;
                            if (v == Boolean.TRUE) pc = arg(insn);
                            else if (v != Boolean.FALSE) {
                                if (Ops.truthy(v)) pc = arg(insn);
                                Refs.decref(v);
                            }
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
                            int r = Slow.jumpIfOrPop(s, sp, false);
                            if (r < 0) pc = arg(insn);
                            else sp = r;
                            break;
                        }
                        case OP_JUMP_IF_TRUE_OR_POP: {
                            int r = Slow.jumpIfOrPop(s, sp, true);
                            if (r < 0) pc = arg(insn);
                            else sp = r;
                            break;
                        }
                        case OP_GET_ITER:
                            sp = Slow.getIter(s, sp);
                            break;
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
                        case OP_GET_YIELD_FROM_ITER:
                            sp = Slow.getYieldFromIter(s, sp);
                            break;
                        case OP_SEND: {
                            int r = Slow.send(f, s, sp, pc);
                            if (r < 0) {
                                sp = ~r;
                                pc = arg(insn);
                            } else {
                                sp = r;
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
                        case OP_CALL_KW:
                            sp = Slow.callKw(ts, f, s, sp, insn, pc);
                            break;
                        case OP_CALL_FUNCTION_EX:
                            sp = Slow.callFunctionEx(ts, f, s, sp, insn, pc);
                            break;
                        case OP_MAKE_FUNCTION:
                            sp = Slow.makeFunction(f, s, sp, insn);
                            break;
                        case OP_LOAD_BUILD_CLASS:
                            sp = Slow.loadBuildClass(f, s, sp);
                            break;
                        case OP_IMPORT_NAME:
                            sp = Slow.importName(ts, f, s, sp, insn, pc);
                            break;
                        case OP_IMPORT_FROM:
                            sp = Slow.importFrom(ts, f, s, sp, insn);
                            break;
                        case OP_IMPORT_STAR:
                            sp = Slow.importStar(ts, f, s, sp);
                            break;
                        case OP_RAISE_VARARGS: {
                            int n = arg(insn);
                            if (n == 0) {
                                if (ts.handled == null) throw Py.RuntimeError("No active exception to reraise");
                                reraise = true;
                                throw new PyException(ts.handled);
                            }
                            throw Slow.raise(s, sp, n);
                        }
                        case OP_RERAISE: {
                            Object exc = s[--sp];
                            s[sp] = null;
                            reraise = true;
                            PyException e = new PyException((PyBaseException) exc);
                            Refs.release(exc);
                            throw e;
                        }
                        case OP_PUSH_EXC_INFO:
                            sp = Slow.pushExcInfo(ts, s, sp);
                            break;
                        case OP_POP_EXCEPT:
                            sp = Slow.popExcept(ts, s, sp);
                            break;
                        case OP_CHECK_EXC_MATCH:
                            sp = Slow.checkExcMatch(s, sp);
                            break;
                        case OP_BEFORE_WITH:
                            sp = Slow.beforeWith(ts, f, s, sp, pc);
                            break;
                        case OP_WITH_EXCEPT_START:
                            sp = Slow.withExceptStart(f, s, sp, pc);
                            break;
                        case OP_LOAD_ASSERTION_ERROR:
                            s[sp++] = Exc.AssertionError;
                            break;
                        case OP_SETUP_ANNOTATIONS:
                            sp = Slow.setupAnnotations(f, sp);
                            break;
                        case OP_GET_LEN:
                            sp = Slow.getLen(s, sp);
                            break;
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
                // the handler holds the exception now: what the aborted instructions left in
                // the pool (the carrier's reference included) can go
                if (ts.poolMark() > poolBase) ts.drainTo(poolBase);
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

    /** BINARY_OP: int and float fast paths (in-place forms are the same for these immutable values). */
    static Object binaryOp(Object a, Object b, int op) {
        if (op < 32) {
            int o = op & 15;
            if (a instanceof Long x) {
                if (b instanceof Long y) {
                    long lx = x, ly = y;
                    switch (o) {
                        case Arith.ADD: {
                            long rr = lx + ly;
                            if (((lx ^ rr) & (ly ^ rr)) >= 0) return rr;
                            break;
                        }
                        case Arith.SUB: {
                            long rr = lx - ly;
                            if (((lx ^ ly) & (lx ^ rr)) >= 0) return rr;
                            break;
                        }
                        case Arith.MUL: {
                            long hi = Math.multiplyHigh(lx, ly), lo = lx * ly;
                            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return lo;
                            break;
                        }
                        case Arith.FLOORDIV:
                            if (ly != 0 && !(lx == Long.MIN_VALUE && ly == -1)) return Math.floorDiv(lx, ly);
                            break;
                        case Arith.MOD:
                            if (ly != 0) return Math.floorMod(lx, ly);
                            break;
                        case Arith.AND: return lx & ly;
                        case Arith.OR: return lx | ly;
                        case Arith.XOR: return lx ^ ly;
                        case Arith.RSHIFT:
                            if (ly >= 0) return ly >= 64 ? (lx < 0 ? -1L : 0L) : lx >> ly;
                            break;
                        case Arith.LSHIFT:
                            if (ly >= 0 && ly < 63 && ((lx << ly) >> ly) == lx) return lx << ly;
                            break;
                        default:
                            break;
                    }
                } else if (b instanceof Double y) {
                    Object r = floatOp((double) (long) x, y, o);
                    if (r != null) return r;
                }
            } else if (a instanceof Double x) {
                double dy;
                if (b instanceof Double y) dy = y;
                else if (b instanceof Long y) dy = (double) (long) y;
                else return Arith.binary(a, b, op);
                Object r = floatOp(x, dy, o);
                if (r != null) return r;
            }
        }
        return Arith.binary(a, b, op);
    }

    private static Object floatOp(double x, double y, int o) {
        switch (o) {
            case Arith.ADD: return x + y;
            case Arith.SUB: return x - y;
            case Arith.MUL: return x * y;
            case Arith.TRUEDIV: return y != 0 ? (Object) (x / y) : null;
            default: return null;
        }
    }

    static boolean cmpLongs(long x, long y, int op) {
        switch (op) {
            case Compare.LT: return x < y;
            case Compare.LE: return x <= y;
            case Compare.EQ: return x == y;
            case Compare.NE: return x != y;
            case Compare.GT: return x > y;
            default: return x >= y;
        }
    }

    static boolean cmpDoubles(double x, double y, int op) {
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
