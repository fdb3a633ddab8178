package minipy.vm;

import minipy.runtime.PyDict;
import minipy.runtime.Refs;

/**
 * An activation record. {@link #slots} holds the fast locals, then cells and free
 * variables, then the value stack (CPython's "localsplus" layout); {@link #sp} indexes the
 * first free stack slot. Every slot value owns a reference.
 */
public final class Frame implements minipy.runtime.Traceback.HeldFrame {
    public final PyCode code;
    public final PyFunction func;
    public final PyDict globals;
    public final PyDict builtins;
    /** The namespace dict of module and class bodies (LOAD_NAME/STORE_NAME); null in functions. */
    public final PyDict locals;
    public final Object[] slots;
    public final int stackBase;
    public int sp;
    public int pc;
    public Frame back;
    /** Set when the frame suspended at a yield (vs returned). */
    public boolean yielded;
    /** Line being executed when last seen, for tracebacks of other threads. */
    public int lasti;
    private boolean cleared;

    public Frame(PyCode code, PyFunction func, PyDict globals, PyDict builtins, PyDict locals) {
        this.code = code;
        this.func = func;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.stackBase = code.nslots();
        this.slots = new Object[stackBase + code.maxStack + 1];
        this.sp = stackBase;
        if (locals != null) Refs.incref(locals);
    }

    public int currentLine() { return code.lineAt(Math.max(0, pc - 1)); }

    /** Visits the references {@link #clear} releases (for the cycle collector; suspended frames only). */
    public void traverse(java.util.function.Consumer<Object> visit) {
        Object[] s = slots;
        int n = Math.min(sp, s.length);
        for (int i = 0; i < n; i++) {
            Object o = s[i];
            if (o != null) visit.accept(o);
        }
        if (locals != null && !cleared) visit.accept(locals);
    }

    /** Releases every reference the frame holds (on return, or when a generator is freed). */
    @Override public void traverseLocals(java.util.function.Consumer<Object> visit) {
        Object[] s = slots;
        for (int i = 0, n = sp; i < n; i++) if (s[i] != null) visit.accept(s[i]);
        if (locals != null && !cleared) visit.accept(locals);
    }

    @Override public void clear() {
        Object[] s = slots;
        int n = sp;
        for (int i = 0; i < n; i++) {
            Object o = s[i];
            if (o != null) {
                s[i] = null;
                Refs.decref(o);
            }
        }
        sp = stackBase;
        if (locals != null && !cleared) Refs.decref(locals);
        cleared = true;
    }
}
