package minipy.vm;

import minipy.runtime.PyObject;
import minipy.runtime.PyType;

/**
 * A compiled code object: the bytecode of one module, class body, function, lambda or
 * comprehension.
 *
 * <p>Each instruction is one int: the opcode in the low 8 bits and its operand in the upper
 * 24 ({@link #op}, {@link #arg}). Jump operands are absolute instruction indexes. {@link #lines}
 * gives the source line of each instruction. Local variables live in the frame's slots:
 * {@code [0, nlocals)} are fast locals (arguments first), then cells, then free variables.
 */
public final class PyCode extends PyObject {
    public static final int VARARGS = 1, VARKEYWORDS = 2, GENERATOR = 4, NESTED = 8, CLASS_BODY = 16, MODULE = 32, HAS_DOC = 64, COROUTINE = 128, ASYNC_GENERATOR = 256;

    public final String name, qualname, filename;
    public final int firstLine;
    public final int[] code;
    public final int[] lines;
    public final Object[] consts;
    public final String[] names;
    public final String[] varnames;
    public final String[] cellvars;
    public final String[] freevars;
    /** For each cell variable that is also an argument: its argument index, else -1. */
    public final int[] cell2arg;
    public final int argcount, posonlyargcount, kwonlyargcount;
    public final int flags;
    public final int maxStack;
    /** Exception table: for each entry, {start, end (exclusive), handler, stack depth}. Innermost entries come first. */
    public final int[] excTable;
    /** Per-instruction inline cache slots (LOAD_GLOBAL, LOAD_ATTR...). */
    public final Object[] caches;
    /** Positional parameters only (no *args, **kwargs, keyword-only parameters, cells): the call fast path applies. */
    public final boolean simpleArgs;

    public PyCode(String name, String qualname, String filename, int firstLine, int[] code, int[] lines,
                  Object[] consts, String[] names, String[] varnames, String[] cellvars, String[] freevars,
                  int argcount, int posonlyargcount, int kwonlyargcount, int flags, int maxStack, int[] excTable) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLine = firstLine;
        this.code = code;
        this.lines = lines;
        this.consts = consts;
        for (int i = 0; i < names.length; i++) names[i] = names[i].intern();   // attribute caches compare dict keys by identity
        this.names = names;
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.flags = flags;
        this.maxStack = maxStack;
        this.excTable = excTable;
        this.caches = new Object[code.length];
        this.cell2arg = new int[cellvars.length];
        int nargs = totalArgs();
        for (int i = 0; i < cellvars.length; i++) {
            cell2arg[i] = -1;
            for (int j = 0; j < nargs; j++) if (varnames[j].equals(cellvars[i])) cell2arg[i] = j;
        }
        this.simpleArgs = (flags & (VARARGS | VARKEYWORDS)) == 0 && kwonlyargcount == 0 && cellvars.length == 0;
        immortal();
    }

    public static int op(int insn) { return insn & 0xff; }

    public static int arg(int insn) { return insn >>> 8; }

    public int nlocals() { return varnames.length; }

    /** Number of slots for locals, cells and free variables. */
    public int nslots() { return varnames.length + cellvars.length + freevars.length; }

    /** Positional + keyword-only + *args + **kwargs parameter count. */
    public int totalArgs() {
        int n = argcount + kwonlyargcount;
        if ((flags & VARARGS) != 0) n++;
        if ((flags & VARKEYWORDS) != 0) n++;
        return n;
    }

    public boolean isGenerator() { return (flags & GENERATOR) != 0; }

    /** An async def's code (its generator object is a coroutine). */
    public boolean isAsyncGenerator() { return (flags & ASYNC_GENERATOR) != 0; }

    public boolean isCoroutine() { return (flags & COROUTINE) != 0; }

    public int lineAt(int pc) { return pc >= 0 && pc < lines.length ? lines[pc] : firstLine; }

    @Override public PyType type() { return PyType.CODE; }
}
