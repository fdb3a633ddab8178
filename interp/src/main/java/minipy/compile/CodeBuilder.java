package minipy.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import minipy.vm.Opcode;
import minipy.vm.PyCode;

/**
 * Accumulates one code object's instructions. Jumps target {@link Label}s that are resolved
 * in {@link #build}; the running stack depth is tracked from {@link Opcode#stackEffect} so
 * each code object knows its maximum stack size (Wren's stackEffects) and each exception
 * handler knows the depth to unwind to.
 */
final class CodeBuilder {
    static final class Label {
        int target = -1;
        int depth = -1;
    }

    private int[] code = new int[64];
    private int[] lines = new int[64];
    private final List<Label> jumpLabels = new ArrayList<>();
    private final List<Integer> jumpAt = new ArrayList<>();
    private int n;
    private int depth, maxDepth;
    private final List<Object> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> nameIndex = new HashMap<>();
    private final List<int[]> excTable = new ArrayList<>();
    int line = 1;
    /** False after an unconditional jump/return/raise until the next label: code there is dead. */
    private boolean reachable = true;

    int position() { return n; }

    int depth() { return depth; }

    /** Sets the depth at an exception handler's entry (reached from the exception table, not by a jump). */
    void setDepth(int d) {
        depth = d;
        maxDepth = Math.max(maxDepth, d);
        reachable = true;
    }

    void emit(Opcode op, int arg) {
        if (!reachable) return;          // dead code after return/raise/jump is not emitted
        if (arg < 0 || arg > 0xffffff) throw new IllegalStateException("operand out of range: " + arg);
        if (n == code.length) {
            code = java.util.Arrays.copyOf(code, n * 2);
            lines = java.util.Arrays.copyOf(lines, n * 2);
        }
        code[n] = op.ordinal() | (arg << 8);
        lines[n] = line;
        n++;
        depth += op.stackEffect(arg);
        if (depth > maxDepth) maxDepth = depth;
        if (depth < 0) throw new IllegalStateException("stack underflow at " + op + " line " + line);
        if (op == Opcode.RETURN_VALUE || op == Opcode.RERAISE || op == Opcode.RAISE_VARARGS) reachable = false;
    }

    void emit(Opcode op) { emit(op, 0); }

    /** Emits a jump to label; the depth at the target is the depth after a taken jump. */
    void jump(Opcode op, Label l) {
        if (!reachable) return;
        int before = depth;
        emit(op, 0);
        jumpLabels.add(l);
        jumpAt.add(n - 1);
        int atTarget;
        switch (op) {
            case JUMP_IF_FALSE_OR_POP: case JUMP_IF_TRUE_OR_POP: atTarget = before; break;
            case FOR_ITER: atTarget = before - 1; break;
            case SEND: atTarget = before - 1; break;
            default: atTarget = depth; break;
        }
        if (l.depth < 0) l.depth = atTarget;
        if (op == Opcode.JUMP_FORWARD || op == Opcode.JUMP_BACKWARD) reachable = false;
    }

    /** Binds label here; after an unconditional transfer the depth is the label's. */
    void bind(Label l) {
        l.target = n;
        if (!reachable && l.depth < 0) return;   // nothing jumps here: the code after stays dead
        if (!reachable && l.depth >= 0) setDepth(l.depth);
        else if (l.depth < 0) l.depth = depth;
        reachable = true;
    }

    boolean isReachable() { return reachable; }

    void markUnreachable() { reachable = false; }

    int addConst(Object v) {
        Object key = v == null ? NoneKey.INSTANCE : constKey(v);
        Integer i = constIndex.get(key);
        if (i != null) return i;
        consts.add(v);
        constIndex.put(key, consts.size() - 1);
        return consts.size() - 1;
    }

    /** Keeps 1, 1.0 and True apart in the constant pool. */
    private static Object constKey(Object v) {
        if (v instanceof String || v instanceof Long || v instanceof Double || v instanceof Boolean
                || v instanceof java.math.BigInteger) {
            return List.of(v.getClass(), v);
        }
        return new IdentityKey(v);
    }

    private enum NoneKey { INSTANCE }

    private record IdentityKey(Object o) {
        @Override public boolean equals(Object other) { return other instanceof IdentityKey k && k.o == o; }
        @Override public int hashCode() { return System.identityHashCode(o); }
    }

    int addName(String s) {
        Integer i = nameIndex.get(s);
        if (i != null) return i;
        names.add(s);
        nameIndex.put(s, names.size() - 1);
        return names.size() - 1;
    }

    /** Registers a protected range [start, end) whose exceptions go to handler with the given depth. */
    void addHandler(int start, int end, Label handler, int handlerDepth) {
        if (end > start) excTable.add(new int[] {start, end, 0, handlerDepth, System.identityHashCode(handler)});
        pendingHandlers.add(handler);
        pendingEntries.add(end > start ? excTable.get(excTable.size() - 1) : null);
    }

    private final List<Label> pendingHandlers = new ArrayList<>();
    private final List<int[]> pendingEntries = new ArrayList<>();

    PyCode build(String name, String qualname, String filename, int firstLine, String[] varnames, String[] cellvars,
                 String[] freevars, int argcount, int posonly, int kwonly, int flags) {
        for (int i = 0; i < jumpAt.size(); i++) {
            Label l = jumpLabels.get(i);
            if (l.target < 0) throw new IllegalStateException("unbound label");
            int at = jumpAt.get(i);
            code[at] = (code[at] & 0xff) | (l.target << 8);
        }
        for (int i = 0; i < pendingHandlers.size(); i++) {
            int[] e = pendingEntries.get(i);
            if (e != null) e[2] = pendingHandlers.get(i).target;
        }
        // innermost ranges were registered first? No: they are registered when they close, so
        // inner ranges (closing earlier) come first, which is what the VM's linear search needs.
        int[] table = new int[excTable.size() * 4];
        for (int i = 0; i < excTable.size(); i++) System.arraycopy(excTable.get(i), 0, table, i * 4, 4);
        return new PyCode(name, qualname, filename, firstLine, java.util.Arrays.copyOf(code, n),
                java.util.Arrays.copyOf(lines, n), consts.toArray(), names.toArray(new String[0]), varnames,
                cellvars, freevars, argcount, posonly, kwonly, flags, maxDepth + 1, table);
    }
}
